"""Helper processes that must not outlive the process that started them.

A spawned worker (spaCy's pool, the GX validator) blocks forever on its call queue once its
parent is SIGKILLed or OOM-killed, holding a model in memory until reboot. ``die_with_parent``
asks Linux to kill it when its parent dies (PR_SET_PDEATHSIG), as flows/local_server.py does for
the temporary Prefect server; elsewhere it does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
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


# How much a helper lowers the priority of its start-up (importing GX, loading the model): on a
# busy machine its start-up takes the CPU the run's other work leaves, not a share of it.
START_NICENESS = 10


def lower_thread_priority(by: int = START_NICENESS) -> int | None:
    """Make the calling thread ``by`` nicer (Linux sets niceness per thread: the process's other
    threads keep theirs, and a thread may always lower its own priority); its niceness now, or
    None where threads have no niceness of their own."""
    if sys.platform != "linux":  # elsewhere a thread's id is not one setpriority takes
        return None
    me = threading.get_native_id()
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, me, min(os.getpriority(os.PRIO_PROCESS, me) + by, 19))
    return os.getpriority(os.PRIO_PROCESS, me)


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
