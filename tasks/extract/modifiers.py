"""The words around a number: the qualifier before it ("more than", "about"), the unit after it
("per cent", "Swiss francs", "square km", "-year-old"), a unit range ("70% to 80%") and trailing
qualifiers ("10 or so", "20-odd")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract.currencies import MIN_AMOUNT, name_at
from tasks.extract.memo import sentence_of
from tasks.extract.money_words import MONEY_NOUNS
from tasks.extract.numbers import parse_number
from tasks.extract.quantity_words import (
    AREA_UNITS,
    AREA_WORDS,
    BOUND_NEGATORS,
    CHANGE_WORDS,
    COMPARATIVE_BOUNDS,
    DEGREE_OPENERS,
    MAX_QUALIFIER,
    MEASURE_UNITS,
    NEGATED_BOUNDS,
    PASSING_VERBS,
    PERCENT_WORDS,
    PERCENTAGE_POINTS,
    PHRASAL_OVER,
    POSTPOSED_BOUNDS,
    QUALIFIERS,
    SCALES,
    TRAILING_QUALIFIERS,
    UNIT_ADJECTIVES,
    WEIGHT_UNITS,
)
from tasks.schema import Qualifier

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

PERCENT = "percent"
DASHES = ("-", "–", "—")
_LONGEST_TRAILING = max(len(words) for words in TRAILING_QUALIFIERS)


def qualifier_before(doc: Doc, i: int, floor: int) -> tuple[Qualifier, int]:
    """The qualifier words ending just before token i, and where they start; a bound negated
    bounds the other way ("not less than 68": at least); "not just over 50" is "not only"."""
    qualifier, start = _bound_before(doc, i, floor)
    denied = start - 1 >= floor and doc[start - 1].lower_ in BOUND_NEGATORS
    if denied and doc[start].lower_ not in DEGREE_OPENERS:
        negated = NEGATED_BOUNDS.get(qualifier)
        if negated is not None:
            return negated, start - 1
    return qualifier, start


def _bound_before(doc: Doc, i: int, floor: int) -> tuple[Qualifier, int]:
    """The qualifier words ending just before token i, as written (no negation read)."""
    low = max(floor, i - MAX_QUALIFIER)  # the words any size can take, read once
    window = [t.lower_ for t in doc[low:i]]
    for size in range(MAX_QUALIFIER, 0, -1):
        if i - size < floor:
            continue
        words = tuple(window[i - size - low :])
        if words == ("over",) and i - 2 >= 0 and doc[i - 2].lower_ in PHRASAL_OVER:
            continue
        if words in QUALIFIERS:
            return QUALIFIERS[words], i - size
    if i - 1 > floor and doc[i - 1].lower_ in ("a", "an"):  # "more than a half", "up to a 100"
        qualifier, start = qualifier_before(doc, i - 1, max(0, floor - 1))
        if start < i - 1:
            return qualifier, start
    if i - 2 >= floor and (compared := _compared_on_a_copula(doc, i)) is not None:
        return compared, i - 2
    if i - 1 >= floor and (passed := _passes_threshold(doc, i)) is not None:
        return passed, i  # the verb stays out of the span: the parse hangs on it
    return Qualifier.EXACT, i


def _compared_on_a_copula(doc: Doc, i: int) -> Qualifier | None:
    """ "the toll was higher than 40", "the number is greater than 300": a comparative that a
    copula gives its subject bounds the number after "than"; after a comma or a noun the number
    is a baseline compared with ("rose to 12%, higher than 10% a year ago")."""
    comparative, than = doc[i - 2], doc[i - 1]
    bound = COMPARATIVE_BOUNDS.get(comparative.lower_)
    if bound is None or than.lower_ != "than" or not doc.has_annotation("DEP"):
        return None
    copula = comparative.head
    return bound if comparative.dep_ == "acomp" and copula.lemma_.lower() == "be" else None


def _passes_threshold(doc: Doc, i: int) -> Qualifier | None:
    """ "the toll tops 15,200", "had surpassed 40,000", "exceed $1bn": the number right after a
    verb of exceeding is its object, a threshold passed ("topped 3 charts" counts charts): more
    than it, or at most it when the verb is negated ("did not exceed 40")."""
    verb = doc[i - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSING_VERBS:
        return None
    objects = [t for t in doc[i : i + 4] if t.head.i == verb.i and t.dep_ == "dobj"]
    number = any(t.pos_ in ("NUM", "SYM") or t.lower_ in PERCENT_WORDS for t in objects)
    if not number or _tally_after(doc, i):
        return None
    negated = any(c.dep_ == "neg" or c.lower_ in BOUND_NEGATORS for c in verb.children)
    return Qualifier.AT_MOST if negated else Qualifier.MORE_THAN


def _tally_after(doc: Doc, i: int) -> bool:
    """ "the bill passed 300 to 200", "passed 61-38": the number starts a vote's tally, the
    votes on each side, not a threshold the verb passes."""
    j = next((k for k in range(i, min(i + 3, len(doc))) if doc[k].like_num), None)
    if j is None or j + 2 >= len(doc):
        return False
    return doc[j + 1].lower_ in ("to", *DASHES) and doc[j + 2].like_num


def trailing_qualifier(doc: Doc, j: int, end: int) -> tuple[Qualifier | None, int]:
    """ "10 or so", "20-odd", "50 or more": words after the number that set the qualifier."""
    window = tuple(t.lower_ for t in doc[j : j + _LONGEST_TRAILING])  # read once
    for words, qualifier in TRAILING_QUALIFIERS.items():
        k = j + len(words)
        if k <= end and window[: len(words)] == words:
            return qualifier, k
    return None, j


def unit_after(doc: Doc, j: int, end: int, value: float) -> tuple[str | None, int]:
    """A currency, percent or measure unit right after the number ("euros", "per cent", "km")."""
    if j >= end:
        return None, j
    low = doc[j].lower_
    if low in PERCENT_WORDS:
        return PERCENT, j + 1
    if low == "per" and j + 1 < end and doc[j + 1].lower_ == "cent":
        return PERCENT, j + 2
    if j + 1 < end and (low, doc[j + 1].lower_) in PERCENTAGE_POINTS:
        return PERCENT, j + 2 if doc[j + 1].text != "-" else j + 3
    if low in AREA_WORDS and j + 1 < end and doc[j + 1].lower_ in AREA_UNITS:
        return AREA_UNITS[doc[j + 1].lower_], j + 2  # "26,000 square km"
    if low in ("pound", "pounds") and _converts_weight(doc, j):
        return MEASURE_UNITS[low], j + 1  # "20 kilos (45 pounds) of explosives"
    if (named := name_at([t.lower_ for t in doc[j : j + 3]])) is not None:
        words = tuple(t.lower_ for t in doc[j : j + named[1]])
        if abs(value) >= MIN_AMOUNT.get(words[-1], 0.0):
            return named[0], j + named[1]
    # "30-year-old", "a 40-mile convoy": the unit sits behind a hyphen; "5m metric tonnes"
    k = j + 1 if low in ("-", *UNIT_ADJECTIVES) and j + 1 < end else j
    sterling = name_at(["pound"]) if low == "-" and _sterling_sum(doc, k) else None
    if sterling is not None:
        return sterling[0], k + 1  # "a 50-pound fine": money, not a weight
    unit = MEASURE_UNITS.get(doc[k].lower_)
    return (unit, k + 1) if unit else (None, j)


def _sterling_sum(doc: Doc, k: int) -> bool:
    """A "pound" hyphened onto a sum's noun is money, not a weight: "a 50-pound fine", "a
    100-pound fee" (but "a 2,000-pound bomb" weighs)."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    return doc[k].lower_ == "pound" and after is not None and after.lemma_.lower() in MONEY_NOUNS


