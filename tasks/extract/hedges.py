"""Hedging: the word that marks a figure as unconfirmed ("reportedly", "estimates", "could not be
independently verified"), if its sentence has one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.attribution import Source
from tasks.extract.claim_words import HEDGE_LEMMAS, HEDGES
from tasks.extract.cues import takes_lives
from tasks.extract.memo import per_span, span_text

UNVERIFIED = "could not be independently verified"


def hedge_cue(sent: Span, source: Source | None, target: Token | None = None) -> str | None:
    """The word marking the claim as unconfirmed, if the sentence has one. Adverbs
    ("reportedly") hedge the whole sentence; hedging verbs and nouns ("estimates", "claims")
    only when they govern ``target`` (or are the subject of what does), so "Though Russia claims
    the regions, its forces control 70%" is not hedged."""
    if _unverified(sent):
        return UNVERIFIED
    scope = _hedge_scope(target) if target is not None else None
    for tok in sent:
        low = tok.lower_
        if low in HEDGES:
            return low
        if scope is not None and tok.i not in scope:
            continue
        pos = tok.pos_
        if pos != "VERB" and pos != "NOUN":
            continue  # what follows asks for a hedging verb or noun
        lemma = tok.lemma_.lower()
        if lemma in HEDGE_LEMMAS and not takes_lives(tok):  # "the war claimed 600 lives"
            return low
        if lemma == "report" and pos == "NOUN" and source is None and _hearsay(tok):
            return "reports"
        if lemma == "report" and tok.dep_ == "amod" and source is None:
            return low  # "the reported death toll has reached 140", no one named giving it
    if source is not None and source.cue in _cue_hedges(sent):
        return source.cue  # "..., estimated the General Staff": the cue that sources it hedges
    return None


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


def _hedge_scope(target: Token) -> set[int]:
    """Token indices that can hedge ``target``: its heads, their subjects and modifiers, and
    what a head's "by" names ("has, by expert estimates, claimed 40,000 lives")."""
    scope = {target.i} | {c.i for c in target.children}
    for anc in target.ancestors:
        scope.add(anc.i)
        scope.update(
            c.i for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "advmod", "acl", "amod")
        )
        scope.update(o.i for c in anc.children if _by(c) for o in c.children if o.dep_ == "pobj")
    return scope


def _by(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == "by"
