"""Shared fixtures: one GX Validator per session (GX is slow to import), and valid frames."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.expectations.frames import Frames, build_frames


@pytest.fixture(scope="session")
def validator(tmp_path_factory: pytest.TempPathFactory):
    from expectations.runner import Validator

    return Validator(tmp_path_factory.mktemp("data_docs"))


@pytest.fixture(scope="session")
def make_frames() -> Callable[[int], Frames]:
    return build_frames
