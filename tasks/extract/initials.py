"""An organisation's name spelled out before its initials in brackets: "the Network for
Democracy and Human Rights (NDHR)". The parse stops the name at its first "and" or comma and
hangs the initials on the first noun ("Network"), so the source would lose the rest; the
brackets show where the name ends, and every word up to them belongs to it."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Words a spelled-out name may hold in lower case, between its capitalised words.
_NAME_JOINS = frozenset({"for", "of", "the", "and", "on", "in", "&", ",", "de", "du", "des"})
_INITIALS = range(2, 11)  # letters in a body's initials


def spelled_before_initials(head: Token) -> Span | None:
    """The whole name ``head`` heads when a bracketed set of initials follows it, from its
    first capitalised word to the bracket; None when a word in between is no part of a name
    (a lower-case word other than "for", "of", "the", "and" ...) or nothing in brackets is
    initials."""
    if not head.text[:1].isupper():
        return None
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and (doc[start].lower_ == "the" or not doc[start].text[:1].isupper()):
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].text != "(":
        word = doc[end]
        if not (word.text[:1].isupper() or word.lower_ in _NAME_JOINS) or word.is_space:
            return None
        end += 1
    if end + 2 >= len(doc) or doc[end + 2].text != ")" or not _initials(doc[end + 1]):
        return None
    while end > head.i + 1 and doc[end - 1].lower_ in _NAME_JOINS:
        end -= 1
    return doc[start:end] if end - start > 1 else None


def _initials(tok: Token) -> bool:
    """A word in capitals of 2-10 letters: "NDHR", "CEPADHO"."""
    return tok.is_alpha and tok.is_upper and len(tok.text) in _INITIALS
