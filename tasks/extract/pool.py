"""Extraction on every core: worker processes that each load the model once, batches streamed.

``ExtractPool(model, processes)`` runs ``extract_batch`` (spaCy plus the extraction rules) over
batches of ``(article_id, CleanArticle)`` and yields one ``BatchOutcome`` per batch, in the order
the batches came in, so the rows are exactly those of one process. With ``processes == 1`` it
runs in the calling process (no start-up cost); otherwise it spawns the workers: the ``spawn``
start method, because deltalake's threads hang a forked child. Only a few batches per worker are
in flight at once, so the workers' memory is bounded by batch size × workers, not by the corpus.

One bad document never fails its batch: a batch that raises, whose worker dies (a crash, the
kernel's OOM killer) or that outlasts ``timeout`` seconds (its worker is killed), is run again one
document at a time, and each document that still fails (or outlasts the timeout alone) comes back
in ``BatchOutcome.failed`` with the reason, for the caller to quarantine. Documents that
``extract_batch`` itself set aside come back in ``extraction.failed``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from tasks.extract.batch import Extraction
from tasks.extract.nlp import load_model
from tasks.extract.pool_worker import Batch, Work, extract_rows, ready, run_in_worker, start_worker
from tasks.processes import kill_workers
from tasks.schema import QuarantineReason

__all__ = ["Batch", "BatchOutcome", "ExtractPool", "PoolClosed", "Work", "extract_rows"]

IN_FLIGHT_PER_WORKER = 2  # one batch running, one queued: a worker never waits for the next


def workers_for(n_articles: int, batch_size: int, processes: int) -> int:
    """How many of ``processes`` workers ``n_articles`` keep busy: one per full batch at most
    (a worker costs a model load, ~2 s of CPU), and one for a handful."""
    return max(1, min(processes, n_articles // max(batch_size, 1)))


@dataclass
class BatchOutcome:
    """One batch's rows, and the documents that failed on their own: (article_id, reason)."""

    extraction: Extraction
    failed: list[tuple[str, str]] = field(default_factory=list)


