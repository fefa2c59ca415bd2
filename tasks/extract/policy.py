"""Source policy: whose word a figure is on when its own sentence names nobody.

``attribution`` reads who a sentence says a figure comes from. This module decides, for the
figures left without one (or given to a report that names nobody), in this order: a number
inside a quotation is the speaker's, one in a
line a speaker's label opens (or in a transcript's turn) the label's (``transcripts``); a figure
the outlet states as fact is the outlet's (kind ``media``, scope ``document``, no cue), also when
the article gave the same number a source earlier: a sentence that restates a figure without a
source is the outlet's word (the gold convention), and equal numbers ("15%") are often not the
same figure. It also finds the article's lead source, which bullet points inherit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from tasks.extract.attribution import ArticleContext, Source, sentence_source
from tasks.extract.claims import ClaimFacts
from tasks.extract.cue_words import REPORT_NOUNS
from tasks.extract.quantities import Quantity
from tasks.extract.quotes import Quote
from tasks.extract.transcripts import Turn, turn_source
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
    """One article's policy state: its quotes, its outlet and its speakers' labelled turns."""

    doc: Doc
    quotes: list[Quote]
    outlet: Source | None = None
    turns: list[Turn] = field(default_factory=list)

    def settle(self, q: Quantity, facts: ClaimFacts) -> ClaimFacts:
        """``facts`` with the source this policy gives the figure."""
        labelled = turn_source(self.turns, self.doc[q.start].idx)
        source = facts.source
        if source is not None and _nameless_report(source):
            source = self._speaker(q) or source  # "“A provisional report states 14 ...”": the
        source = source or self._speaker(q) or labelled or self.outlet  # speaker's word
        return facts if source is facts.source else replace(facts, source=source)

    def _speaker(self, q: Quantity) -> Source | None:
        """A number inside a quotation is the speaker's claim."""
        start = self.doc[q.start].idx
        for quote in self.quotes:
            if quote.start <= start < quote.end and (speaker := quote.speaker) is not None:
                cue = speaker.cue or "said"
                return Source(speaker.name, speaker.kind, cue, AttributionScope.PARAGRAPH)
        return None


def _nameless_report(source: Source) -> bool:
    """Whether a source is a report that names nobody ("provisional report", "latest figures"):
    inside a quotation, the speaker who cites it vouches for its figure."""
    words = source.name.split()
    last = words[-1].lower() if words else ""
    report = last in REPORT_NOUNS or last.removesuffix("s") in REPORT_NOUNS
    return report and all(w == w.lower() for w in words[1:])  # no name: "Initial estimates"
