"""Numeric claims, issue 10, dev14 review (round 19b): one class of error per test, each on
invented sentences that differ in wording and structure, with guards where the rule must not
fire. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on, claims_in, type_on

CASUALTY, PEOPLE, OTHER = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.OTHER
MONEY, TROOPS = ClaimType.MONEY, ClaimType.TROOP_COUNT


def _typed(nlp, text: str) -> dict[str, ClaimType]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in claims_in(nlp, text)}


# 1. A count of lives taken, lost or saved counts deaths, suffered or averted: a casualty count
# ("would save 65 lives a year", "cost 300 lives", "1,000 lives were lost"). Lives "at risk" or
# "changed" are people. A war or a disaster that "claims" lives doubts nothing: no hedge.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Road safety campaigners said the new cameras would save 120 lives a year.", "120"),
        ("The epidemic has cost 300 lives since March, officials said.", "300"),
        ("Doctors believe 400 lives could be saved every winter.", "400"),
        ("The regiment lost 60 lives in the assault on the ridge.", "60"),
        ("More than 1,000 lives were lost in the storm.", "1,000"),
        ("Better flood warnings could save hundreds of lives.", "hundreds"),
    ],
)
def test_lives_taken_lost_or_saved_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The charity says millions of lives are at risk from the drought.", "millions"),
        ("The programme has changed 5,000 lives in the valley.", "5,000"),
    ],
)
def test_lives_at_risk_or_changed_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    "text",
    [
        "Floods claimed 40 lives in the region last week.",
        "The fever has claimed hundreds of lives this winter.",
        "Shelling claimed the lives of 14 villagers overnight.",
    ],
)
def test_claiming_lives_is_no_hedge(nlp, text) -> None:
    row = claims_in(nlp, text)[0]
    assert row[ClaimCol.CLAIM_TYPE] == CASUALTY
    assert row[ClaimCol.HEDGED] is False


def test_a_claim_about_lives_saved_still_hedges(nlp) -> None:
    row = claim_on(nlp, "Researchers claim the ban would save 65 lives a year.", "65")
    assert row[ClaimCol.HEDGED] is True


# 2. "and a half" between a number word and its scale, spaced or joined by hyphens (which the
# tokenizer splits at every hyphen): "one-and-a-half million" is 1,500,000. Not a duration.
@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("And one-and-a-half million families were paying more tax.", "one-and-a-half", 1.5e6),
        ("Some two-and-a-half million pensioners will benefit, she said.", "two-and", 2.5e6),
        ("The firm spent three-and-a-half billion dollars on the deal.", "three-and", 3.5e9),
        ("About one and a half million people fled the floods.", "one and a half", 1.5e6),
        ("The scheme would cost one and a half billion pounds.", "one and a half", 1.5e9),
    ],
)
def test_and_a_half_joined_by_hyphens(nlp, text, number, value) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.VALUE] == value


@pytest.mark.parametrize(
    "text", ["The flight took one-and-a-half hours.", "He waited a year-and-a-half for it."]
)
def test_and_a_half_of_a_time_is_no_claim(nlp, text) -> None:
    assert claims_in(nlp, text) == []


# 3. A vague scale count ("billions", "tens of billions", "double-digit billions") that a noun
# for a sum of money (cost, bill, losses, claims, damage) comes to ("is in", "runs into",
# "reaches") is money, also through an "it" standing for that noun. Livelihoods lost are jobs
# by another name: people, as jobs are.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The insurer believes the cost would be high but that it is unlikely to be in "
         "double-digit billions.", "billions"),
        ("The final bill could run into billions, analysts said.", "billions"),
        ("Losses are expected to be in the low billions.", "billions"),
        ("Total claims could reach tens of billions, the insurer said.", "tens of billions"),
        ("Damage is likely to be in the hundreds of millions.", "hundreds of millions"),
        ("The cost of the cleanup has run into the millions, the council said.", "millions"),
    ],
)  # fmt: skip
def test_a_sum_of_money_in_billions_is_money(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == MONEY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Billions of people watched the final.", "Billions"),
        ("Millions are expected to vote on Sunday.", "Millions"),
        ("The tournament drew an audience in the millions.", "millions"),
        ("The price war will hit millions of shoppers.", "millions"),
    ],
)
def test_millions_of_people_stay_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hundreds of thousands of livelihoods have gone, the minister said.", "Hundreds"),
        ("Thousands of livelihoods were destroyed by the floods.", "Thousands"),
        ("About 20,000 livelihoods depend on the fishing fleet.", "20,000"),
    ],
)
def test_livelihoods_count_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


# 4. People a noun of harm is done to ("the shooting of four civilians", "the execution of nine
# prisoners": a harm verb made a noun) and people seized ("six men seized at a checkpoint") are
# casualties, at any size. An arrest of someone else in the sentence makes no police matter of
# them; police or suspicion do. "Allegations" hedge what they include.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The inquiry looked into the killing of three farmers last spring.", "three"),
        ("He ordered the execution of nine prisoners.", "nine"),
        ("The abduction of 12 aid workers shocked the town.", "12"),
        ("The stabbing of two teenagers outside a club was condemned.", "two"),
        ("He was detained along with six men seized at a checkpoint near the border.", "six"),
        ("Mr Ali, a hotel clerk, was arrested with eight men seized at a hotel.", "eight"),
    ],
)
def test_people_harmed_or_seized_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


def test_allegations_hedge_the_harm_they_include(nlp) -> None:
    text = "Other allegations included the shooting of four civilians in May."
    row = claim_on(nlp, text, "four")
    assert row[ClaimCol.CLAIM_TYPE] == CASUALTY
    assert row[ClaimCol.HEDGED] is True


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police arrested six men seized at a checkpoint on suspicion of looting.", "six"),
        ("Seven men were seized and arrested at the port.", "Seven"),
    ],
)
def test_people_seized_by_police_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    "text",
    [
        "He watched the shooting of four episodes in Leeds.",
        "She was arrested with three friends at the airport.",
    ],
)
def test_no_harm_done_to_a_small_count(nlp, text) -> None:
    assert CASUALTY not in _typed(nlp, text).values()


# 5. Volunteers, activists or members a civic body has (a charity, a campaign, a "group" with
# no armed modifier) are people, also in war reporting, where the learned type would read
# troops around them; an armed body's volunteers stay troops.
_WAR = (
    "Troops shelled the town again as the war entered its third year. Soldiers and tanks massed "
    "at the front, and the army called up reservists. Missiles struck a depot overnight. "
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The group said it is well organised, with 350 volunteers, and will field candidates.",
         "350"),
        ("The charity has 400 volunteers in the city.", "400"),
        ("A local group with 120 volunteers runs the food bank.", "120"),
        ("The campaign's 2,000 activists knocked on every door.", "2,000"),
    ],
)  # fmt: skip
def test_a_civic_bodys_volunteers_are_people(nlp, text, number) -> None:
    assert type_on(nlp, _WAR + text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebel group said it has 5,000 volunteers ready to fight.", "5,000"),
        ("The army said it has 20,000 volunteers.", "20,000"),
    ],
)
def test_an_armed_bodys_volunteers_stay_troops(nlp, text, number) -> None:
    assert type_on(nlp, _WAR + text, number) == TROOPS


# 6. A bare count killed after a count of non-persons its sentence says were killed counts those
# animals ("killing 91 foxes - only four were killed by hounds"): other, and still a claim,
# since harm counts at any size. Arrests counted are the people arrested, a police figure at any
# size.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hunts met on Saturday, killing a total of 91 foxes - only four were killed by hounds.",
         "four"),
        ("Hunters shot 120 deer in the park; only six were killed outright.", "six"),
        ("The storm killed 3,000 sheep, and 200 were killed by wolves.", "200"),
    ],
)  # fmt: skip
def test_animals_killed_after_animals_are_other(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == OTHER


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The strike destroyed 12 buildings and 30 were killed.", "30"),
        ("Gunmen killed 20 villagers and 15 were wounded.", "15"),
    ],
)
def test_people_killed_after_things_stay_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("There were only four arrests across the county.", "four"),
        ("Police made 12 arrests after the match.", "12"),
        ("Officers made three arrests in the town centre.", "three"),
        ("There were 40 arrests on the first night of the protests.", "40"),
    ],
)
def test_arrests_count_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


def test_a_time_under_arrest_is_no_count(nlp) -> None:
    assert claims_in(nlp, "He was under arrest for two days.") == []
