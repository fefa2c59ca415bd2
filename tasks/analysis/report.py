"""Reporting: the run record (one `runs` row) and the human summary of what a run did."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

import polars as pl

from tasks import schema
from tasks.store.records import RunInfo, rows_frame

_LIBRARIES = ("prefect", "polars", "pyarrow", "deltalake", "spacy", "great-expectations")


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
class RunReport:
    """Everything a run accounts for: counts per stage, time per stage, validation, quarantine."""

    run: RunInfo
    source: str
    parameters: dict[str, Any]
    flow_run_id: str | None = None
    status: str = "running"
    counts: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    validation: dict[str, dict[str, Any]] = field(default_factory=dict)
    quarantined: list[dict[str, Any]] = field(default_factory=list)  # source_uri, dataset, reasons
    top_claims: list[dict[str, Any]] = field(default_factory=list)
    data_docs_uri: str | None = None
    versions: dict[str, str] = field(default_factory=dict)
    message: str | None = None
    finished_at: datetime | None = None

    def count(self, name: str, n: int) -> None:
        """Add ``n`` to the counter ``name``."""
        self.counts[name] = self.counts.get(name, 0) + n

    def runs_row(self) -> pl.DataFrame:
        """The run's row in the `runs` table."""
        row = {
            "run_id": self.run.run_id,
            "flow_run_id": self.flow_run_id,
            "started_at": self.run.started_at,
            "finished_at": self.finished_at or datetime.now(UTC),
            "status": self.status,
            "source": self.source,
            "parameters": json.dumps(self.parameters, sort_keys=True, default=str),
            "stage_seconds": json.dumps(self.stage_seconds, sort_keys=True),
            "counts": json.dumps(self.counts, sort_keys=True),
            "validation": json.dumps(self.validation, sort_keys=True, default=str),
            "data_docs_uri": self.data_docs_uri,
            "versions": json.dumps(self.versions, sort_keys=True),
        }
        return rows_frame([row], self.run, "runs")

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able view of the report (what the flow returns)."""
        out = asdict(self)
        out["run"] = {"run_id": self.run.run_id, "ingest_date": str(self.run.ingest_date)}
        return out

    def to_markdown(self) -> str:
        """The run summary an operator reads in the Prefect UI."""
        c = self.counts
        lines = [
            f"# claimflow run `{self.run.run_id}`: {self.status}",
            "",
            f"Source `{self.source}`; started {self.run.started_at:%Y-%m-%d %H:%M:%S} UTC.",
        ]
        if self.message:
            lines += ["", f"**{self.message}**"]
        lines += ["", "| stage | in | out | seconds |", "|---|---:|---:|---:|"]
        stages = [
            ("discover", c.get("documents", 0), c.get("documents", 0)),
            ("read + clean", c.get("documents", 0), c.get("articles_read", 0)),
            ("identify", c.get("articles_read", 0), c.get("articles_new", 0)),
            ("extract", c.get("articles_new", 0), c.get("claims_extracted", 0)),
            ("validate", c.get("claims_extracted", 0), c.get("claims_published", 0)),
            ("publish", c.get("articles_published", 0), c.get("articles_published", 0)),
        ]
        for name, n_in, n_out in stages:
            secs = self.stage_seconds.get(name.split(" ")[0], 0.0)
            lines.append(f"| {name} | {n_in} | {n_out} | {secs:.2f} |")
        lines += [
            "",
            "| dataset | published | quarantined |",
            "|---|---:|---:|",
        ]
        for ds in ("articles", "claims", "quotes", "entities"):
            lines.append(
                f"| {ds} | {c.get(ds + '_published', 0)} | {c.get(ds + '_quarantined', 0)} |"
            )
        lines += [
            "",
            f"Documents {c.get('documents', 0)} = articles {c.get('articles_new', 0)} + duplicates "
            f"{c.get('duplicates', 0)} + quarantined {c.get('documents_quarantined', 0)}.",
        ]
        if self.quarantined:
            lines += ["", "## Quarantined", "", "| dataset | source | reasons |", "|---|---|---|"]
            for q in self.quarantined[:50]:
                reasons = "; ".join(q["reasons"])
                lines.append(f"| {q['dataset']} | `{q['source_uri']}` | {reasons} |")
            if len(self.quarantined) > 50:
                lines.append(f"| … | {len(self.quarantined) - 50} more | |")
        if self.top_claims:
            lines += [
                "",
                "## Top claims",
                "",
                "| figure | type | subject | source |",
                "|---|---|---|---|",
            ]
            for cl in self.top_claims:
                lines.append(
                    f"| {cl['quantity_text']} | {cl['claim_type']} | {cl.get('subject') or ''} "
                    f"| {cl.get('attributed_to') or '—'} |"
                )
        if self.data_docs_uri:
            lines += ["", f"Validation report (Data Docs): {self.data_docs_uri}"]
        return "\n".join(lines)

    def to_text(self) -> str:
        """A short plain-text summary for the terminal."""
        return summary_text(self.as_dict())


def summary_text(report: dict[str, Any]) -> str:
    """The terminal summary of a run, from ``RunReport.as_dict()`` (what the flow returns)."""
    c = report["counts"]
    secs = ", ".join(f"{k} {v:.1f}s" for k, v in report["stage_seconds"].items())
    lines = [
        f"claimflow run {report['run']['run_id']}: {report['status']}",
        f"  documents read  {c.get('documents', 0)}",
        f"  articles        {c.get('articles_new', 0)} new, {c.get('duplicates', 0)} duplicates",
        f"  claims          {c.get('claims_published', 0)} published, "
        f"{c.get('claims_quarantined', 0)} quarantined",
        f"  quotes          {c.get('quotes_published', 0)} published, "
        f"{c.get('quotes_quarantined', 0)} quarantined",
        f"  entities        {c.get('entities_published', 0)}",
        f"  quarantined     {c.get('documents_quarantined', 0)} documents, "
        f"{c.get('rows_quarantined', 0)} rows",
        f"  time per stage  {secs}",
    ]
    if report.get("data_docs_uri"):
        lines.append(f"  data docs       {report['data_docs_uri']}")
    if report.get("message"):
        lines.append(f"  {report['message']}")
    return "\n".join(lines)
