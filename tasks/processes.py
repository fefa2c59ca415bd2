"""Helper processes that must not outlive the process that started them.

A spawned worker (spaCy's pool, the GX validator) blocks forever on its call queue once its
parent is SIGKILLed or OOM-killed, holding a model in memory until reboot. ``die_with_parent``
asks Linux to kill it when its parent dies (PR_SET_PDEATHSIG), as flows/local_server.py does for
the temporary Prefect server; elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import os
import signal
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Be killed (SIGKILL) when the process ``parent`` dies; exit now if it already has."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
    except (OSError, AttributeError):
        return  # not Linux
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def kill_workers(executor: ProcessPoolExecutor) -> None:
    """Kill ``executor``'s worker processes now, busy or not (it has no public way to)."""
    for process in list(getattr(executor, "_processes", {}).values()):
        process.kill()


class WorkerError(RuntimeError):
    """An exception from a helper process, as its type name and message: what crosses back to
    the parent even when the original exception cannot be pickled."""


def portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else a ``WorkerError`` carrying its type and message."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to round-trip
        return WorkerError(f"{type(exc).__name__}: {exc}")
    return exc
