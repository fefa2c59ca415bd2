"""The circuit breaker: when most rows fail validation, the run fails and publishes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import snapshot

pytestmark = pytest.mark.slow

# Troop and casualty counts with nobody named as their source: each breaks the design card's
# "troop counts must be numeric with an attributed source", so the claims suite fails them all.
UNSOURCED = [
    "Thousands of soldiers were deployed to the northern border last week.",
    "About 2,000 troops arrived in the region on Tuesday, and 300 soldiers were wounded.",
    "More than 500 fighters were killed in the fighting near the river.",
]


def test_over_the_threshold_the_run_fails_and_tables_are_unchanged(
    prefect_server: str, tmp_path: Path
) -> None:
    from flows.pipeline import news_pipeline

    root = tmp_path / "data"
    assert news_pipeline(source=str(SEEDS), data_root=str(root))["status"] == "completed"
    before = snapshot(root)

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"title": f"Report {i}", "text": t}) for i, t in enumerate(UNSOURCED)),
        encoding="utf-8",
    )
    state = news_pipeline(source=str(feed), data_root=str(root), return_state=True)

    assert state.is_failed()
    message = str(state.message)
    assert "claims suite failed" in message, message
    assert "claims.sourced_count_has_source" in message, message
    # The failure spans three articles (systemic): the message names them, and only the
    # quarantine changed, holding their failing rows for an operator to look at.
    assert f"worst articles: {feed}#L" in message, message
    after = snapshot(root)
    for name in ("articles", "claims", "quotes", "entities"):
        assert before[name].equals(after[name]), name
    held = after["quarantine"]
    assert set(held["dataset"]) == {"claims"} and held.height >= 3
    assert {uri.split("#")[0] for uri in held["source_uri"]} == {str(feed)}
    runs = read_table(root, "runs").sort("started_at")
    assert runs["status"].to_list() == ["completed", "failed"]
    counts = json.loads(runs["counts"][-1])
    assert counts["claims_quarantined"] / counts["claims_extracted"] > 0.2


def test_under_the_threshold_failing_rows_are_quarantined_and_the_rest_publish(
    prefect_server: str, tmp_path: Path
) -> None:
    from flows.pipeline import news_pipeline

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"title": "Report", "text": UNSOURCED[0]}), encoding="utf-8")
    root = tmp_path / "data"
    result = news_pipeline(source=str(feed), data_root=str(root), max_failed_share=1.0)
    assert result["status"] == "completed"
    held = read_table(root, "quarantine").filter(pl.col("dataset") == "claims")
    assert held.height == result["counts"]["claims_quarantined"] >= 1
    assert all("claims.sourced_count_has_source" in r for r in held["reasons"].to_list())
    record = json.loads(held["record"][0])
    assert record["claim_type"] in ("troop_count", "casualty_count")
