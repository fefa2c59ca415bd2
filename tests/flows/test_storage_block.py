"""Object-store credentials from a Prefect Secret block, on a real Prefect server."""

from __future__ import annotations

import json

import pytest

from flows.settings import Settings
from tests.flows.conftest import LiveServer

pytestmark = pytest.mark.slow


def test_storage_options_come_from_a_secret_block_under_the_explicit_ones(
    live_server: LiveServer,
) -> None:
    from prefect.blocks.system import Secret
    from prefect.settings import PREFECT_API_URL, temporary_settings

    block = {"AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_SECRET_ACCESS_KEY": "sentinel-in-block"}
    with temporary_settings(updates={PREFECT_API_URL: live_server.api_url}):
        Secret(value=block).save("claimflow-storage", overwrite=True)  # type: ignore[arg-type]
        cfg = Settings(
            storage_block="claimflow-storage",
            storage_options={"AWS_ENDPOINT_URL": "http://explicit:9000"},
        ).with_storage_block()
    assert cfg.storage_options == {
        "AWS_ENDPOINT_URL": "http://explicit:9000",
        "AWS_SECRET_ACCESS_KEY": "sentinel-in-block",
    }
    assert "sentinel" not in repr(cfg) and "sentinel" not in json.dumps(cfg.run_parameters())
    assert Settings().with_storage_block() == Settings()  # no block named: nothing to load
