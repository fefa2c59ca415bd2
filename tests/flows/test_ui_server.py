"""`make run`'s lasting Prefect server: started once in the background, reused while it answers,
stopped by `make server-stop`; a port held by something else is one clear line."""

from __future__ import annotations

import os
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from flows import ui_server

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_started_once_reused_then_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    port = _free_port()
    try:
        # two `make run` at once: one server, both told where it is
        with ThreadPoolExecutor(2) as pool:
            urls = list(pool.map(ui_server.start, [port, port]))
        url = urls[0]
        assert urls == [url, url] and ui_server.healthy(url)
        pid = int((tmp_path / "home" / "server.pid").read_text())
        assert ui_server.start(port) == url  # answering: reused, nothing new started
        assert int((tmp_path / "home" / "server.pid").read_text()) == pid
    finally:
        stopped = ui_server.stop()
    assert stopped
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # the server and its children are gone
    assert not ui_server.healthy(url)
    assert ui_server.stop() is False  # nothing left to stop


def test_a_port_held_by_something_else_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with pytest.raises(SystemExit, match=f"port {port} is taken .* PREFECT_PORT"):
            ui_server.start(port)


def test_a_stale_pid_file_never_signals_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    (tmp_path / "server.pid").write_text(f"{os.getpid()}\n")  # a reused pid: this test's own
    assert ui_server.stop() is False  # and this process is still here to say so
    assert not (tmp_path / "server.pid").exists()
