"""Finding number expressions in a Doc and parsing them: value, range, qualifier and unit.

Works on tokens only (text, whitespace, and the entity label when a trained model set one), so
it runs on ``spacy.blank("en")`` docs too. What the number counts is decided in ``claims.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
# "40bn", "2.5bn", "1.5m" are usually one token; spaCy splits "1.5m" into "1.5" + "m".
_DIGITS_SCALED = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(bn|mn|m|k|tn|trn)$", re.I)
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,  # news style: "£100m", "1.5m people" (metres are spelled out)
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}  # fmt: skip
# Plural magnitudes are vague counts: "Thousands of", "tens of thousands", "dozens".
VAGUE = {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"}
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "us$": "USD"}
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "hryvnia": "UAH",
    "hryvnias": "UAH", "hryvnas": "UAH", "uah": "UAH", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
}  # fmt: skip
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes", "kg": "kg",
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
    "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
    "minute": "minutes", "minutes": "minutes", "hectares": "hectares", "mph": "mph", "sq": "km2",
    "ft": "ft", "feet": "ft", "foot": "ft",
}  # fmt: skip
PERCENT_WORDS = {"%", "percent", "pc"}
# Multi-word qualifiers first (longest match wins), as lowercase token tuples.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): "more_than", ("in", "excess", "of"): "more_than",
    ("upwards", "of"): "more_than", ("well", "over"): "more_than", ("just", "over"): "more_than",
    ("over",): "more_than", ("above",): "more_than", ("exceeding",): "more_than",
    ("fewer", "than"): "less_than", ("less", "than"): "less_than", ("just", "under"): "less_than",
    ("under",): "less_than", ("below",): "less_than",
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least", ("at", "most"): "at_most", ("up", "to"): "at_most",
    ("as", "many", "as"): "at_most", ("as", "much", "as"): "at_most",
    ("no", "more", "than"): "at_most",
    ("an", "estimated"): "approximate", ("about",): "approximate", ("around",): "approximate",
    ("approximately",): "approximate", ("approx",): "approximate", ("nearly",): "approximate",
    ("almost",): "approximate", ("some",): "approximate", ("roughly",): "approximate",
    ("close", "to"): "approximate", ("estimated",): "approximate", ("circa",): "approximate",
}  # fmt: skip
_MAX_QUALIFIER = max(len(k) for k in QUALIFIERS)
# "hand over 157 prisoners": "over" is the verb's particle, not "more than".
_PHRASAL_OVER = {
    "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn",
    "turns", "turned", "turning", "give", "gave", "given", "giving", "handover", "pass", "passed",
}  # fmt: skip
# Fractions of a whole are percentages: "two-thirds" -> 66.7, "a quarter of" -> 25.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
# "the second half of 2022" is a date; "half-measures" a compound.
_NOT_FRACTION_BEFORE = {"second", "first", "last", "latter", "former", "other", "and", "in"}
# "one person was killed" is a count; a lone "one" is mostly a pronoun ("one of them").
_ONE_COUNTED = {"person", "civilian", "child", "man", "woman", "soldier", "resident", "baby"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
_TIME_WORDS = {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "utc", "hrs", "o'clock"}
# A number right after one of these is part of a name: "Article 5", "Resolution 2231".
_NAME_NUMBER_WORDS = {
    "article", "section", "chapter", "resolution", "phase", "level", "flight", "route", "unit",
    "no", "no.", "number", "brigade", "division", "regiment", "battalion", "page", "paragraph",
    "apollo", "boeing", "airbus", "covid", "category", "world", "war", "stage", "block", "model",
}  # fmt: skip
_NAME_LABELS = {"ORG", "PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART", "PERSON", "DATE", "TIME"}


@dataclass(frozen=True)
class Quantity:
    """A number expression: token span (qualifier included), parsed value, unit and qualifier."""

    start: int  # token index of the first token (qualifier words included)
    end: int  # token index after the last token
    core: int  # token index of the number token the parse attaches to (for dependencies)
    value: float | None
    value_high: float | None
    qualifier: str
    unit: str | None


def number_value(text: str) -> float | None:
    """The value of one number token: "11,000" -> 11000, "2.5bn" -> 2.5e9, "three" -> 3."""
    low = text.lower()
    if m := _DIGITS.match(low):
        return float(m.group(1).replace(",", "") + (m.group(2) or ""))
    if m := _DIGITS_SCALED.match(low):
        return float(m.group(1).replace(",", "") + (m.group(2) or "")) * SCALES[m.group(3)]
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low])
    return None


def _is_number(tok: Token) -> bool:
    return number_value(tok.text) is not None


def _parse_number(doc: Doc, i: int, end: int) -> tuple[float, int] | None:
    """One number from token i, digits or words, with its scale words: (value, next index)."""
    text = doc[i].text.lower()
    value = number_value(text)
    if value is None:
        # "a dozen", "a hundred", "a million"
        if text not in ("a", "an") or i + 1 >= end or doc[i + 1].lower_ not in {"dozen", *SCALES}:
            return None
        value = 1.0
    j = i + 1
    # "twenty-five", "forty two"
    if text in WORD_NUMBERS and WORD_NUMBERS[text] >= 20 and j < end:
        k = j + 1 if doc[j].text == "-" and j + 1 < end else j
        if doc[k].lower_ in WORD_NUMBERS and WORD_NUMBERS[doc[k].lower_] < 10:
            value += WORD_NUMBERS[doc[k].lower_]
            j = k + 1
    while j < end:
        low = doc[j].lower_
        # "1.5" + "m" split by the tokenizer with no space between; "20 million" with a space.
        if low in SCALES and (len(low) > 2 or not doc[j - 1].whitespace_):
            if low == "m" and j + 1 < end and doc[j + 1].text == "-":
                break  # "a 100m-long" is metres
            value *= SCALES[low]
            j += 1
        elif low == "dozen":
            value *= 12
            j += 1
        else:
            break
    return value, j


def _qualifier_before(doc: Doc, i: int, floor: int) -> tuple[str, int]:
    """The qualifier words ending just before token i, and where they start."""
    for size in range(_MAX_QUALIFIER, 0, -1):
        if i - size < floor:
            continue
        words = tuple(t.lower_ for t in doc[i - size : i])
        if words == ("over",) and i - 2 >= 0 and doc[i - 2].lower_ in _PHRASAL_OVER:
            continue
        if words in QUALIFIERS:
            return QUALIFIERS[words], i - size
    return "exact", i


def _unit_after(doc: Doc, j: int, end: int) -> tuple[str | None, int]:
    """A currency, percent or measure unit right after the number ("euros", "per cent", "km")."""
    if j >= end:
        return None, j
    low = doc[j].lower_
    if low in PERCENT_WORDS:
        return "percent", j + 1
    if low == "per" and j + 1 < end and doc[j + 1].lower_ == "cent":
        return "percent", j + 2
    if low in CURRENCY_WORDS:
        return CURRENCY_WORDS[low], j + 1
    if low in ("us", "u.s.") and j + 1 < end and doc[j + 1].lower_ in ("dollars", "dollar"):
        return "USD", j + 2
    # "30-year-old", "a 40-mile convoy": the unit sits behind a hyphen
    k = j + 1 if low == "-" and j + 1 < end else j
    unit = MEASURE_UNITS.get(doc[k].lower_)
    if unit:
        if unit == "km2" and k + 1 < end and doc[k + 1].lower_ in ("km", "miles"):
            return "km2", k + 2
        return unit, k + 1
    return None, j


def _skip_reason(doc: Doc, q: Quantity) -> str | None:
    """Why a number expression is not a quantity claim (a date, a name, a pronoun), or None."""
    core = doc[q.core]
    low = core.lower_
    prev = doc[q.start - 1] if q.start > 0 else None
    nxt = doc[q.end] if q.end < len(doc) else None
    has_unit_or_scale = q.unit is not None or q.end - q.start > 1 or q.value is None
    one_counted = low == "one" and nxt is not None and nxt.lower_ in _ONE_COUNTED
    if low in ("one", "a", "an") and q.end - q.start == 1 and not one_counted:
        return "pronoun"  # "One Russian soldier", "one of them"
    if _names_a_source(doc, q) or _after_a_name(doc, q):
        return "name"
    if q.value is not None and q.unit is None and _looks_like_year(core, q):
        return "year"
    if (prev is not None and prev.lower_ in MONTHS) or (nxt is not None and nxt.lower_ in MONTHS):
        return "date"
    if nxt is not None and (nxt.lower_ in _TIME_WORDS or nxt.text in (":", "/")):
        return "time"
    if prev is not None and prev.text in ("/", ":", "#"):
        return "time"
    if prev is not None and prev.lower_ in _NAME_NUMBER_WORDS and not has_unit_or_scale:
        return "name"
    if core.ent_type_ in _NAME_LABELS and q.unit is None and q.qualifier == "exact":
        return "name"
    if core.lower_ in WORD_NUMBERS and nxt is not None and nxt.text == "-" and q.unit is None:
        return "compound"  # "three-pronged", "two-way"
    if q.value_high is not None and q.value is not None and q.value_high < q.value:
        return "ratio"  # "voting 95-1", "19 to 1 against", "three to one": a ratio, not a range
    return None


def _names_a_source(doc: Doc, q: Quantity) -> bool:
    """ "According to 161, a local news outlet, ...": a number standing alone as a source."""
    nxt = doc[q.end] if q.end < len(doc) else None
    return (
        q.start >= 2
        and doc[q.start - 2].lower_ == "according"
        and doc[q.start - 1].lower_ == "to"
        and (nxt is None or nxt.is_punct)
    )


def _after_a_name(doc: Doc, q: Quantity) -> bool:
    """ "Rossiya 24", "Nord Stream 1", "Patriot 3": a small bare number right after a capitalised
    word inside a sentence, with no counted noun after it, is part of the name."""
    if q.start == 0 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    prev, core = doc[q.start - 1], doc[q.core]
    nxt = doc[q.end] if q.end < len(doc) else None
    return (
        q.value < 1000
        and core.text[:1].isdigit()
        and prev.is_alpha
        and prev.is_title
        and not prev.is_sent_start
        and prev.lower_ not in MONTHS
        and (nxt is None or nxt.is_title or nxt.is_upper or (nxt.is_punct and nxt.text not in "%-"))
    )


def _looks_like_year(core: Token, q: Quantity) -> bool:
    text = core.text
    return (
        q.end - q.start == 1
        and q.qualifier in ("exact", "more_than", "less_than")
        and len(text) == 4
        and text.isdigit()
        and 1800 <= int(text) <= 2100
    )


def find_quantities(doc: Doc, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Number expressions in ``doc[start:end]`` that can be claims, left to right."""
    end = len(doc) if end is None else end
    found: list[Quantity] = []
    i = start
    while i < end:
        q = _match_at(doc, i, end)
        if q is None:
            i += 1
            continue
        if _skip_reason(doc, q) is None:
            found.append(q)
        i = q.end
    return found


