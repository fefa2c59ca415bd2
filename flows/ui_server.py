"""A lasting local Prefect server with its UI, for `make run` (`python -m flows.ui_server start`).

`claimflow run` alone starts a temporary server that dies with the run (flows/local_server.py):
nothing to look at afterwards, and ~6-10 s of start-up on every run. `make run` instead starts
Prefect's own server (`prefect server start`, UI included) once, in the background, on
127.0.0.1:PORT, and reuses it while it answers: runs stay visible in the UI and a warm run skips
the start-up. It writes its pid and log under PREFECT_HOME (its database in PREFECT_HOME/ui-server);
`make server-stop` stops it.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
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
    """The API URL of a server answering on ``port``, started in the background if none is.

    Two `make run` at once: the second waits on a lock while the first starts the server, then
    finds it answering."""
    url = api_url(port)
    home = _home()
    with (home / "server.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if healthy(url):
            return url
        if _port_taken(port):
            raise SystemExit(
                f"port {port} is taken by something that is not a Prefect server: "
                "choose another with PREFECT_PORT=4300 make run"
            )
        _launch(port, home)
    print(f"Prefect server and UI: http://127.0.0.1:{port} (stop it: make server-stop)")
    return url


def _launch(port: int, home: Path) -> None:
    log = home / "server.log"
    prefect = Path(sys.executable).parent / "prefect"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives `make run` on purpose; `make server-stop` ends it
            # Its own database: a temporary server of a plain `claimflow run` may use the one
            # in PREFECT_HOME at the same time, and SQLite serves one writer.
            env={
                **os.environ,
                "PREFECT_HOME": str(home / "ui-server"),
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            },
        )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            code = process.returncode
            raise SystemExit(f"the Prefect server stopped at start (exit {code}): see {log}")
        if healthy(api_url(port)):
            (home / "server.pid").write_text(f"{process.pid}\n")  # only a server that answers
            return
        time.sleep(0.25)
    _stop_group(process.pid)
    raise SystemExit(f"the Prefect server did not answer within {START_TIMEOUT:.0f} s: see {log}")


def stop() -> bool:
    """Stop the server ``start`` left running (its whole process group); False if none was."""
    pid_file = _home() / "server.pid"
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return False
    pid_file.unlink(missing_ok=True)
    if not _is_our_server(pid):  # gone, and its pid maybe reused since: signal nothing
        return False
    return _stop_group(pid)


def _is_our_server(pid: int) -> bool:
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:  # gone (or no /proc: trust the pid file)
        return not Path("/proc/self").exists() and _group_alive(pid)
    return b"server" in words and any(w.endswith(b"prefect") for w in words)


def _group_alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped here if this process started it
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _stop_group(pid: int) -> bool:
    """SIGTERM the process group led by ``pid``, SIGKILL it after 15 s; False if it was gone."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if not _group_alive(pid):
            return True
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    for _ in range(50):
        if not _group_alive(pid):
            break
        time.sleep(0.1)
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
