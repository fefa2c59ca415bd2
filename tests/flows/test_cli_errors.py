"""A user's mistake is one clear line and its own exit code (issue 12 items 8 and 9): no server
is started and no traceback printed for a missing source, a stopped Prefect API, a setting out of
range or a damaged table."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest

from flows.cli_options import Exit
from tests.conftest import SEEDS
from tests.flows.conftest import CLAIMFLOW


def _claimflow(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL",)}
    return subprocess.run(
        [str(CLAIMFLOW), *args],
        env={**base, "PREFECT_HOME": str(tmp_path / "home"), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _one_line(out: subprocess.CompletedProcess[str]) -> str:
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nothing listens


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["run", "/no/such/inbox"], Exit.NO_SOURCE, "source '/no/such/inbox' does not exist"),
        (["run", "/no/such/*.md"], Exit.NO_SOURCE, "base folder '/no/such' does not exist"),
        (["run", str(SEEDS), "--batch-size", "0"], Exit.INVALID_SETTING, "batch_size"),
        (["run", str(SEEDS), "--max-doc-bytes", "-1"], Exit.INVALID_SETTING, "max_doc_bytes"),
        (["run", str(SEEDS), "--max-failed-share", "2"], Exit.INVALID_SETTING, "share"),
        (["run", str(SEEDS), "--extract-timeout", "0"], Exit.INVALID_SETTING, "extract_timeout"),
    ],
)
def test_a_mistake_is_one_line_and_its_exit_code(
    tmp_path: Path, args: list[str], code: Exit, says: str
) -> None:
    out = _claimflow(tmp_path, *args, "--data-root", str(tmp_path / "data"))
    assert out.returncode == code, out.stderr
    assert says in _one_line(out)
    assert not (tmp_path / "home").exists()  # no local server was started for it


def test_a_setting_from_the_environment_is_checked_too(tmp_path: Path) -> None:
    out = _claimflow(tmp_path, "run", str(SEEDS), CLAIMFLOW_BATCH_SIZE="0")
    assert out.returncode == Exit.INVALID_SETTING
    assert _one_line(out).startswith("invalid setting: batch_size")


def test_a_stopped_prefect_server_is_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/api"
    out = _claimflow(tmp_path, "run", str(SEEDS), "-d", str(tmp_path / "d"), PREFECT_API_URL=url)
    assert out.returncode == Exit.NO_API
    line = _one_line(out)
    assert url in line and "does not answer" in line and "prefect server start" in line


def test_a_damaged_table_is_one_line(tmp_path: Path) -> None:
    from tasks.store import publish
    from tests.tasks.store.test_publish import claims_for

    root = tmp_path / "data"
    publish.replace_article_rows(root, "claims", claims_for(["a"], 2), ["a"])
    sorted((root / "claims" / "_delta_log").glob("*.json"))[-1].write_text("{garbage")
    out = _claimflow(tmp_path, "run", str(SEEDS), "-d", str(root))
    assert out.returncode == Exit.BROKEN_TABLE
    assert _one_line(out).startswith("damaged table: table 'claims': its Delta log")


def test_quarantine_lists_what_is_held_and_hides_what_was_resolved(tmp_path: Path) -> None:
    from tests.tasks.store.test_quarantine import _inbox, _run

    root, inbox = tmp_path / "data", _inbox(tmp_path)
    _run(inbox, root, "r1")
    (inbox / "a_empty.txt").write_text("Kyiv said on Tuesday that 300 drones were launched.\n")
    _run(inbox, root, "r2")
    held = _claimflow(tmp_path, "quarantine", "-d", str(root))
    assert held.returncode == 0, held.stderr
    assert "5 held (1 resolved, shown with --all)" in held.stdout
    assert "a_empty.txt" not in held.stdout
    everything = _claimflow(tmp_path, "quarantine", "-d", str(root), "--all")
    assert "6 in all, 1 of them resolved" in everything.stdout
    assert "a_empty.txt" in everything.stdout
