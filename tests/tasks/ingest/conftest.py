"""A fresh fixture web site per test (its request log and counters start empty)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sites.web import Site, serve_site


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running
