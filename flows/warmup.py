"""The processes a run needs, started as soon as the run surely needs them.

The extraction workers (each imports spaCy and loads the model: ~2-3 s of CPU) and Great
Expectations' process (~4 s to import) are slow to start. Started once every document is read,
they kept the run waiting; started before anything is known, they slowed runs with nothing new.
So the read stage reports as it goes: at the first batch that holds new articles, the workers the
run will need (estimated from the share of new articles so far) and GX start in processes of
their own and get ready while reading goes on. A run with nothing new starts neither.
"""

from __future__ import annotations

from contextlib import ExitStack

from expectations.process import ValidatorProcess
from flows.extraction import local_runner
from flows.settings import Settings
from tasks.extract.pool import ExtractPool, workers_for


class Warmup:
    """Starts the extraction pool and the validation process for one run, at most once each;
    ``stack`` stops them when the run ends (the pool at once if extraction never took it)."""

    def __init__(self, stack: ExitStack, cfg: Settings) -> None:
        self._stack, self._cfg = stack, cfg
        self.pool: ExtractPool | None = None
        self.validator: ValidatorProcess | None = None

    def read(self, new: int, read: int, total: int) -> None:
        """``new`` of the ``read`` documents read so far (of ``total``) are new articles."""
        if new == 0 or read == 0:
            return
        self.validate()
        if self.pool is None:
            self._start_pool(round(new / read * total))

    def validate(self) -> ValidatorProcess:
        """The validation process, started now if it is not yet."""
        if self.validator is None:
            self.validator = self._stack.enter_context(ValidatorProcess(self._cfg.data_docs_dir()))
        return self.validator

    def _start_pool(self, expected: int) -> None:
        cfg = self._cfg
        workers = workers_for(expected, cfg.batch_size, cfg.worker_processes())
        if workers < 2 or not local_runner():
            return  # one worker: extraction runs in this process (or on the Dask cluster)
        self.pool = ExtractPool(cfg.model, workers, timeout=cfg.extract_timeout_seconds)
        self.pool.start()
        self._stack.callback(self.pool.close, kill=True)
