"""Runs that died without telling the server (SIGKILL, OOM kill, a lost node) stay Running in
Prefect and keep their deployment's concurrency slot, so the next scheduled run waits forever.
The reaper finds them and marks them Crashed, which releases the slot.

A run is dead when the process it recorded (host, pid and start time, as flow-run labels) is
gone from this host, or when nothing was heard from it (start or heartbeat event) for longer than
``max_silence``. The decision (`verdict`) is pure; `reap` and `register` talk to the API.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

from prefect import flow, get_run_logger
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import StateType
from prefect.client.schemas.sorting import FlowRunSort
from prefect.events.filters import (
    EventFilter,
    EventNameFilter,
    EventOccurredFilter,
    EventResourceFilter,
)
from prefect.settings import get_current_settings
from prefect.states import Crashed

HOST_LABEL = "claimflow.host"
PID_LABEL = "claimflow.pid"  # "<pid>:<start ticks>": a pid reused by a new process does not match
HEARTBEAT_EVENT = "prefect.flow-run.heartbeat"
FLOW_NAME = "news_pipeline"
# Prefect's own rule of thumb for its heartbeat automation: three missed beats mean dead.
MISSED_BEATS = 3


@dataclass(frozen=True)
class RunSeen:
    """What the server knows about a Running flow run."""

    flow_run_id: str
    name: str
    running_since: datetime | None
    last_heartbeat: datetime | None = None
    host: str | None = None
    pid_token: str | None = None


def process_token(pid: int) -> str:
    """``pid`` plus its start time since boot (Linux), so a reused pid is told apart."""
    return f"{pid}:{_start_ticks(pid) or 0}"


def _start_ticks(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return None
    # The command name (field 2) may hold spaces: split after its closing parenthesis.
    fields = stat[stat.rindex(")") + 2 :].split()
    return None if fields[0] in ("Z", "X") else fields[19]  # a zombie is dead, not alive


def process_alive(token: str) -> bool:
    """Whether the process named by a `process_token` still runs on this host."""
    pid_text, _, ticks = token.partition(":")
    pid = int(pid_text)
    if os.path.exists("/proc/self/stat"):
        now = _start_ticks(pid)
        return now is not None and (ticks in ("", "0") or now == ticks)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def verdict(
    run: RunSeen,
    *,
    now: datetime,
    host: str,
    max_silence: timedelta | None,
    alive: Callable[[str], bool] = process_alive,
) -> str | None:
    """Why ``run`` is dead, or None while it may still be alive.

    Only a process on this host can be checked directly; elsewhere the run is judged by silence,
    and never when heartbeats are off (``max_silence`` None), since a long run is then silent.
    """
    if run.host == host and run.pid_token and not alive(run.pid_token):
        return f"its process ({run.pid_token.split(':')[0]} on {host}) is gone"
    heard = [t for t in (run.running_since, run.last_heartbeat) if t is not None]
    if max_silence is None or not heard:
        return None
    silent = now - max(heard)
    if silent > max_silence:
        limit = max_silence.total_seconds()
        return f"no heartbeat for {silent.total_seconds():.0f} s (limit {limit:.0f} s)"
    return None


def max_silence_from_settings() -> timedelta | None:
    """Three heartbeat intervals (PREFECT_FLOWS_HEARTBEAT_FREQUENCY), or None when off."""
    every = get_current_settings().flows.heartbeat_frequency
    return None if every is None else timedelta(seconds=MISSED_BEATS * max(every, 30))


def _running(client: SyncPrefectClient, flow_name: str) -> list[Any]:
    # sort, limit and offset are explicit: FastAPI >= 0.151 rejects the nulls the client sends.
    return client.read_flow_runs(
        flow_filter=FlowFilter(name=FlowFilterName(any_=[flow_name])),
        flow_run_filter=FlowRunFilter(
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.RUNNING]))
        ),
        sort=FlowRunSort.START_TIME_ASC,
        limit=200,
        offset=0,
    )


def _last_heartbeat(client: SyncPrefectClient, run_id: str, since: datetime) -> datetime | None:
    page = client.read_events(
        EventFilter(
            event=EventNameFilter(name=[HEARTBEAT_EVENT]),
            resource=EventResourceFilter(id=[f"prefect.flow-run.{run_id}"]),
            occurred=EventOccurredFilter(since=since),  # type: ignore[arg-type]
        ),  # newest first
        limit=1,
    )
    return page.events[0].occurred if page.events else None


def seen_runs(client: SyncPrefectClient, flow_name: str, now: datetime) -> list[RunSeen]:
    """The Running runs of ``flow_name`` with their recorded process and last heartbeat."""
    return [
        RunSeen(
            flow_run_id=str(r.id),
            name=r.name,
            running_since=r.start_time or (r.state.timestamp if r.state else None),
            last_heartbeat=_last_heartbeat(client, str(r.id), now - timedelta(days=1)),
            host=(r.labels or {}).get(HOST_LABEL),
            pid_token=(r.labels or {}).get(PID_LABEL),
        )
        for r in _running(client, flow_name)
    ]


def reap(
    flow_name: str = FLOW_NAME,
    *,
    max_silence: timedelta | None = None,
    exclude: str | None = None,
    client: SyncPrefectClient | None = None,
) -> list[tuple[RunSeen, str]]:
    """Mark dead Running runs of ``flow_name`` Crashed; returns each one with the reason."""
    silence = max_silence if max_silence is not None else max_silence_from_settings()
    if client is None:
        with get_client(sync_client=True) as own:
            return reap(flow_name, max_silence=silence, exclude=exclude, client=own)
    now, host = datetime.now(UTC), socket.gethostname()
    reaped = []
    for run in seen_runs(client, flow_name, now):
        if run.flow_run_id == exclude:
            continue
        why = verdict(run, now=now, host=host, max_silence=silence)
        if why is None:
            continue
        # force: a dead run cannot follow the usual Running -> Crashed handshake; the minimal
        # policy still releases the deployment's concurrency slot.
        client.set_flow_run_state(
            UUID(run.flow_run_id), Crashed(message=f"reaped by claimflow: {why}"), force=True
        )
        reaped.append((run, why))
    return reaped


def register(flow_run_id: str, client: SyncPrefectClient) -> None:
    """Record this process on the flow run, so a reaper on this host can tell if it dies."""
    client.update_flow_run_labels(
        UUID(flow_run_id),
        {HOST_LABEL: socket.gethostname(), PID_LABEL: process_token(os.getpid())},
    )


def register_and_reap(flow_run_id: str | None, flow_name: str = FLOW_NAME) -> list[str]:
    """At a run's start: record its process, then crash the dead runs of the same flow.

    Never fails the run: a reaper that cannot reach the API leaves things as they were.
    """
    try:
        with get_client(sync_client=True) as client:
            if flow_run_id:
                register(flow_run_id, client)
            reaped = reap(flow_name, exclude=flow_run_id, client=client)
    except Exception as exc:  # the run matters more than the bookkeeping
        return [f"reaper skipped: {exc!r}"]
    return [f"marked {run.name} ({run.flow_run_id}) Crashed: {why}" for run, why in reaped]


@flow(name="reap_crashed_runs", log_prints=True)
def reap_crashed_runs(flow_name: str = FLOW_NAME, max_silence_seconds: int | None = None) -> int:
    """Mark runs of ``flow_name`` Crashed whose process died without reporting it.

    flow_name: the flow whose Running runs are checked.
    max_silence_seconds: a run silent this long is dead; default three heartbeat intervals.
    """
    logger = get_run_logger()
    silence = timedelta(seconds=max_silence_seconds) if max_silence_seconds else None
    reaped = reap(flow_name, max_silence=silence)
    for run, why in reaped:
        logger.warning("marked %s (%s) Crashed: %s", run.name, run.flow_run_id, why)
    return len(reaped)
