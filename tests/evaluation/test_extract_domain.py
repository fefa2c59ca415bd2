"""The quality gate on unseen text: 12 hand-labelled domain articles (tests/gold/domain.jsonl),
read and cleaned from ../shared/corpus/domain exactly as ``make eval`` does.

Floors only go up (docs/ARCHITECTURE.md, Conventions): each is the score measured when it was
set, rounded down a little.
Measured at the last raise: numeric P/R/F1 1.00/1.00/1.00, fully right 0.89; quotes P/R/F1
1.00/1.00/1.00, speaker 0.90; field accuracy value 1.00, qualifier 1.00, claim_type 0.97,
actor 0.85, location 0.70, attribution 0.92, hedged 0.98. Quotes fully right raised to 0.94
after the dev2 quote work (quotes2 branch: measured 0.95), to 0.96 after the dev3 speaker classes
(quotes3 branch: measured 0.97).
"""

from __future__ import annotations

import pytest

from evaluation import gold_run
from evaluation.evaluate import load_gold, score
from tests.conftest import GOLD as GOLD_DIR
from tests.conftest import shared_path

GOLD = GOLD_DIR / "domain.jsonl"

FLOOR_NUMERIC_F1 = 0.95
FLOOR_NUMERIC_FULLY_RIGHT = 0.91
FLOOR_QUOTE_F1 = 0.95
FLOOR_QUOTE_FULLY_RIGHT = 0.96
FLOOR_FIELDS = {
    "value": 0.97,
    "qualifier": 0.97,
    "claim_type": 0.94,
    "actor": 0.82,
    "location": 0.66,
    "attribution": 0.94,
    "hedged": 0.95,
}


@pytest.fixture(scope="module")
def result(nlp) -> dict:
    folder = shared_path("corpus", "domain")
    names = {g["article"] for g in load_gold(GOLD)}
    out = gold_run.run(nlp, gold_run.load_articles(folder, names))
    return score(GOLD, out.claims, out.quotes, out.articles)


def test_every_labelled_article_is_scored(result) -> None:
    assert len(result["articles"]) == 12


def test_numeric_claims(result) -> None:
    numeric = result["numeric"]
    report = numeric["misses"] + numeric["false_positives"]
    assert numeric["f1"] >= FLOOR_NUMERIC_F1, report
    assert numeric["fully_right"] >= FLOOR_NUMERIC_FULLY_RIGHT, report


@pytest.mark.parametrize("field", sorted(FLOOR_FIELDS))
def test_field_accuracy(result, field) -> None:
    numeric = result["numeric"]
    assert numeric["accuracy"][field] >= FLOOR_FIELDS[field], numeric["misses"]


def test_quotes(result) -> None:
    quotes = result["quotes"]
    report = quotes["misses"] + quotes["false_positives"]
    assert quotes["f1"] >= FLOOR_QUOTE_F1, report
    assert quotes["fully_right"] >= FLOOR_QUOTE_FULLY_RIGHT, report


def test_no_required_not_quote_is_emitted(result) -> None:
    assert result["quotes"]["not_quote_hits"] == []
