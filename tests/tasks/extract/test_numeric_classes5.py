"""Numeric claims on unseen war reporting, fifth round (issue 10, the domain review set): ranges
set with an en dash, casualties by "lost", "died" or "sacrificed", captives taken or freed, and
troops counted by the verb that deploys them. One invented sentence per case; every sentence here
is made up, never article text."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.test_numeric_classes import _claim, _claims


@pytest.mark.parametrize(
    ("text", "number", "low", "high", "unit"),
    [
        # an en dash between digits is a range like a hyphen; a scale or unit on the high end is
        # shared by both ends
        ("The army lost an estimated 100–150 troops a day near Arno.", "an estimated 100–150",
         100, 150, "persons"),
        ("Polls show 25–40 percent of Vardians back the plan.", "25–40 percent", 25, 40,
         "percent"),
        ("The scheme could free 1.5–2 million workers.", "1.5–2 million", 1_500_000, 2_000_000,
         "persons"),
        ("The navy enlists roughly 30–40,000 sailors each year.", "roughly 30–40,000", 30_000,
         40_000, "persons"),
        ("The new bridge over the Arno will cost $2–3bn.", "$2–3bn", 2e9, 3e9, "USD"),
    ],
)  # fmt: skip
def test_an_en_dash_range(nlp, text, number, low, high, unit) -> None:
    row = _claim(nlp, text, number)
    assert (row[ClaimCol.VALUE], row[ClaimCol.VALUE_HIGH]) == (low, high)
    assert (row[ClaimCol.QUALIFIER], row[ClaimCol.UNIT]) == ("range", unit)


def test_an_en_dash_between_years_or_scores_stays_no_claim(nlp) -> None:
    rows = _claims(nlp, "During the long war (1979–1989) the rebels lost 200–300 fighters a month.")
    assert [(c[ClaimCol.QUANTITY_TEXT], c[ClaimCol.VALUE]) for c in rows] == [("200–300", 200)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the count is what is lost, not something else lost beside it
        ("The commander admitted losing hundreds of men at the ford.", "hundreds"),
        # a passive verb's complement says what happened to its subject
        ("Some 40 villagers are thought to have died in the flood.", "Some 40"),
        ("Sixty people are believed to have been killed in the raid on Arno.", "Sixty"),
        # soldiers sacrificed are soldiers lost
        ("The rebels sacrificed thousands of fighters to take the hill.", "thousands"),
        # a "they" clause beside the verb says what happened to its subject
        ("More than 600 defenders were moved east after they surrendered.", "More than 600"),
        # captives taken, and prisoners freed (released, swapped, handed back in a swap)
        ("Nine Vardian soldiers were taken prisoner near the dam.", "Nine"),
        ("Arno secured the release of 120 of its marines on Friday.", "120"),
        ("Of the 80 freed, 30 are medics.", "80"),
        ("The swap freed 210 of its sailors on Tuesday.", "210"),
        ("The rebels confirmed the prisoner swap, saying 75 soldiers were returned home.", "75"),
    ],
)
def test_killed_lost_sacrificed_or_captured_are_casualties(nlp, text, number) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == "casualty_count"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # whoever takes or frees captives is not one, and workers freed up are not released
        ("The swap freed 210 of its sailors. The 300 marines freed 30 hostages at dawn.",
         ["casualty_count", "troop_count", "casualty_count"]),
        ("Arno secured the release of 120 of its marines. The reform could free up 2 million "
         "workers.", ["casualty_count", "people_count"]),
        ("Some 40 villagers are thought to have died. Twenty soldiers were ordered to kill the "
         "prisoners.", ["casualty_count", "troop_count"]),
        ("The prisoner swap saw 75 soldiers returned home. About 5,000 people returned to Arno "
         "last week.", ["casualty_count", "people_count"]),
    ],
)  # fmt: skip
def test_captors_and_freed_up_workers_are_not_captives(nlp, text, types) -> None:
    assert [c[ClaimCol.CLAIM_TYPE] for c in _claims(nlp, text)] == types


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # people a verb deploys, mobilises or sends to the front are troops, named or not
        ("Vardia has sent 8,000 to the front.", "8,000"),
        ("The junta mobilised 200,000 people last spring.", "200,000"),
        ("Vardia stationed 2,000 men along the border.", "2,000"),
        ("Arno has massed 40,000 near the river.", "40,000"),
        ("The brigade now has 4,000 men.", "4,000"),
    ],
)
def test_people_an_army_deploys_are_troops(nlp, text, number) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == "troop_count"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # people sent elsewhere, fleeing or arrested stay people
        ("Vardia has sent 8,000 to the front. The council sent 500 people to help with the "
         "harvest.", ["troop_count", "people_count"]),
        ("The junta mobilised 200,000 people. Around 5,000 people fled the fighting.",
         ["troop_count", "people_count"]),
        ("Vardia stationed 2,000 men on the border. Twelve men were arrested after the match.",
         ["troop_count", "people_count"]),
        # moved away from the fighting: an evacuation, not a deployment
        ("Vardia sent 4,000 to the front. The city moved 2,000 people from frontline villages.",
         ["troop_count", "people_count"]),
        ("The charity moved 300 people away from the fighting.", ["people_count"]),
    ],
)  # fmt: skip
def test_people_sent_elsewhere_or_fleeing_stay_people(nlp, text, types) -> None:
    assert [c[ClaimCol.CLAIM_TYPE] for c in _claims(nlp, text)] == types


def test_a_count_after_a_name_and_its_parallel_in_the_next_sentence(nlp) -> None:
    # a number between a name and the plural noun it counts is a count, not part of the name;
    # "Five more" in the next sentence counts what it did, but a count its own verb types
    # ("have been killed") keeps its type
    text = (
        "The US has sent Ukraine 20 Abrams tanks. Five more will follow in May. "
        "Exports fell by 10%. Hundreds more have been killed since."
    )
    assert [(c[ClaimCol.VALUE], c[ClaimCol.CLAIM_TYPE]) for c in _claims(nlp, text)] == [
        (20, "equipment_count"),
        (5, "equipment_count"),
        (10, "percentage"),
        (None, "casualty_count"),
    ]
