"""Table health, checked before a run writes: a Delta log that cannot be read, or one that names
data files that are gone, is a permanent fault. Retrying cannot fix it, and writing on top of it
would report a completed run over a table no reader can open."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote, urlsplit

from deltalake import DeltaTable
from deltalake.exceptions import DeltaError, TableNotFoundError

from tasks import schema
from tasks.store.tables import table_uri


class BrokenTable(RuntimeError):
    """A published table is damaged: its log is unreadable or its data files are missing."""


def verify_tables(
    data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
) -> None:
    """Raise ``BrokenTable`` naming the first damaged table and what to do; None when all read.

    Data files are checked on a local data root only (a stat each; object stores are trusted).
    """
    for name in schema.DATASETS:
        dataset = str(name)  # the plain name, as messages show it
        uri = table_uri(data_root, dataset)
        try:
            table = DeltaTable(uri, storage_options=dict(storage_options or {}))
        except TableNotFoundError:
            continue
        except DeltaError as exc:
            detail = str(exc).splitlines()[0][:200]
            raise BrokenTable(
                f"table {dataset!r}: its Delta log ({uri}/_delta_log) cannot be read: {detail}. "
                "Restore the log from a backup; no run can write this table until then."
            ) from exc
        missing = [f for f in table.file_uris() if _local_missing(f)]
        if missing:
            raise BrokenTable(
                f"table {dataset!r}: {len(missing)} data file(s) its Delta log names are gone "
                f"(first: {missing[0]}). Restore them from a backup, or restore the table to a "
                "version without them (DeltaTable.restore); no run can read it until then."
            )


def _local_missing(file_uri: str) -> bool:
    parts = urlsplit(file_uri)
    if parts.scheme not in ("", "file"):
        return False
    return not Path(unquote(parts.path) if parts.scheme else file_uri).exists()
