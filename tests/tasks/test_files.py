"""Atomic local writes when several runs write the same file at once (docs/RELIABILITY.md #5)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tasks.files import replaced_atomically, write_text_atomically

WRITERS, WRITES = 8, 40


def _at_once(target) -> list[BaseException]:  # noqa: ANN001
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def writer(i: int) -> None:
        start.wait()
        try:
            for j in range(WRITES):
                target(i, j)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_writers_of_one_file_at_once_never_take_each_others_temporary_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report" / "figures.html"
    pages = {f"writer {i} write {j} " * 500 for i in range(WRITERS) for j in range(WRITES)}
    errors = _at_once(lambda i, j: write_text_atomically(path, f"writer {i} write {j} " * 500))
    assert errors == []
    assert path.read_text(encoding="utf-8") in pages  # one whole version, never a mix
    assert [p.name for p in path.parent.iterdir()] == ["figures.html"]  # no temporary left


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = write_text_atomically(tmp_path / "t.parquet", "old")
    with pytest.raises(OSError, match="disk full"), replaced_atomically(path) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(28, "disk full")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]


def test_files_get_the_usual_permissions_not_mkstemps_owner_only(tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        path = write_text_atomically(tmp_path / "report.html", "<p>figures</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # a web server or the group may read it
