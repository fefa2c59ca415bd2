"""The data contract: every dataset's columns and types, declared once.

Expectations, storage, extraction and tests import names from here; a column name written as a
string literal elsewhere is a smell (see STYLE.md). Column names are stable once analysts read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

import polars as pl

PIPELINE_VERSION: Final = "0.1.0"
# Bump when a change to cleaning or extraction changes published rows: claim ids include it, and
# reprocessing after an extractor change keys on it.
EXTRACTOR_VERSION: Final = "1"

PARTITION_COLUMN: Final = "ingest_date"
RUN_COLUMNS: Final = ("run_id", "pipeline_version", PARTITION_COLUMN)


class Dataset(StrEnum):
    """Every published table."""

    ARTICLES = "articles"
    CLAIMS = "claims"
    QUOTES = "quotes"
    ENTITIES = "entities"
    QUARANTINE = "quarantine"
    RUNS = "runs"


# On rows that failed validation, before they become quarantine rows: the names of the
# expectations each row failed (a list of strings). Never a published column.
REASONS: Final = "_reasons"

# Where a quarantine row came from: a document that never became an article, or a table's row.
DOCUMENTS: Final = "documents"


class Qualifier(StrEnum):
    """How a figure is hedged in size: "about 10,000" is approximate, "thousands" vague."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"


class ClaimType(StrEnum):
    """What kind of thing a figure counts."""

    TROOP_COUNT = "troop_count"
    CASUALTY_COUNT = "casualty_count"
    EQUIPMENT_COUNT = "equipment_count"
    PEOPLE_COUNT = "people_count"
    MONEY = "money"
    PERCENTAGE = "percentage"
    OTHER = "other"


class AttributionKind(StrEnum):
    """What kind of source a claim is attributed to."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OFFICIAL_ANONYMOUS = "official_anonymous"
    MEDIA = "media"
    MULTIPLE_SOURCES = "multiple_sources"
    NONE = "none"


class AttributionScope(StrEnum):
    """Where the source was found, relative to the figure."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    DOCUMENT = "document"


class QuoteKind(StrEnum):
    """A whole quotation, or a phrase quoted inside narration."""

    FULL = "full"
    PARTIAL = "partial"


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The enum's values as plain strings (GX and JSON want ``str``, not a subclass)."""
    return tuple(member.value for member in enum)


QUALIFIERS: Final = _values(Qualifier)
CLAIM_TYPES: Final = _values(ClaimType)
ATTRIBUTION_KINDS: Final = _values(AttributionKind)
ATTRIBUTION_SCOPES: Final = _values(AttributionScope)
QUOTE_KINDS: Final = _values(QuoteKind)
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
SOURCED_CLAIM_TYPES: Final = (ClaimType.TROOP_COUNT.value, ClaimType.CASUALTY_COUNT.value)


class ArticleCol(StrEnum):
    """The columns of ``articles``."""

    ARTICLE_ID = "article_id"
    SOURCE_URI = "source_uri"
    TITLE = "title"
    OUTLET = "outlet"
    DATELINE = "dateline"
    PUBLISHED_AT = "published_at"
    INGESTED_AT = "ingested_at"
    LANGUAGE = "language"
    TEXT = "text"
    N_WORDS = "n_words"
    HEADINGS = "headings"
    REFERENCES = "references"
    RAW_SHA256 = "raw_sha256"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"
    # What produced the article's claims, quotes and entities (extractor and model versions): an
    # article extracted by anything else is reprocessed when its source is read again.
    EXTRACTED_BY = "extracted_by"


