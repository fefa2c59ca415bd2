"""An organisation's name spelled out before its initials in brackets: "the Network for
Democracy and Human Rights (NDHR)". The parse stops the name at its first "and" or comma and
hangs the initials on the first noun ("Network"), so the source would lose the rest; the
brackets show where the name ends, and every word up to them belongs to it. Likewise a post's
title before its initials and the holder's name: "the Police Public Relations Officer (PPRO),
SP Ann Musa": the holder speaks, not the title's last words."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

# Words a spelled-out name may hold in lower case, between its capitalised words.
_NAME_JOINS = frozenset({"for", "of", "the", "and", "on", "in", "&", ",", "de", "du", "des"})
_INITIALS = range(2, 11)  # letters in a body's initials


_RANK_WORDS = 3  # capitalised words of rank the model may leave out of the name ("Brig. Gen.")


def holder_after_initials(head: Token, persons: Mapping[int, Span]) -> Span | None:
    """The person named after a title's bracketed initials and a comma: "the command Police
    Public Relations Officer (PPRO), SP Ann Musa", "the Director of Defence Information (DDI),
    Brigadier General Ann Musa" (the parse hangs the name anywhere). The title runs on from
    ``head`` in capitalised words to the bracket; between the comma and the name, at most a few
    capitalised words of rank. ``persons``: the article's person spans by token index."""
    doc = head.doc
    bracket = _bracket_after(head)
    if bracket is None or bracket + 4 >= len(doc) or doc[bracket + 3].text != ",":
        return None
    for k in range(bracket + 4, min(len(doc), bracket + 4 + _RANK_WORDS + 1)):
        person = persons.get(k)
        if person is not None and person.start == k:
            return person
        if not (doc[k].is_alpha or doc[k].text.endswith(".")) or not doc[k].text[:1].isupper():
            return None
    return None


def _bracket_after(head: Token) -> int | None:
    """Where the bracket of initials after ``head`` opens, when only words of a name come
    between them (capitalised words, "for", "of", "the", "and" ...); else None."""
    doc = head.doc
    end = head.i + 1
    while end < len(doc) and doc[end].text != "(":
        word = doc[end]
        if not (word.text[:1].isupper() or word.lower_ in _NAME_JOINS) or word.is_space:
            return None
        end += 1
    if end + 2 >= len(doc) or doc[end + 2].text != ")" or not _initials(doc[end + 1]):
        return None
    return end


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
    end = _bracket_after(head)
    if end is None:
        return None
    while end > head.i + 1 and doc[end - 1].lower_ in _NAME_JOINS:
        end -= 1
    return doc[start:end] if end - start > 1 else None


def _initials(tok: Token) -> bool:
    """A word in capitals of 2-10 letters: "NDHR", "CEPADHO"."""
    return tok.is_alpha and tok.is_upper and len(tok.text) in _INITIALS
