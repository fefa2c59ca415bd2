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

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from tasks.documents import CleanArticle
from tasks.extract.batch import Extraction, extract_batch, warm_up
from tasks.extract.nlp import load_model
from tasks.processes import die_with_parent, kill_workers, portable
from tasks.schema import QuarantineReason

Batch = list[tuple[str, CleanArticle]]
# What a worker runs on one batch: the model and the batch in, rows out. A module-level function
# (the default ``extract_rows``), since it crosses to the worker processes by name.
Work = Callable[[Language, Batch], Extraction]
IN_FLIGHT_PER_WORKER = 2  # one batch running, one queued: a worker never waits for the next


def extract_rows(nlp: Language, batch: Batch) -> Extraction:
    """The default work: one ``nlp.pipe`` pass over the batch, then the extraction rules."""
    return extract_batch(nlp, batch)


def workers_for(n_articles: int, batch_size: int, processes: int) -> int:
    """How many of ``processes`` workers ``n_articles`` keep busy: one per full batch at most
    (a worker costs a model load, ~2 s of CPU), and one for a handful."""
    return max(1, min(processes, n_articles // max(batch_size, 1)))


@dataclass
class BatchOutcome:
    """One batch's rows, and the documents that failed on their own: (article_id, reason)."""

    extraction: Extraction
    failed: list[tuple[str, str]] = field(default_factory=list)


# --- inside a worker process -------------------------------------------------------------------
_worker_nlp: Language | None = None
_worker_work: Work = extract_rows
_worker_error: Exception | None = None


def _start_worker(parent: int, model: str, work: Work) -> None:
    global _worker_nlp, _worker_work, _worker_error
    die_with_parent(parent)  # a SIGKILLed flow leaves no worker behind
    # Ctrl-C reaches the whole process group: the parent stops the workers (``close``).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_work = work
    try:
        _worker_nlp = load_model(model)
    except Exception as exc:  # kept for the parent (ModelNotInstalled says what to install)
        _worker_error = exc
        return
    with contextlib.suppress(Exception):  # only a head start: the first batch loads the tables
        warm_up(_worker_nlp)


def _ready() -> None:
    if _worker_error is not None:
        raise _worker_error


def _run_in_worker(batch: Batch) -> Extraction:
    _ready()
    assert _worker_nlp is not None
    try:
        return _worker_work(_worker_nlp, batch)
    except Exception as exc:  # one that cannot be pickled would look like a dead worker
        raise portable(exc) from None


# --- in the calling process --------------------------------------------------------------------
def _finished_well(future: Future[Extraction]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"{QuarantineReason.EXTRACT_ERROR}: {exc}"
    if isinstance(exc, BrokenProcessPool):
        return f"{QuarantineReason.EXTRACT_ERROR}: the worker process died (crash or out of memory)"
    return f"{QuarantineReason.EXTRACT_ERROR}: {type(exc).__name__}: {exc}"[:500]


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

    def __enter__(self) -> ExtractPool:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(kill=exc_type is not None)

    def start(self) -> None:
        """Start the workers now (each loads the model), so they are ready when work arrives."""
        if not self.spawn:
            load_model(self.model)
        elif self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(os.getpid(), self.model, self.work),
            )
            # spawn them all now, not one per first batch; map() waits for their model loads
            self._starting = [self._executor.submit(_ready) for _ in range(self.processes)]

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: after any batch they are running, or at once with ``kill`` (the
        caller failed or was interrupted: nobody wants what they are doing)."""
        if self._executor is not None:
            if kill:
                kill_workers(self._executor)
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

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
            return self._submit_raw(_run_in_worker, batch).result(timeout=self.timeout)
        except BrokenProcessPool:
            self._restart()  # the document that killed its worker is the one reported
            raise
        except TimeoutError:
            self._restart(kill=True)
            raise TimeoutError(f"timed out after {self.timeout:.0f} s") from None

    def _submit(self, batch: Batch) -> Future[Extraction]:
        return self._submit_raw(_run_in_worker, batch)

    def _submit_raw(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        if self._executor is None:
            self.start()
        assert self._executor is not None
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:  # a worker died since the last look: a fresh pool
            self._restart()
            assert self._executor is not None
            return self._executor.submit(fn, *args)

    def _restart(self, *, kill: bool = False) -> None:
        """A fresh pool, its workers' models loaded (so a timeout never counts a model load);
        ``kill`` stops the old workers first, mid-batch."""
        if self._executor is not None:
            if kill:
                kill_workers(self._executor)
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self.restarts += 1
        self.start()
        for started in self._starting:
            started.result()
        self._starting = []

    def _isolated(self, batch: Batch, run: Callable[[Batch], Extraction]) -> BatchOutcome:
        """The batch at once; if it raises, each document alone, failures set aside."""
        try:
            return BatchOutcome(run(batch))
        except Exception:
            return self._one_by_one(batch, run)

    @staticmethod
    def _one_by_one(batch: Batch, run: Callable[[Batch], Extraction]) -> BatchOutcome:
        out = BatchOutcome(Extraction())
        for item in batch:
            try:
                got = run([item])
            except Exception as exc:
                out.failed.append((item[0], _reason(exc)))
                continue
            out.extraction.extend(got)
            out.extraction.failed.update(got.failed)
        return out
