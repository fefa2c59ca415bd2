"""Publishing: write each dataset as a Delta table under the data root, atomically and idempotently.

Every write is one Delta commit that *replaces* what the run owns, so a crash at any point leaves
each table at its previous version and a rerun converges to the same rows:
- rows that belong to an article (claims, quotes, entities) are replaced by a predicate overwrite
  on the article ids the run processed (stale rows from an earlier extractor disappear);
- quarantine and runs rows are inserted only when their key is new (a merge); an articles row
  too, or replaced when the run extracted that article again (a new extractor or model);
  fetch_state rows replace the earlier state of their URL.
Delta has no multi-table transaction, so `publish` writes in an order where the table that marks
an article as done (articles) comes after everything that hangs off it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

import polars as pl
from deltalake import write_deltalake

from tasks import schema
from tasks.files import replaced_atomically
from tasks.schema import ArticleCol, Dataset
from tasks.schema import QuarantineCol as Q
from tasks.store.quarantine import resolve_quarantine
from tasks.store.tables import WRITER as _WRITER
from tasks.store.tables import ensure_table, open_table, read_table, table_uri

__all__ = ["ensure_table", "read_table", "table_uri"]  # where every caller finds them

log = logging.getLogger(__name__)

# quarantine first, articles (the "done" marker) after the rows that hang off them, then what
# was fetched (a conditional GET must never skip a page whose article is not yet published), the
# run last.
WRITE_ORDER: tuple[Dataset, ...] = (
    Dataset.QUARANTINE,
    *schema.ARTICLE_CHILD_DATASETS,
    Dataset.ARTICLES,
    Dataset.FETCH_STATE,
    Dataset.RUNS,
)
# State that changes under the same key: the latest row replaces the earlier one.
# An article in a write is new or reprocessed (another extractor or model): its row is replaced,
# with the extractor that made its rows.
UPSERT_DATASETS: frozenset[Dataset] = frozenset({Dataset.FETCH_STATE, Dataset.ARTICLES})
MIN_VACUUM_RETENTION_HOURS = 168  # never vacuum files a reader or a slow writer may still need


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
    outside = set(frame.get_column(ArticleCol.ARTICLE_ID).to_list()) - set(ids)
    if outside:
        raise ValueError(f"{dataset}: rows for articles outside this write: {sorted(outside)[:3]}")
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    write_deltalake(
        table,
        frame.to_arrow(),
        mode="overwrite",
        predicate=f"{ArticleCol.ARTICLE_ID} IN ({_quote_list(ids)})",
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
    """Insert the rows whose key is not yet in ``dataset`` (a merge); returns the new version,
    or None when every key was there (no commit)."""
    return _merge(data_root, dataset, rows, replace=False, storage_options=storage_options)


def upsert(
    data_root: str | Path,
    dataset: str,
    rows: pl.DataFrame,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> int | None:
    """Insert the rows whose key is new and replace those whose key exists; the new version
    (None: nothing to write, no commit)."""
    return _merge(data_root, dataset, rows, replace=True, storage_options=storage_options)


def _merge(
    data_root: str | Path,
    dataset: str,
    rows: pl.DataFrame,
    *,
    replace: bool,
    storage_options: Mapping[str, str] | None,
) -> int | None:
    """One merge on the dataset's key: new keys inserted, existing ones replaced if ``replace``."""
    if rows.is_empty():
        return None
    frame = schema.conform(rows, dataset)
    keys = schema.DATASETS[dataset][1]
    if frame.select(pl.any_horizontal(pl.col(k).is_null() for k in keys).any()).item():
        raise ValueError(f"{dataset}: rows without a key {keys}: a merge would insert them twice")
    frame = frame.unique(
        subset=list(keys), keep="last" if replace else "first", maintain_order=True
    )
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    before = table.version()
    merge = table.merge(
        frame.to_arrow(),
        predicate=" AND ".join(f"t.{k} = s.{k}" for k in keys),
        source_alias="s",
        target_alias="t",
        writer_properties=_WRITER,
    )
    if replace:
        merge = merge.when_matched_update_all()
    metrics = merge.when_not_matched_insert_all().execute()
    log.debug("%s: merge inserted %s rows", dataset, metrics.get("num_target_rows_inserted"))
    # a merge that changes nothing makes no commit
    return table.version() if table.version() != before else None


def publish(
    data_root: str | Path,
    frames: Mapping[str, pl.DataFrame],
    *,
    processed_article_ids: Iterable[str],
    read_sources: Iterable[str] = (),
    run_id: str | None = None,
    storage_options: Mapping[str, str] | None = None,
) -> dict[str, int | None]:
    """Write every dataset in ``frames`` in the crash-safe order; returns each table's new
    version (None: no commit).

    ``processed_article_ids`` are the articles this run extracted: their claims, quotes and
    entities are replaced as a whole, even when the run found none (stale rows go).
    ``read_sources`` are the sources run ``run_id`` read into an article (new or duplicate):
    once articles are written, the quarantine rows they settle are marked resolved (when
    ``run_id`` is given).
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
        elif dataset in UPSERT_DATASETS:
            versions[dataset] = upsert(
                data_root, dataset, frames[dataset], storage_options=storage_options
            )
        else:
            versions[dataset] = insert_new(
                data_root, dataset, frames[dataset], storage_options=storage_options
            )
        if dataset == Dataset.ARTICLES and run_id is not None:
            quarantine = frames.get(Dataset.QUARANTINE, schema.empty(Dataset.QUARANTINE))
            resolve_quarantine(
                data_root,
                read_sources=read_sources,
                reprocessed_sources=frames[dataset].get_column(ArticleCol.SOURCE_URI).to_list(),
                again=quarantine.get_column(Q.OCCURRENCE_ID).to_list(),
                run_id=run_id,
                storage_options=storage_options,
            )
    return versions


def compact(
    data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
) -> dict[str, dict[str, object]]:
    """Merge the small files scheduled runs leave into larger ones (a new version, same rows)."""
    out: dict[str, dict[str, object]] = {}
    for dataset in schema.DATASETS:
        table = open_table(table_uri(data_root, dataset), storage_options)
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
        table = open_table(table_uri(data_root, dataset), storage_options)
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
        with replaced_atomically(path) as tmp:  # readers never see a half-written file
            frame.write_parquet(tmp, compression="zstd")
        written[dataset] = path
    return written
