"""SIGTERM and SIGKILL of `claimflow run` (docs/RELIABILITY.md #13, issue 12 item 4), with real
processes: the run's private Prefect server never outlives it, a SIGTERM crashes the flow run
cleanly, and a rerun converges to what a clean run publishes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from tasks import schema
from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import CLAIMFLOW, Processes, wait_for

pytestmark = pytest.mark.slow
_RUN_SPECIFIC = {"run_id", "ingested_at", schema.PARTITION_COLUMN}


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(tmp_path / "prefect-home")}


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _server_child(parent: int) -> int | None:
    """The pid of the uvicorn server ``parent`` started, once it has."""
    try:
        children = psutil.Process(parent).children()
    except psutil.NoSuchProcess:
        return None
    for child in children:
        try:
            if "prefect.server.api.server:create_app" in " ".join(child.cmdline()):
                return child.pid
        except psutil.NoSuchProcess:
            continue
    return None


_HOLDER = textwrap.dedent(
    """
    import time
    from flows import local_server
    server = local_server.start_if_needed()
    assert server is not None and server.wait_healthy(90)
    print(server.process.pid, flush=True)
    time.sleep(600)
    """
)


def test_server_dies_when_its_parent_is_sigkilled(tmp_path: Path, processes: Processes) -> None:
    # What an OOM kill does to `claimflow run`: no handler, no atexit. The child must follow.
    log = tmp_path / "holder.log"
    holder = processes.start([sys.executable, "-c", _HOLDER], env=_env(tmp_path), log=log)
    pid = int(wait_for(lambda: log.read_text().strip(), 120, "the server to be healthy"))
    assert not _gone(pid)
    os.kill(holder.pid, signal.SIGKILL)  # the parent alone, not its process group
    holder.wait(timeout=15)
    wait_for(lambda: _gone(pid), 20, f"the orphaned server {pid} to exit")


def _inbox(tmp_path: Path, n: int) -> Path:
    """``n`` distinct articles: the seeds, each with a closing paragraph of its own."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        extra = f"\n\nOn day {i + 1}, officials said {100 + i} more soldiers had arrived.\n"
        (inbox / f"{i:03d}_{seed.name}").write_text(seed.read_text() + extra)
    return inbox


def _flow_run_states(home: Path) -> list[str]:
    with sqlite3.connect(home / "prefect.db") as db:
        return [row[0] for row in db.execute("select state_type from flow_run")]


def test_sigterm_mid_run_crashes_the_run_stops_the_server_and_a_rerun_converges(
    tmp_path: Path, processes: Processes
) -> None:
    inbox = _inbox(tmp_path, 40)
    root, log = tmp_path / "data", tmp_path / "run.log"
    env = _env(tmp_path)
    cmd = [str(CLAIMFLOW), "run", str(inbox), "--data-root", str(root)]
    run = processes.start(cmd, env=env, log=log)
    wait_for(lambda: "candidate documents" in log.read_text(), 180, "the flow to start")
    server = _server_child(run.pid)
    assert server is not None, log.read_text()[-2000:]
    time.sleep(1.0)  # inside the read/extract tasks
    started = time.monotonic()
    os.kill(run.pid, signal.SIGTERM)
    code = run.wait(timeout=60)
    output = log.read_text()
    assert code == 128 + signal.SIGTERM, output[-3000:]
    assert time.monotonic() - started < 30
    wait_for(lambda: _gone(server), 20, "the run's server to stop")
    assert "Traceback" not in output, output[-3000:]
    # The flow run is Crashed, as the server recorded it before it stopped.
    assert _flow_run_states(tmp_path / "prefect-home") == ["CRASHED"]
    # Nothing partial: the run stopped before publishing, so no article is in the tables; the
    # run itself is recorded as crashed.
    assert read_table(root, "articles").is_empty()
    runs = read_table(root, "runs")
    assert runs["status"].to_list() == ["crashed"]
    assert "TerminationSignal" in runs["message"][0]

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    clean_root = tmp_path / "clean"
    clean = subprocess.run(
        [*cmd[:-1], str(clean_root)], env=env, capture_output=True, text=True, timeout=600
    )
    assert clean.returncode == 0, clean.stderr[-3000:]
    for name in ("articles", "claims", "quotes", "entities"):
        key = list(schema.DATASETS[name][1])
        keep = [c for c in read_table(root, name).columns if c not in _RUN_SPECIFIC]
        got = read_table(root, name).select(keep).sort(key)
        want = read_table(clean_root, name).select(keep).sort(key)
        assert got.equals(want), name
