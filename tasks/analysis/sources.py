"""One name per source across articles: every claim's and quote's source, resolved to a sources row.

A mention is a source as one article writes it ("the head of Ukrainian intelligence, Kyrylo
Budanov", "Zelenskiy", "HUR", "a senior Ukrainian military intelligence official"). Resolution:
1. a title or appositive is split from a person's name and kept as the person's affiliation;
2. a bare surname becomes the full name the same article uses, else the only full name with that
   surname in the whole corpus; two people sharing a surname are never merged, and a surname
   that could be either stays a source of its own;
3. the curated list (``tasks/known_sources.py``) maps acronyms, transliterations and possessive
   forms to one canonical name; an unqualified "Defence Ministry" takes the country its sentence
   gives it ("Russia's Defence Ministry");
4. unnamed officials and sources keep the organisation they belong to ("unnamed official,
   Defence Intelligence of Ukraine"), which is a different source from the organisation itself.
Everything else meets on ``name_key`` (case, "the", possessives, demonyms, spelling).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import polars as pl

from tasks.known_sources import KnownSource, Registry, country_in, name_key
from tasks.schema import RUN_COLUMNS, SOURCES, AttributionKind, ClaimCol, SourceCol

_PERSON, _ORG = AttributionKind.PERSON.value, AttributionKind.ORGANIZATION.value
_ANON, _MANY = AttributionKind.OFFICIAL_ANONYMOUS.value, AttributionKind.MULTIPLE_SOURCES.value
_TITLE_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "president prime minister secretary general deputy foreign defence defense spokesman "
        "spokeswoman spokesperson chief head commander governor mayor director chancellor "
        "ambassador senator gen lt col colonel lieutenant major admiral sir dr mr mrs ms envoy "
        "adviser advisor chairman chairwoman speaker state interior energy economy finance health "
        "infrastructure first lady lord officer official former acting vice regional military "
        "intelligence national security council of the for and army air force navy nato un eu "
        "us uk kremlin ministry office agency service"
    ).split()
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ'’\-]+|[A-Z]\.|von|van|der|de|al-\w+)$")
_INTENSIFIERS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "a an the senior top high-ranking unnamed anonymous some other several two three many "
        "one certain"
    ).split()
)
_GENERIC_NOUNS = frozenset(
    "official source analyst expert diplomat authority".split()  # noqa: SIM905
)
CLAIM, QUOTE = "claim", "quote"  # a mention's role
# A mentions frame: one row per claim or quote, naming who speaks as the article writes it.
ARTICLE, SENTENCE = ClaimCol.ARTICLE_ID.value, ClaimCol.SENTENCE.value
MENTION, MENTION_KIND, ROLE = "mention", "mention_kind", "role"
MENTION_COLUMNS = (ARTICLE, MENTION, MENTION_KIND, SENTENCE, ROLE)
PERSON = "person_name"  # the people frame: (ARTICLE, PERSON), full names an article's NER found
_QUALIFIER = r"((?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:'s|’s|n|an|ian|ish|ese|ic)?) "
_QUALIFIER_END = re.compile(_QUALIFIER + r"\Z")
_BOUNDARY = re.compile(r"\b")


@dataclass(frozen=True)
class _Resolved:
    """What one mention resolved to."""

    name: str
    kind: str
    country: str | None = None
    affiliation: str | None = None
    known: bool = False  # from the curated list: its name and fields win


@dataclass
class _Source:
    """A source as it accumulates mentions."""

    name: str
    kinds: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    n_claims: int = 0
    n_quotes: int = 0
    known: bool = False


def source_id(name: str) -> str:
    """A stable id for a canonical source name (spelling-insensitive)."""
    return "src_" + hashlib.sha256(name_key(name).encode("utf-8")).hexdigest()[:16]


def resolve(
    mentions: pl.DataFrame, people: pl.DataFrame, registry: Registry
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(sources, links) for ``mentions`` (``MENTION_COLUMNS``) across all articles.

    ``role`` is ``claim`` or ``quote``: one mention row per claim or quote, for the counts.
    ``people`` (ARTICLE, PERSON) lists the full person names each article's entities carry, for
    expanding surnames. ``links`` maps (ARTICLE, MENTION) to ``source_id``; ``sources`` has one
    row per source with the spellings seen as ``aliases``.
    """
    groups = (
        mentions.filter(pl.col(MENTION).is_not_null() & (pl.col(MENTION).str.strip_chars() != ""))
        .group_by(ARTICLE, MENTION)
        .agg(
            pl.col(MENTION_KIND).drop_nulls().mode().sort().first(),
            pl.col(SENTENCE).drop_nulls().unique().sort(),
            (pl.col(ROLE) == CLAIM).sum().alias(SourceCol.N_CLAIMS),
            (pl.col(ROLE) == QUOTE).sum().alias(SourceCol.N_QUOTES),
        )
        .sort(ARTICLE, MENTION)
    )
    names = _FullNames(groups, people)
    sources: dict[str, _Source] = {}
    links: list[dict[str, str]] = []
    for row in groups.iter_rows(named=True):
        res = _resolve_one(
            row[MENTION], row[MENTION_KIND], row[SENTENCE], row[ARTICLE], names, registry
        )
        sid = source_id(res.name)
        src = sources.setdefault(sid, _Source(res.name))
        if res.known and not src.known:
            src.name, src.known = res.name, True
        src.kinds[res.kind] += 1
        src.aliases.add(" ".join(row[MENTION].split()))
        src.articles.add(row[ARTICLE])
        src.n_claims += row[SourceCol.N_CLAIMS]
        src.n_quotes += row[SourceCol.N_QUOTES]
        if res.country:
            src.countries[res.country] += 1
        if res.affiliation:
            src.affiliations[res.affiliation] += 1
        links.append({ARTICLE: row[ARTICLE], MENTION: row[MENTION], SourceCol.SOURCE_ID: sid})
    return _sources_frame(sources, registry), pl.DataFrame(
        links, schema=dict.fromkeys((ARTICLE, MENTION, SourceCol.SOURCE_ID.value), pl.String)
    )


