"""Claim types on unseen conflict news (dev4, issue 10): what the counted noun and the verbs
around it make of a count. Every sentence here is invented; the classes come from the errors on
dev4 (33 short conflict-news articles nobody tuned on)."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
TROOPS = ClaimType.TROOP_COUNT


def _type(nlp, text: str, number: str) -> ClaimType:
    return claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE]


# Injuries, martyrdom, "neutralised" fighters, lives a war claims and harm a subject suffers are
# casualties (lives saved are people).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Doctors at the hospital reported 150 injuries after the clash.", "150"),
        ("The blast caused 30 deaths and 64 injuries, the agency said.", "64"),
        ("Four guards were martyred in the attack on the checkpoint.", "Four"),
        ("Eight militants were neutralised in the raid, the army said.", "Eight"),
        ("Seven young recruits, having fought bravely, embraced martyrdom, the army said.",
         "Seven"),
        ("Twelve guards suffered injuries in the blast at the depot.", "Twelve"),
        ("The storm claimed 12 lives in the valley.", "12"),
        ("The war has claimed thousands of civilian lives since 2015.", "thousands"),
        ("The ambush cost the lives of 80 soldiers, the general said.", "80"),
    ],
)  # fmt: skip
def test_harm_named_by_noun_or_verb_is_a_casualty(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# A count given as the value of a total its subject names counts what the subject names: "the
# casualty rate was N people", "casualties ... exceed N", "the number of injured people had
# surpassed N", "put the death toll [in X since Y] at N", "the ones who passed away are N people";
# and a count "left dead" is of the dead.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The official said the average daily casualty rate was 1,100 people per day.", "1,100"),
        ("Enemy troop casualties are likely to continue to exceed 1,200 per day this winter.",
         "1,200"),
        ("The union said the number of injured people in the city had surpassed 30,000.",
         "30,000"),
        ("The monitor has put the civilian death toll in the province since the end of May at "
         "412, including 80 children.", "412"),
        ("The ones who reached the clinic and later passed away are about 30 people, a nurse "
         "said.", "30"),
        ("A raid on the camp on Monday left six people dead, the ministry said.", "six"),
    ],
)  # fmt: skip
def test_a_total_named_by_its_subject_types_the_count(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


def test_people_included_in_a_casualty_count_are_casualties(nlp) -> None:
    text = (
        "The monitor has put the civilian death toll in the province since the end of May at "
        "412, including 80 children."
    )
    assert _type(nlp, text, "80") == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebel army, numbering 40,000, controls the north.", "40,000"),
        ("The country's armed forces, numbering about 700,000, are stretched thin.", "700,000"),
    ],
)
def test_an_army_numbering_n_counts_troops(nlp, text, number) -> None:
    assert _type(nlp, text, number) == TROOPS


# People displaced are people, also beside a count of the killed ("and displaced 2 million
# others" does not take the killed count's type).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The strikes have killed 3,000 civilians and displaced 2 million others.", "2 million"),
        ("The insurgency caused the death of 5,000 civilians and the displacement of 300,000 "
         "others, the agency said.", "300,000"),
        ("Hundreds of thousands have been displaced by the floods.", "Hundreds"),
        ("The shelling killed 9 and left 40 others homeless.", "40"),
        ("The strikes killed 120 people and left 5,000 homeless.", "5,000"),
    ],
)  # fmt: skip
def test_people_displaced_are_people(nlp, text, number) -> None:
    assert _type(nlp, text, number) == PEOPLE


# "24 drone and airstrikes": a count above one on a singular noun coordinated with a plural
# counts the plural (strikes are things, not drones).
def test_a_singular_modifier_coordinated_with_a_plural_counts_the_plural(nlp) -> None:
    text = "The group has documented 24 drone and airstrikes in the region since May."
    claim = claim_on(nlp, text, "24")
    assert (claim[ClaimCol.CLAIM_TYPE], claim[ClaimCol.SUBJECT]) == (ClaimType.OTHER, "airstrikes")


# "... has killed at least 25 people, rescuers and officials said": the parser makes the killed
# and the speakers one subject of "said"; the count is still the object of "killed".
@pytest.mark.parametrize(
    "text",
    [
        "A shell strike on a bus station in the east of the country has killed at least 25 "
        "people, rescuers and local officials said on Monday.",
    ],
)
def test_the_object_a_trailing_said_took_keeps_its_verb(nlp, text) -> None:
    assert _type(nlp, text, "25") == CASUALTY


# People "caught in" the crossfire, a blast or a fire are hurt (not "caught in the rain").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least 14 villagers were caught in the crossfire, a resident said.", "14"),
        ("Some 30 shoppers were caught in the blast at the market.", "30"),
    ],
)
def test_people_caught_in_violence_are_casualties(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# The counted noun is not its own context: "units" sold are things, not a military unit; and
# people "who lost their homes" lost things, not lives.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Sales of the console surpassed 1 million units in the first quarter.", "1 million",
         ClaimType.OTHER),
        ("Volunteers helped 600 families who lost their homes in the floods.", "600", PEOPLE),
    ],
)  # fmt: skip
def test_what_is_lost_or_sold_is_not_a_casualty_or_a_unit(nlp, text, number, claim_type) -> None:
    assert _type(nlp, text, number) == claim_type
