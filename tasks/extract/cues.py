"""Reporting verbs: which verbs report speech or a figure ("said", "estimated", "the study
shows"), not those that only look like it ("the war claimed 6,000 lives"), and which words name
someone who can speak. Who performs them is ``cue_speakers``'s; a reporting clause that closes
its sentence, ``closing_cues``'.

Shared by attribution (the source of a figure), quotes (the speaker of a quotation) and the
pronoun resolution in ``context`` (the reporting subject of the sentence before).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from tasks.extract.claim_words import LIFE_TAKING, PERSON_NOUNS, TAKEN_LIVES
from tasks.extract.cue_words import (
    AGENT_SAY_VERBS,
    BODY_NOUNS,
    COMPARE_VERBS,
    EVIDENCE_VERBS,
    FIGURE_VERBS,
    OFFICIAL_NOUNS,
    QUOTE_ONLY_VERBS,
    REPORT_NOUNS,
    SAY_VERBS,
    SPEAK_OF_VERBS,
    TALLY_NOUNS,
    TALLY_VERBS,
)
from tasks.extract.grammar import prep_object, put_at
from tasks.extract.memo import answers
from tasks.extract.name_numbers import names_a_thing


def is_cue_verb(
    tok: Token, *, quote: bool = False, evidence: bool = True, figure: bool = False
) -> bool:
    """A verb that reports speech; ``quote`` admits verbs that only do so next to a quotation
    ("“...,” he continued"), never for a number ("shelling continued"); ``evidence`` admits a
    report presenting evidence ("the study shows ..."); ``figure`` admits verbs that give a
    figure as someone's expectation ("the bank fears that 1 million ...")."""
    # asked ~120 times per article, two in three of them repeats: once per document (``memo``)
    cache, key = answers(tok.doc), (_is_cue_verb, tok.i, quote, evidence, figure)
    if (found := cache.get(key)) is None:
        found = cache[key] = _is_cue_verb(tok, quote, evidence, figure)
    return found


def _is_cue_verb(tok: Token, quote: bool, evidence: bool, figure: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    kids = list(tok.children)
    if lemma in ("put", "place"):  # "the think tank put casualties at 1.2 million"
        if quote and lemma == "put":  # "As Ann Lee put it, “...”"
            return any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
        return not quote and (put_at(tok) is not None or _put_forward(tok, figure))
    if lemma == "go":  # "“...,” he went on", not "prices went up", nor "went on to win"
        on = any(c.dep_ == "prt" and c.lower_ == "on" for c in kids)
        return quote and on and not any(g.lower_ == "to" for c in kids for g in c.children)
    if lemma == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False  # "the cuts added up to ...": a sum, not speech
    if takes_lives(tok):
        return False  # "the revolt has claimed 9,000 victims": deaths, no one's claim
    if lemma in SAY_VERBS or (quote and lemma in QUOTE_ONLY_VERBS):
        return True
    if lemma in AGENT_SAY_VERBS and _spoken_by_someone(tok):
        return True  # "the General Staff indicated that ...", not "the signs indicate ..."
    if figure and lemma in FIGURE_VERBS:
        return True
    if figure and lemma in SPEAK_OF_VERBS and _spoke_of_figure(tok):
        return True  # "witnesses spoke of as many as 50 dead"
    if figure and lemma in COMPARE_VERBS:  # "X compared the cost with the £500m ...", not
        # "sales of 3 million compare with 2 million" (the figures compare: no one speaks)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        return subj is not None and names_someone(subj)
    if figure and lemma in TALLY_VERBS:  # "the ministry gave a higher toll of 38", "the toll
        tally = ("dobj", "nsubjpass")  # was raised to 90 by the army"
        return any(c.dep_ in tally and c.lemma_.lower() in TALLY_NOUNS for c in kids)
    return evidence and lemma in EVIDENCE_VERBS and _report_subject(tok)


def _spoken_by_someone(verb: Token) -> bool:
    """Whether a verb's subject can speak: a name, a body, an official, "he" or "she"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (names_someone(subj) or subj.lower_ in ("he", "she"))


def _spoke_of_figure(verb: Token) -> bool:
    """ "Witnesses spoke of as many as 50 dead", "the US talked of more than 100,000
    casualties": "speak of" a number, by someone who can speak, gives it as that speaker's
    word; "spoke to 30 families" or "spoke of the war" reports no figure, nor do a date or a
    name's number ("spoke of the 2008 crisis", "talked of Section 230"), which would otherwise
    hand every other figure of the sentence to the speaker."""
    if not _spoken_by_someone(verb):
        return False
    of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(_counted_figure(t) for p in of for t in p.subtree)


def _counted_figure(tok: Token) -> bool:
    """A number that counts something: no date, time or rank, and no part of a name."""
    if not (tok.like_num or tok.ent_type_ == "CARDINAL"):
        return False
    return tok.ent_type_ not in _NO_COUNT_ENTS and not names_a_thing(tok)


_NO_COUNT_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})


def _put_forward(verb: Token, figure: bool) -> bool:
    """ "Rescuers put forward a toll of 70 dead": "put forward" (or "out") a tally noun gives a
    figure as its subject's word, as "gave a toll of" does."""
    kids = list(verb.children)
    particle = ("prt", "advmod")  # "forward" is parsed either way
    if not figure or not any(c.dep_ in particle and c.lower_ in ("forward", "out") for c in kids):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TALLY_NOUNS for c in kids)


