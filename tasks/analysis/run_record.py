"""The run record: what one run did, filled stage by stage through named methods.

Counts are typed fields, so a misspelt counter fails at import instead of printing 0. The record
becomes one `runs` row (``runs_row``) and what the flow returns (``as_dict``); ``report.py``
renders it for people.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from enum import StrEnum
from importlib import metadata
from typing import Any

import polars as pl

from tasks import schema
from tasks.documents import Rejected
from tasks.ingest.batch import Ingested
from tasks.schema import Dataset, QuarantineCol, RunCol, Stamp
from tasks.store.records import RunInfo, rows_frame

_LIBRARIES = ("prefect", "polars", "pyarrow", "deltalake", "spacy", "great-expectations")
# The tables a run validates and publishes, in the order they are reported.
TABLES: tuple[Dataset, ...] = (Dataset.ARTICLES, Dataset.CLAIMS, Dataset.QUOTES, Dataset.ENTITIES)
QUARANTINE_SAMPLE = 20  # failing rows of one suite listed by name in the summary
FAILING_IDS_LISTED = 50  # row ids listed per failed expectation in the summary


class Status(StrEnum):
    """Where a run stands; the `runs` table's ``status``."""

    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"  # stopped by its own checks (the quality gate) or by an error
    CRASHED = "crashed"  # stopped from outside: SIGTERM, Ctrl-C


def library_versions(model: str) -> dict[str, str]:
    """Versions of the code, the model and the libraries that shape the output."""

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    out = {"claimflow": schema.PIPELINE_VERSION, "extractor": schema.EXTRACTOR_VERSION}
    out["model"] = f"{model}=={version(model.replace('_', '-'))}"
    out.update({lib: version(lib) for lib in _LIBRARIES})
    return out


@dataclass
class TableCounts:
    """One table's rows: extracted (claims, quotes, entities), quarantined, published."""

    extracted: int = 0
    quarantined: int = 0
    published: int = 0


