"""Claim types on unseen conflict news (dev17, dev18, issue 10): a figure a copula gives to an
estimate of a count word counts what that word counts ("his estimate of the number of
militants was around 4,000": troops), and a figure given to a group's size (its "strength")
counts the group's members ("the rebels' estimated strength is at 3,000": troops). Estimates
of other things ("the estimate of the damage"), counts of civilians and the size of a crowd or
a union keep their own types. Every sentence here is invented; each differs in wording and
structure from the dev ones."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

PEOPLE, TROOPS, OTHER = ClaimType.PEOPLE_COUNT, ClaimType.TROOP_COUNT, ClaimType.OTHER
CASUALTY = ClaimType.CASUALTY_COUNT


# An estimate, tally or figure of "the number of" fighters: the fighters are counted.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Her estimate of the number of fighters in the district was around 1,200.", "1,200"),
        ("The ministry's tally of the number of guerrillas still in the hills stands at 900.",
         "900"),
        ("Officials said their estimate of the number of insurgents had risen to 2,500.",
         "2,500"),
        ("The army's count of the number of militants holed up in the town was put at 700.",
         "700"),
    ],
)  # fmt: skip
def test_an_estimate_of_a_number_counts_what_the_number_counts(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# The size of an armed group: its strength, owned, "of" a body, or named by its members.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebels' estimated strength is at 3,000, well below its peak in the 1990s.",
         "3,000"),
        ("The strength of the insurgent army stood at 5,000 last year.", "5,000"),
        ("Analysts say the militia's troop strength was put at about 2,000.", "2,000"),
        ("Estimates suggest the guerrillas' strength is now roughly 1,800.", "1,800"),
    ],
)  # fmt: skip
def test_the_strength_of_an_armed_group_counts_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# Guards: an estimate of visitors counts people, of damage or a cost no persons; a crowd's or a
# union's size counts people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The estimate of the number of visitors to the fair was around 4,000.", "4,000",
         PEOPLE),
        ("The size of the crowd was about 2,000, the organisers said.", "2,000", PEOPLE),
        ("The union's strength stood at 40,000 members.", "40,000", PEOPLE),
        ("The official estimate of the damage was 300.", "300", OTHER),
    ],
)  # fmt: skip
def test_estimates_and_sizes_of_other_things_keep_their_type(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# Members a group loses in a fight or an attack (dev19): its dead, whatever "members" alone says.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("\"We lost four of our members in the fighting,\" the commander said.", "four"),
        ("The group said it lost nine members during the raid on its camp.", "nine"),
        ("The movement lost 12 of its members in the clashes with the army, a spokesman said.",
         "12"),
        ("According to the rebels, they lost six members in an ambush near the border.", "six"),
    ],
)  # fmt: skip
def test_members_lost_in_a_fight_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


# Guards: members lost to a rival, after a vote, in a year or a dispute are people.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The union lost 300 members last year after the dues rose.", "300"),
        ("The club lost 40 of its members to a rival league.", "40"),
        ("The party lost four of its members in parliament after the defection.", "four"),
        ("The association lost 200 members in the dispute over fees.", "200"),
    ],
)  # fmt: skip
def test_members_lost_otherwise_stay_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE
