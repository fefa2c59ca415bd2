"""Numeric classes from the dev9 and dev10 splits (issue 10), each on invented sentences with
guards where the rule must not fire:

- an area ("square kilometres", "sq miles") is a measure like a hectare or an acre: its type is
  the unit's, never a guess the learned model could turn into persons;
- weapons fired or hit count at any size: a vague "several missiles" or "a few rockets", and a
  bare "one" standing for the counted noun of the clause before ("fired four missiles and one
  hit the ship"), but not "no one", "one day" or "one of the guards";
- a currency-less count in a list takes no money across a count of something else ("£3bn in
  lost savings, 90,000 evicted, one million in arrears" counts people; "£100m, France 50m and
  Germany 75m" are all amounts);
- a share after "and" ("and half the amount it delivered") is a share, unlike the "and a half"
  of "a year and a half";
- bare numbers stepping up evenly to one that carries the unit are one range ("five, six,
  seven per cent" is 5 to 7);
- "lost 20 to 30 tanks" is a range after a verb that takes the count as its object, while "rose
  from 20 to 30" stays a change.

Every sentence here is invented."""

from __future__ import annotations

import pytest

from tasks.extract.claim_types import classify
from tasks.extract.counted import counted_noun
from tasks.extract.quantities import find_quantities
from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in, type_on

PEOPLE, OTHER, MONEY = ClaimType.PEOPLE_COUNT, ClaimType.OTHER, ClaimType.MONEY
EQUIPMENT, PERCENTAGE = ClaimType.EQUIPMENT_COUNT, ClaimType.PERCENTAGE


def _texts(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Russian forces now occupy roughly 90,000 square kilometres of the country, the "
         "institute said, after months of shelling.", "90,000"),
        ("The occupied zone covers about 35,000 sq miles, and the army is still fighting there.",
         "35,000"),
        ("Troops cleared 1,200 square metres of the ruined plant after the assault.", "1,200"),
        ("The army has retaken some 600 sq km since the offensive began.", "600"),
        ("Shelling burned 4,000 hectares of wheat near the front.", "4,000"),
        ("Militants seized 250 acres of farmland from the villagers.", "250"),
    ],
)  # fmt: skip
def test_an_area_is_a_measure_never_a_guess(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == OTHER
    doc = nlp(text)
    q = next(q for q in find_quantities(doc) if number in doc[q.start : q.end].text)
    assert not classify(doc, q, counted_noun(doc, q)).default  # the model may not retype it


def test_a_count_of_soldiers_beside_an_area_stays_troops(nlp) -> None:
    text = "The brigade has 3,000 soldiers spread over 200 square kilometres of the front."
    assert type_on(nlp, text, "3,000") == ClaimType.TROOP_COUNT
    assert type_on(nlp, text, "200") == OTHER


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Air defences shot down several drones over the capital overnight.", "several"),
        ("The navy said it intercepted a few rockets fired at the port.", "a few"),
        ("Several Iranian-made missiles struck the airfield, the army said.", "Several"),
        ("Militants fired several mortar shells at the base on Sunday.", "several"),
    ],
)  # fmt: skip
def test_a_vague_count_of_weapons_is_a_claim(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.CLAIM_TYPE] == EQUIPMENT
    assert claim[ClaimCol.QUALIFIER] == Qualifier.VAGUE and claim[ClaimCol.VALUE] is None


@pytest.mark.parametrize(
    "text",
    [
        "Several people were hurt in the attack.",
        "Several ships docked in the port.",  # ships carry grain as well as guns
        "Many tanks were lost in the battle.",  # "many" says how common, not how many
        "Russia deployed several missile systems near the border.",  # systems, not missiles
        "A few weapons experts visited the site.",
        "Few missiles reached the city.",  # hardly any: no count
    ],
)
def test_other_vague_words_count_nothing(nlp, text) -> None:
    assert _texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The navy fired four missiles at the ship and one hit its stern.",
        "Russia said it intercepted three Ukrainian drones, but one fell on a block of flats.",
        "Kyiv said it had shot down 12 drones overnight, although one crashed into a house.",
        "The militia launched five rockets at the town; one landed near a hospital.",
    ],
)
def test_one_standing_for_the_weapons_just_counted_is_a_claim(nlp, text) -> None:
    claim = claim_on(nlp, text, "one")
    assert claim[ClaimCol.VALUE] == 1 and claim[ClaimCol.CLAIM_TYPE] == EQUIPMENT


