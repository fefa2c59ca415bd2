"""Sources given by an absolute "with X forecasting ..." clause, read as written.

"..., with the IMF forecasting a 3% contraction this year and growth of 1% next year": the
figures after the forecasting verb are the IMF's. The parser often takes "forecasting" there for
a noun ("the IMF forecasting" as one phrase) and hangs the figures anywhere, so the clause is
read from its words: "with", a noun phrase, the -ing form of a forecasting verb, then the
figure before any break that ends the clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import FORECAST_VERBS
from tasks.extract.referents import describe
from tasks.extract.reports import Source

_ING_FORMS = {(v[:-1] if v.endswith("e") else v) + "ing": v for v in FORECAST_VERBS}
_NAME_POS = ("DET", "ADJ", "NOUN", "PROPN", "PART", "PUNCT", "ADP", "CCONJ")
_NAME_WORDS = 8  # the longest name phrase between "with" and the verb
_BREAKS = (";", ":", "—", "–", "(", ")")  # a break that ends the clause
_OPEN = ("with",)


def with_forecast(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source an absolute "with X forecasting/predicting/estimating ..." clause names for a
    figure after its verb in the same clause; None when the figure is outside such a clause."""
    doc = sent.doc
    for verb in (t for t in doc[sent.start : target.i] if t.lower_ in _ING_FORMS):
        if not _clause_holds(verb, target):
            continue
        name = _name_before(verb, sent)
        if name is not None and (found := describe(name, ctx)) is not None:
            return Source.of(found, verb.lower_)
    return None


def _clause_holds(verb: Token, target: Token) -> bool:
    """Whether nothing between the forecasting verb and the figure ends its clause: a strong
    break, or a comma that does not go on with a list of figures ("3%, 4% and 5%")."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : target.i]:
        if tok.text in _BREAKS:
            return False
        if tok.text == "," and not (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num):
            return False
    return True


def _name_before(verb: Token, sent: Span) -> Token | None:
    """The head of the noun phrase between "with" and ``verb`` (the phrase's first word whose
    head lies outside it), or None when no "with" opens the phrase just before the verb."""
    doc = verb.doc
    start = verb.i - 1
    while start > sent.start and verb.i - start <= _NAME_WORDS:
        tok = doc[start]
        if tok.lower_ in _OPEN:
            break
        if tok.pos_ not in _NAME_POS or tok.text in (",", *_BREAKS):
            return None
        start -= 1
    if doc[start].lower_ not in _OPEN or start + 1 >= verb.i:
        return None
    phrase = doc[start + 1 : verb.i]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    heads = [t for t in nouns if not phrase.start <= t.head.i < phrase.end]
    heads = heads or nouns
    return heads[0] if heads else None
