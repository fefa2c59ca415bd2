"""Helper processes die with the process that started them, and their errors cross back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tasks.processes import WorkerError, portable

# A parent that starts a spawned helper (as the extraction pool and the GX process do), prints
# the helper's pid, then waits to be SIGKILLed.
_PARENT = """
import multiprocessing, os, time
from tasks.processes import die_with_parent

def helper(parent):
    die_with_parent(parent)
    time.sleep(600)

if __name__ == "__main__":
    child = multiprocessing.get_context("spawn").Process(target=helper, args=(os.getpid(),))
    child.start()
    print(child.pid, flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"  # a zombie is dead
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_a_helper_dies_when_its_parent_is_sigkilled(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"  # spawn re-imports the parent's main module: a file
    script.write_text(_PARENT)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert parent.stdout is not None
    helper = int(parent.stdout.readline())
    time.sleep(1.0)  # the helper has asked to die with its parent
    assert _alive(helper)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(helper)


class _Unpicklable(Exception):
    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.lock = threading.Lock()  # state no pickler can carry (tblib's, installed by dask, too)


def test_an_error_that_cannot_cross_processes_keeps_its_type_and_message() -> None:
    err = portable(_Unpicklable(7, "bad parse"))
    assert isinstance(err, WorkerError)
    assert str(err) == "_Unpicklable: 7: bad parse"
    plain = ValueError("fine")
    assert portable(plain) is plain
