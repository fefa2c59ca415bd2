"""The validation report an operator can use: Data Docs keep every run, load nothing from the
network, and a page that cannot be written fails the build instead of being logged and lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from expectations import docs
from expectations.runner import DATASETS, Validator
from tests.conftest import tmpfs
from tests.expectations.breakers import FRAMES

CONTEXT = {"articles": FRAMES["articles"]}
REMOTE = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"https?://", re.IGNORECASE)
LOCAL_REF = re.compile(r"\b(?:src|href)=\"(?!https?:|#|mailto:|javascript:)([^\"]+)\"")


def _run(docs_dir: Path, run_name: str) -> Path:
    """One run's validation and Data Docs, in its own context, as each flow run does."""
    validator = Validator(docs_dir)
    results = [
        validator.validate(d, FRAMES[d], context_frames=CONTEXT, run_name=run_name).result
        for d in DATASETS
    ]
    return validator.build_docs(results, run_name)


def test_every_run_stays_in_the_report_and_nothing_loads_from_the_network(
    tmp_path: Path,
) -> None:
    index = _run(tmp_path, "run-one")
    _run(tmp_path, "run-two")
    html = index.read_text(encoding="utf-8")
    for run in ("run-one", "run-two"):  # history: not only the last run
        assert html.count(f"<code>{run}</code>") == len(DATASETS), run
    assert html.index("run-two") < html.index("run-one")  # newest first
    pages = list(tmp_path.rglob("*.html"))
    assert len(pages) >= 1 + len(DATASETS) * 3  # index, suites, two runs' validations
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not REMOTE.search(text), f"{page} loads {REMOTE.search(text)}"
        for ref in LOCAL_REF.findall(text):  # every local link and asset resolves
            target = (page.parent / ref.split("#")[0].split("?")[0]).resolve()
            assert target.exists(), f"{page.relative_to(tmp_path)} -> {ref}"


def test_a_page_gx_cannot_write_fails_the_build(tmp_path: Path) -> None:
    # GX catches a failed page write, logs it and goes on: the build used to "succeed" with the
    # run's validation pages missing. Here the folder they go in is a file.
    (tmp_path / "validations").write_text("in the way")
    with pytest.raises(docs.DataDocsFailed, match="NotADirectoryError|FileExistsError"):
        _run(tmp_path, "blocked")


def test_a_full_disk_while_rendering_fails_the_build(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "docs", "600k") as full:
        with pytest.raises((docs.DataDocsFailed, OSError)) as raised:
            _run(full, "full-disk")
        assert "No space left on device" in str(raised.value)
        index = full / docs.INDEX
        assert not index.exists() or "full-disk" not in index.read_text()


def test_runs_recording_at_once_lose_no_history(tmp_path: Path) -> None:
    import threading

    def suite(i: int) -> docs.SuiteRun:
        return docs.SuiteRun(f"run-{i}", "2026-11-29T00:00:00Z", "claims", True, 1, 0, "")

    start = threading.Barrier(8)

    def writer(i: int) -> None:
        start.wait()
        for j in range(25):
            docs.record(tmp_path, [suite(i * 100 + j)])

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.run_name for r in docs.history(tmp_path)) == sorted(
        f"run-{i * 100 + j}" for i in range(8) for j in range(25)
    )


def test_a_history_line_cut_by_a_crash_costs_only_that_line(tmp_path: Path) -> None:
    docs.record(tmp_path, [docs.SuiteRun("one", "2026-11-29T00:00:00Z", "claims", True, 1, 0, "")])
    with (tmp_path / docs.HISTORY).open("a", encoding="utf-8") as f:
        f.write('{"run_name": "cut sh')  # the crash
    docs.record(tmp_path, [docs.SuiteRun("two", "2026-11-29T00:01:00Z", "claims", True, 1, 0, "")])
    assert sorted(r.run_name for r in docs.history(tmp_path)) == ["one", "two"]
