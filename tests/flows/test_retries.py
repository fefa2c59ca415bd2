"""Which failures a task retries (docs/RELIABILITY.md #15), with the flow's own rules on a real
Prefect server: a transient error is retried until it passes, bad data or a damaged table never."""

from __future__ import annotations

from pathlib import Path

import pytest
from deltalake.exceptions import CommitFailedError, DeltaError

from flows.tables import is_conflict, is_transient, publish_tables, published_index

pytestmark = pytest.mark.slow


def _counted(tmp_path: Path, fail_first: int, error: Exception, rule):  # noqa: ANN001, ANN202
    from prefect import flow, task

    counter = tmp_path / "attempts"

    @task(retries=3, retry_delay_seconds=0, retry_condition_fn=rule)
    def flaky() -> str:
        attempts = int(counter.read_text()) + 1 if counter.exists() else 1
        counter.write_text(str(attempts))
        if attempts <= fail_first:
            raise error
        return "ok"

    @flow
    def run() -> str:
        return flaky()

    return run(return_state=True), int(counter.read_text())


@pytest.mark.parametrize(
    ("error", "rule", "fail_first", "attempts", "completes"),
    [
        (ConnectionError("reset by peer"), is_transient, 2, 3, True),
        (TimeoutError("slow store"), is_transient, 1, 2, True),
        (ValueError("bad data"), is_transient, 5, 1, False),
        (DeltaError("Json error: Encountered unexpected 'g'"), is_transient, 5, 1, False),
        (FileNotFoundError("part-0001.parquet"), is_transient, 5, 1, False),
        (CommitFailedError("concurrent transaction"), is_conflict, 2, 3, True),
        (ValueError("bad data"), is_conflict, 5, 1, False),
    ],
)
def test_only_what_can_pass_is_retried(
    prefect_server: str,
    tmp_path: Path,
    error: Exception,
    rule,  # noqa: ANN001
    fail_first: int,
    attempts: int,
    completes: bool,
) -> None:
    state, made = _counted(tmp_path, fail_first, error, rule)
    assert made == attempts
    assert state.is_completed() is completes


def test_the_flows_tasks_carry_these_rules() -> None:
    from flows.reconcile import reconcile_tables

    assert reconcile_tables.retry_condition_fn is is_conflict
    assert published_index.retry_condition_fn is is_transient
    assert publish_tables.retry_condition_fn is is_conflict
