"""Hedging: the word that marks a figure as unconfirmed ("reportedly", "estimates", "could not be
independently verified"), if its sentence has one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.attribution import Source
from tasks.extract.claim_words import CASUALTY_WORDS
from tasks.extract.cue_words import TALLY_NOUNS
from tasks.extract.cues import takes_lives
from tasks.extract.denials import denied_claim
from tasks.extract.grammar import according_source, pobj, source_preposition
from tasks.extract.hedge_words import HEDGE_LEMMAS, HEDGES
from tasks.extract.memo import per_span, span_text

UNVERIFIED = "could not be independently verified"


def hedge_cue(sent: Span, source: Source | None, target: Token | None = None) -> str | None:
    """The word marking the claim as unconfirmed, if the sentence has one. Adverbs
    ("reportedly") hedge the whole sentence; hedging verbs and nouns ("estimates", "claims")
    only when they govern ``target`` (or are the subject of what does), so "Though Russia claims
    the regions, its forces control 70%" is not hedged."""
    if _unverified(sent):
        return UNVERIFIED
    if (claim := denied_claim(sent)) is not None:
        return claim.lower_  # "..., a claim the army denied"
    scope = _hedge_scope(target) if target is not None else None
    for tok in sent:
        low = tok.lower_
        if low in HEDGES:
            return low
        if source is None and _reported_as_said(tok, scope):
            return low  # "the reported death toll has reached about 600"
        if scope is not None and tok.i not in scope:
            continue
        pos = tok.pos_
        if pos != "VERB" and pos != "NOUN":
            continue  # what follows asks for a hedging verb or noun
        lemma = tok.lemma_.lower()
        if lemma in HEDGE_LEMMAS and not takes_lives(tok):  # "the war claimed 300 lives"
            return low
        if lemma == "report" and pos == "NOUN" and _unsourced(source, tok) and _hearsay(tok):
            return "reports"
    if source is not None and source.cue in _cue_hedges(sent):
        return source.cue  # "..., estimated the General Staff": the cue that sources it hedges
    if source is not None and source.cue in ("according to", "as per"):
        noun = according_source(sent)  # "killed 40 and displaced 900, according to estimates"
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in HEDGE_LEMMAS:
            return noun.lower_
    return None


def _unsourced(source: Source | None, report: Token) -> bool:
    """Whether nothing but the ``report`` noun itself sources the figure: no source, or the
    reports as their own source ("with reports indicating 25 ...": hearsay all the same)."""
    return source is None or source.name.lower() == report.lower_


def _reported_as_said(word: Token, scope: set[int] | None) -> bool:
    """ "The reported death toll", "reported casualties": "reported" as an adjective on a noun
    that holds or frames the figure (``scope``), passing it on as hearsay as "reportedly"
    would (not "the attacks reported by X", after its noun)."""
    if word.lower_ != "reported" or word.dep_ != "amod" or word.i > word.head.i:
        return False
    if word.head.lemma_.lower() not in _REPORTED_TALLIES:
        return False  # "1,200 reported cases of measles": a term of record, no hearsay
    return scope is None or word.head.i in scope


# Nouns a "reported" passes on as hearsay: tolls and counts of the harmed ("the reported death
# toll", "reported casualties"), not a record's terms ("reported cases", "reported crimes").
_REPORTED_TALLIES = TALLY_NOUNS | CASUALTY_WORDS | {"death", "casualty", "number"}


# Determiners that point at one known document: "the report predicts 2.7%" is no hearsay.
_KNOWN = frozenset({"the", "this", "that"})


def _hearsay(report: Token) -> bool:
    """Whether a "report" noun is hearsay ("reports say", "according to a report"): one with
    no "from"/"by" naming its source, and not one known document ("the report", "this report",
    a forecast or finding the article has in front of it)."""
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in report.children):
        return False
    known = any(c.dep_ == "det" and c.lower_ in _KNOWN for c in report.children)
    return not (known and report.tag_ == "NN")


@per_span
def _unverified(sent: Span) -> bool:
    """Whether the sentence says its figures could not be verified (asked once a sentence)."""
    text = span_text(sent).lower()
    return "independently verif" in text or "not be verified" in text


@per_span
def _cue_hedges(sent: Span) -> set[str]:
    """The sentence's hedging verbs as written ("estimated"): a source's cue among them hedges."""
    return {t.lower_ for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in HEDGE_LEMMAS}


# Prepositions that set an estimate beside the clause it hedges: "has, by some estimates, claimed
# 40,000 lives", "on UN estimates" (not "from": "down to 3% from an estimate of 4%" starts a
# change there); only estimates: "paid £40m on claims", "arrested 30 on allegations of fraud" are
# what the money or the arrests were for.
_BASIS_PREPS = frozenset({"by", "on"})
_ESTIMATE_NOUNS = frozenset({"estimate", "estimation", "extrapolation", "projection", "guess"})


def _hedge_scope(target: Token) -> set[int]:
    """Token indices that can hedge ``target``: its heads, their subjects and modifiers, and
    the noun of a source phrase on them ("according to UN estimates", "by expert estimates",
    "on UN estimates")."""
    scope = {target.i} | {c.i for c in target.children}
    for anc in target.ancestors:
        scope.add(anc.i)
        scope.update(
            c.i for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "advmod", "acl", "amod")
        )
        scope.update(noun.i for c in anc.children if (noun := _source_noun(c)) is not None)
    return scope


def _source_noun(prep: Token) -> Token | None:
    """The noun of a source phrase a clause carries: "[according to] UN estimates", "[as per]
    police estimates", "[by] expert estimates", "[on] UN estimates" (a "by" or "on" phrase only
    when it names an estimate: not a passive's agent, "killed by shelling", nor "on claims")."""
    if prep.dep_ != "prep":
        return None
    if source_preposition(prep):
        noun = pobj(prep.nbor())  # "according [to] X", "as [per] X"
        return noun if noun is not None else pobj(prep)
    noun = pobj(prep) if prep.lower_ in _BASIS_PREPS else None
    return noun if noun is not None and noun.lemma_.lower() in _ESTIMATE_NOUNS else None
