"""The quality gate: extraction on the five seeds, scored against ../shared/gold/seeds.jsonl.

Floors only go up (docs/ARCHITECTURE.md, Conventions). The seeds take the pipeline's own read,
clean, id and extract path (``evaluation.gold_run``), exactly what ``make eval`` scores.
"""

from __future__ import annotations

import pytest

from evaluation import gold_run
from evaluation.evaluate import score
from tests.conftest import shared_path

# Floors, as fractions of the required gold items (measured 2025 on the seeds: all 1.0).
FLOOR_NUMERIC_FOUND_AND_TYPED = 1.0
FLOOR_ATTRIBUTION = 0.9
FLOOR_SPEAKER = 0.9


@pytest.fixture(scope="module")
def result(nlp) -> dict:
    seeds = shared_path("seeds")
    gold = shared_path("gold", "seeds.jsonl")
    out = gold_run.run(nlp, gold_run.load_articles(seeds))
    return score(gold, out.claims, out.quotes, out.articles)


def test_every_required_number_is_found_with_value_and_type(result) -> None:
    numeric = result["numeric"]
    assert numeric["found"] == numeric["required"], numeric["misses"]
    for field in ("value", "claim_type", "qualifier"):
        assert numeric["accuracy"][field] >= FLOOR_NUMERIC_FOUND_AND_TYPED, numeric["misses"]


def test_attribution_floor(result) -> None:
    assert result["numeric"]["accuracy"]["attribution"] >= FLOOR_ATTRIBUTION, result["numeric"]


def test_speaker_floor(result) -> None:
    quotes = result["quotes"]
    assert quotes["found"] == quotes["required"], quotes["misses"]
    assert quotes["speaker_accuracy"] >= FLOOR_SPEAKER, quotes["misses"]


def test_no_required_not_quote_is_emitted(result) -> None:
    assert result["quotes"]["not_quote_hits"] == []
