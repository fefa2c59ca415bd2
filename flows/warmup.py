"""The processes a run needs, started as soon as the run surely needs them.

The extraction workers (each imports spaCy and loads the model: ~2-3 s of CPU) and Great
Expectations' process (~4 s to import) are slow to start. Started once every document is read,
they kept the run waiting; started before anything is known, they slowed runs with nothing new.
So the read stage reports as it goes: at the first batch that holds new articles (texts not yet
published), GX starts, and so do the extraction workers once the share of new articles so far
says they will all be busy; they get ready in processes of their own while reading goes on, and
take each batch of new articles as soon as it is full (``flows.extraction.ExtractStream``). A
run with nothing new starts neither; one that finds nothing new after all stops them at once.
Web sources (feeds, pages, .urls) do not warm up: their documents arrive as they are fetched.
"""

from __future__ import annotations

from contextlib import ExitStack

from expectations.process import ValidatorProcess
from flows.extraction import local_runner
from flows.settings import Settings
from tasks.extract.pool import ExtractPool, workers_for


class Warmup:
    """Starts the extraction pool and the validation process for one run, at most once each;
    ``stack`` stops them when the run ends (the pool at once if extraction never took it), or
    ``stop`` as soon as the run knows it has nothing new after all."""

    def __init__(self, stack: ExitStack, cfg: Settings) -> None:
        self._stack, self._cfg = stack, cfg
        self.pool: ExtractPool | None = None
        self.validator: ValidatorProcess | None = None
        self._new = self._read = 0

    def read(self, new: int, documents: int, total: int) -> None:
        """Another read batch: ``documents`` documents (of ``total`` in the run) gave ``new``
        new articles (texts not published yet, as ``identify.NewArticles`` sorts them). Once
        the pool runs (and so GX) there is nothing left to decide."""
        if self.pool is not None:
            return
        self._read += documents
        self._new += new
        if self._new == 0:
            return
        self.validate()
        self._start_pool(round(self._new / self._read * total))

    def validate(self) -> ValidatorProcess:
        """The validation process, started now if it is not yet."""
        if self.validator is None:
            self.validator = self._stack.enter_context(ValidatorProcess(self._cfg.data_docs_dir()))
        return self.validator

    def stop(self) -> None:
        """Nothing new after all (a page with new bytes and the same text): stop what started,
        now rather than when the run ends."""
        if self.pool is not None:
            self.pool.close(kill=True)
            self.pool = None
        if self.validator is not None:
            self.validator.close()
            self.validator = None

    def _start_pool(self, expected: int) -> None:
        """The pool, when ``expected`` articles keep every worker process busy: a smaller
        estimate leaves the choice to extraction, which knows the real count."""
        cfg = self._cfg
        processes = cfg.worker_processes()
        if processes < 2 or workers_for(expected, cfg.batch_size, processes) < processes:
            return
        if not local_runner():
            return  # on a Dask cluster the batches go to the cluster's workers
        self.pool = ExtractPool(cfg.model, processes, timeout=cfg.extract_timeout_seconds)
        self._stack.callback(self.pool.close, kill=True)  # before it starts: never unowned
        self.pool.start()
