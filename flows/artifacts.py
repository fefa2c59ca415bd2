"""What a run shows in the Prefect UI: its summary, its claims, its validation table, Data Docs."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import polars as pl
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)

from tasks.analysis import report
from tasks.analysis.run_record import RunRecord
from tasks.schema import ArticleCol, ClaimCol, Dataset

# What an operator scans in the UI to see what a run found; the full rows are in the claims table.
CLAIMS_ARTIFACT_COLUMNS = (
    ClaimCol.QUANTITY_TEXT,
    ClaimCol.VALUE,
    ClaimCol.CLAIM_TYPE,
    ClaimCol.ACTOR,
    ClaimCol.ATTRIBUTED_TO,
    ClaimCol.HEDGED,
    ArticleCol.OUTLET,
    ArticleCol.PUBLISHED_AT,
    ClaimCol.SENTENCE,
)
CLAIMS_ARTIFACT_ROWS = 200
EXPECTATION_FIELDS = ("name", "passed", "failed", "success")


def publish_artifacts(record: RunRecord, frames: Mapping[str, pl.DataFrame] | None = None) -> None:
    """The run's summary, claims (with outlet, date and sentence), validation table, and links to
    the Data Docs and the HTML report, shown in the Prefect UI."""
    claims = _claims_shown(frames) if frames is not None else None
    create_markdown_artifact(
        report.to_markdown(record),
        key="claimflow-run-summary",
        description="claimflow run summary",
    )
    if claims is not None and claims.height:
        shown = claims.head(CLAIMS_ARTIFACT_ROWS)
        create_table_artifact(
            shown.with_columns(
                pl.col(ArticleCol.PUBLISHED_AT).dt.date().cast(pl.String)
            ).to_dicts(),
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
    if record.report_uri:
        create_link_artifact(
            Path(record.report_uri).resolve().as_uri(),
            link_text="Who says how many (HTML report)",
            key="claimflow-report",
            description="Figures by source over time, disagreements, top sources, what is held",
        )


def _claims_shown(frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """The run's claims with their article's outlet and publication date."""
    articles = frames[Dataset.ARTICLES].select(
        ArticleCol.ARTICLE_ID, ArticleCol.OUTLET, ArticleCol.PUBLISHED_AT
    )
    claims = frames[Dataset.CLAIMS].join(articles, on=ClaimCol.ARTICLE_ID, how="left")
    return claims.select(CLAIMS_ARTIFACT_COLUMNS)
