"""A run with nothing new skips reconcile when the tables are as a reconcile left them (issue 13:
a no-op run in <= 8 s), and only then: rows another run published without reconciling, or a
damaged or missing record, mean reconciling as before."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tasks.analysis.report import summary_text
from tasks.known_sources import built_in
from tasks.schema import ClaimCol, Dataset, FigureCol, RunCol, SourceCol
from tasks.store import publish, reconcile
from tasks.store.records import RunInfo
from tests.conftest import SEEDS, publish_extracted
from tests.flows.conftest import assert_same_tables, run_pipeline, snapshot

pytestmark = pytest.mark.slow

WRITTEN = (Dataset.CLAIMS, Dataset.QUOTES, Dataset.SOURCES, Dataset.FIGURES)


def _run(source: Path, root: Path) -> dict[str, Any]:
    got = run_pipeline(source, root, processes=1)
    assert got["status"] == "completed", got
    return got


def _versions(root: Path) -> dict[str, int]:
    return {d: publish.ensure_table(root, d).version() for d in WRITTEN}


def _unreconciled(root: Path) -> int:
    """Rows a reconcile would write now: sources, figures and source ids."""
    derived = reconcile.derive(root, built_in())
    ids = derived.claims.filter(pl.col("_old").ne_missing(pl.col(SourceCol.SOURCE_ID))).height
    return ids + sum(
        reconcile.unwritten(root, name, frame).height
        for name, frame in ((Dataset.SOURCES, derived.sources), (Dataset.FIGURES, derived.figures))
    )


def test_a_run_with_nothing_new_skips_reconcile_and_changes_nothing(
    prefect_server: str, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    first = _run(SEEDS, root)
    assert not first["reconcile_skipped"] and first["reconciled"]
    tables, versions = snapshot(root), _versions(root)

    again = _run(SEEDS, root)
    assert again["counts"]["articles_new"] == 0 and again["reconcile_skipped"]
    for count in ("sources", "figures"):
        assert again["counts"][count] == first["counts"][count] > 0
    assert again["counts"]["figures_written"] == 0
    assert_same_tables(tables, snapshot(root))
    assert _versions(root) == versions  # not a commit to what reconcile writes
    assert "up to date: reconcile skipped" in summary_text(again)
    runs = publish.read_table(root, Dataset.RUNS).sort(RunCol.STARTED_AT)
    assert runs[RunCol.RECONCILED].to_list() == [first["reconciled"]] * 2  # the record goes on


def test_rows_published_by_a_run_that_did_not_reconcile_are_reconciled(
    prefect_server: str, tmp_path: Path, nlp: Any
) -> None:
    seeds = sorted(SEEDS.iterdir())
    four, fifth = tmp_path / "four", tmp_path / "fifth"
    crashed_seed = seeds[2]  # four attributed claims
    others = [s for s in seeds if s != crashed_seed]
    for folder, files in ((four, others), (fifth, [crashed_seed])):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder)
    root = tmp_path / "data"
    _run(four, root)
    # Another run publishes an article, then dies before reconciling.
    (crashed,) = publish_extracted(nlp, fifth, root, RunInfo(run_id="crashed"))
    claims = publish.read_table(root, Dataset.CLAIMS).filter(pl.col(ClaimCol.ARTICLE_ID) == crashed)
    assert claims.height and _unreconciled(root) > 0

    again = _run(four, root)  # nothing new to it, but the tables changed since its reconcile
    assert again["counts"]["articles_new"] == 0 and not again["reconcile_skipped"]
    assert again["counts"]["figures_written"] > 0 and _unreconciled(root) == 0
    listed = publish.read_table(root, Dataset.FIGURES)[FigureCol.CLAIM_IDS].explode()
    assert listed.is_in(claims[ClaimCol.CLAIM_ID].implode()).any()

    assert _run(four, root)["reconcile_skipped"]  # reconciled now: the next one skips


@pytest.mark.parametrize("record", ["damaged", None], ids=["damaged", "missing"])
def test_a_damaged_or_missing_record_means_reconciling(
    prefect_server: str, tmp_path: Path, record: str | None
) -> None:
    root = tmp_path / "data"
    first = _run(SEEDS, root)
    runs = publish.ensure_table(root, Dataset.RUNS)
    if record is None:
        runs.update(updates={RunCol.RECONCILED: "NULL"})
    else:
        runs.update(new_values={RunCol.RECONCILED: first["reconciled"][:-2]})

    again = _run(SEEDS, root)
    assert not again["reconcile_skipped"]
    assert again["reconciled"] == first["reconciled"]  # derived again; nothing to write
    assert _run(SEEDS, root)["reconcile_skipped"]
