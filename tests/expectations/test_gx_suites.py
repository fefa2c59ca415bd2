"""The suites as a whole: valid data passes, the contract holds, Data Docs render, nulls survive."""

from __future__ import annotations

import logging
import random
import time
from types import SimpleNamespace

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectations import claims, quotes, rows
from expectations.checks import key
from expectations.runner import DATASETS, REASONS, to_pandas, unexpected_count
from tasks import schema
from tasks.schema import ClaimCol, ClaimType, Dataset, FigureCol, QuoteCol
from tests.expectations.breakers import BREAKERS, FRAMES, validate_broken
from tests.expectations.frames import build_frames

CONTEXT = {"articles": FRAMES["articles"]}


@pytest.mark.parametrize("dataset", DATASETS)
def test_valid_frames_pass_every_expectation(validator, dataset: str) -> None:
    validation = validator.validate(dataset, FRAMES[dataset], context_frames=CONTEXT)
    assert validation.result.success
    assert validation.bad.height == 0
    assert validation.good.equals(FRAMES[dataset])
    assert validation.result.expectations  # nothing vacuous
    assert all(e["success"] and e["failed"] == 0 for e in validation.result.expectations)
    assert validation.bad.schema[REASONS] == pl.List(pl.String)


@pytest.mark.parametrize("dataset", DATASETS)
def test_empty_frames_pass(validator, dataset: str) -> None:
    validation = validator.validate(dataset, schema.empty(dataset), context_frames=CONTEXT)
    assert validation.result.success
    assert validation.result.n_rows == validation.good.height == validation.bad.height == 0


def test_enumeration_values_named_in_suites_are_in_the_contract() -> None:
    assert {claims.VAGUE, claims.RANGE} <= set(schema.QUALIFIERS)
    assert claims.PERCENTAGE in schema.CLAIM_TYPES
    assert claims.NO_SOURCE in schema.ATTRIBUTION_KINDS
    assert quotes.FULL in schema.QUOTE_KINDS


@pytest.mark.parametrize("dataset", DATASETS)
def test_expectations_are_named_noted_and_cheap_to_quarantine(validator, dataset: str) -> None:
    for expectation in validator.suite(dataset).expectations:
        name = expectation.meta["name"]
        assert name.startswith(f"{dataset}.") and name.isascii() and " " not in name
        assert len(expectation.meta["note"]) > 20
        assert name in expectation.notes
        # GX ignores result_format on an Expectation (docs/RELIABILITY.md #20): set it on the run.
        assert "result_format" not in expectation.__fields_set__
        # Failing rows are found in polars, not by an expensive COMPLETE run.
        assert expectation.expectation_type in rows.TRANSLATED_TYPES, name


def test_an_unknown_column_name_fails_at_suite_build_time() -> None:
    with pytest.raises(AttributeError, match="claim_idd"):
        _ = ClaimCol.claim_idd  # type: ignore[attr-defined]


def test_frames_off_the_contract_are_refused(validator) -> None:
    with pytest.raises(ValueError, match="conform"):
        validator.validate("claims", FRAMES["claims"].drop(ClaimCol.CONFIDENCE))
    with pytest.raises(ValueError, match="no suite"):
        validator.validate("runs", schema.empty("runs"))


@pytest.mark.parametrize("dataset", ["claims", "quotes", "entities"])
def test_span_checks_need_the_articles(validator, dataset: str) -> None:
    with pytest.raises(ValueError, match="articles"):
        validator.validate(dataset, FRAMES[dataset])


def test_an_expectation_gx_cannot_evaluate_fails_loudly() -> None:
    # The shape GX 1.24 returns when a metric raises (e.g. a bad regex): one dict per metric.
    result = SimpleNamespace(
        result={},
        exception_info={"MetricConfigurationID(...)": {"exception_message": "bad regex"}},
    )
    with pytest.raises(RuntimeError, match="claims.x: GX could not evaluate it: bad regex"):
        unexpected_count("claims.x", result)
    ok = SimpleNamespace(result={"unexpected_count": 3}, exception_info={})
    assert unexpected_count("claims.x", ok) == 3


