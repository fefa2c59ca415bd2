"""GX in a spawned process: the same good and bad rows as in the flow's process, one context for
every call, errors raised in the caller, and a process nobody used stopped at once."""

from __future__ import annotations

import sys
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from expectations.process import ValidatorProcess
from expectations.runner import Validator
from tasks.processes import START_NICENESS
from tests.expectations.breakers import BREAKERS, FRAMES

pytestmark = pytest.mark.slow  # spawns a process that imports GX


def test_the_process_validates_as_the_flows_process_does(tmp_path: Path) -> None:
    frames = dict(FRAMES)
    # one row of claims broken, so both good and bad rows cross back
    frames["claims"], _ = BREAKERS["claims"][sorted(BREAKERS["claims"])[0]](FRAMES["claims"], [0])
    here = Validator(tmp_path / "here").validate_all(frames, run_name="r1")
    with ValidatorProcess(tmp_path / "there") as there:
        remote = there.validate_all(frames, run_name="r1")
        sources = there.validate("articles", frames["articles"])  # the same context, again
    assert remote.docs_index == tmp_path.resolve() / "there" / "index.html"
    assert remote.docs_index.is_file()
    assert sources.bad.is_empty()
    for name, checked in here.tables.items():
        assert_frame_equal(remote.tables[name].good, checked.good)
        assert_frame_equal(remote.tables[name].bad, checked.bad)
        assert remote.tables[name].result == checked.result
    assert remote.tables["claims"].bad.height >= 1


def test_an_error_in_the_process_is_raised_in_the_caller(tmp_path: Path) -> None:
    with ValidatorProcess(tmp_path) as there, pytest.raises(ValueError, match="no suite"):
        there.validate("no_such_dataset", pl.DataFrame())


def test_a_process_nobody_used_stops_without_waiting_for_gx(tmp_path: Path) -> None:
    there = ValidatorProcess(tmp_path)
    started = time.monotonic()
    there.close()
    assert time.monotonic() - started < 3  # GX alone takes longer than this to import
    with pytest.raises(RuntimeError, match="closed"):
        there.validate("articles", FRAMES["articles"])


def _exit_code(process: BaseProcess, timeout: float) -> int | None:
    """``process``'s exit code once it has exited, without reaping it here: the executor's own
    thread joins it too, and of two threads waiting on one child, the one that loses the race gets
    no status (``join`` returns early with ``exitcode`` None while the child is already gone)."""
    from multiprocessing.connection import wait

    deadline = time.monotonic() + timeout
    wait([process.sentinel], timeout)  # ready once the process has exited
    while process.exitcode is None and time.monotonic() < deadline:  # until one thread reaps it
        time.sleep(0.01)
    return process.exitcode


def test_closing_without_waiting_lets_the_used_process_exit_on_its_own(tmp_path: Path) -> None:
    """After its last use the run closes it without waiting for GX's teardown; the process
    still exits, and nothing can be asked of it any more."""
    import multiprocessing

    there = ValidatorProcess(tmp_path)
    assert there.validate("articles", FRAMES["articles"]).bad.is_empty()
    (process,) = multiprocessing.active_children()
    there.close(wait=False)
    assert _exit_code(process, 60) == 0  # an orderly exit, not a kill
    with pytest.raises(RuntimeError, match="closed"):
        there.validate("articles", FRAMES["articles"])


def _priorities() -> tuple[int | None, int]:
    """In the validation process, once GX is ready: the niceness its start-up ran at, and the
    niceness of the thread that validates."""
    import os
    import threading

    from expectations import process

    process._ready()
    return process._built_niceness, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(sys.platform != "linux", reason="niceness per thread is Linux's")
def test_gx_starts_up_at_a_low_priority_and_validates_at_the_normal_one(tmp_path: Path) -> None:
    """The GX import overlaps NLP on every core: it takes what the workers leave, while the
    validation the run waits for does not."""
    import os

    mine = os.getpriority(os.PRIO_PROCESS, 0)
    with ValidatorProcess(tmp_path) as there:
        built, validating = there._call(_priorities)
        assert there.validate("articles", FRAMES["articles"]).bad.is_empty()
    assert built == min(mine + START_NICENESS, 19)
    assert validating == mine
