"""Who the article names as people: spaCy's PERSON entities, made whole and cleaned of places,
demonyms and outlets, plus names of another label that a title introduces."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tasks.extract.cue_words import (
    GROUP_MEMBER_NOUNS,
    MEDIA,
    NAME_PARTICLES,
    OFFICIAL_NOUNS,
    TITLE_NOUNS,
)
from tasks.extract.datelines import in_dateline
from tasks.extract.gazetteer import is_country_or_region
from tasks.extract.grammar import fold
from tasks.extract.memo import STRING_ANSWERS
from tasks.extract.names import NameIndex, actor_of, opens_with_first_name


def person_entities(doc: Doc, ents: Sequence[Span], groups: set[str]) -> list[Span]:
    """People named in the article. spaCy's small model tags some capitals as people ("Kyiv
    argues ...") and some people as organisations ("Zelenskiy"): a place is never a person, and
    an entity of another label is one when a title introduces it ("Ukraine's president,
    Volodymyr Zelenskiy") or its surname is a known person's. ``groups``: the article's
    ``group_names``, never people."""
    titled = OFFICIAL_NOUNS | TITLE_NOUNS
    people = [
        _with_particles(e)
        for e in ents
        if e.label_ == "PERSON"
        and may_be_person(e.text)
        and not a_group(e.text, groups)
        and not in_dateline(e.root)  # "Yerevan, May 3 (QNA) -": the place a story was filed
    ]
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) < 2 or actor_of(ent.text):
            continue
        root = ent.root
        by_title = (  # "Ukraine's president, X"; not "12 soldiers, estimated the General Staff"
            root.dep_ == "appos"
            and root.head.lemma_.lower() in titled
            and root.head.tag_ not in ("NNS", "NNPS")
        )
        # "Enrico Letta, the leader of the party,": a title in apposition to it
        by_title = by_title or any(
            c.dep_ == "appos" and c.lemma_.lower() in titled for c in root.children
        )
        by_title = by_title or any(
            t.lemma_.lower() in titled and t.i < ent.start for t in root.lefts
        )
        if by_title and not _served_by_title(ent):
            people.append(_without_title_object(ent))
    names = NameIndex(e.text for e in people)
    starts = {e.start for e in people}
    people += [
        e
        for e in ents
        if e.label_ == "ORG" and e.start not in starts and len(e) <= 3 and e.text in names
    ]
    return sorted(people, key=lambda e: e.start)


def _served_by_title(ent: Span) -> bool:
    """An entity a title governs by "of" or "for" with no first name in it: "the Director of
    Defence Information", "the Minister for Health": the body the post serves, not the name
    of its holder (which "Minister of Energy Petro Lenko", tagged whole, holds)."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("of", "for"):
        return False
    return not any(opens_with_first_name(ent[k:].text) for k in range(len(ent) - 1))


def group_names(ents: Sequence[Span]) -> set[str]:
    """The names (folded) that the article sets before a plural noun for an armed group's
    members, in any entity or none: "Boko Haram terrorists on Sunday attacked ..."."""
    out: set[str] = set()
    for ent in ents:
        doc, last = ent.doc, ent[-1]
        if len(ent) > 1 and _members(last):
            out.add(fold(ent[:-1].text))
        elif ent.end < len(doc) and _members(doc[ent.end]):
            out.add(fold(ent.text))
    return out


def _members(tok: Token) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_.lower() in GROUP_MEMBER_NOUNS


def a_group(name: str, groups: set[str]) -> bool:
    """A name tagged a person (or read as one) that the article uses for an armed group: "Boko
    Haram said" after "Boko Haram fighters", whatever its first word looks like ("Ansar")."""
    return fold(name) in groups


def _without_title_object(ent: Span) -> Span:
    """A name the model ran together with the end of the title before it: "Minister of" +
    "Energy Denys Shmyhal" is Denys Shmyhal (the title's object is no part of the name)."""
    start = ent.start
    while (
        start < ent.end - 2 and ent.doc[start].dep_ == "pobj" and ent.doc[start].head.i < ent.start
    ):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


# Last words of an organisation's name that are never a surname (unlike "Court" or "Banks").
_ORG_HEADS = frozenset({
    "center", "centre", "institute", "foundation", "agency", "ministry", "university", "council",
    "commission", "committee", "department", "bureau", "organisation", "organization",
    "association", "federation",
})  # fmt: skip


@lru_cache(maxsize=STRING_ANSWERS)
def may_be_person(name: str) -> bool:
    """Whether a name the model tagged a person, or left untagged, is no country, region,
    demonym or news outlet ("England are second", "Politico reports")."""
    words = fold(name).split()
    if len(words) > 1 and words[-1] in _ORG_HEADS:
        return False  # "Levada Center", "Kiel Institute": an organisation
    return actor_of(name) is None and fold(name) not in MEDIA and not is_country_or_region(name)


def _with_particles(ent: Span) -> Span:
    """A name the model cut at its particles, made whole: "Ursula von der" + "Leyen"."""
    doc = ent.doc
    k = ent.end
    while k < len(doc) and doc[k].lower_ in NAME_PARTICLES:
        k += 1
    cut = k > ent.end or doc[ent.end - 1].lower_ in NAME_PARTICLES
    if cut and k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        return Span(doc, ent.start, k + 1, label=ent.label_)
    return ent
