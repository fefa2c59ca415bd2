"""The batch entry point: one ``nlp.pipe`` pass over a batch of clean articles, then rows.

Rows carry every contract column except the run columns (``run_id``, ``pipeline_version``,
``ingest_date``), which publishing adds. ``confidence`` is a documented heuristic (see
``claim_confidence``), not a calibrated probability.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from tasks.documents import CleanArticle, Rejected
from tasks.extract.claims import ClaimFacts, find_claims
from tasks.extract.context import ArticleContext
from tasks.extract.entities import extract_entities
from tasks.extract.memo import doc_text, forget, sentence_of, span_text
from tasks.extract.nlp import CHUNK_CHARS, model_version, parse
from tasks.extract.policy import SourcePolicy, lead_source, outlet_source
from tasks.extract.quantities import Quantity
from tasks.extract.quote_marks import pair_marks
from tasks.extract.quotes import Quote, extract_quotes
from tasks.extract.transcripts import speaker_turns
from tasks.schema import (
    CLAIMS,
    ENTITIES,
    EXTRACTOR_VERSION,
    QUOTES,
    RECONCILED_COLUMNS,
    RUN_COLUMNS,
    AttributionKind,
    AttributionScope,
    EntityCol,
    QuoteCol,
)

CLAIM_COLUMNS = tuple(c for c in CLAIMS.names() if c not in (*RUN_COLUMNS, *RECONCILED_COLUMNS))
QUOTE_COLUMNS = tuple(c for c in QUOTES.names() if c not in (*RUN_COLUMNS, *RECONCILED_COLUMNS))
ENTITY_COLUMNS = tuple(c for c in ENTITIES.names() if c not in RUN_COLUMNS)
_NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_REASON_CHARS = 200
log = logging.getLogger(__name__)


@dataclass
class Extraction:
    """Rows for the claims, quotes and entities datasets (run columns excluded)."""

    claims: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    # Articles extraction failed on, with the reason ("extract_error: ..."): they get no rows
    # and go to quarantine instead of being published.
    failed: dict[str, str] = field(default_factory=dict)

    def extend(self, other: Extraction) -> None:
        self.claims += other.claims
        self.quotes += other.quotes
        self.entities += other.entities


def row_id(article_id: str, start: int, end: int, extra: str = "") -> str:
    """A stable id from the article, the span and the extractor version (and a label)."""
    key = f"{article_id}:{start}:{end}:{EXTRACTOR_VERSION}" + (f":{extra}" if extra else "")
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def extractor_key(model: str) -> str:
    """What produces an article's rows: the extractor version and the model, name and version.
    Stored on each article (``extracted_by``); a change makes the article new again."""
    return f"extractor {EXTRACTOR_VERSION}; model {model} {model_version(model)}"


# Documents per ``nlp.pipe`` minibatch. The model's layers hold every token of a minibatch at once:
# 64 BBC articles peaked a worker at 757-796 MB, 16 at 451-491 MB, with the same rows; 16 is also
# faster (300 articles in one process: 18.4 s against 21.6-22.4 s) and bare spaCy's best
# (bench/table.py).
NLP_BATCH = 16


def extract_batch(
    nlp: Language, articles: list[tuple[str, CleanArticle]], *, batch_size: int = NLP_BATCH
) -> Extraction:
    """Claims, quotes and entities for a batch of (article_id, CleanArticle) pairs.

    One document never fails its batch: the batch goes through ``nlp.pipe``; if spaCy raises
    on it, the documents not yet done are parsed one by one, and a document that still fails
    (to parse, or in our extraction) is listed in ``failed`` with its reason, without rows.
    Texts over ``CHUNK_CHARS`` (or the model's ``max_length``) are parsed in chunks.
    """
    out = Extraction()
    done: set[str] = set()
    size = min(CHUNK_CHARS, nlp.max_length)
    short = ((a.text_with_title, (aid, a)) for aid, a in articles if len(a.text_with_title) <= size)
    try:
        for doc, (article_id, article) in nlp.pipe(short, as_tuples=True, batch_size=batch_size):
            _extract_isolated(doc, article_id, article, out)
            done.add(article_id)
    except Exception as exc:  # noqa: BLE001 - find the document it was, one at a time
        log.warning("spaCy failed on a batch (%s); parsing its documents one by one", exc)
    for article_id, article in articles:
        if article_id in done:
            continue
        try:
            doc = parse(nlp, article.text_with_title)
        except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
            out.failed[article_id] = _error(exc)
            continue
        _extract_isolated(doc, article_id, article, out)
    return out


_WARM_UP = (
    "In Kharkiv, 12 people were killed and $5m in aid was lost, officials said on Monday. "
    "\u201cWe will rebuild,\u201d the mayor said."
)


def warm_up(nlp: Language) -> None:
    """Load now what the rules otherwise load in a worker's first batch (the gazetteer's ~17 MB
    of JSON, CLDR's currency tables; ~1 s): run on one invented sentence, rows discarded. A
    worker does it while the run is still reading."""
    article = CleanArticle(source_uri="warm-up", raw_sha256="0" * 64, text=_WARM_UP)
    extract_batch(nlp, [("warm-up", article)])


def set_aside(articles: list[tuple[str, CleanArticle]], failed: dict[str, str]) -> list[Rejected]:
    """The ``failed`` articles as quarantined documents (keyed by their raw bytes, as the reader
    keys documents), so that none is published without its claims, and none is lost."""
    return [
        Rejected(
            source_uri=article.source_uri,
            record_id=article.raw_sha256,
            reasons=(failed[aid],),
            record={"uri": article.source_uri, "title": article.title, "head": article.text[:200]},
        )
        for aid, article in articles
        if aid in failed
    ]


def _extract_isolated(doc: Doc, article_id: str, article: CleanArticle, out: Extraction) -> None:
    """Extract one parsed article into ``out``; on an exception, record it and add no row."""
    mine = Extraction()
    try:
        extract_doc(doc, article_id, mine, outlet=article.outlet, body_start=article.body_start)
    except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
        out.failed[article_id] = _error(exc)
        return
    out.extend(mine)


def _error(exc: Exception) -> str:
    return f"extract_error: {type(exc).__name__}: {str(exc)[:_REASON_CHARS]}"


def extract_doc(
    doc: Doc, article_id: str, out: Extraction, *, outlet: str | None = None, body_start: int = 0
) -> None:
    """Append one parsed article's rows to ``out``. ``doc`` is the article's text with its
    title (``CleanArticle.text_with_title``), whose body starts at ``body_start``; ``outlet``
    (the publisher, when known) is the source of the figures it states as fact."""
    forget()  # answers remembered for a document read before (``memo``)
    text, ents = doc_text(doc), doc.ents  # spaCy rebuilds both on every access
    spans = pair_marks(text)
    ctx = ArticleContext.build(doc, [(s.start, s.end) for s in spans], text=text, ents=ents)
    ctx.lead = lead_source(doc, ctx, body_start)
    quotes = extract_quotes(doc, spans, ctx)
    out.quotes.extend(quote_rows(article_id, quotes))
    turns = speaker_turns(ctx, body_start)
    policy = SourcePolicy(doc, quotes, outlet_source(outlet), turns)
    for claim in find_claims(doc, ctx):
        q = claim.quantity
        facts = policy.settle(q, claim.facts)
        out.claims.append(_claim_row(doc, article_id, q, facts))
    for e in extract_entities(ents, ctx.names):
        values: dict[str, object] = {
            EntityCol.ENTITY_ID: row_id(article_id, e.start, e.end, e.label),
            EntityCol.ARTICLE_ID: article_id,
            EntityCol.TEXT: e.text,
            EntityCol.LABEL: e.label,
            EntityCol.CANONICAL: e.canonical,
            EntityCol.CHAR_START: e.start,
            EntityCol.CHAR_END: e.end,
        }
        out.entities.append({name: values[name] for name in ENTITY_COLUMNS})


def claim_confidence(doc: Doc, q: Quantity, facts: ClaimFacts) -> float:
    """0.4 base; +0.25 a source in the sentence (+0.1 from wider context); +0.15 a known claim
    type; +0.1 a counted noun found; +0.1 the model's NER also saw a number; -0.1 vague."""
    score = 0.4
    if facts.source is not None:
        score += 0.25 if facts.source.scope == AttributionScope.SENTENCE else 0.1
    score += 0.15 if facts.claim_type != "other" else 0.0
    score += 0.1 if facts.subject else 0.0
    score += 0.1 if doc[q.core].ent_type_ in _NUMERIC_LABELS else 0.0
    score -= 0.1 if q.value is None else 0.0
    return round(min(1.0, max(0.0, score)), 3)


def _claim_row(doc: Doc, article_id: str, q: Quantity, facts: ClaimFacts) -> dict:
    span = doc[q.start : q.end]
    source = facts.source
    values = {
        "claim_id": row_id(article_id, span.start_char, span.end_char),
        "article_id": article_id,
        "sentence": span_text(sentence_of(doc[q.core])).strip(),
        "char_start": span.start_char,
        "char_end": span.end_char,
        "quantity_text": span.text,
        "value": q.value,
        "value_high": q.value_high,
        "qualifier": q.qualifier,
        "unit": facts.unit,
        "claim_type": facts.claim_type,
        "subject": facts.subject,
        "actor": facts.actor.name if facts.actor else None,
        "actor_basis": facts.actor.basis if facts.actor else None,
        "location": facts.location.text,
        "location_country": facts.location.country,
        "location_lat": facts.location.lat,
        "location_lon": facts.location.lon,
        "attributed_to": source.name if source else None,
        "attribution_kind": source.kind if source else AttributionKind.NONE,
        "attribution_cue": source.cue if source else None,
        "attribution_scope": source.scope if source else None,
        "hedged": facts.hedge_cue is not None,
        "hedge_cue": facts.hedge_cue,
        "confidence": claim_confidence(doc, q, facts),
    }
    return {name: values[name] for name in CLAIM_COLUMNS}


def quote_rows(article_id: str, quotes: list[Quote]) -> list[dict]:
    """Quote rows; a paragraph that continues a quotation points to its first row's id."""
    rows = []
    first_id: str | None = None
    for q in quotes:
        quote_id = row_id(article_id, q.start, q.end)
        first_id = first_id if q.continues and first_id else quote_id
        speaker = q.speaker
        values: dict[str, object] = {
            QuoteCol.QUOTE_ID: quote_id,
            QuoteCol.ARTICLE_ID: article_id,
            QuoteCol.TEXT: q.text,
            QuoteCol.CHAR_START: q.start,
            QuoteCol.CHAR_END: q.end,
            QuoteCol.SPEAKER: speaker.name if speaker else None,
            QuoteCol.SPEAKER_TEXT: speaker.written if speaker else None,
            QuoteCol.CUE: speaker.cue if speaker else None,
            QuoteCol.QUOTE_KIND: q.kind,
            QuoteCol.CONTINUES_QUOTE_ID: first_id if first_id != quote_id else None,
        }
        rows.append({name: values[name] for name in QUOTE_COLUMNS})
    return rows
