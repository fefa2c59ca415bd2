"""The command line's settings, in-process: no Prefect server, no pipeline run."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows import cli
from flows.cli_options import run_settings
from flows.settings import RUN_PARAMETERS
from tasks.documents import Rejected
from tasks.schema import Dataset
from tasks.store import publish, records
from tasks.store.records import RunInfo


@pytest.mark.parametrize("command", [cli.run, cli.serve])
def test_run_and_serve_take_every_flow_parameter(command) -> None:
    # serve used to pass 4 of the 6 parameters to its deployment.
    assert set(RUN_PARAMETERS) <= set(inspect.signature(command).parameters)


def test_options_given_win_and_the_rest_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMFLOW_MODEL", "from_env")
    monkeypatch.setenv("CLAIMFLOW_BATCH_SIZE", "8")
    given = dict.fromkeys(RUN_PARAMETERS) | {"model": "given", "other_option": 1}
    cfg = run_settings(given)
    assert (cfg.model, cfg.batch_size) == ("given", 8)


def test_a_bad_setting_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli.app, ["quarantine", "-d", str(tmp_path)], env={"CLAIMFLOW_BATCH_SIZE": "lots"}
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "invalid setting: batch_size: Input should be a valid integer, unable to parse string "
        "as an integer"
    ]


def test_the_quarantine_command_reads_the_data_root_from_the_environment(tmp_path: Path) -> None:
    held = records.rejected_rows([Rejected("mem://x.txt", "0" * 64, ("empty",))], RunInfo("r1"))
    publish.insert_new(tmp_path, Dataset.QUARANTINE, held)
    result = CliRunner().invoke(cli.app, ["quarantine"], env={"CLAIMFLOW_DATA_ROOT": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert "mem://x.txt" in result.output and "1 held (0 resolved" in result.output
