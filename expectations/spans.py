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

from expectations.contract import Check, columns

# Helper columns: not part of the contract, present only in the frame GX sees.
IN_ARTICLES = "_article_id_in_articles"
INSIDE_TEXT = "_offsets_inside_text"
MATCH_TEXT = "_offsets_match_text"
HELPER_COLUMNS = (IN_ARTICLES, INSIDE_TEXT, MATCH_TEXT)

_ARTICLE_TEXT = "_article_text"


def add_span_checks(
    df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame], *, dataset: str, span_text: str
) -> pl.DataFrame:
    """``df`` with the three helper columns; ``span_text`` is the column the offsets must spell."""
    if "articles" not in context_frames:
        raise ValueError(
            f"{dataset}: validating offsets needs context_frames={{'articles': ...}} "
            "with the articles' ids and clean text"
        )
    a, c = columns("articles"), columns(dataset)
    # One text per article id: duplicate article ids are the articles suite's to report, and must
    # not multiply this dataset's rows in the join.
    articles = (
        context_frames["articles"]
        .select(pl.col(a.article_id).alias(c.article_id), pl.col(a.text).alias(_ARTICLE_TEXT))
        .filter(pl.col(c.article_id).is_not_null())
        .unique(subset=c.article_id, keep="first")
    )
    start, end = pl.col(c.char_start), pl.col(c.char_end)
    text = pl.col(_ARTICLE_TEXT)
    known = pl.col(c.article_id).is_not_null()
    ordered = start.is_not_null() & end.is_not_null() & (start >= 0) & (end > start)
    inside = end <= text.str.len_chars()
    spelled = text.str.slice(start, end - start) == pl.col(span_text)
    return (
        df.join(articles, on=c.article_id, how="left", maintain_order="left")
        .with_columns(
            pl.when(known)
            .then(pl.col(c.article_id).is_in(articles[c.article_id].implode()))
            .alias(IN_ARTICLES),
            pl.when(ordered & text.is_not_null()).then(inside).alias(INSIDE_TEXT),
            pl.when(ordered & text.is_not_null() & inside).then(spelled).alias(MATCH_TEXT),
        )
        .drop(_ARTICLE_TEXT)
    )


def span_checks(dataset: str, span_text: str) -> list[Check]:
    """Offsets present and ordered, article known, offsets inside its text and spelling the span."""
    import great_expectations as gx

    e, c = gx.expectations, columns(dataset)
    must_hold = [True]
    return [
        (
            "article_id_not_null",
            "Every row points to its article; without it the row cannot be traced to a source.",
            e.ExpectColumnValuesToNotBeNull(column=c.article_id),
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
            e.ExpectColumnValuesToNotBeNull(column=c.char_start),
        ),
        (
            "char_end_not_null",
            "The span's end offset is missing.",
            e.ExpectColumnValuesToNotBeNull(column=c.char_end),
        ),
        (
            "char_start_non_negative",
            "Offsets count characters from the start of the clean text: never negative.",
            e.ExpectColumnValuesToBeBetween(column=c.char_start, min_value=0),
        ),
        (
            "char_end_after_start",
            "A span ends after it starts (char_end > char_start).",
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=c.char_end, column_B=c.char_start, ignore_row_if="either_value_is_missing"
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
