"""The articles suite: one row per distinct article, its clean English text and provenance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations.checks import Check, key_checks, named_suite, text_checks
from tasks.schema import ArticleCol, Dataset

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.ARTICLES.value
C = ArticleCol

ENGLISH = "en"
SHA256_HEX = r"^[0-9a-f]{64}$"


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Articles need no other table: ``df`` unchanged."""
    return df


def build_suite() -> gx.ExpectationSuite:
    """The articles suite."""
    return named_suite(
        DATASET,
        [*key_checks(DATASET), *text_checks(DATASET, what="clean article"), *_content()],
    )


def _content() -> list[Check]:
    import great_expectations as gx

    e = gx.expectations
    return [
        (
            "n_words_not_null",
            "The word count of the clean text is missing.",
            e.ExpectColumnValuesToNotBeNull(column=C.N_WORDS.value),
        ),
        (
            "n_words_at_least_1",
            "The clean text has no words: cleaning removed everything, or the source was empty.",
            e.ExpectColumnValuesToBeBetween(column=C.N_WORDS.value, min_value=1),
        ),
        (
            "language_not_null",
            "The article's language was not recorded; the extractors only handle English.",
            e.ExpectColumnValuesToNotBeNull(column=C.LANGUAGE.value),
        ),
        (
            "language_is_english",
            "Not an English article: the English model would extract nonsense from it.",
            e.ExpectColumnValuesToBeInSet(column=C.LANGUAGE.value, value_set=[ENGLISH]),
        ),
        (
            "raw_sha256_not_null",
            "The raw bytes' hash is missing, so the article cannot be traced to its source file.",
            e.ExpectColumnValuesToNotBeNull(column=C.RAW_SHA256.value),
        ),
        (
            "raw_sha256_is_hex",
            "raw_sha256 is not 64 lowercase hex digits: something other than a SHA-256 was stored.",
            e.ExpectColumnValuesToMatchRegex(column=C.RAW_SHA256.value, regex=SHA256_HEX),
        ),
    ]
