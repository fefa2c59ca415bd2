"""Numeric claims on unseen off-topic news, fourth round (issue 10): one invented sentence or more
per class.

Every sentence here is made up. The classes come from a review of the extractor's output on 60
unlabelled BBC articles (/work/annot4, tuning material, not a scored split)."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.test_numeric_classes import _claim, _claims


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a number the parse hangs on the capitalised name right before it is part of the name
        ("At only £15, Rocket Duel 2 is a bargain for any collector.", ["£15"]),
        # a number word capitalised inside a sentence in sentence case is a title
        ("Harbour's Eleven tops box office", []),
        # a dashed pair of uneven three-digit numbers is a model code, not a range
        ("The carrier ordered 30 Boeing 747-800 planes.", ["30"]),
        ("The pilots said that the 727-900 had cut their costs.", []),
        # match furniture: a goal list's minutes, the minute of a score, a tournament's stage
        ("Okafor 63 og, Lindqvist 88.", []),
        ("The score at 90 mins was 2-2.", []),
        ("The Dane reached the last four by beating his doubles partner.", []),
    ],
)
def test_names_codes_minutes_and_stages_are_not_claims(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "In Bakhmut 30 were killed.",  # a place before the count: the count stays
        "Between 150-200 people gathered outside the court.",  # a round range stays a range
        "Police said 151-300 people gathered outside the court.",  # a rising range, no name
        "Twelve films competed for the prize.",  # a sentence's first word is no title
    ],
)
def test_counts_beside_names_and_ranges_stay(nlp, text) -> None:
    assert _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("The new console holds 80GB of saved games.", "80GB", 80, "GB"),
        ("The shopping centre covers 2.3 million square feet.", "2.3 million square feet",
         2_300_000, "ft2"),
        ("The line now carries data at 40 Mbps to every home.", "40 Mbps", 40, "Mbps"),
        ("The new trail is 10 cm wider than the old one.", "10 cm", 10, "cm"),
    ],
)  # fmt: skip
def test_a_measure_keeps_its_unit(nlp, text, number, value, unit) -> None:
    row = _claim(nlp, text, number)
    assert (row[ClaimCol.VALUE], row[ClaimCol.UNIT], row[ClaimCol.CLAIM_TYPE]) == (
        value,
        unit,
        "other",
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # what goes "from X to Y" is the verb's object, else its subject
        ("This spring the ferry firm increased the number of deckhands based in Oslo from 300 "
         "to 750.", ["300", "750"]),
        ("The village sees its population rise from 9,000 to 60,000 every August.",
         ["9,000", "60,000"]),
        ("The number of midwives fell from 5,400 to 4,900.", ["5,400", "4,900"]),
        ("The mill cut its workforce to 3,000.", ["3,000"]),
        # a count "down from N last month" is the parallel count, the month says when
        ("There are 8,300 patients on the list, down from 8,900 last month.", ["8,300", "8,900"]),
    ],
)  # fmt: skip
def test_counts_of_people_across_a_change(nlp, text, numbers) -> None:
    for number in numbers:
        row = _claim(nlp, text, number)
        assert (row[ClaimCol.CLAIM_TYPE], row[ClaimCol.UNIT]) == ("people_count", "persons")


def test_the_other_end_of_a_change_stays_a_thing(nlp) -> None:
    row = _claim(nlp, "Sales of the scooter rose from 300,000 to 450,000.", "300,000")
    assert row[ClaimCol.CLAIM_TYPE] == "other"


def test_a_date_before_a_time_phrase_stays_a_date(nlp) -> None:
    text = "On March 14 and 15 last year, the envoys met in Arno."
    assert _numbers(nlp, text) == []


def test_a_count_in_a_with_clause_counts_what_its_parallel_counts(nlp) -> None:
    text = "The poll found 41 banks out of 70 were buying gold, with 23 cutting their holdings."
    row = _claim(nlp, text, "23")
    assert (row[ClaimCol.CLAIM_TYPE], row[ClaimCol.UNIT]) == ("other", None)
