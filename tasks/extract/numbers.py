"""Reading one number off the tokens: digits ("11,000", "12 000", "+0.2", "1.38pc", "HK$5bn",
"50p"), words ("one hundred and fifty", "twenty-five", "half a million", "a quarter of a million",
"a dozen") and the scale words after them ("20 million", "$640m."). Tokens only: works on
``spacy.blank("en")`` docs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from tasks.extract.currencies import SUBUNITS, split_glued, symbol_code
from tasks.extract.memo import STRING_ANSWERS
from tasks.extract.quantity_words import (
    FRACTIONS,
    SCALES,
    SCALES_WITH_STOP,
    SPELLED_SCALES,
    WORD_NUMBERS,
)

_DIGITS = re.compile(
    r"^(?P<sign>[+\-−])?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?P<suffix>bn|mn|mln|m|k|b|tn|trn|pc|p|c)?$",
    re.IGNORECASE,
)
_SCALE_SUFFIXES = {"bn", "mn", "mln", "m", "k", "tn", "trn"}
_HUNDREDS = {"hundred": 100.0}


@dataclass(frozen=True)
class TokenNumber:
    """What one token says: a value, and the unit glued to it ("1.38pc", "50p", "HK$5bn")."""

    value: float
    currency: str | None = None  # "HK$5bn" -> HKD; "50p" -> GBP (value already in pounds)
    percent: bool = False
    scale: str | None = None  # a scale glued on: "5bn" -> "bn"


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from ``doc[start:end]``, scale words included."""

    value: float
    end: int  # index after the last token read
    currency: str | None = None
    percent: bool = False
    scale: str | None = None  # the last scale word read ("million", "m"), if any


@lru_cache(maxsize=STRING_ANSWERS)
def token_number(text: str, *, money: bool = False) -> TokenNumber | None:
    """The value of one token: "11,000" -> 11000, "2.5bn" -> 2.5e9, "three" -> 3, "-1.3" -> -1.3,
    "1.38pc" -> 1.38 percent, "50p" -> 0.5 GBP, "HK$5bn" -> 5e9 HKD; ``money``: after a currency
    symbol, where a capital "B" is billions ("$2B"; "a 2B pencil", "Flat 4B" are no numbers)."""
    currency = None
    if (glued := split_glued(text)) is not None:
        currency, text = glued
    m = _DIGITS.match(text)
    if m is None:
        low = text.lower()
        known = low in WORD_NUMBERS and not currency
        return TokenNumber(float(WORD_NUMBERS[low])) if known else None
    value = float(m["int"].replace(",", "") + (m["dec"] or ""))
    if m["sign"] in ("-", "−"):
        value = -value
    suffix = m["suffix"]
    if suffix is None:
        return TokenNumber(value, currency)
    low = suffix.lower()
    if suffix == "B":
        money = money or currency is not None
        return TokenNumber(value * SCALES["bn"], currency, scale="bn") if money else None
    if low in _SCALE_SUFFIXES:
        return TokenNumber(value * SCALES[low], currency, scale=low)
    if low == "pc" and currency is None:
        return TokenNumber(value, percent=True)
    if suffix in ("p", "c") and currency is None:  # "50p", "20c"; not "5C" (a temperature)
        return TokenNumber(value / 100, SUBUNITS["p" if suffix == "p" else "cents"])
    return None


def is_number(text: str, *, money: bool = False) -> bool:
    return token_number(text, money=money) is not None


def parse_number(doc: Doc, i: int, end: int) -> ParsedNumber | None:
    """One number from token i with its scale words, or None."""
    if (share := fraction_of_scale(doc, i, end)) is not None:
        return share
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < end else ""
    if low in ("a", "an") and (nxt == "dozen" or nxt in SCALES):
        return _words(doc, i + 1, end, 1.0)  # "a dozen", "a million", "a hundred and fifty"
    if low == "half" and nxt in ("a", "an") and i + 2 < end and doc[i + 2].lower_ in SCALES:
        return _scaled(doc, i + 2, end, 0.5)  # "half a million"
    first = token_number(doc[i].text, money=i > 0 and symbol_code(doc[i - 1].text) is not None)
    if first is None:
        return None
    if first.percent or first.scale:
        return ParsedNumber(first.value, i + 1, first.currency, first.percent, first.scale)
    if first.currency:
        return _scaled(doc, i + 1, end, first.value, first.currency)  # "HK$5 billion"
    if low in WORD_NUMBERS:
        return _words(doc, i, end)
    value, j = first.value, i + 1
    # "12 000", "1 500 000": a space as the thousands separator
    while (
        j < end
        and doc[j - 1].whitespace_
        and re.fullmatch(r"\d{3}", doc[j].text)
        and re.fullmatch(r"\d{1,3}", doc[i].text)
    ):
        value, j = value * 1000 + float(doc[j].text), j + 1
    return _scaled(doc, j, end, value)


