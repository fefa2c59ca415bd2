"""The extract stage on Prefect, under a time budget per batch.

On one machine with work for more than one worker, the batches stream through a pool of worker
processes (``tasks/extract/pool.py``: one task run, "extract on N worker processes"), from the
moment a batch of new articles is read (``ExtractStream``), not after the last one, in pieces
of 16 articles (``POOL_PIECE``); a piece over the time budget has the workers stopped (and
restarted) and is run again one article at a time, and what the others held is submitted
again. Otherwise (a handful of articles, ``processes`` 1, or a Dask task runner) it is one task
run per batch: in this process, or on the cluster's workers; a batch that runs out of time is
retried once as single-document task runs. Either way a document that fails, or runs out of
time on its own, is set aside with its reason (``extract_error: ...``) and quarantined by the
flow. One document never fails the run.
"""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, TypeVar

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

from flows.settings import Settings
from tasks.documents import CleanArticle, Rejected
from tasks.extract.batch import NLP_BATCH, Extraction, extract_batch, set_aside
from tasks.extract.nlp import load_model
from tasks.extract.pool import ExtractPool, workers_for
from tasks.schema import ARTICLE_CHILD_DATASETS, Dataset
from tasks.store import records
from tasks.store.identify import NewArticles

Articles = list[tuple[str, CleanArticle]]
T = TypeVar("T")


@dataclass
class Extracted:
    """Rows per child table, and the articles extraction set aside with why."""

    frames: dict[str, list[pl.DataFrame]] = field(
        default_factory=lambda: {name: [] for name in ARTICLE_CHILD_DATASETS}
    )
    failed: dict[str, str] = field(default_factory=dict)

    def add(self, frames: dict[str, pl.DataFrame], failed: dict[str, str]) -> None:
        for name, frame in frames.items():
            self.frames[name].append(frame)
        self.failed.update(failed)

    def tables(self, run: records.RunInfo) -> dict[str, pl.DataFrame]:
        return {
            name: pl.concat(fs) if fs else records.rows_frame([], run, name)
            for name, fs in self.frames.items()
        }


@task(
    name="extract claims, quotes, entities",
    task_run_name="extract batch {batch_no}",
    cache_policy=NO_CACHE,
)
def extract_claims(
    articles: Articles, batch_no: str, model: str, run: records.RunInfo
) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """One spaCy pass over a batch (the model loaded once per worker process): rows, and the
    articles that failed with their reason."""
    extraction = extract_batch(load_model(model), articles)
    return _frames(extraction, run), extraction.failed


@task(
    name="extract claims, quotes, entities",
    task_run_name="extract on {workers} worker processes",
    cache_policy=NO_CACHE,
)
def extract_on_workers(
    batches: Iterable[Articles],
    *,
    workers: int,
    model: str,
    run: records.RunInfo,
    timeout: float,
    tick: Callable[[int], Any],
    started: ExtractPool | None = None,
) -> Extracted:
    """Every batch through ``workers`` spawned processes (each loads the model once), in order,
    so the rows are exactly those of one process; ``started``: a pool already started for them
    (``flows.warmup``), closed here when done as one made here would be."""
    out = Extracted()
    ends: deque[int] = deque()  # per piece in the pool: the batches done when it ends, else 0

    def pieces() -> Iterator[Articles]:
        full = 0
        for i, batch in enumerate(batches, 1):
            full = max(full, len(batch))
            size = last_piece(len(batch), workers) if len(batch) < full else POOL_PIECE
            parts = in_batches(batch, size) or [batch]  # one entry per batch, even empty
            ends.extend([0] * (len(parts) - 1) + [i])
            yield from parts

    with started or ExtractPool(model, workers, timeout=timeout) as pool:
        for outcome in pool.map(pieces()):
            out.add(_frames(outcome.extraction, run), outcome.extraction.failed)
            out.failed.update(outcome.failed)
            if done := ends.popleft():
                tick(done)
    return out


