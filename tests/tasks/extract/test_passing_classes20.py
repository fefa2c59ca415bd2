"""Figures the gold labels incidental that the rules published with a wrong type ("incidental
published wrong", issue 10). Every sentence here is invented.

- The size of a family ("a father of four", "mother-of-three") is no claim; a parent "of" a
  number with a noun after it still counts the noun ("the mother of two children killed").
- A ratio of times ("nine times out of ten", "four times in five") is no count; a count of
  times over a span ("struck 40 times in two days") still is.
- The bound of an age ("60% of whom are under 35", "children under five") is no count; "over
  40" said of no people ("the toll is over 40") still is.
- Quarters that are periods of a year ("the past three quarters", "three quarters of growth")
  are a duration, not three-quarters of a whole ("three quarters of the city").
- Fractions of a second ("15 milliseconds") are durations, as seconds are.
- An age ("when he was just 14") takes no type from a count before it in its sentence.
- "The other two X" refers back, as "the two X" does: a small count told in passing.
- A small count of people whose names follow one by one ("two soldiers, A and B, were
  sentenced") is told in passing; harm still counts at any size."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on, claims_in, type_on


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A father of four from Leeds was among those detained at the port.", "four"),
        ("The mother-of-three said she had not slept since the shelling began.", "three"),
        ("Police named the victim of the crash as a grandmother of seven.", "seven"),
        ("He is a father of two who moved to the city last year, neighbours said.", "two"),
        # a ratio of times, either number
        ("Nine times out of ten the drones are shot down before they reach the city.", "ten"),
        ("Nine times out of ten the drones are shot down before they reach the city.", "Nine"),
        ("Four times in five, the convoy arrives late, drivers say.", "five"),
        ("In trials the interceptor hit its target eight times out of 10.", "10"),
        # the bound of an age
        ("The town has many young voters, over 60% of whom are under 35.", "35"),
        ("Children under five were vaccinated first, the ministry said.", "five"),
        ("Free flu jabs are offered to adults over 65.", "65"),
        ("Most of them are under 30 and have never voted.", "30"),
        # quarters of a year
        ("The economy has shrunk for the past three quarters, the bank said.", "three"),
        ("Profits fell for two quarters in a row before the sale.", "two"),
        ("Exports recovered after five quarters of contraction.", "five"),
        ("The firm expects the previous two quarters of growth to continue.", "two"),
        # fractions of a second
        ("With the new network, the delay is 15 milliseconds.", "15"),
        ("Each frame takes 40 milliseconds to render on the old console.", "40"),
        ("The response time fell to 200 microseconds after the upgrade.", "200"),
        ("A flash lasting 30 nanoseconds was recorded by the sensor.", "30"),
    ],
)  # fmt: skip
def test_a_number_told_in_passing_is_not_published(nlp, text, number) -> None:
    assert not any(number in found for found in _numbers(nlp, text)), _numbers(nlp, text)


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The mother of two soldiers killed in the ambush spoke to reporters.", "two",
         ClaimType.CASUALTY_COUNT),
        ("The village was struck 40 times in two days, the governor said.", "40",
         ClaimType.OTHER),
        ("The death toll rose to over 40, officials said.", "over 40", ClaimType.CASUALTY_COUNT),
        ("Over 60 people were injured in the blast.", "Over 60", ClaimType.CASUALTY_COUNT),
        ("The rebels now hold three quarters of the city.", "three quarters",
         ClaimType.PERCENTAGE),
        ("Three-quarters of voters backed the plan, the poll found.", "Three-quarters",
         ClaimType.PERCENTAGE),
        ("Three quarters of the growth came from exports.", "Three quarters",
         ClaimType.PERCENTAGE),
    ],
)  # fmt: skip
def test_counts_beside_those_words_stay_counts(nlp, text, number, claim_type) -> None:
    assert type_on(nlp, text, number) == claim_type


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Young, who beat two rivals ranked in the top 50 when he was just 14, lost the final.",
         "14"),
        ("She had won five titles when she was only 19.", "19"),
        ("They adopted two children when she was 45, the court heard.", "45"),
        ("He signed three strikers when he was only 30 and new to the job.", "30"),
    ],
)  # fmt: skip
def test_an_age_takes_no_type_from_a_count_before_it(nlp, text, number) -> None:
    assert number not in _numbers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The other two candidates withdrew from the race on Friday.",
        "Its other three members resigned in protest at the decision.",
        "The other four finalists split the remaining votes.",
        "The other two suspects fled the country before the trial.",
        # the members named one by one
        "Two soldiers, Ivan Petrov and Oleg Sidorov, were each sentenced to ten years.",
        "Three journalists - Maria Lopez, Tom Reed and Ana Silva - were expelled on Monday.",
        "The court fined two activists, Lena Berg and Paul Kern, for blocking the road.",
        "Two Britons, John Harding and Mark Lewis, appeared before the tribunal.",
    ],
)
def test_small_counts_referred_back_or_named_are_told_in_passing(nlp, text) -> None:
    assert claims_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Two soldiers, Ivan Petrov and Oleg Sidorov, were killed in the shelling.", "Two",
         ClaimType.CASUALTY_COUNT),
        ("Two candidates withdrew from the race on Friday.", "Two", ClaimType.PEOPLE_COUNT),
        ("Two men, both from Leeds, were arrested in September.", "Two",
         ClaimType.PEOPLE_COUNT),
        ("Police detained four protesters, including Anna Berg, outside parliament.", "four",
         ClaimType.PEOPLE_COUNT),
        ("The other two soldiers were killed when the truck hit a mine.", "two",
         ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_counts_that_act_or_are_harmed_stay_published(nlp, text, number, claim_type) -> None:
    assert type_on(nlp, text, number) == claim_type


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The death toll is over 40, officials said.", "over 40"),
        ("The number of dead is over 30, rescuers said.", "over 30"),
    ],
)
def test_a_bound_said_of_no_people_stays_a_figure(nlp, text, number) -> None:
    assert any(number in found for found in _numbers(nlp, text)), _numbers(nlp, text)


def test_a_parallel_count_still_takes_the_type_before_it(nlp) -> None:
    """Guard: only an age keeps out of the parallel; a bare count still takes its type."""
    claim = claim_on(nlp, "Spain took 3,000 migrants, Italy 2,400.", "2,400")
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 12-member eurozone bloc grew slowly last year.", "12"),
        ("The 30 member countries of the alliance pledged more aid.", "30"),
        ("The report covers the 38 member nations of the OECD.", "38"),
        ("Ministers from the 27 member states met in Brussels on Monday.", "27"),
    ],
)
def test_members_of_a_body_of_states_are_states(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.OTHER


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The ship's 22-member crew was rescued by a passing tanker.", "22",
         ClaimType.PEOPLE_COUNT),
        ("The club's 86 members voted to disband on Sunday.", "86", ClaimType.PEOPLE_COUNT),
        ("Gunmen abducted 12 party members near the border.", "12", ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_members_who_are_people_stay_people(nlp, text, number, claim_type) -> None:
    assert type_on(nlp, text, number) == claim_type
