"""Claim types on unseen conflict news (dev22, issue 10): equipment a model designation or a
hyphen hides from the parse ("six AK-47 rifles", "a 10-vehicle column"), aircraft and magazines
by their other names, an armed group's strength told by "numbering" or by a size noun its name
owns, the size of a force casualties are taken out of, and operatives who raid. Every sentence
here is invented; the classes come from the errors on dev22 (with members on dev17)."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in, type_on


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


# A model designation of letters and digits after a count ("AK-47", "M16") is tagged a number
# and the parser hangs the count on it as a compound: the noun the designation names is what
# the count counts, a weapon.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen seized six AK-47 rifles from the police post on Sunday.", "six"),
        ("The recovered items include a pickup, 2 AK-47 rifles and assorted ammunition.", "2"),
        ("Police said 3 M16 rifles were found in the abandoned car near the camp.", "3"),
        ("Two officers died, and four AK-47 rifles were taken by the attackers.", "four"),
    ],
)  # fmt: skip
def test_a_count_before_a_model_designation_counts_the_weapon(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.EQUIPMENT_COUNT


# A weapon or vehicle hyphened onto the count and compounded onto a noun after it is what the
# count counts: a column of ten vehicles counts vehicles, not the column (a civilian-capable
# vehicle only in an armed sentence, as everywhere).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A 10-vehicle column of troops was attacked with grenades near the town.", "10"),
        ("Rebels ambushed a 30-truck army convoy near the border on Monday.", "30"),
        ("Russia launched a 12-drone attack on the port overnight.", "12"),
        ("The navy sent a 14-ship flotilla of warships to the strait after the missile strike.",
         "14"),
    ],
)  # fmt: skip
def test_equipment_hyphened_onto_a_group_is_counted(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.EQUIPMENT_COUNT


# Aircraft by their other spellings, and the magazines seized with rifles, are equipment in a
# sentence about fighting.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army said 278 airplanes and 261 helicopters had been destroyed since the war "
         "began.", "278"),
        ("Enemy fighters shot down 12 aeroplanes during the offensive, the ministry said.", "12"),
        ("Troops recovered 14 AK-47 rifles and 30 magazines after the attack on the base.", "30"),
        ("Soldiers seized 25 rifles, 40 magazines and a grenade from the militants.", "40"),
    ],
)  # fmt: skip
def test_airplanes_and_magazines_are_equipment_in_war(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.EQUIPMENT_COUNT


# Guards: the same nouns outside fighting are no equipment, and a hyphened count on a noun that
# is no weapon stays as it was ("a 50-family community" people, "a 40-truck aid convoy" that
# reaches a city with no fighting).
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The airline bought 20 airplanes last year to expand its routes.", "20", ClaimType.OTHER),
        ("She has written for 12 magazines since she left the newspaper.", "12",
         ClaimType.OTHER),
        ("A 40-truck aid convoy reached the city on Monday with food and tents.", "40",
         ClaimType.OTHER),
        ("Officials said a 50-family community was cut off by the floods.", "50",
         ClaimType.PEOPLE_COUNT),
    ],
)  # fmt: skip
def test_things_outside_fighting_stay_as_they_were(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# What armed men number ("the bandits numbering over 100", "the insurgents, who number about
# 2,000") is their strength, troops, whatever harm the clause says they did to others.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A resident said the bandits numbering over 100 raided the villages and killed 11 "
         "persons.", "over 100"),
        ("The insurgents, numbering about 300, attacked the base and killed 12 soldiers.",
         "about 300"),
        ("Gunmen numbering more than 50 stormed the village and abducted 20 women.",
         "more than 50"),
        ("The rebels, who number about 2,000, killed 40 villagers in raids last year.",
         "about 2,000"),
    ],
)  # fmt: skip
def test_what_armed_men_number_is_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.TROOP_COUNT


# Guards: armed men numbered and then killed are casualties, and unarmed people numbered stay
# people (or the casualties their clause makes them).
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Fighters numbering about 300 were killed in the strikes, the army said.", "about 300",
         ClaimType.CASUALTY_COUNT),
        ("The villagers, who number about 2,000, fled the town after the raid.", "about 2,000",
         ClaimType.PEOPLE_COUNT),
        ("The refugees, numbering about 3,000, were killed in the shelling.", "about 3,000",
         ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_numbered_men_harmed_or_unarmed_stay_as_they_are(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# The strength of a group its name stands for, which the article calls armed elsewhere ("NPA
# rebels", "Abu Sayyaf militants", "Taliban fighters"), counts its fighters.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two soldiers died in a clash with NPA rebels. The NPA estimated strength is at "
         "3,000, lower than at its peak.", "3,000"),
        ("Troops clashed with Abu Sayyaf militants on Jolo. The military placed the strength "
         "of the Abu Sayyaf at about 300.", "about 300"),
        ("Taliban fighters attacked the post at dawn. The Taliban's strength is put at "
         "60,000.", "60,000"),
        ("The ELN, a guerrilla army, ambushed a patrol. Officials put the ELN's strength at "
         "2,500.", "2,500"),
    ],
)  # fmt: skip
def test_the_strength_of_an_armed_name_is_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.TROOP_COUNT


# Guard: a name the article never calls armed owns a size of people, not a force.
def test_the_size_of_a_name_never_called_armed_is_no_force(nlp) -> None:
    text = "Apple's headcount is 160,000, the company said."
    assert type_on(nlp, text, "160,000") == ClaimType.PEOPLE_COUNT


# The size of a force that casualties are taken out of ("200 peacekeepers killed out of a force
# of 15,200") is the whole, troops: the harm is said of the part.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("It is the deadliest mission, with more than 200 peacekeepers killed out of a force "
         "of about 15,200.", "about 15,200"),
        ("The army lost 300 soldiers out of a force of 2,000 in the battle.", "2,000"),
        ("Forty troops were wounded out of a force of some 900 sent to the valley.",
         "some 900"),
        ("Officials said 12 marines died out of a force of 450 that landed on the island.",
         "450"),
    ],
)  # fmt: skip
def test_the_force_casualties_are_taken_out_of_is_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.TROOP_COUNT


# Guard: the part taken out of the force stays the casualties it is.
def test_the_part_killed_out_of_a_force_stays_casualties(nlp) -> None:
    text = "More than 200 peacekeepers were killed out of a force of about 15,200."
    assert type_on(nlp, text, "200") == ClaimType.CASUALTY_COUNT


# Operatives who raid or attack are a force that attacked; operatives trained or killed are not.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("On Friday about 150 operatives raided the village and confronted residents.",
         "about 150", ClaimType.TROOP_COUNT),
        ("Some 40 Hezbollah operatives attacked the outpost overnight, the army said.",
         "Some 40", ClaimType.TROOP_COUNT),
        ("Two Hamas operatives were killed in the strike on the car.", "Two",
         ClaimType.CASUALTY_COUNT),
        ("The agency trained 300 operatives last year, its report said.", "300",
         ClaimType.PEOPLE_COUNT),
    ],
)  # fmt: skip
def test_operatives_who_raid_are_troops(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
