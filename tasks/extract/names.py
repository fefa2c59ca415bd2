"""Canonical names: one spelling per person within an article, and countries for actors.

"Zelensky", "Zelenskyy" and "Zelenskiy" fold to one key; a surname alone takes the full name of
its first full mention in the article; titles ("NATO Secretary General") are stripped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from tasks.extract.cue_words import NAME_PARTICLES
from tasks.extract.grammar import fold
from tasks.extract.memo import STRING_ANSWERS

# Demonyms and metonyms -> canonical country (or organisation) for actors.
DEMONYMS = {
    "north korean": "North Korea", "north koreans": "North Korea", "pyongyang": "North Korea",
    "dprk": "North Korea", "south korean": "South Korea", "south koreans": "South Korea",
    "seoul": "South Korea", "russian": "Russia", "russians": "Russia", "moscow": "Russia",
    "kremlin": "Russia", "the kremlin": "Russia", "russian federation": "Russia",
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "american": "United States", "americans": "United States", "us": "United States",
    "u.s.": "United States", "usa": "United States", "america": "United States",
    "united states": "United States", "washington": "United States",
    "british": "United Kingdom", "britain": "United Kingdom", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "london": "United Kingdom", "belarusian": "Belarus", "belarusians": "Belarus",
    "minsk": "Belarus", "chinese": "China", "beijing": "China", "iranian": "Iran",
    "iranians": "Iran", "tehran": "Iran", "german": "Germany", "germans": "Germany",
    "berlin": "Germany", "french": "France", "paris": "France", "polish": "Poland",
    "poles": "Poland", "warsaw": "Poland", "finnish": "Finland", "finns": "Finland",
    "swedish": "Sweden", "swedes": "Sweden", "georgian": "Georgia", "moldovan": "Moldova",
    "syrian": "Syria", "syrians": "Syria", "turkish": "Turkey", "ankara": "Turkey",
    "israeli": "Israel", "japanese": "Japan", "tokyo": "Japan", "indian": "India",
    "chechen": "Chechnya", "chechens": "Chechnya", "european": "European Union",
    "eu": "European Union", "brussels": "European Union", "nato": "NATO", "nato's": "NATO",
    "un": "United Nations", "u.n.": "United Nations", "wagner": "Wagner Group",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "romanian": "Romania", "hungarian": "Hungary", "slovak": "Slovakia", "czech": "Czech Republic",
    "dutch": "Netherlands", "italian": "Italy", "spanish": "Spain", "canadian": "Canada",
    "australian": "Australia", "norwegian": "Norway", "danish": "Denmark",
}  # fmt: skip
ORG_ALIASES = {
    "nato": "NATO", "the united nations": "United Nations", "un": "United Nations",
    "u.n.": "United Nations", "the un": "United Nations", "eu": "European Union",
    "the eu": "European Union", "the kremlin": "Kremlin", "the pentagon": "Pentagon",
}  # fmt: skip
GPE_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "the united states": "United States", "america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "the uk": "United Kingdom",
    "kiev": "Kyiv",
}  # fmt: skip
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "secretary-general", "general",
    "gen", "gen.", "lt", "col", "colonel", "major", "maj", "captain", "capt", "commander",
    "chief", "head", "deputy", "foreign", "defence", "defense", "interior", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "king", "queen", "pope",
    "chancellor", "mayor", "governor", "senator", "sen.", "rep.", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "adviser", "advisor", "leader", "dictator", "former", "the",
    "nato", "nato's", "un", "us", "u.s.", "uk", "u.k.", "ukrainian", "russian", "american",
    "british", "north", "korean", "state", "chairman", "admiral", "marshal", "sergeant",
    "private", "lieutenant", "director", "officer", "journalist", "analyst", "correspondent",
    "mep", "msp", "ceo", "prof", "prof.", "professor",
}  # fmt: skip
# Gender from the name alone, for "he"/"she": first names from a generated list (see
# lexicon/first_names.tsv for its provenance); a Slavic feminine surname when the first name
# does not tell. Anything else is unknown: no gender is guessed from an unknown first name.
_FEMININE_SURNAME = re.compile(r"(ova|eva|yova|skaya|tskaya|ovna|evna)$")
_FIRST_NAMES_FILE = "first_names.tsv"
HONOURS = {"cbe", "obe", "mbe", "kbe", "phd", "qc", "kc", "mp"}
# A generational suffix is part of the name: "Donald Trump Jr" is not "Donald Trump".
GENERATIONS = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@lru_cache(maxsize=STRING_ANSWERS)
def strip_person(text: str) -> str:
    """A person's name without titles, honours and possessive: "NATO Secretary General Mark
    Rutte's" -> "Mark Rutte"."""
    text = re.sub(r"['’]s?$", "", text.replace("\u200b", "").strip())
    words = text.replace("\n", " ").split()
    while len(words) > 1 and fold(words[0]).rstrip(",") in TITLE_WORDS:
        words.pop(0)
    # a description before the name ends at its last common noun: "Tory frontbencher Andrew
    # Tyrie" -> "Andrew Tyrie" (a name's own lowercase words are particles: "von der Leyen")
    common = [k for k, w in enumerate(words[:-1]) if w[:1].islower() and not _particle(w)]
    if common:
        words = words[common[-1] + 1 :]
    while len(words) > 1 and fold(words[-1]).rstrip(",") in HONOURS:
        words.pop()
    return " ".join(words).strip(" ,")


def _particle(word: str) -> bool:
    return word.split("-")[0].lower().rstrip(",") in NAME_PARTICLES  # "al-Baghdadi"


