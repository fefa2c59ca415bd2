"""The quality gate: extraction on the five seeds, scored against ../shared/gold/seeds.jsonl.

Floors only go up (STYLE.md). The seeds are cleaned with ``tasks.ingest.clean.clean`` when it is
importable, else with a minimal local cleaner, so this gate does not depend on cleaning's progress.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import polars as pl
import pytest

from evaluation.evaluate import score
from tasks.documents import CleanArticle, RawDocument
from tasks.extract.batch import extract_batch
from tasks.schema import ARTICLES, CLAIMS, QUOTES, RUN_COLUMNS
from tests.conftest import shared_path

# Floors, as fractions of the required gold items (measured 2025 on the seeds: all 1.0).
FLOOR_NUMERIC_FOUND_AND_TYPED = 1.0
FLOOR_ATTRIBUTION = 0.9
FLOOR_SPEAKER = 0.9

_project_clean: Callable[[RawDocument], CleanArticle] | None
try:
    from tasks.ingest.clean import clean as _project_clean
except ImportError:  # cleaning is written in parallel: fall back until it lands
    _project_clean = None

_CLUTTER = re.compile(r"^(https?://\S+|Comments|Post a Comment|.*Share on \w+.*)$")


def _fallback_clean(uri: str, raw: str) -> CleanArticle:
    lines = [s.strip() for s in raw.splitlines()]
    lines = [s for s in lines if s and not _CLUTTER.match(s)]
    title = lines.pop(0) if lines and not lines[0].endswith((".", "!", "?", "”", '"')) else None
    return CleanArticle(uri, hashlib.sha256(raw.encode()).hexdigest(), "\n\n".join(lines), title)


def _clean(uri: str, raw: str) -> CleanArticle:
    if _project_clean is None:
        return _fallback_clean(uri, raw)
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return _project_clean(RawDocument(source_uri=uri, text=raw, raw_sha256=digest, fmt="txt"))


@pytest.fixture(scope="module")
def result(nlp) -> dict:
    seeds = shared_path("seeds")
    gold = shared_path("gold", "seeds.jsonl")
    articles = []
    for path in sorted(seeds.glob("*.txt")):
        article = _clean(str(path), path.read_text(encoding="utf-8"))
        articles.append((hashlib.sha256(article.text.encode()).hexdigest()[:32], article))
    out = extract_batch(nlp, articles)
    table = pl.DataFrame(
        [{"article_id": aid, "source_uri": a.source_uri, "text": a.text} for aid, a in articles],
        schema={name: ARTICLES[name] for name in ("article_id", "source_uri", "text")},
    )
    claims = pl.DataFrame(out.claims, schema=_without_run(CLAIMS))
    quotes = pl.DataFrame(out.quotes, schema=_without_run(QUOTES))
    return score(gold, claims, quotes, table)


def _without_run(schema: pl.Schema) -> dict:
    return {k: v for k, v in schema.items() if k not in RUN_COLUMNS}


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
