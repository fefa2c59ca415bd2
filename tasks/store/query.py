"""Reading the published tables: Delta-aware readers only (a raw Parquet glob sees old files)."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from pathlib import Path

import duckdb
import polars as pl

from tasks import schema
from tasks.schema import ArticleCol as A
from tasks.schema import ClaimCol as C
from tasks.schema import Dataset
from tasks.store.publish import read_table, table_uri


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


NO_SOURCE = "(no source)"  # what who_says shows for a claim nobody is named for


def who_says(
    data_root: str | Path,
    *,
    actor: str | None = None,
    claim_type: str | None = None,
    source: str | None = None,
    storage_options: Mapping[str, str] | None = None,
) -> tuple[pl.DataFrame, str]:
    """Claims matching the filters, one row each with its source and article, plus a summary line.

    Filters match case-insensitively; ``actor`` and ``source`` also match a part of the name.
    """
    claims = read_table(data_root, Dataset.CLAIMS, storage_options=storage_options)
    articles = read_table(
        data_root,
        Dataset.ARTICLES,
        columns=[A.ARTICLE_ID, A.TITLE, A.OUTLET, A.PUBLISHED_AT],
        storage_options=storage_options,
    )
    for column, wanted in ((C.ACTOR, actor), (C.ATTRIBUTED_TO, source)):
        if wanted:
            claims = claims.filter(
                pl.col(column).str.to_lowercase().str.contains(wanted.lower(), literal=True)
            )
    if claim_type:
        claims = claims.filter(pl.col(C.CLAIM_TYPE) == claim_type)
    rows = (
        claims.join(articles, on=C.ARTICLE_ID, how="left")
        .sort([A.PUBLISHED_AT, C.VALUE], nulls_last=True)
        .select(
            C.QUANTITY_TEXT,
            C.VALUE,
            C.QUALIFIER,
            C.CLAIM_TYPE,
            C.SUBJECT,
            C.ACTOR,
            C.LOCATION,
            pl.col(C.ATTRIBUTED_TO).fill_null(NO_SOURCE),
            C.HEDGED,
            A.OUTLET,
            A.TITLE,
            A.PUBLISHED_AT,
        )
    )
    return rows, _range_summary(rows)


def _range_summary(rows: pl.DataFrame) -> str:
    if rows.is_empty():
        return "no matching claims"
    values = rows.get_column(C.VALUE).drop_nulls()
    vague = rows.filter(pl.col(C.VALUE).is_null()).height
    sources = rows.filter(pl.col(C.ATTRIBUTED_TO) != NO_SOURCE)[C.ATTRIBUTED_TO]
    n_sources = sources.str.to_lowercase().n_unique() if sources.len() else 0
    span = "no exact figures"
    if values.len():
        low, high = float(values.min()), float(values.max())  # type: ignore[arg-type]
        span = f"figures from {low:,.0f} to {high:,.0f}"
    extra = f" plus {vague} vague" if vague else ""
    return (
        f"{rows.height} claims: {span}{extra}, from {n_sources} distinct named sources "
        f"({rows.height - sources.len()} unattributed)"
    )
