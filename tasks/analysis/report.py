"""The run, rendered for people: the markdown summary in the Prefect UI, the terminal summary,
and the claims worth a first look. What is counted lives in ``run_record``."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

import polars as pl

from tasks.analysis.run_record import TABLES, RunCounts, RunRecord
from tasks.schema import ClaimCol, Dataset, Qualifier, RunCol

TOP_CLAIMS = 10
TOP_CLAIM_COLUMNS = (
    ClaimCol.QUANTITY_TEXT,
    ClaimCol.CLAIM_TYPE,
    ClaimCol.SUBJECT,
    ClaimCol.ATTRIBUTED_TO,
)
QUARANTINE_LISTED = 50  # quarantined items listed in the markdown summary
# Characters that make markdown of plain text: emphasis, code, links, table cells, strikethrough.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")


def md(value: object) -> str:
    """``value`` as literal text inside markdown (a table cell, a heading): file names and article
    text are data, never markup. A backtick in a file name once let a raw ``<img onerror=...>``
    tag through into the Prefect UI."""
    text = " ".join(str(value).split())  # one line: a newline would end the table row
    return _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))


def top_claims(claims: pl.DataFrame, n: int = TOP_CLAIMS) -> list[dict[str, Any]]:
    """The ``n`` most confident claims with a figure (or an explicitly vague one)."""
    has_figure = pl.col(ClaimCol.VALUE).is_not_null() | (
        pl.col(ClaimCol.QUALIFIER) == Qualifier.VAGUE.value
    )
    return (
        claims.filter(has_figure)
        .sort(ClaimCol.CONFIDENCE, descending=True)
        .head(n)
        .select(TOP_CLAIM_COLUMNS)
        .to_dicts()
    )


def _stages(c: RunCounts) -> list[tuple[str, str, int, int]]:
    """(label, stage timed, rows in, rows out) per stage of the flow."""
    claims = c.tables[Dataset.CLAIMS]
    articles = c.tables[Dataset.ARTICLES]
    return [
        ("discover", "discover", c.documents, c.documents),
        ("read + clean", "read", c.documents, c.articles_read),
        ("identify", "identify", c.articles_read, c.articles_new),
        ("extract", "extract", c.articles_new, claims.extracted),
        ("validate", "validate", claims.extracted, claims.published),
        ("publish", "publish", articles.published, articles.published),
    ]


def to_markdown(record: RunRecord) -> str:
    """The run summary an operator reads in the Prefect UI."""
    c = record.counts
    lines = [
        f"# claimflow run `{record.run.run_id}`: {record.status.value}",
        "",
        f"Source {md(record.source)}; started {record.run.started_at:%Y-%m-%d %H:%M:%S} UTC.",
    ]
    if record.message:
        lines += ["", f"**{md(record.message)}**"]
    lines += ["", "| stage | in | out | seconds |", "|---|---:|---:|---:|"]
    for label, stage, n_in, n_out in _stages(c):
        secs = record.stage_seconds.get(stage, 0.0)
        lines.append(f"| {label} | {n_in} | {n_out} | {secs:.2f} |")
    lines += ["", "| dataset | published | quarantined |", "|---|---:|---:|"]
    for name in TABLES:
        table = c.tables[name]
        lines.append(f"| {name} | {table.published} | {table.quarantined} |")
    lines += [
        "",
        f"Documents {c.documents} = articles {c.articles_new} + duplicates "
        f"{c.duplicates} + quarantined {c.documents_quarantined}.",
    ]
    if record.quarantined:
        lines += ["", "## Quarantined", "", "| dataset | source | reasons |", "|---|---|---|"]
        for q in record.quarantined[:QUARANTINE_LISTED]:
            lines.append(f"| {q.dataset} | {md(q.source_uri)} | {md('; '.join(q.reasons))} |")
        if len(record.quarantined) > QUARANTINE_LISTED:
            lines.append(f"| … | {len(record.quarantined) - QUARANTINE_LISTED} more | |")
    if record.top_claims:
        lines += ["", "## Top claims", "", "| figure | type | subject | source |"]
        lines.append("|---|---|---|---|")
        for cl in record.top_claims:
            lines.append(
                f"| {md(cl[ClaimCol.QUANTITY_TEXT])} | {md(cl[ClaimCol.CLAIM_TYPE])} "
                f"| {md(cl.get(ClaimCol.SUBJECT) or '')} "
                f"| {md(cl.get(ClaimCol.ATTRIBUTED_TO) or '—')} |"
            )
    lines += _failing_rows(record)
    if record.data_docs_uri:
        lines += ["", f"Validation report (Data Docs): {md(record.data_docs_uri)}"]
    if record.report_uri:
        lines += ["", f"Who says how many (HTML report): {md(record.report_uri)}"]
    return "\n".join(lines)


def _failing_rows(record: RunRecord) -> list[str]:
    """Per failed expectation: how many rows failed it, and the ids of the first of them."""
    failed = {
        e["name"]: e["failed"]
        for suite in record.validation.values()
        for e in suite.get("expectations", [])
        if e.get("failed")
    }
    if not failed:
        return []
    lines = ["", "## Failing rows by expectation", "", "| expectation | rows | row ids |"]
    lines.append("|---|---:|---|")
    for name, n in sorted(failed.items(), key=lambda item: -item[1]):
        ids = record.failing_rows.get(name, [])
        more = f" and {n - len(ids)} more" if n > len(ids) else ""
        lines.append(f"| {md(name)} | {n} | {md(', '.join(ids))}{more} |")
    return lines


def summary_text(report: Mapping[str, Any]) -> str:
    """The terminal summary of a run, from ``RunRecord.as_dict()`` (what the flow returns)."""
    c = RunCounts.from_dict(report[RunCol.COUNTS])
    claims, quotes = c.tables[Dataset.CLAIMS], c.tables[Dataset.QUOTES]
    secs = ", ".join(f"{k} {v:.1f}s" for k, v in report[RunCol.STAGE_SECONDS].items())
    lines = [
        f"claimflow run {report['run'][RunCol.RUN_ID]}: {report[RunCol.STATUS]}",
        f"  documents read  {c.documents}",
        f"  articles        {c.articles_new} new, {c.duplicates} duplicates",
        f"  claims          {claims.published} published, {claims.quarantined} quarantined",
        f"  quotes          {quotes.published} published, {quotes.quarantined} quarantined",
        f"  entities        {c.tables[Dataset.ENTITIES].published}",
        f"  quarantined     {c.documents_quarantined} documents, {c.rows_quarantined} rows",
        f"  time per stage  {secs}",
    ]
    done = (
        "up to date: reconcile skipped"
        if report.get("reconcile_skipped")
        else f"{c.figures_written} changed"
    )
    lines.append(f"  sources         {c.sources}; figures {c.figures} ({done})")
    if report.get(RunCol.DATA_DOCS_URI):
        lines.append(f"  data docs       {report[RunCol.DATA_DOCS_URI]}")
    if report.get("report_uri"):
        lines.append(f"  report          {report['report_uri']}")
    if report.get(RunCol.MESSAGE):
        lines.append(f"  {report[RunCol.MESSAGE]}")
    return "\n".join(lines)