def _match_at(doc: Doc, i: int, end: int) -> Quantity | None:
    tok = doc[i]
    low = tok.lower_
    unit = None
    first = i
    if low in CURRENCY_SYMBOLS and i + 1 < end and _is_number(doc[i + 1]):
        unit = CURRENCY_SYMBOLS[low]
        i += 1
    elif low in VAGUE or (low == "tens" and i + 2 < end and doc[i + 2].lower_ == "thousands"):
        return _vague_at(doc, i, end)
    if (fraction := _fraction_at(doc, i, end)) is not None:
        return fraction
    parsed = _parse_number(doc, i, end)
    if parsed is None:
        return None
    value, j = parsed
    value_high = None
    qualifier, q_start = _qualifier_before(doc, first, max(0, first - _MAX_QUALIFIER))
    # ranges: "2,000-3,000", "2,000 to 3,000", "between 10,000 and 12,000"
    between = first >= 1 and doc[first - 1].lower_ == "between"
    joiner = doc[j].lower_ if j < end else ""
    from_before = first >= 1 and doc[first - 1].lower_ == "from"
    if j + 1 < end and (
        joiner in ("-", "–", "—")
        or (joiner == "to" and not from_before)
        or (joiner == "and" and between)
    ):
        k = j + 2 if doc[j + 1].lower_ in CURRENCY_SYMBOLS else j + 1
        high = _parse_number(doc, k, end) if k < end else None
        if high is not None:
            value_high, j = high
            scale = _scale_of(value_high)
            if value < 1000 <= value_high and value_high / 10 <= value * scale <= value_high:
                value *= scale  # "10-12,000": the high end's scale applies to the low end too
            qualifier = "range"
            if between:
                q_start = first - 1
    if unit is None:
        unit, j = _unit_after(doc, j, end)
        # "70% to 80%": a range whose ends both carry the unit
        joined = unit is not None and qualifier != "range" and j + 1 < end
        joined = joined and doc[j].lower_ in ("to", "-", "–")
        if joined and (high := _parse_number(doc, j + 1, end)):
            high_unit, k = _unit_after(doc, high[1], end)
            if high_unit == unit:
                value_high, j, qualifier = high[0], k, "range"
    elif j < end and doc[j].lower_ in CURRENCY_WORDS:
        j += 1  # "$40bn dollars" is rare, but keep the span whole
    core = _core_token(doc, first, j)
    return Quantity(q_start, j, core, value, value_high, qualifier, unit)


