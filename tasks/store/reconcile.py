"""Reconciling across articles: sources, the source id of every claim and quote, and figures.

Run after publishing. Everything is derived again from the published tables (a surname seen today
may name the person an article named in full last week), then written only where it changed: a
rerun on the same tables writes nothing and changes no row, and a run that died half-way is
completed by the next one. Rows a run changes carry its run_id and ingest_date. ``derive`` opens a
ledger of the tables' versions and ``write`` moves it on by its own commits: the record a run
with nothing new compares the tables with, to skip reconciling (tasks/store/ledger.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from deltalake.exceptions import CommitFailedError

from tasks import schema
from tasks.analysis import sources as sources_mod
from tasks.analysis.figures import build_figures
from tasks.known_sources import Registry
from tasks.schema import ArticleCol, ClaimCol, Dataset, EntityCol, QuoteCol, SourceCol
from tasks.store.ledger import Ledger
from tasks.store.publish import ensure_table, read_table
from tasks.store.records import RunInfo, with_run_columns

log = logging.getLogger(__name__)

_CLAIM_COLUMNS = [
    ClaimCol.CLAIM_ID, ClaimCol.ARTICLE_ID, ClaimCol.SENTENCE, ClaimCol.VALUE,
    ClaimCol.VALUE_HIGH, ClaimCol.QUALIFIER, ClaimCol.UNIT, ClaimCol.CLAIM_TYPE, ClaimCol.SUBJECT,
    ClaimCol.ACTOR, ClaimCol.ATTRIBUTED_TO, ClaimCol.ATTRIBUTION_KIND, ClaimCol.HEDGED,
    ClaimCol.SOURCE_ID,
]  # fmt: skip
_PERSON_LABEL = "PERSON"


@dataclass
class Reconciled:
    """What reconciling found and wrote."""

    sources: int = 0
    figures: int = 0
    rows_written: dict[str, int] = field(
        default_factory=dict
    )  # per table: inserted+updated+deleted


def ensure_all(
    data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
) -> dict[str, int]:
    """Every table of the contract exists with its schema, empty if nothing was ever written;
    returns each table's version."""
    return {
        str(d): ensure_table(data_root, d, storage_options=storage_options).version()
        for d in schema.DATASETS
    }


@dataclass
class Derived:
    """Sources, figures and source ids as the published tables now imply them (unwritten)."""

    sources: pl.DataFrame
    figures: pl.DataFrame
    claims: pl.DataFrame  # claim_id, source_id (resolved), _old (stored)
    quotes: pl.DataFrame  # quote_id, source_id, _old
    # The tables' state before any row was read, moved on by ``write``'s commits: its record.
    ledger: Ledger
    # The versions of the tables it was derived from: ``write`` refuses to write over newer ones.
    versions: dict[str, int] = field(default_factory=dict)


