"""Opening, creating and reading the Delta tables: the one place a table is found by name.

Every read goes through the Delta log (never a raw Parquet glob), and a table written by an
older version of the contract gains the columns added since (nullable, at the end) when next
written, and reads with them null until then.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import DeltaTable, Field, WriterProperties
from deltalake.exceptions import TableNotFoundError

from tasks import schema

log = logging.getLogger(__name__)
WRITER = WriterProperties(compression="ZSTD")


def is_remote(uri: str | Path) -> bool:
    """Whether ``uri`` is in an object store (not a local path or a file:// URI)."""
    uri = str(uri)
    return "://" in uri and not uri.startswith("file://")


def table_uri(data_root: str | Path, dataset: str) -> str:
    """The Delta table location of ``dataset`` under ``data_root`` (a path or fsspec-style URI)."""
    if dataset not in schema.DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; expected one of {sorted(schema.DATASETS)}")
    return f"{str(data_root).rstrip('/')}/{dataset}"


def open_table(uri: str, storage_options: Mapping[str, str] | None) -> DeltaTable | None:
    try:
        return DeltaTable(uri, storage_options=dict(storage_options or {}))
    except TableNotFoundError:
        return None


def ensure_table(
    data_root: str | Path, dataset: str, *, storage_options: Mapping[str, str] | None = None
) -> DeltaTable:
    """Open the dataset's table, creating it empty with the contract schema when absent."""
    uri = table_uri(data_root, dataset)
    if uri.startswith("/") or "://" not in uri:
        Path(uri).mkdir(parents=True, exist_ok=True)
    table = open_table(uri, storage_options)
    arrow_schema = schema.empty(dataset).to_arrow().schema
    if table is not None:
        return _add_missing_columns(table, arrow_schema)
    return DeltaTable.create(
        uri,
        arrow_schema,
        mode="ignore",  # a concurrent creator may win the race: that is fine
        partition_by=[schema.PARTITION_COLUMN],
        storage_options=dict(storage_options or {}),
    )


def _add_missing_columns(table: DeltaTable, arrow_schema: pa.Schema) -> DeltaTable:
    """A table written by an older contract gets the columns added since (null in old rows)."""
    present = set(table.schema().to_arrow().names)
    missing = [f for f in arrow_schema if f.name not in present]
    if missing:
        log.info("%s: adding columns %s", table.table_uri, [f.name for f in missing])
        table.alter.add_columns([Field.from_arrow(f) for f in missing])
    return table


def read_table(
    data_root: str | Path,
    dataset: str,
    *,
    columns: list[str] | None = None,
    storage_options: Mapping[str, str] | None = None,
) -> pl.DataFrame:
    """Read a dataset through the Delta log (never a raw Parquet glob); empty when absent.

    Read with polars' Delta scan: ``DeltaTable.to_pyarrow_table`` imports pandas (~1.5 s), which
    an incremental run with nothing new otherwise never needs.
    """
    uri, options = table_uri(data_root, dataset), dict(storage_options or {})
    if not DeltaTable.is_deltatable(uri, storage_options=options):
        frame = schema.empty(dataset)
        return frame.select(columns) if columns else frame
    scan = pl.scan_delta(uri, storage_options=options)
    wanted = columns or schema.DATASETS[dataset][0].names()
    present = set(scan.collect_schema().names())
    # A table from before a column was added to the contract reads as if it had it, all null.
    fill = [
        pl.lit(None, schema.DATASETS[dataset][0][c]).alias(c) for c in wanted if c not in present
    ]
    lazy = scan.select([c for c in wanted if c in present] if fill else (columns or pl.all()))
    return lazy.with_columns(fill).select(wanted).collect() if fill else lazy.collect()
