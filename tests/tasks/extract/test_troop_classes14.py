"""Troop counts on unseen conflict news (dev7, issue 10): an armed body's size given by its
members ("the rebels have 5,000 members", "a million people under arms", "a 9,000-strong
mission" of peacekeepers); armed attackers who are no soldiers ("several hundred terrorists
attacked"); a capitalised plural military noun the tagger reads as a name ("400 US Marines");
and a troop level or its change ("cut the troop level to 10,000"). Every sentence here is
invented; each paraphrase differs in wording and structure from the dev4-dev7 ones."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

TROOPS, PEOPLE = ClaimType.TROOP_COUNT, ClaimType.PEOPLE_COUNT


# An armed body's size given by its members: the members of a militia, an army, a rebel group
# or a peacekeeping mission are its troops, whether the count is the object of a verb of size
# with the body as subject, the members "of" the body, or "service members"; people "under
# arms" or "deployed" somewhere are troops too.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The region's three rebel factions together count about 6,000 members, officials say.",
         "6,000"),
        ("Police say the armed groups in the delta have fewer than 2,500 members between them.",
         "2,500"),
        ("At its height the militia numbered roughly 12,000 men.", "12,000"),
        ("The government will send 800 members of its gendarmerie and army to the north.", "800"),
        ("The ministry wants to raise the number of active service members to 900,000.",
         "900,000"),
        ("The country keeps some 300,000 men and women under arms.", "300,000"),
        ("The contractor has as many as 2,000 people deployed across the Sahel.", "2,000"),
        ("The 9,000-strong mission, set up to end the fighting in the east, will leave next year.",
         "9,000"),
    ],
)  # fmt: skip
def test_members_of_an_armed_body_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# An armed group a name stands for, known from the article: its acronym spelled out as a
# force, or its name in apposition with an armed body.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The budget funds the National Defence Forces (NDF) for another year. "
         "Officials said the NDF now comprises more than 90,000 members.", "90,000"),
        ("The largest insurgent group, the MRF, controls much of the valley. "
         "In 2010 the MRF numbered 7,000 men, the ministry said.", "7,000"),
    ],
)  # fmt: skip
def test_named_armed_body_members_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# Members and men of a body that does not fight stay people.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The ruling party has about 80,000 members across the country.", "80,000"),
        ("The union numbered 4,000 men at the height of the strike.", "4,000"),
        ("The club has 1,200 members, most of them retired teachers.", "1,200"),
    ],
)  # fmt: skip
def test_members_of_other_bodies_stay_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


# Terrorists, gunmen, jihadists and assailants (WordNet's terrorist, gunman, jihadist and
# attacker) counted in a sentence of fighting or violence are troops; elsewhere people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Around 300 terrorists on pickup trucks raided the garrison before dawn.", "300", TROOPS),
        ("Soldiers fought off dozens of jihadists who had surrounded the outpost.", "dozens",
         TROOPS),
        ("The village was overrun by some 150 gunmen, residents said.", "150", TROOPS),
        ("More than 60 assailants opened fire on the convoy near the border.", "60", TROOPS),
        ("A court in the capital jailed 14 terrorists for life on Monday.", "14", PEOPLE),
    ],
)  # fmt: skip
def test_armed_attackers_are_troops_in_fighting(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A capitalised plural military noun, tagged a name: "US Marines", "Royal Marines".
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials said 700 US Marines would stay in the country until June.", "700"),
        ("Some 1,800 Marines are aboard the ships now in the gulf.", "1,800"),
        ("The navy said 150 Royal Marines who trained in Norway would join the exercise.", "150"),
        ("Two weeks ago, 250 Marines from the base were flown to the capital.", "250"),
    ],
)  # fmt: skip
def test_capitalised_marines_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# A troop level, force level or troop numbers, and its change ("a reduction of the troop level
# to 10,000", "a cut in troop numbers from 4,000 to 2,500"), count troops.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Analysts urged cutting the troop level in the region to about 5,000.", "5,000"),
        ("The plan foresees a cut in troop numbers from 4,000 to 2,500 by next year.", "4,000"),
        ("London announced a drawdown of its force levels from 9,000 to 6,500.", "6,500"),
        ("The report recommends a reduction of the alliance's troop level to 3,000 from 7,000.",
         "7,000"),
    ],
)  # fmt: skip
def test_troop_levels_count_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS
