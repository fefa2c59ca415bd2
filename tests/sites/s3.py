"""A real S3-compatible server for the object-store tests: moto's standalone server, started in
its own process on 127.0.0.1 (why moto: deploy/README.md). ``StallingProxy`` sits in front of it
and, when it sees a chosen request, lets the server carry it out, then stops the server
(SIGSTOP) and drops the answer: a commit whose outcome the client cannot know. The server comes
back (SIGCONT) after a pause, with everything it stored.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REGION = "us-east-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class S3Server:
    """A running moto server: its endpoint, and the storage options that reach it."""

    endpoint: str
    process: subprocess.Popen[bytes]

    def options(self, endpoint: str | None = None) -> dict[str, str]:
        """delta-rs / object_store options (polars' ``scan_delta`` takes the same)."""
        return {
            "AWS_ENDPOINT_URL": endpoint or self.endpoint,
            "AWS_REGION": REGION,
            "AWS_ACCESS_KEY_ID": "claimflow-test",
            "AWS_SECRET_ACCESS_KEY": "claimflow-test-secret",
            "AWS_ALLOW_HTTP": "true",
        }

    def create_bucket(self, name: str) -> None:
        request = urllib.request.Request(f"{self.endpoint}/{name}", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200

    def keys(self, bucket: str, prefix: str = "") -> list[str]:
        """Every object key under ``prefix`` (ListObjectsV2 through boto3, moto's dependency)."""
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id="claimflow-test",
            aws_secret_access_key="claimflow-test-secret",
        )
        keys: list[str] = []
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
            keys.extend(item["Key"] for item in page.get("Contents", []))
        return keys

    def stop(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)


@contextlib.contextmanager
def serve_s3(log: Path) -> Iterator[S3Server]:
    """Start ``python -m moto.server`` on a free port; stop it on exit."""
    port = free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = S3Server(endpoint=f"http://127.0.0.1:{port}", process=process)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{server.endpoint}/moto-api/", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto server did not start: see {log}") from None
                time.sleep(0.1)
        yield server
    finally:
        server.resume()  # a stopped process ignores SIGTERM until continued
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@dataclass
class StallingProxy:
    """A TCP proxy in front of ``server``, in a process of its own: the first request matching
    ``trigger`` is carried out, then the server is stopped for ``pause`` seconds and that
    request's answer is dropped. (Its own process: a client that holds the GIL while it waits
    for an answer, as deltalake's ``is_deltatable`` does, would starve a proxy thread.)"""

    server: S3Server
    trigger: str  # a regular expression over request lines such as "PUT /bucket/key"
    workdir: Path
    pause: float = 8.0
    endpoint: str = ""
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> StallingProxy:
        self.workdir.mkdir(parents=True, exist_ok=True)
        port_file = self.workdir / "port"
        args = [
            sys.executable,
            "-m",
            "tests.sites.s3",
            self.server.endpoint,
            str(self.server.process.pid),
        ]
        args += [self.trigger, str(self.pause), str(self.workdir)]
        self.process = subprocess.Popen(args, cwd=Path(__file__).parents[2])
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("stalling proxy did not start")
            time.sleep(0.05)
        self.endpoint = f"http://127.0.0.1:{port_file.read_text().strip()}"
        return self

    @property
    def fired(self) -> bool:
        return (self.workdir / "fired").exists()

    def requests(self) -> list[str]:
        log = self.workdir / "requests"
        return log.read_text().splitlines() if log.exists() else []

    def close(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=15)


def _proxy(upstream: str, server_pid: int, trigger: str, pause: float, workdir: Path) -> None:
    """The proxy process's loop (see StallingProxy)."""
    pattern = re.compile(trigger.encode())
    fired = threading.Event()
    log_lock = threading.Lock()
    upstream_port = int(upstream.rsplit(":", 1)[1])
    listener = socket.create_server(("127.0.0.1", 0))

    def up(client: socket.socket, server: socket.socket, armed: threading.Event) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                for line in re.findall(rb"(?:GET|PUT|POST|HEAD|DELETE) /\S*", data):
                    with log_lock, (workdir / "requests").open("ab") as log:
                        log.write(line + b"\n")
                    if not fired.is_set() and pattern.search(line):
                        fired.set()
                        armed.set()
                server.sendall(data)
        _close(client, server)

    def down(server: socket.socket, client: socket.socket, armed: threading.Event) -> None:
        with contextlib.suppress(OSError):
            while data := server.recv(65536):
                if armed.is_set():
                    # The server has done the work and is answering: stop it, lose the answer.
                    os.kill(server_pid, signal.SIGSTOP)
                    (workdir / "fired").touch()
                    _close(client, server)
                    threading.Timer(pause, os.kill, (server_pid, signal.SIGCONT)).start()
                    return
                client.sendall(data)
        _close(client, server)

    (workdir / "port").write_text(str(listener.getsockname()[1]))
    while True:
        client, _ = listener.accept()
        server = socket.create_connection(("127.0.0.1", upstream_port))
        armed = threading.Event()  # this connection carries the trigger request
        threading.Thread(target=up, args=(client, server, armed), daemon=True).start()
        threading.Thread(target=down, args=(server, client, armed), daemon=True).start()


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


if __name__ == "__main__":
    _proxy(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), Path(sys.argv[5]))
