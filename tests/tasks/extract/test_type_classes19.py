"""Claim types, qualifiers and missed counts on fresh conflict reporting (dev15, issue 10): one
class of error per test, each on invented sentences that differ in wording and structure, with
guards where the rule must not fire. Every sentence here is made up; none is a dev15 article's."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claims_in

CAS, PEOPLE, TROOPS = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.TROOP_COUNT
EQUIP, OTHER = ClaimType.EQUIPMENT_COUNT, ClaimType.OTHER
# the model types counts only in war reporting: every sentence below is read as part of one
WAR = "Enemy troops shelled the front line overnight. "


def _typed(nlp, text: str) -> dict[str, ClaimType]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in claims_in(nlp, WAR + text)}


def _qualified(nlp, text: str) -> dict[str, Qualifier]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.QUALIFIER] for c in claims_in(nlp, WAR + text)}


# 1. Weapons fired counted as "launches" ("about 40 launches from Lebanon were detected") and
# weapons counted by their model's name ("30 Shaheds", "14 Kalibrs") are equipment; a launch
# needs another armed word in its sentence, so a product launch stays what it was.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sirens sounded as about 40 launches were detected; most were intercepted.", "about 40"),
        ("The air force recorded 25 missile launches toward the coast.", "25"),
        ("A total of 18 Shahed launches were counted over the south, the army said.", "18"),
        ("Overnight the enemy sent 30 Shaheds at the capital.", "30"),
        ("Air defence units downed 14 Kalibrs over the sea.", "14"),
    ],
)  # fmt: skip
def test_launches_and_named_weapons_are_equipment(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == EQUIP


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker plans 12 product launches next year.",
        "The phone maker had 15 launches in Asia during the spring.",
    ],
)
def test_a_product_launch_is_no_weapon(nlp, text) -> None:
    assert EQUIP not in _typed(nlp, text).values()


# 2. "N out of M <things>" under a verb of destruction or harm is two counts of one event, what
# was hit and what was sent ("shot down 17 out of 22 drones"), not a ratio; "two out of three
# voters" still is one.
@pytest.mark.parametrize(
    ("text", "hit", "sent"),
    [
        ("Air defences shot down 40 out of 52 missiles fired at the city.", "40", "52"),
        ("Overnight, the air force destroyed 17 out of 22 drones sent by the enemy.", "17", "22"),
        ("Gunners intercepted 31 out of 35 rockets over the north, the army said.", "31", "35"),
        ("The navy said it had eliminated 11 out of 15 attack boats in the strait.", "11", "15"),
    ],
)  # fmt: skip
def test_out_of_in_a_downing_is_two_counts(nlp, text, hit, sent) -> None:
    typed = _typed(nlp, text)
    assert typed.get(hit) == EQUIP
    assert typed.get(sent) == EQUIP


@pytest.mark.parametrize(
    "text",
    [
        "Two out of three voters backed the ceasefire, a poll found.",
        "Six out of 10 residents said they felt safe.",
    ],
)
def test_a_ratio_stays_a_ratio(nlp, text) -> None:
    assert _typed(nlp, text) == {}


# 3. Watercraft that raiders, rebels or pirates target, hit, board or seize are most often
# merchant shipping: things hit (other), unless their phrase gives them to a navy, a fleet or a
# state; a force's own ships, lost or owned, stay equipment.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebels have targeted more than 50 vessels with missiles.", "more than 50"),
        ("Pirates seized 12 ships off the coast during the war.", "12"),
        ("Drones struck 14 boats in the harbour, the coastguard said.", "14"),
        ("At least 20 vessels were hit by missiles in the strait this year.", "At least 20"),
    ],
)  # fmt: skip
def test_vessels_attacked_are_things_hit(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == OTHER


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kyiv says its drones sank 15 Russian vessels near the peninsula.", "15"),
        ("Missiles struck 12 ships of the Black Sea Fleet.", "12"),
        ("The navy lost 11 ships in the battle.", "11"),
        ("Drones hit 13 naval vessels in port.", "13"),
    ],
)
def test_a_forces_own_ships_stay_equipment(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == EQUIP


# 4. Where people are says what they are: those who sought refuge or live away from home were
# displaced, a place's inhabitants and people trapped in a besieged city are people (whatever
# harm the sentence fears), people lying or trapped under rubble are casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The clashes forced thousands of people to seek refuge at the UN base.", "thousands"),
        ("Some 40,000 residents have taken shelter in schools since May.", "Some 40,000"),
        ("A further 12,000 people still live away from home after the floods.", "12,000"),
        ("Aid groups fear a massacre if rebels take Tawila, a town of 300,000 people.", "300,000"),
        ("The army may storm the port, home to 900,000 people.", "900,000"),
        ("At least 150,000 civilians are trapped in the city, facing hunger.", "At least 150,000"),
    ],
)  # fmt: skip
def test_displaced_besieged_and_inhabitants_are_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 300 militants were surrounded in the village.", "About 300"),
        ("The army built a camp of 5,000 soldiers near the border.", "5,000"),
        ("Some 2,000 fighters remain trapped inside the steel plant.", "Some 2,000"),
    ],
)
def test_fighters_encircled_or_camped_stay_troops(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == TROOPS


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rescuers said 300 children were still lying under the rubble.", "300"),
        ("Dozens of residents remain trapped beneath the debris of the building.", "Dozens"),
        ("The ministry counted 1,100 people buried under the ruins.", "1,100"),
        ("Medics said 45 people are still under the rubble of the market.", "45"),
    ],
)
def test_people_under_rubble_are_casualties(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == CAS


# 5. Reports of people count the people ("2,000 reports of missing people": the missing).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The agency has received 2,400 reports of missing people since the war began.", "2,400"),
        ("Families filed 900 complaints of abducted children with the police.", "900"),
        ("Monitors logged 350 reports of injured civilians in the region.", "350"),
        ("Officials said 1,500 reports of wounded soldiers reached the ministry.", "1,500"),
    ],
)
def test_reports_of_harmed_people_are_casualties(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == CAS


def test_reports_of_a_body_stay_reports(nlp) -> None:
    assert _typed(nlp, "The panel has published 14 reports of the committee.").get("14") != CAS


# 6. Killing said by a verb and its particle ("gunned down", "mowed down") or by a noun of harm
# whose "of" is the count ("the neutralisation of 203 fighters") makes casualties; a count only
# near such a noun ("two suspects in the killing") does not.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen gunned down 14 worshippers outside the mosque, residents said.", "14"),
        ("The attackers mowed down 23 villagers as they fled.", "23"),
        ("The army announced the neutralisation of 120 fighters in the region.", "120"),
        ("The killing of 40 civilians at the checkpoint drew protests.", "40"),
        ("Witnesses described the abduction of 300 schoolgirls from the dormitory.", "300"),
    ],
)
def test_phrasal_and_nominal_harm_make_casualties(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == CAS


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police detained 12 suspects in the killing of the mayor.", "12"),
        ("Loggers cut down 400 trees along the road.", "400"),
    ],
)
def test_near_harm_is_no_harm(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) != CAS


# 7. Child soldiers an armed group lets go leave its service, not captivity: people; children it
# abducts for use as soldiers, and soldiers freed in a swap, stay casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The militia freed 300 child soldiers last month.", "300"),
        ("UNICEF said 1,200 child soldiers had been released by armed groups.", "1,200"),
        ("The deal led to the demobilisation of 500 child soldiers.", "500"),
        ("The rebels handed over 80 child soldiers to aid workers.", "80"),
    ],
)
def test_released_child_soldiers_are_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rebels abducted 89 boys for use as child soldiers.", "89"),
        ("Moscow released 90 soldiers in a prisoner swap.", "90"),
    ],
)
def test_abducted_and_swapped_stay_casualties(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == CAS


# 8. Vigilantes are armed civilians who guard a place: troops in an armed sentence.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The governor deployed 300 vigilantes to guard the highway against insurgents.", "300"),
        (
            "Some 500 vigilantes have joined soldiers in the fight against the jihadists.",
            "Some 500",
        ),
        (
            "Authorities sent more than 200 vigilantes to defend the town from rebel attacks.",
            "more than 200",
        ),
        ("About 150 vigilantes armed with rifles patrol the border villages.", "About 150"),
    ],
)
def test_vigilantes_are_troops(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == TROOPS


def test_vigilantes_killed_are_casualties(nlp) -> None:
    assert _typed(nlp, "Insurgents attacked the town, killing 12 vigilantes.").get("12") == CAS


# 9. "one of which was killed" after a place the clause named ("three gunmen opened fire at the
# station, one of which ...") counts the group before it and takes its harm from its own clause.
@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen opened fire at the police station, one of which was killed by guards.",
        "Police said four attackers stormed the hotel, one of whom was shot dead.",
        "Five militants drove towards the checkpoint, two of which were killed by soldiers.",
        "Six fighters crossed into the village, three of whom were wounded in the clash.",
    ],
)  # fmt: skip
def test_a_relative_part_of_a_group_is_harmed(nlp, text) -> None:
    typed = _typed(nlp, text)
    part = next(n for n in ("one", "two", "three") if n in typed)
    assert typed[part] == CAS


def test_a_relative_part_of_a_crowd_keeps_the_crowd(nlp) -> None:
    assert _typed(nlp, "Troops fired at a crowd, 20 of whom were wounded.").get("20") == CAS


# 10. A total said to pass or cross a figure ("could pass 20", "has crossed 1,000") is more than
# it; a vote tally ("passed 300 to 200") and a count of things passed are not.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("With more soldiers missing, the death toll could pass 20, sources said.", "20"),
        ("The number of dead has crossed 1,000, officials said.", "1,000"),
        ("Medics fear the toll will pass 300 by the weekend.", "300"),
        ("The count of displaced people passed 2 million in May.", "2 million"),
    ],
)
def test_passing_a_figure_is_more_than(nlp, text, number) -> None:
    assert _qualified(nlp, text).get(number) == Qualifier.MORE_THAN


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The bill passed 300 to 200 in parliament.", "300"),
        ("The convoy passed 12 checkpoints on its way to the front.", "12"),
    ],
)
def test_a_tally_or_things_passed_stay_exact(nlp, text, number) -> None:
    assert _qualified(nlp, text).get(number) == Qualifier.EXACT


# 11. A fronted partitive ("Of the 35 hospitals in the city, 16 are closed") counts its whole's
# noun, whatever entity the tagger gave the bare number.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Of the 35 hospitals in the enclave, 16 are out of service because of the bombing.", "16"),
        ("Of the 40 schools in the district, 22 were damaged by shelling.", "22"),
        ("Of the 60 bridges on the river, 31 have been destroyed.", "31"),
        ("Of the 28 clinics in the province, 15 remain closed after the strikes.", "15"),
    ],
)
def test_a_fronted_partitive_counts_its_whole(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == OTHER


# 12. Places hit counted small are no count told in passing: "airstrikes on two villages".
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Airstrikes on three villages near the border killed 12 people.", "three"),
        ("The shelling of two towns continued through the night.", "two"),
        ("Officials said the bombardment of four districts had cut the power.", "four"),
        ("Residents fled after airstrikes hit two markets.", "two"),
    ],
)
def test_places_hit_by_strikes_are_kept(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == OTHER
