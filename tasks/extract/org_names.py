"""An organisation's name as the article spells it, from the parts the model tagged: a name
cut before or after its "of"/"for" words, a place's possessive before it, an appositive name.

``referents`` asks this module for the text of an organisation a source phrase names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tasks.extract.cue_words import (
    BODY_NOUNS,
    JOURNALIST_NOUNS,
    MEDIA,
    MEDIA_HEADS,
    NAME_SMALL_WORDS,
    OFFICIAL_NOUNS,
)
from tasks.extract.gazetteer import country_of, is_country_or_region
from tasks.extract.grammar import entity_at, fold, proper_name
from tasks.extract.names import actor_of, canonical_org


def whole_org(org: Span | None) -> Span | None:
    """An organisation's name the model cut after "of" ("State Emergency Service of" +
    "Ukraine") or before it ("Institute" + "for the Study of War"), without a place's
    possessive before it ("Washington's Institute for ..." names the institute)."""
    if org is None:
        return None
    if org[-1].lower_ in ("of", "for", "and", "&"):
        doc, end = org.doc, org.end
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        org = Span(doc, org.start, end, label=org.label_)
    org = _before_acronym(_with_head_noun(with_name_tail(_joined_by_and(org))))
    if len(org) > 2 and org[1].dep_ == "case" and country_of(org[0].text) is not None:
        org = org[2:]
    return org


_AND = ("and", "&")


def _joined_by_and(org: Span) -> Span:
    """One name with an "and" inside that the model tagged as two: "the World Travel" +
    "Tourism Council", "the International Federation of the Red Cross" + "Red Crescent
    Societies" (see ``_shares_head``); two names joined by "and" stay two."""
    doc = org.doc
    if org.end + 1 < len(doc) and doc[org.end].lower_ in _AND:
        after = entity_at(doc[org.end + 1]) or _capitalised_from(doc, org.end + 1)
        if after is not None and after.start == org.end + 1 and _shares_head(org, after):
            return Span(doc, org.start, after.end, label=org.label_)
    if org.start >= 2 and doc[org.start - 1].lower_ in _AND:
        before = entity_at(doc[org.start - 2])
        if before is not None and before.end == org.start - 1 and _shares_head(before, org):
            return Span(doc, before.start, org.end, label=org.label_)
    return org


def _shares_head(first: Span, second: Span) -> bool:
    """Whether two organisation names around an "and" are one name whose parts share a head:
    capitalised words on both sides, no article opening the second (a new name: "the Red Cross
    and the UN"), and either the first part's last word modifies the second part's head ("World
    Travel and Tourism Council": a council of both) or the second part, ending in a plural noun,
    is a conjunct inside the first's "of"/"for" words ("Federation of the Red Cross and Red
    Crescent Societies", "Department of Health and Human Services")."""
    if first.label_ != "ORG" or second[0].pos_ == "DET":
        return False
    if not all(t.text[:1].isupper() for t in (first[-1], second[0], second[-1])):
        return False
    if _spelled_after(first.doc[first.start : second.end]):
        return True  # "Society of Motor Manufacturers and Traders (SMMT)"
    if second.label_ != "ORG":
        return False  # words the model tagged nothing: only initials tie them to the name
    last = first[-1]
    if last.dep_ in ("compound", "nmod", "amod") and second.start <= last.head.i < second.end:
        return True
    linked = any(t.lower_ in _NAME_LINKS for t in first[1:])
    conj = second.root.dep_ == "conj" and first.start <= second.root.head.i < first.end
    return linked and conj and len(second) > 1 and second[-1].tag_ in ("NNPS", "NNS")


def _capitalised_from(doc: Doc, start: int) -> Span | None:
    """The capitalised words from ``start`` on that the model tagged as no entity."""
    end = start
    while end < len(doc) and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return Span(doc, start, end) if end > start else None


