"""Issue 10's dev16 classes of sources, hedges and speakers (attr19c), on invented sentences only.

Classes: "claim" (and "take", "cost") with lives or victims as its object causes deaths, it
reports nothing: no source, no hedge. A head that names part of a group ("members of X", "one
of these sources", "some of the survivors") keeps its "of" phrase, its only name; so do
"sources at/in/within X" (the body they belong to, not a place). A stage adjective of a report
("initial", "preliminary", "latest") describes the report, not its owner. "As per X" sources
a figure as "according to X" does, unless X is a thing ("as per the agreement"). A reporting
participle hung on a clause "according to X" sources ("According to X, “...”, adding that ...")
has X as its understood subject, and a participle conjoined to a finite verb goes on from the
participle before it. Past-tense verb phrases listed after a reported clause's verb phrase ("X
reported that the fighting had killed 80, wounded 20 and displaced 11,000") go on with what it
reports. A country's name the model tags as an organisation before a body noun and a report
noun ("a Burkina Faso army statement") names a national body. A hedging noun in a "by/on"
phrase on the figure's clause ("has, by some estimates, claimed ...") hedges it. Unowned
reports a named speaker passes on ("X said initial reports indicated 12 ...") are X's word; and
"reported" as an adjective on the figure's noun ("the reported death toll") hedges it when no
source gives it.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on
from tests.tasks.extract.outlet_claims import source_on as _source
from tests.tasks.extract.test_quotes import speaker_on as _speaker_of


def _hedged(nlp, text: str, number: str) -> bool:
    return bool(claim_on(nlp, text, number)[ClaimCol.HEDGED])


# "claim" in its sense of causing deaths: neither a source nor a hedge
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The long insurgency has claimed more than 9,000 victims.", "9,000"),
        ("On Tuesday a roadside bomb claimed the lives of a police captain and three constables.",
         "three"),
        ("The epidemic has claimed dozens of victims in the valley, including 14 infants.", "14"),
        ("Years of unrest have claimed some 2,500 lives across the delta.", "2,500"),
    ],
)  # fmt: skip
def test_claiming_lives_is_no_claim(nlp, text, number) -> None:
    row = claim_on(nlp, text, number)
    assert row[ClaimCol.ATTRIBUTED_TO] == OUTLET
    assert not row[ClaimCol.HEDGED]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a speaker claiming a figure still claims it
        ("The rebels claimed they had shot down 4 helicopters.", "4", "rebels"),
        ("The ministry claimed 300 victims of the flood had been rescued.", "300", "ministry"),
    ],
)  # fmt: skip
def test_claiming_a_figure_stays_a_hedged_claim(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source
    assert _hedged(nlp, text, number)


# a head that names part of a group keeps the group's name
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Drones hit the market and killed 12 traders, members of a village defence committee"
         " told reporters.", "12", "members of a village defence committee"),
        ("Eight homes burned down overnight, according to one of the residents.", "Eight",
         "one of the residents"),
        ("Some of the survivors said 40 passengers were still missing.", "40",
         "Some of the survivors"),
        ("Many of the farmers say 200 cattle were stolen.", "200", "Many of the farmers"),
        ("A member of the militia said 15 fighters had died in the raid.", "15",
         "member of the militia"),
    ],
)  # fmt: skip
def test_a_part_of_a_group_keeps_the_group(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


def test_a_part_of_a_group_speaks_a_quote(nlp) -> None:
    text = 'The gunmen left at dawn. "They burned everything," according to one of these witnesses.'
    assert _speaker_of(nlp, text, "They burned") == "one of these witnesses"


def test_a_part_of_a_pronoun_names_no_one(nlp) -> None:
    assert _source(nlp, "Some of them said 40 people were still missing.", "40") == OUTLET


# "sources at X": the body they belong to is their name; a place is only where they are
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("At least six sailors died, sources at shipping firms involved in the rescue told the"
         " news agency.", "six", "sources at shipping firms"),
        ("Sources in the interior ministry said 14 officers were arrested.", "14",
         "Sources in the interior ministry"),
        ("According to sources within the army, 300 troops crossed the river.", "300",
         "sources within the army"),
        ("Sources at the port authority said 25 ships were waiting.", "25",
         "Sources at the port authority"),
    ],
)  # fmt: skip
def test_sources_keep_their_body(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


def test_sources_in_a_place_are_sources(nlp) -> None:
    assert _source(nlp, "Sources in Tripoli said 20 people were killed.", "20") == "Sources"


# a report's stage adjective is no part of its owner's name
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Initial military reports said the blast left four people dead.", "four", "military"),
        ("Preliminary police figures show 12 people died in the crash.", "12", "police"),
        ("Early hospital reports said 30 people were hurt.", "30", "hospital"),
        ("Latest army figures show 45 soldiers were wounded.", "45", "army"),
    ],
)  # fmt: skip
def test_a_report_stage_is_not_its_owner(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


def test_an_owner_adjective_stays(nlp) -> None:
    assert _source(nlp, "Central bank data shows inflation hit 9%.", "9%") == "Central bank"


# "as per X" sources a figure as "according to X" does
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("As per the home ministry data, there are around 130 militants in the hills.", "130",
         "home ministry"),
        ("As per police, 45 people were arrested after the march.", "45", "police"),
        ("As per the district administration, 2,000 families have been moved to camps.",
         "2,000", "district administration"),
        ("As per hospital officials, 17 patients died overnight.", "17", "hospital officials"),
    ],
)  # fmt: skip
def test_as_per_names_a_source(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("As per the agreement, 300 prisoners will be freed.", "300"),
        ("As per the ceasefire deal, 40 hostages will be released on Sunday.", "40"),
        ("The militiamen were paid $5 per day.", "$5"),
    ],
)
def test_as_per_a_thing_is_no_source(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


# a reporting participle on a clause "according to X" sources is X's
_BEFORE = 'The mayor spoke first. "We need help," said the mayor.\n\n'


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (_BEFORE + 'According to a nurse, "the wards are full", adding that many had arrived'
         " overnight.", "the wards are full", "nurse"),
        (_BEFORE + 'According to a local farmer, "it is a disaster", estimating that "around'
         ' forty" cows died and mentioning "many injured".', "many injured", "local farmer"),
        (_BEFORE + 'According to a teacher, "the school is gone", noting "the roof fell in".',
         "the roof fell in", "teacher"),
    ],
)  # fmt: skip
def test_a_participle_after_according_to_is_its_source(nlp, text, start, speaker) -> None:
    assert _speaker_of(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to the governor, the storm destroyed 300 homes, adding that 12 people were"
         " missing.", "12", "governor"),
        ('According to a nurse, "the wards are full", adding that 60 patients arrived overnight.',
         "60", "nurse"),
        # guard: a reporting verb of its own still speaks for its participle
        ("The army said the storm destroyed 300 homes, adding that 12 people were missing.",
         "12", "army"),
    ],
)  # fmt: skip
def test_a_participle_figure_after_according_to(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# verb phrases listed after a reported clause's own go on with what it reports
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The governor, John Carter, reported on Sunday that the fighting had killed at least 80"
         " civilians, wounded 20 and displaced more than 11,000.", "20", "John Carter"),
        ("The governor, John Carter, reported on Sunday that the fighting had killed at least 80"
         " civilians, wounded 20 and displaced more than 11,000.", "11,000", "John Carter"),
        ("Officials said the militia had burned 40 homes, looted 12 shops and stolen 300 cattle.",
         "300", "Officials"),
        ("Police said the gunmen shot dead 3 guards, injured 9 and kidnapped 14 pupils.", "14",
         "Police"),
        ("The district chief, Paul Mensah, announced on Friday that the raid had left 14"
         " villagers dead, injured 30 and burned 60 huts.", "30", "Paul Mensah"),
        ("The army spokesman, Tom Adeyemi, reported late on Monday that the insurgents had killed"
         " 9 soldiers, seized 4 trucks and fled.", "4", "Tom Adeyemi"),
    ],
)  # fmt: skip
def test_a_listed_verb_phrase_goes_on_with_the_report(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rebels stormed the town, killed 12 and burned 40 homes.", "40"),
        ("The floods cut the main road, destroyed 70 bridges and closed 30 schools.", "30"),
        # a participle on a noun that reports no "that" clause is no reporting clause
        ("The soldiers reported missing on Monday were found, and 40 more were freed.", "40"),
    ],
)
def test_a_list_with_no_report_is_the_outlet_s(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


# a country's name the model tags an organisation, before a body and a report noun
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to a Burkina Faso army statement, 9 soldiers died.", "9",
         "Burkina Faso army"),
        ("According to a Sierra Leone police statement, 14 people were arrested.", "14",
         "Sierra Leone police"),
        ("A Costa Rica police statement said 6 smugglers were detained.", "6",
         "Costa Rica police"),
    ],
)  # fmt: skip
def test_a_country_tagged_an_organisation_names_a_national_body(nlp, text, number, source):
    assert _source(nlp, text, number) == source


def test_a_country_body_statement_speaks_a_quote(nlp) -> None:
    text = '"The convoy was ambushed", according to a Burkina Faso army statement.'
    assert _speaker_of(nlp, text, "The convoy") == "Burkina Faso army"


# "by some estimates" on the figure's clause hedges it
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The conflict has, by expert estimates, claimed at least 40,000 lives.", "40,000"),
        ("On UN estimates, the war killed 5,000 civilians.", "5,000"),
        ("The war killed 5,000 civilians, by most estimates.", "5,000"),
        ("By some estimates, the quake destroyed 1,200 homes.", "1,200"),
    ],
)
def test_a_figure_by_estimates_is_hedged(nlp, text, number) -> None:
    assert _hedged(nlp, text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The war killed 5,000 civilians by shelling.", "5,000"),
        # "from an estimate" starts a change, it hedges nothing
        ("Growth will fall to 3.3% next year from a previous estimate of 3.7%.", "3.3%"),
    ],
)
def test_a_figure_by_other_means_is_not_hedged(nlp, text, number) -> None:
    assert not _hedged(nlp, text, number)


# unowned reports a named speaker passes on: the speaker is the source
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A police spokesman said early reports suggested 12 people had died.", "12",
         "police spokesman"),
        ("The minister said reports showed 300 homes were destroyed.", "300", "minister"),
        ("The UN spokesman, John Carter, said initial reports indicated the patrol returned fire"
         " and killed three of the assailants.", "three", "John Carter"),
        ("The governor told reporters that local reports put the toll at 45.", "45", "governor"),
    ],
)  # fmt: skip
def test_reports_a_speaker_passes_on_are_his_word(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # reports with an owner or an author of their own keep them
        ("The minister said a UN report showed 300 homes were destroyed.", "300",
         "United Nations"),
        ("The mayor said reports from the Red Cross showed 80 people were injured.", "80",
         "Red Cross"),
    ],
)  # fmt: skip
def test_owned_reports_keep_their_owner(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# "the reported toll": hearsay, as "reportedly"
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The reported death toll from the floods has reached about 600.", "600"),
        ("Reported casualties in the north rose to 1,200 on Friday.", "1,200"),
        ("The reported number of displaced people stands at 40,000.", "40,000"),
        ("The reported toll of 35 dead is likely to rise after the storm.", "35"),
    ],
)
def test_a_reported_toll_is_hedged(nlp, text, number) -> None:
    assert _hedged(nlp, text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The reported toll rose to 600, the health ministry said.", "600"),  # sourced
        ("Police reported 600 arrests on Friday.", "600"),  # a verb, not hearsay
        ("The 40 attacks reported by the monitors were in the east.", "40"),
    ],
)
def test_reported_by_a_source_is_not_hedged(nlp, text, number) -> None:
    assert not _hedged(nlp, text, number)
