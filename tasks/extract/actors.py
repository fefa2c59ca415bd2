"""About whom and where a figure is: its actor (with the basis it rests on) and its location.

The actor is the country or organisation the figure is about: whose troops, losses, money or
people ("North Korean soldiers" -> North Korea, "Kyiv's forces" -> Ukraine), found in the counted
phrase, a governing noun's phrase or a governing verb's subject (basis ``subject``); else the
country of the place the sentence puts it in (``place``); else the article's main country
(``article``). Weapons, taxes, economic acronyms and unknown all-capital names that are not a
verb's subject are never actors; plural nationality nouns ("Ukrainians") name their country.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tasks.extract.gazetteer import article_country, country_of, resolve
from tasks.extract.grammar import entity_at, fold, pobj, subject
from tasks.extract.names import DEMONYMS, ORG_ALIASES, actor_of, canonical_org
from tasks.extract.place_words import DIRECTIONS, LOC_PREPS, NOT_ACTORS, REGION_NOUNS
from tasks.extract.quantities import Quantity
from tasks.extract.quantity_words import MEASURES
from tasks.schema import ActorBasis, ClaimType

_OWNED_TYPES = (ClaimType.MONEY, ClaimType.PERCENTAGE)
_KNOWN_ORGS = {*ORG_ALIASES, *DEMONYMS}


@dataclass(frozen=True)
class Actor:
    """Who a figure is about, and what that rests on."""

    name: str
    basis: ActorBasis


@dataclass(frozen=True)
class Location:
    """Where the sentence puts a figure: the text as written, its country and its point."""

    text: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


def find_location(doc: Doc, chain: list[Token]) -> Location:
    """A place the clause puts the quantity in: "stationed in eastern Russia", "Kursk region"."""
    for tok in chain:
        for prep in tok.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in LOC_PREPS:
                continue
            obj = pobj(prep)
            if obj is not None and (text := _place_text(obj)):
                place = resolve(text)
                if place is None:
                    return Location(text)
                return Location(text, place.country, place.lat, place.lon)
    return Location()


def _place_text(obj: Token) -> str | None:
    doc = obj.doc
    if obj.ent_type_ in ("GPE", "LOC", "FAC") and (ent := entity_at(obj)) is not None:
        start, end = ent.start, ent.end
        if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
            start -= 1
        if end < len(doc) and doc[end].lower_ in REGION_NOUNS:
            end += 1
        return doc[start:end].text
    if obj.lower_ in REGION_NOUNS:
        named = [c for c in obj.lefts if c.dep_ == "compound" and c.ent_type_]
        if named:
            return doc[named[0].i : obj.i + 1].text
    return None


def find_actor(
    doc: Doc,
    q: Quantity,
    noun: Token | None,
    claim_type: str,
    chain: list[Token],
    location: Location,
) -> Actor | None:
    """The actor from the sentence, else the location's country, else the article's."""
    if (name := _subject_actor(doc, q, noun, claim_type, chain)) is not None:
        return Actor(name, ActorBasis.SUBJECT)
    if location.country is not None:
        return Actor(location.country, ActorBasis.PLACE)
    if (country := article_country(doc)) is not None:
        return Actor(country, ActorBasis.ARTICLE)
    return None


def _subject_actor(
    doc: Doc, q: Quantity, noun: Token | None, claim_type: str, chain: list[Token]
) -> str | None:
    """A demonym or name in the counted phrase, else in the phrase of a governing noun or the
    subject of a governing verb. Money and percentages belong to whoever gives or holds them
    ("NATO ... has provided 99% of all assistance")."""
    if q.unit in MEASURES:
        return None  # a distance or a duration is about nobody in particular
    core = doc[q.core]
    owned = noun is not None and core.dep_ == "pobj" and core.head.head.i == noun.i
    if claim_type in _OWNED_TYPES:
        if noun is not None and owned and (actor := _actor_in(_head_phrase(noun), q)):
            return actor  # "a UK GDP decline of 1.5%"
        subj = next((subject(t) for t in chain if t.pos_ in ("VERB", "AUX")), None)
        if subj is not None and (actor := _actor_in(_head_phrase(subj), q, subject=True)):
            return actor  # the giver or holder; else "two-thirds of Russia's forces"
    if noun is not None and (actor := _actor_in(_head_phrase(noun), q)):
        return actor
    for tok in chain[1:]:
        if tok.pos_ in ("NOUN", "PROPN") and (actor := _actor_in(_head_phrase(tok), q)):
            return actor
        if tok.pos_ in ("VERB", "AUX"):
            subj = subject(tok)
            if subj is not None and (actor := _actor_in(_head_phrase(subj), q, subject=True)):
                return actor
    return None


def _head_phrase(head: Token) -> Span:
    """The head noun with its left modifiers and a direct "of" object: no clauses, no verbs."""
    doc = head.doc
    left = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ != "punct"])
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and (obj := pobj(child)) is not None:
            right = max(right, obj.i)
    return doc[left : right + 1]


def _entities(phrase: Span) -> Iterator[tuple[Span, str]]:
    """Named entities inside ``phrase`` from the tokens' IOB tags (``Span.ents`` rebuilds every
    entity of the document on each call)."""
    doc = phrase.doc
    k = phrase.start
    while k < phrase.end:
        tok = doc[k]
        if tok.ent_type_ and (tok.ent_iob_ == "B" or k == phrase.start):
            end = ent.end if (ent := entity_at(tok)) is not None else k + 1
            yield doc[k : min(end, phrase.end)], tok.ent_type_
            k = end
        else:
            k += 1


def _actor_in(phrase: Span, q: Quantity, *, subject: bool = False) -> str | None:
    for ent, label in _entities(phrase):
        if q.start <= ent.start < q.end or label not in ("NORP", "GPE", "ORG"):
            continue
        if label in ("NORP", "GPE"):
            if actor := actor_of(ent.text) or country_of(ent.text):
                return actor
            continue
        if (actor := _organisation(ent, subject)) is not None:
            return actor
    return actor_of(" ".join(t.text for t in phrase if t.pos_ != "PRON"))  # "us" is no country


def _organisation(ent: Span, subject: bool) -> str | None:
    """An organisation's canonical name, or None for a weapon, a tax, an economic acronym, or
    an unknown all-capital name that is not a verb's subject."""
    text = ent.text.strip()
    key = fold(text).removeprefix("the ").removesuffix("'s")
    words = key.split()
    if key in NOT_ACTORS or (words and words[-1] in NOT_ACTORS):
        return None  # "HIMARS", "VAT", "the windfall tax"
    if actor := actor_of(text):
        return actor
    acronym = text.replace(".", "").isupper()
    if acronym and key not in _KNOWN_ORGS and not subject:
        return None
    return canonical_org(text)
