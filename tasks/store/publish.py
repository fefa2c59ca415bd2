"""Publishing: write each dataset as a Delta table under the data root, atomically and idempotently.

Every write is one Delta commit that *replaces* what the run owns, so a crash at any point leaves
each table at its previous version and a rerun converges to the same rows:
- rows that belong to an article (claims, quotes, entities) are replaced by a predicate overwrite
  on the article ids the run processed (stale rows from an earlier extractor disappear);
- articles, quarantine and runs are inserted only when their key is new (a merge).
Delta has no multi-table transaction, so `publish` writes in an order where the table that marks
an article as done (articles) comes after everything that hangs off it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from deltalake import DeltaTable, Field, WriterProperties, write_deltalake
from deltalake.exceptions import TableNotFoundError

from tasks import schema
from tasks.schema import QuarantineCol as Q
from tasks.store.records import resolved_occurrences

log = logging.getLogger(__name__)

# quarantine first, articles (the "done" marker) after the rows that hang off them, the run last.
WRITE_ORDER: tuple[str, ...] = ("quarantine", "claims", "quotes", "entities", "articles", "runs")
MIN_VACUUM_RETENTION_HOURS = 168  # never vacuum files a reader or a slow writer may still need

_WRITER = WriterProperties(compression="ZSTD")


def table_uri(data_root: str | Path, dataset: str) -> str:
    """The Delta table location of ``dataset`` under ``data_root`` (a path or fsspec-style URI)."""
    if dataset not in schema.DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; expected one of {sorted(schema.DATASETS)}")
    return f"{str(data_root).rstrip('/')}/{dataset}"


def _open(uri: str, storage_options: Mapping[str, str] | None) -> DeltaTable | None:
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
    table = _open(uri, storage_options)
    arrow_schema = schema.empty(dataset).to_arrow().schema
    if table is not None:
        _add_new_columns(table, arrow_schema)
        return table
    return DeltaTable.create(
        uri,
        arrow_schema,
        mode="ignore",  # a concurrent creator may win the race: that is fine
        partition_by=[schema.PARTITION_COLUMN],
        storage_options=dict(storage_options or {}),
    )


def _add_new_columns(table: DeltaTable, contract: object) -> None:
    """Add, in one commit, contract columns a table written by an older version lacks.

    The one sanctioned schema change: new nullable columns at the end (the contract lists its
    additions last). A changed type or a dropped column still fails the write.
    """
    have = set(table.schema().to_arrow().names)
    missing = [f for f in contract if f.name not in have]  # type: ignore[attr-defined]
    if missing:
        table.alter.add_columns([Field.from_arrow(f) for f in missing])


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
    return (scan.select(columns) if columns else scan).collect()


def _quote_list(values: Iterable[str]) -> str:
    # Ids are hex digests or pipeline-made strings; escaping quotes keeps any other value literal.
    return ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(set(values)))


def replace_article_rows(
    data_root: str | Path,
    dataset: str,
    rows: pl.DataFrame,
    article_ids: Iterable[str],
    *,
    storage_options: Mapping[str, str] | None = None,
) -> int | None:
    """Replace, in one commit, every row of ``dataset`` belonging to ``article_ids`` by ``rows``.

    Returns the new table version, or None when there was nothing to do.
    """
    ids = sorted(set(article_ids))
    if not ids:
        return None
    frame = schema.conform(rows, dataset)
    outside = set(frame.get_column("article_id").to_list()) - set(ids)
    if outside:
        raise ValueError(f"{dataset}: rows for articles outside this write: {sorted(outside)[:3]}")
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    write_deltalake(
        table,
        frame.to_arrow(),
        mode="overwrite",
        predicate=f"article_id IN ({_quote_list(ids)})",
        partition_by=[schema.PARTITION_COLUMN],
        writer_properties=_WRITER,
    )
    return table.version()


def insert_new(
    data_root: str | Path,
    dataset: str,
    rows: pl.DataFrame,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> int | None:
    """Insert the rows whose key is not yet in ``dataset`` (a merge); returns the new version."""
    if rows.is_empty():
        return None
    frame = schema.conform(rows, dataset)
    keys = schema.DATASETS[dataset][1]
    if frame.select(pl.any_horizontal(pl.col(k).is_null() for k in keys).any()).item():
        raise ValueError(f"{dataset}: rows without a key {keys}: a merge would insert them twice")
    frame = frame.unique(subset=list(keys), keep="first", maintain_order=True)
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    predicate = " AND ".join(f"t.{k} = s.{k}" for k in keys)
    metrics = (
        table.merge(
            frame.to_arrow(),
            predicate=predicate,
            source_alias="s",
            target_alias="t",
            writer_properties=_WRITER,
        )
        .when_not_matched_insert_all()
        .execute()
    )
    log.debug("%s: merge inserted %s rows", dataset, metrics.get("num_target_rows_inserted"))
    return table.version()


def resolve_quarantine(
    data_root: str | Path,
    *,
    read_sources: Iterable[str],
    reprocessed_sources: Iterable[str],
    again: Iterable[str],
    run_id: str,
    storage_options: Mapping[str, str] | None = None,
) -> list[str]:
    """Mark resolved, in one commit, the quarantine rows this run settled (see
    ``records.resolved_occurrences``); returns their occurrence ids.

    Idempotent: only unresolved rows are touched, so a rerun after a crash settles what is left.
    """
    held = read_table(
        data_root,
        "quarantine",
        columns=[Q.DATASET, Q.SOURCE_URI, Q.OCCURRENCE_ID, Q.RESOLVED_AT],
        storage_options=storage_options,
    )
    ids = resolved_occurrences(
        held,
        read_sources=set(read_sources),
        reprocessed_sources=set(reprocessed_sources),
        again=set(again),
    )
    if not ids:
        return []
    now = datetime.now(UTC)
    source = pl.DataFrame(
        {Q.OCCURRENCE_ID: ids, Q.RESOLVED_AT: [now] * len(ids), Q.RESOLVED_RUN_ID: run_id},
        schema={
            k: schema.QUARANTINE[k] for k in (Q.OCCURRENCE_ID, Q.RESOLVED_AT, Q.RESOLVED_RUN_ID)
        },
    )
    table = ensure_table(data_root, "quarantine", storage_options=storage_options)
    (
        table.merge(
            source.to_arrow(),
            predicate=f"t.{Q.OCCURRENCE_ID} = s.{Q.OCCURRENCE_ID} AND t.{Q.RESOLVED_AT} IS NULL",
            source_alias="s",
            target_alias="t",
            writer_properties=_WRITER,
        )
        .when_matched_update(updates={c: f"s.{c}" for c in (Q.RESOLVED_AT, Q.RESOLVED_RUN_ID)})
        .execute()
    )
    return ids


def publish(
    data_root: str | Path,
    frames: Mapping[str, pl.DataFrame],
    *,
    processed_article_ids: Iterable[str],
    read_sources: Iterable[str] = (),
    run_id: str | None = None,
    storage_options: Mapping[str, str] | None = None,
    after_write: Callable[[str], None] | None = None,
) -> dict[str, int | None]:
    """Write every dataset in ``frames`` in the crash-safe order; returns each table's version.

    ``processed_article_ids`` are the articles this run extracted: their claims, quotes and
    entities are replaced as a whole, even when the run found none (stale rows go).
    ``read_sources`` are the sources run ``run_id`` read into an article (new or duplicate):
    once articles are written, the quarantine rows they settle are marked resolved (when
    ``run_id`` is given). ``after_write`` is called with each dataset name once its commit is
    durable.
    """
    ids = list(processed_article_ids)
    versions: dict[str, int | None] = {}
    for dataset in WRITE_ORDER:
        if dataset not in frames:
            continue
        if dataset in schema.ARTICLE_CHILD_DATASETS:
            versions[dataset] = replace_article_rows(
                data_root, dataset, frames[dataset], ids, storage_options=storage_options
            )
        else:
            versions[dataset] = insert_new(
                data_root, dataset, frames[dataset], storage_options=storage_options
            )
        if dataset == "articles" and run_id is not None:
            quarantine = frames.get("quarantine", schema.empty("quarantine"))
            resolve_quarantine(
                data_root,
                read_sources=read_sources,
                reprocessed_sources=frames[dataset].get_column("source_uri").to_list(),
                again=quarantine.get_column(Q.OCCURRENCE_ID).to_list(),
                run_id=run_id,
                storage_options=storage_options,
            )
        if after_write is not None:
            after_write(dataset)
    return versions


def compact(
    data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
) -> dict[str, dict[str, object]]:
    """Merge the small files scheduled runs leave into larger ones (a new version, same rows)."""
    out: dict[str, dict[str, object]] = {}
    for dataset in schema.DATASETS:
        table = _open(table_uri(data_root, dataset), storage_options)
        if table is not None:
            out[dataset] = dict(table.optimize.compact(writer_properties=_WRITER))
    return out


def vacuum(
    data_root: str | Path,
    *,
    retention_hours: int = MIN_VACUUM_RETENTION_HOURS,
    dry_run: bool = True,
    storage_options: Mapping[str, str] | None = None,
) -> dict[str, list[str]]:
    """Delete files no table version younger than ``retention_hours`` needs. Never while writing."""
    if retention_hours < MIN_VACUUM_RETENTION_HOURS:
        raise ValueError(
            f"refusing to vacuum with retention {retention_hours} h < "
            f"{MIN_VACUUM_RETENTION_HOURS} h: readers and retried writers may still need them"
        )
    out: dict[str, list[str]] = {}
    for dataset in schema.DATASETS:
        table = _open(table_uri(data_root, dataset), storage_options)
        if table is not None:
            out[dataset] = table.vacuum(
                retention_hours=retention_hours, dry_run=dry_run, enforce_retention_duration=True
            )
    return out


def export_parquet(
    data_root: str | Path,
    out_dir: str | Path,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> dict[str, Path]:
    """Write each table's current rows as one plain Parquet file, for tools without Delta."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for dataset in schema.DATASETS:
        frame = read_table(data_root, dataset, storage_options=storage_options)
        path = out / f"{dataset}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        frame.write_parquet(tmp, compression="zstd")
        tmp.replace(path)  # atomic on one filesystem: readers never see a half-written file
        written[dataset] = path
    return written
