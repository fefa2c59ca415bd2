"""The data contract: every dataset's columns and types, declared once.

Expectations, storage, extraction and tests import names from here; a column name written as a
string literal elsewhere fails tests/test_literals.py. Names are stable once analysts read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

import polars as pl

PIPELINE_VERSION: Final = "0.1.0"
# Bump when a change to cleaning or extraction changes published rows: claim ids include it, and
# reprocessing after an extractor change keys on it.
EXTRACTOR_VERSION: Final = "14"


class Stamp(StrEnum):
    """Columns on every row: the run that wrote it, its code, its partition (the run's date)."""

    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class Dataset(StrEnum):
    """Every published table."""

    ARTICLES = "articles"
    CLAIMS = "claims"
    QUOTES = "quotes"
    ENTITIES = "entities"
    QUARANTINE = "quarantine"
    RUNS = "runs"
    FETCH_STATE = "fetch_state"
    SOURCES = "sources"
    FIGURES = "figures"


# On rows that failed validation, before they become quarantine rows: the names of the
# expectations each row failed (a list of strings). Never a published column.
REASONS: Final = "_reasons"

# Where a quarantine row came from: a document that never became an article, or a table's row.
DOCUMENTS: Final = "documents"


class QuarantineReason(StrEnum):
    """Why a document never became an article: ``f"{TOO_LARGE}: 6000000 bytes > 5242880"``.

    A row that fails validation is quarantined with the names of the checks it failed instead.
    """

    EMPTY = "empty"
    BINARY = "binary"
    COMPRESSED = "compressed"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    OUTSIDE_ROOT = "outside_root"
    UNDECODABLE = "undecodable"
    UNPARSEABLE = "unparseable"
    INVALID_RECORD = "invalid_record"
    NOT_ENGLISH = "not_english"
    TOO_LONG = "too_long"  # a clean text over max_article_chars
    EXTRACT_ERROR = "extract_error"  # extraction failed on it, or ran out of time on it alone
    INTERNAL_ERROR = "internal_error"


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


class ActorBasis(StrEnum):
    """What a claim's actor rests on: the sentence names it, the place it happens is in that
    country, or it is the country the article is mostly about."""

    SUBJECT = "subject"
    PLACE = "place"
    ARTICLE = "article"


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
ACTOR_BASES: Final = _values(ActorBasis)
ATTRIBUTION_KINDS: Final = _values(AttributionKind)
ATTRIBUTION_SCOPES: Final = _values(AttributionScope)
QUOTE_KINDS: Final = _values(QuoteKind)
RUN_COLUMNS: Final = _values(Stamp)
PARTITION_COLUMN: Final = Stamp.INGEST_DATE.value
# ISO 4217 codes a money claim may carry, most used first: a symbol or a word several currencies
# share ("$", "dollars", "rupees", "won") means the first (tasks/extract/currencies.py).
CURRENCIES: Final = (
    *("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD", "INR"),
    *("KRW", "RUB", "UAH", "ILS", "MYR", "TRY", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK"),
    *("PLN", "SAR", "AED", "QAR", "KWD", "IRR", "EGP", "NGN", "KES", "IDR", "THB", "PHP"),
    *("VND", "TWD", "ARS", "HUF", "CZK", "RON", "BDT", "PKR", "LKR", "KPW", "BYN", "KZT"),
    *("GEL", "MDL", "ISK", "CLP", "COP", "PEN", "GHS", "ETB", "IQD", "SYP", "LBP", "JOD"),
)
# Units a claim may carry; null means the unit is implied by claim_type. The extractor's unit
# tables must stay inside this set (a test checks it): extend both together.
UNITS: Final = (
    *("persons", "percent", *CURRENCIES),
    *("km", "km2", "mi2", "m2", "m", "miles", "ft", "hectares", "mph", "kg", "tonnes", "litres"),
    "lb",
    *("barrels", "acres", "ft2", "yd2", "cm", "mm", "inches", "gallons"),
    *("KB", "MB", "GB", "TB", "kbps", "Mbps", "Gbps", "MHz", "GHz", "MW", "GW", "kWh"),
    "megapixels",
    *("g", "mg", "µg", "ml", "nm", "W", "kW", "TW", "Hz", "kHz", "GFLOPS", "TFLOPS"),
    *("kph", "PS", "bhp", "Nm"),
    *("decades", "years", "months", "weeks", "days", "hours", "minutes", "seconds"),
    "items",
)
# Counts an analyst needs a source for: the design card's "troop counts must be numeric with an
# attributed source".
SOURCED_CLAIM_TYPES: Final = (ClaimType.TROOP_COUNT.value, ClaimType.CASUALTY_COUNT.value)


# Each dataset's columns, in table order (the schemas below follow it): ``ClaimCol.VALUE``.
class ArticleCol(StrEnum):
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
    METADATA_WARNINGS = "metadata_warnings"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"
    # What produced the article's claims, quotes and entities (extractor and model versions): an
    # article extracted by anything else is reprocessed when its source is read again.
    EXTRACTED_BY = "extracted_by"


class ClaimCol(StrEnum):
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
    ACTOR_BASIS = "actor_basis"
    LOCATION = "location"
    LOCATION_COUNTRY = "location_country"
    LOCATION_LAT = "location_lat"
    LOCATION_LON = "location_lon"
    ATTRIBUTED_TO = "attributed_to"
    SOURCE_ID = "source_id"  # -> sources; filled after publishing, across articles
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
    QUOTE_ID = "quote_id"
    ARTICLE_ID = "article_id"
    TEXT = "text"
    CHAR_START = "char_start"
    CHAR_END = "char_end"
    SPEAKER = "speaker"
    SPEAKER_TEXT = "speaker_text"
    SOURCE_ID = "source_id"  # -> sources, like claims.source_id
    CUE = "cue"
    QUOTE_KIND = "quote_kind"
    # A quotation running over paragraphs is one row per paragraph; the later rows carry the
    # first row's quote_id here (null on a first row), so the quotation counts once.
    CONTINUES_QUOTE_ID = "continues_quote_id"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class EntityCol(StrEnum):
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
    # JSON: the tables' state the run's reconcile left or found up to date (tasks/store/ledger.py)
    RECONCILED = "reconciled"


class FetchStateCol(StrEnum):
    """The columns of ``fetch_state``: what each URL's server said last, for a conditional GET."""

    SOURCE_URI = "source_uri"  # the canonical URL, as in articles
    FINAL_URL = "final_url"  # after redirects
    STATUS = "status"  # 200, or 304 when the last request found it unchanged
    ETAG = "etag"
    LAST_MODIFIED = "last_modified"
    CONTENT_SHA256 = "content_sha256"  # of the last body received
    FETCHED_AT = "fetched_at"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class SourceCol(StrEnum):
    """``sources``: one row per source across all articles."""

    SOURCE_ID = "source_id"
    NAME = "name"
    KIND = "kind"
    COUNTRY = "country"
    AFFILIATION = "affiliation"
    ALIASES = "aliases"  # every spelling seen in the articles
    N_CLAIMS = "n_claims"
    N_QUOTES = "n_quotes"
    N_ARTICLES = "n_articles"
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


class FigureCol(StrEnum):
    """``figures``: one row per distinct claim, however many articles repeat it."""

    FIGURE_ID = "figure_id"
    ACTOR = "actor"
    CLAIM_TYPE = "claim_type"
    SUBJECT_CLASS = "subject_class"  # "troops" for soldiers, troops, servicemen ...
    SOURCE_ID = "source_id"
    SOURCE = "source"  # the source's canonical name, for reading
    VALUE = "value"
    VALUE_HIGH = "value_high"
    QUALIFIER = "qualifier"
    UNIT = "unit"
    HEDGED = "hedged"  # hedged in every article that carries it
    FIRST_SEEN = "first_seen"  # publication date; the ingest date when unknown
    LAST_SEEN = "last_seen"
    N_ARTICLES = "n_articles"
    N_OUTLETS = "n_outlets"
    OUTLETS = "outlets"
    CLAIM_IDS = "claim_ids"
    EXAMPLE = "example"  # one sentence that states it
    RUN_ID = "run_id"
    PIPELINE_VERSION = "pipeline_version"
    INGEST_DATE = "ingest_date"


# Columns filled after publishing, across articles (tasks/store/reconcile.py), never by extraction.
RECONCILED_COLUMNS: Final = (ClaimCol.SOURCE_ID.value,)


def _schema(columns: type[StrEnum], types: Mapping[str, pl.DataType]) -> pl.Schema:
    """A dataset's polars schema: its columns in the enum's order, ``String`` unless typed."""
    if unknown := set(types) - {c.value for c in columns}:
        raise ValueError(f"{columns.__name__}: types for unknown columns {sorted(unknown)}")
    return pl.Schema({c.value: types.get(c.value, pl.String()) for c in columns})


_UTC = pl.Datetime("us", "UTC")
_Types = dict[str, pl.DataType]
_STAMPED: _Types = {Stamp.INGEST_DATE: pl.Date()}  # run_id and pipeline_version are strings
_SPAN: _Types = {ClaimCol.CHAR_START: pl.Int64(), ClaimCol.CHAR_END: pl.Int64()}
ARTICLES: Final = _schema(
    ArticleCol,
    {
        ArticleCol.PUBLISHED_AT: _UTC,
        ArticleCol.INGESTED_AT: _UTC,
        ArticleCol.N_WORDS: pl.Int64(),
        ArticleCol.HEADINGS: pl.List(pl.String()),
        ArticleCol.REFERENCES: pl.List(pl.String()),
        # Dates or outlets found but unusable ("date: cannot read 'Octobre 3' as a date").
        ArticleCol.METADATA_WARNINGS: pl.List(pl.String()),
        **_STAMPED,
    },
)
CLAIMS: Final = _schema(
    ClaimCol,
    {
        **_SPAN,
        ClaimCol.VALUE: pl.Float64(),
        ClaimCol.VALUE_HIGH: pl.Float64(),
        ClaimCol.LOCATION_LAT: pl.Float64(),
        ClaimCol.LOCATION_LON: pl.Float64(),
        ClaimCol.HEDGED: pl.Boolean(),
        ClaimCol.CONFIDENCE: pl.Float64(),
        **_STAMPED,
    },
)
QUOTES: Final = _schema(QuoteCol, {**_SPAN, **_STAMPED})
ENTITIES: Final = _schema(EntityCol, {**_SPAN, **_STAMPED})
QUARANTINE: Final = _schema(
    QuarantineCol,
    {
        QuarantineCol.REASONS: pl.List(pl.String()),
        QuarantineCol.QUARANTINED_AT: _UTC,
        QuarantineCol.RESOLVED_AT: _UTC,
        **_STAMPED,
    },
)
# JSON strings: quarantine's record (the row or document); runs' parameters, stage_seconds, counts,
# validation {suite: {expectations: [...]}}, versions {claimflow, model, spacy, ...} and reconciled.
RUNS: Final = _schema(RunCol, {RunCol.STARTED_AT: _UTC, RunCol.FINISHED_AT: _UTC, **_STAMPED})
FETCH_STATE: Final = _schema(
    FetchStateCol, {FetchStateCol.STATUS: pl.Int64(), FetchStateCol.FETCHED_AT: _UTC, **_STAMPED}
)
_COUNT = pl.Int64()
SOURCES: Final = _schema(
    SourceCol,
    {
        SourceCol.ALIASES: pl.List(pl.String()),
        SourceCol.N_CLAIMS: _COUNT,
        SourceCol.N_QUOTES: _COUNT,
        SourceCol.N_ARTICLES: _COUNT,
        **_STAMPED,
    },
)
FIGURES: Final = _schema(
    FigureCol,
    {
        FigureCol.VALUE: pl.Float64(),
        FigureCol.VALUE_HIGH: pl.Float64(),
        FigureCol.HEDGED: pl.Boolean(),
        FigureCol.FIRST_SEEN: pl.Date(),
        FigureCol.LAST_SEEN: pl.Date(),
        FigureCol.N_ARTICLES: _COUNT,
        FigureCol.N_OUTLETS: _COUNT,
        FigureCol.OUTLETS: pl.List(pl.String()),
        FigureCol.CLAIM_IDS: pl.List(pl.String()),
        **_STAMPED,
    },
)

# Dataset -> (schema, key columns). The key is what makes a write idempotent.
DATASETS: Final[dict[str, tuple[pl.Schema, tuple[str, ...]]]] = {
    Dataset.ARTICLES: (ARTICLES, (ArticleCol.ARTICLE_ID,)),
    Dataset.CLAIMS: (CLAIMS, (ClaimCol.CLAIM_ID,)),
    Dataset.QUOTES: (QUOTES, (QuoteCol.QUOTE_ID,)),
    Dataset.ENTITIES: (ENTITIES, (EntityCol.ENTITY_ID,)),
    Dataset.QUARANTINE: (QUARANTINE, (QuarantineCol.OCCURRENCE_ID,)),
    Dataset.RUNS: (RUNS, (RunCol.RUN_ID,)),
    Dataset.FETCH_STATE: (FETCH_STATE, (FetchStateCol.SOURCE_URI,)),
    Dataset.SOURCES: (SOURCES, (SourceCol.SOURCE_ID,)),
    Dataset.FIGURES: (FIGURES, (FigureCol.FIGURE_ID,)),
}
# Rows an extractor produces for one article: replaced as a whole when the article is reprocessed.
ARTICLE_CHILD_DATASETS: Final = (Dataset.CLAIMS, Dataset.QUOTES, Dataset.ENTITIES)


def empty(dataset: str) -> pl.DataFrame:
    """An empty frame with the dataset's schema."""
    return pl.DataFrame(schema=DATASETS[dataset][0])


def conform(df: pl.DataFrame, dataset: str) -> pl.DataFrame:
    """Select and cast ``df``'s columns to the dataset's schema; missing columns become nulls.

    Raises ``ValueError`` on a column the contract does not know (schema drift is a bug, not data).
    """
    schema = DATASETS[dataset][0]
    if unknown := set(df.columns) - set(schema.names()):
        raise ValueError(f"{dataset}: columns not in the data contract: {sorted(unknown)}")
    present = set(df.columns)
    return df.select(
        pl.col(n).cast(t) if n in present else pl.lit(None, t).alias(n) for n, t in schema.items()
    )
