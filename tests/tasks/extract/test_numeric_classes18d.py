"""Numeric claims, issue 10, dev13 review (round 18d): one class of error per test, each on
invented sentences that differ in wording and structure, with guards where the rule must not
fire. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in


def _typed(nlp, text: str) -> dict[str, ClaimType]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in claims_in(nlp, text)}


# 1. A vote tally ("voted 272-219", "by 229 to 206", "rejected the bid 412-96") is two counts,
# the two sides of the vote, not a range or a ratio; each counts the voters when the voting verb's
# subject is a person noun. A tally of "votes" stays other; a match score stays out.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Deputies voted 301-188 to scrap the tax.", "301", "188"),
        ("In the end the senators voted by 58 to 41 to confirm her.", "58", "41"),
        ("Shareholders rejected the merger 640-212 at a stormy meeting.", "640", "212"),
        ("The amendment was approved by councillors 33-19 late on Monday.", "33", "19"),
        ("After a long debate the peers voted 190 to 160 against the plan.", "190", "160"),
        ("On Wednesday, MEPs voted 380-212 to back the treaty.", "380", "212"),
        ("Late last night MSPs voted 64-52 against the plan.", "64", "52"),
        ("Senators backed the nominee in a 58-41 vote.", "58", "41"),
    ],
)  # fmt: skip
def test_a_vote_tally_counts_the_voters(nlp, text, low, high) -> None:
    typed = _typed(nlp, text)
    assert typed.get(low) == ClaimType.PEOPLE_COUNT
    assert typed.get(high) == ClaimType.PEOPLE_COUNT


def test_a_tally_of_votes_stays_other(nlp) -> None:
    typed = _typed(nlp, "The bill was defeated by 287 votes to 240 on Thursday.")
    assert typed.get("287") == ClaimType.OTHER
    assert typed.get("240") == ClaimType.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won 3-1 at home on Saturday.",
        "Madrid beat them 2-0 in the final.",
        "The visitors defeated Leeds 4-2 after extra time.",
        "City drew 1-1 with the leaders.",
    ],
)
def test_a_match_score_is_no_tally(nlp, text) -> None:
    assert claims_in(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Members will vote on the 20-30 proposals next week.",
        "The council approved 20-30 new homes for the site.",
    ],
)
def test_a_range_near_a_vote_stays_a_range(nlp, text) -> None:
    """A range that counts the noun after it is no tally, whatever verb comes before."""
    assert "20-30" in _typed(nlp, text)


def test_years_before_a_vote_are_no_tally(nlp) -> None:
    assert not {"2004", "2005"} & set(_typed(nlp, "The 2004-2005 vote was contested."))


# 2. A legislature's majority counts legislators: a bare count a government's or party's majority
# is cut to or stands at ("majority was reduced to 14") is people; a majority in one seat is votes
# and a share is a percentage. Legislators' abbreviated titles ("MEPs", "MSPs", "MLAs") are people.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("MPs backed the bill, but the government's majority fell to 21.", "21"),
        ("The coalition's majority in parliament was cut to just 18.", "18"),
        ("Rebel MPs slashed the government's majority to 31 at second reading.", "31"),
        ("The senate vote left the governing party's majority at 12.", "12"),
    ],
)
def test_a_legislative_majority_counts_legislators(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("She held the seat with a majority of 5,000.", "5,000", "other"),
        ("A majority of 60% backed the plan, the survey found.", "60%", "percentage"),
    ],
)
def test_a_seat_or_a_share_majority_is_no_legislator_count(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The election gave the Greens an extra 10 MEPs.", "10"),
        ("The SNP returned 64 MSPs to Holyrood.", "64"),
        ("Unionists will send 12 MLAs to the new assembly.", "12"),
        ("The party now has 41 MPs after the by-election.", "41"),
        ("The vote left the Liberals with an extra 14 MEPs.", "14"),
    ],
)
def test_legislators_titles_are_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


# 3. A sum told by its digits ("a seven-figure sum", "a six-figure salary") is money, vague, with
# no value; its currency is the article's when the article names one only.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The studio snapped up the novel for a seven-figure sum.", "a seven-figure sum"),
        ("She left the bank for a six-figure salary at a start-up.", "a six-figure salary"),
        ("The striker signed an eight-figure deal with the club.", "an eight-figure deal"),
        ("Each director can expect a 6-figure bonus this year.", "a 6-figure bonus"),
    ],
)
def test_a_sum_told_by_its_digits_is_money(nlp, text, number) -> None:
    claim = next(c for c in claims_in(nlp, text) if c[ClaimCol.QUANTITY_TEXT] == number)
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.MONEY
    assert claim[ClaimCol.VALUE] is None
    assert claim[ClaimCol.QUALIFIER] == "vague"


def test_a_figure_sum_takes_the_articles_one_currency(nlp) -> None:
    text = "The firm made £3m last year. Its chief now earns a seven-figure salary."
    claim = next(c for c in claims_in(nlp, text) if "figure" in c[ClaimCol.QUANTITY_TEXT])
    assert claim[ClaimCol.UNIT] == "GBP"


@pytest.mark.parametrize(
    "text",
    [
        "The striker reached double figures for the season.",
        "She won a three-figure prize in the raffle.",
        "The figures show a seven-day rise.",
    ],
)
def test_no_figure_sum_without_its_digits(nlp, text) -> None:
    assert not [c for c in claims_in(nlp, text) if "figure" in c[ClaimCol.QUANTITY_TEXT]]


# 5. A count of families or households hyphened onto a place ("a 50-family community") sizes a
# population: people, with the value as written.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Cuyo is a 60-family community with no electricity.", "60"),
        ("The dam flooded a 200-household village in the valley.", "200"),
        ("Officials moved the 120-family settlement to higher ground.", "120"),
        ("Rain cut off the 35-household hamlet for a week.", "35"),
    ],
)
def test_a_household_compound_counts_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 12-member eurozone met on Monday.", "12"),  # states; a panel is people (20)
        ("Builders plan a 300-home estate on the edge of town.", "300"),
    ],
)
def test_other_hyphened_counts_are_no_households(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) != ClaimType.PEOPLE_COUNT


# 4. A count whose own noun is a civilian person noun (citizens, nationals, residents, tourists,
# workers) is people, never troops, whatever armed words share its sentence; harm still makes
# them casualties, and soldiers stay troops.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Paratroops are ready to help evacuate several hundred Dutch citizens from the port.",
         "several hundred"),
        ("Soldiers were sent to protect 300 foreign nationals trapped in the capital.", "300"),
        ("The air force flew 2,000 tourists out of the war zone on Friday.", "2,000"),
        ("Marines guarded the 450 workers at the oil field as rebels advanced.", "450"),
        ("Peacekeepers escorted some 600 residents to the border.", "some 600"),
    ],
)  # fmt: skip
def test_civilians_near_troops_are_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Shelling killed 40 civilians near the front, the army said.", "40", "casualty_count"),
        ("The army has 5,000 soldiers in the region.", "5,000", "troop_count"),
        ("Rebels kidnapped 25 foreign workers at the mine.", "25", "casualty_count"),
    ],
)
def test_harmed_civilians_and_soldiers_keep_their_type(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)


def test_civilians_enlisted_are_troops(nlp) -> None:
    """The guard the civilian rule yields to: civilians taken into an armed force serve."""
    text = "Last year the ministry drafted 6,000 residents into the army."
    assert _typed(nlp, text).get("6,000") == ClaimType.TROOP_COUNT
