"""The record a reconcile leaves, so that a run with nothing new can tell it would change nothing.

Reconcile derives sources and figures from claims, quotes, entities and articles (a run with
nothing new also reads quarantine and the stored sources and figures), and writes source ids,
sources and figures. Its record is the state of those tables right after it (each table's Delta
id and version), with a fingerprint of the code and the sources file: a run that finds every
table at the recorded version, under the same fingerprint, would derive what the tables already
hold, and skips reconcile.

A concurrent writer cannot make a record lie: Delta numbers a table's commits 0, 1, 2, ..., and
the ledger starts from the versions read before reconcile reads any row, then moves a table on
only by reconcile's own commits, each of which must land right after the version the ledger
holds. A commit by anyone else before or between reconcile's own leaves no record; one after them
leaves the tables at versions the record does not name. A table dropped and created again has a
new id. Nothing recorded, or anything unreadable: the run reconciles.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import polars as pl
from deltalake import DeltaTable

from tasks.schema import Dataset, RunCol
from tasks.store.tables import ensure_table, read_table

# Every table reconcile reads or writes.
RECORDED: tuple[Dataset, ...] = (
    Dataset.CLAIMS,
    Dataset.QUOTES,
    Dataset.ENTITIES,
    Dataset.ARTICLES,
    Dataset.QUARANTINE,
    Dataset.SOURCES,
    Dataset.FIGURES,
)


class Ledger:
    """The recorded tables' state when reconcile starts, moved on by its own commits only."""

    def __init__(self, start: Mapping[str, tuple[str, int]]) -> None:
        self._at = dict(start)  # dataset -> (table id, version)
        self.foreign: list[str] = []  # tables another writer committed to in between

    @classmethod
    def open(
        cls, data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
    ) -> Ledger:
        """The tables as they are now (each created empty if absent)."""
        tables = {d: ensure_table(data_root, d, storage_options=storage_options) for d in RECORDED}
        return cls({d: (str(t.metadata().id), t.version()) for d, t in tables.items()})

    def version(self, dataset: str) -> int:
        return self._at[dataset][1]

    def committed(self, dataset: str, version: int | None) -> None:
        """A write to ``dataset`` committed ``version`` (None: it committed nothing)."""
        if version is None:
            return
        table_id, known = self._at[dataset]
        if version != known + 1:
            self.foreign.append(dataset)
        self._at[dataset] = (table_id, version)

    @contextmanager
    def writing(self, dataset: str, table: DeltaTable) -> Iterator[None]:
        """Around one write through ``table``: account for the commit it makes, if any."""
        before = table.version()
        yield
        after = table.version()  # the version of this write's own commit, if it made one
        self.committed(dataset, after if after != before else None)

    def record(self, code: str) -> str | None:
        """The record of this state under fingerprint ``code``; None if another writer
        committed to a recorded table since the ledger opened."""
        if self.foreign:
            return None
        tables = {d: f"{table_id}@{version}" for d, (table_id, version) in self._at.items()}
        return json.dumps({"code": code, "tables": tables}, sort_keys=True, separators=(",", ":"))


def recorded_by(
    data_root: str | Path, record: str, *, storage_options: Mapping[str, str] | None = None
) -> str | None:
    """The run whose `runs` row holds ``record`` (the tables are as its reconcile left or
    found them), or None."""
    runs = read_table(
        data_root,
        Dataset.RUNS,
        columns=[RunCol.RUN_ID, RunCol.RECONCILED],
        storage_options=storage_options,
    ).filter(pl.col(RunCol.RECONCILED) == record)
    return str(runs[RunCol.RUN_ID][0]) if runs.height else None


def fingerprint(paths: Iterable[Path], extra: Mapping[str, str]) -> str:
    """A digest of the files at ``paths`` (a folder: every file under it, by its name inside
    the folder, bytecode caches aside) and of ``extra``. Raises OSError for a missing file."""
    digest = hashlib.sha256(json.dumps(dict(extra), sort_keys=True).encode())
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            name = file.relative_to(path) if path.is_dir() else Path(file.name)
            digest.update(f"\0{name}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()