def _spelled_after(name: Span) -> bool:
    """Whether initials in brackets right after the name spell its capitalised words."""
    doc, k = name.doc, name.end
    bracketed = k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")"
    return bracketed and _is_acronym(doc[k + 1]) and _spells(doc[k + 1].text, name)


def _with_head_noun(org: Span) -> Span:
    """A name the model cut between a word and the lowercase noun it qualifies: "Syrian
    Observatory for Human" + "rights" (a name never ends on an adjective whose noun is outside
    it, nor inside its "for"/"of" words); not a role ("... of Chemical Weapons chief, X,")."""
    last, doc = org[-1], org.doc
    if org.end >= len(doc) or last.dep_ not in ("amod", "compound"):
        return org
    noun = doc[org.end]
    if last.head != noun or noun.pos_ != "NOUN" or noun.lemma_.lower() in OFFICIAL_NOUNS:
        return org
    linked = noun.dep_ == "pobj" and noun.head.lower_ in _NAME_LINKS and noun.head.i >= org.start
    return doc[org.start : org.end + 1] if last.pos_ == "ADJ" or linked else org


_ACRONYM_REACH = 4  # words between a name and its "(ACRONYM)" that still belong to the name
_SPELLED_REACH = 8  # ... or more, when the initials spell the capitalised words


def _is_acronym(tok: Token) -> bool:
    return len(tok.text) >= 2 and tok.is_alpha and tok.is_upper


def _before_acronym(org: Span) -> Span:
    """An organisation's full name is what comes before its initials in brackets: "the World
    Health Organization (WHO" loses "(WHO", and "the United Nations Integrated Office" runs on
    through "in Haiti" up to "(BINUH)" (capitalised words and the small words between them)."""
    doc = org.doc
    cut = next((t.i for t in org if t.text == "("), None)
    if cut is not None:
        return doc[org.start : cut] if cut > org.start else org
    k = org.end
    while k < min(len(doc), org.end + _SPELLED_REACH) and (
        doc[k].pos_ == "PROPN" or doc[k].lower_ in NAME_SMALL_WORDS
    ):
        k += 1
    bracketed = k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")"
    if k == org.end or not bracketed or not _is_acronym(doc[k + 1]):
        return org
    near = k - org.end <= _ACRONYM_REACH
    return doc[org.start : k] if near or _spells(doc[k + 1].text, doc[org.start : k]) else org


def _spells(acronym: str, name: Span) -> bool:
    """Whether initials spell the name's capitalised words, its last one included: "OCHA" for
    "UN Office for the Coordination of Humanitarian Affairs"."""
    initials = iter(t.text[0] for t in name if t.text[:1].isupper())
    return all(letter in initials for letter in acronym) and next(initials, None) is None


_NAME_LINKS = ("of", "for")  # "Institute for the Study of War", "Bank of England"
_NAME_TAIL_ENTS = ("", "GPE", "LOC")  # no date, no other organisation or person


def with_name_tail(name: Span) -> Span:
    """A proper name with the "of"/"for" words that complete it: "High Commissioner" + "for
    Refugees", "Institute" + "for the Study of War" (capitalised words and the small words
    between them, up to the last capitalised one)."""
    doc, k, end, small = name.doc, name.end, name.end, 0
    if k >= len(doc) or doc[k].lower_ not in _NAME_LINKS:
        return name
    while k < len(doc) and small <= 2:
        word = doc[k]
        if word.ent_type_ not in _NAME_TAIL_ENTS:
            break  # "the Commerce Department for November", "ICM for BBC News"
        if word.is_alpha and word.text[:1].isupper():
            end, small = k + 1, 0
        elif word.lower_ in NAME_SMALL_WORDS:
            small += 1
        else:
            break
        k += 1
    return doc[name.start : end] if end > name.end else name


_NOT_ORGS = ("PERSON", "GPE", "NORP", "LOC", "DATE", "TIME")


