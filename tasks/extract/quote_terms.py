"""Phrases in quotation marks that are terms, not speech: scare quotes, the article's own terms,
and short noun phrases that no speaker says.

A phrase quoted inside narration is somebody's words only when a speaker governs it ("said the
damage was “enormous”", "described the attack as “a war crime”"). A short quoted noun phrase in
a noun-phrase slot with no reporting verb over it is a name or a term ("launched its “special
military operation”", "a reputation as “an island of democracy”"), and so is one that a naming
verb assigns ("labelled the group a “foreign agent”") or one inside the phrase that names the
speaker ("an official from a “military-civilian commission” said"). ``quotes`` finds the
governing speaker; this module says what is a term.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import NAMING_VERBS, QUOTED_AS
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import fold, headline_end
from tasks.extract.quote_marks import QuoteSpan

# A one-word quote is speech when it completes what a speaker says: "said the damage was
# “enormous”", "described the attack as “barbaric”"; otherwise a scare quote ("have
# “surrendered”", "charged with “terrorism”").
_COMPLEMENT_DEPS = ("acomp", "attr")
_TERM_WORDS = 4  # a quoted noun phrase up to this long may be a term
# What follows "so-called" unquoted, up to the next punctuation: "the so-called safe zone in".
_SO_CALLED = re.compile(r"\bso-called ([\w' -]+)")
_SPEAKER_DEPS = ("nsubj", "nsubjpass", "agent")


def folded(text: str, span: QuoteSpan) -> str:
    return fold(text[span.start : span.end].strip(" ,.;:!?"))


def scare_quote(doc: Doc, text: str, span: QuoteSpan) -> bool:
    """One quoted word in narration marks distance ("“surrendered”", "“nationalists”"), unless
    it completes what a speaker says ("said the damage was “enormous”")."""
    if len(folded(text, span).split()) != 1:
        return False
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return True
    word = next((t for t in inside if not t.is_punct), inside[0])
    if word.pos_ not in ("ADJ", "NOUN", "PROPN", "X"):
        return True
    head = word.head
    if head.lower_ == "as" and word.dep_ in ("pobj", "amod"):
        cue = head.head  # "described the attack as “barbaric”", "hailed it as “historic”"
        cue = cue.head if cue.pos_ in ("NOUN", "PROPN", "PRON") else cue
    elif word.dep_ == "oprd" or (word.dep_ in _COMPLEMENT_DEPS and head.dep_ == "ccomp"):
        cue = head if word.dep_ == "oprd" else head.head  # "said the damage was “enormous”"
    else:
        return True
    return not (is_cue_verb(cue, quote=True) and speaker_of(cue) is not None)


def repeated_terms(text: str, spans: list[QuoteSpan]) -> set[str]:
    """Short phrases put in quotation marks more than once ("white deaths"), or that the article
    calls "so-called" elsewhere ("the so-called safe zone ... denied shelling the “safe zone”"):
    a term the article uses, not a phrase somebody said. A headline echoing the body's
    quotation does not count ("Minister urges ‘swift reprisals’" over "... called for “swift
    reprisals”")."""
    seen: dict[str, int] = {}
    headline = headline_end(text)
    for span in (s for s in spans if s.start >= headline):
        key = folded(text, span)
        if len(key.split()) <= 3:
            seen[key] = seen.get(key, 0) + 1
    so_called = set(_SO_CALLED.findall(fold(text))) if seen else set()
    return {k for k, n in seen.items() if n > 1 or any(_opens(c, k) for c in so_called)}


def _opens(phrase: str, words: str) -> bool:
    return phrase == words or phrase.startswith(words + " ")


def short_noun_phrase(inside: Span) -> bool:
    """A quoted phrase of a few words with no verb in it: "special military operation", "an
    island of democracy" (not "were killed in 2025", not "take some rest", not a count of
    things: "35 different locations")."""
    words = [t for t in inside if not t.is_punct]
    if any(
        t.like_num and t.head.tag_ == "NNS" and inside.start <= t.head.i < inside.end for t in words
    ):
        return False  # a count ("approximately 35 different locations") is a figure, not a term
    return 0 < len(words) <= _TERM_WORDS and not any(_a_verb(t, inside) for t in words)


def _a_verb(tok: Token, inside: Span) -> bool:
    """A verb of the quoted words' own, not a participle modifying a noun in them ("a
    “road-opening mission”", "an “armed group”"): a term may have those."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return not (tok.dep_ in ("amod", "compound") and inside.start <= tok.head.i < inside.end)


def names_speaker(verb: Token, tok: Token) -> bool:
    """Whether ``tok`` sits in the phrase naming who performs ``verb`` ("an official from a
    “military-civilian commission” said"; "media quoted an official from a “...” as saying"):
    it describes the speaker, it is not what they say."""
    child = tok
    while child.head.i != verb.i:
        if child.head.i == child.i:
            return False
        child = child.head
    if child.dep_ in _SPEAKER_DEPS:
        return True
    return child.dep_ == "dobj" and verb.lemma_.lower() in QUOTED_AS


def naming_cue(cue: str | None) -> bool:
    """A verb that assigns a name or a status, not words: "labelled ... a “foreign agent”"."""
    return cue is not None and cue in NAMING_VERBS
