"""Settling quarantine: rows a later run read or extracted without fault are marked resolved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from tasks import schema
from tasks.schema import Dataset
from tasks.schema import QuarantineCol as Q
from tasks.store.records import resolved_occurrences
from tasks.store.tables import WRITER, ensure_table, read_table


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
        Dataset.QUARANTINE,
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
    table = ensure_table(data_root, Dataset.QUARANTINE, storage_options=storage_options)
    (
        table.merge(
            source.to_arrow(),
            predicate=f"t.{Q.OCCURRENCE_ID} = s.{Q.OCCURRENCE_ID} AND t.{Q.RESOLVED_AT} IS NULL",
            source_alias="s",
            target_alias="t",
            writer_properties=WRITER,
        )
        .when_matched_update(updates={c: f"s.{c}" for c in (Q.RESOLVED_AT, Q.RESOLVED_RUN_ID)})
        .execute()
    )
    return ids
