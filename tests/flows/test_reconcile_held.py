"""A run with nothing new reconciles without starting Great Expectations: the sources and figures
held in quarantine stay out while they are the same, and any other row it would write is
validated first (in-process), so no run publishes a row its suite has not passed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tasks import schema
from tasks.schema import Dataset, FigureCol, QuarantineCol, SourceCol
from tasks.store import publish, records
from tasks.store.records import RunInfo
from tests.conftest import SEEDS
from tests.flows.conftest import run_pipeline

pytestmark = pytest.mark.slow


def _hold(root: str, figures: pl.DataFrame) -> str:
    """Hold the first figure in quarantine, as a run whose figures suite failed it leaves it."""
    held = figures.head(1)
    content = held.drop([c for c in held.columns if c in schema.RUN_COLUMNS])
    bad = records.with_run_columns(content, RunInfo(run_id="r1"), Dataset.FIGURES)
    bad = bad.with_columns(pl.lit(["figures.some_check"]).alias(schema.REASONS))
    quarantine = records.invalid_rows(Dataset.FIGURES, bad, RunInfo(run_id="r1"), {})
    publish.publish(root, {Dataset.QUARANTINE: quarantine}, processed_article_ids=[])
    held_id = str(held[FigureCol.FIGURE_ID][0])
    publish.ensure_table(root, Dataset.FIGURES).delete(f"{FigureCol.FIGURE_ID} = '{held_id}'")
    return held_id


def test_held_figures_stay_out_and_changes_are_validated(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import reconcile as flow_reconcile

    root = tmp_path / "data"
    first = run_pipeline(SEEDS, root)
    figures = publish.read_table(root, Dataset.FIGURES)
    assert first["status"] == "completed" and figures.height > 1
    held_id = _hold(str(root), figures)
    started: list[str] = []
    real = flow_reconcile.Validator

    def validator(data_docs_dir: Any) -> Any:
        started.append(str(data_docs_dir))
        return real(data_docs_dir)

    monkeypatch.setattr(flow_reconcile, "Validator", validator)

    again = run_pipeline(SEEDS, root)  # nothing new: the held figure stays out, no GX
    after = publish.read_table(root, Dataset.FIGURES)
    assert again["counts"]["articles_new"] == 0 and again["counts"]["figures_written"] == 0
    assert held_id not in after[FigureCol.FIGURE_ID].to_list()
    assert after.height == figures.height - 1 and started == []

    # Nothing new, but a sources file gives a source an affiliation: the changed rows are
    # validated before they are written.
    name = str(publish.read_table(root, Dataset.SOURCES)[SourceCol.NAME][0])
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        f"sources:\n  - name: {name}\n    kind: organization\n"
        "    affiliation: Test Alliance\n    cite: a test\n",
        encoding="utf-8",
    )
    third = run_pipeline(SEEDS, root, sources_file=str(mine))
    assert third["status"] == "completed" and len(started) == 1
    sources = publish.read_table(root, Dataset.SOURCES)
    row = sources.filter(pl.col(SourceCol.NAME) == name)
    assert row[SourceCol.AFFILIATION].to_list() == ["Test Alliance"]
    final = publish.read_table(root, Dataset.FIGURES)
    assert held_id not in final[FigureCol.FIGURE_ID].to_list()
    q = publish.read_table(root, Dataset.QUARANTINE)
    assert q.filter(pl.col(QuarantineCol.DATASET) == Dataset.FIGURES).height == 1

    # A run with new articles validates every derived row and may publish the held figure (it
    # passes now): its quarantine row stays, and a run with nothing new must keep the figure.
    from deltalake import write_deltalake

    from tasks.store.tables import table_uri

    back = figures.filter(pl.col(FigureCol.FIGURE_ID) == held_id)
    write_deltalake(table_uri(str(root), Dataset.FIGURES), back.to_arrow(), mode="append")
    fourth = run_pipeline(SEEDS, root, sources_file=str(mine))
    assert fourth["status"] == "completed" and len(started) == 1
    assert held_id in publish.read_table(root, Dataset.FIGURES)[FigureCol.FIGURE_ID].to_list()
