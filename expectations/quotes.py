"""The quotes suite: quotations with their speaker, each pointing into its article's text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations import spans
from expectations.checks import Check, key_checks, named_suite, text_checks
from tasks.schema import QUOTE_KINDS, Dataset, QuoteCol, QuoteKind

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.QUOTES.value
C = QuoteCol

FULL = QuoteKind.FULL.value


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Quotes plus the span checks against their article (the quote's ``text`` at the offsets)."""
    return spans.add_span_checks(
        df, context_frames, dataset=DATASET, cols=C, span_text=C.TEXT.value
    )


def build_suite() -> gx.ExpectationSuite:
    """The quotes suite."""
    return named_suite(
        DATASET,
        [
            *key_checks(DATASET),
            *spans.span_checks(C, C.TEXT.value),
            *text_checks(DATASET, what="quotation"),
            *_kinds(),
        ],
    )


def _kinds() -> list[Check]:
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    e = gx.expectations
    return [
        (
            "quote_kind_not_null",
            "Every quote is full or partial.",
            e.ExpectColumnValuesToNotBeNull(column=C.QUOTE_KIND.value),
        ),
        (
            "quote_kind_in_set",
            "Quote kind outside the contract's list (full, partial).",
            e.ExpectColumnValuesToBeInSet(column=C.QUOTE_KIND.value, value_set=list(QUOTE_KINDS)),
        ),
        (
            "full_quote_has_speaker",
            "A full quotation needs a speaker; a quote nobody said is not publishable. (Partial "
            "quotes inside reported speech may lack one.)",
            e.ExpectColumnValuesToNotBeNull(
                column=C.SPEAKER.value, row_condition=Column(C.QUOTE_KIND.value) == FULL
            ),
        ),
    ]
