"""Extraction over gold articles straight from their files: read, clean, nlp, extract, no data root.

``make eval`` uses this so a newcomer can score extraction right after ``make install``, and the
gold tests use it so they score exactly what ``make eval`` prints. Timing is kept apart for the
model (``nlp.pipe``) and for claimflow's own rules (everything after it).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from spacy.language import Language

from tasks.documents import CleanArticle
from tasks.extract.batch import Extraction, extract_doc
from tasks.ingest.clean import clean
from tasks.ingest.discover import discover
from tasks.ingest.read import read_batch
from tasks.schema import ARTICLES, CLAIMS, QUOTES, RUN_COLUMNS


@dataclass
class GoldRun:
    """Extracted rows for a set of articles, the articles table, and per-stage seconds."""

    claims: pl.DataFrame
    quotes: pl.DataFrame
    articles: pl.DataFrame
    n_articles: int
    nlp_seconds: float
    rules_seconds: float


def load_articles(folder: str | Path, names: set[str] | None = None) -> list[CleanArticle]:
    """Read and clean the articles of ``folder`` (only ``names`` when given), sorted by name."""
    refs = [r for r in discover(str(folder)) if names is None or Path(r.uri).name in names]
    docs, _rejected = read_batch(sorted(refs, key=lambda r: r.uri))
    return [clean(doc) for doc in docs]


def article_id(article: CleanArticle) -> str:
    """The pipeline's id: a hash of the clean text."""
    return hashlib.sha256(article.text.encode()).hexdigest()[:32]


def run(nlp: Language, articles: list[CleanArticle], *, batch_size: int = 64) -> GoldRun:
    """Extract claims and quotes from ``articles``, timing the model and the rules apart."""
    pairs = [(article_id(a), a) for a in articles]
    out = Extraction()
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.text for _, a in pairs), batch_size=batch_size))
    t1 = time.perf_counter()
    for doc, (aid, _) in zip(docs, pairs, strict=True):
        extract_doc(doc, aid, out)
    t2 = time.perf_counter()
    table = pl.DataFrame(
        [{"article_id": aid, "source_uri": a.source_uri, "text": a.text} for aid, a in pairs],
        schema={name: ARTICLES[name] for name in ("article_id", "source_uri", "text")},
    )
    return GoldRun(
        claims=pl.DataFrame(out.claims, schema=_without_run(CLAIMS)),
        quotes=pl.DataFrame(out.quotes, schema=_without_run(QUOTES)),
        articles=table,
        n_articles=len(pairs),
        nlp_seconds=t1 - t0,
        rules_seconds=t2 - t1,
    )


def _without_run(schema: pl.Schema) -> dict:
    return {k: v for k, v in schema.items() if k not in RUN_COLUMNS}
