"""Run settings: defaults, CLAIMFLOW_* variables, and explicit values that always win."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from flows.settings import RUN_PARAMETERS, Settings
from tasks.documents import MAX_DOC_BYTES


def test_defaults_for_a_newcomer(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SOURCE", "DATA_ROOT", "BATCH_SIZE", "MODEL", "MAX_DOC_BYTES"):
        monkeypatch.delenv(f"CLAIMFLOW_{name}", raising=False)
    cfg = Settings()
    assert (cfg.source, cfg.data_root, cfg.batch_size) == ("seeds", "data", 64)
    assert cfg.max_doc_bytes == MAX_DOC_BYTES == 5 * 1024 * 1024


def test_the_environment_fills_what_was_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMFLOW_MODEL", "from_env")
    monkeypatch.setenv("CLAIMFLOW_BATCH_SIZE", "8")
    assert Settings.from_parameters({"model": None, "batch_size": None}).model == "from_env"
    cfg = Settings.from_parameters({"model": "explicit", "batch_size": None})
    assert (cfg.model, cfg.batch_size) == ("explicit", 8)


def test_a_zero_is_a_value_not_a_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMFLOW_MAX_FAILED_SHARE", "0.5")
    assert Settings.from_parameters({"max_failed_share": 0}).max_failed_share == 0.0


def test_storage_options_come_from_the_environment_and_never_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMFLOW_STORAGE_OPTIONS", '{"AWS_SECRET_ACCESS_KEY": "sentinel-7"}')
    cfg = Settings()
    assert cfg.storage_options == {"AWS_SECRET_ACCESS_KEY": "sentinel-7"}
    assert "sentinel-7" not in repr(cfg)
    assert set(cfg.run_parameters()) == set(RUN_PARAMETERS)


def test_settings_are_frozen_and_checked() -> None:
    cfg = Settings()
    with pytest.raises(ValidationError):
        cfg.batch_size = 3  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Settings(batch_size=0)
    with pytest.raises(ValidationError):
        Settings(max_failed_share=1.5)
    with pytest.raises(ValidationError):
        Settings(bacth_size=8)  # type: ignore[call-arg]


def test_data_docs_sit_under_a_local_root_else_in_docs_dir(tmp_path) -> None:
    assert Settings(data_root=str(tmp_path)).data_docs_dir() == str(tmp_path / "_validation")
    remote = Settings(data_root="s3://bucket/claimflow", docs_dir=str(tmp_path / "docs"))
    assert remote.data_docs_dir() == str(tmp_path / "docs")