# --- in the calling process --------------------------------------------------------------------
def _finished_well(future: Future[Extraction]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"{QuarantineReason.EXTRACT_ERROR}: {exc}"
    if isinstance(exc, BrokenProcessPool):
        return f"{QuarantineReason.EXTRACT_ERROR}: the worker process died (crash or out of memory)"
    return f"{QuarantineReason.EXTRACT_ERROR}: {type(exc).__name__}: {exc}"[:500]


def _stop(executor: ProcessPoolExecutor | None, *, kill: bool) -> None:
    if executor is not None:
        if kill:
            kill_workers(executor)
        executor.shutdown(wait=True, cancel_futures=True)


class PoolClosed(RuntimeError):
    """The pool was closed (the run is ending) while work was still asked of it."""


class ExtractPool:
    """``processes`` workers holding ``model``; ``map`` streams batches through them in order.

    ``spawn`` (default: more than one process) runs even one worker in its own process, which
    leaves the caller free (to import what validation needs, say) while the model works.
    """

    def __init__(
        self,
        model: str,
        processes: int,
        work: Work = extract_rows,
        *,
        spawn: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        if processes < 1:
            raise ValueError(f"processes must be at least 1, not {processes}")
        self.model, self.processes, self.work = model, processes, work
        # Seconds one batch may take in a worker (None: no limit); only spawned workers can be
        # stopped, so the in-process mode leaves the limit to its caller (a Prefect timeout).
        self.timeout = timeout
        self.spawn = processes > 1 if spawn is None else spawn
        self._executor: ProcessPoolExecutor | None = None
        self._starting: list[Future[None]] = []
        self.restarts = 0  # pools replaced after a worker died
        self._closed = False  # closed for good: nothing starts workers again
        # ``close`` may come from another thread (the run ending) while ``map`` restarts the
        # workers: whoever takes the executor out under the lock is the one who stops it.
        self._lock = threading.RLock()

    def __enter__(self) -> ExtractPool:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(kill=exc_type is not None)

    def start(self) -> None:
        """Start the workers now (each loads the model), so they are ready when work arrives."""
        with self._lock:
            if self._closed:
                raise PoolClosed("the extraction workers were stopped: the run is ending")
            if not self.spawn:
                load_model(self.model)
            elif self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.processes,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker,
                    initargs=(os.getpid(), self.model, self.work),
                )
                # spawn them all now, not one per first batch; map() waits for their loads
                self._starting = [self._executor.submit(ready) for _ in range(self.processes)]

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: after any batch they are running, or at once with ``kill`` (the
        caller failed or was interrupted: nobody wants what they are doing). A closed pool
        never starts again: a batch in flight fails (``PoolClosed``) instead of restarting it."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        _stop(executor, kill=kill)

    def map(self, batches: Iterable[Batch]) -> Iterator[BatchOutcome]:
        """One outcome per batch, in order; at most ``2 × processes`` batches in flight."""
        if not self.spawn:
            nlp = load_model(self.model)
            for batch in batches:
                yield self._isolated(batch, lambda b: self.work(nlp, b))
            return
        self.start()
        for started in self._starting:  # a model that cannot load stops the run, said once
            started.result()
        self._starting = []
        window: deque[tuple[Batch, Future[Extraction] | BatchOutcome]] = deque()
        todo = iter(batches)
        for batch in todo:
            window.append((batch, self._submit(batch)))
            if len(window) >= IN_FLIGHT_PER_WORKER * self.processes:
                break
        while window:
            batch, pending = window.popleft()
            if isinstance(pending, BatchOutcome):
                yield pending
            else:
                try:
                    yield BatchOutcome(pending.result(timeout=self.timeout))
                except TimeoutError:
                    yield from self._timed_out(batch, window)
                except Exception as exc:
                    yield from self._settle(batch, exc, window)
            for batch in todo:
                window.append((batch, self._submit(batch)))
                break

    # Failure isolation --------------------------------------------------------------------
    def _settle(
        self,
        failed: Batch,
        exc: Exception,
        window: deque[tuple[Batch, Future[Extraction] | BatchOutcome]],
    ) -> Iterator[BatchOutcome]:
        """A batch failed: let what is in flight finish (or die with the pool), then run the
        failed batches one document at a time with nothing else running, so that a document
        is blamed only for its own failure. Yields the failed batch's outcome; the window keeps
        its order, with outcomes in place of what was in flight."""
        pending = [p for _, p in window if isinstance(p, Future)]
        _, late = wait(pending, timeout=self.timeout)
        if late:  # one of them outlasts the budget too: stop it, and rerun what it held
            yield from self._timed_out(failed, window)
            return
        errors = [exc, *(p.exception() for p in pending)]
        if any(isinstance(e, BrokenProcessPool) for e in errors):
            self._restart()
        yield self._one_by_one(failed, self._alone)
        settled = [(batch, self._outcome(batch, p)) for batch, p in window]
        window.clear()
        window.extend(settled)

    def _timed_out(
        self, late: Batch, window: deque[tuple[Batch, Future[Extraction] | BatchOutcome]]
    ) -> Iterator[BatchOutcome]:
        """A batch outlasted the timeout: its worker is stopped (with the pool: a process cannot
        be interrupted otherwise), the late batch runs one document at a time with nothing else
        running, and what was in flight is submitted again, in order."""
        done = [(b, p) for b, p in window if isinstance(p, Future) and _finished_well(p)]
        self._restart(kill=True)
        yield self._one_by_one(late, self._alone)
        kept = {id(p) for _, p in done}
        again = [
            (b, p if isinstance(p, BatchOutcome) or id(p) in kept else self._submit(b))
            for b, p in window
        ]
        window.clear()
        window.extend(again)

    def _outcome(self, batch: Batch, pending: Future[Extraction] | BatchOutcome) -> BatchOutcome:
        if isinstance(pending, BatchOutcome):
            return pending
        if pending.exception() is None:
            return BatchOutcome(pending.result())
        return self._one_by_one(batch, self._alone)

    def _alone(self, batch: Batch) -> Extraction:
        try:
            return self._submit_raw(run_in_worker, batch).result(timeout=self.timeout)
        except BrokenProcessPool:
            self._restart()  # the document that killed its worker is the one reported
            raise
        except TimeoutError:
            self._restart(kill=True)
            raise TimeoutError(f"timed out after {self.timeout:.0f} s") from None

    def _submit(self, batch: Batch) -> Future[Extraction]:
        return self._submit_raw(run_in_worker, batch)

    def _submit_raw(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        executor = self._executor
        if executor is None:
            self.start()
            executor = self._executor
        assert executor is not None
        try:
            return executor.submit(fn, *args)
        except BrokenProcessPool:  # a worker died since the last look: a fresh pool
            self._restart()
            assert self._executor is not None
            return self._executor.submit(fn, *args)
        except (OSError, RuntimeError) as exc:  # shut down by ``close`` from another thread
            if self._closed:
                raise PoolClosed("the extraction workers were stopped: the run is ending") from exc
            raise

    def _restart(self, *, kill: bool = False) -> None:
        """A fresh pool, its workers' models loaded (so a timeout never counts a model load);
        ``kill`` stops the old workers first, mid-batch."""
        with self._lock:
            if self._closed:
                raise PoolClosed("the extraction workers were stopped: the run is ending")
            executor, self._executor = self._executor, None
        _stop(executor, kill=kill)
        self.start()
        self.restarts += 1
        for started in self._starting:
            started.result()
        self._starting = []

    def _isolated(self, batch: Batch, run: Callable[[Batch], Extraction]) -> BatchOutcome:
        """The batch at once; if it raises, each document alone, failures set aside."""
        try:
            return BatchOutcome(run(batch))
        except PoolClosed:
            raise
        except Exception:
            return self._one_by_one(batch, run)

    @staticmethod
    def _one_by_one(batch: Batch, run: Callable[[Batch], Extraction]) -> BatchOutcome:
        out = BatchOutcome(Extraction())
        for item in batch:
            try:
                got = run([item])
            except PoolClosed:
                raise  # the run is ending: no document is to blame
            except Exception as exc:
                out.failed.append((item[0], _reason(exc)))
                continue
            out.extraction.extend(got)
            out.extraction.failed.update(got.failed)
        return out
