"""Named entities with canonical names: people folded to their article-wide full name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from tasks.extract.names import NameIndex, canonical_org, canonical_place

# Numeric labels are left out: quantities are the claims dataset's job, dates and times are not
# entities an analyst joins on.
KEPT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
    | {"LANGUAGE"}
)


@dataclass(frozen=True)
class EntityMention:
    """One kept entity mention: character span, text as written, spaCy label, canonical form."""

    start: int
    end: int
    text: str
    label: str
    canonical: str


def canonical(text: str, label: str, names: NameIndex) -> str:
    """The canonical form of one entity mention."""
    if label == "PERSON":
        return names.canonical(text)
    if label in ("GPE", "LOC"):
        return canonical_place(text)
    if label == "ORG":
        return canonical_org(text)
    return text.strip()


def extract_entities(ents: Sequence[Span], names: NameIndex) -> list[EntityMention]:
    """Each kept entity of ``doc.ents``, in text order."""
    out = []
    for ent in ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        span = ent
        # spaCy keeps a trailing possessive in some entities ("NATO’s"): drop it from the span
        if len(span) > 1 and span[-1].lower_ in ("'s", "’s"):
            span = span[:-1]
        text = span.text
        if not text.strip():
            continue
        label = ent.label_
        form = canonical(text, label, names)
        out.append(EntityMention(span.start_char, span.end_char, text, label, form))
    return out
