"""Finding number expressions in a Doc: value, range, qualifier and unit.

Works on tokens only (text, whitespace, and the entity label when a trained model set one), so
it runs on ``spacy.blank("en")`` docs too. Reading one number is ``numbers.py``; what is not a
claim (dates, names, scores) is ``quantity_filters.py``; which two numbers make one range
``number_ranges.py``; which currency cents are in ``cents.py``; what the number counts is
``counted.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import ORTH
from spacy.tokens import Doc

from tasks.extract.cents import cents_currency
from tasks.extract.claim_words import WEAPON_NOUNS
from tasks.extract.currencies import SUBUNITS, name_at, symbol_code
from tasks.extract.modifiers import (
    DASHES,
    PERCENT,
    opens_aside,
    qualifier_before,
    settled_qualifier,
    trailing_qualifier,
    unit_after,
    unit_range,
)
from tasks.extract.number_ranges import range_end, share_scales, shared_scale
from tasks.extract.numbers import (
    ParsedNumber,
    bare_scale,
    fraction_of_scale,
    is_number,
    parse_number,
    token_number,
)
from tasks.extract.quantity_filters import skip_reason
from tasks.extract.quantity_words import (
    FRACTION_FOLLOWERS,
    FRACTIONS,
    MAX_QUALIFIER,
    MEASURE_UNITS,
    NOT_FRACTION_BEFORE,
    SCALES,
    SPELLED_SCALES,
    VAGUE,
    VAGUE_DETERMINERS,
    WORD_NUMBERS,
)
from tasks.schema import Qualifier

# Words a quantity can start with (digits and currency symbols aside): a cheap first test.
_STARTERS = {
    *WORD_NUMBERS, *VAGUE, *VAGUE_DETERMINERS, *SPELLED_SCALES, "tens", "a", "an", "half", "halves"
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number expression: token span (qualifier included), parsed value, unit and qualifier."""

    start: int  # token index of the first token (qualifier words included)
    end: int  # token index after the last token
    core: int  # token index of the number token the parse attaches to (for dependencies)
    value: float | None
    value_high: float | None
    qualifier: Qualifier
    unit: str | None
    scale: str | None = None  # the scale word read ("million", "m"), if any


