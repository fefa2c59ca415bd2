"""Commands that look after the published tables: quarantine, compact, vacuum, export, claims."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.cli_options import DataRoot, settings_from


def quarantine(
    data_root: DataRoot = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also rows a later run resolved (the source fixed).")
    ] = False,
) -> None:
    """List what is held in quarantine, why, and from which document."""
    import polars as pl

    from tasks.schema import Dataset, QuarantineCol
    from tasks.store.publish import read_table

    cfg = settings_from(data_root=data_root)
    q = QuarantineCol
    rows = read_table(cfg.data_root, Dataset.QUARANTINE, storage_options=cfg.storage_options)
    held = rows if show_all else rows.filter(pl.col(q.RESOLVED_AT).is_null())
    resolved = rows.height - rows.filter(pl.col(q.RESOLVED_AT).is_null()).height
    if held.is_empty():
        typer.echo(
            f"quarantine is empty ({resolved} resolved)" if resolved else "quarantine is empty"
        )
        return
    view = held.sort(q.QUARANTINED_AT, descending=True).select(
        q.QUARANTINED_AT,
        q.DATASET,
        q.SOURCE_URI,
        pl.col(q.REASONS).list.join("; ").alias(q.REASONS),
        q.RECORD_ID,
        *([q.RESOLVED_AT] if show_all else []),
    )
    with pl.Config(tbl_rows=limit, fmt_str_lengths=80, tbl_width_chars=200):
        typer.echo(view.head(limit))
    if show_all:
        typer.echo(f"{rows.height} in all, {resolved} of them resolved")
    else:
        typer.echo(f"{held.height} held ({resolved} resolved, shown with --all)")


def compact(data_root: DataRoot = None) -> None:
    """Merge the small Parquet files scheduled runs leave into larger ones (same rows)."""
    from tasks.store.publish import compact as compact_tables

    cfg = settings_from(data_root=data_root)
    for dataset, metrics in compact_tables(
        cfg.data_root, storage_options=cfg.storage_options
    ).items():
        typer.echo(
            f"{dataset}: {metrics.get('numFilesRemoved', 0)} files -> "
            f"{metrics.get('numFilesAdded', 0)}"
        )


def vacuum(
    data_root: DataRoot = None,
    retention_hours: Annotated[int, typer.Option(min=168, help="At least 7 days.")] = 168,
    apply: Annotated[bool, typer.Option("--apply", help="Delete; default is a dry run.")] = False,
) -> None:
    """Remove files no recent table version needs. Never run it while a pipeline run writes."""
    from tasks.store.publish import vacuum as vacuum_tables

    cfg = settings_from(data_root=data_root)
    for dataset, files in vacuum_tables(
        cfg.data_root,
        retention_hours=retention_hours,
        dry_run=not apply,
        storage_options=cfg.storage_options,
    ).items():
        typer.echo(f"{dataset}: {len(files)} files {'deleted' if apply else 'would be deleted'}")


def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder for one plain Parquet file per table.")],
    data_root: DataRoot = None,
) -> None:
    """Export each table's current rows as plain Parquet, for tools that cannot read Delta."""
    from tasks.store.publish import export_parquet

    cfg = settings_from(data_root=data_root)
    for dataset, path in export_parquet(
        cfg.data_root, out_dir, storage_options=cfg.storage_options
    ).items():
        typer.echo(f"{dataset}: {path}")


COMMANDS = (quarantine, compact, vacuum, export)  # claims: flows/analyst_commands.py
