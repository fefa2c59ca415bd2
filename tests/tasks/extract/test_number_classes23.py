"""Numbers on unseen conflict reports (dev22, issue 10). Every sentence here is invented.

- A negated bound bounds the other way and takes the figure in: "not less than 68", "no fewer
  than 50" are at least that many; "not more than 20", "no more than 20", "not exceeding 500"
  and "did not exceed 40" at most.
- A comparative a copula gives a count bounds it ("the toll was higher than 40": more than 40);
  one after a comma or a noun compares with a baseline and leaves it exact.
- A number in digits before a unit's capitalised name that ends in a formation noun ("223 Light
  Tank Battalion", "114 Task Force Battalion") names the unit, as "the 317 Brigade" does.
- A number in digits between a capitalised name and a singular noun it modifies ("an Israeli
  Hermes 900 drone") is the model's number: a count of more than one takes the plural.
- A count in digits before a weapon's model code read as a number ("3 AK-47 rifles") counts the
  noun after the code.
- "one" before a nationality standing for a person, which the tagger reads as an adjective
  ("killed one American", "two Kenyans and one Somali"), counts that person."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in

AT_LEAST, AT_MOST = Qualifier.AT_LEAST, Qualifier.AT_MOST
MORE, LESS, EXACT = Qualifier.MORE_THAN, Qualifier.LESS_THAN, Qualifier.EXACT


def _texts(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("The governor confirmed the deaths of not less than 68 villagers after the raid.",
         "68", AT_LEAST),
        ("Not fewer than 120 fighters were captured near the river, the army said.", "120",
         AT_LEAST),
        ("Medics said no fewer than 35 people were wounded in the shelling.", "35", AT_LEAST),
        ("The ministry said not more than 200 soldiers remain at the base.", "200", AT_MOST),
        ("Police said no more than 15 protesters were detained on Friday.", "15", AT_MOST),
        ("A force not exceeding 3,000 troops will be deployed to the border.", "3,000",
         AT_MOST),
        ("The toll did not exceed 40, officials insisted on Monday.", "40", AT_MOST),
        ("The number of displaced has never topped 5,000, aid workers said.", "5,000", AT_MOST),
    ],
)  # fmt: skip
def test_a_negated_bound_bounds_the_other_way(nlp, text, number, qualifier) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUALIFIER] == qualifier
    assert claim[ClaimCol.VALUE] == float(number.replace(",", ""))


# Guards: the bounds as written, unnegated, keep their sense; a negation elsewhere in the clause
# bounds nothing.
@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("Less than 68 villagers remained after the raid, the governor said.", "68", LESS),
        ("More than 200 soldiers remain at the base, the ministry said.", "200", MORE),
        ("By nightfall the toll had exceeded 40, officials said.", "40", MORE),
        ("The army did not say how 120 fighters were captured.", "120", EXACT),
        ("Police said it was not clear why 15 protesters were detained.", "15", EXACT),
    ],
)  # fmt: skip
def test_an_unnegated_bound_keeps_its_sense(nlp, text, number, qualifier) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == qualifier


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("A local monitor said the death toll was higher than 40.", "higher than 40", MORE),
        ("Officials said the number of dead is greater than 300.", "greater than 300", MORE),
        ("Medics said the count of wounded was probably larger than 150.", "larger than 150",
         MORE),
        ("The army said the number of deserters was lower than 20.", "lower than 20", LESS),
    ],
)  # fmt: skip
def test_a_comparative_a_copula_gives_a_count_bounds_it(nlp, text, number, qualifier) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.QUALIFIER] == qualifier


# Guards: a comparative after a comma or a noun names a baseline, which stays exact.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Inflation rose to 12%, higher than 10% a year earlier.", "10%"),
        ("The army reported 60 dead, a figure higher than 45 given by the police.", "45"),
    ],
)  # fmt: skip
def test_a_baseline_compared_with_stays_exact(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.QUALIFIER] == EXACT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The commander of 223 Light Tank Battalion said his troops had restored order.", "223"),
        ("Gunmen attacked 114 Task Force Battalion at its base near the village.", "114"),
        ("Soldiers of 41 Special Forces Brigade were sent to the town on Monday.", "41"),
        ("A spokesman for 7 Mechanised Infantry Division said the road was reopened.", "7"),
    ],
)  # fmt: skip
def test_a_number_before_a_units_name_is_no_count(nlp, text, number) -> None:
    assert number not in _texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The militia said it shot down an Israeli Hermes 900 drone over the valley.", "900"),
        ("Russia launched a Shahed 136 drone at the port before dawn.", "136"),
        ("Troops downed an Orlan 10 drone near the border, the army said.", "10"),
        ("Air defences intercepted the Kh 101 missile over the capital.", "101"),
    ],
)  # fmt: skip
def test_a_model_number_before_a_singular_noun_is_no_count(nlp, text, number) -> None:
    assert all(number not in t.split() for t in _texts(nlp, text))


# Guards: a count of a named thing, or of drones, takes the plural.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The United States has given Ukraine 16 Himars systems since June.", "16"),
        ("The militia said it shot down 3 Israeli drones over the valley.", "3"),
        ("The militia said it shot down 4 Hermes drones over the valley.", "4"),
    ],
)  # fmt: skip
def test_a_count_of_a_named_thing_stays_a_count(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.VALUE] == float(number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police seized 3 AK-47 rifles from the gunmen's hideout.", "3"),
        ("The recovered items include a pickup truck, 2 AK-47 rifles and a radio.", "2"),
        ("Rebels shot down 2 Mi-8 helicopters over the town, the army said.", "2"),
        ("Troops recovered 4 RPG-7 launchers in the raid on the camp.", "4"),
    ],
)  # fmt: skip
def test_a_count_before_a_model_code_counts_the_noun_after_it(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE] == ClaimType.EQUIPMENT_COUNT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen killed two Kenyans and one Somali at the border post.", "one"),
        ("The strike killed one American and wounded three others.", "one"),
        ("One Indian was among the dead, the embassy said on Sunday.", "One"),
        ("Militants abducted one Nigerian from the oil platform, the company said.", "one"),
    ],
)  # fmt: skip
def test_one_before_a_nationality_counts_a_person(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


# Guards: a nationality that describes a noun, or a group a count is drawn from, counts nothing.
@pytest.mark.parametrize(
    "text",
    [
        "He said one British firm had won the contract to rebuild the bridge.",
        "Seven members of one Afghan family were killed in the raid.",
    ],
)  # fmt: skip
def test_one_before_a_nationality_that_describes_counts_nothing(nlp, text) -> None:
    assert "one" not in [t.lower() for t in _texts(nlp, text)]
