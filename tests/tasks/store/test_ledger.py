"""The record a reconcile leaves (tasks/store/ledger.py), on real Delta tables: it names the state
reconcile left, and no record survives another writer's commit before or between reconcile's
own."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from tasks import schema
from tasks.analysis.run_record import RunRecord
from tasks.known_sources import built_in
from tasks.schema import Dataset, FigureCol
from tasks.store import publish, records
from tasks.store.ledger import Ledger, fingerprint, recorded_by
from tasks.store.reconcile import derive, write
from tasks.store.records import RunInfo

RUN = RunInfo(run_id="r1")


@pytest.fixture
def root(published_seeds: Path, tmp_path: Path) -> Path:
    """The published seeds, reconciled once (as the first run leaves them)."""
    out = tmp_path / "data"
    shutil.copytree(published_seeds, out)
    write(out, derive(out, built_in()), RUN)
    return out


def test_a_reconcile_records_the_state_it_leaves(root: Path) -> None:
    publish.ensure_table(root, Dataset.SOURCES).delete(None)  # a change for it to write back
    derived = derive(root, built_in())
    write(root, derived, RUN)
    assert publish.read_table(root, Dataset.SOURCES).height  # it wrote (committed)
    record = derived.ledger.record("code")
    assert record is not None and derived.ledger.foreign == []
    assert record == Ledger.open(root).record("code")  # the tables are where it says
    assert record != Ledger.open(root).record("other code")

    again = derive(root, built_in())
    write(root, again, RUN)  # nothing to write: no commit, the same record
    assert again.ledger.record("code") == record


def test_a_commit_by_another_writer_leaves_no_record(root: Path) -> None:
    derived = derive(root, built_in())
    # another run's reconcile writes a figure after this one read the tables, before it writes
    figures = publish.read_table(root, Dataset.FIGURES)
    theirs = figures.head(1).with_columns(pl.lit("fig-other").alias(FigureCol.FIGURE_ID))
    publish.insert_new(root, Dataset.FIGURES, theirs)
    write(root, derived, RUN)  # deletes the figure its rows do not imply: a commit after theirs
    assert derived.ledger.record("code") is None and derived.ledger.foreign == [Dataset.FIGURES]


def test_a_commit_after_the_ledger_opened_to_a_table_it_does_not_write_is_not_in_the_record(
    root: Path,
) -> None:
    derived = derive(root, built_in())
    # a run's figures suite fails a figure after this one read the tables: quarantine changes
    figure = publish.read_table(root, Dataset.FIGURES).head(1)
    bad = figure.with_columns(pl.lit(["figures.some_check"]).alias(schema.REASONS))
    held = records.invalid_rows(Dataset.FIGURES, bad, RunInfo(run_id="other"), {})
    publish.insert_new(root, Dataset.QUARANTINE, held)
    write(root, derived, RUN)
    record = derived.ledger.record("code")
    assert record is not None and record != Ledger.open(root).record("code")


def test_a_write_that_lands_after_someone_elses_commit_is_foreign() -> None:
    ledger = Ledger({Dataset.CLAIMS: ("id", 4), Dataset.FIGURES: ("id", 7)})
    ledger.committed(Dataset.CLAIMS, None)  # wrote nothing
    ledger.committed(Dataset.CLAIMS, 5)
    ledger.committed(Dataset.CLAIMS, 6)
    assert ledger.foreign == [] and ledger.version(Dataset.CLAIMS) == 6
    ledger.committed(Dataset.FIGURES, 9)  # version 8 was someone else's
    assert ledger.foreign == [Dataset.FIGURES] and ledger.record("code") is None


def test_the_run_that_left_a_record_is_found_by_it(tmp_path: Path) -> None:
    rec = RunRecord(run=RunInfo(run_id="r1"), source="x", parameters={})
    rec.reconciled = '{"code":"c","tables":{}}'
    old = RunRecord(run=RunInfo(run_id="r0"), source="x", parameters={})  # from before records
    publish.insert_new(tmp_path, Dataset.RUNS, pl.concat([old.runs_row(), rec.runs_row()]))
    assert recorded_by(tmp_path, rec.reconciled) == "r1"
    assert recorded_by(tmp_path, rec.reconciled[:-1]) is None  # a damaged record matches nothing
    assert recorded_by(tmp_path / "nowhere", rec.reconciled) is None  # no runs table


def test_the_fingerprint_follows_the_files_and_the_versions(tmp_path: Path) -> None:
    code, other = tmp_path / "a", tmp_path / "b"
    for folder in (code, other):
        (folder / "pkg" / "__pycache__").mkdir(parents=True)
        (folder / "pkg" / "m.py").write_text("x = 1\n")
    sources = tmp_path / "mine.yaml"
    sources.write_text("sources: []\n")
    base = fingerprint([code, sources], {"polars": "1"})
    assert base == fingerprint([other, sources], {"polars": "1"})  # where the checkout is: no
    (code / "pkg" / "__pycache__" / "m.pyc").write_bytes(b"\0")
    assert fingerprint([code, sources], {"polars": "1"}) == base  # bytecode caches: no
    assert fingerprint([code, sources], {"polars": "2"}) != base
    (code / "pkg" / "m.py").write_text("x = 2\n")
    assert fingerprint([code, sources], {"polars": "1"}) != base
    with pytest.raises(OSError):
        fingerprint([code, tmp_path / "missing.yaml"], {})
