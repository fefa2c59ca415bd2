"""What a run shows in the Prefect UI: its summary, its claims, its validation table, Data Docs."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)

from tasks.analysis import report
from tasks.analysis.run_record import RunRecord
from tasks.schema import ClaimCol

# What an operator scans in the UI to see what a run found; the full rows are in the claims table.
CLAIMS_ARTIFACT_COLUMNS = (
    ClaimCol.QUANTITY_TEXT,
    ClaimCol.VALUE,
    ClaimCol.CLAIM_TYPE,
    ClaimCol.ACTOR,
    ClaimCol.ATTRIBUTED_TO,
    ClaimCol.HEDGED,
)
CLAIMS_ARTIFACT_ROWS = 200
EXPECTATION_FIELDS = ("name", "passed", "failed", "success")


def publish_artifacts(record: RunRecord, claims: pl.DataFrame | None = None) -> None:
    """The run's summary, claims, validation table and Data Docs link, shown in the Prefect UI."""
    create_markdown_artifact(
        report.to_markdown(record),
        key="claimflow-run-summary",
        description="claimflow run summary",
    )
    if claims is not None and claims.height:
        shown = claims.select(CLAIMS_ARTIFACT_COLUMNS).head(CLAIMS_ARTIFACT_ROWS)
        create_table_artifact(
            shown.to_dicts(),
            key="claimflow-claims",
            description=f"claims published by this run: {shown.height} of {claims.height}",
        )
    rows = [
        {"suite": suite, **{k: e[k] for k in EXPECTATION_FIELDS}}
        for suite, res in record.validation.items()
        for e in res.get("expectations", [])
    ]
    if rows:
        create_table_artifact(
            rows, key="claimflow-validation", description="expectations: pass/fail counts"
        )
    if record.data_docs_uri:
        create_link_artifact(
            Path(record.data_docs_uri).resolve().as_uri(),
            link_text="Data Docs (validation report)",
            key="claimflow-data-docs",
            description="Great Expectations Data Docs: every expectation, every failing row",
        )
