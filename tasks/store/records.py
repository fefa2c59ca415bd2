"""Assembling dataset rows: articles, quarantine entries and run columns, per the data contract."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import polars as pl

from tasks import schema
from tasks.documents import CleanArticle, FetchState, Rejected
from tasks.schema import ArticleCol, Dataset, QuarantineCol, Stamp


@dataclass(frozen=True)
class RunInfo:
    """What every row a run writes carries: who wrote it, when, and into which partition."""

    run_id: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    pipeline_version: str = schema.PIPELINE_VERSION

    @property
    def ingest_date(self) -> date:
        """The partition value: the run's UTC start date, never text from an article."""
        return self.started_at.astimezone(UTC).date()


def with_run_columns(frame: pl.DataFrame, run: RunInfo, dataset: str) -> pl.DataFrame:
    """Add run_id, pipeline_version and ingest_date, and conform to the dataset's schema."""
    return schema.conform(
        frame.with_columns(
            pl.lit(run.run_id).alias(Stamp.RUN_ID),
            pl.lit(run.pipeline_version).alias(Stamp.PIPELINE_VERSION),
            pl.lit(run.ingest_date).alias(Stamp.INGEST_DATE),
        ),
        dataset,
    )


def rows_frame(rows: Sequence[dict[str, Any]], run: RunInfo, dataset: str) -> pl.DataFrame:
    """Build a dataset frame from extractor dicts (keys are contract column names)."""
    if not rows:
        return schema.empty(dataset)
    dtypes = schema.DATASETS[dataset][0]
    frame = pl.DataFrame(rows, schema={str(k): dtypes[k] for k in rows[0]}, strict=False)
    return with_run_columns(frame, run, dataset)


def article_rows(
    articles: Iterable[tuple[str, CleanArticle]], run: RunInfo, *, extracted_by: str | None = None
) -> pl.DataFrame:
    """One articles row per (article_id, CleanArticle), extracted by ``extracted_by``."""
    col = ArticleCol
    rows: list[dict[str, Any]] = [
        {
            col.ARTICLE_ID: aid,
            col.SOURCE_URI: a.source_uri,
            col.TITLE: a.title,
            col.OUTLET: a.outlet,
            col.DATELINE: a.dateline,
            col.PUBLISHED_AT: a.published_at,
            col.INGESTED_AT: run.started_at,
            col.LANGUAGE: a.language,
            col.TEXT: a.text_with_title,
            col.N_WORDS: len(a.text_with_title.split()),
            col.HEADINGS: list(a.headings),
            col.REFERENCES: list(a.references),
            col.RAW_SHA256: a.raw_sha256,
            col.METADATA_WARNINGS: list(a.metadata_warnings),
            col.EXTRACTED_BY: extracted_by,
        }
        for aid, a in articles
    ]
    return rows_frame(rows, run, Dataset.ARTICLES)


def occurrence_id(
    dataset: str, source_uri: str | None, record_id: str, reasons: Sequence[str]
) -> str:
    """The quarantine key: one bad thing, at one place, for one set of reasons.

    The bytes' hash alone would fold a second empty file, or a bad line repeated in a JSONL
    file, into the first (a fuzz run reported 589 documents quarantined and kept 262 rows).
    """
    key = json.dumps([dataset, source_uri, record_id, list(reasons)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _quarantine_row(
    dataset: str,
    record_id: str,
    source_uri: str | None,
    record: dict[str, Any],
    reasons: Sequence[str],
    run: RunInfo,
) -> dict[str, Any]:
    col = QuarantineCol
    return {
        col.DATASET: dataset,
        col.RECORD_ID: record_id,
        col.SOURCE_URI: source_uri,
        col.RECORD: json.dumps(record, ensure_ascii=False, default=str, sort_keys=True),
        col.REASONS: list(reasons),
        col.QUARANTINED_AT: run.started_at,
        col.OCCURRENCE_ID: occurrence_id(dataset, source_uri, record_id, reasons),
    }


def rejected_rows(rejected: Iterable[Rejected], run: RunInfo) -> pl.DataFrame:
    """Quarantine rows for documents that could not become articles."""
    rows = [
        _quarantine_row(schema.DOCUMENTS, r.record_id, r.source_uri, r.record, r.reasons, run)
        for r in rejected
    ]
    return rows_frame(rows, run, Dataset.QUARANTINE)


def invalid_rows(
    dataset: str,
    bad: pl.DataFrame,
    run: RunInfo,
    source_uris: Mapping[str, str],
) -> pl.DataFrame:
    """Quarantine rows for rows of ``dataset`` that failed validation, with the failed names."""
    if bad.is_empty():
        return schema.empty(Dataset.QUARANTINE)
    key = schema.DATASETS[dataset][1][0]
    # The record is the row as extracted: run columns are in the quarantine row itself, and
    # leaving them out keeps the record identical when a rerun quarantines the same row.
    record_cols = [c for c in bad.columns if c != schema.REASONS and c not in schema.RUN_COLUMNS]
    rows = [
        _quarantine_row(
            dataset,
            row[key] if row[key] is not None else f"row:{i}",
            source_uris.get(row.get(ArticleCol.ARTICLE_ID) or ""),
            {c: row[c] for c in record_cols},
            row[schema.REASONS],
            run,
        )
        for i, row in enumerate(bad.iter_rows(named=True))
    ]
    return rows_frame(rows, run, Dataset.QUARANTINE)


def resolved_occurrences(
    held: pl.DataFrame,
    *,
    read_sources: Collection[str],
    reprocessed_sources: Collection[str],
    again: Collection[str],
) -> list[str]:
    """Occurrences in ``held`` (the quarantine table) that this run settled.

    A document quarantined earlier is settled when its source now reads into an article (new or
    a duplicate); a row quarantined earlier, when its article was extracted again and the row
    did not fail again. ``again`` are the occurrence ids this run quarantines itself.
    """
    if held.is_empty():
        return []
    is_document = pl.col(QuarantineCol.DATASET) == schema.DOCUMENTS
    settled = held.filter(
        pl.col(QuarantineCol.RESOLVED_AT).is_null(),
        pl.col(QuarantineCol.OCCURRENCE_ID).is_not_null(),
        ~pl.col(QuarantineCol.OCCURRENCE_ID).is_in(list(again)),
        (is_document & pl.col(QuarantineCol.SOURCE_URI).is_in(list(read_sources)))
        | (~is_document & pl.col(QuarantineCol.SOURCE_URI).is_in(list(reprocessed_sources))),
    )
    return sorted(settled.get_column(QuarantineCol.OCCURRENCE_ID).to_list())


def fetch_state_rows(states: Iterable[FetchState], run: RunInfo) -> pl.DataFrame:
    """One ``fetch_state`` row per fetched URL (its fields are the table's columns)."""
    rows = [dataclasses.asdict(state) for state in states]
    return rows_frame(rows, run, Dataset.FETCH_STATE)