def _sources_frame(sources: dict[str, _Source], registry: Registry) -> pl.DataFrame:
    rows = []
    for sid, src in sorted(sources.items()):
        known = registry.by_name(src.name) if src.known else None
        rows.append(
            {
                SourceCol.SOURCE_ID: sid,
                SourceCol.NAME: src.name,
                SourceCol.KIND: known.kind if known else _top(src.kinds),
                SourceCol.COUNTRY: (known.country if known else None) or _top(src.countries),
                SourceCol.AFFILIATION: _top(src.affiliations)
                or (known.affiliation if known else None),
                SourceCol.ALIASES: sorted(src.aliases),
                SourceCol.N_CLAIMS: src.n_claims,
                SourceCol.N_QUOTES: src.n_quotes,
                SourceCol.N_ARTICLES: len(src.articles),
            }
        )
    return pl.DataFrame(rows, schema=_FRAME_SCHEMA)


_FRAME_SCHEMA = {k: v for k, v in SOURCES.items() if k not in RUN_COLUMNS}


def _top(counter: Counter[str]) -> str | None:
    """The most frequent value; ties go to the alphabetically first, so reruns agree."""
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


class _FullNames:
    """Full person names (2+ words) per article and across the corpus, by surname key."""

    def __init__(self, groups: pl.DataFrame, people: pl.DataFrame) -> None:
        self.in_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.corpus: dict[str, set[str]] = defaultdict(set)
        pairs = [
            *groups.select(ARTICLE, MENTION).iter_rows(),
            *people.select(ARTICLE, PERSON).iter_rows(),
        ]
        for article_id, text in pairs:
            name = _person_name(text) if text else None
            if name and len(name.split()) >= 2:
                surname = name_key(name.split()[-1])
                self.in_article[article_id][surname].add(name)
                self.corpus[surname].add(name)

    def expand(self, surname: str, article_id: str, *, corpus_wide: bool) -> str | None:
        """The one full name ``surname`` stands for, or None when there is none or more than one."""
        key = name_key(surname)
        local = _distinct(self.in_article[article_id].get(key, set()))
        if local:
            return local[0] if len(local) == 1 else None
        everywhere = _distinct(self.corpus.get(key, set())) if corpus_wide else []
        return everywhere[0] if len(everywhere) == 1 else None


def _distinct(names: set[str]) -> list[str]:
    """One spelling per person: "Volodymyr Zelenskyy" and "Volodymyr Zelenskiy" are one."""
    by_key: dict[str, str] = {}
    for name in sorted(names):
        by_key.setdefault(name_key(name), name)
    return sorted(by_key.values())


def _resolve_one(
    text: str,
    kind: str | None,
    sentences: list[str],
    article_id: str,
    names: _FullNames,
    registry: Registry,
) -> _Resolved:
    text = " ".join(text.split())
    if kind in (_ORG, None):
        text = _qualified(text, sentences)
    known = registry.lookup(text)
    if known:
        return _from_known(known)
    person, description = _split_person(text)
    if person:
        affiliation = _organisation(description, registry) if description else None
        return _person(person, article_id, names, registry, affiliation, kind)
    if kind in (_ANON, _MANY):
        return _unnamed(text, kind, registry)
    if kind is None and _generic_noun(text):  # a quote's "officials said": no kind given
        return _unnamed(text, _ANON, registry)
    if kind == _PERSON or _NAME_TOKEN.match(text) and " " not in text:
        return _person(text, article_id, names, registry, None, kind)
    return _Resolved(name=text, kind=kind or _ORG, country=country_in(text))


