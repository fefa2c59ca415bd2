"""Extraction over gold articles straight from their files: read, clean, nlp, extract, no data root.

``make eval`` uses this so a newcomer can score extraction right after ``make install``, and the
gold tests use it so they score exactly what ``make eval`` prints. Each step is the pipeline's
own: the same read-and-clean batch (an article the pipeline would quarantine is not scored), the
same ``article_id``, the same extractor and row builder. Timing is kept apart for the model
(``nlp.pipe``) and for claimflow's own rules (everything after it).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from spacy.language import Language

from evaluation.corpora import bbc_folder, bbc_names
from tasks.documents import MAX_DOC_BYTES, CleanArticle
from tasks.extract.batch import Extraction, extract_doc
from tasks.ingest.batch import ingest_batch
from tasks.ingest.discover import discover
from tasks.schema import Dataset
from tasks.store.identify import article_id
from tasks.store.records import RunInfo, article_rows, rows_frame

GOLD_RUN = RunInfo(run_id="gold")  # rows carry run columns, as published rows do


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
    return ingest_batch(sorted(refs, key=lambda r: r.uri), max_bytes=MAX_DOC_BYTES).articles


def gold_articles(
    folders: list[str], names: set[str], bbc: str | Path | None = None
) -> list[CleanArticle]:
    """The articles called ``names`` in ``folders``, and its ``bbc_*`` ones from the ``bbc``
    Parquet file (written to a temporary folder: they take the pipeline's own read path)."""
    found = list(folders)
    if bbc and bbc_names(names):
        found.append(str(bbc_folder(bbc, bbc_names(names))))
    return [a for folder in found for a in load_articles(folder, names)]


def run(nlp: Language, articles: list[CleanArticle]) -> GoldRun:
    """Extract claims and quotes from ``articles``, timing the model and the rules apart."""
    pairs = [(article_id(a.text), a) for a in articles]
    out = Extraction()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(a.text_with_title for _, a in pairs))
    t1 = time.perf_counter()
    for doc, (aid, a) in zip(docs, pairs, strict=True):
        extract_doc(doc, aid, out, outlet=a.outlet, body_start=a.body_start)
    t2 = time.perf_counter()
    return GoldRun(
        claims=rows_frame(out.claims, GOLD_RUN, Dataset.CLAIMS),
        quotes=rows_frame(out.quotes, GOLD_RUN, Dataset.QUOTES),
        articles=article_rows(pairs, GOLD_RUN),
        n_articles=len(pairs),
        nlp_seconds=t1 - t0,
        rules_seconds=t2 - t1,
    )
