"""The curated list of known sources (``tasks/known_sources.yaml``) and a user's additions.

One entry per source of conflict reporting (agencies, ministries, leaders, international bodies,
outlets), with its aliases, country, kind and the page its names were taken from. Reading uses it
twice: the URL's host names an article's outlet, and a claim's "HUR" and "Ukraine's military
intelligence" meet in one ``sources`` row. ``name_key`` is the one spelling-insensitive key both
the list and the resolver compare.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from tasks.schema import ATTRIBUTION_KINDS, SourceCol

# A sources file's fields are the sources table's: name, kind, country, affiliation, aliases.
_NAME, _KIND, _ALIASES = SourceCol.NAME.value, SourceCol.KIND.value, SourceCol.ALIASES.value

BUILT_IN = Path(__file__).with_name("known_sources.yaml")

# A country's adjective, possessive and name are one key: "Ukrainian", "Ukraine's", "Ukraine".
_COUNTRY_WORDS = {
    "ukrainian": "ukraine", "russian": "russia", "belarusian": "belarus", "american": "us",
    "united states": "us", "usa": "us", "british": "uk", "united kingdom": "uk", "britain": "uk",
    "north korean": "north korea", "dprk": "north korea", "south korean": "south korea",
    "german": "germany", "french": "france", "chinese": "china", "iranian": "iran",
    "polish": "poland", "turkish": "turkey", "japanese": "japan", "israeli": "israel",
    "lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "finnish": "finland",
    "swedish": "sweden", "canadian": "canada", "australian": "australia", "italian": "italy",
    "hungarian": "hungary", "dutch": "netherlands", "european": "europe",
}  # fmt: skip
_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center",
              "programme": "program", "offence": "offense"}  # fmt: skip
_COUNTRY_NAMES = {
    "ukraine": "Ukraine", "russia": "Russia", "us": "United States", "uk": "United Kingdom",
    "north korea": "North Korea", "south korea": "South Korea", "belarus": "Belarus",
    "germany": "Germany", "france": "France", "china": "China", "iran": "Iran",
    "poland": "Poland", "turkey": "Turkey", "israel": "Israel", "japan": "Japan",
    "europe": "Europe",
}  # fmt: skip
_COUNTRY_RE = re.compile(r"\b(" + "|".join(sorted(_COUNTRY_WORDS, key=len, reverse=True)) + r")\b")
_TRANSLIT_END = re.compile(r"(?<=\w{3})(?:yy|iy|yi|ii|ij)\b")  # Zelenskyy/Zelenskiy -> Zelensky


class SourcesFileError(ValueError):
    """A sources file that cannot be used, with the file and entry named."""


@functools.lru_cache(maxsize=1 << 16)  # a corpus names the same sources over and over
def name_key(text: str) -> str:
    """A spelling-insensitive key: case, "the", possessives, demonyms, British/US spelling."""
    s = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b|'", "", s)
    s = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)|(?<=\b[a-z]\.[a-z])\.", "", s)  # U.S. -> us, U.N. -> un
    s = re.sub(r"[^\w\s]", " ", s.replace("-", " "))
    s = _COUNTRY_RE.sub(lambda m: _COUNTRY_WORDS[m.group(1)], " ".join(s.split()))
    words = [_SPELLINGS.get(w, w) for w in s.split()]
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return _TRANSLIT_END.sub("y", " ".join(words))


@dataclass(frozen=True)
class KnownSource:
    """One curated source."""

    name: str
    kind: str
    country: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    cite: str | None = None


@dataclass(frozen=True)
class Registry:
    """The curated sources, looked up by ``name_key`` of a name or any alias."""

    sources: tuple[KnownSource, ...] = ()
    _by_key: dict[str, KnownSource] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for source in self.sources:
            for alias in (source.name, *source.aliases):
                self._by_key.setdefault(name_key(alias), source)

    def lookup(self, text: str) -> KnownSource | None:
        """The known source ``text`` names, if any."""
        return self._by_key.get(name_key(text))

    def by_name(self, name: str) -> KnownSource | None:
        """The entry whose canonical name is ``name``."""
        return next((s for s in self.sources if s.name == name), None)

    def hosts(self) -> dict[str, str]:
        """Web host -> outlet name, for naming an article's outlet from its URL."""
        return {host.lower(): s.name for s in self.sources for host in s.hosts}


def load(extra: Iterable[str | Path] = ()) -> Registry:
    """The built-in list, extended (and, for an entry of the same name, overridden) by ``extra``."""
    entries = {s.name: s for s in _read(BUILT_IN)}
    for path in extra:
        for source in _read(Path(path)):
            old = entries.get(source.name)
            if old is not None:
                fields = {k: v for k, v in vars(source).items() if v not in (None, (), "")}
                fields[_ALIASES] = (*old.aliases, *source.aliases)
                fields["hosts"] = (*old.hosts, *source.hosts)
                source = replace(old, **fields)
            entries[source.name] = source if source.kind else replace(source, kind="organization")
    return Registry(tuple(entries.values()))


@functools.lru_cache(maxsize=1)
def built_in() -> Registry:
    """The built-in list, read once per process."""
    return load()


def _read(path: Path) -> list[KnownSource]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot read the sources file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise SourcesFileError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    items = loaded.get("sources") if isinstance(loaded, Mapping) else loaded
    if not isinstance(items, list):
        raise SourcesFileError(f"{path}: expected a list of sources under 'sources:'")
    return [_entry(path, i, item) for i, item in enumerate(items, start=1)]


def _entry(path: Path, i: int, item: Any) -> KnownSource:
    where = f"{path}: source {i}"
    if not isinstance(item, Mapping) or not isinstance(item.get(_NAME), str):
        raise SourcesFileError(f"{where}: each source needs a 'name'")
    kind = item.get(_KIND) or ""  # "" keeps an overridden entry's kind; new ones: organization
    if kind and (kind not in ATTRIBUTION_KINDS or kind == "none"):
        raise SourcesFileError(f"{where} ({item[_NAME]}): unknown kind {kind!r}")
    unknown = set(item) - {f.name for f in fields(KnownSource)}
    if unknown:
        raise SourcesFileError(f"{where} ({item[_NAME]}): unknown fields {sorted(unknown)}")
    return KnownSource(
        name=item[_NAME].strip(),
        kind=kind,
        country=item.get(SourceCol.COUNTRY),
        affiliation=item.get(SourceCol.AFFILIATION),
        aliases=tuple(str(a) for a in item.get(_ALIASES) or ()),
        hosts=tuple(str(h).lower() for h in item.get("hosts") or ()),
        cite=item.get("cite"),
    )


def country_in(text: str) -> str | None:
    """The country a name's words name ("Ukrainian officials" -> Ukraine), if exactly one."""
    key = f" {name_key(text)} "
    found = {name for token, name in _COUNTRY_NAMES.items() if f" {token} " in key}
    return found.pop() if len(found) == 1 else None
