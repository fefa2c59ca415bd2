"""Claim types on unseen conflict news (dev6, issue 10): paramilitaries and people taken into
an armed force typed as plain people; things counted in "units of" or harmed as things can be
("852 were damaged") typed as troops or casualties; a part in "of which" clause, a figure a
total peaked at, a count "among those killed" or made to flee typed apart from what it counts;
a harm participle the parser hung above the count. Every sentence here is invented; each
paraphrase differs in wording and structure from the dev6 one."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

CASUALTY, PEOPLE = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT
TROOPS, EQUIPMENT, OTHER = ClaimType.TROOP_COUNT, ClaimType.EQUIPMENT_COUNT, ClaimType.OTHER


# Paramilitaries are an armed group's fighters in any sentence, as militiamen and guerrillas
# are: no verb of fighting or deploying is needed to make them troops.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("There are now between 900 and 1,500 foreign paramilitaries in the province.", "900"),
        ("Some 4,000 paramilitaries remain in the northern hills, locals say.", "4,000"),
        ("Witnesses counted about 300 paramilitaries at the checkpoint on Monday.", "300"),
        ("The town was taken over by hundreds of paramilitaries loyal to the governor.",
         "hundreds"),
        ("An estimated 2,000 paramilitaries are believed to operate in the region.", "2,000"),
    ],
)  # fmt: skip
def test_paramilitaries_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# "N units of X" counts X: units of equipment, hardware or armour are equipment, whatever the
# military sentence around them (a bare "units" stays the army's), and units of a civilian
# thing outside a military sentence are not weapons.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The invading army has lost at least 9,400 units of equipment since the war began.",
         "9,400", EQUIPMENT),
        ("Analysts estimate 3,100 units of military equipment lost since the invasion.",
         "3,100", EQUIPMENT),
        ("The army said it had destroyed some 340 units of enemy hardware over the week.",
         "340", EQUIPMENT),
        ("Over 1,200 units of armour and artillery were handed to the army under the package.",
         "1,200", EQUIPMENT),
        ("The ministry sent 500 units of medical equipment to the hospitals.", "500", OTHER),
    ],
)  # fmt: skip
def test_units_of_a_thing_count_the_thing(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# Harm said of a count by a participle right after its phrase, that the parser hung on the verb
# above ("suffered between X and Y personnel wounded"): the count is of casualties; not when the
# participle acts on an object of its own.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The army probably sustained between 20,000 and 30,000 servicemen wounded and 7,000 "
         "killed over the winter.", "20,000", CASUALTY),
        ("Analysts think the invaders suffered between 60,000 and 70,000 personnel wounded and "
         "20,000 killed.", "60,000", CASUALTY),
        ("Over the summer the division took between 900 and 1,200 marines injured and 300 "
         "killed.", "900", CASUALTY),
        ("The rebels likely sustained between 400 and 600 fighters wounded and about 150 killed.",
         "400", CASUALTY),
        ("Government troops killed 12 civilians in the raid.", "12", CASUALTY),
    ],
)  # fmt: skip
def test_a_harm_participle_after_the_count_is_said_of_it(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A partitive relative: the subject of "..., of which M will ..." (or "of whom") is a part of
# the count before it and counts what that count counts, whatever its own verb.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("About 10,000 soldiers will be on the border, of which 4,000 will directly support the "
         "Border Guard and 6,000 will be in reserve.", "4,000", TROOPS),
        ("Some 2,500 marines took part in the exercise, of whom 800 came from allied navies.",
         "800", TROOPS),
        ("The brigade fielded 140 tanks, of which 90 were held back as a reserve.", "90",
         EQUIPMENT),
        ("Around 5,000 peacekeepers remain, of which 1,200 will leave by June, the UN said.",
         "1,200", TROOPS),
        ("The fund received 3,000 applications, of which 400 came from abroad.", "400", OTHER),
    ],
)  # fmt: skip
def test_a_part_in_an_of_which_clause_counts_what_its_whole_counts(
    nlp, text, number, expected
) -> None:
    assert type_on(nlp, text, number) == expected


# People any verb takes "into" an armed force (its ranks included) are troops: "were accepted
# into the ranks of the Armed Forces", "drafted 30,000 men into the army"; not the ranks of the
# police, not into a university.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("More than 70,000 people were accepted into the ranks of the Armed Forces this year.",
         "70,000", TROOPS),
        ("Last year some 12,000 young people were taken into the navy, officials said.",
         "12,000", TROOPS),
        ("Since January the ministry has brought 9,000 citizens into the ranks of the army.",
         "9,000", TROOPS),
        ("Around 4,000 residents were recruited into the armed forces in the spring.", "4,000",
         TROOPS),
        ("Some 500 graduates were accepted into the ranks of the police.", "500", PEOPLE),
        ("About 2,000 students were admitted into the university.", "2,000", PEOPLE),
    ],
)  # fmt: skip
def test_people_taken_into_an_armed_force_are_troops(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A bare count harmed only as things can be -- destroyed, damaged, captured, seized, lost --
# counts the equipment counted just before it (in its sentence, or the sentence before when
# its own has none), not casualties; a verb that needs lives keeps it a casualty count.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The army has lost 640 tanks since May. Of these, 410 were destroyed, 120 were "
         "captured and the rest abandoned.", "120", EQUIPMENT),
        ("Rebels seized 85 armoured vehicles in the raid, while 30 were damaged in the "
         "fighting.", "30", EQUIPMENT),
        ("Analysts counted 1,900 artillery pieces lost; 1,300 were destroyed outright and 600 "
         "were seized.", "600", EQUIPMENT),
        ("The militia has lost 310 drones this year; over 70 were captured intact.", "70",
         EQUIPMENT),
        ("The army has lost 640 tanks since May. Of the crews, 120 were killed.", "120",
         CASUALTY),
        ("The army lost 80 tanks in the battle, and 200 were taken to hospital.", "200",
         CASUALTY),
    ],
)  # fmt: skip
def test_a_bare_count_harmed_as_things_counts_the_equipment_before(
    nlp, text, number, expected
) -> None:
    assert type_on(nlp, text, number) == expected


# "N units" with no "of" of its own counts what "units of X" counted just before it.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Moscow has lost 9,000 units of armour this year. Its troops abandoned 700 units near "
         "the city.", "700", EQUIPMENT),
        ("The allies pledged 400 units of military equipment, and 150 units have already "
         "arrived at the front.", "150", EQUIPMENT),
        ("Kyiv received 2,000 units of hardware in March; another 600 units were delivered to "
         "the army in April.", "600", EQUIPMENT),
        ("Some 1,200 units of artillery were sent to the front. About 300 units were lost in "
         "the first week.", "300", EQUIPMENT),
    ],
)  # fmt: skip
def test_units_count_what_units_of_x_counted_before(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# A figure a total reached ("from a peak of N", "a high of", "a low of") and the value it
# changed to count what the total counts: "the number of fighters ... shrank from a peak of N".
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The number of foreign fighters in the province has shrunk from a peak of 12,500, "
         "officials said.", "12,500", TROOPS),
        ("The number of troops stationed on the island has grown from a low of 800 over the "
         "past year.", "800", TROOPS),
        ("The number of militants is thought to have fallen from a high of 20,000 to 25,000 to "
         "around 4,000 now.", "20,000", TROOPS),
        ("The number of militants is thought to have fallen from a high of 20,000 to 25,000 to "
         "around 4,000 now.", "4,000", TROOPS),
        ("Analysts say the number of mercenaries in the country has risen from a low of 300 "
         "since the spring.", "300", TROOPS),
        ("The number of tourists has fallen from a peak of 2.4 million, the agency said.",
         "2.4 million", PEOPLE),
    ],
)  # fmt: skip
def test_a_peak_of_a_number_counts_what_the_number_counts(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People a verb makes flee ("prompting hundreds of thousands of others to flee", "forced 2
# million people to flee") are displaced people, also beside a count of troops or the killed.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Putin ordered the call-up of 300,000 reservists, prompting hundreds of thousands of "
         "others to flee the country.", "hundreds of thousands", PEOPLE),
        ("The army called up 50,000 reservists, which drove tens of thousands of others to flee "
         "abroad.", "tens of thousands", PEOPLE),
        ("Shelling killed 40 troops and compelled thousands of others to flee the town.",
         "thousands", PEOPLE),
        ("The offensive killed 3,000 soldiers and forced 2 million people to flee their homes.",
         "2 million", PEOPLE),
    ],
)  # fmt: skip
def test_people_made_to_flee_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "Among those killed, N were ...", "among the wounded": the harm said of the whole the count
# is drawn from makes it a count of casualties; not "among those evacuated".
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("At least 23 people were killed in strikes on two houses. Among those killed, 15 were "
         "women and children in the town, and another 8 died near the village.", "15",
         CASUALTY),
        ("Dozens died in the raid; among those killed were 12 police officers, the governor "
         "said.", "12", CASUALTY),
        ("Among those who were wounded, 40 were children, doctors said.", "40", CASUALTY),
        ("Rescuers say 90 people died. Among those killed in the blast, at least 30 were "
         "students.", "30", CASUALTY),
        ("Among those evacuated, 200 were children.", "200", PEOPLE),
    ],
)  # fmt: skip
def test_a_count_among_those_harmed_is_a_casualty(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
