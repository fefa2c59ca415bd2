"""Flow tests run against a real, temporary Prefect server (its own database), started once.

Shared here: running the flow in-process, a snapshot of the data tables for comparing runs, and
a `prefect server start` subprocess with the workers and servers the tests start beside it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
import pytest

from tasks import schema
from tasks.schema import ArticleCol, Dataset, QuarantineCol, Stamp
from tasks.store.publish import read_table
from tests.conftest import REPO

T = TypeVar("T")
BIN = Path(sys.executable).parent
PREFECT = BIN / "prefect"
CLAIMFLOW = BIN / "claimflow"


# --- The flow in this process, and what its tables hold ---------------------------------------

DATA_TABLES = (
    Dataset.ARTICLES,
    *schema.ARTICLE_CHILD_DATASETS,
    Dataset.QUARANTINE,
    Dataset.SOURCES,
    Dataset.FIGURES,
)
# Columns that name the run or its clock: everything else must be identical across reruns.
RUN_SPECIFIC = {
    Stamp.RUN_ID,
    ArticleCol.INGESTED_AT,
    QuarantineCol.QUARANTINED_AT,
    Stamp.INGEST_DATE,
}


def run_pipeline(source: Path | str, data_root: Path, **kw: Any) -> dict[str, Any]:
    """The flow, called in this process (on the test session's Prefect server)."""
    from flows.pipeline import news_pipeline

    return news_pipeline(source=str(source), data_root=str(data_root), **kw)


def snapshot(
    data_root: Path | str, storage_options: dict[str, str] | None = None
) -> dict[str, pl.DataFrame]:
    """Every data table's rows, minus run-specific columns, in key order."""
    out = {}
    for name in DATA_TABLES:
        keys = list(schema.DATASETS[name][1])
        frame = read_table(data_root, name, storage_options=storage_options)
        out[name] = frame.drop([c for c in frame.columns if c in RUN_SPECIFIC]).sort(keys)
    return out


def assert_same_tables(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    """The same rows in every data table (run-specific columns aside)."""
    # Two empty snapshots are equal and prove nothing.
    assert a[Dataset.ARTICLES].height and b[Dataset.ARTICLES].height, "no articles to compare"
    for name in DATA_TABLES:
        assert a[name].equals(b[name]), f"{name} differs:\n{a[name]}\n{b[name]}"


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[str]:
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield str(PREFECT_API_URL.value())


# --- A real Prefect server in its own process, and the workers/servers the tests start ---------


@dataclass
class LiveServer:
    """A `prefect server start` subprocess: its API URL and the environment clients need."""

    api_url: str
    home: Path
    env: dict[str, str]


class Processes:
    """Subprocesses started in their own process group, all killed by `stop_all`."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[bytes]] = []

    def start(
        self, args: list[str], *, env: dict[str, str], log: Path, cwd: Path = REPO
    ) -> subprocess.Popen[bytes]:
        out = log.open("ab")
        proc = subprocess.Popen(
            args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        out.close()
        self.started.append(proc)
        return proc

    @staticmethod
    def kill(proc: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> None:
        """Signal the process's whole group (its children too) and reap it."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)

    def stop_all(self) -> None:
        # SIGTERM first (a served flow pauses its schedules), SIGKILL whatever lingers.
        for proc in reversed(self.started):
            self.kill(proc, signal.SIGTERM)
        self.started.clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check: Callable[[], T | None], timeout: float, what: str, every: float = 0.5) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`prefect server start` on a free port with its own PREFECT_HOME and SQLite database."""
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        "PREFECT_UI_ENABLED": "false",  # the API is what the tests read; saves start-up time
        # Short loops so a test sees a schedule fire and a freed slot taken within seconds.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS": "3",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        "PREFECT_WORKER_PREFETCH_SECONDS": "2",
    }
    server_env = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
    procs = Processes()
    log = home / "server.log"
    proc = procs.start(
        [str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=server_env,
        log=log,
    )

    def healthy() -> bool:
        if proc.poll() is not None:
            pytest.fail(f"prefect server exited {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    try:
        wait_for(healthy, 120, "the Prefect server's /api/health")
        yield LiveServer(api_url=api_url, home=home, env=env)
    finally:
        procs.stop_all()


@pytest.fixture
def processes() -> Iterator[Processes]:
    """Workers and served flows a test starts; stopped when it ends, pass or fail."""
    procs = Processes()
    try:
        yield procs
    finally:
        procs.stop_all()


@pytest.fixture
def api(live_server: LiveServer) -> Iterator[Any]:
    """A sync Prefect client on the live server."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with (
        temporary_settings(updates={PREFECT_API_URL: live_server.api_url}),
        get_client(sync_client=True) as client,
    ):
        yield client


def spy_on_pools(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """The extraction pools a run starts from now on: (who started it, its worker count); early,
    at the first new article read (``warmup``), or when extraction begins (``extraction``)."""
    from flows import extraction, warmup

    started: list[tuple[str, int]] = []
    real = extraction.ExtractPool
    for module in (extraction, warmup):
        name = module.__name__.rsplit(".", 1)[-1]

        def pool(model: str, processes: int, *a: Any, _by: str = name, **kw: Any) -> Any:
            started.append((_by, processes))
            return real(model, processes, *a, **kw)

        monkeypatch.setattr(module, "ExtractPool", pool)
    return started