def _from_known(known: KnownSource) -> _Resolved:
    return _Resolved(known.name, known.kind, known.country, known.affiliation, known=True)


def _person(
    name: str,
    article_id: str,
    names: _FullNames,
    registry: Registry,
    affiliation: str | None,
    kind: str | None,
) -> _Resolved:
    """A person's canonical name: a bare surname expanded, then the curated list consulted."""
    if " " not in name:
        full = names.expand(name, article_id, corpus_wide=kind in (_PERSON, None))
        name = full or name
    known = registry.lookup(name)
    if known:
        res = _from_known(known)
        return _Resolved(res.name, res.kind, res.country, affiliation or res.affiliation, True)
    country = country_in(name)
    if " " not in name and country and kind != _PERSON:
        return _Resolved(name=name, kind=_ORG, country=country)  # "Ukraine said": its government
    return _Resolved(name=name, kind=_PERSON, affiliation=affiliation)


def _person_name(text: str) -> str | None:
    """The person's name in a mention, or None when it names no person."""
    person, _ = _split_person(" ".join(text.split()))
    return person


def _split_person(text: str) -> tuple[str | None, str | None]:
    """(name, description) for "the head of X, Kyrylo Budanov", "NATO chief Mark Rutte", "Rutte"."""
    if ", " in text:
        head, _, tail = text.rpartition(", ")
        for name, desc in ((tail, head), (head, tail)):
            if _is_name(name.split()):
                return name, desc
    tokens = text.split()
    i = len(tokens)
    while i > 0 and _NAME_TOKEN.match(tokens[i - 1]) and tokens[i - 1].lower() not in _TITLE_WORDS:
        i -= 1
    name_tokens = tokens[i:]
    if len(name_tokens) >= 2 and _is_name(name_tokens):
        return " ".join(name_tokens), " ".join(tokens[:i]) or None
    return None, None


def _is_name(tokens: list[str]) -> bool:
    return (
        2 <= len(tokens) <= 5
        and all(_NAME_TOKEN.match(t) for t in tokens)
        and not any(t.lower() in _TITLE_WORDS for t in tokens)
    )


def _organisation(description: str, registry: Registry) -> str | None:
    """The known organisation a description names ("head of Ukrainian intelligence" -> HUR)."""
    words = name_key(description).replace("minister", "ministry").split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            known = registry.lookup(" ".join(words[start : start + size]))
            if known and known.kind != _PERSON and known.kind != _MANY:
                return known.name
    return None


def _unnamed(text: str, kind: str, registry: Registry) -> _Resolved:
    """Unnamed officials or sources: one source per organisation (or country) they speak for."""
    org = _organisation(text, registry)
    country = country_in(text)
    words = [w for w in text.split() if w.lower() not in _INTENSIFIERS]
    noun = _generic_noun(text)
    if org:
        known = registry.by_name(org)
        who = "unnamed official" if kind == _ANON else "unnamed sources"
        return _Resolved(f"{who}, {org}", kind, known.country if known else country, org)
    if noun in _GENERIC_NOUNS:
        # "officials", "Ukrainian officials", "a top Ukrainian official": one source per country.
        plural = "authorities" if noun == "authority" else f"{noun}s"
        name = f"unnamed {plural}" + (f", {country}" if country else "")
        return _Resolved(name=name, kind=kind, country=country)
    return _Resolved(name=" ".join(words) or text, kind=kind, country=country)


def _generic_noun(text: str) -> str | None:
    """ "official" for "a senior official" or "officials": the generic noun a mention ends on."""
    last = text.split()[-1].lower() if text.split() else ""
    noun = "authority" if last == "authorities" else last.removesuffix("s")
    return noun if noun in _GENERIC_NOUNS else None


def _qualified(text: str, sentences: list[str]) -> str:
    """An unqualified name as its sentence qualifies it ("Russia's Defence Ministry")."""
    for sentence in sentences:
        qualifier = _qualifier_of(text, sentence)
        if qualifier is not None and country_in(qualifier):
            return f"{qualifier} {text}"
    return text


def _qualifier_of(text: str, sentence: str) -> str | None:
    """The words just before the first occurrence of ``text`` (ending on a word boundary) that
    ``_QUALIFIER`` matches. The same answer as searching ``_QUALIFIER + text + \\b``, without
    compiling a pattern per name: that took 60% of deriving the sources of 2,225 articles."""
    start = sentence.find(text)
    while start >= 0:
        end = start + len(text)
        if _BOUNDARY.match(sentence, end) and (before := _QUALIFIER_END.search(sentence[:start])):
            return before.group(1)
        start = sentence.find(text, start + 1)
    return None
