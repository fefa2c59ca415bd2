"""The reaper: when a run counts as dead (pure rules), and, against a real server, a served run
killed with SIGKILL is marked Crashed and stops blocking the next run."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from flows.reaper import RunSeen, process_alive, process_token, verdict
from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import CLAIMFLOW, LiveServer, Processes, wait_for

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
HOST = "worker-1"
LIMIT = timedelta(minutes=9)  # three missed 180 s heartbeats


def _run(**kw: Any) -> RunSeen:
    base: dict[str, Any] = {
        "flow_run_id": "r1",
        "name": "brave-fox",
        "running_since": NOW - timedelta(minutes=1),
    }
    return RunSeen(**{**base, **kw})


@pytest.mark.parametrize(
    ("run", "max_silence", "dead"),
    [
        # Our host, our process gone: dead at once, however recent its heartbeat.
        (_run(host=HOST, pid_token="41:7", last_heartbeat=NOW), LIMIT, True),
        (_run(host=HOST, pid_token="42:7", last_heartbeat=NOW), LIMIT, False),
        # Another host: its pid means nothing here, only silence counts.
        (_run(host="worker-2", pid_token="41:7", last_heartbeat=NOW), LIMIT, False),
        (
            _run(
                host="worker-2",
                running_since=NOW - timedelta(minutes=30),
                last_heartbeat=NOW - timedelta(minutes=10),
            ),
            LIMIT,
            True,
        ),
        # A run that has not beaten yet is judged from when it started running.
        (_run(running_since=NOW - timedelta(minutes=8)), LIMIT, False),
        (_run(running_since=NOW - timedelta(hours=2)), LIMIT, True),
        # An old run that still beats is alive.
        (
            _run(running_since=NOW - timedelta(hours=5), last_heartbeat=NOW - timedelta(minutes=2)),
            LIMIT,
            False,
        ),
        # Heartbeats off: silence proves nothing, only a dead local process does.
        (_run(running_since=NOW - timedelta(days=2)), None, False),
        (_run(host=HOST, pid_token="41:7", running_since=NOW), None, True),
        # Nothing known at all (no labels, no start time): leave it alone.
        (_run(running_since=None), LIMIT, False),
    ],
)
def test_verdict(run: RunSeen, max_silence: timedelta | None, dead: bool) -> None:
    why = verdict(
        run, now=NOW, host=HOST, max_silence=max_silence, alive=lambda token: token != "41:7"
    )
    assert (why is not None) == dead, why


def test_process_alive_tells_live_dead_zombie_and_reused_pids() -> None:
    assert process_alive(process_token(os.getpid()))
    child = subprocess.Popen(["sleep", "30"])
    token = process_token(child.pid)
    assert process_alive(token)
    pid, _, ticks = token.partition(":")
    assert not process_alive(f"{pid}:{int(ticks) + 1}")  # same pid, another process
    child.kill()
    time.sleep(0.2)
    assert not process_alive(token)  # killed but not yet waited for: a zombie is dead
    child.wait()
    assert not process_alive(token)


@pytest.mark.slow
def test_sigkilled_served_run_is_crashed_and_the_next_run_completes(
    live_server: LiveServer, api: Any, processes: Processes, tmp_path: Path
) -> None:
    from prefect.deployments import run_deployment

    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    root = tmp_path / "data"
    serve = [
        str(CLAIMFLOW),
        "serve",
        str(inbox),
        "--data-root",
        str(root),
        "--name",
        "killed",
        "--cron",
        "0 0 1 1 *",  # only the runs the test asks for
        # Each reaper run is a new Python process (~5 s of CPU): a 5 s interval kept a 2-core CI
        # machine saturated and starved the queued run. The test asks for one reaper run itself.
        "--reap-every",
        "60",
    ]
    first = processes.start(serve, env=live_server.env, log=tmp_path / "serve-1.log")
    wait_for(lambda: _deployment(api, "news_pipeline/killed"), 60, "`claimflow serve` to deploy")
    doomed = run_deployment("news_pipeline/killed", timeout=0)

    def registered() -> Any:
        run = api.read_flow_run(doomed.id)
        return run if run.state.is_running() and "claimflow.pid" in run.labels else None

    run = wait_for(registered, 90, "the run to start and record its process")
    pid = int(run.labels["claimflow.pid"].split(":")[0])
    # The machine dies: the serving process and the run's process, no cleanup, no report.
    Processes.kill(first)
    if process_alive(run.labels["claimflow.pid"]):
        os.kill(pid, 9)
    time.sleep(3)
    assert api.read_flow_run(doomed.id).state.is_running()  # Prefect alone never notices

    nxt = run_deployment("news_pipeline/killed", timeout=0)
    killed_at = time.monotonic()
    processes.start(serve, env=live_server.env, log=tmp_path / "serve-2.log")  # the restart
    # The served reaper runs every 60 s on its schedule; asking for a run now keeps the test
    # independent of the server's scheduler loop.
    run_deployment("reap_crashed_runs/killed-reaper", timeout=0)

    def crashed() -> Any:
        state = api.read_flow_run(doomed.id).state
        return state if state.is_crashed() else None

    state = wait_for(crashed, 90, "the reaper to mark the killed run Crashed", every=1)
    reaped_after = time.monotonic() - killed_at
    assert "reaped by claimflow" in state.message and "is gone" in state.message

    def finished() -> Any:
        state = api.read_flow_run(nxt.id).state
        return state if state.is_final() else None

    final = wait_for(finished, 240, "the next run to finish", every=1)
    assert final.is_completed(), final
    assert read_table(root, "articles").height == 5
    print(f"killed run marked Crashed {reaped_after:.0f} s after the restart")


def _deployment(api: Any, name: str) -> Any:
    from prefect.exceptions import ObjectNotFound

    try:
        return api.read_deployment_by_name(name)
    except ObjectNotFound:
        return None
