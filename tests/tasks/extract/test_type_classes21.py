"""Claim types and qualifiers on unseen conflict news (dev18 and dev19, issue 10): attackers
counted as the force that attacked, abducted people, killing told by an idiom, others spared in a
harm sentence, and qualifiers of nearness and excess. Every sentence here is invented; the
classes come from the errors on dev18 and dev19 (72 short conflict reports nobody tuned on)."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in, type_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
TROOPS = ClaimType.TROOP_COUNT
EQUIPMENT = ClaimType.EQUIPMENT_COUNT


# Armed men counted as the doer of an attack are the force that attacked, troops, though the
# clause names killing: the active subject of a verb of attack with an object, directly or
# through the gang they form, or the agent of "the attack was carried out by".
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Eight gunmen killed 12 villagers in the market on Friday.", "Eight"),
        ("A gang of nine bandits attacked and killed four farm workers, police said.", "nine"),
        ("About 100 suspected extremists on motorcycles intercepted the convoy near the river.",
         "About 100"),
        ("Some 40 raiders looted the market and torched homes, residents said.", "40"),
        ("Police said the raid had been carried out by 30 militants on foot.", "30"),
    ],
)  # fmt: skip
def test_attackers_counted_as_doers_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# ... but attackers harmed are casualties: killed after attacking, killed in a relative clause's
# attack, or a bare "N fighters killed" (a reduced passive the parser reads as active); and armed
# men arrested are no attacking force.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Three gunmen attacked the checkpoint and were shot dead by guards.", "Three", CASUALTY),
        ("Eight rebels who attacked the base were killed.", "Eight", CASUALTY),
        ("The monitor counted 26 deaths, while nine fighters killed during the shelling.",
         "nine", CASUALTY),
        ("Eight gunmen killed 12 villagers in the market on Friday.", "12", CASUALTY),
        ("Five extremists were arrested in the capital on Monday.", "Five", PEOPLE),
    ],
)  # fmt: skip
def test_attackers_harmed_stay_casualties(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A "bomber" its own modifier makes a person ("suicide", "female") is an attacker, troops, not
# a bomber aircraft; killed, it is a casualty like any attacker. Aircraft stay equipment.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Officials said four female suicide bombers were responsible for the blast.", "four",
         TROOPS),
        ("The agency reported that the attack had been carried out by two male suicide bombers.",
         "two", TROOPS),
        ("Witnesses said three suicide bombers entered the crowded market before noon.", "three",
         TROOPS),
        ("Security forces killed 92 militants, including three suicide bombers.", "three",
         CASUALTY),
        ("Two suicide bombers were shot dead by guards at the gate.", "Two", CASUALTY),
        ("The air force sent four bombers over the city at dawn.", "four", EQUIPMENT),
    ],
)  # fmt: skip
def test_suicide_bombers_are_attackers_not_aircraft(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People armed raiders carry off or seize are abducted civilians, casualties (conventions); the
# police taking people away arrest them (people), and seized rifles are equipment.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The bandits took away 52 people from our village yesterday.", "52", CASUALTY),
        ("Militants carried off 30 schoolgirls from the dormitory at night.", "30", CASUALTY),
        ("Gunmen seized 14 passengers from a bus near the border, residents said.", "14",
         CASUALTY),
        ("A gang of kidnappers dragged away 11 farmers from their fields.", "11", CASUALTY),
        ("Police took away 20 protesters after the march.", "20", PEOPLE),
        ("Police seized 12 rifles during the search.", "12", EQUIPMENT),
    ],
)  # fmt: skip
def test_people_carried_off_by_raiders_are_casualties(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "Burned alive" is a killing, whether the parser hangs "alive" on the verb or on the object.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Residents burned alive at least two men accused of spying.", "two", CASUALTY),
        ("The militants burnt alive 12 passengers after stopping the bus.", "12", CASUALTY),
        ("A crowd had burned alive three suspected thieves by the time police came.", "three",
         CASUALTY),
        ("The attackers burned alive 40 villagers in their church.", "40", CASUALTY),
        ("Rioters burned 30 cars in the city centre overnight.", "30", ClaimType.OTHER),
    ],
)  # fmt: skip
def test_burned_alive_is_a_killing(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "Others" in a sentence of casualties counts what its parallel counts, unless its own clause
# rescues or evacuates them or leaves them in want: people. Others wounded stay casualties.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The army intervened and rescued 20 others who were about to be executed.", "20",
         PEOPLE),
        ("More than 27,000 people have been killed, while nearly two million others remain "
         "homeless.", "two million", PEOPLE),
        ("Ten people died in the fire and 40 others were evacuated from the building.", "40",
         PEOPLE),
        ("The storm killed six people, and 3,000 others are now destitute.", "3,000", PEOPLE),
        ("Five people were killed and 12 others wounded.", "12", CASUALTY),
        ("Soldiers killed 12 attackers and rescued 30 others who had been wounded.", "30",
         CASUALTY),
    ],
)  # fmt: skip
def test_others_spared_in_a_harm_sentence_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "more or less N" is about N; "beyond N" and "well beyond N" are more than N.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Troops engaged more or less 120 heavily armed fighters in the hills.", "120",
         Qualifier.APPROXIMATE),
        ("The convoy carried more or less 40 tonnes of food aid.", "40", Qualifier.APPROXIMATE),
        ("So the toll might go well beyond 30, beyond 40, he said.", "30", Qualifier.MORE_THAN),
        ("So the toll might go well beyond 30, beyond 40, he said.", "40", Qualifier.MORE_THAN),
        ("Officials fear casualties will rise beyond 1,000 in the coming days.", "1,000",
         Qualifier.MORE_THAN),
        ("The truce more or less held, with 12 violations reported.", "12", Qualifier.EXACT),
    ],
)  # fmt: skip
def test_nearness_and_excess_qualifiers(nlp, text, number, expected) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == expected


# People someone buries are the dead: the object of "bury", or its passive subject (not put
# "under" something). Landmines buried are no people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("He said he helped bury 51 women and children during the march.", "51", CASUALTY),
        ("Villagers buried 20 people in a mass grave on Sunday.", "20", CASUALTY),
        ("We buried 12 children yesterday, the imam said.", "12", CASUALTY),
        ("Twelve children were buried on Sunday in the village cemetery.", "Twelve", CASUALTY),
        ("The families have buried 30 relatives since the shelling began.", "30", CASUALTY),
        ("Soldiers buried 40 landmines along the road.", "40", ClaimType.OTHER),
    ],
)  # fmt: skip
def test_people_buried_are_the_dead(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People a place is crowded, packed or filled with are people, though the sentence goes on to
# a killing; the wounded a hospital is crowded with stay casualties.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("A mortar round crashed into a church crowded with hundreds of refugees, killing at "
         "least 15 civilians.", "hundreds", PEOPLE),
        ("The shell struck a mosque filled with 200 worshippers, killing 15 of them.", "200",
         PEOPLE),
        ("A missile hit a school packed with 400 displaced people, killing at least 30.", "400",
         PEOPLE),
        ("The strike hit a hall crowded with some 300 guests, killing 20.", "300", PEOPLE),
        ("The strike hit a hall crowded with some 300 guests, killing 20.", "20", CASUALTY),
        ("The hospital, crowded with 300 wounded, was shelled again.", "300", CASUALTY),
    ],
)  # fmt: skip
def test_people_a_place_is_crowded_with_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A count "including" in a count of people is some of those people, as in a count of
# casualties it is some of the casualties.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The statement said the exodus had seen 1,515 people, including nearly 650 children, "
         "cross into government areas amid heavy shelling.", "650", PEOPLE),
        ("Amid the fighting, 300 refugees, including 120 children, crossed the border.", "120",
         PEOPLE),
        ("The shelling forced 2,000 residents, including 700 women, to flee the town.", "700",
         PEOPLE),
        ("Rescuers evacuated 85 patients, including 30 children, from the bombed hospital.",
         "30", PEOPLE),
        ("The attack killed 40 people, including 12 children.", "12", CASUALTY),
    ],
)  # fmt: skip
def test_counts_included_in_people_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A weight given again in brackets in pounds is a weight, not a sum of money or a count; so is
# a bomb's weight in pounds or kilos; "45 pounds" alone stays money.
@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The bomb, containing about 20 kilos (45 pounds) of explosives, was buried in a road.",
         "45", "lb"),
        ("The device held 10 kilograms (22 pounds) of TNT, police said.", "22", "lb"),
        ("The jets dropped a 500kg (1,100lb) bomb on the bridge.", "1,100", "lb"),
        ("The boy weighed only seven kilograms (15lb) when he died in the siege.", "15", "lb"),
        ("Aid trucks brought 300 tonnes (660,000 lbs) of flour.", "660,000", "lb"),
        ("Israel used 2,000-pound bombs in the strike, officials said.", "2,000", "lb"),
        ("Police seized 12 kilos of heroin in the raid.", "12", "kg"),
        ("The raid cost the city 45 pounds per resident.", "45", "GBP"),
    ],
)  # fmt: skip
def test_weights_in_pounds_and_kilos(nlp, text, number, unit) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.UNIT] == unit


def test_a_kilo_class_submarine_is_no_weight(nlp) -> None:
    text = "The navy has two Kilo-class submarines in the port."
    assert type_on(nlp, text, "two") == EQUIPMENT


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


# Villages or towns a raid falls on, or where a raid or a killing took place, are targets hit:
# told at any size (conventions), not small counts in passing; places visited or lived in are.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bandits raided six villages in the district last month.", "six"),
        ("Armed raiders killed 35 people and torched homes in five villages, police said.",
         "five"),
        ("Thirty-five people were killed by the bandits in the five villages, he said.", "five"),
        ("The militia overran three towns in the north last week.", "three"),
        ("Two camps were shelled overnight, the agency said.", "Two"),
    ],
)  # fmt: skip
def test_settlements_hit_are_told_at_any_size(nlp, text, number) -> None:
    assert any(number in n for n in _numbers(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The delegation visited five villages in the district.",
        "Aid workers reached four villages by boat.",
        "The family has lived in two villages since the war.",
    ],
)
def test_settlements_visited_stay_incidental(nlp, text) -> None:
    assert _numbers(nlp, text) == []
