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
from tasks.extract.attribution import ArticleContext, Source, sentence_source
from tasks.extract.claims import ClaimFacts, find_claims
from tasks.extract.entities import extract_entities
from tasks.extract.nlp import CHUNK_CHARS, model_version, parse
from tasks.extract.quantities import Quantity
from tasks.extract.quotes import Quote, extract_quotes, pair_marks
from tasks.schema import (
    CLAIMS,
    ENTITIES,
    EXTRACTOR_VERSION,
    QUOTES,
    RECONCILED_COLUMNS,
    RUN_COLUMNS,
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


def extract_batch(
    nlp: Language, articles: list[tuple[str, CleanArticle]], *, batch_size: int = 64
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
    short = ((a.text, aid) for aid, a in articles if len(a.text) <= size)
    try:
        for doc, article_id in nlp.pipe(short, as_tuples=True, batch_size=batch_size):
            _extract_isolated(doc, article_id, out)
            done.add(article_id)
    except Exception as exc:  # noqa: BLE001 - find the document it was, one at a time
        log.warning("spaCy failed on a batch (%s); parsing its documents one by one", exc)
    for article_id, article in articles:
        if article_id in done:
            continue
        try:
            doc = parse(nlp, article.text)
        except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
            out.failed[article_id] = _error(exc)
            continue
        _extract_isolated(doc, article_id, out)
    return out


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


def _extract_isolated(doc: Doc, article_id: str, out: Extraction) -> None:
    """Extract one parsed article into ``out``; on an exception, record it and add no row."""
    mine = Extraction()
    try:
        extract_doc(doc, article_id, mine)
    except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
        out.failed[article_id] = _error(exc)
        return
    out.extend(mine)


def _error(exc: Exception) -> str:
    return f"extract_error: {type(exc).__name__}: {str(exc)[:_REASON_CHARS]}"


def extract_doc(doc: Doc, article_id: str, out: Extraction) -> None:
    """Append one parsed article's rows to ``out``."""
    spans = pair_marks(doc.text)
    ctx = ArticleContext.build(doc, [(s.start, s.end) for s in spans])
    ctx.lead = _lead_source(doc, ctx)
    quotes = extract_quotes(doc, spans, ctx)
    out.quotes.extend(_quote_row(article_id, q) for q in quotes)
    sourced: dict[tuple[float, str], Source] = {}
    for claim in find_claims(doc, ctx):
        q, facts = claim.quantity, claim.facts
        if facts.source is None:
            facts = _speaker_as_source(doc, q, facts, quotes)
        key = (q.value, facts.claim_type) if q.value is not None else None
        if facts.source is None and key in sourced:
            # a figure restated without its source (a bullet, a summary) keeps the earlier one
            earlier = sourced[key]
            source = Source(earlier.name, earlier.kind, earlier.cue, "document")
            facts = ClaimFacts(**{**facts.__dict__, "source": source})
        elif facts.source is not None and key is not None:
            sourced.setdefault(key, facts.source)
        out.claims.append(_claim_row(doc, article_id, q, facts))
    for start, end, text, label, canonical in extract_entities(doc, ctx.names):
        row = dict(
            zip(
                ENTITY_COLUMNS,
                (
                    row_id(article_id, start, end, label),
                    article_id,
                    text,
                    label,
                    canonical,
                    start,
                    end,
                ),
                strict=True,
            )
        )
        out.entities.append(row)


def _lead_source(doc: Doc, ctx: ArticleContext) -> Source | None:
    """The source of the article's lead: the first attributed sentence among the first three."""
    for k, sent in enumerate(doc.sents):
        if k >= 3:
            break
        found = sentence_source(sent, sent.root, ctx)
        if found:
            return Source(found.name, found.kind, found.cue, "document")
    return None


def _speaker_as_source(doc: Doc, q: Quantity, facts: ClaimFacts, quotes: list[Quote]) -> ClaimFacts:
    """A number inside a quotation is the speaker's claim."""
    start = doc[q.start].idx
    for quote in quotes:
        if quote.start <= start < quote.end and quote.speaker:
            source = Source(quote.speaker, "person", quote.cue or "said", "paragraph")
            return ClaimFacts(**{**facts.__dict__, "source": source})
    return facts


def claim_confidence(doc: Doc, q: Quantity, facts: ClaimFacts) -> float:
    """0.4 base; +0.25 a source in the sentence (+0.1 from wider context); +0.15 a known claim
    type; +0.1 a counted noun found; +0.1 the model's NER also saw a number; -0.1 vague."""
    score = 0.4
    if facts.source is not None:
        score += 0.25 if facts.source.scope == "sentence" else 0.1
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
        "sentence": doc[q.core].sent.text.strip(),
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
        "attribution_kind": source.kind if source else "none",
        "attribution_cue": source.cue if source else None,
        "attribution_scope": source.scope if source else None,
        "hedged": facts.hedge_cue is not None,
        "hedge_cue": facts.hedge_cue,
        "confidence": claim_confidence(doc, q, facts),
    }
    return {name: values[name] for name in CLAIM_COLUMNS}


def _quote_row(article_id: str, q: Quote) -> dict:
    values = {
        "quote_id": row_id(article_id, q.start, q.end),
        "article_id": article_id,
        "text": q.text,
        "char_start": q.start,
        "char_end": q.end,
        "speaker": q.speaker,
        "speaker_text": q.speaker_text,
        "cue": q.cue,
        "quote_kind": q.kind,
    }
    return {name: values[name] for name in QUOTE_COLUMNS}
