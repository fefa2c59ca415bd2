"""Reading the published tables: Delta-aware readers only (a raw Parquet glob sees old files)."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from pathlib import Path

import duckdb
import polars as pl

from tasks import schema
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
    claims = read_table(data_root, "claims", storage_options=storage_options)
    articles = read_table(
        data_root,
        "articles",
        columns=["article_id", "title", "outlet", "published_at"],
        storage_options=storage_options,
    )
    for column, wanted in (("actor", actor), ("attributed_to", source)):
        if wanted:
            claims = claims.filter(
                pl.col(column).str.to_lowercase().str.contains(wanted.lower(), literal=True)
            )
    if claim_type:
        claims = claims.filter(pl.col("claim_type") == claim_type)
    rows = (
        claims.join(articles, on="article_id", how="left")
        .sort(["published_at", "value"], nulls_last=True)
        .select(
            "quantity_text",
            "value",
            "qualifier",
            "claim_type",
            "subject",
            "actor",
            "location",
            pl.col("attributed_to").fill_null("(no source)"),
            "hedged",
            "outlet",
            "title",
            "published_at",
        )
    )
    return rows, _range_summary(rows)


def _range_summary(rows: pl.DataFrame) -> str:
    if rows.is_empty():
        return "no matching claims"
    values = rows.get_column("value").drop_nulls()
    vague = rows.filter(pl.col("value").is_null()).height
    sources = rows.filter(pl.col("attributed_to") != "(no source)")["attributed_to"]
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
