"""Production-like: deployments on a real `prefect server start`, run by a worker or by
`claimflow serve`, read back through the API (state, artifacts, logs) and the Delta tables."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from tasks.store.publish import read_table
from tests.conftest import REPO, SEEDS
from tests.flows.conftest import CLAIMFLOW, PREFECT, LiveServer, Processes, wait_for

pytestmark = pytest.mark.slow

POOL = "claimflow"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    return inbox


def _run_state(api: Any, run_id: UUID) -> Any:
    return api.read_flow_run(run_id).state


def _wait_final(api: Any, run_id: UUID, timeout: float) -> Any:
    def final() -> Any:
        state = _run_state(api, run_id)
        return state if state and state.is_final() else None

    return wait_for(final, timeout, f"flow run {run_id} to finish", every=1)


def _artifacts(api: Any, run_id: UUID) -> dict[str, dict[str, Any]]:
    # Raw request: Prefect's client sends null flow_runs/task_runs filters, which FastAPI >= 0.151
    # rejects, and empty ones would drop flow-level artifacts.
    response = api._client.post(
        "/artifacts/filter",
        json={
            "artifacts": {"flow_run_id": {"any_": [str(run_id)]}},
            "sort": "ID_DESC",
            "limit": 50,
            "offset": 0,
        },
    )
    response.raise_for_status()
    return {a["key"]: a for a in response.json()}


def _logs(api: Any, run_id: UUID) -> list[Any]:
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.client.schemas.sorting import LogSort

    return api.read_logs(
        log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])),
        limit=200,
        offset=0,
        sort=LogSort.TIMESTAMP_ASC,
    )


@pytest.fixture(scope="module")
def worker_deployment(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """deploy/prefect.yaml applied with `prefect deploy --all`, and a process worker polling."""
    env = {**live_server.env, "CLAIMFLOW_HOME": str(REPO)}
    subprocess.run(
        [str(PREFECT), "work-pool", "create", POOL, "--type", "process"],
        env=env,
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [str(PREFECT), "--no-prompt", "deploy", "--prefect-file", "deploy/prefect.yaml", "--all"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    # fastapi is pinned below 0.151 so `deploy --all` saves both (pyproject.toml says why).
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr
    procs = Processes()
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    # DEBUG for tasks/ so a line it logs (publish's merge counts) reaches the run's logs.
    procs.start(
        [str(PREFECT), "worker", "start", "--pool", POOL],
        env={**env, "PREFECT_LOGGING_LOGGERS_TASKS_LEVEL": "DEBUG"},
        log=log,
    )
    try:
        yield log
    finally:
        procs.stop_all()


def test_deployment_runs_on_a_worker_with_artifacts_and_logs(
    worker_deployment: Path, api: Any, tmp_path: Path
) -> None:
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import TaskRunSort
    from prefect.deployments import run_deployment

    deployment = api.read_deployment_by_name("news_pipeline/hourly-inbox")
    assert deployment.global_concurrency_limit.limit == 1
    assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
    assert deployment.pull_steps[0]["prefect.deployments.steps.set_working_directory"] == {
        "directory": str(REPO)
    }
    root = tmp_path / "data"
    run = run_deployment(
        "news_pipeline/hourly-inbox",
        parameters={"source": str(_inbox(tmp_path)), "data_root": str(root)},
        timeout=0,
    )
    state = _wait_final(api, run.id, 150)
    assert state.is_completed(), f"{state}\n{worker_deployment.read_text()[-4000:]}"

    artifacts = _artifacts(api, run.id)
    summary = artifacts["claimflow-run-summary"]["data"]
    assert ": completed" in summary and "| claims | " in summary, summary
    claims_table = artifacts["claimflow-claims"]
    assert claims_table["type"] == "table"
    assert "quantity_text" in claims_table["data"] and "attributed_to" in claims_table["data"]
    assert all(c in claims_table["data"] for c in ("outlet", "published_at", "sentence"))
    reports = sorted((root / "_reports").glob("*.html"))
    run_report = next(p for p in reports if p.name != "latest.html")
    assert artifacts["claimflow-report"]["data"] == (
        f"[Who says how many (HTML report)]({run_report.as_uri()})"
    )
    # Prefect stores a link artifact as markdown: [text](url).
    assert artifacts["claimflow-data-docs"]["data"] == (
        f"[Data Docs (validation report)]({(root / '_validation' / 'index.html').as_uri()})"
    )

    # The last logs are shipped in batches, after the state: wait for them.
    from_tasks = wait_for(
        lambda: [log for log in _logs(api, run.id) if log.name.startswith("tasks.")],
        30,
        "a log line from tasks/ in the run's logs",
    )
    assert "merge inserted" in from_tasks[0].message
    task_runs = {
        t.name.rsplit("-", 1)[0]
        for t in api.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])),
            sort=TaskRunSort.EXPECTED_START_TIME_DESC,
            limit=200,
            offset=0,
        )
    }
    assert {"discover documents", "validate tables", "publish tables"} <= task_runs

    assert read_table(root, "articles").height == 5
    assert read_table(root, "claims").height > 0
    assert read_table(root, "runs")["flow_run_id"].to_list() == [str(run.id)]


def test_quality_gate_fails_the_run_with_a_clear_message(
    worker_deployment: Path, api: Any, tmp_path: Path
) -> None:
    from prefect.deployments import run_deployment

    root = tmp_path / "data"
    inbox = _inbox(tmp_path)
    # Casualty counts on nobody's word fail the claims suite (sourced_count_has_source); with
    # no failed row allowed and failures in three articles (systemic), the gate trips.
    for i, place in enumerate(("the border", "the river", "the capital")):
        (inbox / f"unsourced{i}.txt").write_text(
            f"Clashes near {place}\n\n"
            f"At least {40 + i} soldiers were killed in the attack near {place} on Tuesday. "
            f"Another {25 + i} civilians were wounded when the shelling resumed.\n",
            encoding="utf-8",
        )
    run = run_deployment(
        "news_pipeline/hourly-inbox",
        parameters={"source": str(inbox), "data_root": str(root), "max_failed_share": 0},
        timeout=0,
    )
    state = _wait_final(api, run.id, 150)
    assert state.is_failed(), state
    assert "QualityGateFailed" in state.message or "quality gate" in state.message
    assert "nothing published" in state.message, state.message
    assert "sourced_count_has_source" in state.message, state.message
    assert read_table(root, "claims").is_empty()
    assert "claimflow-run-summary" in _artifacts(api, run.id)


def test_served_schedule_fires_and_runs_one_at_a_time(
    live_server: LiveServer, api: Any, processes: Processes, tmp_path: Path
) -> None:
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName
    from prefect.client.schemas.sorting import FlowRunSort

    root = tmp_path / "data"
    log = tmp_path / "serve.log"
    processes.start(
        [
            str(CLAIMFLOW),
            "serve",
            str(_inbox(tmp_path)),
            "--data-root",
            str(root),
            "--name",
            "every-5s",
            "--interval",
            "5",
        ],
        env=live_server.env,
        log=log,
    )
    overlap: list[int] = []

    def scheduled_run_completed() -> Any:
        runs = api.read_flow_runs(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["every-5s"])),
            sort=FlowRunSort.EXPECTED_START_TIME_ASC,
            limit=50,
            offset=0,
        )
        overlap.append(sum(1 for r in runs if r.state and r.state.is_running()))
        return next((r for r in runs if r.state and r.state.is_completed()), None)

    done = wait_for(scheduled_run_completed, 150, "a scheduled run to complete", every=1)
    assert done.auto_scheduled, "the run was not created by the schedule"
    assert max(overlap) <= 1, "two runs wrote the tables at once"
    assert read_table(root, "articles").height == 5
