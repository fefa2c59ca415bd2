"""Breakers: for each expectation, a way to break chosen rows of a valid frame for it alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import polars as pl

from expectations.checks import key
from expectations.runner import DATASETS
from tests.expectations.frames import BLANK_SPAN, build_frames

N_ROWS = 24
# Four child rows per article: 6 articles, so the articles suite has rows to break too.
FRAMES = build_frames(N_ROWS, rows_per_article=4)
# A breaker sets columns on the chosen rows of one dataset; some also name extra rows that fail
# with them (a duplicate key fails on both rows).
Breaker = Callable[[pl.DataFrame, list[int]], tuple[pl.DataFrame, set[int]]]


def set_rows(**values: Any) -> Breaker:
    """Break the chosen rows by setting ``values`` (column -> value; None means null)."""

    def breaker(df: pl.DataFrame, idx: list[int]) -> tuple[pl.DataFrame, set[int]]:
        chosen = pl.int_range(pl.len()).is_in(idx)
        return df.with_columns(
            pl.when(chosen).then(pl.lit(v, df.schema[c])).otherwise(pl.col(c)).alias(c)
            for c, v in values.items()
        ), set(idx)

    return breaker


def duplicate_key(dataset: str) -> Breaker:
    """Give the chosen rows one shared key; a single chosen row copies its neighbour's key."""
    column = key(dataset)

    def breaker(df: pl.DataFrame, idx: list[int]) -> tuple[pl.DataFrame, set[int]]:
        bad = set(idx) if len(idx) > 1 else {idx[0], (idx[0] + 1) % df.height}
        shared = df[column][min(bad)]
        return set_rows(**{column: shared})(df, sorted(bad))[0], bad

    return breaker


def blank_span_text(df: pl.DataFrame, idx: list[int]) -> tuple[pl.DataFrame, set[int]]:
    """Point the rows at the whitespace every article starts with: blank text, matching offsets."""
    start, end = BLANK_SPAN
    return set_rows(text=" " * (end - start), char_start=start, char_end=end)(df, idx)


