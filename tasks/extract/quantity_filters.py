"""Why a number expression is not a quantity claim: a date, a year range, a clock time, a name,
a pronoun, a ratio, a match score, a race distance, a rank, a rating, a relative time, or a
number told in passing (a family's size, an age's bound, quarters of a year)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract import name_numbers as names
from tasks.extract.memo import sentence_of
from tasks.extract.nlp import is_note_mark
from tasks.extract.number_contexts import (
    bare_one_counts,
    decade,
    fronted_partitive,
    headline_count,
    one_modifies_a_noun,
    stage_of_a_contest,
    tally_of_an_event,
)
from tasks.extract.passing_numbers import (
    age_bound,
    family_size,
    fraction_of_a_second,
    quarters_of_a_year,
    ratio_of_times,
)
from tasks.extract.quantity_words import (
    DEICTIC_TIMES,
    LABEL_SUFFIXES,
    MEASURES,
    MONTHS,
    NAME_LABELS,
    NAME_NUMBER_WORDS,
    ONE_COUNTED,
    RACE_WORDS,
    RANK_WORDS,
    RELATIVE_TIME,
    SCORE_WORDS,
    TIME_NOUNS,
    TIME_UNITS,
    TIME_WORDS,
    WORD_NUMBERS,
)
from tasks.schema import Qualifier

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

_RACE_DISTANCES = {60, 100, 110, 200, 300, 400, 800, 1000, 1500, 1600, 3000, 5000, 10000}
_RACE_BEFORE = {"the", "a", "his", "her", "their", "men's", "women's", "’s", "'s", "indoor"}
_PART_OF_A_NAME = "part of a name"
_LINKS = {"and", "or", "in", "at", "on", "for", "with", "title", "gold"}
_CLOCK = re.compile(r"^\d{1,2}$")
_BRACKETS = {"(", ")"}
_SET_GAPS = {"(", ")", ","}
_RATIO_GAPS = {"every", "each", "a", "the", "total", "of", "some", "about", "around", "nearly"}
_FOOTNOTED_YEAR = re.compile(r"^(1[89]|20)\d\d\.\d{1,2}$")
_POSSESSIVES = {"its", "their", "his", "her", "our", "the"}
_COMPARED = {
    "the", "more", "less", "as", "higher", "larger", "bigger", "greater", "faster", "longer",
    "that", "what", "its", "their", "his", "her", "over", "than", "smaller", "lower", "cheaper",
}  # fmt: skip


def skip_reason(doc: Doc, q: Quantity) -> str | None:
    """Why a number expression is not a quantity claim, or None when it may be one."""
    for rule in _RULES:
        if reason := rule(doc, q):
            return reason
    return None


def _pronoun(doc: Doc, q: Quantity) -> str | None:
    core = doc[q.core]
    nxt = doc[q.end] if q.end < len(doc) else None
    one_counted = core.lower_ == "one" and (
        (nxt is not None and nxt.lower_ in ONE_COUNTED)
        or one_modifies_a_noun(core)
        or bare_one_counts(doc, core)
    )
    if core.lower_ in ("one", "a", "an") and q.end - q.start == 1 and not one_counted:
        return "pronoun"  # "One Russian soldier", "one of them"
    if core.lower_ in ("one", "a", "an") and q.value == 1 and q.unit in MEASURES:
        return "pronoun"  # "One barrel of crude", "an hour"
    return None


def _name(doc: Doc, q: Quantity) -> str | None:
    core = doc[q.core]
    prev = doc[q.start - 1] if q.start > 0 else None
    has_unit_or_scale = q.unit is not None or q.end - q.start > 1 or q.value is None
    if names.names_a_source(doc, q) or names.titled_number_word(doc, q):
        return _PART_OF_A_NAME
    if names.count_under_age(doc, q) or names.display_resolution(doc, q):
        return _PART_OF_A_NAME
    if names.size_in_a_product_name(doc, q) or names.ready_for_a_resolution(doc, q):
        return _PART_OF_A_NAME
    if names.letter_model_code(doc, q) or names.after_a_code(doc, q):
        return _PART_OF_A_NAME
    if names.numbers_a_formation(doc, q) or names.model_number(doc, q):
        return _PART_OF_A_NAME  # "the 317 Brigade", "a Hermes 900 drone"
    if names.phone_number(doc, q):
        return "phone number"
    if names.street_number(doc, q):
        return "street address"
    named_before = names.after_a_name(doc, q) or names.hangs_on_the_name_before(doc, q)
    alone = q.end - q.start == 1  # "Nord Stream 1 to 33m": the name's number, then the figure
    named_before = named_before or (alone and names.ends_a_name_before_to(doc, q.start))
    counts = names.counts_a_named_thing(doc, q) or headline_count(doc, q)
    if (named_before and not counts) or names.model_code(doc, q):
        return _PART_OF_A_NAME
    if prev is not None and prev.lower_ in NAME_NUMBER_WORDS and not has_unit_or_scale:
        return _PART_OF_A_NAME
    named = core.ent_type_ in NAME_LABELS and not followed_by_a_time(doc, q.end)
    named = named and not _counts_the_noun_after(core) and not fronted_partitive(core)
    if named and q.unit is None and q.qualifier == Qualifier.EXACT:
        return _PART_OF_A_NAME
    last = doc[q.end - 1]
    titled = last.is_title and last.text != q.unit  # "60 Minutes", not "8 Mbps"
    if q.unit in MEASURES and titled and not doc[q.start].is_sent_start:
        return _PART_OF_A_NAME  # "the US TV show 60 Minutes", "the 24 Hours of Le Mans"
    return None


def _counts_the_noun_after(core: Token) -> bool:
    """ "include 104 tanks", "an average of 58 aid trucks": a number the tagger alone took for
    a name (a product, a date) that modifies a plural common noun after it counts that noun."""
    doc, head = core.doc, core.head
    alone = core.ent_iob_ == "B" and (core.i + 1 == len(doc) or doc[core.i + 1].ent_iob_ != "I")
    counted = core.dep_ == "nummod" and head.i > core.i and head.tag_ == "NNS" and head.is_lower
    between = all(t.is_lower for t in doc[core.i + 1 : head.i])  # "58 aid trucks"
    return alone and counted and between and head.lower_ not in TIME_UNITS


def followed_by_a_time(doc: Doc, i: int) -> bool:
    """ "down from 8,900 last month": tokens i.. are a time phrase telling when (and the number
    before them is no day of a month: "on December 14 and 15 last year")."""
    pair = [t.lower_ for t in doc[i : i + 2]]
    month = any(t.lower_ in MONTHS for t in doc[max(0, i - 4) : i])
    return len(pair) == 2 and pair[0] in DEICTIC_TIMES and pair[1] in TIME_NOUNS and not month


def _date_or_time(doc: Doc, q: Quantity) -> str | None:
    core = doc[q.core]
    prev = doc[q.start - 1] if q.start > 0 else None
    nxt = doc[q.end] if q.end < len(doc) else None
    if q.value is not None and q.unit is None and _looks_like_year(core, q):
        return "year"
    if _is_year(q.value) and _is_year(q.value_high) and q.unit is None:
        return "year"  # "between 2010 and 2020", "2014-2022"
    if q.unit is None and q.end - q.start == 1 and _FOOTNOTED_YEAR.match(core.text):
        return "year"  # "in the fall of 2022.5": a year with a footnote mark glued on
    if q.end - q.start == 1 and is_note_mark(core):
        return "endnote"  # "fell by six percentage points.29"
    if (prev is not None and prev.lower_ in MONTHS) or (nxt is not None and nxt.lower_ in MONTHS):
        return "date"
    if _days_before_a_year(doc, q, nxt):
        return "date"  # "in February, 8-18 2014": days of a month, before its year
    if nxt is not None and nxt.lower_ in TIME_WORDS:
        return "time"
    zone = nxt is not None and (nxt.lower_ == "local" or nxt.is_title)  # "Moscow time"
    if zone and q.end + 1 < len(doc) and doc[q.end + 1].lower_ == "time" and q.unit is None:
        return "time"  # "from 20.00 local time"
    if decade(doc, q, prev, nxt):
        return "date"
    # "10 : 30" or "10/30"; "high: 64%" is a figure after a colon, not a clock
    if nxt is not None and nxt.text in (":", "/") and _number_at(doc, q.end + 1):
        return "time"
    clock = prev is not None and prev.text in ("/", ":") and not prev.whitespace_
    if clock and _CLOCK.match(doc[q.start].text) and _number_at(doc, q.start - 2):
        return "time"
    if prev is not None and prev.text == "#":
        return _PART_OF_A_NAME
    return None


def _days_before_a_year(doc: Doc, q: Quantity, nxt: Token | None) -> bool:
    days = q.value is not None and 1 <= q.value <= 31 and (q.value_high or 1) <= 31
    month = any(t.lower_ in MONTHS for t in doc[max(0, q.start - 3) : q.start])
    year = nxt is not None and nxt.text.isdigit() and _is_year(float(nxt.text))
    return days and month and year and q.unit is None


def _number_at(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text.isdigit()


def _is_year(value: float | None) -> bool:
    return value is not None and value == int(value) and 1800 <= value <= 2100


def _shape(doc: Doc, q: Quantity) -> str | None:
    core = doc[q.core]
    nxt = doc[q.end] if q.end < len(doc) else None
    if core.lower_ in WORD_NUMBERS and nxt is not None and nxt.text == "-" and q.unit is None:
        return "compound"  # "three-pronged", "two-way"
    after = doc[q.end + 1].lower_ if q.end + 1 < len(doc) else ""
    if nxt is not None and nxt.lower_ == "times" and q.unit is None and after in _COMPARED:
        return "multiplier"  # "as much as 10 times the artillery", not "struck 217 times"
    if _in_a_ratio(doc, q):
        return "ratio"  # "one in five adults", "two out of three voters"
    if q.value_high is not None and q.value is not None and q.value_high == q.value:
        return "odds"  # "a 50-50 chance", "drew 2-2": a range with equal ends is none
    if q.value_high is not None and q.value is not None and q.value_high < q.value:
        return "ratio"  # "voting 95-1", "19 to 1 against", "three to one": a ratio, not a range
    hyphen = nxt is not None and nxt.text == "-" and q.end + 1 < len(doc)
    if hyphen and doc[q.end + 1].lower_ in LABEL_SUFFIXES:
        return "rating"  # "18-rated", "a five-star hotel"
    return None


def _score(doc: Doc, q: Quantity) -> str | None:
    """ "drew 2-2", "a 3-1 win", "lost 1-3": two small whole numbers joined by a dash."""
    if q.qualifier != Qualifier.RANGE or q.unit is not None or q.value is None:
        return None
    high = q.value_high
    dashed = q.end - q.start == 3 and doc[q.start + 1].text in ("-", "–")
    if not dashed or high is None or not (0 <= q.value <= 15 and 0 <= high <= 15):
        return None
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    nxt = doc[q.end].lower_ if q.end < len(doc) else ""
    # "4-6 6-3 6-2", "4-6, 6-3", a tie-break in brackets: "6-7 (4-7) 6-2", a record: "(6-5, 3-4)"
    after = _after_tie_break(doc, q.end)
    after = after + 1 if after < len(doc) and doc[after].text in _SET_GAPS else after
    before = q.start - 4 if q.start > 0 and doc[q.start - 1].text in _SET_GAPS else q.start - 3
    sets = _dashed_pair(doc, after) or _dashed_pair(doc, before)
    team = doc[q.start - 2] if q.start >= 2 else None
    alone = nxt in (")", ",")  # the brackets hold the record alone: "(3-8)", not "(10-15 roles)"
    named = team is not None and (team.pos_ == "PROPN" or team.is_title)
    record = prev == "(" and alone and named
    if q.value == high or prev in SCORE_WORDS or nxt in SCORE_WORDS or sets or record:
        return "score"
    return None


def _after_tie_break(doc: Doc, i: int) -> int:
    """The token after a tie-break "(4)" starting at i, else i."""
    brackets = i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")"
    return i + 3 if brackets and doc[i + 1].text.isdigit() else i


def _tie_break(doc: Doc, q: Quantity) -> str | None:
    """ "won 7-6 (5), 6-3": a bare small number in brackets right after a set's score."""
    if q.end - q.start != 1 or q.unit is not None or q.value is None or q.value > 20:
        return None
    bracketed = q.start >= 1 and doc[q.start - 1].text == "(" and q.end < len(doc)
    if bracketed and doc[q.end].text == ")" and _dashed_pair(doc, q.start - 4):
        return "score"
    return None


