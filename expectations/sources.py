"""The sources suite: one row per source across articles, each with a name, a kind and counts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations.checks import Check, key_checks, named_suite
from tasks.schema import ATTRIBUTION_KINDS, AttributionKind, Dataset, SourceCol

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.SOURCES.value
C = SourceCol
# A source is someone: "none" (no source) is a claim's attribution, never a sources row.
SOURCE_KINDS = [k for k in ATTRIBUTION_KINDS if k != AttributionKind.NONE]


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Sources need no other table: ``df`` unchanged."""
    return df


def build_suite() -> gx.ExpectationSuite:
    """The sources suite."""
    import great_expectations as gx

    e = gx.expectations
    checks: list[Check] = [
        *key_checks(DATASET),
        (
            "name_not_null",
            "Every source has a canonical name; a null means resolution lost the mention.",
            e.ExpectColumnValuesToNotBeNull(column=C.NAME.value),
        ),
        (
            "name_not_blank",
            "A source's name is empty or only whitespace.",
            e.ExpectColumnValuesToMatchRegex(column=C.NAME.value, regex=r"\S"),
        ),
        (
            "kind_in_set",
            "Kind outside person, organization, official_anonymous, media, multiple_sources.",
            e.ExpectColumnValuesToBeInSet(column=C.KIND.value, value_set=SOURCE_KINDS),
        ),
        (
            "n_articles_at_least_1",
            "A source row exists because some article cites it: at least one article.",
            e.ExpectColumnValuesToBeBetween(column=C.N_ARTICLES.value, min_value=1),
        ),
        (
            "n_claims_non_negative",
            "Counts of claims cannot be negative.",
            e.ExpectColumnValuesToBeBetween(column=C.N_CLAIMS.value, min_value=0),
        ),
        (
            "n_quotes_non_negative",
            "Counts of quotes cannot be negative.",
            e.ExpectColumnValuesToBeBetween(column=C.N_QUOTES.value, min_value=0),
        ),
    ]
    return named_suite(DATASET, checks)