def derive(
    data_root: str | Path,
    registry: Registry,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> Derived:
    """Resolve every source and group every claim into figures, from the published tables."""
    # the versions are read before the rows, so they are never newer than what derive saw
    ledger = Ledger.open(data_root, storage_options=storage_options)
    versions = {str(d): ledger.version(d) for d in _INPUTS}

    def read(dataset: str, columns: Iterable[str]) -> pl.DataFrame:
        cols = [str(c) for c in columns]
        return read_table(data_root, dataset, columns=cols, storage_options=storage_options)

    claims = read(Dataset.CLAIMS, _CLAIM_COLUMNS)
    quotes = read(
        Dataset.QUOTES,
        [QuoteCol.QUOTE_ID, QuoteCol.ARTICLE_ID, QuoteCol.SPEAKER, QuoteCol.SOURCE_ID],
    )
    people = (
        read(Dataset.ENTITIES, [EntityCol.ARTICLE_ID, EntityCol.LABEL, EntityCol.CANONICAL])
        .filter(pl.col(EntityCol.LABEL) == _PERSON_LABEL)
        .select(EntityCol.ARTICLE_ID, pl.col(EntityCol.CANONICAL).alias(sources_mod.PERSON))
        .unique()
    )
    articles = read(
        Dataset.ARTICLES,
        [ArticleCol.ARTICLE_ID, ArticleCol.OUTLET, ArticleCol.PUBLISHED_AT, ArticleCol.INGEST_DATE],
    )
    sources, links = sources_mod.resolve(_mentions(claims, quotes), people, registry)
    claims = _linked(claims, links, ClaimCol.ATTRIBUTED_TO)
    quotes = _linked(quotes, links, QuoteCol.SPEAKER)
    return Derived(
        sources=sources,
        figures=build_figures(claims.drop("_old"), articles, sources),
        claims=claims.select(ClaimCol.CLAIM_ID, SourceCol.SOURCE_ID, "_old"),
        quotes=quotes.select(QuoteCol.QUOTE_ID, SourceCol.SOURCE_ID, "_old"),
        versions=versions,
        ledger=ledger,
    )


# What sources and figures are derived from. Another run publishing into one of them after
# ``derive`` read it would have its figures deleted by this run's ``sync`` (they are not in
# ``derived``) without any Delta conflict: ``write`` checks the versions first.
_INPUTS = (Dataset.CLAIMS, Dataset.QUOTES, Dataset.ENTITIES, Dataset.ARTICLES)


def _versions(data_root: str | Path, storage_options: Mapping[str, str] | None) -> dict[str, int]:
    return {
        str(d): ensure_table(data_root, d, storage_options=storage_options).version()
        for d in _INPUTS
    }


class TablesMoved(CommitFailedError):  # type: ignore[misc]
    """The tables changed since ``derive`` read them: derive again (the flow's task retries
    exactly this, as it retries a lost commit)."""


def write(
    data_root: str | Path,
    derived: Derived,
    run: RunInfo,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> Reconciled:
    """Write what ``derived`` changes: source ids first, then sources, then figures.

    Raises ``TablesMoved`` (a ``CommitFailedError``) if another writer published into the tables
    ``derived`` was read from, before writing anything."""
    opts, ledger = storage_options, derived.ledger
    if derived.versions and (now := _versions(data_root, opts)) != derived.versions:
        moved = sorted(d for d, v in now.items() if derived.versions.get(d) != v)
        raise TablesMoved(f"{', '.join(moved)} changed since they were read: derive again")
    out = Reconciled(sources=derived.sources.height, figures=derived.figures.height)
    out.rows_written[Dataset.CLAIMS] = _update_source_ids(
        data_root, Dataset.CLAIMS, derived.claims, opts, ledger
    )
    out.rows_written[Dataset.QUOTES] = _update_source_ids(
        data_root, Dataset.QUOTES, derived.quotes, opts, ledger
    )
    out.rows_written[Dataset.SOURCES] = sync(
        data_root, Dataset.SOURCES, derived.sources, run, storage_options=opts, ledger=ledger
    )
    out.rows_written[Dataset.FIGURES] = sync(
        data_root, Dataset.FIGURES, derived.figures, run, storage_options=opts, ledger=ledger
    )
    return out


def reconcile(
    data_root: str | Path,
    registry: Registry,
    run: RunInfo,
    *,
    storage_options: Mapping[str, str] | None = None,
) -> Reconciled:
    """Rebuild sources and figures from the published tables and write what changed."""
    derived = derive(data_root, registry, storage_options=storage_options)
    return write(data_root, derived, run, storage_options=storage_options)


def _mentions(claims: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """One mention row per claim and quote: who the row says is speaking."""
    return pl.concat(
        [
            claims.select(
                ClaimCol.ARTICLE_ID,
                pl.col(ClaimCol.ATTRIBUTED_TO).alias(sources_mod.MENTION),
                pl.col(ClaimCol.ATTRIBUTION_KIND).alias(sources_mod.MENTION_KIND),
                ClaimCol.SENTENCE,
                pl.lit(sources_mod.CLAIM).alias(sources_mod.ROLE),
            ),
            quotes.select(
                QuoteCol.ARTICLE_ID,
                pl.col(QuoteCol.SPEAKER).alias(sources_mod.MENTION),
                pl.lit(None, pl.String).alias(sources_mod.MENTION_KIND),
                pl.lit(None, pl.String).alias(ClaimCol.SENTENCE),
                pl.lit(sources_mod.QUOTE).alias(sources_mod.ROLE),
            ),
        ]
    )


def _linked(rows: pl.DataFrame, links: pl.DataFrame, text_column: str) -> pl.DataFrame:
    """``rows`` with the resolved source_id, the stored one kept as ``_old``."""
    return rows.rename({SourceCol.SOURCE_ID: "_old"}).join(
        links.rename({sources_mod.MENTION: text_column}),
        on=[sources_mod.ARTICLE, text_column],
        how="left",
    )


def _update_source_ids(
    data_root: str | Path,
    dataset: str,
    rows: pl.DataFrame,
    storage_options: Mapping[str, str] | None,
    ledger: Ledger,
) -> int:
    """Set source_id where it differs from the stored one; returns the rows updated."""
    key = schema.DATASETS[dataset][1][0]
    changed = rows.filter(pl.col("_old").ne_missing(pl.col(SourceCol.SOURCE_ID))).select(
        key, SourceCol.SOURCE_ID
    )
    if changed.is_empty():
        return 0
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    with ledger.writing(dataset, table):
        table.merge(
            changed.to_arrow(), predicate=f"t.{key} = s.{key}", source_alias="s", target_alias="t"
        ).when_matched_update(updates={SourceCol.SOURCE_ID: f"s.{SourceCol.SOURCE_ID}"}).execute()
    return changed.height


def sync(
    data_root: str | Path,
    dataset: str,
    frame: pl.DataFrame,
    run: RunInfo,
    *,
    storage_options: Mapping[str, str] | None = None,
    ledger: Ledger,
) -> int:
    """Make ``dataset`` hold exactly ``frame``'s rows, writing only rows that are new, changed or
    gone (run columns aside); returns how many rows were written or deleted. ``ledger``
    accounts for its commits."""
    key = schema.DATASETS[dataset][1][0]
    changed_keys, gone = _changes(data_root, dataset, frame, storage_options)
    table = ensure_table(data_root, dataset, storage_options=storage_options)
    if changed_keys.height:
        rows = with_run_columns(frame.join(changed_keys.select(key), on=key), run, dataset)
        with ledger.writing(dataset, table):
            table.merge(
                rows.to_arrow(), predicate=f"t.{key} = s.{key}", source_alias="s", target_alias="t"
            ).when_matched_update_all().when_not_matched_insert_all().execute()
    if gone:
        listed = ", ".join("'" + str(v).replace("'", "''") + "'" for v in sorted(gone))
        with ledger.writing(dataset, table):
            table.delete(predicate=f"{key} IN ({listed})")
    log.debug("%s: %d rows written, %d deleted", dataset, changed_keys.height, len(gone))
    return changed_keys.height + len(gone)


def unwritten(
    data_root: str | Path,
    dataset: str,
    frame: pl.DataFrame,
    *,
    storage_options: Mapping[str, str] | None = None,
    current: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """The rows of ``frame`` that ``sync`` would write: new, or changed (run columns aside);
    ``current``: the stored rows, when the caller has read them already."""
    key = schema.DATASETS[dataset][1][0]
    return frame.join(_changes(data_root, dataset, frame, storage_options, current)[0], on=key)


def _changes(
    data_root: str | Path,
    dataset: str,
    frame: pl.DataFrame,
    storage_options: Mapping[str, str] | None,
    current: pl.DataFrame | None = None,
) -> tuple[pl.DataFrame, list[Any]]:
    """The keys of ``frame``'s new or changed rows, and the stored keys ``frame`` no longer has."""
    key = schema.DATASETS[dataset][1][0]
    content = [c for c in frame.columns if c not in schema.RUN_COLUMNS]
    if current is None:
        current = read_table(data_root, dataset, storage_options=storage_options)

    def hashed(df: pl.DataFrame) -> pl.DataFrame:
        return df.select(key, pl.struct(content).hash(seed=11).alias("_h"))

    new_h, old_h = hashed(frame), hashed(current).rename({"_h": "_old"})
    changed_keys = new_h.join(old_h, on=key, how="left").filter(
        pl.col("_old").is_null() | (pl.col("_old") != pl.col("_h"))
    )
    gone = old_h.join(new_h, on=key, how="anti").get_column(key).to_list()
    return changed_keys.select(key), gone
