"""The warm-up: the extraction workers and the GX process start at the first batch read that
holds new articles, sized by the share of new articles so far; a run with nothing new starts
neither, and what extraction never took is stopped with the run."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from flows.settings import Settings
from flows.warmup import Warmup
from tasks.documents import CleanArticle
from tasks.store.identify import NewArticles, article_id
from tests.flows.conftest import spy_on_pools


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    return spy_on_pools(monkeypatch)


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    """The run's stack: what the warm-up started is stopped when it closes."""
    with ExitStack() as stack:
        yield stack


PUBLISHED = "an article the tables already hold"


def _articles(*texts: str) -> list[CleanArticle]:
    return [CleanArticle(f"m://{i}", f"{i}" * 64, text) for i, text in enumerate(texts)]


@pytest.fixture
def warm(stack: ExitStack, tmp_path: Path) -> Warmup:
    """The warm-up of a run on two cores, 64 articles a batch."""
    cfg = Settings(data_root=str(tmp_path / "data"), processes=2, batch_size=64)
    return Warmup(stack, cfg)


@pytest.fixture
def new() -> Callable[[list[CleanArticle]], int]:
    """How many of a read batch's articles are new, as the run sorts them: one article is
    already published."""
    return NewArticles({article_id(PUBLISHED)}).add


def test_nothing_new_read_starts_nothing(warm: Warmup, new: Callable, pools: list) -> None:
    warm.read(new([]), 256, 2225)  # the first read batch: every document's bytes already published
    warm.read(new(_articles(PUBLISHED)), 256, 2225)  # new bytes, the same text: not new either
    assert warm.pool is None and warm.validator is None and pools == []


def test_first_new_batch_starts_the_workers_the_run_will_need_and_gx(
    warm: Warmup, new: Callable, pools: list, stack: ExitStack
) -> None:
    news = [f"Article {i}: 12 soldiers were killed." for i in range(255)]
    warm.read(new(_articles(PUBLISHED, *news)), 256, 2225)  # ~2,200 new articles: both workers busy
    pool, gx = warm.pool, warm.validator
    assert pool is not None and pool.processes == 2 and gx is not None
    assert pools == [("warmup", 2)]
    warm.read(new(_articles("Another 5 were wounded.")), 256, 2225)  # later batches start no more
    assert warm.pool is pool and warm.validator is gx and pools == [("warmup", 2)]
    assert warm.validate() is gx
    assert pool._executor is not None and gx._executor is not None
    processes = [*pool._executor._processes.values(), *gx._executor._processes.values()]
    assert processes and all(p.is_alive() for p in processes)
    stack.close()  # the run ends; extraction never took the pool: killed, not awaited
    assert [p.exitcode for p in processes] == [-signal.SIGKILL] * len(processes)


def test_a_handful_of_new_articles_starts_gx_but_no_pool(
    warm: Warmup, new: Callable, pools: list
) -> None:
    warm.read(new(_articles("Article one: 3 were hurt.")), 256, 2225)  # ~9 expected: one batch
    assert warm.pool is None and warm.validator is not None and pools == []


def test_nothing_new_after_all_stops_what_started(warm: Warmup, new: Callable) -> None:
    warm.read(new(_articles(*(f"Story {i}: 4 died." for i in range(256)))), 256, 2225)
    pool, gx = warm.pool, warm.validator
    assert pool is not None and gx is not None and pool._executor is not None
    processes = list(pool._executor._processes.values())
    warm.stop()  # identify found every article a duplicate
    assert warm.pool is None and warm.validator is None
    assert [p.exitcode for p in processes] == [-signal.SIGKILL] * len(processes)
