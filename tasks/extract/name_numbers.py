"""Numbers that are part of a name, not a quantity: "Nord Stream 1", "Ocean's Twelve", "Boeing
737-800", "according to 161" (a news outlet); and the named things a number counts instead
("has given Ukraine 16 Himars systems")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tasks.extract.quantity_words import GOAL_MARKS, MONTHS, WORD_NUMBERS
from tasks.schema import Qualifier

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

_PLACES = {"GPE", "LOC", "NORP", "FAC"}


def names_a_source(doc: Doc, q: Quantity) -> bool:
    """ "According to 161, a local news outlet, ...": a number standing alone as a source."""
    nxt = doc[q.end] if q.end < len(doc) else None
    return (
        q.start >= 2
        and doc[q.start - 2].lower_ == "according"
        and doc[q.start - 1].lower_ == "to"
        and (nxt is None or nxt.is_punct)
    )


def after_a_name(doc: Doc, q: Quantity) -> bool:
    """ "Rossiya 24", "Nord Stream 1", "Patriot 3": a small bare number right after a capitalised
    word inside a sentence, with no counted noun after it, is part of the name."""
    if q.start == 0 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    prev, core = doc[q.start - 1], doc[q.core]
    nxt = doc[q.end] if q.end < len(doc) else None
    # "Smith 79 og, Jones 90 pen": a goal list's minutes, also at the start of a line
    goal = nxt is not None and nxt.lower_ in GOAL_MARKS
    # "has given Ukraine 16 Himars systems": a count of a named thing, not "Rossiya 24 News"
    return (
        q.value < 1000
        and core.text[:1].isdigit()
        and prev.is_alpha
        and (prev.is_title or (prev.is_upper and len(prev.text) > 1))
        and (goal or not prev.is_sent_start)
        and prev.lower_ not in MONTHS
        and (
            nxt is None
            or nxt.is_title
            or nxt.is_upper
            or (nxt.is_punct and nxt.text not in "%-")
            or goal
        )
    )


def hangs_on_the_name_before(doc: Doc, q: Quantity) -> bool:
    """ "Assault on Precinct 13 was in third", "Metal Slug 3 is cheap": a small bare number the
    parse hangs on the capitalised name right before it (not a place: "in Bakhmut 30 died")."""
    if q.start == 0 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    prev, core = doc[q.start - 1], doc[q.core]
    return (
        q.value < 1000
        and core.text.isdigit()
        and core.head.i == prev.i
        and prev.pos_ == "PROPN"
        and prev.is_title
        and not prev.is_sent_start
        and prev.ent_type_ not in _PLACES
    )


def counts_a_named_thing(doc: Doc, q: Quantity) -> bool:
    """ "given Ukraine 16 Himars systems": a name, then a plural noun the number counts."""
    k = q.end
    while k < min(q.end + 2, len(doc) - 1) and doc[k].is_title:
        k += 1
    return k > q.end and doc[k].tag_ == "NNS" and doc[k].is_lower


def titled_number_word(doc: Doc, q: Quantity) -> bool:
    """ "Ocean's Twelve", "the Big Four": a number word capitalised inside a sentence written in
    sentence case is a name (a sentence's first word, or one after a quote mark, is not)."""
    core = doc[q.core]
    if q.end - q.start != 1 or q.unit is not None or core.lower_ not in WORD_NUMBERS:
        return False
    if not core.is_title or core.is_sent_start or doc[q.start - 1].is_punct:
        return False
    words = [t for t in core.sent if t.is_alpha and len(t) > 3]
    return 2 * sum(t.is_lower for t in words) >= len(words)  # not a headline in title case


def model_code(doc: Doc, q: Quantity) -> bool:
    """ "Boeing 737-800", "the 747-400", "an A320-200": a dashed pair of uneven three-digit
    numbers after a name, or falling from low to high, is a model code, not a range (a range
    rises, and starts round or follows no name: "150-200", "151-300 people")."""
    if q.qualifier != Qualifier.RANGE or q.unit is not None or q.end - q.start != 3:
        return False
    low, dash, high = doc[q.start : q.end]
    glued = not low.whitespace_ and not dash.whitespace_ and dash.text in ("-", "–")
    digits = low.text.isdigit() and high.text.isdigit() and len(low.text) >= 3
    if not (glued and digits and int(low.text) % 5 != 0):
        return False
    before = doc[q.start - 1] if q.start > 0 else None
    named = before is not None and (before.is_title or before.lower_ == "the")
    return named or int(high.text) < int(low.text)
