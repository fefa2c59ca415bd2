"""A source whose first conjunct is an adjective sharing the head noun of the next one: "a
humanitarian and a diplomatic source said", "a Western and an Arab diplomat told reporters".
The parser makes the adjective the subject (alone, or beside the noun as a second subject);
the adjective names no one by itself, so the source is the whole coordination.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import ArticleContext
from tasks.extract.referents import Named, describe

# Words between "and" and the shared head noun: an article, adjectives, a name used as one.
_BETWEEN = ("DET", "ADJ", "PROPN", "NOUN")
_REACH = 6  # "a humanitarian and a senior UN diplomatic source": the noun this near


def elided_partner(subj: Token) -> Token | None:
    """The noun an adjective subject shares its head with ("humanitarian" -> "source" in "a
    humanitarian and a diplomatic source"): the adjective has an article of its own and "and"
    right after it, and the noun follows as its conjunct or as a second subject of the same
    verb. None for any other subject ("the wounded said", "local and foreign media")."""
    doc = subj.doc
    if subj.pos_ != "ADJ" or subj.i + 2 >= len(doc) or doc[subj.i + 1].lower_ != "and":
        return None
    if not any(c.dep_ == "det" for c in subj.lefts):
        return None  # "local and foreign officials": one noun phrase, parsed whole elsewhere
    for k in range(subj.i + 2, min(len(doc), subj.i + 2 + _REACH)):
        tok = doc[k]
        if tok.pos_ == "NOUN" and _joined(subj, tok):
            return tok
        if tok.pos_ not in _BETWEEN:
            return None
    return None


def _joined(adj: Token, noun: Token) -> bool:
    """Whether the parse joins the noun to the adjective: its conjunct, or another subject of
    the verb the adjective is the subject of."""
    if noun.dep_ == "conj" and noun.head.i == adj.i:
        return True
    return noun.dep_ == adj.dep_ and noun.head.i == adj.head.i and noun.dep_.startswith("nsubj")


def pair_named(subj: Token, ctx: ArticleContext) -> Named | None:
    """The source an adjective subject opens with the noun it shares, as written without its
    article ("humanitarian and a diplomatic source"), of the kind the noun names; None when
    ``subj`` opens no such coordination (see ``elided_partner``)."""
    partner = elided_partner(subj)
    found = describe(partner, ctx) if partner is not None else None
    if partner is None or found is None:
        return None
    left = min([c.left_edge.i for c in subj.lefts if c.dep_ != "det"] + [subj.i])
    return Named(subj.doc[left : partner.i + 1].text, found.kind)
