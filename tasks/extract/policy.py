"""Source policy: whose word a figure is on when its own sentence names nobody.

``attribution`` reads who a sentence says a figure comes from. This module decides, for the
figures left without one, in this order: a number inside a quotation is the speaker's; a figure
restated without its source (a bullet, a summary) keeps the source it had earlier in the article;
a figure the outlet states as fact is the outlet's (kind ``media``, scope ``document``, no cue).
It also finds the article's lead source, which bullet points inherit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from tasks.extract.attribution import ArticleContext, Source, sentence_source
from tasks.extract.claims import ClaimFacts
from tasks.extract.quantities import Quantity
from tasks.extract.quotes import Quote
from tasks.schema import AttributionKind, AttributionScope

_LEAD_SENTENCES = 3  # the lead: the first attributed sentence among the article's first three


def lead_source(doc: Doc, ctx: ArticleContext, body_start: int = 0) -> Source | None:
    """The source of the article's lead (its body's first sentences, the title aside), at
    document scope."""
    body = (s for s in doc.sents if s.start_char >= body_start)
    for k, sent in enumerate(body):
        if k >= _LEAD_SENTENCES:
            break
        found = sentence_source(sent, sent.root, ctx)
        if found:
            return replace(found, scope=AttributionScope.DOCUMENT)
    return None


def outlet_source(outlet: str | None) -> Source | None:
    """The outlet as the source of what it states as fact; None when the outlet is unknown."""
    name = (outlet or "").strip()
    if not name:
        return None
    return Source(name, AttributionKind.MEDIA, None, AttributionScope.DOCUMENT)


def is_outlet_default(source: Source | None) -> bool:
    """Whether ``source`` is the outlet standing for an unsourced figure (no cue in the text)."""
    return (
        source is not None
        and source.kind == AttributionKind.MEDIA
        and source.scope == AttributionScope.DOCUMENT
        and source.cue is None
    )


@dataclass
class SourcePolicy:
    """One article's policy state: its quotes, its outlet, and the sources seen so far."""

    doc: Doc
    quotes: list[Quote]
    outlet: Source | None = None
    # (value, claim type) -> the first source stated for that figure in the article
    sourced: dict[tuple[float, str], Source] = field(default_factory=dict)

    def settle(self, q: Quantity, facts: ClaimFacts) -> ClaimFacts:
        """``facts`` with the source this policy gives the figure; call in text order."""
        source = facts.source or self._speaker(q)
        key = (q.value, facts.claim_type) if q.value is not None else None
        if source is None and key is not None and key in self.sourced:
            source = replace(self.sourced[key], scope=AttributionScope.DOCUMENT)
        elif source is not None and key is not None:
            self.sourced.setdefault(key, source)
        if source is None:
            source = self.outlet
        return facts if source is facts.source else replace(facts, source=source)

    def _speaker(self, q: Quantity) -> Source | None:
        """A number inside a quotation is the speaker's claim."""
        start = self.doc[q.start].idx
        for quote in self.quotes:
            if quote.start <= start < quote.end and (speaker := quote.speaker) is not None:
                cue = speaker.cue or "said"
                return Source(speaker.name, speaker.kind, cue, AttributionScope.PARAGRAPH)
        return None
