"""Sources and hedges of figures in conflict reports, issue 10 (dev15 round): invented sentences
only.

Classes:
- A source phrase whose noun is an estimate ("according to UN estimates", "by expert estimates")
  hedges the figures it credits, as "X estimates that" does, also when "according to" closes a
  sentence of two coordinated clauses and the parse hangs it on the second; "according to UN
  figures", "by the army's count" and a passive's agent ("killed by shelling") hedge nothing.
- "by" + a tally noun that says whose it is ("by expert estimates", "by UN estimates", "by the
  army's count") credits the figure as "according to" does; one that says only what kind ("by
  conservative estimates", "by some estimates") names no one.
- "As X reported, ..." (or "as reported by X"): an "as" clause of a cue verb with no object or
  clause of its own points at the clause it modifies as what X reported; "As the army advanced",
  "As the ministry reported a rise in ...", "As she said she would" and "As expected" do not.
- A reporting verb with a counted object ("reported 20 dead") goes on in a bare participle
  conjunct ("and 300 wounded"): the second figure is the reporter's too; a conjunct with its
  own auxiliary, or after an object that is no figure, is a clause of its own.
- A partitive number word ("one of its residents", "two of the witnesses") is a speaker, not a
  count of respondents, and keeps its "of" phrase as its name; a closing inverted cue may be
  followed by a participle about its speaker ("..., said one resident, speaking on condition of
  anonymity"). "one of which", "one of them" stay no source.
- "according to corroborating sources", which the parser reads as a gerund taking "sources" as
  its object, is still "according to" those sources.
- A verb of detection ("identified", "detected", "spotted") gives the figure counting its object
  as what its subject's watch found; not a figure a clause inside the object tells, nor one a
  reporter above the verb says.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on
from tests.tasks.extract.outlet_claims import source_on as _source
from tests.tasks.extract.test_quotes import speaker_on


def _hedged(nlp, text: str, number: str) -> bool:
    return bool(claim_on(nlp, text, number)[ClaimCol.HEDGED])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Fighting has forced 30,000 people from their homes, according to UN estimates.",
         "30,000"),
        ("According to government estimates, at least 5,000 houses were destroyed in the floods.",
         "5,000"),
        ("The war has, by expert estimates, killed at least 20,000 people.", "20,000"),
        ("The storms have killed at least 300 people and left more than 2 million homeless,"
         " according to aid agency estimates.", "300"),
        ("The storms have killed at least 300 people and left more than 2 million homeless,"
         " according to aid agency estimates.", "2 million"),
        ("By some estimates, the floods have destroyed 8,000 homes.", "8,000"),
    ],
)  # fmt: skip
def test_an_estimate_crediting_the_figure_hedges_it(nlp, text, number) -> None:
    assert _hedged(nlp, text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Fighting has forced 30,000 people from their homes, according to UN figures.",
         "30,000"),
        ("By the army's count, 300 rebels surrendered last week.", "300"),
        ("The village was shelled by government forces and 12 people were killed.", "12"),
        ("The storms have killed at least 300 people and left more than 2 million homeless,"
         " according to the interior ministry.", "300"),
    ],
)  # fmt: skip
def test_other_sources_hedge_nothing(nlp, text, number) -> None:
    assert not _hedged(nlp, text, number)


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The war has, by expert estimates, killed at least 20,000 people.", "20,000",
         "expert estimates"),
        ("By UN estimates, the fighting has displaced 2 million people in the region.",
         "2 million", "United Nations"),
        ("By the army's count, 300 rebels surrendered last week.", "300", "army"),
        ("By Red Cross estimates, the drought has left 40,000 families without water.",
         "40,000", "Red Cross"),
    ],
)  # fmt: skip
def test_by_an_owned_estimate_credits_its_owner(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Debt will grow, by conservative estimates, to more than half of output.", "half"),
        ("By some estimates, the floods have destroyed 8,000 homes.", "8,000"),
        ("Prices rose by 5% last year.", "5%"),
        ("The village was shelled by government forces and 12 people were killed.", "12"),
    ],
)
def test_by_a_kind_of_estimate_or_a_measure_names_no_one(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("As the state news agency reported earlier, the rebels fired 30 rockets at the city.",
         "30", "state news agency"),
        ("As Reuters reported on Monday, 12 soldiers were killed near the border.", "12",
         "Reuters"),
        ("As reported by Reuters, police arrested 45 protesters in the square.", "45", "Reuters"),
        ("As the mayor noted in his speech, 30 schools have closed since the war began.", "30",
         "mayor"),
        ("The ministry said on Monday that 40 schools had closed.\n\nAs it reported last week,"
         " 500 doctors have been sent to the north.", "500", "ministry"),
    ],
)  # fmt: skip
def test_as_x_reported_credits_the_clause(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("As the army advanced, 3,000 people fled the town.", "3,000"),
        ("As the ministry reported a rise in infections, hospitals added 200 beds.", "200"),
        ("As she said she would, the minister signed 40 orders on Friday.", "40"),
        ("As expected, turnout reached 70%.", "70%"),
    ],
)
def test_an_as_clause_that_says_something_else_credits_nothing(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Local officials reported 20 dead and 300 wounded.", "300", "Local officials"),
        ("The health ministry recorded 14 killed and 52 injured in the strikes.", "52",
         "health ministry"),
        ("Medics counted 9 dead and 31 hurt after the blast.", "31", "Medics"),
        ("Rescuers counted 11 dead and 27 injured in the rubble.", "27", "Rescuers"),
    ],
)  # fmt: skip
def test_a_bare_conjunct_after_a_counted_object_is_reported_too(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police reported 3 arrests and 12 people were later released.", "12"),
        ("The mayor reported heavy damage and 40 houses collapsed.", "40"),
    ],
)
def test_a_conjunct_of_its_own_is_not_reported(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A shell hit 14 houses in the village, said one of its residents.", "14",
         "one of its residents"),
        ("Soldiers fired 20 rounds into the crowd, one of the witnesses said.", "20",
         "one of the witnesses"),
        ("Two of the survivors said 30 people had been on the boat.", "30",
         "Two of the survivors"),
        ("A jet dropped three bombs on the monastery on Tuesday, said one of its residents,"
         " speaking on condition of anonymity because he feared reprisal.", "three",
         "one of its residents"),
        ("Militants burned 40 homes overnight, said a local official, speaking by phone from"
         " the town.", "40", "local official"),
    ],
)  # fmt: skip
def test_one_of_some_people_speaks(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The storm destroyed 300 homes, one of which belonged to the mayor.", "300", OUTLET),
        ("Rebels seized 12 trucks, one of them carrying fuel, the army said.", "12", "army"),
        ("Two in three of those asked said prices had risen by 10%.", "10%", OUTLET),
    ],
)
def test_a_partitive_of_things_or_respondents_is_no_speaker(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('"We lost everything," said one of the residents. "Nine houses burned."', "We lost",
         "one of the residents"),
        ('"The water came at night," one of the fishermen told reporters.', "The water",
         "one of the fishermen"),
        ('"Nobody came to help us," one of the nurses said.', "Nobody", "one of the nurses"),
        ('One of the drivers said: "The road was mined."', "The road", "One of the drivers"),
    ],
)  # fmt: skip
def test_one_of_some_people_says_a_quote(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to corroborating sources, 300 people were killed in the village.", "300",
         "corroborating sources"),
        ("The blast killed 40 people, according to corroborating accounts.", "40",
         "corroborating accounts"),
        ("According to corroborating reports, 25 fighters surrendered on Friday.", "25",
         "corroborating reports"),
        ("According to local sources, 40 people died.", "40", "local sources"),
    ],
)  # fmt: skip
def test_according_to_a_participle_and_its_noun(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Israeli military identified about 55 projectiles crossing from Lebanon.", "55",
         "Israeli military"),
        ("Air defence radars detected 12 drones approaching the city overnight.", "12",
         "Air defence radars"),
        ("Police identified 3 suspects in the attack.", "3", "Police"),
        ("Border patrols spotted 25 boats off the coast on Sunday.", "25", "Border patrols"),
    ],
)  # fmt: skip
def test_what_a_watch_detected_is_its_word(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The coastguard said its patrols had spotted 30 migrant boats.", "30", "coastguard"),
        ("Investigators have identified the cause of the fire that killed 12 people.", "12",
         OUTLET),
        ("A man identified as Tom Berg shot 3 people.", "3", OUTLET),
        ("Border guards spotted 40 boats near the coast on Sunday, the ministry said.", "40",
         "ministry"),
    ],
)  # fmt: skip
def test_detection_gives_no_figure_outside_its_object(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source
