"""Issue 10's dev5 classes of missed figures and wrong speakers (speakers12), on invented
sentences only: a partitive count ("three of its soldiers", "one of the dead") takes its clause
role from the count that heads it and its kind from the whole it is drawn from; a sunk vessel is
a thing hit."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.test_missed_classes11 import _claims
from tests.tasks.extract.test_quotes import speakers


def _found(nlp, text: str, number: str) -> dict | None:
    return next((c for c in _claims(nlp, text) if c[ClaimCol.QUANTITY_TEXT] == number), None)


# A partitive "N of X" is headed by the count: the count, not the whole, is the verb's subject
# or object, so a small count of people acted on is kept as "three soldiers" would be (the
# parse may hang the clause's verb elsewhere: "three of its soldiers deployed ... had been ...").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army confirmed that three of its soldiers deployed near the border had been "
         "killed.", "three"),
        ("The ministry said three of its diplomats were expelled from the country.", "three"),
        ("Two of his brothers and a cousin were detained by the police, the lawyer said.", "Two"),
        ("Three of our volunteers deployed at the camp had been arrested before dawn.", "Three"),
    ],
)  # fmt: skip
def test_a_partitive_count_takes_its_role_from_the_count(nlp, text, number) -> None:
    assert _found(nlp, text, number) is not None


# A count drawn from a whole that names casualties ("of the dead", "of those killed") counts
# casualties, "one" included (no pronoun), also after the "that" opening a reported clause.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A relative confirmed that one of the dead was a schoolteacher.", "one"),
        ("Two of the wounded were flown to the capital by helicopter.", "Two"),
        ("One of those killed in the raid was a local journalist, police said.", "One"),
        ("Doctors said three of the injured remain in a critical condition.", "three"),
    ],
)  # fmt: skip
def test_a_count_of_a_casualty_whole_is_a_casualty_count(nlp, text, number) -> None:
    claim = _found(nlp, text, number)
    assert claim is not None and claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "He said that one was enough for the whole family.",
        "They agreed that one of the candidates should withdraw from the race.",
    ],
)
def test_a_bare_one_of_no_casualty_whole_stays_a_pronoun(nlp, text) -> None:
    assert _found(nlp, text, "one") is None


# Sinking a vessel hits it: a small count of vessels sunk is a claim at any size.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two of the ferries sank in the storm.", "Two"),
        ("Rebels say they sank three barges on the river.", "three"),
        ("A mine sank two of the freighters near the port.", "two"),
        ("The navy says it has sunk four of the smugglers' skiffs.", "four"),
    ],
)
def test_vessels_sunk_are_counted(nlp, text, number) -> None:
    assert _found(nlp, text, number) is not None


# "it" as a speaker stands for the source an "according to X" gives in its own sentence or in
# the sentence before, not for a country named earlier in passing.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Brazil and Peru had traded accusations for weeks.\n\nAccording to the Chilean foreign "
         "ministry, the envoy delivered what it called “a firm message” to both capitals.",
         "Chilean foreign ministry"),
        ("Colombia has denied the claim.\n\nAccording to the Ecuadorian transport agency, the "
         "bridge was closed. The damage, it said, was “severe and lasting”.",
         "Ecuadorian transport agency"),
        ("Argentina protested on Monday.\n\nAccording to the Uruguayan coast guard, a trawler "
         "was seized. It said the crew had been “fully cooperative”.", "Uruguayan coast guard"),
        ("Uganda has rejected the report.\n\nAccording to the Kenyan government, the talks made "
         "progress. It described the deal as “within reach”.", "Kenyan government"),
    ],
)  # fmt: skip
def test_it_stands_for_the_source_of_according_to(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


# "it said" after "it said" goes on with the same speaker, and "the armed forces" that spoke
# before is one body "it" can stand for (not "Russian forces", troops without an article).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As of Sunday, four soldiers had died in the ambush, the Kenyan armed forces said in a "
         "statement.\n\nTwo others were wounded near the border with Somalia, it said.\n\n“Our "
         "troops held their ground against a larger force,” it said.", "Kenyan armed forces"),
        ("Six sailors were rescued on Monday, the Chilean armed forces said on Tuesday.\n\nThe "
         "crew of the UN supply vessel was safe, it said.\n\n“The rescue took eleven hours in "
         "heavy seas,” it said.", "Chilean armed forces"),
        ("Three officers were hurt in the riot, the Nigerian armed forces said.\n\nAn EU "
         "observer mission had left the area, it said.\n\n“Order has been restored across the "
         "city,” it said.", "Nigerian armed forces"),
        ("Two pilots were killed in the crash, the Peruvian armed forces said.\n\nThe UN "
         "aviation agency would help the inquiry, it said.\n\n“We mourn our comrades,” it said.",
         "Peruvian armed forces"),
    ],
)  # fmt: skip
def test_it_said_again_goes_on_with_the_same_body(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_troops_without_an_article_are_not_it(nlp) -> None:
    text = (
        "Russian forces kept up their shelling of the east, Ukraine's presidency said on "
        "Sunday.\n\nIt said the strikes had been “relentless and cruel”."
    )
    assert speakers(nlp, text)[-1][1] != "Russian forces"


# An anonymous source's only name is whom it is near: "a source close to the army" speaks (and
# gives figures) as such, not as a bare "source".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A source close to the militia confirmed that the convoy was “a legitimate target”.",
         "source close to the militia"),
        ("The plan is “dead on arrival”, said a senior official close to the president.",
         "senior official close to the president"),
        ("An aide familiar with the negotiations described the offer as “insulting”.",
         "aide familiar with the negotiations"),
        ("Officials familiar with the talks said the deal was “within reach”.",
         "Officials familiar with the talks"),
    ],
)  # fmt: skip
def test_an_anonymous_source_keeps_whom_it_is_close_to(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_a_figure_from_a_source_close_to_a_group_is_theirs(nlp) -> None:
    claim = _found(nlp, "A source close to the rebels said three fighters were killed.", "three")
    assert claim is not None and claim[ClaimCol.ATTRIBUTED_TO] == "source close to the rebels"


# A body or report that a country's name only describes speaks under its own name, as one a
# nationality adjective describes does ("British intelligence"); so does one a participle hangs
# a sponsor on ("a UN-backed assessment": backed by the UN, not the UN's words).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister told the summit that UK intelligence estimates the losses “at about "
         "9,000 dead”.", "UK intelligence"),
        ("France intelligence said the regiment had been “badly mauled”.",
         "France intelligence"),
        ("A UN-backed review has said the camp is at “extreme risk” of cholera.",
         "UN-backed review"),
        ("An EU-funded survey found the farmers were “close to ruin”.", "EU-funded survey"),
    ],
)  # fmt: skip
def test_a_body_a_country_only_describes_speaks_under_its_own_name(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


# A short quoted phrase that counts things is a figure someone gives, never a term or a name.
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("According to the report, shrapnel was found in “approximately 40 separate places” "
         "across the city.", "approximately 40 separate places", "report"),
        ("According to the coroner, the fire had spread to “at least 12 homes” by dawn.",
         "at least 12 homes", "coroner"),
        ("The convoy carried “some 300 tonnes” of flour, according to the charity.",
         "some 300 tonnes", "charity"),
        ("According to the survey, “nearly 60 villages” had no clean water.",
         "nearly 60 villages", "survey"),
    ],
)  # fmt: skip
def test_a_quoted_count_is_no_term(nlp, text, quoted, speaker) -> None:
    assert (quoted, speaker) in [(q, s) for q, s in speakers(nlp, text)]


def test_a_quoted_name_with_a_number_stays_a_name(nlp) -> None:
    assert speakers(nlp, "The pipeline known as “Nord Stream 2” was idle.") == []


# A vague count before a long dash that opens an aside (a second dash closes it) is still a
# count; a hyphen joining it to a word ("hundreds-strong") is not.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Medics said that hundreds—among them nurses and the elderly—have been killed.",
         "hundreds"),
        ("Thousands – most of them farmers – were wounded in the shelling.", "Thousands"),
        ("Dozens—perhaps more—were injured when the depot exploded.", "Dozens"),
        ("Officials say hundreds—mostly fighters, some civilians—died in the siege.", "hundreds"),
    ],
)  # fmt: skip
def test_a_vague_count_before_an_aside_is_counted(nlp, text, number) -> None:
    claim = _found(nlp, text, number)
    assert claim is not None and claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


def test_a_hyphenated_vague_count_is_no_count(nlp) -> None:
    assert _found(nlp, "The hundreds-strong crowd dispersed after dark.", "hundreds") is None
