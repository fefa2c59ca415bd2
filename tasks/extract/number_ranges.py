"""Which two numbers make one range ("2,000-3,000", "between 10,000 and 12,000", "Eleven or 12",
"lost 20 to 30 tanks") and which do not: a change ("rose from 10 to 15"), a vote tally ("MPs voted
272-219") or a match score; and the scale a range's ends share ("10-12,000", "from $10 to $15
billion"). ``quantities`` reads the numbers themselves.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract.currencies import symbol_code
from tasks.extract.memo import sentence_of
from tasks.extract.modifiers import DASHES
from tasks.extract.name_numbers import ends_a_date_before_to, ends_a_name_before_to
from tasks.extract.numbers import ParsedNumber, parse_number
from tasks.extract.quantity_words import (
    CHANGE_WORDS,
    SCALES,
    SCORE_TALLY_VERBS,
    SCORE_WORDS,
    TALLY_VERBS,
    TALLY_VOTE,
    WORD_NUMBERS,
)

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity


def range_end(doc: Doc, first: int, j: int, end: int, low: float) -> ParsedNumber | None:
    """The high end of "2,000-3,000", "2,000 to 3,000", "between 10,000 and 12,000", "Eleven or
    12" (a higher number after "or": an estimate's two ends)."""
    if j + 1 >= end:
        return None
    joiner = doc[j].lower_
    between = first >= 1 and doc[first - 1].lower_ == "between"
    # "from 10 to 15", "rose 3p to 120p", "cut by 2% to 5%": a change, not a range
    change = first >= 1 and doc[first - 1].lower_ in CHANGE_WORDS and not _spans_a_range(doc, first)
    change = change and not _counted_range(doc, first, j, end)
    if joiner == "or":
        high = parse_number(doc, j + 1, end)
        return high if high is not None and high.value > low and not change else None
    if not (joiner in DASHES or (joiner == "to" and not change) or (joiner == "and" and between)):
        return None
    if joiner == "to" and ends_a_name_before_to(doc, first):
        return None  # "Nord Stream 1 to 33m cubic metres": a name's number, then the figure
    if vote_tally(doc, first, j, end):
        return None  # "MPs voted 272-219": two counts, the ayes and the noes
    k = j + 1
    if joiner == "to" and k + 1 < end and doc[k].lower_ in _HIGH_END_QUALIFIERS:
        k += 1  # "from $20,000 to around $140,000"
    k = k + 1 if symbol_code(doc[k].text) else k
    if k >= end or (joiner in DASHES and _spelled(doc[first]) != _spelled(doc[k])):
        return None  # "March 25, 2020 – Two soldiers died": a range's ends are written alike
    high = parse_number(doc, k, end)
    if high is not None and joiner == "to" and ends_a_date_before_to(doc, first, high.value):
        return None  # "since October 7 to 496 dead": a date, then the figure
    return high


def vote_tally(doc: Doc, first: int, j: int, end: int) -> bool:
    """ "MPs voted 272-219", "peers voted by 229 to 206", "rejected the bid 412-96", "a 9-4
    vote": two numbers joined by a dash or "to" after a verb of voting (or before the noun
    "vote") are a tally, the counts on each side, neither a range nor a ratio. A match score
    ("won 3-1", "defeated them 2-0") stays out: "vote" takes a tally of small numbers, and so
    do "reject", "approve" and the other verbs no match is reported by when no word of a match
    is near; "defeat" needs an end above a score's."""
    if (doc[j].lower_ not in DASHES and doc[j].lower_ != "to") or not doc.has_annotation("DEP"):
        return False  # (a tally is read from the parse: its sentence and its verb's lemma)
    low, high = parse_number(doc, first, end), parse_number(doc, j + 1, end)
    if low is None or high is None or low.currency or low.percent or high.percent:
        return False
    if all(1900 <= v <= 2100 and v == int(v) for v in (low.value, high.value)):
        return False  # "the 2004-2005 vote": a span of years
    before = doc[max(sentence_of(doc[first]).start, first - 5) : first]
    verb = first - 2 if first >= 2 and doc[first - 1].lower_ == "by" else first - 1
    # right after "voted" ("voted 272-219", "voted by 229 to 206"), or before "vote(s)"
    voted = verb >= 0 and doc[verb].lemma_.lower() == TALLY_VOTE and doc[verb].pos_ == "VERB"
    after = doc[high.end] if high.end < end else None
    if after is not None and after.lemma_.lower() == TALLY_VOTE:
        return True  # "in a 272-219 vote", "a 301 to 188 vote"
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # a range counts what follows it: "approved 20-30 new homes"
    tallies = {t.lemma_.lower() for t in before if t.pos_ in ("VERB", "AUX")} & TALLY_VERBS
    if voted or (tallies and max(low.value, high.value) > _SCORE_MAX):
        return True
    match = any(t.lower_ in SCORE_WORDS for t in before)  # "won 3-1", "beat them 2-0"
    return bool(tallies - SCORE_TALLY_VERBS) and not match  # "rejected the plan 5-4"


