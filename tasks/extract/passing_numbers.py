"""Numbers told in passing whatever their sentence would make of them, for ``quantity_filters``:
the size of a family ("a father of four"), a ratio of times ("nine times out of ten"), the bound
of an age ("over 60% of whom are under 35", "children under five"), quarters that are periods
of a year ("three quarters of contraction", not a fraction) and fractions of a second. The gold
conventions call each incidental (family sizes, ratios, ages, durations); the rules, left alone,
would type them as counts of people or as percentages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract.claim_words import PEOPLE_NOUNS, PERSON_NOUNS, RATE_NOUNS
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.quantity_words import (
    AGE_BOUNDS,
    PARENT_NOUNS,
    PERIOD_BEFORE,
    SUBSECOND_WORDS,
    WORD_NUMBERS,
)

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

_HYPHENS = {"-", "–"}
_PERSON_PRONOUNS = {"who", "whom", "those", "them", "they", "he", "she", "we", "you", "i"}
_OLDEST = 120  # an age bound is a whole number of years below it


def _word_before(doc: Doc, i: int) -> int:
    """The index of the last token before ``i`` that is no hyphen ("father-of-two"), or -1."""
    i -= 1
    while i >= 0 and doc[i].text in _HYPHENS:
        i -= 1
    return i


def family_size(doc: Doc, q: Quantity) -> bool:
    """ "a father of four", "the mother-of-three", "a grandmother of seven": how many children
    someone has, said to describe them."""
    of = _word_before(doc, q.start)
    if of < 0 or doc[of].lower_ != "of":
        return False
    parent = _word_before(doc, of)
    if parent < 0 or doc[parent].lower_ not in PARENT_NOUNS or q.unit is not None:
        return False
    return not _noun_at(doc, q.end)  # "the mother of two children killed in the strike" counts


def ratio_of_times(doc: Doc, q: Quantity) -> bool:
    """ "nine times out of ten", "four times in five": how often, as a ratio of times (either
    of its two numbers), not a count of anything."""
    before = [t.lower_ for t in doc[max(0, q.start - 3) : q.start]]
    if before[-3:] == ["times", "out", "of"] and _count_at(doc, q.start - 4):
        return not _noun_at(doc, q.end)  # the "ten" of "nine times out of ten"
    if before[-2:] == ["times", "in"] and _count_at(doc, q.start - 3):
        return not _noun_at(doc, q.end)  # the "five" of "four times in five"
    after = [t.lower_ for t in doc[q.end : q.end + 3]]
    if after == ["times", "out", "of"] and _count_at(doc, q.end + 3):
        return not _noun_at(doc, q.end + 4)  # the "nine" of "nine times out of ten"
    # not "struck 40 times in two days": a count of strikes over a time
    in_ratio = after[:2] == ["times", "in"] and _count_at(doc, q.end + 2)
    return in_ratio and not _noun_at(doc, q.end + 3)


def _count_at(doc: Doc, i: int) -> bool:
    """Token i is a small number: the other count of a ratio."""
    return 0 <= i < len(doc) and (doc[i].text.isdigit() or doc[i].lower_ in WORD_NUMBERS)


def _noun_at(doc: Doc, i: int) -> bool:
    """Token i is a noun: what the number before it counts ("two days", "four children")."""
    return 0 <= i < len(doc) and doc[i].pos_ == "NOUN"


def age_bound(doc: Doc, q: Quantity) -> bool:
    """ "over 60% of whom are under 35", "people over 65", "those under 18 were turned away":
    a whole number of years bounding the age of people, after "under" or "over" with no noun
    of its own."""
    core = doc[q.core]
    prep = core.head
    whole = q.value is not None and 0 < q.value < _OLDEST and q.value == int(q.value)
    if not whole or q.unit is not None or core.dep_ != "pobj" or prep.lower_ not in AGE_BOUNDS:
        return False
    if q.end < len(doc) and doc[q.end].pos_ in ("NOUN", "PROPN"):
        return False  # "under 35 people", "over 60 tanks": it counts the noun after it
    owner = prep.head
    if _people(owner) or (prep.i > 0 and _people(doc[prep.i - 1])):
        return True  # "children under five", "offered to adults over 65" (on the verb)
    return owner.lemma_ == "be" and any(_people(c) for c in owner.children if c.dep_ == "nsubj")


def _people(tok: Token) -> bool:
    """A word for people, or a share of them ("60% of whom", "most of them")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _PERSON_PRONOUNS or {low, lemma} & (PEOPLE_NOUNS | PERSON_NOUNS):
        return True
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and whole.lower_ in _PERSON_PRONOUNS and tok.dep_ in SUBJECT_DEPS


def fraction_of_a_second(doc: Doc, q: Quantity) -> bool:
    """ "the delay is 15 milliseconds", "40 microseconds": a duration, told in passing."""
    return q.unit is None and q.end < len(doc) and doc[q.end].lower_ in SUBSECOND_WORDS


def quarters_of_a_year(doc: Doc, q: Quantity) -> bool:
    """ "three quarters of contraction", "the past three quarters", "two quarters in a row":
    quarters of a year (a duration), not three-quarters of a whole."""
    last = doc[q.end - 1]
    if last.lower_ not in ("quarters", "quarter") or q.start == q.end - 1:
        return False
    prev = doc[q.start - 1].lower_ if q.start > 0 else ""
    after = [t.lower_ for t in doc[q.end : q.end + 3]]
    if prev in PERIOD_BEFORE or after == ["in", "a", "row"]:
        return True
    return after[:1] == ["of"] and len(after) > 1 and after[1] in RATE_NOUNS


_LIST_OPENERS = {",", "-", "–", "—", ":", "("}
_LIST_LINKS = {",", "and", "&"}


def members_named(doc: Doc, q: Quantity, noun: Token) -> bool:
    """ "two soldiers, Alexander Bobikin and Alexander Ivanov, were sentenced", "three
    journalists - A, B and C - were expelled": a small count of people whose names follow
    one by one, as many names as the count. The names are what the sentence tells; the count
    is told in passing (the gold's "two Britons, Aiden Aslin and Shaun Pinner")."""
    i = noun.i + 1
    if q.value is None or i >= len(doc) or doc[i].text not in _LIST_OPENERS:
        return False
    names, in_name, i = 0, False, i + 1
    while i < len(doc) and (doc[i].pos_ == "PROPN" or doc[i].lower_ in _LIST_LINKS):
        starts = doc[i].pos_ == "PROPN" and not in_name
        names += starts
        in_name = doc[i].pos_ == "PROPN"
        i += 1
    return names == q.value
