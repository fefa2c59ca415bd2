"""Concurrent writers through the flow's own publish task and its retry rule (docs/RELIABILITY.md
#5 and #6): spawned processes, each a real Prefect flow run on the test server."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import polars as pl
import pytest

from tasks.schema import Dataset, RunCol
from tasks.store import publish
from tests.tasks.store.test_publish import claims_for

pytestmark = pytest.mark.slow

ARTICLES = ["a1", "a2", "a3"]


def _writer(args: tuple[str, str, int, str]) -> str:
    """One process: a flow whose publish task overwrites (or appends) through the retry rule."""
    api_url, root, i, mode = args
    os.environ["PREFECT_API_URL"] = api_url
    from prefect import flow

    from flows.tables import publish_tables
    from tasks.analysis.run_record import RunRecord
    from tasks.store.records import RunInfo

    @flow(name=f"writer-{mode}")
    def write() -> None:
        if mode == "overwrite":  # every writer replaces the same articles' rows
            rows = claims_for(ARTICLES, 2, run_id=f"w{i}")
            rows = rows.with_columns(pl.col("claim_id") + f"-w{i}")
            publish_tables(root, {Dataset.CLAIMS: rows}, processed_article_ids=ARTICLES)
        else:  # every writer appends its own run row
            rec = RunRecord(run=RunInfo(run_id=f"run{i}"), source="x", parameters={})
            publish_tables(root, {Dataset.RUNS: rec.runs_row()}, processed_article_ids=[])

    state = write(return_state=True)
    return state.type.value


@pytest.mark.parametrize(("mode", "writers"), [("overwrite", 8), ("append", 16)])
def test_concurrent_writers_through_the_flows_retry(
    prefect_server: str, tmp_path: Path, mode: str, writers: int
) -> None:
    root = str(tmp_path / "data")
    publish.ensure_table(root, Dataset.CLAIMS)
    publish.ensure_table(root, Dataset.RUNS)
    args = [(prefect_server, root, i, mode) for i in range(writers)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        states = pool.map(_writer, args, chunksize=1)
    if mode == "overwrite":
        # Row 5: a conflicting commit is retried (the publish task re-reads and reapplies), so
        # every run completes, and the table holds exactly one writer's rows, never a mix.
        assert states == ["COMPLETED"] * writers
        claims = publish.read_table(root, Dataset.CLAIMS)
        assert claims.height == len(ARTICLES) * 2
        assert claims["run_id"].n_unique() == 1
        assert claims["claim_id"].n_unique() == claims.height
    else:
        # Row 6: all appends land, once each.
        assert states == ["COMPLETED"] * writers
        runs = publish.read_table(root, Dataset.RUNS)
        assert sorted(runs[RunCol.RUN_ID]) == sorted(f"run{i}" for i in range(writers))


def test_reconcile_retries_a_commit_lost_to_another_run(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row 5 for the reconcile task: another run commits to claims while this one merges source
    ids into it; the lost commit is retried from a fresh read and the run completes."""
    from prefect import flow

    from flows.reconcile import reconcile_tables
    from flows.settings import Settings
    from tasks.analysis.run_record import RunRecord
    from tasks.schema import ClaimCol
    from tasks.store import reconcile
    from tasks.store.records import RunInfo

    root = str(tmp_path / "data")
    said = claims_for(["a1"], 2).with_columns(
        pl.lit("the Pentagon").alias(ClaimCol.ATTRIBUTED_TO),
        pl.lit("organization").alias(ClaimCol.ATTRIBUTION_KIND),
    )
    publish.replace_article_rows(root, Dataset.CLAIMS, said, ["a1"])
    opened = reconcile.ensure_table
    opens: list[str] = []

    def stale(data_root: str, dataset: str, **kw: object):  # noqa: ANN202
        table = opened(data_root, dataset, **kw)  # type: ignore[arg-type]
        opens.append(dataset)
        # The first open makes sure the table exists; the second is the merge's: the other run
        # commits between that read and the merge's commit.
        if dataset == Dataset.CLAIMS and opens.count(dataset) == 2:
            other = claims_for(["zz"], 1, run_id="other")
            publish.replace_article_rows(root, Dataset.CLAIMS, other, ["zz"])
        return table

    monkeypatch.setattr(reconcile, "ensure_table", stale)
    rec = RunRecord(run=RunInfo(run_id="r2"), source="x", parameters={})

    @flow(name="reconcile-race")
    def run() -> None:
        reconcile_tables(Settings(data_root=root), rec, validator=None)

    state = run(return_state=True)
    assert opens.count(Dataset.CLAIMS) > 2 and state.is_completed(), state
    claims = publish.read_table(root, Dataset.CLAIMS)
    assert claims.height == 3  # both runs' rows, once each
    ids = claims.filter(pl.col(ClaimCol.ARTICLE_ID) == "a1")[ClaimCol.SOURCE_ID]
    assert ids.null_count() == 0 and ids.n_unique() == 1
