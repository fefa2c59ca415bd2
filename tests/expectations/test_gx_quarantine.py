"""Each expectation, broken alone: the suite catches it and quarantines exactly the broken rows."""

from __future__ import annotations

import logging

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectations.checks import key
from expectations.runner import DATASETS, REASONS
from tasks.schema import ClaimCol
from tests.expectations.breakers import BREAKERS, CASES, FRAMES, set_rows, validate_broken


def assert_quarantined_exactly(validation, dataset: str, name: str, expected: set[int]) -> None:
    full_name = f"{dataset}.{name}"
    n_in = validation.result.n_rows
    assert n_in == validation.good.height + validation.bad.height
    assert validation.bad.height == len(expected) == validation.result.n_failed_rows
    assert validation.bad[REASONS].to_list() == [[full_name]] * len(expected)
    assert validation.good.columns == validation.bad.drop(REASONS).columns
    failed = {e["name"]: e for e in validation.result.expectations if not e["success"]}
    assert set(failed) == {full_name}
    assert failed[full_name]["failed"] == len(expected)
    assert failed[full_name]["passed"] == n_in - len(expected)
    assert not validation.result.success


def bad_positions(validation, frame: pl.DataFrame) -> set[int]:
    """Positions of the quarantined rows in ``frame`` (rows compared by value)."""
    flat = [c for c, dtype in frame.schema.items() if not dtype.is_nested()]
    marked = frame.with_row_index("_pos")
    joined = marked.join(validation.bad, on=flat, how="semi", nulls_equal=True)
    return set(joined["_pos"].to_list())


def test_every_expectation_has_a_breaker(validator) -> None:
    for dataset in DATASETS:
        names = {e.meta["name"] for e in validator.suite(dataset).expectations}
        assert names == {f"{dataset}.{n}" for n in BREAKERS[dataset]}


@pytest.mark.parametrize(("dataset", "name"), CASES, ids=[f"{d}.{n}" for d, n in CASES])
def test_breaking_one_expectation_quarantines_exactly_those_rows(
    validator, dataset: str, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    idx = [1, 4, FRAMES[dataset].height - 1]
    with caplog.at_level(logging.WARNING, logger="expectations.runner"):
        validation, broken, expected = validate_broken(validator, dataset, name, idx)
    assert_quarantined_exactly(validation, dataset, name, expected)
    assert bad_positions(validation, broken) == expected
    assert not caplog.records, "polars and GX disagreed on the failing rows"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=st.sampled_from(CASES), data=st.data())
def test_quarantined_ids_equal_injected_ids(validator, case: tuple[str, str], data) -> None:
    dataset, name = case
    ids, n = key(dataset), FRAMES[dataset].height
    # Null keys cannot be told apart by id, so one is enough for that case.
    max_size = 1 if name == f"{ids}_not_null" else n // 2
    idx = data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=max_size))
    validation, broken, expected = validate_broken(validator, dataset, name, sorted(idx))
    assert_quarantined_exactly(validation, dataset, name, expected)
    good_ids, bad_ids = set(validation.good[ids]), set(validation.bad[ids])
    assert bad_ids == {broken[ids][i] for i in expected}
    assert not good_ids & bad_ids


def test_several_failures_on_one_row_are_all_named(validator) -> None:
    claims = FRAMES["claims"]
    broken, _ = set_rows(confidence=7.0, unit="furlongs", hedged=None)(claims, [3])
    validation = validator.validate(
        "claims", broken, context_frames={"articles": FRAMES["articles"]}
    )
    assert validation.bad[key("claims")].to_list() == [claims[key("claims")][3]]
    assert sorted(validation.bad[REASONS][0]) == [
        "claims.confidence_within_0_1",
        "claims.hedged_not_null",
        "claims.unit_in_set",
    ]


def test_duplicate_article_ids_do_not_multiply_child_rows(validator) -> None:
    articles = pl.concat([FRAMES["articles"], FRAMES["articles"]])
    validation = validator.validate(
        "claims", FRAMES["claims"], context_frames={"articles": articles}
    )
    assert validation.good.height == FRAMES["claims"].height
    assert validation.result.success


def test_every_row_bad_quarantines_every_row(validator) -> None:
    claims = FRAMES["claims"].with_columns(pl.lit("rumour").alias(ClaimCol.CLAIM_TYPE))
    validation = validator.validate(
        "claims", claims, context_frames={"articles": FRAMES["articles"]}
    )
    assert validation.good.height == 0
    assert validation.bad.height == claims.height


def test_every_row_good_keeps_every_row_and_an_empty_quarantine_of_the_same_shape(
    validator,
) -> None:
    # The all-pass path skips building a per-row list of reasons: the frames must be the same
    # as the general path gives (good rows unchanged, an empty bad frame with REASONS).
    validation = validator.validate(
        "claims", FRAMES["claims"], context_frames={"articles": FRAMES["articles"]}
    )
    assert validation.result.success
    assert validation.good.equals(FRAMES["claims"])
    assert validation.bad.height == 0 == validation.result.n_failed_rows
    assert validation.bad.schema == {**FRAMES["claims"].schema, REASONS: pl.List(pl.String)}