@lru_cache(maxsize=STRING_ANSWERS)
def surname_key(name: str) -> str:
    """A spelling-tolerant key for a surname: Zelensky / Zelenskyy / Zelenskiy -> "zelensk"
    (a generational suffix is not the surname: "Donald Trump Jr" -> "trump")."""
    words = fold(name).split()
    while len(words) > 1 and words[-1].rstrip(",") in GENERATIONS:
        words.pop()
    last = words[-1] if words else ""
    last = re.sub(r"[^a-z]", "", last)
    return re.sub(r"(iy|yy|ii|y|i)$", "", last) or last


class NameIndex:
    """Canonical person names within one article: full names first seen win. A surname alone
    takes the full name it ends; a full name only folds into one with the same first name (or
    its initial), so "Alpha Re" and "Beta Re" stay two."""

    def __init__(self, person_mentions: Iterable[str] = ()) -> None:
        self._full: dict[str, list[str]] = {}
        for mention in person_mentions:
            self.add(mention)

    def add(self, mention: str) -> None:
        name = strip_person(mention)
        if len(name.split()) >= 2:
            names = self._full.setdefault(surname_key(name), [])
            if not any(_same_first_name(name, known) for known in names):
                names.append(name)

    def find(self, mention: str) -> str | None:
        """The article's full name for a mention, or None when it names nobody known."""
        name = strip_person(mention)
        names = self._full.get(surname_key(name), []) if name else []
        if len(name.split()) == 1:
            return names[0] if names else None
        return next((known for known in names if _same_first_name(name, known)), None)

    def canonical(self, mention: str) -> str:
        """The article's full name for a person mention ("Rutte" -> "Mark Rutte")."""
        name = strip_person(mention)
        return self.find(mention) or name or mention.strip()

    def gender(self, name: str) -> str | None:
        """ "f", "m", or None when the name does not tell; a first name alone ("Elise") tells
        by the one full name in the article that starts with it ("Elise Matthesen")."""
        canonical = self.canonical(name)
        words = canonical.split()
        if len(words) == 1:
            first = fold(words[0])
            full = [
                n for names in self._full.values() for n in names if fold(n).split()[0] == first
            ]
            canonical = full[0] if len(full) == 1 else canonical
        return name_gender(canonical)

    def __contains__(self, mention: str) -> bool:
        return self.find(mention) is not None


def _same_first_name(a: str, b: str) -> bool:
    """ "Mark Rutte" / "M. Rutte" / "Mark Rutte": yes; "Alpha Re" / "Beta Re": no; "Donald
    Trump Jr" / "Donald Trump": no (father and son)."""
    if _generation(a) != _generation(b):
        return False
    first_a, first_b = fold(a).split()[0].rstrip("."), fold(b).split()[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


@lru_cache(maxsize=STRING_ANSWERS)
def _generation(name: str) -> str:
    last = fold(name).split()[-1].strip(",.")
    return last if last in GENERATIONS else ""


@cache
def _first_names() -> dict[str, str]:
    names = resources.files("tasks.extract").joinpath("lexicon", _FIRST_NAMES_FILE)
    text = names.read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


@lru_cache(maxsize=STRING_ANSWERS)
def name_gender(name: str) -> str | None:
    """A person's gender as far as the name tells: "Maria Zakharova" -> "f", "Mark Rutte" ->
    "m", "Alex Morgan" -> None (the name is borne by both), "Zakharova" -> "f"."""
    words = [re.sub(r"[^a-z\-]", "", w) for w in fold(name).split()]
    words = [w for w in words if w]
    if not words:
        return None
    if len(words) >= 2 and (gender := _first_names().get(words[0])):
        return gender
    return "f" if _FEMININE_SURNAME.search(words[-1]) else None


def opens_with_first_name(name: str) -> bool:
    """Whether a name of two words or more starts with a first name borne by one gender: a
    person's, whatever label the model gave it ("Geoff Pollard" tagged an organisation)."""
    words = fold(name).split()
    return len(words) >= 2 and words[0] in _first_names()


def pronoun_gender(pronoun: str) -> str | None:
    """ "he"/"him"/"his" -> "m", "she"/"her" -> "f", anything else -> None."""
    low = pronoun.lower()
    return "m" if low in ("he", "him", "his") else "f" if low in ("she", "her", "hers") else None


@lru_cache(maxsize=STRING_ANSWERS)
def actor_of(text: str) -> str | None:
    """The country or organisation a phrase names: "North Korean soldiers" -> "North Korea"."""
    low = fold(text)
    low = re.sub(r"['’]s\b", "", low)
    words = low.split()
    # longest match first, two-word demonyms ("north korean") before one-word ones
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            key = " ".join(words[k : k + size])
            for candidate in (key, key.strip(",.")):
                if candidate in DEMONYMS:
                    return DEMONYMS[candidate]
    return None


@lru_cache(maxsize=STRING_ANSWERS)
def canonical_org(text: str) -> str:
    """An organisation's canonical name: aliases resolved, a leading "the" dropped."""
    clean = re.sub(r"['’]s$", "", text.strip())
    key = fold(clean)
    if key in ORG_ALIASES:
        return ORG_ALIASES[key]
    return re.sub(r"^(the|The)\s+", "", clean)


@lru_cache(maxsize=STRING_ANSWERS)
def canonical_place(text: str) -> str:
    """A place's canonical name: "the U.S." -> "United States", "Kiev" -> "Kyiv"."""
    clean = re.sub(r"['’]s$", "", text.strip())
    return GPE_ALIASES.get(fold(clean), re.sub(r"^(the|The)\s+", "", clean))
