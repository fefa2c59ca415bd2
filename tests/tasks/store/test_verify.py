"""Damaged tables are reported as such, before a run writes on top of them (issue 12 item 8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from deltalake import DeltaTable

from tasks.store import publish
from tasks.store.verify import BrokenTable, verify_tables
from tests.tasks.store.test_publish import claims_for


def _two_versions(root: Path) -> DeltaTable:
    publish.replace_article_rows(root, "claims", claims_for(["a", "b"], 3), ["a", "b"])
    publish.replace_article_rows(root, "claims", claims_for(["c"], 3), ["c"])
    return DeltaTable(str(root / "claims"))


def test_healthy_and_absent_tables_pass(tmp_path: Path) -> None:
    verify_tables(tmp_path)  # nothing written yet
    _two_versions(tmp_path)
    verify_tables(tmp_path)


def test_a_data_file_the_log_names_is_missing(tmp_path: Path) -> None:
    table = _two_versions(tmp_path)
    gone = table.file_uris()[0]
    os.remove(gone)
    # What the run used to do: a write succeeds over the damaged table...
    publish.replace_article_rows(tmp_path, "claims", claims_for(["d"], 1), ["d"])
    with pytest.raises(BrokenTable, match=r"'claims': 1 data file\(s\) its Delta log names"):
        verify_tables(tmp_path)
    with pytest.raises(FileNotFoundError):  # ...and no reader can open it
        publish.read_table(tmp_path, "claims")


def test_a_corrupted_log_is_reported(tmp_path: Path) -> None:
    _two_versions(tmp_path)
    log = sorted((tmp_path / "claims" / "_delta_log").glob("*.json"))[-1]
    log.write_text("{garbage")
    with pytest.raises(BrokenTable, match="'claims': its Delta log .* cannot be read"):
        verify_tables(tmp_path)
