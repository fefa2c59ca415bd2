"""Numeric claims on unseen conflict reporting: one invented sentence per class of error fixed
(issue 10, review set of 2014 Ukraine/Crimea articles, types9). Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol, ClaimType, Qualifier


def _claims(nlp, text: str) -> list[dict]:
    article = CleanArticle("mem://a", "0" * 64, text, outlet="Daily Bugle")
    return extract_batch(nlp, [("a", article)]).claims


def _only(nlp, text: str) -> dict:
    claims = _claims(nlp, text)
    assert len(claims) == 1, [c[ClaimCol.QUANTITY_TEXT] for c in claims]
    return claims[0]


# A lone "one" before a noun: a casualty or a weapon at any size, else no figure at all.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("One border guard was killed in the attack on Tuesday.", "One"),
        ("The blast killed one firefighter near the depot.", "one"),
        ("One volunteer paramedic was shot dead in the square, police said.", "One"),
    ],
)
def test_one_killed_is_a_casualty(nlp, text, number) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.VALUE] == 1
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "One resident who had fled said the town was empty.",
        "\u201cWe usually come in the evening,\u201d said one woman with a pram.",
    ],
)
def test_one_person_told_in_passing_is_no_claim(nlp, text) -> None:
    assert _claims(nlp, text) == []


# "several dozen", "a few dozen" are vague; "a couple of dozen" is about 24.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Several dozen volunteers joined the clean-up.", "Several dozen"),
        ("A few dozen soldiers guarded the bridge.", "A few dozen"),
    ],
)
def test_several_dozen_is_vague(nlp, text, number) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.VALUE] is None
    assert claim[ClaimCol.QUALIFIER] == Qualifier.VAGUE


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A couple of dozen delegates attended the summit.", 24),
        ("A couple of hundred residents gathered outside.", 200),
    ],
)
def test_a_couple_of_dozen_is_about_twice_the_scale(nlp, text, value) -> None:
    claim = _only(nlp, text)
    assert claim[ClaimCol.VALUE] == value
    assert claim[ClaimCol.QUALIFIER] == Qualifier.APPROXIMATE


# "anywhere from X to around Y", "ranged from X to Y": one range, not a change nor two figures.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The scanners cost anywhere from $15,000 to around $90,000 each.", 15000, 90000),
        ("Estimates of the crowd ranged from 40 to 60 people.", 40, 60),
    ],
)
def test_a_spread_from_low_to_high_is_one_range(nlp, text, low, high) -> None:
    claim = _only(nlp, text)
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.VALUE_HIGH]) == (low, high)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE


def test_a_change_from_low_to_high_stays_two_figures(nlp) -> None:
    claims = _claims(nlp, "Prices rose from $10 to $15 over the year.")
    assert [c[ClaimCol.VALUE] for c in claims] == [10, 15]


# Phone numbers with a bracketed area code, and days of a month before its year.
@pytest.mark.parametrize(
    "text",
    [
        "Call the hotline on 8 (800) 555-1234 for help.",
        "Call our office on +44 (20) 7946-0958 during the week.",
        "The survey ran on March, 3-9 2015 in all regions.",
    ],
)
def test_phone_numbers_and_day_ranges_are_no_claims(nlp, text) -> None:
    assert _claims(nlp, text) == []


def test_a_count_after_a_month_is_still_a_count(nlp) -> None:
    assert _only(nlp, "In March, 300 people fled the town.")[ClaimCol.VALUE] == 300


# Troops: WordNet's military nouns in a military sentence, and members of an armed force.
@pytest.mark.parametrize(
    "text",
    [
        "About 400 artillerymen were stationed near the border during the war.",
        "Some 3,000 cavalrymen took part in the offensive.",
        "Some 40 special forces members seized the building overnight.",
    ],
)
def test_military_nouns_count_troops(nlp, text) -> None:
    assert _only(nlp, text)[ClaimCol.CLAIM_TYPE] == ClaimType.TROOP_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "The league's 20 captains voted on the rule change.",
        "About 500 war veterans marched through the capital.",
        "About 300 party members attended the congress.",
    ],
)
def test_ranks_veterans_and_members_elsewhere_are_people(nlp, text) -> None:
    assert _only(nlp, text)[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT
