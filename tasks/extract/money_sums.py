"""A vague scale count ("billions", "tens of billions", "double-digit billions") said of a noun
for a sum of money is that sum, money: "the bill could run into billions", "losses are expected
to be in the low billions", "the cost would be substantial but it is unlikely to be in
double-digit billions" (an "it" standing for the subject of the clause it is joined to). Said of
anything else ("the audience ran into millions", "the cuts will hit millions") it is no sum.
Word lists are ``money_words`` and ``claim_words``; ``claim_types`` applies this."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words
from tasks.extract.grammar import SUBJECT_DEPS, raised_subject
from tasks.extract.money_words import MONEY_NOUNS

# Verbs by which a sum comes to an amount, beyond a total's ("be in", "reach", "top"): "run
# into billions", "amount to millions", "come to billions", "go into the billions".
_SUM_VERBS = words.TOTAL_VERBS | {"run", "amount", "come", "go", "stretch", "balloon"}
# Heads a count climbs through to its verb: "[in] the low billions", "tens [of] billions".
_PHRASE_DEPS = {"pobj", "prep", "dobj", "attr", "npadvmod"}
_STAND_INS = {"it", "this", "that", "they"}


def sum_of_money(core: Token) -> bool:
    """Whether the vague count ``core`` is what a noun for a sum of money comes to."""
    verb = _verb_of(core)
    if verb is None or verb.lemma_.lower() not in _SUM_VERBS:
        return False
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in MONEY_NOUNS


def _verb_of(core: Token) -> Token | None:
    """The verb the count hangs from, through "in", "into", "of" and the like."""
    tok = core
    while tok.dep_ in _PHRASE_DEPS and tok.head != tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject (through "is unlikely to be"), and an "it" to the subject of the
    clause its own is joined to ("the cost would be substantial but that it is unlikely to ...")."""
    subject = raised_subject(verb)
    if subject is not None and subject.lower_ in _STAND_INS and subject.head.dep_ == "conj":
        return next((c for c in subject.head.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject
