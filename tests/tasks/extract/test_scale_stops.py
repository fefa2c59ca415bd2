"""Capital scale letters: a figure at a sentence's end ("raised $300M."), which spaCy kept as
one token "300M." (the figure was lost and the next sentence ran into it), and "B" for billions
after a currency ("$2B"), where it is no name ("Flat 4B"). Invented sentences."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.test_numeric_classes import _claim, _claims


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("Northwind raised $300M. Investors cheered.", "$300M", 3e8, "USD"),
        ("The startup was valued at €1.5M. Its rival was not.", "€1.5M", 1.5e6, "EUR"),
        ("Each unit cost $45K. The army bought 12.", "$45K", 45_000, "USD"),
        ("Sales rose to £12M, up from £9M. Costs fell.", "£9M", 9e6, "GBP"),
        ("The council spent £640m. Critics said it was too much.", "£640m", 6.4e8, "GBP"),
        # "B" after a currency is billions
        ("The firm lost $2B on Monday.", "$2B", 2e9, "USD"),
        ("The startup was valued at €1.5B. Its rival was not.", "€1.5B", 1.5e9, "EUR"),
        ("It raised US$3B from investors.", "US$3B", 3e9, "USD"),
    ],
)  # fmt: skip
def test_a_scale_letter_is_read(nlp, text, number, value, unit) -> None:
    row = _claim(nlp, text, number)
    assert row[ClaimCol.VALUE] == pytest.approx(value)
    assert row[ClaimCol.UNIT] == unit


@pytest.mark.parametrize("figure", ["$300M", "£640m", "1.5m"])
def test_the_sentence_ends_at_the_figure(nlp, figure) -> None:
    """The next sentence's own figure keeps its own sentence."""
    rows = _claims(nlp, f"Northwind raised {figure}. The ministry said 40 people were hurt.")
    hurt = next(r for r in rows if r[ClaimCol.QUANTITY_TEXT] == "40")
    assert hurt[ClaimCol.SENTENCE] == "The ministry said 40 people were hurt."


def test_an_abbreviation_keeps_its_stops(nlp) -> None:
    doc = nlp("Officials from the U.K. and the U.S. met Mr. M. Smith at 5 p.m. on Monday.")
    words = [t.text for t in doc]
    assert {"U.K.", "U.S.", "Mr.", "M.", "p.m."} <= set(words)


@pytest.mark.parametrize(
    "text", ["He lives in Flat 4B on Elm Street.", "Use a 2B pencil for the test."]
)
def test_a_capital_b_without_a_currency_is_no_number(nlp, text) -> None:
    assert _claims(nlp, text) == []
