"""A secret never leaks (docs/RELIABILITY.md #40): a run with a sentinel value in its object-store
options, then every place a run writes is searched for it: what it printed and logged, the flow
run in Prefect (parameters, logs, artifacts), the tables with their Delta logs and Parquet
metadata, and the Data Docs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.flows.conftest import CLAIMFLOW, LiveServer

pytestmark = pytest.mark.slow

SENTINEL = "sentinel-secret-7f3a9c"


def test_a_secret_in_the_storage_options_appears_nowhere(
    live_server: LiveServer, api, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    # An option delta-rs accepts for any store (and ignores locally): a stand-in for a key.
    options = json.dumps({"AWS_SECRET_ACCESS_KEY": SENTINEL})
    env = {**live_server.env, "CLAIMFLOW_STORAGE_OPTIONS": options}
    out = subprocess.run(
        [str(CLAIMFLOW), "run", str(SEEDS), "-d", str(root), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert SENTINEL not in out.stdout + out.stderr
    flow_run_id = json.loads(out.stdout[out.stdout.index("{") :])["flow_run_id"]

    run = api.read_flow_run(flow_run_id)
    assert SENTINEL not in json.dumps(run.parameters, default=str)
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    logs = api.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id])))
    assert logs and all(SENTINEL not in log.message for log in logs)
    response = api._client.post(
        "/artifacts/filter",
        json={"artifacts": {"flow_run_id": {"any_": [str(run.id)]}}, "limit": 50, "offset": 0},
    )
    response.raise_for_status()
    assert response.json() and SENTINEL not in response.text

    written = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".parquet" for p in written) and any(
        "_validation" in p.parts for p in written
    )
    for path in written:  # tables, Delta logs (and Parquet key-value metadata), Data Docs
        assert SENTINEL.encode() not in path.read_bytes(), path
    assert SENTINEL not in os.environ.get("CLAIMFLOW_STORAGE_OPTIONS", "")
