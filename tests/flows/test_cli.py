"""The `claimflow` command as a user runs it: a subprocess, no Prefect server configured."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.slow
CLAIMFLOW = REPO / ".venv" / "bin" / "claimflow"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(tmp_path / "prefect-home")}


def test_run_on_its_own_local_server_then_rerun_finds_nothing_new(tmp_path: Path) -> None:
    root = tmp_path / "data"
    cmd = [str(CLAIMFLOW), "run", str(SEEDS), "--data-root", str(root), "--json"]
    first = subprocess.run(cmd, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr[-3000:]
    report = json.loads(first.stdout[first.stdout.index("{") :])
    assert report["status"] == "completed" and report["counts"]["articles_new"] == 5
    assert pl.read_delta(str(root / "claims")).height == report["counts"]["claims_published"]
    # The temporary server skipped block registration, memoised or not (~0.5 s of its start).
    assert not (tmp_path / "prefect-home" / "memo_store.toml").exists()

    second = subprocess.run(cmd, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr[-3000:]
    again = json.loads(second.stdout[second.stdout.index("{") :])
    assert again["counts"]["articles_new"] == 0 and again["counts"]["duplicates"] == 5
    # Logs and events reached the server before it stopped (no retries into a closed port).
    assert "All connection attempts failed" not in second.stderr
    # Offline, the temporary server no longer logs an ERROR failing to send usage telemetry.
    assert "ERROR" not in first.stderr + second.stderr, first.stderr[-3000:]


def test_a_missing_source_is_a_clear_error(tmp_path: Path) -> None:
    out = subprocess.run(
        [str(CLAIMFLOW), "run", str(tmp_path / "nowhere"), "--data-root", str(tmp_path / "d")],
        env=_env(tmp_path), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 3  # flows.cli.Exit.NO_SOURCE
    assert out.stderr.strip().splitlines() == [
        f"source '{tmp_path / 'nowhere'}' does not exist (expected a folder, glob or file)"
    ]


def test_local_server_starts_healthy_and_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import local_server

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server = local_server.LocalServer()
    try:
        assert server.wait_healthy(timeout=90)
    finally:
        server.stop()
    assert server.process is None
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:1/api")
    assert local_server.start_if_needed() is None  # a configured server is used as it is


def test_the_run_summary_is_printed_once(tmp_path: Path) -> None:
    # The flow used to log the summary as well, so a terminal showed it twice.
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"title": "Report", "text": "Officials said 40 soldiers were wounded."}),
        encoding="utf-8",
    )
    cmd = [str(CLAIMFLOW), "run", str(feed), "--data-root", str(tmp_path / "data")]
    out = subprocess.run(cmd, env=_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    summaries = re.findall(r"claimflow run [0-9a-f]{32}: completed", out.stdout + out.stderr)
    assert len(summaries) == 1, out.stdout + out.stderr
    assert "documents read  1" in out.stdout