def _in_a_ratio(doc: Doc, q: Quantity) -> bool:
    before = [t.lower_ for t in doc[max(0, q.start - 3) : q.start]]
    after = [t.lower_ for t in doc[q.end : q.end + 3]]
    one_in = len(before) >= 2 and before[-1] == "in" and _is_count_word(before[-2])
    out_of = after[:2] == ["out", "of"] and _count_after_out_of(doc, q.end + 2)
    out_of = out_of and not tally_of_an_event(doc, q.core)
    of_first = before[-2:] == ["out", "of"] and _count_at(doc, q.start - 3)
    out_of = out_of or (of_first and not tally_of_an_event(doc, q.start - 3))
    # "six out of every 10 planes"
    out_of = out_of or (before[-3:] == ["out", "of", "every"] and _count_at(doc, q.start - 4))
    small = q.value is not None and q.value < 10
    in_one = small and after[:1] == ["in"] and len(after) > 1 and _is_count_word(after[1])
    return one_in or out_of or in_one


def _count_after_out_of(doc: Doc, i: int) -> bool:
    """A ratio's second count follows "out of": "two out of three", "six out of every 10",
    "12 out of a total of 300"; not a state left ("37% out of work", "4,000 out of their homes")."""
    while i < len(doc) and doc[i].lower_ in _RATIO_GAPS:
        i += 1
    return _count_at(doc, i)


