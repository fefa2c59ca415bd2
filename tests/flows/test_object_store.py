"""`claimflow` against a bucket on a real S3-compatible server (moto's, in its own process), as a
user runs it: a full run, a rerun that changes nothing, two runs at once, a commit whose outcome
is unknown (the server stops mid-commit, then comes back) followed by a rerun that converges,
the readers (`claimflow claims` and `figures`, polars, DuckDB), and a real Dask cluster (a
scheduler and two workers, each its own process) writing the same tables as a local run."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tests.conftest import SEEDS
from tests.flows.conftest import (
    BIN,
    CLAIMFLOW,
    Processes,
    assert_same_tables,
    free_port,
    snapshot,
    wait_for,
)
from tests.sites.s3 import S3Server, StallingProxy, serve_s3

pytestmark = pytest.mark.slow
BUCKET = "claimflow-e2e"
SECRET = "claimflow-test-secret"  # must never appear in logs, reports or tables


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with serve_s3(tmp_path_factory.mktemp("moto") / "moto.log") as server:
        server.create_bucket(BUCKET)
        yield server


def _env(
    tmp_path: Path, options: dict[str, str], home_name: str = "prefect-home"
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "CLAIMFLOW_"))}
    home = tmp_path / home_name  # one each: two temporary servers must not share a database
    home.mkdir(parents=True, exist_ok=True)
    return env | {
        "PREFECT_HOME": str(home),
        "CLAIMFLOW_STORAGE_OPTIONS": json.dumps(options),
        "CLAIMFLOW_DOCS_DIR": str(tmp_path / "docs"),
    }


def _claimflow(
    tmp_path: Path, options: dict[str, str], *args: str, background: bool = False
) -> Any:
    cmd = [str(CLAIMFLOW), *args]
    if background:
        name = f"run-{len(list(tmp_path.glob('run-*.log')))}"
        log = (tmp_path / f"{name}.log").open("w")
        env = _env(tmp_path, options, home_name=name)
        return subprocess.Popen(cmd, env=env, stdout=log, stderr=log, text=True)
    return subprocess.run(
        cmd, env=_env(tmp_path, options), capture_output=True, text=True, timeout=900
    )


def _run(tmp_path: Path, options: dict[str, str], root: str, *extra: str) -> dict[str, Any]:
    out = _claimflow(tmp_path, options, "run", str(SEEDS), "--data-root", root, "--json", *extra)
    assert out.returncode == 0, out.stderr[-4000:]
    assert SECRET not in out.stdout + out.stderr
    return json.loads(out.stdout[out.stdout.index("{") :])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """The seeds' tables from a run on a local folder: what every bucket run must equal."""
    tmp = tmp_path_factory.mktemp("local")
    _run(tmp, {}, str(tmp / "data"))
    return snapshot(tmp / "data")


def test_a_run_on_a_bucket_then_a_rerun_that_changes_nothing(
    s3: S3Server, tmp_path: Path, local_tables: dict[str, pl.DataFrame]
) -> None:
    root, options = f"s3://{BUCKET}/full", s3.options()
    assert _run(tmp_path, options, root)["counts"]["articles_new"] == 5
    first = snapshot(root, options)
    assert_same_tables(local_tables, first)
    again = _run(tmp_path, options, root)
    assert again["counts"]["articles_new"] == 0 and again["counts"]["duplicates"] == 5
    assert_same_tables(first, snapshot(root, options))

    # The readers, with the same options: polars, DuckDB, and `claimflow claims`.
    claims = pl.scan_delta(f"{root}/claims", storage_options=options).collect()
    assert claims.height == first["claims"].height > 0
    from tasks.store.query import duckdb_connect

    con = duckdb_connect(root, storage_options=options)
    assert con.sql("select count(*) from claims").fetchone() == (claims.height,)
    listed = _claimflow(tmp_path, options, "claims", "--data-root", root)
    assert listed.returncode == 0, listed.stderr[-3000:]
    assert f"{claims.height} claims:" in listed.stdout
    figures = _claimflow(tmp_path, options, "figures", "--data-root", root)
    assert figures.returncode == 0 and figures.stdout.strip(), figures.stderr[-3000:]
    runs = pl.scan_delta(f"{root}/runs", storage_options=options).collect()
    assert runs.height == 2 and SECRET not in runs.write_json()


def test_two_runs_at_once_leave_one_copy(
    s3: S3Server, tmp_path: Path, local_tables: dict[str, pl.DataFrame]
) -> None:
    root, options = f"s3://{BUCKET}/concurrent", s3.options()
    args = ("run", str(SEEDS), "--data-root", root)
    runs = [_claimflow(tmp_path, options, *args, background=True) for _ in range(2)]
    codes = [proc.wait(timeout=900) for proc in runs]
    logs = [path.read_text() for path in sorted(tmp_path.glob("run-*.log"))]
    assert codes == [0, 0], logs[0][-3000:] + logs[1][-3000:]
    assert_same_tables(local_tables, snapshot(root, options))


def test_a_commit_with_an_unknown_outcome_then_a_rerun_converges(
    s3: S3Server, tmp_path: Path, local_tables: dict[str, pl.DataFrame]
) -> None:
    root = f"s3://{BUCKET}/unknown"
    # The first commit into articles after its creation: the run's "done" marker.
    commit = rf"PUT /{BUCKET}/unknown/articles/_delta_log/0+1\.json"
    proxy = StallingProxy(s3, commit, tmp_path / "proxy", pause=8.0).start()
    try:
        options = s3.options(proxy.endpoint) | {"timeout": "5s"}
        out = _claimflow(tmp_path, options, "run", str(SEEDS), "--data-root", root, "--json")
        assert proxy.fired, "the commit was never seen"
    finally:
        proxy.close()
        s3.resume()
    # Whatever the first run concluded, the rerun converges to the tables of a clean run.
    assert out.returncode in (0, 1), out.stderr[-3000:]
    _run(tmp_path, s3.options(), root)
    assert_same_tables(local_tables, snapshot(root, s3.options()))


def test_a_dask_cluster_of_separate_processes_writes_the_tables_of_a_local_run(
    s3: S3Server, tmp_path: Path, local_tables: dict[str, pl.DataFrame]
) -> None:
    port = free_port()
    procs = Processes()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    dask = str(BIN / "dask")
    try:
        procs.start(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env,
            log=tmp_path / "scheduler.log",
        )
        for i in range(2):
            procs.start(
                [dask, "worker", f"tcp://127.0.0.1:{port}", "--nthreads", "1", "--no-dashboard"],
                env=env,
                log=tmp_path / f"worker-{i}.log",
            )
        wait_for(lambda: _workers(port) == 2, 120, "two dask workers on the scheduler")
        root, options = f"s3://{BUCKET}/dask", s3.options()
        address = f"tcp://127.0.0.1:{port}"
        report = _run(tmp_path, options, root, "--dask-address", address)
        assert report["counts"]["articles_new"] == 5
        assert_same_tables(local_tables, snapshot(root, options))
        # The batches ran on the workers: each loaded the model and extracted there.
        assert (
            "extract batch"
            in (tmp_path / "worker-0.log").read_text() + (tmp_path / "worker-1.log").read_text()
        )
    finally:
        procs.stop_all()


def _workers(port: int) -> int:
    from distributed import Client

    try:
        with Client(f"tcp://127.0.0.1:{port}", timeout=5) as client:
            return len(client.scheduler_info()["workers"])
    except OSError:
        return 0
