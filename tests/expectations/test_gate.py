"""The quality gate's decision on suite results alone: no GX, no Prefect, no tables."""

from __future__ import annotations

import pytest

from expectations import gate
from expectations.runner import SuiteResult


def _suite(dataset: str, rows: int, failed: dict[str, int]) -> SuiteResult:
    expectations = [
        {"name": name, "note": "", "passed": rows - n, "failed": n, "success": not n}
        for name, n in failed.items()
    ]
    return SuiteResult(
        dataset=dataset,
        n_rows=rows,
        n_failed_rows=max(failed.values(), default=0),
        expectations=expectations,
        success=not any(failed.values()),
    )


@pytest.mark.parametrize(
    ("failed", "share", "tripped"),
    [
        (0, 0.0, False),  # nothing failed: even a zero threshold passes
        (1, 0.0, True),  # one row over a zero threshold
        (2, 0.2, False),  # exactly at the threshold is allowed
        (3, 0.2, True),
        (10, 1.0, False),  # every row failed, but everything is allowed
    ],
)
def test_the_gate_trips_only_over_the_share(failed: int, share: float, tripped: bool) -> None:
    results = [_suite("claims", 10, {"claims.x": failed})]
    assert bool(gate.breaches(results, share)) is tripped


def test_an_empty_table_never_trips_the_gate() -> None:
    assert gate.breaches([_suite("quotes", 0, {})], 0.0) == []


def test_the_message_names_the_suite_the_counts_and_the_worst_expectations() -> None:
    claims = _suite("claims", 10, {"claims.a": 1, "claims.b": 6, "claims.c": 3, "claims.d": 2})
    quotes = _suite("quotes", 4, {"quotes.a": 0})
    found = gate.breaches([claims, quotes], 0.2)
    assert [b.dataset for b in found] == ["claims"]
    assert gate.message(found, 0.2) == (
        "quality gate: claims suite failed 6/10 rows (> 20%), worst: claims.b (6 rows), "
        "claims.c (3 rows), claims.d (2 rows); nothing published"
    )


def test_every_breached_suite_is_in_the_message() -> None:
    found = gate.breaches(
        [_suite("articles", 2, {"articles.x": 2}), _suite("claims", 5, {"claims.y": 5})], 0.5
    )
    text = gate.message(found, 0.5)
    assert [b.dataset for b in found] == ["articles", "claims"]
    assert "articles suite failed 2/2" in text and "claims suite failed 5/5" in text
