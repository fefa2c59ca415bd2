"""Reading the published tables: Delta-aware readers only (a raw Parquet glob sees old files)."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from pathlib import Path

import duckdb
from deltalake import DeltaTable

from tasks import schema
from tasks.store.publish import table_uri
from tasks.store.tables import is_remote


def _extension_directory() -> str | None:
    # duckdb-ext-delta ships DuckDB's delta extension as a wheel, so nothing is downloaded.
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))) / "extensions")


def duckdb_connect(
    data_root: str | Path | None = None, *, storage_options: Mapping[str, str] | None = None
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the delta extension loaded offline.

    With ``data_root``, each dataset is also a view (``select * from claims``) over
    ``delta_scan``, which reads only the files of the table's current version. On a bucket,
    ``storage_options`` (deltalake's, as in settings) become a DuckDB S3 secret.
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
    if storage_options:
        _s3_secret(con, storage_options)
    if data_root is not None:
        for dataset in schema.DATASETS:
            uri = table_uri(data_root, dataset)
            remote = is_remote(uri)
            options = dict(storage_options or {})
            if Path(uri, "_delta_log").exists() or (
                remote and DeltaTable.is_deltatable(uri, storage_options=options)
            ):
                con.execute(f"CREATE VIEW {dataset} AS SELECT * FROM delta_scan('{_literal(uri)}')")
    return con


# deltalake option -> DuckDB S3 secret field (httpfs ships in the duckdb-ext-httpfs wheel).
_SECRET_FIELDS = {
    "AWS_ACCESS_KEY_ID": "KEY_ID",
    "AWS_SECRET_ACCESS_KEY": "SECRET",
    "AWS_SESSION_TOKEN": "SESSION_TOKEN",
    "AWS_REGION": "REGION",
}


def _s3_secret(con: duckdb.DuckDBPyConnection, storage_options: Mapping[str, str]) -> None:
    """A session-only S3 secret from deltalake's options (never written anywhere)."""
    options = {k.upper(): v for k, v in storage_options.items()}
    fields = {_SECRET_FIELDS[k]: v for k, v in options.items() if k in _SECRET_FIELDS}
    endpoint = options.get("AWS_ENDPOINT_URL") or options.get("AWS_ENDPOINT")
    if endpoint:
        scheme, _, host = endpoint.partition("://")
        fields |= {"ENDPOINT": host.rstrip("/"), "URL_STYLE": "path"}
        fields["USE_SSL"] = "true" if scheme == "https" else "false"
    if not fields:
        return
    con.execute("LOAD httpfs")
    body = ", ".join(
        f"{name} {value}" if name == "USE_SSL" else f"{name} '{_literal(value)}'"
        for name, value in fields.items()
    )
    con.execute(f"CREATE SECRET claimflow_s3 (TYPE s3, {body})")


def _literal(value: str) -> str:
    return value.replace("'", "''")
