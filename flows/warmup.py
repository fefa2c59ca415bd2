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

A head start (``head_start``): ``claimflow run`` without a Prefect server waits ~4-6 s for its
temporary one, idle. In that wait it looks ahead on a local source and data root: it lists the
documents, reads the published index and the first read batch's raw hashes, and makes the same
decision as above, so GX and the workers load while the server starts. The flow's ``Warmup``
adopts them when its settings match (the same process, the same run); a run that finds nothing
new after all stops them as it would its own, and the caller's stack stops them in any case.
"""

from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass

from expectations.process import ValidatorProcess
from flows.extraction import local_runner, read_batch_size
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
        taken = _take_head_start(cfg)
        if taken is not None:
            self.pool, self.validator = taken.pool, taken.validator
            if self.pool is not None:
                stack.callback(self.pool.close, kill=True)
            if self.validator is not None:
                stack.callback(self.validator.close)

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


@dataclass(frozen=True)
class HeadStart:
    """What a look ahead started for the run with ``key``, for its ``Warmup`` to adopt."""

    key: tuple[object, ...]
    pool: ExtractPool | None
    validator: ValidatorProcess | None
    preload: threading.Thread | None = None  # loading the model for the flow's own process


_head_start: HeadStart | None = None


def _key(cfg: Settings) -> tuple[object, ...]:
    return (
        cfg.source, cfg.data_root, cfg.model, cfg.worker_processes(), cfg.batch_size,
        cfg.extract_timeout_seconds, cfg.max_doc_bytes, cfg.data_docs_dir(),
    )  # fmt: skip


def _take_head_start(cfg: Settings) -> HeadStart | None:
    global _head_start
    taken, _head_start = _head_start, None
    if taken is not None and taken.key != _key(cfg):
        # another run's: stopped now rather than idle (with a loaded model) until it ends
        if taken.pool is not None:
            taken.pool.close(kill=True)
        if taken.validator is not None:
            taken.validator.close()
        return None
    return taken


def head_start(stack: ExitStack, cfg: Settings | None) -> Warmup | None:
    """Look ahead at the run ``cfg`` describes and start GX and the workers now if it will
    need them (see the module's docstring); ``stack`` stops them unless the run took them over
    and stopped them first. None (nothing started) for web sources and remote or block-held
    data roots; the caller leaves out runs on a Dask cluster. ``cfg`` None forgets any head
    start no run took (after the run)."""
    global _head_start
    _head_start = None
    if cfg is None:
        return None
    from tasks.extract.batch import extractor_key
    from tasks.ingest.discover import discover
    from tasks.ingest.read import read_batch
    from tasks.ingest.web import source_urls
    from tasks.store.identify import published

    if cfg.remote_root() or cfg.storage_block or source_urls(cfg.source):
        return None
    refs = discover(cfg.source, max_bytes=cfg.max_doc_bytes)
    if not refs:
        return None
    index = published(cfg.data_root, extracted_by=extractor_key(cfg.model))
    first = refs[: read_batch_size(cfg)]
    raw, _ = read_batch(first, max_bytes=cfg.max_doc_bytes, published=index.raw_sha256)
    warm = Warmup(stack, cfg)
    # raw bytes not yet published: new articles unless their clean text is (the flow knows)
    new = sum(doc.raw_sha256 not in index.raw_sha256 for doc in raw)
    warm.read(new, len(first), len(refs))
    if warm.validator is None:
        return warm  # nothing new: nothing started
    preload = None
    expected = round(new / len(first) * len(refs))
    if warm.pool is None and workers_for(expected, cfg.batch_size, cfg.worker_processes()) == 1:
        # a handful of articles: the flow's own process extracts them, so it loads the model
        preload = threading.Thread(target=_preload, args=(cfg.model,), daemon=True)
        preload.start()
    _head_start = HeadStart(_key(cfg), warm.pool, warm.validator, preload)
    return warm


def _preload(model: str) -> None:
    from tasks.extract.nlp import load_model
    from tasks.processes import lower_thread_priority

    lower_thread_priority()  # the server's start and the look ahead come first
    try:
        load_model(model)
    except Exception:  # noqa: BLE001 - a model that cannot load fails the run, which says why
        return
