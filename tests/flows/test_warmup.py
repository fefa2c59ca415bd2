"""The warm-up: the extraction workers and the GX process start at the first batch read that
holds new articles, sized by the share of new articles so far; a run with nothing new starts
neither, and what extraction never took is stopped with the run."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from flows.settings import Settings
from flows.warmup import Warmup
from tests.flows.conftest import spy_on_pools


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    return spy_on_pools(monkeypatch)


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    """The run's stack: what the warm-up started is stopped when it closes."""
    with ExitStack() as stack:
        yield stack


@pytest.fixture
def warm(stack: ExitStack, tmp_path: Path) -> Warmup:
    """The warm-up of a run on two cores, 64 articles a batch."""
    return Warmup(stack, Settings(data_root=str(tmp_path / "data"), processes=2, batch_size=64))


def test_nothing_new_read_starts_nothing(warm: Warmup, pools: list[int]) -> None:
    warm.read(0, 256, 2225)  # the first read batch: every document already published
    warm.read(0, 2225, 2225)
    assert warm.pool is None and warm.validator is None and pools == []


def test_first_new_batch_starts_the_workers_the_run_will_need_and_gx(
    warm: Warmup, pools: list[int], stack: ExitStack
) -> None:
    warm.read(256, 256, 2225)  # all new so far: ~2,225 new articles, work for two workers
    pool, gx = warm.pool, warm.validator
    assert pool is not None and pool.processes == 2 and gx is not None
    warm.read(512, 512, 2225)  # later batches start nothing more
    assert warm.pool is pool and warm.validator is gx and pools == [2]
    assert warm.validate() is gx
    stack.close()  # the run ended without extraction taking the pool: stopped, not awaited
    assert pool._executor is None and gx._executor is None


def test_a_handful_of_new_articles_starts_gx_but_no_pool(warm: Warmup, pools: list[int]) -> None:
    warm.read(3, 256, 2225)  # ~26 new articles expected: one batch, extracted in-process
    assert warm.pool is None and warm.validator is not None and pools == []