_SCORE_MAX = 15  # a match score's ends are small: "won 3-1", "beat them 13-10"


def _counted_range(doc: Doc, first: int, j: int, end: int) -> bool:
    """ "lost 20 to 30 tanks", "cut 2,000 to 3,000 jobs": after a verb that takes the count as
    its object, two bare numbers and the plural noun they count are a range (a change names
    its start with "from" and rarely counts a noun after its end: "rose 3p to 120p")."""
    if doc[first - 1].lower_ not in _OBJECT_CHANGES or doc[j].lower_ != "to" or j + 2 >= end:
        return False
    high = parse_number(doc, j + 1, end)
    if high is None or high.end >= end or high.currency or high.percent:
        return False
    return doc[high.end].tag_ == "NNS"


def _spelled(tok: Token) -> bool:
    """A number written in words ("Two", "eleven"), not in digits."""
    return tok.lower_ in WORD_NUMBERS


# Change words whose verb takes what it counts as its object: "lost 20 to 30 tanks" is a range.
_OBJECT_CHANGES = {"lost", "gained", "cut", "shed", "added"}


# A qualifier on a range's high end: "from 20 to around 40", "between 10 and nearly 20".
_HIGH_END_QUALIFIERS = {"around", "about", "roughly", "nearly", "almost", "approximately", "some"}


# "anywhere from 20 to 40", "estimates ranging from 50 to 70": a range, not a change.
_RANGE_CUES = {"anywhere", "range", "ranging", "ranged", "ranges", "vary", "varying", "varied"}


def _spans_a_range(doc: Doc, first: int) -> bool:
    """ "from" after a word of spread ("ranging from 50 to 70"): a range, not a change."""
    return first >= 2 and doc[first - 1].lower_ == "from" and doc[first - 2].lower_ in _RANGE_CUES


def shared_scale(
    value: float, high: float, low_parsed: ParsedNumber, high_parsed: ParsedNumber
) -> float:
    """ "10-12,000" and "$10 to $15 billion": the high end's scale applies to the low end too."""
    if low_parsed.scale or value >= high:
        return value
    if high_parsed.scale and high_parsed.scale in SCALES:
        scaled = value * SCALES[high_parsed.scale]
        return scaled if scaled <= high else value
    for scale in (1e9, 1e6, 1e3):
        if value < 1000 <= high and high >= scale and high / 10 <= value * scale <= high:
            return value * scale
    return value


def share_scales(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """ "from $10 to $15 billion": a bare low end takes the scale of the high end after it."""
    out = list(found)
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        joined = high.start - low.end <= 2 and doc[low.end].lower_ == "to"
        from_before = low.start >= 1 and doc[low.start - 1].lower_ in CHANGE_WORDS
        shares = joined and from_before and not low.scale and high.scale and low.unit == high.unit
        if shares and low.value is not None and high.value is not None:
            scaled = low.value * SCALES.get(high.scale or "", 1.0)
            if scaled <= high.value * 10:
                out[k] = replace(low, value=scaled, scale=high.scale)
    return out