def _converts_weight(doc: Doc, j: int) -> bool:
    """The number before ``j`` opens a bracket right after a weight ("seven kilograms (15
    pounds)", "about 20 kilos (45 pounds)"): the bracket gives the weight again in pounds, not a
    sum of money."""
    k = j - 1
    while k > 0 and (doc[k].like_num or doc[k].lower_ in SCALES):
        k -= 1
    if k < 1 or k == j - 1 or doc[k].text != "(":
        return False
    return MEASURE_UNITS.get(doc[k - 1].lower_) in WEIGHT_UNITS


def unit_range(
    doc: Doc, first: int, j: int, end: int, unit: str, value_high: float | None, q: Qualifier
) -> tuple[float | None, int, Qualifier]:
    """ "70% to 80%": a range whose ends both carry the unit."""
    change = first >= 1 and doc[first - 1].lower_ in CHANGE_WORDS
    between = first >= 1 and doc[first - 1].lower_ == "between"  # "between 55% and 75%"
    if (
        j + 1 < end
        and doc[j].lower_ in ("to", *DASHES, *(("and",) if between else ()))
        and not change
    ):
        high = parse_number(doc, j + 1, end)
        if high is not None:
            high_unit, k = unit_after(doc, high.end, end, high.value)
            if high_unit == unit or (high.percent and unit == PERCENT):
                return high.value, k if high_unit else high.end, Qualifier.RANGE
    return value_high, j, q