class ClaimCol(StrEnum):
    """The columns of ``claims``."""

    CLAIM_ID = "claim_id"
    ARTICLE_ID = "article_id"
    SENTENCE = "sentence"
    CHAR_START = "char_start"
    CHAR_END = "char_end"
    QUANTITY_TEXT = "quantity_text"
    VALUE = "value"
    VALUE_HIGH = "value_high"
    QUALIFIER = "qualifier"
    UNIT = "unit"
    CLAIM_TYPE = "claim_type"
    SUBJECT = "subject"
    ACTOR = "actor"
    LOCATION = "location"
    ATTRIBUTED_TO = "attributed_to"
    ATTRIBUTION_KIND = "attribution_kind"
    ATTRIBUTION_CUE = "attribution_cue"
    ATTRIBUTION_SCOPE = "attribution_scope"
    HEDGED = "hedged"
    HEDGE_CUE = "hedge_cue"
    CONFIDENCE = "confidence"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class QuoteCol(StrEnum):
    """The columns of ``quotes``."""

    QUOTE_ID = "quote_id"
    ARTICLE_ID = "article_id"
    TEXT = "text"
    CHAR_START = "char_start"
    CHAR_END = "char_end"
    SPEAKER = "speaker"
    SPEAKER_TEXT = "speaker_text"
    CUE = "cue"
    QUOTE_KIND = "quote_kind"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class EntityCol(StrEnum):
    """The columns of ``entities``."""

    ENTITY_ID = "entity_id"
    ARTICLE_ID = "article_id"
    TEXT = "text"
    LABEL = "label"
    CANONICAL = "canonical"
    CHAR_START = "char_start"
    CHAR_END = "char_end"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class QuarantineCol(StrEnum):
    """The columns of ``quarantine``."""

    DATASET = "dataset"
    RECORD_ID = "record_id"
    SOURCE_URI = "source_uri"
    RECORD = "record"
    REASONS = "reasons"
    QUARANTINED_AT = "quarantined_at"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"
    # One row per occurrence (source + record + reasons): the same bad bytes under two names, or
    # a bad JSONL line repeated, are two rows; a rerun over the same file adds none.
    OCCURRENCE_ID = "occurrence_id"
    RESOLVED_AT = "resolved_at"  # when a later run read the source (or its row) without fault
    RESOLVED_RUN_ID = "resolved_run_id"


class RunCol(StrEnum):
    """The columns of ``runs``."""

    RUN_ID = "run_id"
    FLOW_RUN_ID = "flow_run_id"
    STARTED_AT = "started_at"
    FINISHED_AT = "finished_at"
    STATUS = "status"
    SOURCE = "source"
    PARAMETERS = "parameters"
    STAGE_SECONDS = "stage_seconds"
    COUNTS = "counts"
    VALIDATION = "validation"
    DATA_DOCS_URI = "data_docs_uri"
    VERSIONS = "versions"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"
    MESSAGE = "message"  # why a run failed or crashed (the gate's line, or the error)


def _schema(columns: Mapping[str, pl.DataType]) -> pl.Schema:
    """A polars schema whose names are plain strings (the column enums are ``str`` subclasses)."""
    return pl.Schema(
        {
            str(name.value if isinstance(name, StrEnum) else name): dtype
            for name, dtype in columns.items()
        }
    )


_RUN_FIELDS: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "pipeline_version": pl.String(),
    PARTITION_COLUMN: pl.Date(),
}

ARTICLES: Final[pl.Schema] = _schema(
    {
        ArticleCol.ARTICLE_ID: pl.String(),
        ArticleCol.SOURCE_URI: pl.String(),
        ArticleCol.TITLE: pl.String(),
        ArticleCol.OUTLET: pl.String(),
        ArticleCol.DATELINE: pl.String(),
        ArticleCol.PUBLISHED_AT: pl.Datetime("us", "UTC"),
        ArticleCol.INGESTED_AT: pl.Datetime("us", "UTC"),
        ArticleCol.LANGUAGE: pl.String(),
        ArticleCol.TEXT: pl.String(),
        ArticleCol.N_WORDS: pl.Int64(),
        ArticleCol.HEADINGS: pl.List(pl.String()),
        ArticleCol.REFERENCES: pl.List(pl.String()),
        ArticleCol.RAW_SHA256: pl.String(),
        **_RUN_FIELDS,
        ArticleCol.EXTRACTED_BY: pl.String(),  # last: older tables gain it at the end
    }
)

CLAIMS: Final[pl.Schema] = _schema(
    {
        ClaimCol.CLAIM_ID: pl.String(),
        ClaimCol.ARTICLE_ID: pl.String(),
        ClaimCol.SENTENCE: pl.String(),
        ClaimCol.CHAR_START: pl.Int64(),
        ClaimCol.CHAR_END: pl.Int64(),
        ClaimCol.QUANTITY_TEXT: pl.String(),
        ClaimCol.VALUE: pl.Float64(),
        ClaimCol.VALUE_HIGH: pl.Float64(),
        ClaimCol.QUALIFIER: pl.String(),
        ClaimCol.UNIT: pl.String(),
        ClaimCol.CLAIM_TYPE: pl.String(),
        ClaimCol.SUBJECT: pl.String(),
        ClaimCol.ACTOR: pl.String(),
        ClaimCol.LOCATION: pl.String(),
        ClaimCol.ATTRIBUTED_TO: pl.String(),
        ClaimCol.ATTRIBUTION_KIND: pl.String(),
        ClaimCol.ATTRIBUTION_CUE: pl.String(),
        ClaimCol.ATTRIBUTION_SCOPE: pl.String(),
        ClaimCol.HEDGED: pl.Boolean(),
        ClaimCol.HEDGE_CUE: pl.String(),
        ClaimCol.CONFIDENCE: pl.Float64(),
        **_RUN_FIELDS,
    }
)

