"""A temporary local Prefect API for one `claimflow run`, started before anything heavy imports.

Without PREFECT_API_URL, Prefect starts the same kind of temporary server on the flow's first API
call: after our imports (spaCy, polars, deltalake: ~4 s) and after importing its own server module
in this process (~4.6 s), then waits ~6-7 s for it. Starting the identical uvicorn command first
overlaps that wait with our imports and skips the in-process server import (measured: a no-op
incremental run 15 s -> see bench/RESULTS.md). Anything unexpected falls back to Prefect's own path.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import FrameType

# What Prefect's own SubprocessASGIServer sets for its temporary server (no UI, ephemeral mode),
# and no block-type registration: a run uses no blocks, and even when memoised the check imports
# every installed Prefect collection (prefect-dask imports all of distributed) and hashes the
# block registry, ~0.5 s of CPU and of wall time at every start (measured with a warm database:
# healthy after 3.6 s -> 3.1 s). `prefect server start` (and `make server`) still registers them.
_SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}


# The server must never outlive the run that started it (an orphan holds ~235 MB until reboot):
# uvicorn is started through this launcher, which asks Linux to send it SIGTERM when its parent
# dies (PR_SET_PDEATHSIG, survives exec) and, on any platform, watches its parent id and stops
# when it changes (the parent was SIGKILLed or OOM-killed and the child re-parented).
_LAUNCHER = """
import ctypes, os, runpy, signal, sys, threading, time
parent = int(sys.argv.pop(1))
try:
    ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # 1: PR_SET_PDEATHSIG
except (OSError, AttributeError):
    pass  # not Linux: the watchdog alone
def watchdog():
    while os.getppid() == parent:
        time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGTERM)  # uvicorn's graceful shutdown
    time.sleep(10)
    os._exit(1)
threading.Thread(target=watchdog, daemon=True).start()
sys.argv[0] = "uvicorn"
runpy.run_module("uvicorn", run_name="__main__", alter_sys=True)
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """A `prefect.server.api.server:create_app` uvicorn process on a free loopback port."""

    def __init__(self) -> None:
        spec = importlib.util.find_spec("prefect")
        assert spec is not None and spec.submodule_search_locations
        app_dir = Path(next(iter(spec.submodule_search_locations))).parent
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.process: subprocess.Popen[bytes] | None = subprocess.Popen(
            [
                sys.executable, "-c", _LAUNCHER, str(os.getpid()), "--app-dir", str(app_dir),
                "--factory", "prefect.server.api.server:create_app",
                "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on",
            ],
            env={**os.environ, **_SERVER_ENV},
        )  # fmt: skip

    def wait_healthy(self, timeout: float = 60.0) -> bool:
        """True once /api/health answers 200; False if the process died or time ran out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=1) as response:
                    if response.status == 200:
                        return True
            except OSError:
                pass
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop within 5 s)."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def api_problem(timeout: float = 5.0) -> str | None:
    """Why the configured PREFECT_API_URL cannot be used (one line), or None (or none set).

    Without this check a stopped server costs the user hundreds of lines of retried
    connection errors before the run gives up.
    """
    url = os.environ.get("PREFECT_API_URL")
    if not url:
        return None
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:
            if response.status == 200:
                return None
            reason = f"HTTP {response.status}"
    except (OSError, ValueError) as exc:
        reason = str(getattr(exc, "reason", None) or exc)
    return (
        f"the Prefect API at PREFECT_API_URL={url} does not answer ({reason}): start it "
        "(prefect server start) or unset PREFECT_API_URL to run on a temporary local server"
    )


def start_if_needed() -> LocalServer | None:
    """Start a local server now when no API URL is set in the environment, else None."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    try:
        server = LocalServer()
    except (OSError, AssertionError):
        return None  # Prefect's own temporary server will start on first use instead
    # Registered before Prefect is imported, so it runs after Prefect's own exit handlers (atexit
    # is last-in, first-out): logs and events still in flight reach the server before it stops.
    atexit.register(server.stop)
    _exit_on_sigterm()
    return server


def _exit_on_sigterm() -> None:
    """Make SIGTERM (a deploy, a node drain, ``kill``) an orderly exit that stops the server.

    Python's default for SIGTERM ends the process without running exit handlers, so the server
    would be orphaned. During a flow run Prefect swaps in its own handler: it marks the run
    Crashed, then re-sends the signal to the handler found before it, this one.
    """
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the cleanup
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