@pytest.mark.parametrize("mode", ["not translated", "translation disagrees with GX"])
def test_gx_finds_the_rows_when_polars_cannot(
    validator, monkeypatch, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    if mode == "not translated":
        monkeypatch.setattr(rows, "unexpected", lambda expectation, schema: None)
    else:
        monkeypatch.setattr(rows, "unexpected", lambda expectation, schema: pl.lit(False))
    with caplog.at_level(logging.WARNING, logger="expectations.runner"):
        validation, _, expected = validate_broken(
            validator, "claims", "sourced_count_has_source", [2, 9, 16]
        )
    key_column = key("claims")
    assert set(validation.bad[key_column]) == {FRAMES["claims"][key_column][i] for i in expected}
    assert bool(caplog.records) == (mode != "not translated")


def test_data_docs_show_every_suite(validator) -> None:
    results = [
        validator.validate(d, FRAMES[d], context_frames=CONTEXT, run_name="docs-test").result
        for d in DATASETS
    ]
    index = validator.build_docs(results, "docs-test")
    assert index.name == "index.html" and index.is_file()
    assert index.is_relative_to(validator.data_docs_dir)
    html = index.read_text()
    for dataset in DATASETS:
        assert f"expectations/{dataset}.html" in html
        suite_page = (validator.data_docs_dir / "expectations" / f"{dataset}.html").read_text()
        assert f"{dataset}.{key(dataset)}_unique" in suite_page
    assert "docs-test" in html


@st.composite
def frames_with_nulls(draw: st.DrawFn) -> pl.DataFrame:
    n = draw(st.integers(0, 30))

    def column(values: st.SearchStrategy) -> list:
        return draw(st.lists(st.none() | values, min_size=n, max_size=n))

    c = ClaimCol
    df = pl.DataFrame(
        {
            c.CLAIM_ID: [f"claim-{i}" for i in range(n)],
            c.QUANTITY_TEXT: column(st.text(max_size=5)),
            c.CHAR_START: column(st.integers(-(2**40), 2**40)),
            c.VALUE: column(st.floats(allow_nan=False)),
            c.HEDGED: column(st.booleans()),
            c.CLAIM_TYPE: column(st.sampled_from(schema.CLAIM_TYPES)),
        }
    )
    return schema.conform(df, "claims")


@settings(max_examples=40, deadline=None)
@given(df=frames_with_nulls())
def test_nulls_and_ids_survive_the_pandas_boundary(df: pl.DataFrame) -> None:
    # docs/RELIABILITY.md #22: the one conversion keeps ids and null counts (None -> NaN is fine).
    frame = to_pandas(df)
    assert list(frame.index) == list(range(df.height))
    assert frame[key("claims")].tolist() == df[key("claims")].to_list()
    for name in df.columns:
        if not df.schema[name].is_nested():
            assert int(frame[name].isna().sum()) == df[name].null_count(), name


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(df=frames_with_nulls())
def test_gx_counts_the_nulls_polars_counts(validator, df: pl.DataFrame) -> None:
    c = ClaimCol
    result = validator.validate("claims", df, context_frames=CONTEXT).result
    failed = {e["name"]: e["failed"] for e in result.expectations}
    assert failed["claims.hedged_not_null"] == df[c.HEDGED].null_count()
    assert failed["claims.claim_type_not_null"] == df[c.CLAIM_TYPE].null_count()
    assert failed["claims.quantity_text_not_null"] == df[c.QUANTITY_TEXT].null_count()


def test_time_to_validate_100k_claims_with_10_percent_bad(validator) -> None:
    """Not a timed assertion: prints the cost of one large validation for the report."""
    started = time.perf_counter()
    frames = build_frames(100_000)
    claims_df, rng = frames["claims"], random.Random(0)
    chosen = rng.sample(range(claims_df.height), 10_000)
    names = ["unit_in_set", "sourced_count_has_source", "offsets_match_text", "value_positive"]
    expected: set[int] = set()
    for k, name in enumerate(names):
        claims_df, bad = BREAKERS["claims"][name](claims_df, chosen[k :: len(names)])
        expected |= bad
    built = time.perf_counter()
    validation = validator.validate(
        "claims", claims_df, context_frames={"articles": frames["articles"]}
    )
    took = time.perf_counter() - built
    print(
        f"\nvalidate 100k claims, 10% bad: {took:.2f} s (frames built in {built - started:.2f} s)"
    )
    key_column = key("claims")
    assert set(validation.bad[key_column]) == {claims_df[key_column][i] for i in expected}
    assert validation.good.height == claims_df.height - len(expected)


def test_a_continuation_row_pointing_to_its_first_paragraph_passes(validator) -> None:
    frame = FRAMES[Dataset.QUOTES]
    first, same_article = frame.row(0, named=True), None
    for k in range(1, frame.height):
        if frame[QuoteCol.ARTICLE_ID][k] == first[QuoteCol.ARTICLE_ID]:
            same_article = k
            break
    assert same_article is not None
    pointed = frame.with_columns(
        pl.when(pl.int_range(pl.len()) == same_article)
        .then(pl.lit(first[QuoteCol.QUOTE_ID]))
        .otherwise(pl.col(QuoteCol.CONTINUES_QUOTE_ID))
        .alias(QuoteCol.CONTINUES_QUOTE_ID)
    )
    validation = validator.validate(Dataset.QUOTES, pointed, context_frames=CONTEXT)
    assert validation.result.success and validation.bad.height == 0
    # pointing to itself, or to another article's quote, is not a continuation
    other = next(
        k
        for k in range(frame.height)
        if frame[QuoteCol.ARTICLE_ID][k] != first[QuoteCol.ARTICLE_ID]
    )
    for target in (same_article, other):
        broken = pointed.with_columns(
            pl.when(pl.int_range(pl.len()) == target)
            .then(pl.lit(frame[QuoteCol.QUOTE_ID][same_article]))
            .otherwise(pl.col(QuoteCol.CONTINUES_QUOTE_ID))
            .alias(QuoteCol.CONTINUES_QUOTE_ID)
        )
        bad = validator.validate(Dataset.QUOTES, broken, context_frames=CONTEXT).bad
        assert bad[QuoteCol.QUOTE_ID].to_list() == [frame[QuoteCol.QUOTE_ID][target]]


def test_a_negative_percentage_change_is_a_valid_figure(validator) -> None:
    """'Sales fell 0.1%' publishes as a claim (-0.1), so its figure is valid too; a negative
    count is not."""
    frame = FRAMES[Dataset.FIGURES]
    fell = frame.with_columns(
        pl.lit(ClaimType.PERCENTAGE).alias(FigureCol.CLAIM_TYPE),
        pl.lit(-0.1).alias(FigureCol.VALUE),
        pl.lit(None, pl.Float64).alias(FigureCol.VALUE_HIGH),
    )
    assert validator.validate(Dataset.FIGURES, fell).bad.height == 0
    lost = fell.with_columns(pl.lit(ClaimType.TROOP_COUNT).alias(FigureCol.CLAIM_TYPE))
    assert validator.validate(Dataset.FIGURES, lost).bad.height == frame.height