def _count_at(doc: Doc, i: int) -> bool:
    """Token i is a number: a ratio's other count."""
    return 0 <= i < len(doc) and (doc[i].like_num or doc[i].lower_ in WORD_NUMBERS)


def _is_count_word(text: str) -> bool:
    """A count a ratio can run over: "five", "20"; not a year ("killed 12 in 2005")."""
    return (text.isdigit() and len(text) <= 3) or text in WORD_NUMBERS


def _dashed_pair(doc: Doc, i: int) -> bool:
    """Tokens i..i+2 are a small "N-N" pair, like a tennis set's score."""
    if i < 0 or i + 3 > len(doc):
        return False
    low, dash, high = doc[i : i + 3]
    small = low.text.isdigit() and high.text.isdigit() and len(low.text) <= 2 >= len(high.text)
    return small and dash.text in ("-", "–") and not low.whitespace_ and not dash.whitespace_


def _race(doc: Doc, q: Quantity) -> str | None:
    """ "the 800m", "won the 1500m final", "a 10k run": a race distance, not millions."""
    if q.unit is not None or q.scale not in ("m", "k") or q.value is None:
        return None
    base = q.value / (1e6 if q.scale == "m" else 1e3)
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    nxt = doc[q.end] if q.end < len(doc) else None
    # "800m people" counts people; "won the 800m and 1500m in Athens" runs
    counts = nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in RACE_WORDS
    ends = nxt is None or nxt.is_punct or nxt.lower_ in RACE_WORDS or nxt.lower_ in _LINKS
    if base in _RACE_DISTANCES and not counts and (prev in _RACE_BEFORE or ends):
        return "race distance"
    return None


