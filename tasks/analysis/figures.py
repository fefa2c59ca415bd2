"""The figures table: one row per distinct claim, however many articles repeat it, and where
sources disagree.

A figure is (actor, claim_type, subject class, source, value, value_high, qualifier, unit): "North
Korea, troop_count, troops, Defence Intelligence of Ukraine, 12,000, exact, persons". Five outlets
repeating it make one row with ``n_articles`` 5, their outlets, the claim ids, when it was first and
last published (the ingest date stands in for an unknown publication date) and one sentence that
states it. The id hashes the key, so rebuilding from the same claims gives the same rows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

import polars as pl

from tasks.schema import (
    FIGURES,
    RUN_COLUMNS,
    ArticleCol,
    ClaimCol,
    ClaimType,
    FigureCol,
    Qualifier,
    SourceCol,
)

KEY = (
    FigureCol.ACTOR,
    FigureCol.CLAIM_TYPE,
    FigureCol.SUBJECT_CLASS,
    FigureCol.SOURCE_ID,
    FigureCol.VALUE,
    FigureCol.VALUE_HIGH,
    FigureCol.QUALIFIER,
    FigureCol.UNIT,
)
# What is counted, whatever the article calls it: "soldiers", "servicemen" and "troops" are troops.
_CLASSES = {
    "troops": "soldier troop serviceman servicemen personnel force fighter mercenary conscript "
    "recruit marine paratrooper infantryman infantrymen army",
    "civilians": "civilian noncombatant",
    "people": "people person resident citizen inhabitant individual",
    "refugees": "refugee displaced evacuee asylum-seeker",
    "children": "child children kid minor",
    "drones": "drone uav shahed",
    "missiles": "missile rocket",
}
_CLASS_OF = {word: cls for cls, words in _CLASSES.items() for word in words.split()}
_DAY = "_day"
NO_SOURCE = "(no source)"  # how a figure nobody is named for shows its source
# The disagreement view's list of changes: who moved, when, from what to what.
MOVE_SOURCE, MOVE_DATE = "mover", "moved_on"


def subject_class(subject: str | None, claim_type: str | None) -> str | None:
    """The class of what a figure counts: its subject's head noun, singular, mapped to a class."""
    if claim_type == ClaimType.TROOP_COUNT:
        return "troops"
    if not subject or not subject.split():
        return None
    head = subject.split()[-1].lower().strip(".,;:’'\"()").removesuffix("’s").removesuffix("'s")
    if head in _CLASS_OF:
        return _CLASS_OF[head]
    singular = _singular(head)
    return _CLASS_OF.get(singular, singular or None)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def figure_id(key: tuple[object, ...]) -> str:
    """A stable id for a figure's key (the same claim, however often it is repeated)."""
    text = json.dumps([None if v is None else str(v) for v in key], ensure_ascii=False)
    return "fig_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def build_figures(
    claims: pl.DataFrame, articles: pl.DataFrame, sources: pl.DataFrame
) -> pl.DataFrame:
    """One row per distinct figure across ``claims`` (contract columns, without run columns).

    ``articles`` needs article_id, outlet, published_at and ingest_date; ``sources`` source_id
    and name.
    """
    dated = articles.select(
        ArticleCol.ARTICLE_ID,
        ArticleCol.OUTLET,
        pl.coalesce(pl.col(ArticleCol.PUBLISHED_AT).dt.date(), pl.col(ArticleCol.INGEST_DATE))
        .cast(pl.Date)
        .alias(_DAY),
    )
    rows = (
        claims.join(dated, on=ClaimCol.ARTICLE_ID, how="left")
        .with_columns(
            pl.struct(ClaimCol.SUBJECT, ClaimCol.CLAIM_TYPE)
            .map_elements(
                lambda r: subject_class(r[ClaimCol.SUBJECT], r[ClaimCol.CLAIM_TYPE]),
                return_dtype=pl.String,
            )
            .alias(FigureCol.SUBJECT_CLASS)
        )
        .sort(_DAY, ClaimCol.CLAIM_ID, nulls_last=True)
    )
    grouped = rows.group_by([str(k) for k in KEY]).agg(
        pl.col(ClaimCol.HEDGED).fill_null(False).all().alias(FigureCol.HEDGED),
        pl.col(_DAY).min().alias(FigureCol.FIRST_SEEN),
        pl.col(_DAY).max().alias(FigureCol.LAST_SEEN),
        pl.col(ClaimCol.ARTICLE_ID).n_unique().alias(FigureCol.N_ARTICLES),
        pl.col(ArticleCol.OUTLET).drop_nulls().unique().sort().alias(FigureCol.OUTLETS),
        pl.col(ClaimCol.CLAIM_ID).sort().alias(FigureCol.CLAIM_IDS),
        pl.col(ClaimCol.SENTENCE).first().alias(FigureCol.EXAMPLE),
    )
    ids = [figure_id(tuple(row)) for row in grouped.select([str(k) for k in KEY]).iter_rows()]
    names = sources.select(SourceCol.SOURCE_ID, pl.col(SourceCol.NAME).alias(FigureCol.SOURCE))
    out = (
        grouped.with_columns(
            pl.Series(FigureCol.FIGURE_ID, ids, dtype=pl.String),
            pl.col(FigureCol.OUTLETS).list.len().cast(pl.Int64).alias(FigureCol.N_OUTLETS),
            pl.col(FigureCol.N_ARTICLES).cast(pl.Int64),
        )
        .join(names, on=FigureCol.SOURCE_ID, how="left")
        .sort(FigureCol.FIGURE_ID)
    )
    return out.select([n for n in FIGURES.names() if n not in RUN_COLUMNS]).cast(
        {n: t for n, t in FIGURES.items() if n not in RUN_COLUMNS}  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Disagreement:
    """For one actor and claim type over a window: each source's latest figure, the spread per
    unit (highest over lowest of those latest figures) and the sources that moved their figure."""

    latest: pl.DataFrame  # one row per source: its latest figure
    spread: pl.DataFrame  # unit, low, high, ratio
    moves: pl.DataFrame  # mover, moved_on, from_value, to_value, to_qualifier


def disagreements(
    figures: pl.DataFrame,
    *,
    actor: str,
    claim_type: str,
    since: date | None = None,
    until: date | None = None,
) -> Disagreement:
    """Who says how many about ``actor`` and ``claim_type`` between ``since`` and ``until``."""
    window = figures.filter(
        pl.col(FigureCol.ACTOR).str.to_lowercase() == actor.lower(),
        pl.col(FigureCol.CLAIM_TYPE) == claim_type,
    )
    if since is not None:
        window = window.filter(pl.col(FigureCol.LAST_SEEN) >= since)
    if until is not None:
        window = window.filter(pl.col(FigureCol.FIRST_SEEN) <= until)
    window = window.with_columns(pl.col(FigureCol.SOURCE).fill_null(NO_SOURCE))
    latest = (
        window.sort(
            [FigureCol.LAST_SEEN, FigureCol.N_ARTICLES, FigureCol.VALUE],
            descending=True,
            nulls_last=True,
        )
        .group_by(FigureCol.SOURCE, maintain_order=True)
        .first()
        .sort(FigureCol.VALUE, nulls_last=True)
    )
    exact = latest.filter(
        pl.col(FigureCol.VALUE).is_not_null() & (pl.col(FigureCol.QUALIFIER) != Qualifier.VAGUE)
    )
    spread = (
        exact.group_by(pl.col(FigureCol.UNIT).fill_null(""))
        .agg(
            pl.col(FigureCol.VALUE).min().alias("low"),
            pl.col(FigureCol.VALUE).max().alias("high"),
            pl.len().alias("n_sources"),
        )
        .with_columns((pl.col("high") / pl.col("low")).alias("ratio"))
        .sort("n_sources", descending=True)
    )
    return Disagreement(latest=latest, spread=spread, moves=_moves(window))


def _moves(window: pl.DataFrame) -> pl.DataFrame:
    """Each change of a source's figure, in order of first publication."""
    rows = []
    ordered = window.sort(FigureCol.FIRST_SEEN, FigureCol.VALUE, nulls_last=True)
    for (source,), group in ordered.group_by(FigureCol.SOURCE, maintain_order=True):
        previous = None
        for fig in group.iter_rows(named=True):
            shown = (fig[FigureCol.VALUE], fig[FigureCol.VALUE_HIGH])
            if previous is not None and shown != previous[0]:
                rows.append(
                    {
                        MOVE_SOURCE: source,
                        MOVE_DATE: fig[FigureCol.FIRST_SEEN],
                        "from_value": previous[0][0],
                        "to_value": fig[FigureCol.VALUE],
                        "to_qualifier": fig[FigureCol.QUALIFIER],
                    }
                )
            previous = (shown, fig)
    schema = {
        MOVE_SOURCE: pl.String,
        MOVE_DATE: pl.Date,
        "from_value": pl.Float64,
        "to_value": pl.Float64,
        "to_qualifier": pl.String,
    }
    return pl.DataFrame(rows, schema=schema)
