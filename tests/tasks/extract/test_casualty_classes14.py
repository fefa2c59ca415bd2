"""Claim types on unseen conflict news (dev7, issue 10): people a passive verb of holding keeps
captive ("9,000 fighters held by the militia", "over 1,000 of them held", "were detained",
"taken into custody") are captured, casualties by the labelling guide, whatever noun counts
them (fighters, relatives, rebels); those "held in reserve" or "held up" are not. Vehicles a
military modifier names ("infantry fighting vehicles", "armoured personnel carriers": not
people) and losses named by a weapon ("1,000 tank losses": not lives) are equipment. A part
of a death toll ("..., including 802 fighters") is a casualty count as the toll is, and so
are people a passive verb records "as" harmed ("400 people have been recorded as killed"). Every
sentence here is invented; each paraphrase differs in wording and structure from the dev7 one."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

CASUALTY, PEOPLE, TROOPS = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.TROOP_COUNT
EQUIPMENT, OTHER = ClaimType.EQUIPMENT_COUNT, ClaimType.OTHER


# Held people: the passive verb of holding, as the counted noun's participle ("fighters held
# by"), its clause's verb ("are being detained"), a conjunct's ("N fighters and M relatives
# are held") or the participle on the whole of a partitive ("1,000 of them held by").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials say 9,000 fighters and 60,000 relatives are held in camps in the north.",
         "9,000"),
        ("Officials say 9,000 fighters and 60,000 relatives are held in camps in the north.",
         "60,000"),
        ("Over 1,000 of them held by the militia have been identified as foreigners.", "1,000"),
        ("There were already up to 3,200 rebels held by the army before the offensive.",
         "3,200"),
        ("Some 5,000 insurgents are being detained at a base near the border, the ministry said.",
         "5,000"),
        ("The report says 800 militiamen and their wives held in the desert camp face trial.",
         "800"),
    ],
)  # fmt: skip
def test_people_held_captive_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


# Held in reserve, held up on a road, or doing the holding: no captivity.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("About 2,000 soldiers were held in reserve near the border.", "2,000", TROOPS),
        ("Some 300 troops were kept in reserve, the general said.", "300", TROOPS),
        ("Roughly 4,000 commuters were held up by the checkpoints.", "4,000", PEOPLE),
    ],
)  # fmt: skip
def test_held_in_reserve_or_held_up_is_no_captivity(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A vehicle (or carrier) whose own modifier is military is a weapon in any sentence: a model
# name before "infantry fighting vehicles", "personnel" inside "armoured personnel carriers"
# (a vehicle, not people); a civilian one in a civilian sentence is not.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("About 40 Marder infantry fighting vehicles have also arrived in Ukraine.", "40",
         EQUIPMENT),
        ("The plant will build 25 amphibious assault vehicles a month.", "25", EQUIPMENT),
        ("The army seized 104 armored personnel carriers and 20 tanks.", "104", EQUIPMENT),
        ("Kyiv will receive 60 armoured personnel carriers from its allies next month.", "60",
         EQUIPMENT),
        ("Some 30 troop carriers were seen heading north on Tuesday.", "30", EQUIPMENT),
        ("The city bought 80 electric vehicles for its taxi drivers.", "80", OTHER),
    ],
)  # fmt: skip
def test_vehicles_with_a_military_modifier_are_equipment(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "N <weapon> losses" counts the weapons lost (equipment); "troop losses" are casualties.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The group said it has verified 1,000 distinct tank losses in the war.", "1,000",
         EQUIPMENT),
        ("Analysts counted 300 artillery losses since the spring.", "300", EQUIPMENT),
        ("Ukraine has confirmed 45 helicopter losses since the invasion began.", "45", EQUIPMENT),
        ("Over 2,000 armoured vehicle losses were recorded during the offensive.", "2,000",
         EQUIPMENT),
        ("The army admitted 500 troop losses in the battle.", "500", CASUALTY),
    ],
)  # fmt: skip
def test_losses_named_by_a_weapon_are_equipment(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A part of a harm total, given by "including" after the toll's value, counts casualties as the
# total does, whatever noun counts it (fighters, soldiers, militants); a part of a total of
# living people does not.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Finding the bodies brought the toll of the siege to more than a thousand people, "
         "including 802 fighters.", "802", CASUALTY),
        ("The death toll rose to 450 people, including 120 soldiers.", "120", CASUALTY),
        ("The toll from the attack reached 62 people, including 15 soldiers.", "15", CASUALTY),
        ("Rescuers said the death toll had climbed to 230 people, including 40 militants.", "40",
         CASUALTY),
        ("The clashes pushed the number of dead to 95 people, including 30 troops.", "30",
         CASUALTY),
        ("Casualties climbed to 700 people, including 90 insurgents, the army said.", "90",
         CASUALTY),
        ("The convoy carried 1,000 people, including 25 children.", "25", PEOPLE),
    ],
)  # fmt: skip
def test_a_part_of_a_death_toll_is_a_casualty_count(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People a passive verb of recording, listing or counting says were harmed "as" its complement
# are casualties (the complement parsed as a clause or as an "as" phrase); "registered as
# voters" is no harm.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("More than 400 people have been recorded as killed in the fighting.", "400", CASUALTY),
        ("Some 30 villagers were listed as missing after the raid.", "30", CASUALTY),
        ("About 200 residents have been registered as injured since Monday.", "200", CASUALTY),
        ("The hospital said 12 civilians were confirmed as dead.", "12", CASUALTY),
        ("In the clashes, 80 people were counted as wounded.", "80", CASUALTY),
        ("About 70 people were registered as voters in the village.", "70", PEOPLE),
    ],
)  # fmt: skip
def test_people_recorded_as_harmed_are_casualties(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