SPAN_BREAKERS: dict[str, Breaker] = {
    "article_id_not_null": set_rows(article_id=None),
    "article_id_in_articles": set_rows(article_id="no-such-article"),
    "char_start_not_null": set_rows(char_start=None),
    "char_end_not_null": set_rows(char_end=None),
    "char_start_non_negative": set_rows(char_start=-1),
    "char_end_after_start": set_rows(char_start=3, char_end=3),
    "offsets_inside_text": set_rows(char_end=10**9),
}
BREAKERS: dict[str, dict[str, Breaker]] = {
    "articles": {
        "article_id_not_null": set_rows(article_id=None),
        "text_not_null": set_rows(text=None),
        "text_not_blank": set_rows(text=" \n\t "),
        "n_words_not_null": set_rows(n_words=None),
        "n_words_at_least_1": set_rows(n_words=0),
        "language_not_null": set_rows(language=None),
        "language_is_english": set_rows(language="fr"),
        "raw_sha256_not_null": set_rows(raw_sha256=None),
        "raw_sha256_is_hex": set_rows(raw_sha256="not-a-hash"),
    },
    "claims": {
        **SPAN_BREAKERS,
        "offsets_match_text": set_rows(quantity_text="a different number"),
        "quantity_text_not_null": set_rows(quantity_text=None),
        "qualifier_not_null": set_rows(qualifier=None),
        "qualifier_in_set": set_rows(qualifier="roughly"),
        "claim_type_not_null": set_rows(claim_type=None),
        "claim_type_in_set": set_rows(claim_type="rumour"),
        "unit_in_set": set_rows(unit="furlongs"),
        "hedged_not_null": set_rows(hedged=None),
        "confidence_within_0_1": set_rows(confidence=1.5),
        "value_present_unless_vague": set_rows(qualifier="exact", value=None, value_high=None),
        "value_positive": set_rows(
            claim_type="other", qualifier="exact", value=-5.0, value_high=None
        ),
        "range_has_value_high": set_rows(qualifier="range", value=5.0, value_high=None),
        "value_high_not_below_value": set_rows(qualifier="range", value=10.0, value_high=5.0),
        "percentage_within_100": set_rows(
            claim_type="percentage", qualifier="exact", value=-150.0, value_high=None
        ),
        "percentage_high_within_100": set_rows(
            claim_type="percentage", qualifier="range", value=50.0, value_high=150.0
        ),
        "attribution_kind_not_null": set_rows(attribution_kind=None),
        "attribution_kind_in_set": set_rows(attribution_kind="rumour"),
        "attribution_scope_in_set": set_rows(attribution_scope="chapter"),
        "sourced_count_has_source": set_rows(claim_type="troop_count", attributed_to=None),
        "sourced_count_source_kind": set_rows(claim_type="casualty_count", attribution_kind="none"),
        "actor_basis_in_set": set_rows(actor_basis="hunch"),
        "actor_has_basis": set_rows(actor="Ukraine", actor_basis=None),
        "location_lat_within_range": set_rows(location_lat=120.0),
        "location_lon_within_range": set_rows(location_lon=-200.0),
        "coordinates_have_a_country": set_rows(location_country=None),
    },
    "quotes": {
        **SPAN_BREAKERS,
        "offsets_match_text": set_rows(text="words nobody said"),
        "text_not_null": set_rows(text=None),
        "text_not_blank": blank_span_text,
        "quote_kind_not_null": set_rows(quote_kind=None),
        "quote_kind_in_set": set_rows(quote_kind="paraphrase"),
        "full_quote_has_speaker": set_rows(quote_kind="full", speaker=None),
        "continuation_points_to_a_quote": set_rows(continues_quote_id="no-such-quote"),
    },
    "entities": {
        **SPAN_BREAKERS,
        "offsets_match_text": set_rows(text="Kharkiv"),
        "text_not_null": set_rows(text=None),
        "text_not_blank": blank_span_text,
        "label_not_null": set_rows(label=None),
        "label_in_set": set_rows(label="WEAPON"),
    },
    "sources": {
        "name_not_null": set_rows(name=None),
        "name_not_blank": set_rows(name="  "),
        "kind_in_set": set_rows(kind="none"),
        "n_articles_at_least_1": set_rows(n_articles=0),
        "n_claims_non_negative": set_rows(n_claims=-1),
        "n_quotes_non_negative": set_rows(n_quotes=-1),
    },
    "figures": {
        "claim_type_in_set": set_rows(claim_type="rumour"),
        "qualifier_in_set": set_rows(qualifier="roughly"),
        "value_present_unless_vague": set_rows(qualifier="exact", value=None, value_high=None),
        "value_non_negative": set_rows(claim_type="troop_count", value=-3.0, value_high=None),
        "first_seen_not_null": set_rows(first_seen=None),
        "last_seen_not_before_first": set_rows(
            first_seen=date(2024, 10, 9), last_seen=date(2024, 10, 2)
        ),
        "n_articles_at_least_1": set_rows(n_articles=0, n_outlets=0),
        "n_outlets_within_articles": set_rows(n_articles=1, n_outlets=2),
    },
}
for _dataset in DATASETS:
    BREAKERS[_dataset][f"{key(_dataset)}_unique"] = duplicate_key(_dataset)
    BREAKERS[_dataset].setdefault(f"{key(_dataset)}_not_null", set_rows(**{key(_dataset): None}))
CASES = [(d, name) for d in DATASETS for name in BREAKERS[d]]


def validate_broken(
    validator, dataset: str, name: str, idx: Sequence[int]
) -> tuple[Any, pl.DataFrame, set[int]]:
    """Break rows ``idx`` of ``dataset`` for ``name``: the Validation, the broken frame, and the
    positions of the rows expected bad."""
    broken, expected = BREAKERS[dataset][name](FRAMES[dataset], list(idx))
    validation = validator.validate(
        dataset, broken, context_frames={"articles": FRAMES["articles"]}
    )
    return validation, broken, expected