def _fraction_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "more than half (of)", "two-thirds", "a quarter of": a share of a whole, in percent."""
    low = doc[i].lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    if low in ("half", "halves"):
        numerator, j, denominator = 1.0, i + 1, 2
    elif low in WORD_NUMBERS or low in ("a", "one"):
        k = i + 2 if i + 2 < end and doc[i + 1].text in ("-", "–") else i + 1
        if k >= end or doc[k].lower_ not in FRACTIONS or doc[k].lower_ in ("half", "halves"):
            return None
        numerator = 1.0 if low in ("a", "one") else float(WORD_NUMBERS[low])
        if low == "a" and (k + 1 >= end or doc[k + 1].lower_ != "of"):
            return None  # "a third round"
        j, denominator = k + 1, FRACTIONS[doc[k].lower_]
    else:
        return None
    if prev in _NOT_FRACTION_BEFORE or (j < end and doc[j].text in ("-", "–")):
        return None
    qualifier, q_start = _qualifier_before(doc, i, max(0, i - _MAX_QUALIFIER))
    followed = j < end and doc[j].lower_ in ("of", "the", "its", "their", "his", "her", "all")
    if low in ("half", "halves") and qualifier == "exact" and not followed:
        return None  # "half" on its own is rarely a claim ("a year and a half")
    value = 100 * numerator / denominator
    return Quantity(q_start, j, j - 1, value, None, qualifier, "percent")


def _scale_of(value: float) -> float:
    for scale in (1e9, 1e6, 1e3):
        if value >= scale:
            return scale
    return 1.0


def _core_token(doc: Doc, start: int, end: int) -> int:
    """The token the dependency parse hangs the quantity on: its last number-ish token."""
    for k in range(end - 1, start - 1, -1):
        t = doc[k]
        if _is_number(t) or t.lower_ in SCALES or t.lower_ in VAGUE or t.lower_ == "dozen":
            return k
    return start


def _vague_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "Thousands (of)", "tens of thousands", "hundreds of thousands", "dozens"."""
    j = i + 1
    while j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE - {"tens"}:
        j += 2
    if doc[j - 1].lower_ == "tens":
        return None  # "tens" alone is not a quantity
    if j < end and doc[j].text in ("-", "–"):
        return None
    _, q_start = _qualifier_before(doc, i, max(0, i - _MAX_QUALIFIER))
    unit = None
    if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in CURRENCY_WORDS:
        unit = CURRENCY_WORDS[doc[j + 1].lower_]  # "hundreds of billions of dollars"
    return Quantity(q_start, j, j - 1, None, None, "vague", unit)


def span_text(doc: Doc, q: Quantity) -> tuple[int, int, str]:
    """Character offsets and text of a quantity's span."""
    span = doc[q.start : q.end]
    return span.start_char, span.end_char, span.text