def bare_scale(doc: Doc, i: int, end: int) -> ParsedNumber | None:
    """ "more than thousand people", "over hundred homes": a spelled scale word with no "a"
    before it stands for one of it (the caller checks that a qualifier stands before it)."""
    if doc[i].lower_ not in SPELLED_SCALES:
        return None
    return _words(doc, i, end, 1.0)


def fraction_of_scale(doc: Doc, i: int, end: int) -> ParsedNumber | None:
    """ "a quarter of a million" (250,000), "three-quarters of a billion", "half of a million":
    a fraction of a scale word multiplies the scale; it is a number, not a share."""
    low = doc[i].lower_
    if low in FRACTIONS:
        numerator, k = 1.0, i  # "half of a million"
    elif low in ("a", "an", "one") or low in WORD_NUMBERS:
        numerator = 1.0 if low in ("a", "an", "one") else float(WORD_NUMBERS[low])
        k = i + 2 if i + 2 < end and doc[i + 1].text in ("-", "–") else i + 1
    else:
        return None
    if k + 3 >= end or doc[k].lower_ not in FRACTIONS or doc[k + 1].lower_ != "of":
        return None
    if doc[k + 2].lower_ not in ("a", "an", "one"):
        return None
    scale = doc[k + 3].lower_
    if scale not in SCALES or len(scale) <= 2:
        return None
    value = numerator / FRACTIONS[doc[k].lower_] * SCALES[scale]
    return ParsedNumber(value, k + 4, scale=scale)


def _scaled(doc: Doc, j: int, end: int, value: float, currency: str | None = None) -> ParsedNumber:
    """Multiply by the scale words from token j: "20 million", "1.5" + "m", "$640m." ."""
    scale = None
    while j < end:
        low = doc[j].lower_
        glued = not doc[j - 1].whitespace_
        if (scale_at := _and_a_half(doc, j, end)) is not None:
            value, j = value + 0.5, scale_at  # "one and a half million", "one-and-a-half million"
            continue
        if low in SCALES and (len(low) > 2 or glued):
            if low == "m" and j + 1 < end and doc[j + 1].text == "-":
                break  # "a 100m-long" is metres
            value, scale = value * SCALES[low], low
        elif low in SCALES_WITH_STOP and glued:
            value, scale = value * SCALES_WITH_STOP[low], low.rstrip(".")
        elif low == "dozen":
            value *= 12
        else:
            break
        j += 1
    return ParsedNumber(value, j, currency, scale=scale)


_HALF_WORDS = ("and", "a", "half")
_JOINERS = ("-", "–")


def _and_a_half(doc: Doc, j: int, end: int) -> int | None:
    """The index of the scale word after "and a half" from token j ("one and a half million"),
    its words spaced or joined by hyphens ("one-and-a-half million", which the tokenizer splits
    at every hyphen); None when there is no such phrase."""
    k = j
    for word in _HALF_WORDS:
        if k < end and doc[k].text in _JOINERS:
            k += 1  # "one-and-a-half": a hyphen before each word
        if k >= end or doc[k].lower_ != word:
            return None
        k += 1
    return k if k < end and doc[k].lower_ in SCALES else None


def _words(doc: Doc, i: int, end: int, current: float = 0.0) -> ParsedNumber:
    """Number words: "one hundred and fifty" (150), "twenty-five", "two thousand five hundred";
    ``current`` 1 after "a" ("a hundred")."""
    total, j = 0.0, i
    last_scale = None
    while j < end:
        low = doc[j].lower_
        if low in WORD_NUMBERS and low != "dozen":
            if current % 100 and current % 10 == 0 and WORD_NUMBERS[low] < 10:
                current += WORD_NUMBERS[low]  # "forty two"
            elif current % 100 or (current and WORD_NUMBERS[low] >= 10 and not last_scale):
                break  # "five six": two numbers
            else:
                current += WORD_NUMBERS[low]
            last_scale = None
        elif low in _HUNDREDS and current:
            current, last_scale = current * 100, low
        elif low in SCALES and len(low) > 2 and (current or total):
            total, current, last_scale = total + max(current, 1) * SCALES[low], 0.0, low
        elif low == "dozen":
            current = max(current, 1) * 12
        elif low in ("and", "-") and j + 1 < end and doc[j + 1].lower_ in WORD_NUMBERS:
            if low == "and" and not last_scale:
                break  # "two and three"
        elif (scale_at := _and_a_half(doc, j, end)) is not None:
            current += 0.5
            j = scale_at - 1  # on to the scale word
        else:
            break
        j += 1
    return ParsedNumber(total + current, j, scale=last_scale)
