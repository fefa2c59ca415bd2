"""What a count that opens a relative clause counts ("the hostages, at least 20 of whom are
alive", "three gunmen opened fire at the station, one of which was killed"): the antecedent
before the comma, or the group a thing there stands in for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract.memo import sentence_of
from tasks.extract.person_counts import is_person
from tasks.extract.quantities import Quantity
from tasks.extract.roles import noun_lemma

_GROUP_BACK = 15  # tokens: the clause before a relative "one of which"


def whom_antecedent(doc: Doc, q: Quantity, tok: Token) -> Token | None:
    """ "the hostages, at least 20 of whom are alive": a count of "whom" or "which" opening a
    relative clause counts that clause's antecedent, the noun right before its comma (the
    parser often hangs the clause on another noun); a share ("60% of whom") keeps its unit."""
    rel = _relative_of(tok)
    if rel is None or q.start < 2 or q.unit is not None:
        return None
    before = doc[q.start - 2]
    comma = doc[q.start - 1].text == ","
    if not comma or before.pos_ not in ("NOUN", "PROPN"):
        return None
    thing = not _plural(before) and not is_person(noun_lemma(before))
    # "stormed the hotel, one of whom": "whom" is never a thing; "which" after a place
    if thing and (rel.lower_ == "whom" or before.dep_ == "pobj"):
        return _group_before(before) or before
    return before


def _relative_of(tok: Token) -> Token | None:
    """The "whom" or "which" of a count's "of" ("20 of whom"), if it has one."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    rel = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return rel if rel is not None and rel.tag_ in ("WP", "WDT") else None


def of_relative(doc: Doc, q: Quantity) -> bool:
    """ "one of which was killed", "20 of whom are alive": the count opens a relative clause,
    whose verb says what happened to the counted, whatever the antecedent's own clause says."""
    return _relative_of(doc[q.core]) is not None


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS")


def _group_before(noun: Token) -> Token | None:
    """ "three gunmen opened fire at the station, one of which was killed": a count of "which"
    picks one of a group, so a singular thing before the comma, in a prepositional phrase, is
    a place the clause before named, and the group is the nearest plural noun before it in the
    sentence (not a person or a collective: "fired at a crowd, 20 of whom were hurt")."""
    sent = sentence_of(noun)
    window = noun.doc[max(sent.start, noun.i - _GROUP_BACK) : noun.i]
    return next((t for t in reversed(window) if t.pos_ == "NOUN" and _plural(t)), None)