def _relative(doc: Doc, q: Quantity) -> str | None:
    """ "20 years ago", "three months later", "the top ten", "the last two weeks"."""
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    nxt = doc[q.end].lower_ if q.end < len(doc) else ""
    if prev in ("top", "bottom"):
        return "rank"
    if prev in ("last", "final") and q.start >= 2 and doc[q.start - 2].lower_ == "the":
        counts = q.end < len(doc) and doc[q.end].pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
        if q.unit is None and not counts:
            return "rank"  # "reached the last four", "out in the last 16": a stage
    if stage_of_a_contest(doc, q):
        return "rank"  # "the round of 32 first-leg game"
    if q.unit in TIME_UNITS and (nxt in RELATIVE_TIME or prev in RANK_WORDS):
        return "relative time"
    if q.unit in TIME_UNITS and prev == "in" and _after_a_superlative(doc, q):
        return "relative time"  # "its worst in more than four years", "the first in a decade"
    return None


def _after_a_superlative(doc: Doc, q: Quantity) -> bool:
    """A superlative or "first"/"last" shortly before: "the highest level in 20 years"."""
    floor = max(sentence_of(doc[q.start]).start, q.start - 7)
    for t in doc[floor : q.start]:
        if t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last"):
            return True
        if t.lower_.endswith("est") and t.i > 0 and doc[t.i - 1].lower_ in _POSSESSIVES:
            return True  # "at its widest", which the tagger may read as a noun
    return False


def _looks_like_year(core: Token, q: Quantity) -> bool:
    text = core.text
    return (
        q.end - q.start == 1
        and q.qualifier in (Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.LESS_THAN)
        and len(text) == 4
        and text.isdigit()
        and 1800 <= int(text) <= 2100
    )


def _in_passing(doc: Doc, q: Quantity) -> str | None:
    """A family's size, a ratio of times, an age's bound, quarters of a year or fractions of a
    second: told in passing (``passing_numbers``), whatever the sentence would make of them."""
    if family_size(doc, q):
        return "family size"
    if ratio_of_times(doc, q):
        return "ratio"
    if age_bound(doc, q):
        return "age"
    if quarters_of_a_year(doc, q) or fraction_of_a_second(doc, q):
        return "duration"
    return None


_RULES = (
    _pronoun, _name, _date_or_time, _shape, _score, _tie_break, _race, _relative, _in_passing,
)  # fmt: skip
