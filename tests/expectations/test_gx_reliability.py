"""The validation fault rows of docs/RELIABILITY.md, made stronger: GX lists the failing rows
for every kind of expectation the suites use (#20), and a table where every row fails trips the
gate in bounded time without asking GX for a million row ids (#21)."""

from __future__ import annotations

import time

import pytest

from expectations import gate, rows
from expectations.checks import key
from expectations.runner import DATASETS
from tests.expectations.breakers import CASES, validate_broken
from tests.expectations.frames import build_frames


def _one_case_per_type(validator) -> list[tuple[str, str]]:  # noqa: ANN001
    """(dataset, check) pairs: the first breakable check of each expectation type in the suites."""
    by_name = {
        e.meta["name"]: e.expectation_type
        for d in DATASETS
        for e in validator.suite(d).expectations
    }
    seen: dict[str, tuple[str, str]] = {}
    for dataset, name in CASES:
        seen.setdefault(by_name[f"{dataset}.{name}"], (dataset, name))
    return list(seen.values())


def test_gx_lists_the_failing_rows_for_every_expectation_type(validator, monkeypatch) -> None:
    # Force GX's own COMPLETE result for every failed check: its unexpected_index_list (set on
    # the run, never on the Expectation, GX #11468) must name exactly the broken rows.
    monkeypatch.setattr(rows, "unexpected", lambda expectation, schema: None)
    cases = _one_case_per_type(validator)
    assert len(cases) >= 6, cases
    for dataset, name in cases:
        validation, broken, expected = validate_broken(validator, dataset, name, [1, 4])
        column = key(dataset)
        assert set(validation.bad[column]) == {broken[column][i] for i in expected}, name


@pytest.mark.slow
def test_a_million_rows_all_failing_trip_the_gate_in_bounded_time(validator) -> None:
    frames = build_frames(1_000_000, rows_per_article=200)
    claims = frames["claims"]
    broken = claims.with_columns(claims["unit"].fill_null("x").str.replace(".*", "furlongs"))
    started = time.perf_counter()
    validation = validator.validate(
        "claims", broken, context_frames={"articles": frames["articles"]}
    )
    took = time.perf_counter() - started
    assert validation.bad.height == 1_000_000 and validation.good.is_empty()
    found = gate.breaches([validation.result], 0.2)
    assert gate.systemic(found) == found != []
    # SUMMARY first, row ids in polars: 41 s and a 17 MB result with COMPLETE on 333k failures.
    assert took < 180, f"{took:.0f} s"
