"""Reading the published tables: Delta-aware readers only (a raw Parquet glob sees old files)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

from tasks import schema
from tasks.store.publish import table_uri


def _extension_directory() -> str | None:
    # duckdb-ext-delta ships DuckDB's delta extension as a wheel, so nothing is downloaded.
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))) / "extensions")


def duckdb_connect(data_root: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the delta extension loaded offline.

    With ``data_root``, each dataset is also a view (``select * from claims``) over
    ``delta_scan``, which reads only the files of the table's current version.
    """
    ext_dir = _extension_directory()
    config: dict[str, str | bool | int | float | list[str]] = {
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    }
    if ext_dir:
        config["extension_directory"] = ext_dir
    con = duckdb.connect(config=config)
    con.execute("LOAD delta")
    if data_root is not None:
        for dataset in schema.DATASETS:
            uri = table_uri(data_root, dataset)
            if Path(uri, "_delta_log").exists() or "://" in uri:
                con.execute(f"CREATE VIEW {dataset} AS SELECT * FROM delta_scan('{_literal(uri)}')")
    return con


def _literal(value: str) -> str:
    return value.replace("'", "''")
