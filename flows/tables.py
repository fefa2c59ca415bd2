"""The flow's tasks over the Delta tables, with their retry policies, and the `runs` row every
run leaves, however it ends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import polars as pl
from deltalake.exceptions import CommitFailedError
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from expectations.gate import QualityGateFailed
from flows.settings import Settings
from tasks.analysis.run_record import RunRecord
from tasks.schema import Dataset
from tasks.store import identify, publish


def is_conflict(task: Any, task_run: Any, state: Any) -> bool:
    # Retry only what can pass: a concurrent writer won the commit, or the object store did not
    # answer (object_store's "Generic S3 error ..."; the commit may even have happened). Writes
    # are idempotent (predicate overwrite / insert-if-new), so a retry re-reads the table and
    # reapplies, and never appends twice (docs/RELIABILITY.md #10).
    exc = _raised(state)
    return isinstance(exc, CommitFailedError) or (
        isinstance(exc, OSError) and str(exc).startswith(_OBJECT_STORE_ERRORS)
    )


_OBJECT_STORE_ERRORS = ("Generic S3 error", "Generic GCS error", "Generic MicrosoftAzure error")


def is_transient(task: Any, task_run: Any, state: Any) -> bool:
    # A network or storage hiccup may pass on retry; a missing file, a corrupted Delta log
    # (DeltaError) or a bug never does, and retrying only delays the one clear error.
    exc = _raised(state)
    permanent = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)
    return isinstance(exc, (ConnectionError, TimeoutError, OSError)) and not isinstance(
        exc, permanent
    )


def _raised(state: Any) -> BaseException | None:
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001 - the caller classifies it
        return exc
    return None


published_index = task(
    name="load published article ids",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)(identify.published)
# The policy of every task that writes tables another run may write at the same time.
ON_CONFLICT: dict[str, Any] = {
    "retries": 3,
    "retry_delay_seconds": [1, 2, 5],
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": is_conflict,
}
publish_tables = task(name="publish tables", cache_policy=NO_CACHE, **ON_CONFLICT)(publish.publish)


@contextmanager
def recorded(rec: RunRecord, cfg: Settings) -> Iterator[None]:
    """Every run leaves a `runs` row: one that fails (an error, a broken table) or is stopped
    from outside (SIGTERM, Ctrl-C) records how, then the error goes on as it was."""
    try:
        yield
    except QualityGateFailed:
        raise  # recorded where the gate tripped
    except BaseException as exc:
        crashed = not isinstance(exc, Exception)  # Prefect's TerminationSignal, KeyboardInterrupt
        rec.fail(f"{type(exc).__name__}: {exc}"[:500], crashed=crashed)
        try:
            # Directly, not as a task: a run being terminated submits no more task runs.
            row: dict[str, pl.DataFrame] = {Dataset.RUNS: rec.runs_row()}
            publish.publish(
                cfg.data_root, row, processed_article_ids=(), storage_options=cfg.storage_options
            )
        except Exception as failed:  # noqa: BLE001 - the original error matters more
            get_run_logger().error("could not write this run's runs row: %s", failed)
        raise
