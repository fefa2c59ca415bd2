"""Claim types on unseen conflict news (dev6, issue 10): members of armed groups counted as
plain people, things counted in "units of" typed as troops, and the parts of a count typed
apart from it. Every sentence here is invented; each paraphrase differs in wording and
structure from the dev6 one."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
TROOPS = ClaimType.TROOP_COUNT
EQUIPMENT = ClaimType.EQUIPMENT_COUNT
OTHER = ClaimType.OTHER


def _type(nlp, text: str, number: str) -> ClaimType:
    return claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE]


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
    assert _type(nlp, text, number) == TROOPS


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
    assert _type(nlp, text, number) == expected


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
    assert _type(nlp, text, number) == expected
