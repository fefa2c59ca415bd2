"""Answers of pure per-token rules, remembered for the document being read.

Some rules ask the same question of the same token many times per article (whether a verb
reports speech: ~120 times per BBC article, two in three of them repeats). A rule decorated with
``per_token`` answers each (token, arguments) once per document. The cache belongs to one
document, compared by identity (never by ``id``, which a later document may reuse), and is
dropped as soon as a rule is asked about another one, or when ``forget`` is called (``extract_doc``
does, so a document changed in place and read again starts afresh). Only rules whose answer
depends on nothing but the parse and their arguments may use it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

F = TypeVar("F", bound=Callable[..., Any])
# How many answers a pure rule on strings (a name's canonical form, a place) keeps: the
# distinct names of some hundred articles, a few MB at most.
STRING_ANSWERS = 65536
_slot: tuple[Doc | None, dict[Any, Any]] = (None, {})


def answers(doc: Doc) -> dict[Any, Any]:
    """The remembered answers for ``doc`` (a fresh, empty dict for a new document)."""
    global _slot
    slot = _slot
    if slot[0] is not doc:
        slot = (doc, {})
        _slot = slot  # one assignment: a thread reading another document gets its own dict
    return slot[1]


def forget() -> None:
    """Drop every remembered answer (and the reference to the last document)."""
    global _slot
    _slot = (None, {})


def per_token(rule: F) -> F:
    """Remember ``rule(token, *args, **kwargs)`` per document, by the token's index."""

    @wraps(rule)
    def remembered(tok: Token, *args: Any, **kwargs: Any) -> Any:
        doc, slot = tok.doc, _slot
        cache = slot[1] if slot[0] is doc else answers(doc)
        key = (rule, tok.i, args, tuple(kwargs.items())) if kwargs or args else (rule, tok.i)
        try:
            return cache[key]
        except KeyError:
            found = cache[key] = rule(tok, *args, **kwargs)
            return found

    return remembered  # type: ignore[return-value]


def per_span(rule: F) -> F:
    """Remember ``rule(span)`` per document, by the span's token offsets."""

    @wraps(rule)
    def remembered(span: Span) -> Any:
        cache = answers(span.doc)
        key = (rule, span.start, span.end)
        try:
            return cache[key]
        except KeyError:
            found = cache[key] = rule(span)
            return found

    return remembered  # type: ignore[return-value]


def per_doc(rule: F) -> F:
    """Remember ``rule(doc, *args)`` per document, by its (hashable) other arguments."""

    @wraps(rule)
    def remembered(doc: Doc, *args: Any) -> Any:
        cache = answers(doc)
        key = (rule, args)
        try:
            return cache[key]
        except KeyError:
            found = cache[key] = rule(doc, *args)
            return found

    return remembered  # type: ignore[return-value]


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (spaCy joins the span's tokens each time):
    a span's text runs from its first token's start to its last token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else span.text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token on each access)."""
    cache = answers(doc)
    text = cache.get(doc_text)
    if text is None:
        text = cache[doc_text] = doc.text
    return text


def sentence_lemmas(tok: Token) -> frozenset[str]:
    """The lowercased lemmas of ``tok``'s sentence, gathered once per sentence."""
    return _lemmas(sentence_of(tok))


@per_span
def _lemmas(sent: Span) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in sent)


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, looked up in a table of the document's sentences made once: spaCy finds a
    token's sentence by walking the tokens on every call. The same sentences (``doc.sents``
    cuts where ``Token.sent`` looks: at each token that starts one)."""
    cache = answers(tok.doc)
    table = cache.get(sentence_of)
    if table is None:
        table = cache[sentence_of] = [s for s in tok.doc.sents for _ in range(len(s))]
    return table[tok.i]
