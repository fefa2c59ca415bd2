"""Scale-out: the seeds through the flow on a local Dask cluster of two worker processes give
exactly the tables of a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.flows.conftest import assert_same_tables, run_pipeline, snapshot

pytestmark = pytest.mark.slow


def test_dask_starts_its_workers_with_spawn() -> None:
    # deltalake hangs in a process forked after it was used: workers must be spawned. That is
    # distributed's default; this fails if a config file or an upgrade changes it.
    import dask
    import distributed  # noqa: F401 - loads distributed's config defaults

    assert dask.config.get("distributed.worker.multiprocessing-method") == "spawn"


def test_two_dask_workers_give_the_tables_of_a_local_run(
    prefect_server: str, tmp_path: Path
) -> None:
    from flows.pipeline import with_task_runner

    local = tmp_path / "local"
    assert run_pipeline(SEEDS, local)["status"] == "completed"
    on_dask = tmp_path / "dask"
    result = with_task_runner(dask_workers=2)(source=str(SEEDS), data_root=str(on_dask))
    assert result["status"] == "completed"
    assert result["counts"]["articles_new"] == 5
    assert_same_tables(snapshot(local), snapshot(on_dask))