@dataclass
class RunCounts:
    """Counts in and out of each stage. Documents = new articles + duplicates + quarantined."""

    documents: int = 0
    articles_read: int = 0
    documents_quarantined: int = 0
    articles_new: int = 0
    duplicates: int = 0
    rows_quarantined: int = 0
    sources: int = 0  # rows in the sources table after the run
    figures: int = 0  # rows in the figures table after the run
    figures_written: int = 0  # figures this run added, changed or removed
    tables: dict[Dataset, TableCounts] = field(
        default_factory=lambda: {name: TableCounts() for name in TABLES}
    )

    def as_dict(self) -> dict[str, int]:
        """Flat counters (``claims_published``...), as the `runs` table and the flow report them."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "tables"}
        for name, table in self.tables.items():
            if name != Dataset.ARTICLES:  # articles are read, not extracted
                out[f"{name}_extracted"] = table.extracted
            out[f"{name}_quarantined"] = table.quarantined
            out[f"{name}_published"] = table.published
        return out

    @classmethod
    def from_dict(cls, flat: Mapping[str, int]) -> RunCounts:
        """The inverse of ``as_dict`` (for a report read back from JSON)."""
        scalars = {f.name: flat.get(f.name, 0) for f in fields(cls) if f.name != "tables"}
        tables = {
            name: TableCounts(
                *(flat.get(f"{name}_{f.name}", 0) for f in fields(TableCounts))  # none extracted
            )
            for name in TABLES
        }
        return cls(**scalars, tables=tables)


@dataclass(frozen=True)
class Quarantined:
    """One quarantined document or row, as the summary lists it."""

    dataset: str
    source_uri: str
    reasons: tuple[str, ...]


@dataclass
class RunRecord:
    """Everything a run accounts for: counts and time per stage, validation, quarantine."""

    run: RunInfo
    source: str
    parameters: dict[str, Any]
    flow_run_id: str | None = None
    status: Status = Status.RUNNING
    counts: RunCounts = field(default_factory=RunCounts)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    validation: dict[str, dict[str, Any]] = field(default_factory=dict)
    quarantined: list[Quarantined] = field(default_factory=list)
    top_claims: list[dict[str, Any]] = field(default_factory=list)
    data_docs_uri: str | None = None
    report_uri: str | None = None  # the run's HTML report (who says how many)
    versions: dict[str, str] = field(default_factory=dict)
    # The tables' state as reconcile left them (or found them up to date, when it skipped):
    # tasks/store/ledger.py; None when another writer committed while it wrote.
    reconciled: str | None = None
    reconcile_skipped: bool = False  # the tables were as a reconcile had left them
    message: str | None = None
    finished_at: datetime | None = None
    # expectation -> ids of the rows it failed (the first FAILING_IDS_LISTED), for the summary
    failing_rows: dict[str, list[str]] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Add the time spent inside the block to stage ``name``."""
        start = time.perf_counter()
        try:
            yield
        finally:
            spent = self.stage_seconds.get(name, 0.0) + time.perf_counter() - start
            self.stage_seconds[name] = round(spent, 3)

    def read(self, ingested: Ingested) -> None:
        """Documents seen, articles read, documents quarantined (with why)."""
        self.counts.documents += ingested.seen
        self.counts.articles_read += len(ingested.articles)
        self.counts.documents_quarantined += len(ingested.rejected)
        self.quarantined += [_document(r) for r in ingested.rejected]

    def set_aside(self, rejected: list[Rejected]) -> None:
        """Documents quarantined after reading (extraction failed on them)."""
        self.counts.documents_quarantined += len(rejected)
        self.quarantined += [_document(r) for r in rejected]

    def identified(self, new: int, duplicates: int) -> None:
        """Articles new to the tables, and duplicates (published before, or twice in this run)."""
        self.counts.articles_new += new
        self.counts.duplicates += duplicates

    def extracted(self, frames: Mapping[str, pl.DataFrame]) -> None:
        """Rows extracted per child table (claims, quotes, entities)."""
        for name in schema.ARTICLE_CHILD_DATASETS:
            self.counts.tables[Dataset(name)].extracted += frames[name].height

    def validated(
        self,
        dataset: str,
        summary: dict[str, Any],
        bad: pl.DataFrame,
        source_uris: Mapping[str, str],
    ) -> None:
        """One suite's outcome: its per-expectation summary and the rows it quarantined."""
        self.validation[dataset] = summary
        self.counts.tables[Dataset(dataset)].quarantined += bad.height
        self.counts.rows_quarantined += bad.height
        article = schema.ArticleCol.ARTICLE_ID  # every validated table has this column
        key = schema.DATASETS[dataset][1][0]
        for row_id, reasons in bad.select(key, schema.REASONS).iter_rows():
            for name in reasons:
                ids = self.failing_rows.setdefault(name, [])
                if len(ids) < FAILING_IDS_LISTED:
                    ids.append(str(row_id))
        self.quarantined += [
            Quarantined(
                dataset, source_uris.get(row.get(article) or "", ""), tuple(row[schema.REASONS])
            )
            for row in bad.head(QUARANTINE_SAMPLE).iter_rows(named=True)
        ]

    def published(self, frames: Mapping[str, pl.DataFrame]) -> None:
        """Rows published per table."""
        for name in TABLES:
            self.counts.tables[name].published += frames[name].height

    def complete(self, top_claims: list[dict[str, Any]]) -> None:
        """The run published its tables; ``top_claims`` are what the summary shows first."""
        self.status = Status.COMPLETED
        self.top_claims = top_claims

    def fail(self, message: str, *, crashed: bool = False) -> None:
        """The run stops without publishing data, for ``message`` (``crashed``: from outside)."""
        self.status = Status.CRASHED if crashed else Status.FAILED
        self.message = message

    def runs_row(self) -> pl.DataFrame:
        """The run's row in the `runs` table."""
        col = RunCol
        row = {
            col.RUN_ID: self.run.run_id,
            col.FLOW_RUN_ID: self.flow_run_id,
            col.STARTED_AT: self.run.started_at,
            col.FINISHED_AT: self.finished_at or datetime.now(UTC),
            col.STATUS: self.status.value,
            col.SOURCE: self.source,
            col.PARAMETERS: json.dumps(self.parameters, sort_keys=True, default=str),
            col.STAGE_SECONDS: json.dumps(self.stage_seconds, sort_keys=True),
            col.COUNTS: json.dumps(self.counts.as_dict(), sort_keys=True),
            col.VALIDATION: json.dumps(self.validation, sort_keys=True, default=str),
            col.DATA_DOCS_URI: self.data_docs_uri,
            col.VERSIONS: json.dumps(self.versions, sort_keys=True),
            col.MESSAGE: self.message,
            col.RECONCILED: self.reconciled,
        }
        return rows_frame([{str(k): v for k, v in row.items()}], self.run, Dataset.RUNS)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able view of the record (what the flow returns)."""
        q = QuarantineCol
        out = asdict(self)
        out[RunCol.STATUS] = self.status.value
        out[RunCol.COUNTS] = self.counts.as_dict()
        out["quarantined"] = [
            {q.DATASET: i.dataset, q.SOURCE_URI: i.source_uri, q.REASONS: list(i.reasons)}
            for i in self.quarantined
        ]
        out["run"] = {RunCol.RUN_ID: self.run.run_id, Stamp.INGEST_DATE: str(self.run.ingest_date)}
        return out


def _document(rejected: Rejected) -> Quarantined:
    return Quarantined(schema.DOCUMENTS, rejected.source_uri, tuple(rejected.reasons))
