"""A closing apposition that restates the sentence's report as something another party denies:
"The rebels said they killed 40 soldiers, a claim the army denied." The army answers the
rebels; it gives no figure, so the reporter before stays the source. And the report is set down
as a claim (the noun), which hedges every figure in it, as "claims" governing a figure does."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.cue_words import ANSWER_VERBS
from tasks.extract.hedge_words import HEDGE_LEMMAS


def answers_the_report(verb: Token) -> bool:
    """Whether ``verb`` (a cue closing the sentence) answers what the sentence reports from an
    apposition set off by a comma: "..., a claim the army denied", "..., an account the rebels
    disputed"."""
    return verb.lemma_.lower() in ANSWER_VERBS and _restating_noun(verb) is not None


def denied_claim(sent: Span) -> Token | None:
    """The hedging noun of a closing apposition that another party answers ("claim" in "...,
    a claim the army denied"), or None."""
    for verb in sent:
        if verb.lemma_.lower() not in ANSWER_VERBS:
            continue
        noun = _restating_noun(verb)
        if noun is not None and noun.lemma_.lower() in HEDGE_LEMMAS:
            return noun
    return None


# How the parse hangs a noun set off after a comma: "..., a claim the army denied."
_SET_OFF = frozenset({"appos", "npadvmod", "dep", "dobj"})


def _restating_noun(verb: Token) -> Token | None:
    """The noun an answering relative clause hangs on when it stands in apposition after a
    comma (however the parse hangs it) and the sentence ends with it: "claim"
    in "..., a claim the army denied."."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in _SET_OFF or noun.i == 0:
        return None
    if noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    rest = noun.doc[verb.right_edge.i + 1 : noun.sent.end]
    return noun if all(t.is_punct or t.is_space for t in rest) else None
