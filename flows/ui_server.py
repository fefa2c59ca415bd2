"""A lasting local Prefect server with its UI, for `make run` (`python -m flows.ui_server start`).

`claimflow run` alone starts a temporary server that dies with the run (flows/local_server.py):
nothing to look at afterwards, and ~6-10 s of start-up on every run. `make run` instead starts
Prefect's own server (`prefect server start`, UI included) once, in the background, on
127.0.0.1:PORT, and reuses it while it answers: runs stay visible in the UI and a warm run skips
the start-up. It writes its pid and log under PREFECT_HOME; `make server-stop` stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

DEFAULT_PORT = 4200
START_TIMEOUT = 120.0  # seconds: a cold start on a busy 2-core machine takes ~20


def api_url(port: int) -> str:
    return f"http://127.0.0.1:{port}/api"


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _home() -> Path:
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    home.mkdir(parents=True, exist_ok=True)
    return home


def start(port: int = DEFAULT_PORT) -> str:
    """The API URL of a server answering on ``port``, started in the background if none is."""
    url = api_url(port)
    if healthy(url):
        return url
    if _port_taken(port):
        raise SystemExit(
            f"port {port} is taken by something that is not a Prefect server: "
            "choose another with PREFECT_PORT=4300 make run"
        )
    home = _home()
    log = home / "server.log"
    prefect = Path(sys.executable).parent / "prefect"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives `make run` on purpose; `make server-stop` ends it
            env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"},
        )
    (home / "server.pid").write_text(f"{process.pid}\n")
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(
                f"the Prefect server stopped at start (exit {process.returncode}): see {log}"
            )
        if healthy(url):
            print(f"Prefect server and UI: http://127.0.0.1:{port} (stop it: make server-stop)")
            return url
        time.sleep(0.25)
    raise SystemExit(f"the Prefect server did not answer within {START_TIMEOUT:.0f} s: see {log}")


def stop() -> bool:
    """Stop the server ``start`` left running (its whole process group); False if none was."""
    pid_file = _home() / "server.pid"
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return False
    pid_file.unlink(missing_ok=True)
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped here if this process started it
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    os.killpg(pid, signal.SIGKILL)
    return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m flows.ui_server", description=__doc__)
    parser.add_argument("action", choices=["start", "stop", "url"])
    parser.add_argument(
        "--port", type=int, default=int(os.environ.get("PREFECT_PORT", DEFAULT_PORT))
    )
    args = parser.parse_args(argv)
    if args.action == "start":
        start(args.port)
    elif args.action == "url":
        print(api_url(args.port))
    else:
        print("stopped" if stop() else "no server started by make server was running")


if __name__ == "__main__":
    main()
