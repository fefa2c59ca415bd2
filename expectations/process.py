"""Great Expectations in a process of its own, started as soon as a run knows it will validate.

Importing GX and building its context costs ~5-8 s of one core. In the flow's process that time
adds to every run (a thread does not help: the import holds the GIL against spaCy); in a spawned
process it runs beside reading and NLP, and one context then serves every suite of the run (the
tables, then sources and figures). ``ValidatorProcess`` offers ``Validator``'s two calls; rows
cross as pickled polars frames, results come back as the same dataclasses. ``spawn``, never
``fork``: deltalake's threads hang a forked child.

Started before the flow's own imports (by the command line, before it knows whether the run will
validate anything), it made runs with nothing new slower on two cores (measured: 8.8 -> 11.8 s)
for ~1 s on a run of five articles; so the flow starts it once it knows there are new articles:
at the first batch read that holds one (``flows/warmup.py``).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from expectations.runner import Validated, Validation, Validator
from tasks.processes import (
    die_with_parent,
    kill_workers,
    lower_thread_priority,
    portable,
)

T = TypeVar("T")

# --- inside the validation process --------------------------------------------------------------
_validator: Validator | None = None
_failed: Exception | None = None
_building: threading.Thread | None = None
_built_niceness: int | None = None  # what the start-up ran at (Linux), for the tests

# The thread that imports GX and builds its context lowers its priority (START_NICENESS). That
# start-up (~5-8 s of one core) overlaps NLP, whose workers take every core: at the same priority
# it took its share from them; lowered, it runs on what they leave (a few seconds of a 75 s
# extraction suffice). Linux sets niceness per thread, so the validation itself, in the process's
# main thread, runs at the caller's priority. A thread GX starts while it imports inherits the low
# one.


def _start(parent: int, data_docs_dir: str) -> None:
    global _building
    die_with_parent(parent)  # a SIGKILLed flow leaves no GX process behind
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops us
    _building = threading.Thread(target=_build, args=(data_docs_dir,), daemon=True)
    _building.start()


def _build(data_docs_dir: str) -> None:
    global _validator, _failed, _built_niceness
    _built_niceness = lower_thread_priority()
    try:
        _validator = Validator(data_docs_dir)
    except Exception as exc:  # raised again, in the parent, on the first call
        _failed = exc


def _ready() -> Validator:
    if _building is not None:
        _building.join()
    if _failed is not None:
        raise _failed
    assert _validator is not None
    return _validator


def _validate_all(frames: dict[str, pl.DataFrame], run_name: str | None) -> Validated:
    try:
        return _ready().validate_all(frames, run_name=run_name)
    except Exception as exc:  # one that cannot be pickled would look like a dead process
        raise portable(exc) from None


def _validate(dataset: str, df: pl.DataFrame) -> Validation:
    try:
        return _ready().validate(dataset, df)
    except Exception as exc:
        raise portable(exc) from None


def _nothing() -> None:
    return None


# --- in the flow's process ---------------------------------------------------------------------
class ValidatorProcess:
    """A ``Validator`` for ``data_docs_dir`` being built in a spawned process from now on."""

    def __init__(self, data_docs_dir: str | Path) -> None:
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(os.getpid(), str(data_docs_dir)),
        )
        self._executor.submit(_nothing)  # start the process (and its GX import) now
        self._used = False

    def __enter__(self) -> ValidatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def validate_all(
        self, frames: Mapping[str, pl.DataFrame], *, run_name: str | None = None
    ) -> Validated:
        """``Validator.validate_all``, in the validation process."""
        return self._call(_validate_all, dict(frames), run_name)

    def validate(self, dataset: str, df: pl.DataFrame) -> Validation:
        """``Validator.validate``, in the validation process."""
        return self._call(_validate, dataset, df)

    def close(self, *, wait: bool = True) -> None:
        """Stop the process: after the call it is running, or at once if it was never used
        (a run with nothing to validate does not wait for GX to finish importing). Without
        ``wait`` the process exits while the caller goes on (~1 s of GX's teardown)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if not self._used:
            kill_workers(executor)
        executor.shutdown(wait=wait, cancel_futures=True)

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            raise RuntimeError("the validation process was closed")
        self._used = True
        future: Future[T] = self._executor.submit(fn, *args)
        return future.result()