QUOTES: Final[pl.Schema] = _schema(
    {
        QuoteCol.QUOTE_ID: pl.String(),
        QuoteCol.ARTICLE_ID: pl.String(),
        QuoteCol.TEXT: pl.String(),
        QuoteCol.CHAR_START: pl.Int64(),
        QuoteCol.CHAR_END: pl.Int64(),
        QuoteCol.SPEAKER: pl.String(),
        QuoteCol.SPEAKER_TEXT: pl.String(),
        QuoteCol.CUE: pl.String(),
        QuoteCol.QUOTE_KIND: pl.String(),
        **_RUN_FIELDS,
    }
)

ENTITIES: Final[pl.Schema] = _schema(
    {
        EntityCol.ENTITY_ID: pl.String(),
        EntityCol.ARTICLE_ID: pl.String(),
        EntityCol.TEXT: pl.String(),
        EntityCol.LABEL: pl.String(),
        EntityCol.CANONICAL: pl.String(),
        EntityCol.CHAR_START: pl.Int64(),
        EntityCol.CHAR_END: pl.Int64(),
        **_RUN_FIELDS,
    }
)

QUARANTINE: Final[pl.Schema] = _schema(
    {
        QuarantineCol.DATASET: pl.String(),
        QuarantineCol.RECORD_ID: pl.String(),
        QuarantineCol.SOURCE_URI: pl.String(),
        QuarantineCol.RECORD: pl.String(),  # the row or document as JSON
        QuarantineCol.REASONS: pl.List(pl.String()),
        QuarantineCol.QUARANTINED_AT: pl.Datetime("us", "UTC"),
        **_RUN_FIELDS,
        # Last: a table written before these columns existed gains them at the end.
        QuarantineCol.OCCURRENCE_ID: pl.String(),
        QuarantineCol.RESOLVED_AT: pl.Datetime("us", "UTC"),
        QuarantineCol.RESOLVED_RUN_ID: pl.String(),
    }
)

RUNS: Final[pl.Schema] = _schema(
    {
        RunCol.RUN_ID: pl.String(),
        RunCol.FLOW_RUN_ID: pl.String(),
        RunCol.STARTED_AT: pl.Datetime("us", "UTC"),
        RunCol.FINISHED_AT: pl.Datetime("us", "UTC"),
        RunCol.STATUS: pl.String(),
        RunCol.SOURCE: pl.String(),
        RunCol.PARAMETERS: pl.String(),  # JSON
        RunCol.STAGE_SECONDS: pl.String(),  # JSON {stage: seconds}
        RunCol.COUNTS: pl.String(),  # JSON {stage: {in, out, ...}}
        RunCol.VALIDATION: pl.String(),  # JSON {suite: {expectation: {passed, failed}}}
        RunCol.DATA_DOCS_URI: pl.String(),
        RunCol.VERSIONS: pl.String(),  # JSON {claimflow, model, spacy, prefect, ...}
        RunCol.PIPELINE_VERSION: pl.String(),
        RunCol.INGEST_DATE: pl.Date(),
        RunCol.MESSAGE: pl.String(),  # last: older tables gain it at the end
    }
)

# Dataset name -> (schema, key columns). The key is what makes a write idempotent.
DATASETS: Final[dict[str, tuple[pl.Schema, tuple[str, ...]]]] = {
    "articles": (ARTICLES, ("article_id",)),
    "claims": (CLAIMS, ("claim_id",)),
    "quotes": (QUOTES, ("quote_id",)),
    "entities": (ENTITIES, ("entity_id",)),
    "quarantine": (QUARANTINE, (QuarantineCol.OCCURRENCE_ID.value,)),
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
