"""Spans against their article: checks GX cannot do alone, because they join two tables.

A claim, quote or entity points into its article's clean text with ``char_start``/``char_end``.
Whether the article exists, whether the offsets fall inside its text and whether the text there is
the span's own text are computed here in polars, as one boolean column per check (null where the
check does not apply, for instance when the offsets themselves are null: another expectation
reports that). GX then asserts each column is true, so these checks are decided, counted and shown
in Data Docs like every other expectation.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from expectations.checks import Check
from tasks.schema import ArticleCol, ClaimCol, Dataset, EntityCol, QuoteCol

# The column enum of a table whose rows point into an article (all name the same span columns).
SpanColumns = type[ClaimCol] | type[QuoteCol] | type[EntityCol]

# Helper columns: not part of the contract, present only in the frame GX sees.
IN_ARTICLES = "_article_id_in_articles"
INSIDE_TEXT = "_offsets_inside_text"
MATCH_TEXT = "_offsets_match_text"

_ARTICLE_TEXT = "_article_text"


def add_span_checks(
    df: pl.DataFrame,
    context_frames: Mapping[str, pl.DataFrame],
    *,
    dataset: str,
    cols: SpanColumns,
    span_text: str,
) -> pl.DataFrame:
    """``df`` with the three helper columns; ``span_text`` is the column the offsets must spell."""
    if Dataset.ARTICLES not in context_frames:
        raise ValueError(
            f"{dataset}: validating offsets needs context_frames={{'articles': ...}} "
            "with the articles' ids and clean text"
        )
    a, c = ArticleCol, cols
    # One text per article id: duplicate article ids are the articles suite's to report, and must
    # not multiply this dataset's rows in the join.
    articles = (
        context_frames[Dataset.ARTICLES]
        .select(
            pl.col(a.ARTICLE_ID.value).alias(c.ARTICLE_ID.value),
            pl.col(a.TEXT.value).alias(_ARTICLE_TEXT),
        )
        .filter(pl.col(c.ARTICLE_ID.value).is_not_null())
        .unique(subset=c.ARTICLE_ID.value, keep="first")
    )
    start, end = pl.col(c.CHAR_START.value), pl.col(c.CHAR_END.value)
    text = pl.col(_ARTICLE_TEXT)
    known = pl.col(c.ARTICLE_ID.value).is_not_null()
    ordered = start.is_not_null() & end.is_not_null() & (start >= 0) & (end > start)
    inside = end <= text.str.len_chars()
    spelled = text.str.slice(start, end - start) == pl.col(span_text)
    return (
        df.join(articles, on=c.ARTICLE_ID.value, how="left", maintain_order="left")
        .with_columns(
            pl.when(known)
            .then(pl.col(c.ARTICLE_ID.value).is_in(articles[c.ARTICLE_ID.value].implode()))
            .alias(IN_ARTICLES),
            pl.when(ordered & text.is_not_null()).then(inside).alias(INSIDE_TEXT),
            pl.when(ordered & text.is_not_null() & inside).then(spelled).alias(MATCH_TEXT),
        )
        .drop(_ARTICLE_TEXT)
    )


def span_checks(cols: SpanColumns, span_text: str) -> list[Check]:
    """Offsets present and ordered, article known, offsets inside its text and spelling the span."""
    import great_expectations as gx

    e, c = gx.expectations, cols
    must_hold = [True]
    return [
        (
            "article_id_not_null",
            "Every row points to its article; without it the row cannot be traced to a source.",
            e.ExpectColumnValuesToNotBeNull(column=c.ARTICLE_ID.value),
        ),
        (
            "article_id_in_articles",
            "The row's article_id is not among this run's articles: the article was dropped or "
            "its id changed after extraction.",
            e.ExpectColumnValuesToBeInSet(column=IN_ARTICLES, value_set=must_hold),
        ),
        (
            "char_start_not_null",
            "The span's start offset is missing.",
            e.ExpectColumnValuesToNotBeNull(column=c.CHAR_START.value),
        ),
        (
            "char_end_not_null",
            "The span's end offset is missing.",
            e.ExpectColumnValuesToNotBeNull(column=c.CHAR_END.value),
        ),
        (
            "char_start_non_negative",
            "Offsets count characters from the start of the clean text: never negative.",
            e.ExpectColumnValuesToBeBetween(column=c.CHAR_START.value, min_value=0),
        ),
        (
            "char_end_after_start",
            "A span ends after it starts (char_end > char_start).",
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=c.CHAR_END.value,
                column_B=c.CHAR_START.value,
                ignore_row_if="either_value_is_missing",
            ),
        ),
        (
            "offsets_inside_text",
            "char_end is past the end of the article's clean text: offsets were computed on "
            "another version of the text (raw instead of clean, or before newline normalisation).",
            e.ExpectColumnValuesToBeInSet(column=INSIDE_TEXT, value_set=must_hold),
        ),
        (
            "offsets_match_text",
            f"The article's text at [char_start, char_end) is not the row's {span_text}: "
            "offsets are shifted or the text was cleaned after extraction.",
            e.ExpectColumnValuesToBeInSet(column=MATCH_TEXT, value_set=must_hold),
        ),
    ]