def takes_lives(verb: Token) -> bool:
    """ "The war has claimed 6,000 victims", "the attack claimed the lives of four soldiers",
    "the fighting cost 300 lives": "claim" (and "take", "cost") in its sense of causing deaths,
    with lives or victims as its object; no one's claim, so no source's word and no hedge."""
    return verb.lemma_.lower() in LIFE_TAKING and any(
        c.dep_ == "dobj" and _lives(c) for c in verb.children
    )


def _lives(obj: Token) -> bool:
    """ "300 lives", "the lives of 24", "6,000 victims", and a count of them: "thousands of
    lives", "dozens of victims"."""
    if obj.lemma_.lower() in TAKEN_LIVES:
        return True
    of = (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return any(g.dep_ == "pobj" and g.lemma_.lower() in TAKEN_LIVES for g in of)


def _verb_read_as_noun(tok: Token) -> bool:
    """ "the Budget Office projects that ...": a verb tagged a noun that still has a subject
    and a "that" clause of its own (no noun takes both)."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "ccomp" in deps


def _report_subject(verb: Token) -> bool:
    """ "The report found ...", "the study shows ...": a report presenting evidence speaks; so
    does one a participle hangs on ("with reports indicating 25 ...", "data showing 40% ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head
    return subj is not None and (subj.lemma_.lower() in REPORT_NOUNS or subj.lower_ in REPORT_NOUNS)


def cue_word(tok: Token) -> str:
    """The cue as written: "said", "pointed out"."""
    return "pointed out" if tok.lemma_.lower() == "point" else tok.lower_


class Cue(NamedTuple):
    """A reporting verb and who performs it."""

    verb: Token
    speaker: Token


def names_someone(tok: Token) -> bool:
    """A name or a body that can speak: "the defence ministry", "Acme", "a senior official",
    or one of some people ("one of its residents", "two of the witnesses")."""
    lemma = tok.lemma_.lower()
    named = tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return named or lemma in BODY_NOUNS or lemma in OFFICIAL_NOUNS or one_of_people(tok)


def partitive_of(tok: Token) -> Token | None:
    """What a number word picks from: "[residents]" in "one of its residents"."""
    return prep_object(tok, ("of",)) if tok.pos_ == "NUM" and tok.is_alpha else None


def one_of_people(tok: Token) -> bool:
    """A number word picking from people or a body that can speak ("one of its residents",
    "two of the witnesses"): a speaker, not a count of them."""
    people = partitive_of(tok)
    return people is not None and (names_someone(people) or people.lemma_.lower() in PERSON_NOUNS)