def appositive_org(head: Token) -> Span | None:
    """ "two thinktanks, the New Lines Institute and ...": the organisation the phrase names;
    also a name right after a description of it that the model did not tag ("market analysts
    Panlogic", "the consultancy Acme")."""
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ == "ORG":
            return entity_at(child)
        right_after = child.left_edge.i == head.i + 1 and child.pos_ == "PROPN"
        a_role = head.tag_ == "NN" and head.lemma_.lower() in OFFICIAL_NOUNS  # "mayor Ann Lee"
        if child.dep_ == "appos" and right_after and child.ent_type_ not in _NOT_ORGS:
            return None if a_role else proper_name(child)
    return None


def titled_by_of(head: Token) -> bool:
    """A capitalised head with an "of" phrase naming what it belongs to: "the General Staff of
    the Ukrainian Army", "the Office of the President", "the Ministry of Health of Kyrgyzstan",
    "the Governor of Lagos". Such a phrase is a body or a post, named whole; no person's name
    is written so, so a "he" that stands for it is not a name to strip of its title (which
    would leave only the "of" phrase's entity: "Ukrainian Army")."""
    return head.pos_ == "PROPN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.subtree)
        for c in head.rights
    )


def without_descriptor(phrase: Span) -> Span:
    """A proper name without the common nouns that describe it before it: "market analysts
    Panlogic" -> "Panlogic", "state broadcaster Rossiya" -> "Rossiya"."""
    k = phrase.start
    while k < phrase.end - 1 and phrase.doc[k].pos_ in ("DET", "ADJ", "NOUN"):
        k += 1
    described = k > phrase.start and phrase.doc[k - 1].pos_ == "NOUN" and phrase.doc[k - 1].is_lower
    if not described or phrase.doc[k].is_lower:
        return phrase  # "the Acme Institute", "Beta Re", "the Russian defence ministry" stay
    return phrase.doc[k : phrase.end]


def is_media(name: str) -> bool:
    """Whether ``name`` is a news outlet's: a known one ("Reuters", "The Associated Press"), a
    capitalised name ending in a newspaper's word ("the Springfield Gazette", not "a blog post")
    or in "news agency" ("the Tass news agency"), or a journalist of a known outlet ("a Reuters
    reporter", "an Interfax correspondent")."""
    words = fold(name).split()
    if words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]
    if " ".join(words) in MEDIA:
        return True
    if len(words) > 1 and words[-1] in JOURNALIST_NOUNS:
        return " ".join(words[:-1]) in MEDIA or is_media(" ".join(name.split()[:-1]))
    if words[-2:] == ["news", "agency"] and len(words) > 2:
        return True
    last = name.split()[-1] if name.split() else ""
    return len(words) > 1 and words[-1] in MEDIA_HEADS and last[:1].isupper()


_DOUBLE_QUOTES = re.compile(r"[“”\"]")


def clean_name(text: str) -> str:
    """A source's name as printed: one plain space between words (no-break spaces too), no
    edge commas, and no quotation mark left unpaired by the phrase's edge ('“Free Valley”
    fighters' cut after its opening mark)."""
    text = " ".join(text.split()).strip(" ,")
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = " ".join(_DOUBLE_QUOTES.sub("", text).split())
    return text


def national_body_name(words: Span) -> str | None:
    """The name of a body its nation names, as it speaks ("the Russian defence ministry
    said"), from the words before a report noun: "an Indian Defense Ministry statement",
    "Nigerian army figures"; None when they name no such body ("US figures", "new data")."""
    if len(words) < 2 or words[-1].lemma_.lower() not in BODY_NOUNS:
        return None
    nation = any(t.ent_type_ in ("NORP", "GPE") for t in words) or actor_of(words.text)
    # a country's name the model tagged as an organisation: "a Burkina Faso army statement"
    if not nation and not any(is_country_or_region(e.text) for e in words.ents):
        return None
    return canonical_org(words.text)