def find_quantities(doc: Doc, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Number expressions in ``doc[start:end]`` that can be claims, left to right."""
    end = len(doc) if end is None else end
    found: list[Quantity] = []
    after = start  # index after the last quantity found
    starts = _STARTS
    orths = doc.to_array(ORTH)[start:end].tolist()  # most are ruled out here, in one pass:
    for i in [i for i, orth in enumerate(orths, start) if starts.get(orth) is not False]:
        if i < after:
            continue
        known = starts.get(orth := orths[i - start])
        if known is False or (known is None and not could_start(orth, doc)):
            continue
        q = _match_at(doc, i, end)
        if q is None:
            continue
        if skip_reason(doc, q) is None:
            before = found[-1] if found else None
            found.append(replace(q, qualifier=settled_qualifier(doc, q, before)))
        after = max(q.end, i + 1)
    return share_scales(doc, cents_currency(doc, found))


_STARTS: dict[int, bool] = {}  # token text's hash -> whether a quantity can start there


def could_start(orth: int, doc: Doc) -> bool:
    """A cheap first test, cached per token text: digits, a number word, a currency symbol."""
    known = _STARTS.get(orth)
    if known is None:
        text = doc.vocab.strings[orth]
        low = text.lower()
        known = low in _STARTERS or any(c.isdigit() for c in text) or bool(symbol_code(text))
        if len(_STARTS) < 200_000:
            _STARTS[orth] = known
    return known


def _match_at(doc: Doc, i: int, end: int) -> Quantity | None:
    low = doc[i].lower_
    first = i
    after = doc[i + 1].text if i + 1 < end else ""
    unit = symbol_code(doc[i].text) if after and is_number(after, money=True) else None
    if unit is not None:
        i += 1
    elif low in VAGUE or low == "tens" or low in VAGUE_DETERMINERS:
        return _vague_at(doc, i, end)
    elif i + 2 < end and doc[i + 1].text in _LIST_GAPS and (listed := _listed_at(doc, i, end)):
        return listed
    if (couple := _couple_at(doc, i, end)) is not None:
        return couple
    if (figures := _figure_sum_at(doc, i, end)) is not None:
        return figures
    if (fraction := _fraction_at(doc, i, end)) is not None:
        return fraction
    parsed = parse_number(doc, i, end) or _qualified_scale(doc, i, end)
    if parsed is None:
        return None
    unit = unit or parsed.currency or (PERCENT if parsed.percent else None)
    value, j, scale = parsed.value, parsed.end, parsed.scale
    if unit is None and j < end and doc[j].lower_ in SUBUNITS and doc[j].lower_ != "p":
        unit, value, j = SUBUNITS[doc[j].lower_], value / 100, j + 1  # "20 cents", "50 pence"
    value_high = None
    qualifier, q_start = qualifier_before(doc, first, max(0, first - MAX_QUALIFIER))
    if (high := range_end(doc, first, j, end, value)) is not None:
        value_high, j = high.value, high.end
        unit = unit or high.currency
        value = shared_scale(value, value_high, parsed, high)
        scale = scale or high.scale
        qualifier = Qualifier.RANGE
    if unit is None and q_start >= 1 and doc[q_start - 1].lower_ in ("aged", "age"):
        unit = MEASURE_UNITS["years"]  # "aged 30", "Aged about 30"
    if unit is None:
        unit, j = unit_after(doc, j, end, value)
        if unit is not None and qualifier != Qualifier.RANGE:
            value_high, j, qualifier = unit_range(doc, first, j, end, unit, value_high, qualifier)
    elif unit != PERCENT and (named := name_at([t.lower_ for t in doc[j : j + 3]])):
        j += named[1]  # "$40bn dollars" is rare, but keep the span whole
    if qualifier == Qualifier.RANGE and first >= 1 and doc[first - 1].lower_ == "between":
        q_start = first - 1
    trailing, j = trailing_qualifier(doc, j, end)
    qualifier = trailing if trailing and qualifier == Qualifier.EXACT else qualifier
    core = _core_token(doc, first, j)
    return Quantity(q_start, j, core, value, value_high, qualifier, unit, scale)


def _qualified_scale(doc: Doc, i: int, end: int) -> ParsedNumber | None:
    """ "More than thousand people", "over hundred homes": a bare scale word a qualifier stands
    before is one of it (not "Thousand Oaks", nor "the hundred days")."""
    if doc[i].lower_ not in SPELLED_SCALES:
        return None
    qualifier, start = qualifier_before(doc, i, max(0, i - MAX_QUALIFIER))
    return bare_scale(doc, i, end) if qualifier != Qualifier.EXACT and start < i else None


_LIST_GAPS = {",", "or"}
_POWERS = {10.0**k for k in range(13)}


def _listed_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "five, six, seven per cent", "50, 60, 70,000", "20, 30, 40 tanks": bare numbers in a
    list, stepping up evenly to a last one that carries the unit (or the scale: "70,000" for 70
    thousand, or the counted noun) for all of them, are one range from the first (scaled alike)
    to the last. Years ("2019, 2020, 2021") carry no unit, and numbers that do not step evenly
    ("3, 7, 12%") are separate."""
    values: list[float] = []
    k = i
    while k + 1 < end and doc[k + 1].text in _LIST_GAPS:
        number = token_number(doc[k].text)
        if number is None or number.currency or number.percent or number.scale:
            return None
        values.append(number.value)
        k += 3 if doc[k + 1].text == "," and k + 2 < end and doc[k + 2].lower_ == "or" else 2
    last = _match_at(doc, k, end) if len(values) >= 2 and k < end else None
    if last is None or last.value is None or last.start != k or last.qualifier != Qualifier.EXACT:
        return None
    step = values[1] - values[0]
    even = step > 0 and all(b - a == step for a, b in zip(values, values[1:], strict=False))
    scale = last.value / (values[-1] + step) if even else 0.0
    counted = last.end < end and doc[last.end].tag_ == "NNS" and last.value < 1000
    if scale not in _POWERS or (last.unit is None and scale == 1.0 and not counted):
        return None
    low = values[0] * scale
    return Quantity(i, last.end, last.core, low, last.value, Qualifier.RANGE, last.unit, last.scale)


def _fraction_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "more than half (of)", "two-thirds", "a quarter of": a share of a whole, in percent."""
    low = doc[i].lower_
    prev = doc[i - 1].lower_ if i > 0 else ""
    if fraction_of_scale(doc, i, end) is not None:
        return None  # "a quarter of a million" is a number
    if low in ("half", "halves"):
        if i + 2 < end and doc[i + 1].lower_ in ("a", "an") and doc[i + 2].lower_ in SCALES:
            return None  # "half a million" is a number
        numerator, j, denominator = 1.0, i + 1, 2
    elif low in WORD_NUMBERS or low in ("a", "one"):
        k = i + 2 if i + 2 < end and doc[i + 1].text in DASHES else i + 1
        if k >= end or doc[k].lower_ not in FRACTIONS or doc[k].lower_ in ("half", "halves"):
            return None
        numerator = 1.0 if low in ("a", "one") else float(WORD_NUMBERS[low])
        if low == "a" and not (prev == "by" or _ends_share(doc, k + 1, end)):
            return None  # "a third round", not "a third of", "cut by a third"
        j, denominator = k + 1, FRACTIONS[doc[k].lower_]
    else:
        return None
    followed = j < end and doc[j].lower_ in FRACTION_FOLLOWERS
    # "and half the amount", "and a third of its capacity": a share in a list, not the "and a
    # half" of "a year and a half"
    listed = prev == "and" and followed
    if (prev in NOT_FRACTION_BEFORE and not listed) or (j < end and doc[j].text in DASHES):
        return None
    qualifier, q_start = qualifier_before(doc, i, max(0, i - MAX_QUALIFIER))
    # "half" on its own is rarely a claim ("a year and a half"); "cut by half" and "could rise
    # to half." are
    changed = prev == "by" or (prev == "to" and _ends_share(doc, j, end))
    if low in ("half", "halves") and qualifier == Qualifier.EXACT and not followed and not changed:
        return None
    value = 100 * numerator / denominator
    return Quantity(q_start, j, j - 1, value, None, qualifier, PERCENT)


def _ends_share(doc: Doc, j: int, end: int) -> bool:
    """After "a third": "of" or the end of the phrase ("fell by a third."), not a noun."""
    return j >= end or doc[j].lower_ == "of" or doc[j].is_punct


def _core_token(doc: Doc, start: int, end: int) -> int:
    """The token the dependency parse hangs the quantity on: its last number-ish token."""
    for k in range(end - 1, start - 1, -1):
        t = doc[k]
        if is_number(t.text) or t.lower_ in SCALES or t.lower_ in VAGUE or t.lower_ == "dozen":
            return k
    return start


def _vague_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "Thousands (of)", "tens of millions", "several hundred", "a few thousand", "dozens"."""
    low = doc[i].lower_
    if low in VAGUE_DETERMINERS:
        if weapons_counted(doc, i, end):
            return Quantity(
                i - 1 if low == "few" else i, i + 1, i, None, None, Qualifier.VAGUE, None
            )
        if not (i + 1 < end and _vague_scale(doc[i + 1].lower_)):
            return None  # "several people"
        j = i + 2
        while j < end and _vague_scale(doc[j].lower_):
            j += 1  # "several hundred thousand", "several dozen"
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" and low == "few" else i
    else:
        j, start = i + 1, i
        while j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE:
            j += 2
        if low in ("tens", "scores") and j == i + 1 and not (j < end and doc[j].lower_ == "of"):
            return None  # "tens" alone is not a quantity, "scores from the locks" are points
    if j < end and doc[j].text in DASHES and not opens_aside(doc, j, end):
        return None  # "hundreds-strong" (not "hundreds—women too—fled")
    _, q_start = qualifier_before(doc, start, max(0, start - MAX_QUALIFIER))
    unit = None
    if j + 1 < end and doc[j].lower_ == "of" and (named := name_at([doc[j + 1].lower_])):
        unit = named[0]  # "hundreds of billions of dollars"
    elif j + 1 < end and doc[j].lower_ == "of":
        unit = MEASURE_UNITS.get(doc[j + 1].lower_)  # "millions of tonnes"
    return Quantity(q_start, j, j - 1, None, None, Qualifier.VAGUE, unit)


def _figure_sum_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "a seven-figure sum", "a six-figure salary", "an 8-figure deal": a sum told by how many
    digits it runs to, a vague amount of money with no value (its span keeps the article and the
    noun, as written). Not "double figures" (no number) nor "a three-figure score" (below four
    digits a sum is no news: scores and counts)."""
    if i + 2 >= end or doc[i + 1].text not in DASHES or doc[i + 2].lower_ != "figure":
        return None
    digits = WORD_NUMBERS.get(doc[i].lower_) or (int(doc[i].text) if doc[i].text.isdigit() else 0)
    if not _FIGURE_DIGITS[0] <= digits <= _FIGURE_DIGITS[1]:
        return None
    start = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "an") else i
    j = i + 3
    j = j + 1 if j < end and doc[j].pos_ == "NOUN" else j  # "sum", "salary", "deal"
    return Quantity(start, j, i + 2, None, None, Qualifier.VAGUE, None)


_FIGURE_DIGITS = (4, 12)  # "a four-figure sum" up to "a twelve-figure sum"


def figure_sum(doc: Doc, q: Quantity) -> bool:
    """The quantity is "a seven-figure sum" (see ``_figure_sum_at``): money."""
    core = doc[q.core]
    dashed = core.i > 0 and doc[core.i - 1].text in DASHES
    return q.value is None and core.lower_ == "figure" and dashed


def weapons_counted(doc: Doc, i: int, end: int) -> bool:
    """ "several missiles", "a few Ukrainian rockets": a vague count of weapons is a count of
    interest (weapons fired and things hit count at any size); "several people", "a few
    ships", "many tanks" (no count: "many" says how common, not how many) are not counted."""
    low = doc[i].lower_
    if low not in ("several", "few") or (low == "few" and (i == 0 or doc[i - 1].lower_ != "a")):
        return False
    noun = doc[i].head  # "several Ukrainian missiles", "a few mortar shells" (the parse's noun)
    if noun.pos_ != "NOUN" or not i < noun.i < min(end, i + 5):
        return False  # a blank document has no parse
    return noun.lemma_.lower() in WEAPON_NOUNS  # not "several missile systems"


_COUPLE = ["a", "couple", "of"]


def _vague_scale(low: str) -> bool:
    """A word "several" or "a few" can scale: "hundred", "million", "dozen" (not "m", "k")."""
    return low == "dozen" or (low in SCALES and len(low) > 2)


def _couple_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """ "a couple of dozen" (about 24), "a couple of hundred": twice the scale, approximately."""
    if i + 3 >= end or doc[i].lower_ != "a" or [t.lower_ for t in doc[i : i + 3]] != _COUPLE:
        return None  # (the first word first: most "a"s go no further)
    word = doc[i + 3].lower_
    scale = 12.0 if word == "dozen" else SCALES.get(word) if _vague_scale(word) else None
    if scale is None:
        return None
    j = i + 4
    while j < end and doc[j].lower_ in SCALES and _vague_scale(doc[j].lower_):
        scale *= SCALES[doc[j].lower_]  # "a couple of hundred thousand": 200,000
        j += 1
    return Quantity(i, j, i + 3, 2 * scale, None, Qualifier.APPROXIMATE, None)


def span_text(doc: Doc, q: Quantity) -> tuple[int, int, str]:
    """Character offsets and text of a quantity's span."""
    span = doc[q.start : q.end]
    return span.start_char, span.end_char, span.text
