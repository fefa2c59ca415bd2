"""Numeric claims, stop 18 (dev11's classes of error, numbers side): state nouns that stand for
people, vague sums owed or charged to someone, totals drawing near a figure, endnote marks glued
to a full stop, bare figures in a chain of comparisons, a count before a list of modifiers, and
a rate of zero. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claims_in


def _by_text(nlp, text: str) -> dict[str, dict]:
    return {c[ClaimCol.QUANTITY_TEXT]: c for c in claims_in(nlp, text)}


def _only(nlp, text: str) -> dict:
    claims = claims_in(nlp, text)
    assert len(claims) == 1, [c[ClaimCol.QUANTITY_TEXT] for c in claims]
    return claims[0]


# 1. A noun for a state or a turnout measured by a count stands for the people in it.
@pytest.mark.parametrize(
    "text",
    [
        "France still faces unemployment of nearly three million, economists say.",
        "Joblessness of 2.3 million weighed on the government's record.",
        "The union now has a membership of 400,000 across the country.",
        "Attendance at the festival was 45,000, organisers said.",
        "The paper's readership fell by 200,000 compared with last year.",
        "Unemployment stands at 1.8 million, the highest in a decade.",
    ],
)
def test_state_noun_measured_by_a_count_is_people(nlp, text) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


# ... also when an "and" follows the count ("of N and rising Ys"): the parser hangs the count on
# the noun after the "and", which it does not count.
@pytest.mark.parametrize(
    "text",
    [
        "France still faces unemployment of nearly three million and falling exports.",
        "Spain had joblessness of 4 million and rising debts last year.",
        "The league enjoys attendance of 90,000 and growing television audiences.",
        "The town has a population of 30,000 and dwindling numbers of shops.",
    ],
)
def test_count_before_and_measures_the_noun_of_its_of(nlp, text) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("Unemployment rose to 8% in the spring.", ClaimType.PERCENTAGE),  # a rate keeps its unit
        ("The membership fee rose to £40 a year.", ClaimType.MONEY),
    ],
)
def test_state_noun_with_a_unit_keeps_it(nlp, text, claim_type) -> None:
    assert _only(nlp, text)[ClaimCol.CLAIM_TYPE] == claim_type


# 2. A vague count as the second object of a verb of money given or taken is a sum.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The scam could cost unwary shoppers thousands.", "thousands"),
        ("Rogue traders charged elderly customers hundreds for the repairs.", "hundreds"),
        ("The new boiler has saved us hundreds this winter.", "hundreds"),
        ("The collapsed firm still owes its suppliers thousands.", "thousands"),
    ],
)
def test_vague_sum_paid_to_someone_is_money(nlp, text, number) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.MONEY
    assert claim[ClaimCol.QUALIFIER] == Qualifier.VAGUE


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("The closure could cost thousands of jobs in the region.", ClaimType.PEOPLE_COUNT),
        ("Lifeguards saved hundreds during the floods.", ClaimType.PEOPLE_COUNT),
    ],
)
def test_vague_count_of_people_after_a_money_verb_stays_people(nlp, text, claim_type) -> None:
    assert _only(nlp, text)[ClaimCol.CLAIM_TYPE] == claim_type


def test_vague_sum_takes_the_articles_only_currency(nlp) -> None:
    text = (
        "The scam could cost unwary shoppers thousands. "
        "One pensioner lost more than £3,000 to the traders."
    )
    claim = _by_text(nlp, text)["thousands"]
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.MONEY
    assert claim[ClaimCol.UNIT] == "GBP"


def test_vague_sum_takes_no_currency_when_the_article_names_two(nlp) -> None:
    text = (
        "The scam could cost unwary shoppers thousands. "
        "Victims lost £3,000 in Britain and $4,000 in the US."
    )
    assert _by_text(nlp, text)["thousands"][ClaimCol.UNIT] is None


# 3. A total drawing near a figure is not yet at it: approximate; one that reached it is exact.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Total losses are nearing 1 million, officials estimate.", "nearing 1 million"),
        ("The death toll was edging towards 300 on Friday.", "edging towards 300"),
        ("Ticket sales are closing in on 50,000.", "closing in on 50,000"),
        ("With the toll nearing 200, rescuers kept digging.", "nearing 200"),
    ],
)
def test_nearing_a_figure_is_approximate(nlp, text, number) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.QUALIFIER] == Qualifier.APPROXIMATE


@pytest.mark.parametrize(
    "text",
    ["The death toll reached 300 on Friday.", "The death toll hit 300 on Friday."],
)
def test_reaching_a_figure_is_exact(nlp, text) -> None:
    assert _only(nlp, text)[ClaimCol.QUALIFIER] == Qualifier.EXACT


# 4. An endnote's number glued to a full stop is no figure, and leaves the figure before it.
@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Support dropped by roughly four percentage points.14 Talks resumed.", "four", 4),
        ("Her lead widened to 12 percentage points.7 The campaign ended.", "12", 12),
        ("The tax rose by 2.5 percentage points.103 Critics objected.", "2.5", 2.5),
        ("Backing for the deal reached 61%.22 It fell later.", "61%", 61),
    ],
)
def test_endnote_mark_is_no_figure(nlp, text, number, value) -> None:
    claim = _only(nlp, text)
    assert number in claim[ClaimCol.QUANTITY_TEXT]
    assert claim[ClaimCol.VALUE] == value
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.PERCENTAGE


def test_decimal_at_a_sentence_end_is_kept(nlp) -> None:
    claim = _only(nlp, "The inflation rate was 2.5 percent. Then it fell.")
    assert claim[ClaimCol.VALUE] == 2.5


# 5. A bare figure in a chain of comparisons is what the chain's first figure is (not the
# bracketed conversion beside it).
@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        (
            "A season ticket now costs £450 (about $570), up from 400 last year.",
            "400",
            "GBP",
        ),
        (
            "The average rent costs 1,200 euros (roughly $1,300), compared with 1,000 a year ago.",
            "1,000",
            "EUR",
        ),
        (
            "A new recruit is paid 3 million rubles (about $35,000) and is expected to reach "
            "4 million by the summer.",
            "4 million",
            "RUB",
        ),
        (
            "The bonus now stands at 90,000 yen (around $600), down from 120,000 in spring.",
            "120,000",
            "JPY",
        ),
    ],
)
def test_bare_figure_in_a_comparison_is_the_chains_money(nlp, text, bare, unit) -> None:
    claim = _by_text(nlp, text)[bare]
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.MONEY
    assert claim[ClaimCol.UNIT] == unit


def test_count_verb_after_a_count_of_people_stays_people(nlp) -> None:
    text = "The army has 300,000 soldiers and is expected to reach 400,000 by 2030."
    assert _by_text(nlp, text)["400,000"][ClaimCol.CLAIM_TYPE] == ClaimType.TROOP_COUNT


# 6. A count before a list of modifiers whose head noun comes last counts that noun; "of
# which N" counts the same.
@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The enemy launched 150 Geran-type, Gerbera-type and other drones overnight.",
            ["150"],
        ),
        (
            "The navy lost 12 frigate-class, corvette-class and other warships, of which "
            "eight were sunk.",
            ["12", "eight"],
        ),
        ("Rebels fired 40 Grad-type, Uragan-type and other rockets at the town.", ["40"]),
    ],
)
def test_count_before_a_list_of_modifiers_counts_the_last_noun(nlp, text, numbers) -> None:
    claims = _by_text(nlp, text)
    for number in numbers:
        assert claims[number][ClaimCol.CLAIM_TYPE] == ClaimType.EQUIPMENT_COUNT


# 7. "zero" as the value of a rate is a percentage; no rate, no figure.
@pytest.mark.parametrize(
    "text",
    [
        "The agency said growth in the second quarter had been zero.",
        "Inflation fell to zero in March for the first time.",
        "The central bank kept interest rates at zero.",
        "Economists expect growth of zero this year.",
    ],
)
def test_zero_rate_is_a_percentage(nlp, text) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.VALUE] == 0
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.PERCENTAGE


@pytest.mark.parametrize(
    "text",
    [
        "The school has a zero tolerance policy on bullying.",
        "Rescuers worked at ground zero for weeks.",
        "Many staff are on zero-hours contracts.",
    ],
)
def test_zero_that_is_no_rate_is_no_claim(nlp, text) -> None:
    assert claims_in(nlp, text) == []
