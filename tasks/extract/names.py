"""Canonical names: one spelling per person within an article, and countries for actors.

"Zelensky", "Zelenskyy" and "Zelenskiy" fold to one key; a surname alone takes the full name of
its first full mention in the article; titles ("NATO Secretary General") are stripped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tasks.extract.grammar import fold

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
}  # fmt: skip
# Gender from the name alone, for "he"/"she": Slavic feminine surnames, and first names. Names
# ending in -a are feminine in most languages this corpus quotes, with the listed exceptions.
_FEMININE_SURNAME = re.compile(r"(ova|eva|yova|ina|skaya|ska|tska|aya)$")
_MASCULINE_IN_A = {
    "mykola", "nikita", "ilya", "luka", "luca", "kuzma", "foma", "sasha", "misha", "andrea",
    "joshua", "jonah", "ezra", "akira", "hamza", "mustafa", "musa", "isa", "yahya", "dmytra",
}  # fmt: skip
_FEMININE_FIRST = {
    "ann", "anne", "liz", "elizabeth", "ingrid", "ruth", "mette", "kirsten", "kathleen",
    "frances", "alice", "agnes", "esther", "olena", "iryna", "yulia", "hanna", "kaja", "ursula",
    "kamala", "hillary", "nancy", "margaret", "catherine", "caroline", "rachel", "sarah", "susan",
    "helen", "karen", "linda", "madeleine", "christine", "annalena", "giorgia", "marine",
    "emmanuelle", "jill", "michelle",
}  # fmt: skip
HONOURS = {"cbe", "obe", "mbe", "kbe", "jr", "jr.", "sr", "sr.", "phd", "qc", "kc", "mp"}


def strip_person(text: str) -> str:
    """A person's name without titles, honours and possessive: "NATO Secretary General Mark
    Rutte's" -> "Mark Rutte"."""
    text = re.sub(r"['’]s?$", "", text.replace("\u200b", "").strip())
    words = text.replace("\n", " ").split()
    while len(words) > 1 and fold(words[0]).rstrip(",") in TITLE_WORDS:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]).rstrip(",") in HONOURS:
        words.pop()
    return " ".join(words).strip(" ,")


def surname_key(name: str) -> str:
    """A spelling-tolerant key for a surname: Zelensky / Zelenskyy / Zelenskiy -> "zelensk"."""
    last = fold(name).split()[-1] if name.strip() else ""
    last = re.sub(r"[^a-z]", "", last)
    return re.sub(r"(iy|yy|ii|y|i)$", "", last) or last


class NameIndex:
    """Canonical person names within one article: full names first seen win."""

    def __init__(self, person_mentions: Iterable[str] = ()) -> None:
        self._full: dict[str, str] = {}
        for mention in person_mentions:
            self.add(mention)

    def add(self, mention: str) -> None:
        name = strip_person(mention)
        if len(name.split()) >= 2:
            self._full.setdefault(surname_key(name), name)

    def canonical(self, mention: str) -> str:
        """The article's full name for a person mention ("Rutte" -> "Mark Rutte")."""
        name = strip_person(mention)
        return self._full.get(surname_key(name), name) if name else mention.strip()

    def gender(self, name: str) -> str | None:
        """ "f", "m", or None when the name does not tell."""
        return name_gender(self.canonical(name))

    def __contains__(self, mention: str) -> bool:
        return surname_key(strip_person(mention)) in self._full


def name_gender(name: str) -> str | None:
    """A person's likely gender from the name: "Maria Zakharova" -> "f", "Mark Rutte" -> "m";
    None for a single word we cannot judge."""
    words = [re.sub(r"[^a-z]", "", w) for w in fold(name).split()]
    words = [w for w in words if w]
    if not words:
        return None
    first, last = words[0], words[-1]
    if len(words) >= 2 and (first in _FEMININE_FIRST or _FEMININE_SURNAME.search(last)):
        return "f"
    if len(words) >= 2:
        return "f" if first.endswith("a") and first not in _MASCULINE_IN_A else "m"
    return "f" if _FEMININE_SURNAME.search(last) else None


def pronoun_gender(pronoun: str) -> str | None:
    """ "he"/"him"/"his" -> "m", "she"/"her" -> "f", anything else -> None."""
    low = pronoun.lower()
    return "m" if low in ("he", "him", "his") else "f" if low in ("she", "her", "hers") else None


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


def canonical_org(text: str) -> str:
    """An organisation's canonical name: aliases resolved, a leading "the" dropped."""
    clean = re.sub(r"['’]s$", "", text.strip())
    key = fold(clean)
    if key in ORG_ALIASES:
        return ORG_ALIASES[key]
    return re.sub(r"^(the|The)\s+", "", clean)


def canonical_place(text: str) -> str:
    """A place's canonical name: "the U.S." -> "United States", "Kiev" -> "Kyiv"."""
    clean = re.sub(r"['’]s$", "", text.strip())
    return GPE_ALIASES.get(fold(clean), re.sub(r"^(the|The)\s+", "", clean))
