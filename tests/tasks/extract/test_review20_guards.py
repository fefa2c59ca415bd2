"""Guards from the review of stop 20's rounds: where the new claim-type and unit rules must not
fire. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on, type_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
TROOPS = ClaimType.TROOP_COUNT


# Police, prison guards and helpers who use force are no attacking force (the gold counts police
# as people): "officers", "guards" and "volunteers" are troops only in a military sentence, as
# the classifier has it.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two prison guards assaulted an inmate last week, the report said.", "Two"),
        ("Three security guards seized a shoplifter outside the store, witnesses said.", "Three"),
        ("Five volunteers stormed the stage at the end of the concert.", "Five"),
    ],
)
def test_guards_who_attack_are_no_troops(nlp, text: str, number: str) -> None:
    assert type_on(nlp, text, number) != TROOPS


# ... nor do officers carrying people off abduct them (arrests: people); soldiers do.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Officers took away 20 protesters after the rally, witnesses said.", "20", PEOPLE),
        ("Police officers led away 15 fans after the match.", "15", PEOPLE),
        ("Army officers took away 30 men from the village, residents said.", "30", CASUALTY),
    ],
)
def test_officers_carrying_off(nlp, text: str, number: str, expected: ClaimType) -> None:
    assert type_on(nlp, text, number) == expected


# Attackers whose only object is themselves did not attack anyone: casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Three gunmen killed themselves after the siege, police said.", "Three"),
        ("Two militants shot themselves as troops closed in on the house.", "Two"),
    ],
)
def test_attackers_who_kill_themselves(nlp, text: str, number: str) -> None:
    assert type_on(nlp, text, number) == CASUALTY


# Members or supporters a body loses in a disaster lost their lives, as in a battle.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The club lost 12 members in the plane crash, its chairman said.", "12"),
        ("The charity lost 200 supporters in the earthquake, its director said.", "200"),
        ("The choir lost nine members in the fire at the hall.", "nine"),
    ],
)
def test_members_lost_in_a_disaster(nlp, text: str, number: str) -> None:
    assert type_on(nlp, text, number) == CASUALTY


def test_members_lost_in_peace_stay_people(nlp) -> None:
    text = "The party lost 2,000 members after the vote, its leader said."
    assert type_on(nlp, text, "2,000") == PEOPLE


# A "pound" hyphened onto a sum's noun is sterling, not a weight; onto a bomb it weighs.
@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("She paid a 50-pound fine and left the court.", "50", "GBP"),
        ("The council charges a 30-pound fee for each permit.", "30", "GBP"),
        ("The jet dropped a 2,000-pound bomb on the bridge, the army said.", "2,000", "lb"),
    ],
)
def test_hyphened_pound(nlp, text: str, number: str, unit: str) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.UNIT] == unit


# Odd input the new tokenizer rules and rules meet: a rank or a double prime at the text's end.
@pytest.mark.parametrize(
    "text",
    [
        "",
        "Maj.",
        "He was promoted to Lt.-Gen.",
        "\u2033",
        "The screen is 12\u2033 wide.",
        "bombers",
    ],
)
def test_odd_input_does_not_crash(nlp, text: str) -> None:
    from tests.tasks.extract.outlet_claims import claims_in

    assert isinstance(claims_in(nlp, text), list)


# People a court acted on who are then killed are casualties: the court verb describes them,
# their own verb is what happened to them.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Four soldiers convicted of desertion were executed by firing squad on Monday.", "Four"),
        ("Three men charged over the attack were shot dead while trying to escape.", "Three"),
        ("Police said two suspects indicted for the robbery were killed in a crash.", "two"),
    ],
)
def test_court_described_people_killed(nlp, text: str, number: str) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Five militants were sentenced to death for the bombing, the court said.", "Five"),
        ("Prosecutors charged 28 gang members over the killings of three police officers.", "28"),
    ],
)
def test_people_before_a_court_stay_people(nlp, text: str, number: str) -> None:
    assert type_on(nlp, text, number) == PEOPLE
