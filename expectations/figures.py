"""The figures suite: one row per distinct claim, seen in at least one article, dated in order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations.checks import Check, key_checks, named_suite
from tasks.schema import CLAIM_TYPES, QUALIFIERS, ClaimType, Dataset, FigureCol, Qualifier

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.FIGURES.value
C = FigureCol


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Figures need no other table: ``df`` unchanged."""
    return df


def build_suite() -> gx.ExpectationSuite:
    """The figures suite."""
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    e = gx.expectations
    not_vague = Column(C.QUALIFIER.value).is_in([q for q in QUALIFIERS if q != Qualifier.VAGUE])
    checks: list[Check] = [
        *key_checks(DATASET),
        (
            "claim_type_in_set",
            "Claim type outside the contract's list.",
            e.ExpectColumnValuesToBeInSet(column=C.CLAIM_TYPE.value, value_set=list(CLAIM_TYPES)),
        ),
        (
            "qualifier_in_set",
            "Qualifier outside the contract's list.",
            e.ExpectColumnValuesToBeInSet(column=C.QUALIFIER.value, value_set=list(QUALIFIERS)),
        ),
        (
            "value_present_unless_vague",
            "Only a vague figure ('thousands') may lack a number.",
            e.ExpectColumnValuesToNotBeNull(column=C.VALUE.value, row_condition=not_vague),
        ),
        (
            "value_non_negative",
            "A figure is not negative, except a percentage change ('-1.3%'), as in claims.",
            e.ExpectColumnValuesToBeBetween(
                column=C.VALUE.value,
                min_value=0,
                row_condition=Column(C.CLAIM_TYPE.value).is_not_in([ClaimType.PERCENTAGE.value]),
            ),
        ),
        (
            "first_seen_not_null",
            "Every figure has a first date: publication, or the ingest date when unknown.",
            e.ExpectColumnValuesToNotBeNull(column=C.FIRST_SEEN.value),
        ),
        (
            "last_seen_not_before_first",
            "A figure is last seen on or after it is first seen.",
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=C.LAST_SEEN.value,
                column_B=C.FIRST_SEEN.value,
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),  # fmt: skip
        ),
        (
            "n_articles_at_least_1",
            "A figure exists because at least one article states it.",
            e.ExpectColumnValuesToBeBetween(column=C.N_ARTICLES.value, min_value=1),
        ),
        (
            "n_outlets_within_articles",
            "More outlets than articles: outlets are counted per article, at most one each.",
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=C.N_ARTICLES.value,
                column_B=C.N_OUTLETS.value,
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),  # fmt: skip
        ),
    ]
    return named_suite(DATASET, checks)
