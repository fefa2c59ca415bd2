"""The data contract: every dataset's columns and types, declared once.

Expectations, storage, extraction and tests import names from here; a column name written as a
string literal elsewhere is a smell (see STYLE.md). Column names are stable once analysts read them.
"""

from __future__ import annotations

from typing import Final

import polars as pl

PIPELINE_VERSION: Final = "0.1.0"
# Bump when a change to cleaning or extraction changes published rows: claim ids include it, and
# reprocessing after an extractor change keys on it.
EXTRACTOR_VERSION: Final = "1"

PARTITION_COLUMN: Final = "ingest_date"
RUN_COLUMNS: Final = ("run_id", "pipeline_version", PARTITION_COLUMN)

QUALIFIERS: Final = (
    "exact",
    "approximate",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "range",
    "vague",
)
CLAIM_TYPES: Final = (
    "troop_count",
    "casualty_count",
    "equipment_count",
    "people_count",
    "money",
    "percentage",
    "other",
)
ATTRIBUTION_KINDS: Final = (
    "person",
    "organization",
    "official_anonymous",
    "media",
    "multiple_sources",
    "none",
)
ATTRIBUTION_SCOPES: Final = ("sentence", "paragraph", "document")
QUOTE_KINDS: Final = ("full", "partial")
CURRENCIES: Final = ("EUR", "USD", "GBP", "UAH", "RUB", "JPY", "CNY", "CHF", "KRW", "KPW")
# Units a claim may carry; null means the unit is implied by claim_type. The extractor's unit
# tables must stay inside this set (a test checks it): extend both together.
UNITS: Final = (
    *("persons", "percent", *CURRENCIES),
    *("km", "km2", "m", "miles", "ft", "hectares", "mph", "kg", "tonnes", "litres"),
    *("years", "months", "weeks", "days", "hours", "minutes"),
    "items",
)
# Counts an analyst needs a source for: the design card's "troop counts must be numeric with an
# attributed source".
SOURCED_CLAIM_TYPES: Final = ("troop_count", "casualty_count")

_RUN_FIELDS: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "pipeline_version": pl.String(),
    PARTITION_COLUMN: pl.Date(),
}

ARTICLES: Final[pl.Schema] = pl.Schema(
    {
        "article_id": pl.String(),
        "source_uri": pl.String(),
        "title": pl.String(),
        "outlet": pl.String(),
        "dateline": pl.String(),
        "published_at": pl.Datetime("us", "UTC"),
        "ingested_at": pl.Datetime("us", "UTC"),
        "language": pl.String(),
        "text": pl.String(),
        "n_words": pl.Int64(),
        "headings": pl.List(pl.String()),
        "references": pl.List(pl.String()),
        "raw_sha256": pl.String(),
        **_RUN_FIELDS,
    }
)

CLAIMS: Final[pl.Schema] = pl.Schema(
    {
        "claim_id": pl.String(),
        "article_id": pl.String(),
        "sentence": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        "quantity_text": pl.String(),
        "value": pl.Float64(),
        "value_high": pl.Float64(),
        "qualifier": pl.String(),
        "unit": pl.String(),
        "claim_type": pl.String(),
        "subject": pl.String(),
        "actor": pl.String(),
        "location": pl.String(),
        "attributed_to": pl.String(),
        "attribution_kind": pl.String(),
        "attribution_cue": pl.String(),
        "attribution_scope": pl.String(),
        "hedged": pl.Boolean(),
        "hedge_cue": pl.String(),
        "confidence": pl.Float64(),
        **_RUN_FIELDS,
    }
)

QUOTES: Final[pl.Schema] = pl.Schema(
    {
        "quote_id": pl.String(),
        "article_id": pl.String(),
        "text": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        "speaker": pl.String(),
        "speaker_text": pl.String(),
        "cue": pl.String(),
        "quote_kind": pl.String(),
        **_RUN_FIELDS,
    }
)

ENTITIES: Final[pl.Schema] = pl.Schema(
    {
        "entity_id": pl.String(),
        "article_id": pl.String(),
        "text": pl.String(),
        "label": pl.String(),
        "canonical": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        **_RUN_FIELDS,
    }
)

QUARANTINE: Final[pl.Schema] = pl.Schema(
    {
        "dataset": pl.String(),
        "record_id": pl.String(),
        "source_uri": pl.String(),
        "record": pl.String(),  # the row or document as JSON
        "reasons": pl.List(pl.String()),
        "quarantined_at": pl.Datetime("us", "UTC"),
        **_RUN_FIELDS,
    }
)

RUNS: Final[pl.Schema] = pl.Schema(
    {
        "run_id": pl.String(),
        "flow_run_id": pl.String(),
        "started_at": pl.Datetime("us", "UTC"),
        "finished_at": pl.Datetime("us", "UTC"),
        "status": pl.String(),
        "source": pl.String(),
        "parameters": pl.String(),  # JSON
        "stage_seconds": pl.String(),  # JSON {stage: seconds}
        "counts": pl.String(),  # JSON {stage: {in, out, ...}}
        "validation": pl.String(),  # JSON {suite: {expectation: {passed, failed}}}
        "data_docs_uri": pl.String(),
        "versions": pl.String(),  # JSON {claimflow, model, spacy, prefect, ...}
        "pipeline_version": pl.String(),
        PARTITION_COLUMN: pl.Date(),
    }
)

# Dataset name -> (schema, key columns). The key is what makes a write idempotent.
DATASETS: Final[dict[str, tuple[pl.Schema, tuple[str, ...]]]] = {
    "articles": (ARTICLES, ("article_id",)),
    "claims": (CLAIMS, ("claim_id",)),
    "quotes": (QUOTES, ("quote_id",)),
    "entities": (ENTITIES, ("entity_id",)),
    "quarantine": (QUARANTINE, ("dataset", "record_id")),
    "runs": (RUNS, ("run_id",)),
}
# Rows an extractor produces for one article: replaced as a whole when the article is reprocessed.
ARTICLE_CHILD_DATASETS: Final = ("claims", "quotes", "entities")


def empty(dataset: str) -> pl.DataFrame:
    """An empty frame with the dataset's schema."""
    return pl.DataFrame(schema=DATASETS[dataset][0])


def conform(df: pl.DataFrame, dataset: str) -> pl.DataFrame:
    """Select and cast ``df``'s columns to the dataset's schema; missing columns become nulls.

    Raises ``ValueError`` on a column the contract does not know (schema drift is a bug, not data).
    """
    schema = DATASETS[dataset][0]
    unknown = set(df.columns) - set(schema.names())
    if unknown:
        raise ValueError(f"{dataset}: columns not in the data contract: {sorted(unknown)}")
    return df.select(
        [
            pl.col(name).cast(dtype) if name in df.columns else pl.lit(None, dtype).alias(name)
            for name, dtype in schema.items()
        ]
    )
