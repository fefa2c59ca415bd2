"""Qualifiers and claim types on unseen conflict reports (dev17, issue 10). Every sentence here
is invented; each differs in wording and structure from the reports it stands for.

- A bound put after the count, or after the noun the count modifies ("4 persons at least were
  killed", "12 at least were hurt"), bounds the count as it does before it; not when it
  reaches forward to a number, a degree or a frequency ("5 fighters, at least 2 of them",
  "at least partly", "at least twice").
- A bare count a causing verb makes flee ("forced half a million to flee") is displaced people,
  not casualties, also where the parser files "to flee" as a relative clause of the count and
  the sentence counts deaths beside it; a finite clause of fleeing on the killed ("12 villagers
  who fled") leaves them casualties.
- Members an organisation owns ("two Hamas members") are people when a verb kills, wounds or
  abducts them (as its subject, its object or in a reduced clause): casualties, told at any
  size; "the EU's 27 members" that agree or send something stay the states a bloc counts."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, type_on

CASUALTY, PEOPLE = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The rebels killed 4 people at least in the raid on the market.", "4", Qualifier.AT_LEAST),
        ("Officials said 12 at least were wounded when the shell hit the school.", "12",
         Qualifier.AT_LEAST),
        ("At the checkpoint, 7 soldiers at least died in the blast.", "7", Qualifier.AT_LEAST),
        ("Medics counted 40 injured civilians at least after the strike.", "40",
         Qualifier.AT_LEAST),
        ("Sources said 9 fighters at most survived the ambush.", "9", Qualifier.AT_MOST),
    ],
)  # fmt: skip
def test_a_bound_after_the_count_bounds_it(nlp, text, number, expected) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Troops killed 5 fighters, at least 2 of them commanders.", "5"),
        ("The two men at least partly blamed the army for the deaths of 6 villagers.", "6"),
        ("The drones hit 3 posts at least twice in a week.", "3"),
        ("Gunmen shot 8 people at least as badly as the last time.", "8"),
        ("Police arrested 11 suspects, at least one of them a minor.", "11"),
    ],
)  # fmt: skip
def test_a_bound_reaching_forward_leaves_the_count_exact(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The war has cost more than 3,000 lives and forced half a million to flee abroad.",
         "half a million"),
        ("The bombing killed 60 and forced a million to flee south.", "a million"),
        ("The militia killed 75 and made two million to flee the region.", "two million"),
        ("Clashes that killed 80 have forced half a million to flee to neighbouring states.",
         "half a million"),
        ("The offensive killed hundreds and caused a quarter of a million to flee.",
         "a quarter of a million"),
        ("Fighting killed 300 and forced some 2 million to flee.", "2 million"),
    ],
)  # fmt: skip
def test_a_count_made_to_flee_is_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The war has cost more than 3,000 lives and forced half a million to flee abroad.",
         "3,000"),
        ("Soldiers killed 12 villagers who fled into the forest.", "12"),
        ("Militants killed 12 of the 50 hostages trying to flee the camp.", "12"),
        ("The attack killed 30 and wounded 45 others who tried to flee the market.", "45"),
    ],
)  # fmt: skip
def test_the_killed_beside_or_while_fleeing_stay_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two Hamas members were killed and three others wounded in a clash with troops.", "Two"),
        ("Two Hamas members were killed and three others wounded in a clash with troops.",
         "three"),
        ("Two Taliban members killed in clash with border forces.", "Two"),
        ("Four ISIS members were shot dead by police at a checkpoint.", "Four"),
        ("Three Hezbollah members died in the strike, the group said.", "Three"),
        ("An air strike killed three Hezbollah members on Sunday.", "three"),
    ],
)  # fmt: skip
def test_members_of_a_group_killed_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


def test_members_of_a_bloc_stay_states(nlp) -> None:
    text = "The EU's 27 members agreed the sanctions on Monday."
    assert type_on(nlp, text, "27") == ClaimType.OTHER
