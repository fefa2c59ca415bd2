"""The warm-up: the extraction workers and the GX process start at the first batch read that
holds new articles, sized by the share of new articles so far; a run with nothing new starts
neither, and what extraction never took is stopped with the run."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from flows.settings import Settings
from flows.warmup import Warmup
from tests.flows.conftest import spy_on_pools


def _settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(data_root=str(tmp_path / "data"), **kw)  # type: ignore[arg-type]


def test_nothing_new_read_starts_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools = spy_on_pools(monkeypatch)
    with ExitStack() as stack:
        warm = Warmup(stack, _settings(tmp_path, processes=2))
        warm.read(0, 256, 2225)  # the first read batch: every document already published
        warm.read(0, 2225, 2225)
        assert warm.pool is None and warm.validator is None
    assert pools == []


def test_first_new_batch_starts_the_workers_the_run_will_need_and_gx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools = spy_on_pools(monkeypatch)
    with ExitStack() as stack:
        warm = Warmup(stack, _settings(tmp_path, processes=2, batch_size=64))
        warm.read(256, 256, 2225)  # all new so far: ~2,225 new articles, work for two workers
        pool, gx = warm.pool, warm.validator
        assert pool is not None and pool.processes == 2 and gx is not None
        warm.read(512, 512, 2225)  # later batches start nothing more
        assert warm.pool is pool and warm.validator is gx and pools == [2]
        assert warm.validate() is gx
    # the run ended without extraction taking the pool: its workers were stopped, not awaited
    assert pool._executor is None and gx._executor is None


def test_a_handful_of_new_articles_starts_gx_but_no_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools = spy_on_pools(monkeypatch)
    with ExitStack() as stack:
        warm = Warmup(stack, _settings(tmp_path, processes=2, batch_size=64))
        warm.read(3, 256, 2225)  # ~26 new articles expected: one batch, extracted in-process
        assert warm.pool is None and warm.validator is not None
    assert pools == []