# What one worker takes at a time: a run's batches (``batch_size``, sized so that a task run's
# overhead is small) are cut into pieces of spaCy's minibatch for the pool, which is one task
# run. At the end of a run, one worker then waits at most one piece (~1 s) for the other to
# finish, not most of a batch (64 articles: ~4 s); the rows are the same.
POOL_PIECE = NLP_BATCH


def last_piece(articles: int, workers: int) -> int:
    """Pieces of a run's last batch (the one shorter than the batches before it): finer, about
    two per worker, so that the workers end within a few articles of each other rather than
    one idling while the other finishes a whole piece (~1 s at the end of every run)."""
    return max(1, min(POOL_PIECE, -(-articles // (2 * workers))))


def _frames(extraction: Extraction, run: records.RunInfo) -> dict[str, pl.DataFrame]:
    return {
        Dataset.CLAIMS: records.rows_frame(extraction.claims, run, Dataset.CLAIMS),
        Dataset.QUOTES: records.rows_frame(extraction.quotes, run, Dataset.QUOTES),
        Dataset.ENTITIES: records.rows_frame(extraction.entities, run, Dataset.ENTITIES),
    }


# Reading costs ~5 ms a document against ~60 ms a task run: read batches are larger than NLP's.
READ_BATCH_MIN = 256


def read_batch_size(cfg: Settings) -> int:
    """Documents per read batch (a task run) of the run ``cfg`` describes."""
    return max(cfg.batch_size, READ_BATCH_MIN)


def in_batches(items: list[T], size: int) -> list[list[T]]:
    """``items`` cut into lists of ``size`` (the last one shorter)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def local_runner() -> bool:
    """Whether task runs stay on this machine (no Dask cluster to send batches to)."""
    context = FlowRunContext.get()
    return context is None or isinstance(context.task_runner, ThreadPoolTaskRunner)


Progress = Callable[[str, int, int], None]


class ExtractStream:
    """A run's new articles, cut into extract batches as reading finds them (the same batches
    as cutting the whole list at the end: the rows do not change). Once ``stream_to`` gives it
    the warm-up's pool, each batch goes to the workers as soon as it is cut, so NLP runs while
    reading goes on instead of after it; ``finish`` waits for the rows."""

    _END = None

    def __init__(
        self, cfg: Settings, run: records.RunInfo, published: set[str], progress: Progress
    ) -> None:
        self._cfg, self._run, self._progress = cfg, run, progress
        self.articles = NewArticles(published)
        self.batches: list[Articles] = []
        self._cut = 0  # self.new[:_cut] is in batches
        self._queue: queue.SimpleQueue[Articles | None] | None = None
        self._future: Any = None
        self._aborted = False
        self._pool: ExtractPool | None = None
        self._stack: ExitStack | None = None

    @property
    def new(self) -> Articles:
        return self.articles.new

    def add(self, articles: Iterable[CleanArticle]) -> int:
        """Sort another read batch in, cutting full batches; how many articles are new."""
        fresh = self.articles.add(articles)
        size = self._cfg.batch_size
        while len(self.new) - self._cut >= size:
            self._emit(self.new[self._cut : self._cut + size])
        return fresh

    def stream_to(self, pool: ExtractPool, stack: ExitStack) -> None:
        """From the first batch on, batches run on ``pool``'s workers (one task run) as they
        are cut; a run that fails while reading stops that task run (``stack``) before the
        pool is stopped. A run that cuts no batch leaves the pool to its owner."""
        if self._pool is not None:
            return
        self._pool, self._stack = pool, stack
        if self.batches:
            self._submit()

    def finish(self) -> Extracted | None:
        """Cut the last, shorter batch; the rows of every batch when they went to the pool
        (None: there was none, or no batch: extract them with ``extract_all``)."""
        if self._cut < len(self.new):
            self._emit(self.new[self._cut :])
        if self._queue is None:
            return None
        self._queue.put(self._END)
        self._queue = None
        try:
            return self._future.result()  # type: ignore[no-any-return]
        except BaseException:  # Ctrl-C, or the task failed: no worker goes on
            self._stop()
            raise

    def _emit(self, batch: Articles) -> None:
        self.batches.append(batch)
        self._cut += len(batch)
        if self._future is not None and self._future.wrapped_future.done():
            self._future.result()  # it failed (a model that cannot load): say so now
        if self._queue is not None:
            self._queue.put(batch)
        elif self._pool is not None:
            self._submit()

    def _submit(self) -> None:
        assert self._pool is not None and self._stack is not None
        self._queue = queue.SimpleQueue()
        for batch in self.batches:
            self._queue.put(batch)
        self._future = extract_on_workers.submit(
            self._drain(self._queue),
            workers=self._pool.processes,
            model=self._cfg.model,
            run=self._run,
            timeout=self._cfg.extract_timeout_seconds,
            tick=lambda done: self._progress("extract", done, len(self.batches)),
            started=self._pool,
        )
        self._stack.callback(self._abort)

    def _drain(self, batches: queue.SimpleQueue[Articles | None]) -> Iterator[Articles]:
        while (batch := batches.get()) is not self._END:
            yield batch
        if self._aborted:
            raise RuntimeError("the run stopped before reading ended")

    def _abort(self) -> None:
        """The run ended before ``finish`` (an error while reading, Ctrl-C): end the batches
        and stop the workers, mid-batch, and the task run with them."""
        if self._queue is None:
            return
        self._aborted = True
        self._queue.put(self._END)
        self._queue = None
        self._stop()

    def _stop(self) -> None:
        """Kill the workers (a closed pool never restarts: the task run fails at once), then
        wait for the task run to end."""
        assert self._pool is not None
        self._pool.close(kill=True)
        self._future.wait()


def extract_articles(
    stream: ExtractStream, cfg: Settings, run: records.RunInfo, progress: Progress
) -> tuple[Articles, dict[str, pl.DataFrame], list[Rejected]]:
    """Claims, quotes and entities of the stream's new articles, in batches on every core
    (already on the warm-up's workers when they were streamed); the articles extraction set
    aside leave ``new`` and come back as documents to quarantine."""
    new = stream.new
    out = stream.finish()
    if out is None:
        batches = stream.batches
        out = extract_all(
            batches,
            model=cfg.model,
            run=run,
            timeout=cfg.extract_timeout_seconds,
            processes=cfg.worker_processes(),
            tick=lambda done: progress("extract", done, len(batches)),
        )
    failed = set_aside(new, out.failed)
    for r in failed:
        get_run_logger().warning("quarantined %s: %s", r.source_uri, "; ".join(r.reasons))
    kept = [(aid, a) for aid, a in new if aid not in out.failed]
    return kept, out.tables(run), failed


def extract_all(
    batches: list[Articles],
    *,
    model: str,
    run: records.RunInfo,
    timeout: float,
    processes: int,
    tick: Callable[[int], Any],
) -> Extracted:
    """Every batch, on up to ``processes`` worker processes, ``timeout`` seconds a batch."""
    if not batches:
        return Extracted()
    n = sum(len(b) for b in batches)
    workers = workers_for(n, len(batches[0]), processes)
    if local_runner() and workers > 1:
        return extract_on_workers(
            batches,
            workers=workers,
            model=model,
            run=run,
            timeout=timeout,
            tick=tick,
        )
    timed = extract_claims.with_options(timeout_seconds=timeout)
    # Submitted, not called: on a Dask task runner the batches run on the cluster's workers
    # (each loads the model once); locally they run one after the other.
    futures = [
        timed.submit(b, batch_no=str(i), model=model, run=run) for i, b in enumerate(batches)
    ]
    out = Extracted()
    for i, (batch, future) in enumerate(zip(batches, futures, strict=True)):
        try:
            out.add(*future.result())
        except TimeoutError:
            get_run_logger().warning(
                "extract batch %d ran out of its %.0f s: retrying its %d articles one by one",
                i, timeout, len(batch),
            )  # fmt: skip
            for j, one in enumerate(batch):
                try:
                    out.add(
                        *timed.submit([one], batch_no=f"{i}.{j}", model=model, run=run).result()
                    )
                except TimeoutError:
                    out.failed[one[0]] = f"extract_error: timed out after {timeout:.0f} s"
        tick(i + 1)
    return out
