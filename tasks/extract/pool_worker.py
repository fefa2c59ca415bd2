"""What runs inside an extraction worker process (``tasks/extract/pool.py`` spawns them): the
model loaded once at start, then one batch at a time through the work function."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable

from spacy.language import Language

from tasks.documents import CleanArticle
from tasks.extract.batch import Extraction, extract_batch, warm_up
from tasks.extract.nlp import load_model
from tasks.processes import die_with_parent, lower_thread_priority, portable

Batch = list[tuple[str, CleanArticle]]
# What a worker runs on one batch: the model and the batch in, rows out. A module-level function
# (the default ``extract_rows``), since it crosses to the worker processes by name.
Work = Callable[[Language, Batch], Extraction]


def extract_rows(nlp: Language, batch: Batch) -> Extraction:
    """The default work: one ``nlp.pipe`` pass over the batch, then the extraction rules."""
    return extract_batch(nlp, batch)


_worker_nlp: Language | None = None
_worker_work: Work = extract_rows
_worker_error: Exception | None = None
_loading: threading.Thread | None = None
_loaded_niceness: int | None = None  # what the model loaded at (Linux), for the tests


def start_worker(parent: int, model: str, work: Work) -> None:
    """Load the model in a thread at a lower priority (the start-up takes the CPU the run's
    other work leaves: while a run starts, its Prefect server and reading come first); the
    batches, in the process's main thread, run at the caller's priority once it is loaded."""
    global _worker_work, _loading
    die_with_parent(parent)  # a SIGKILLed flow leaves no worker behind
    # Ctrl-C reaches the whole process group: the parent stops the workers (``close``).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_work = work
    _loading = threading.Thread(target=_load, args=(model,), daemon=True)
    _loading.start()


def _load(model: str) -> None:
    global _worker_nlp, _worker_error, _loaded_niceness
    _loaded_niceness = lower_thread_priority()
    try:
        _worker_nlp = load_model(model)
    except Exception as exc:  # kept for the parent (ModelNotInstalled says what to install)
        _worker_error = exc
        return
    with contextlib.suppress(Exception):  # only a head start: the first batch loads the tables
        warm_up(_worker_nlp)


def ready() -> None:
    if _loading is not None:
        _loading.join()
    if _worker_error is not None:
        raise _worker_error


def run_in_worker(batch: Batch) -> Extraction:
    ready()
    assert _worker_nlp is not None
    try:
        return _worker_work(_worker_nlp, batch)
    except Exception as exc:  # one that cannot be pickled would look like a dead worker
        raise portable(exc) from None
