"""Whose a report noun is by the words on it: "central bank data" (the central bank), "the
ministry's figures" (the ministry), "ONS figures" (ONS), "its estimate" (the organisation "its"
stands for); never a stage adjective ("initial military reports": the military) nor a person
for "its". ``reports`` makes the owner a report's source."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext, subjects_of
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import BODY_NOUNS, REPORT_STAGE_ADJECTIVES
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import entity_at, is_measure, sentences_back, subject
from tasks.extract.memo import sentence_of
from tasks.extract.names import actor_of, canonical_org
from tasks.extract.org_names import is_media, national_body_name
from tasks.extract.referents import Named, describe
from tasks.extract.report_owners import is_report_noun
from tasks.schema import AttributionKind

_OWNER_LABELS = ("ORG", "GPE", "NORP", "PERSON")


_OWNER_PRONOUNS = ("its", "their")


_WHEN = ("DATE", "TIME")


_POSSESSIVE = re.compile(r"\s*['’]s?$")


_OWNER_BACK = 2  # how many sentences back "its estimate" looks for what "its" stands for


def report_owner(noun: Token, ctx: ArticleContext) -> Named | None:
    """Whose report a modified report noun is: "central bank data" -> central bank, "the
    ministry's figures" -> ministry, "ONS figures" -> ONS, "its estimate" -> what "its" stands
    for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ in _WHEN:
        return None  # "last year's survey": when, not whose
    if poss is not None and poss.pos_ != "PRON":
        found = describe(poss, ctx)  # the phrase may keep its "'s": "the chancellor's"
        name = "" if found is None else _POSSESSIVE.sub("", found.name).strip()
        return replace(found, name=name) if found is not None and name else None
    if poss is not None and poss.lower_ in _OWNER_PRONOUNS:
        return _pronoun_owner(poss, ctx)
    # not the unit a number measures: "the 1TB model", "10-year notes"
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and not is_measure(c)]
    if not mods:
        return None
    span = _without_report_adjectives(noun.doc[mods[0].left_edge.i : noun.i])
    named = any(t.pos_ == "PROPN" or t.ent_type_ in _OWNER_LABELS for t in span)
    if not named and not any(t.lemma_.lower() in BODY_NOUNS for t in span):
        return None  # "new data", "official figures", "casualty figures": no owner named
    if (body := national_body_name(span)) is not None:
        return Named(body, AttributionKind.ORGANIZATION)  # "an Indian Defense Ministry statement"
    if all(t.pos_ == "ADJ" for t in span if t.pos_ != "DET") and span.root.ent_type_ == "NORP":
        # "British intelligence", "Palestinian figures": a nationality names no one who owns
        # them, so the report goes by its own name (as a body does: ``national_body``)
        return Named(noun.doc[span.start : noun.i + 1].text, AttributionKind.ORGANIZATION)
    org = next((entity_at(t) for t in span if t.ent_type_ in _OWNER_LABELS), None)
    if org is not None and org.label_ == "PERSON":
        return Named(ctx.names.canonical(org.text), AttributionKind.PERSON)
    text = (org.text if org is not None else span.text).strip()
    if is_media(text):
        return Named(canonical_org(text), AttributionKind.MEDIA)
    return Named(actor_of(text) or canonical_org(text), AttributionKind.ORGANIZATION)


def _without_report_adjectives(span: Span) -> Span:
    """The words before a report noun without the adjectives that say when or how final the
    report is, which describe it, not its owner: "Initial military reports" -> "military",
    "preliminary police figures" -> "police", "latest hospital data" -> "hospital" (the
    parse hangs them as it hangs "central" in "central bank data", so the words decide)."""
    while len(span) > 1 and _describes_report(span[0]):
        span = span[1:]
    return span


def _describes_report(word: Token) -> bool:
    """A stage adjective of a report ("initial", "latest"), not a word of its owner's name."""
    if word.pos_ != "ADJ" or word.ent_type_:
        return False
    return word.lemma_.lower() in REPORT_STAGE_ADJECTIVES or word.lower_ in REPORT_STAGE_ADJECTIVES


def pronoun_owned(noun: Token) -> bool:
    """ "its survey", "their figures": a report noun a pronoun owns."""
    return is_report_noun(noun) and any(
        c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in noun.children
    )


def _may_own(tok: Token) -> bool:
    """An organisation or a body that "its" may stand for."""
    if tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":
        return False
    return tok.ent_type_ in ("ORG", "NORP") or tok.lemma_.lower() in BODY_NOUNS


def _pronoun_owner(poss: Token, ctx: ArticleContext) -> Named | None:
    """What "its"/"their" on a report noun stands for: its own clause's subject when that is an
    organisation before it ("The institute gave its figures"), else the nearest sentence
    before, in its paragraph or the one before, whose speaker or subject is an organisation or
    a group ("The guild said ... According to its survey, 40% ..."); never a person."""
    verb = next((a for a in poss.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = subject(verb) if verb is not None else None  # "The institute gave its figures"
    if own is not None and own.i < poss.i and _may_own(own):
        return describe(own, ctx)
    for prev in sentences_back(sentence_of(poss), _OWNER_BACK):
        spoke = {s.i for t in prev if is_cue_verb(t) and (s := speaker_of(t)) is not None}
        for cand in subjects_of(prev):
            if cand.pos_ == "PRON" or cand.ent_type_ == "PERSON" or ctx.in_quote(cand.idx):
                continue
            group = cand.ent_type_ in ("ORG", "NORP") or cand.lemma_.lower() in BODY_NOUNS
            if cand.i not in spoke and not group:
                continue
            found = describe(cand, ctx)
            if found is not None and found.kind == AttributionKind.ORGANIZATION:
                return found
    return None
