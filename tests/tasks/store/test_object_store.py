"""Publishing to a real S3-compatible server (moto's, in its own process): the same writes as on
disk, read back by polars with the same options, and a commit whose outcome the writer cannot
know (the server carries it out, stops before answering, comes back) converges on a rerun
without a duplicate row (docs/RELIABILITY.md #10)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from deltalake import DeltaTable
from deltalake.exceptions import CommitFailedError

from tasks.store import publish
from tasks.store.query import duckdb_connect
from tasks.store.records import RunInfo, rows_frame
from tests.sites.s3 import S3Server, StallingProxy, serve_s3
from tests.tasks.store.test_publish import claims_for

BUCKET = "claimflow-test"


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with serve_s3(tmp_path_factory.mktemp("moto") / "moto.log") as server:
        server.create_bucket(BUCKET)
        yield server


def _runs(*ids: str) -> pl.DataFrame:
    """``runs`` rows with the given ids (``rows_frame`` would stamp them all with its run's id)."""
    rows = [rows_frame([{"status": "completed"}], RunInfo(i), "runs") for i in ids]
    return pl.concat(rows)


def test_tables_on_a_bucket_read_back_with_the_same_options(s3: S3Server) -> None:
    root = f"s3://{BUCKET}/roundtrip"
    frames = {"claims": claims_for(["a", "b"], 3), "runs": _runs("r1")}
    publish.publish(root, frames, processed_article_ids=["a", "b"], storage_options=s3.options())
    publish.publish(root, frames, processed_article_ids=["a", "b"], storage_options=s3.options())
    claims = pl.scan_delta(f"{root}/claims", storage_options=s3.options()).collect()
    assert claims.height == 6 and claims["claim_id"].n_unique() == 6
    assert publish.read_table(root, "runs", storage_options=s3.options()).height == 1
    assert any(k.startswith("roundtrip/claims/_delta_log/") for k in s3.keys(BUCKET, "roundtrip/"))
    # DuckDB through the same options: a session S3 secret, the httpfs extension from its wheel.
    con = duckdb_connect(root, storage_options=s3.options())
    assert con.sql("select count(distinct claim_id) from claims").fetchone() == (6,)


@pytest.mark.slow
@pytest.mark.parametrize("client_timeout", ["3s", "60s"])
def test_a_commit_with_an_unknown_outcome_converges_on_rerun(
    s3: S3Server, client_timeout: str, tmp_path: Path
) -> None:
    # 3 s: the writer's retry times out while the server is stopped (an S3 error). 60 s: the
    # retry waits, the server comes back and answers "already exists" (a commit conflict).
    prefix = f"unknown-{client_timeout}"
    root = f"s3://{BUCKET}/{prefix}"
    commit = rf"PUT /{BUCKET}/{prefix}/claims/_delta_log/0+1\.json"
    proxy = StallingProxy(s3, commit, tmp_path / "proxy", pause=6.0).start()
    options = s3.options(proxy.endpoint) | {"timeout": client_timeout, "max_retries": "2"}
    frame = claims_for(["a", "b"], 3)
    try:
        with pytest.raises((OSError, CommitFailedError)):
            publish.replace_article_rows(root, "claims", frame, ["a", "b"], storage_options=options)
        assert proxy.fired
        # The server did commit version 1 before it stopped: the writer just never heard.
        table = DeltaTable(f"{root}/claims", storage_options=s3.options())
        assert table.version() == 1 and pl.from_arrow(table.to_pyarrow_table()).height == 6
        # The rerun (Prefect's retry, or the next run) re-reads the table and reapplies.
        publish.replace_article_rows(root, "claims", frame, ["a", "b"], storage_options=options)
    finally:
        proxy.close()
        s3.resume()
    got = pl.scan_delta(f"{root}/claims", storage_options=s3.options()).collect()
    assert got.height == 6 and sorted(got["claim_id"]) == sorted(frame["claim_id"])


def test_the_stalling_proxy_forwards_everything_else(s3: S3Server, tmp_path: Path) -> None:
    # The fault is the proxy's only doing: through it, with no trigger, writes just work.
    proxy = StallingProxy(s3, "^never$", tmp_path / "proxy").start()
    try:
        root = f"s3://{BUCKET}/through-proxy"
        options = s3.options(proxy.endpoint)
        publish.insert_new(root, "runs", _runs("r1", "r2"), storage_options=options)
        assert publish.read_table(root, "runs", storage_options=options).height == 2
        assert not proxy.fired and proxy.requests()
    finally:
        proxy.close()