def opens_aside(doc: Doc, j: int, end: int) -> bool:
    """Whether the long dash at ``j`` opens an aside that a second one closes in its sentence."""
    stop = sentence_of(doc[j]).end if doc.has_annotation("SENT_START") else end
    return doc[j].text != "-" and doc[j].text in doc[j + 2 : min(stop, end)].text


# Qualifiers that bound a size and so carry over to a coordinated count ("about 5,000 troops and
# 2,000 vehicles"); a range or a vague word belongs to its own number only.
_SPREADING = {Qualifier.APPROXIMATE, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.MORE_THAN,
              Qualifier.LESS_THAN}  # fmt: skip


def settled_qualifier(doc: Doc, q: Quantity, before: Quantity | None) -> Qualifier:
    """The qualifier of a count, settled by its setting when it reads exact: "a dozen" said alone
    is a round count, approximate ("two dozen" and "more than a dozen" keep their own); a bare
    count right after "and", "or" or a list comma that is a conjunct of the qualified count
    ``before`` it shares that one's qualifier, "at least 16 times in Iraq and 11 in Syria",
    "about 5,000 personnel and 2,000 vehicles". Only a noun phrase coordination counts: in "at
    least 20 were killed and 45 wounded" the second count is a clause's subject, with its own;
    and a single one ("and one child", "at least one soldier and two guards") stays apart."""
    start = q.start
    if q.qualifier != Qualifier.EXACT:
        return q.qualifier
    if _round_dozen(doc, q):
        return Qualifier.APPROXIMATE
    if (bound := _bound_after(doc, q)) is not None:
        return bound  # "4 persons at least were killed"
    if before is None or before.qualifier not in _SPREADING or _round_dozen(doc, before):
        return q.qualifier  # a qualifier word spreads, "a dozen" is its own
    if 1 in (q.value, before.value):
        return q.qualifier  # "at least eight fighters and one child", "at least one and two"
    if doc[start - 1].lower_ not in ("and", "or", ",") or not doc.has_annotation("DEP"):
        return q.qualifier
    head, anchor = _anchor(doc[before.core]), _anchor(doc[q.core])
    if any(t.dep_ == "conj" for t in doc[head.i + 1 : start]):
        return q.qualifier  # "more than 200 drones, shells and four tanks": not the next conjunct
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i and anchor.i > head.i:
        anchor = anchor.head
        if anchor.i == head.i:
            return before.qualifier
    return q.qualifier


def _anchor(tok: Token) -> Token:
    """The nominal a count stands for: its noun ("5,000 personnel"), or itself when bare."""
    return tok.head if tok.dep_ == "nummod" else tok


# What may follow a bound that bounds something after it instead: a number ("5 fighters, at least
# 2 of them"), a degree ("at least partly", "at least as large") or a frequency ("at least once").
_BOUNDED_AFTER = {"a", "an", "one", "once", "twice", "some", "half", "as"}


def _bound_after(doc: Doc, q: Quantity) -> Qualifier | None:
    """ "at least" or "at most" put right after an exact count, or after the noun the count
    modifies ("4 persons at least were killed", "12 at least were hurt", "3 citizen women at
    most"), bounds the count as it does before it. Not when the bound reaches forward to a
    number, a degree or a frequency after it ("killed 5 fighters, at least 2 of them", "two
    men at least partly to blame", "hit 3 posts at least twice")."""
    k = q.end
    core = doc[q.core]
    if doc.has_annotation("DEP") and core.dep_ == "nummod" and q.end <= core.head.i <= q.end + 2:
        k = core.head.i + 1  # past the counted noun and its compound
    bound = POSTPOSED_BOUNDS.get(tuple(t.lower_ for t in doc[k : k + 2]))
    if bound is None or k + 2 >= len(doc):
        return bound
    nxt = doc[k + 2]
    reaching = nxt.like_num or nxt.pos_ in ("NUM", "ADV", "ADJ") or nxt.lower_ in _BOUNDED_AFTER
    return None if reaching else bound


def _round_dozen(doc: Doc, q: Quantity) -> bool:
    return (
        q.end - q.start == 2
        and doc[q.start].lower_ in ("a", "an")
        and doc[q.core].lower_ == "dozen"
    )