@pytest.mark.parametrize(
    "text",
    [
        "No one was hurt when three rockets hit the town.",
        "One day, three missiles hit the base.",
        "Three missiles hit the base, and one of the guards said it was chaos.",
        "He has three sons, but one lives abroad.",  # a small count told in passing
        "The ministry listed five demands, and one was rejected outright.",
    ],
)
def test_other_ones_are_no_claim(nlp, text) -> None:
    assert not [t for t in _texts(nlp, text) if t.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The minister listed £2bn in unpaid bills, 80,000 evicted, 1.5 million in fuel poverty "
         "and two million jobless.", "1.5 million"),
        ("The crash brought $6bn in bad loans, 120,000 foreclosed and 800,000 in arrears.",
         "800,000"),
        ("She blamed them for €40m in fines, 9,000 sacked and half a million on waiting lists.",
         "half a million"),
        ("That decade left £9bn in debts, 60,000 bankrupted and 300,000 in temporary housing.",
         "300,000"),
    ],
)  # fmt: skip
def test_a_count_far_from_the_money_in_its_list_is_no_money(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The company lost $3m in sales and 2 million in revenue last year.", "2 million"),
        ("The fund raised £3bn in bonds and one million in cash.", "one million"),
        # across amounts: each takes the currency of the one before
        ("The UK pledged £100m, France 50m and Germany 75m.", "75m"),
        ("The US gave $3bn, Britain 2bn, France 1bn and Italy 500m.", "500m"),
    ],
)
def test_a_count_right_after_an_amount_is_money(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == MONEY


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("The pipeline carried 20% of its capacity and half the volume it delivered in May.",
         "half", 50.0),
        ("Germany imported 40% of its gas from Russia and a third of its oil.", "a third",
         100 / 3),
        ("Exports reached 2m tonnes and half the amount shipped a year earlier.", "half", 50.0),
        ("The army lost a quarter of its tanks and half of its artillery.", "half", 50.0),
    ],
)  # fmt: skip
def test_a_share_after_and_is_a_share(nlp, text, number, value) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.CLAIM_TYPE] == PERCENTAGE
    assert claim[ClaimCol.VALUE] == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted a year and a half.",
        "The fighting went on for two and a half years.",
        "He waited an hour and a half for the bus.",
    ],
)
def test_and_a_half_is_no_share(nlp, text) -> None:
    assert not [c for c in claims_in(nlp, text) if c[ClaimCol.CLAIM_TYPE] == PERCENTAGE]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Prices rose by 3, 4, 5% over the year.", 3.0, 5.0),
        ("Turnout was 60, 65 or 70 percent in the regions.", 60.0, 70.0),
        ("Output fell four, five, six per cent in the spring.", 4.0, 6.0),
        ("He said the show reaches 20, 30, 40,000 viewers a night.", 20_000.0, 40_000.0),
        ("The offensive cost the army 20, 30, 40 tanks a week, he said.", 20.0, 40.0),
        ("Five, six or seven soldiers were killed every day.", 5.0, 7.0),
        # a range after a verb that takes the count as its object
        ("The army lost 20 to 30 tanks in the battle.", 20.0, 30.0),
        ("The firm cut 2,000 to 3,000 jobs last year.", 2_000.0, 3_000.0),
        ("The rebels gained 15 to 20 villages in a week.", 15.0, 20.0),
        ("The brigade shed 300 to 400 soldiers to desertion.", 300.0, 400.0),
    ],
)
def test_one_range_low_end_first(nlp, text, low, high) -> None:
    (claim,) = claims_in(nlp, text)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.VALUE_HIGH]) == (low, high)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sales rose in 2019, 2020, 2021 by 5%.", "5%"),  # years carry no unit
        ("Rates of 3, 7, 12% were recorded in the towns.", "12%"),  # no even steps
        ("He scored 3, 7, 12 goals in three seasons.", "12"),
        ("The votes were 10, 20, 30 in the three rounds.", "30"),  # no unit, no counted noun
    ],
)
def test_other_lists_are_no_range(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.EXACT


@pytest.mark.parametrize(
    "text",
    [
        "The number of tanks rose from 20 to 30 in a year.",
        "Shares lost 3p to 120p.",
        "The index fell 20 to 3,000 points.",
    ],
)
def test_a_change_stays_two_numbers(nlp, text) -> None:
    assert len(claims_in(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia said it intercepted three Ukrainian drones, but one fell on a block of flats.",
         "Russia"),
        ("The army said it shot down 12 drones overnight, although one crashed into a house.",
         "army"),
        ("Officials said four rockets were fired at the town and one hit a school.", "Officials"),
        # guard: a source of its own stays
        ("The navy said it fired four missiles at the ship, and one hit its stern, a witness "
         "told reporters.", "witness"),
    ],
)  # fmt: skip
def test_one_standing_for_a_count_is_on_its_word(nlp, text, source) -> None:
    assert source in (claim_on(nlp, text, "one")[ClaimCol.ATTRIBUTED_TO] or "")
