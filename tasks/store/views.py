"""What the analyst commands read: claims and figures, filtered, with a summary line per unit.

A mistake is one line that lists what exists (an actor nobody wrote about, a claim type that is
not one, a data root without tables); claims held in quarantine are counted, never hidden.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl
from deltalake import DeltaTable

from tasks.analysis.figures import NO_SOURCE
from tasks.schema import (
    CLAIM_TYPES,
    ArticleCol,
    ClaimCol,
    Dataset,
    FigureCol,
    QuarantineCol,
    SourceCol,
)
from tasks.store.publish import read_table, table_uri

DAY = "date"  # publication date, or the ingest date when it is unknown
# Claims and figures name their source, value and unit alike: summaries read either.
SOURCE, SOURCE_ID = FigureCol.SOURCE.value, FigureCol.SOURCE_ID.value
VALUE, UNIT = FigureCol.VALUE.value, FigureCol.UNIT.value
_SHOWN_CHOICES = 12


class ViewError(ValueError):
    """A filter or data root that cannot be answered; the message is one line for the user."""


@dataclass(frozen=True)
class Filters:
    """What an analyst asks for; ``actor`` and ``source`` match part of a name, any case."""

    actor: str | None = None
    claim_type: str | None = None
    source: str | None = None
    since: date | None = None
    until: date | None = None


def claims_view(
    data_root: str | Path, f: Filters, *, storage_options: Mapping[str, str] | None = None
) -> tuple[pl.DataFrame, str]:
    """Matching claims, one row each with source, outlet, date and sentence, and a summary."""
    check_root(data_root, storage_options)
    claims = read_table(data_root, Dataset.CLAIMS, storage_options=storage_options)
    check_filters(claims, f, ClaimCol.ACTOR)
    articles = read_table(
        data_root,
        Dataset.ARTICLES,
        columns=[
            ArticleCol.ARTICLE_ID,
            ArticleCol.TITLE,
            ArticleCol.OUTLET,
            ArticleCol.PUBLISHED_AT,
            ArticleCol.INGEST_DATE,
        ],  # fmt: skip
        storage_options=storage_options,
    ).rename({ArticleCol.INGEST_DATE: "article_ingest_date"})
    names = read_table(
        data_root, Dataset.SOURCES, columns=[SourceCol.SOURCE_ID, SourceCol.NAME],
        storage_options=storage_options,
    ).rename({SourceCol.NAME: SOURCE})  # fmt: skip
    rows = (
        claims.join(articles, on=ClaimCol.ARTICLE_ID, how="left")
        .join(names, on=ClaimCol.SOURCE_ID, how="left")
        .with_columns(
            pl.coalesce(pl.col(ArticleCol.PUBLISHED_AT).dt.date(), "article_ingest_date").alias(
                DAY
            ),
            pl.coalesce(SOURCE, ClaimCol.ATTRIBUTED_TO).fill_null(NO_SOURCE).alias(SOURCE),
        )
    )
    rows = _filter(rows, f, ClaimCol.ACTOR, ClaimCol.CLAIM_TYPE, SOURCE)
    rows = rows.sort([DAY, ClaimCol.VALUE], nulls_last=True).select(
        ClaimCol.QUANTITY_TEXT, ClaimCol.VALUE, ClaimCol.VALUE_HIGH, ClaimCol.QUALIFIER,
        ClaimCol.UNIT, ClaimCol.CLAIM_TYPE, ClaimCol.ACTOR, SOURCE, ClaimCol.SOURCE_ID,
        ClaimCol.HEDGED, ArticleCol.OUTLET, DAY, ArticleCol.TITLE, ClaimCol.SENTENCE,
    )  # fmt: skip
    held = held_claims(
        read_table(data_root, Dataset.QUARANTINE, storage_options=storage_options),
        actor=f.actor,
        claim_type=f.claim_type,
    )
    return rows, summary(rows, noun=Dataset.CLAIMS.value, n_held=held.height)


def figures_view(
    data_root: str | Path, f: Filters, *, storage_options: Mapping[str, str] | None = None
) -> tuple[pl.DataFrame, str]:
    """Matching figures (one row per distinct claim) with dates and outlets, and a summary."""
    check_root(data_root, storage_options)
    figures = read_table(data_root, Dataset.FIGURES, storage_options=storage_options)
    check_filters(figures, f, FigureCol.ACTOR)
    rows = figures.with_columns(pl.col(FigureCol.SOURCE).fill_null(NO_SOURCE))
    if f.since:
        rows = rows.filter(pl.col(FigureCol.LAST_SEEN) >= f.since)
    if f.until:
        rows = rows.filter(pl.col(FigureCol.FIRST_SEEN) <= f.until)
    rows = _filter(rows, Filters(f.actor, f.claim_type, f.source), FigureCol.ACTOR,
                   FigureCol.CLAIM_TYPE, FigureCol.SOURCE)  # fmt: skip
    rows = rows.sort([FigureCol.FIRST_SEEN, FigureCol.VALUE], nulls_last=True)
    return rows, summary(rows, noun=Dataset.FIGURES.value)


def summary(rows: pl.DataFrame, *, noun: str, n_held: int = 0) -> str:
    """One line: how many, the range per unit, vague ones, distinct sources, held ones."""
    held = f"; {n_held} more held in quarantine (claimflow quarantine)" if n_held else ""
    if rows.is_empty():
        return f"no matching {noun}{held}"
    values = rows.filter(pl.col(VALUE).is_not_null())
    ranged = values.group_by(UNIT).agg(
        pl.col(VALUE).min().alias("low"), pl.col(VALUE).max().alias("high")
    )
    spans = [
        f"{r[UNIT] or 'no unit'} {_n(r['low'])}"
        + (f" to {_n(r['high'])}" if r["high"] != r["low"] else "")
        for r in ranged.sort(UNIT, nulls_last=True).iter_rows(named=True)
    ]
    vague = rows.height - values.height
    named = rows.filter(pl.col(SOURCE) != NO_SOURCE)
    key = SOURCE_ID if SOURCE_ID in rows.columns else SOURCE
    n_sources = named.select(pl.coalesce(key, SOURCE)).n_unique() if named.height else 0
    return (
        f"{rows.height} {noun}: " + ("; ".join(spans) or "no exact figures")
        + (f"; plus {vague} vague" if vague else "")
        + f"; from {n_sources} distinct sources ({rows.height - named.height} unattributed)"
        + held
    )  # fmt: skip


def _n(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _filter(rows: pl.DataFrame, f: Filters, actor: str, kind: str, source: str) -> pl.DataFrame:
    for column, wanted in ((actor, f.actor), (source, f.source)):
        if wanted:
            rows = rows.filter(
                pl.col(column).str.to_lowercase().str.contains(wanted.lower(), literal=True)
            )
    if f.claim_type:
        rows = rows.filter(pl.col(kind) == f.claim_type)
    if f.since and DAY in rows.columns:
        rows = rows.filter(pl.col(DAY) >= f.since)
    if f.until and DAY in rows.columns:
        rows = rows.filter(pl.col(DAY) <= f.until)
    return rows


def check_root(data_root: str | Path, storage_options: Mapping[str, str] | None) -> None:
    uri = table_uri(data_root, Dataset.ARTICLES)
    if not DeltaTable.is_deltatable(uri, storage_options=dict(storage_options or {})):
        raise ViewError(
            f"no claimflow tables under {data_root!s}: run `claimflow run SOURCE -d {data_root!s}` "
            "first, or pass the data root you used (-d / CLAIMFLOW_DATA_ROOT)"
        )


def check_filters(rows: pl.DataFrame, f: Filters, actor_column: str) -> None:
    if f.claim_type and f.claim_type not in CLAIM_TYPES:
        raise ViewError(f"unknown --type {f.claim_type!r}; claim types: {', '.join(CLAIM_TYPES)}")
    if f.since and f.until and f.since > f.until:
        raise ViewError(f"--since {f.since} is after --until {f.until}")
    if f.actor:
        actors = rows.get_column(actor_column).drop_nulls()
        if not actors.str.to_lowercase().str.contains(f.actor.lower(), literal=True).any():
            common = actors.value_counts(sort=True).head(_SHOWN_CHOICES).get_column(actor_column)
            raise ViewError(
                f"no claims about {f.actor!r}; actors with the most claims: "
                + (", ".join(common.to_list()) or "none yet")
            )


def held_claims(
    quarantine: pl.DataFrame, *, actor: str | None = None, claim_type: str | None = None
) -> pl.DataFrame:
    """Quarantined claims (their record parsed back) matching ``actor`` and ``claim_type``."""
    rows = []
    for row in quarantine.filter(pl.col(QuarantineCol.DATASET) == Dataset.CLAIMS).iter_rows(
        named=True
    ):
        try:
            record = json.loads(row[QuarantineCol.RECORD] or "{}")
        except ValueError:
            continue
        if actor and actor.lower() not in str(record.get(ClaimCol.ACTOR) or "").lower():
            continue
        if claim_type and record.get(ClaimCol.CLAIM_TYPE) != claim_type:
            continue
        rows.append(
            {
                ClaimCol.QUANTITY_TEXT: record.get(ClaimCol.QUANTITY_TEXT),
                ClaimCol.ATTRIBUTED_TO: record.get(ClaimCol.ATTRIBUTED_TO),
                QuarantineCol.REASONS: "; ".join(row[QuarantineCol.REASONS] or []),
                QuarantineCol.SOURCE_URI: row[QuarantineCol.SOURCE_URI],
            }
        )
    schema = dict.fromkeys(
        (
            ClaimCol.QUANTITY_TEXT,
            ClaimCol.ATTRIBUTED_TO,
            QuarantineCol.REASONS,
            QuarantineCol.SOURCE_URI,
        ),
        pl.String,
    )
    return pl.DataFrame(rows, schema=schema)  # type: ignore[arg-type]
