"""The noun a count counts where the parser broke the count's phrase: a scale letter read as a
name ("about 1m websites"), a list of modifiers ("60 wheeled, tracked and other armoured
vehicles"), a list of singular nouns closing on a plural ("31 drone and airstrikes"), a model
designation read as a number ("six AK-47 rifles") and a headline in title case ("Airstrikes Hit
Three Resistance Strongholds").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract.grammar import in_title_case
from tasks.extract.memo import sentence_of
from tasks.extract.quantities import Quantity


def plural_conj(noun: Token, q: Quantity) -> Token | None:
    """ "31 drone and airstrikes", "40 tank and artillery units", "408 Shahed-type,
    Gerbera-type and other drones": a count above one on a singular noun that opens a list
    ending in a plural one (with no count of its own) counts the plural; the singulars before
    it modify it (the parser heads the list on the first)."""
    if q.value is None or q.value <= 1 or noun.tag_ != "NN":
        return None
    nxt = _next_conj(noun)
    while nxt is not None:
        if nxt.tag_ == "NNS":
            return None if any(d.dep_ == "nummod" for d in nxt.children) else nxt
        nxt = _next_conj(nxt)
    # "45 Soviet-era, Iranian and North Korean drones": the list's noun hung as an apposition
    after = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ","
    closing = _closing_plural(noun.doc, noun.i + 1) if after else None
    return closing if closing is not None and closing.head.i == noun.i else None


def _next_conj(tok: Token) -> Token | None:
    """The next item of a list the parser heads on ``tok``."""
    return next((c for c in tok.children if c.dep_ == "conj" and c.i > tok.i), None)


def noun_after_scale(doc: Doc, q: Quantity) -> Token | None:
    """ "about 1m websites run ...", "nearly 1m viewers watched": the parser splits a scale
    letter off its number and reads it as a name, leaving the plural noun right after the count
    hung elsewhere (an apposition, a second subject); that noun is what the count counts."""
    if q.scale is None or q.unit is not None or q.end >= len(doc):
        return None
    noun = doc[q.end]
    return noun if noun.tag_ == "NNS" and noun.pos_ == "NOUN" else None


_LIST_JOINS = {",", "and", "or"}


_LIST_MODIFIER_TAGS = {"JJ", "VBN", "VBD", "VBG", "NN", "NNP", "HYPH"}


_LIST_SPAN = 12  # tokens: a list of a few modifiers


def noun_after_modifier_list(doc: Doc, q: Quantity) -> Token | None:
    """ "60 wheeled, tracked and other armoured vehicles", "120 light, medium and heavy tanks":
    a list of modifiers joined by commas and "and" between a count and its noun breaks the
    parse (a participle read as a verb of its own); the plural noun closing the list is what
    the count counts. Only a list that starts right after the count and holds a join."""
    if q.unit is not None or q.end >= len(doc) or doc[q.end].tag_ not in _LIST_MODIFIER_TAGS:
        return None
    return _closing_plural(doc, q.end)


def _closing_plural(doc: Doc, start: int, joined: bool = False) -> Token | None:
    """The plural noun closing a list of modifiers that runs from ``start`` and holds a join
    ("wheeled, tracked and other armoured [vehicles]"); None when anything else comes first."""
    for tok in doc[start : start + _LIST_SPAN]:
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN":
            return tok if joined else None
        if tok.lower_ in _LIST_JOINS:
            joined = True
        elif tok.tag_ not in _LIST_MODIFIER_TAGS and tok.lower_ != "other":
            return None
    return None


def noun_past_designation(tok: Token) -> Token | None:
    """ "six AK-47 rifles", "2 M16 rifles", "3 F-16 jets": a model designation of letters and
    digits right after a count is tagged a number, and the parser hangs the count on it,
    leaving the noun the designation names uncounted; that noun (the designation's head, after
    it) is what the count counts."""
    model = tok.head
    if tok.dep_ not in ("compound", "nummod") or model.i != tok.i + 1:
        return None
    if not _designation(model.text) or model.head.i <= model.i:
        return None
    noun = model.head
    return noun if noun.pos_ == "NOUN" else None


def _designation(text: str) -> bool:
    """A model's name of letters and digits: "AK-47", "M16", "F-16" (not "1,000" or "Covid")."""
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text)


def headline_noun(doc: Doc, q: Quantity) -> Token | None:
    """ "Airstrikes Hit Three Resistance Strongholds": in a headline in title case the parser
    reads the words after a count as names; the capitalised plural ending their run is counted."""
    run = []
    for t in doc[q.end : q.end + 4]:
        if not (t.is_title and t.is_alpha and t.pos_ in ("NOUN", "PROPN")):
            break
        run.append(t)
    if not run or not run[-1].lower_.endswith("s") or not doc.has_annotation("SENT_START"):
        return None
    return run[-1] if in_title_case(sentence_of(doc[q.core])) else None
