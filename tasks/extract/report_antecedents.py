"""What a definite report noun stands for: the report the text mentioned just before.

"The Acme Council reported that ... The report, released this week, claims 38 ...": the report
is the one Acme gave (the verb the noun derives from: report -> report, state -> statement,
announce -> announcement, find -> finding); "Amnesty published a study ... The study says ...":
the study Amnesty published; "A study by X found ... The study also says ...": the earlier
mention, whose author ``reports`` reads. ``reports`` turns the token found into a source.
When the few sentences just before give none, "the report" stands for the one the article
introduced by name further back ("..., said a World Bank report." in the lead, "the report
said" paragraphs on): the window is short for the riskier readings (a verb "X stated", a person
who published "the report"), not for a report named afresh (``introduced_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import ArticleContext, narration_back
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import sentence_before, subject
from tasks.extract.memo import sentence_of

_BACK = 3  # how many sentences of narration back "the report" looks for the one it means
# how far back "the report" still finds the report the article introduced by name ("said a World
# Bank report" in the lead, "the report said" paragraphs on); a bound on the cost, not on meaning
_FAR = 200
_MIN_STEM = 4  # the shortest verb a report noun derives from ("find" -> "finding")
_OWN_DEPS = ("poss", "compound", "nmod")  # "the ministry's report", "the UN report": owned
_NOT_OWNERS = ("CARDINAL", "ORDINAL", "DATE", "TIME")  # "one study", "a 2021 survey"


def definite_bare(noun: Token) -> bool:
    """ "the report", "the provisional report": a definite report noun that names no owner."""
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return not any(c.dep_ in _OWN_DEPS or c.ent_type_ for c in kids if c.i < noun.i)


def unowned(noun: Token) -> bool:
    """ "A pessimistic forecast", "one study", "an internal report", "last year's survey": a
    report noun whose words before it name no owner (no possessor, compound, name or entity;
    a date's possessive says when, not whose), whatever its article."""
    named = (c.ent_type_ and c.ent_type_ not in _NOT_OWNERS for c in noun.lefts)
    own = (c.dep_ in _OWN_DEPS or c.pos_ == "PROPN" for c in noun.lefts if not _dated(c))
    whose = (c.dep_ == "poss" and not _dated(c) for c in noun.children)
    return not any(named) and not any(own) and not any(whose)


def _dated(tok: Token) -> bool:
    """A possessive or modifier that is a date ("last year's", "Monday's"), not an owner."""
    return tok.ent_type_ in ("DATE", "TIME")


def mentioned_before(noun: Token, ctx: ArticleContext, back: int = _BACK) -> Token | None:
    """The author of the report a definite report noun stands for (the subject of the verb it
    derives from, or of the verb that put it out), or the earlier mention of the same report;
    None when the ``back`` sentences just before give no such report."""
    lemma = noun.lemma_.lower()
    for prev in narration_back(
        sentence_of(noun), ctx, back, back * 4
    ):  # not the report's own words
        for tok in reversed(prev):
            if ctx.in_quote(tok.idx):
                continue
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
                if not definite_bare(tok):
                    return tok  # "a study by X", "Amnesty's report": its author is X's
                if tok.dep_ == "dobj" and (who := subject(tok.head)) is not None:
                    return who  # "Amnesty published the report"
            elif _derives(lemma, tok) and is_cue_verb(tok):
                return speaker_of(tok)  # "X reported that ..." -> "the report"
    return None


def introduced_before(noun: Token, ctx: ArticleContext) -> Token | None:
    """The nearest earlier mention that introduced the report a definite report noun stands
    for, however far back and across paragraphs ("..., said a World Bank report." in the lead,
    "the report said" paragraphs on; "A study by X ... The study also found"): only a mention
    that names it afresh ("a World Bank report", "a study by X", "Acme's survey"), not one more
    "the report" (those stand for the same one) nor a verb ("X stated" far back is seldom the
    statement meant). The nearest wins: "A study by X ... A study by Y ... The study" is Y's.
    Only a singular noun, and it stands for a singular mention ("press reports" between are
    other reports): "the figures" far on may be any numbers the text has just given."""
    if noun.tag_ != "NN":
        return None
    lemma = noun.lemma_.lower()
    for prev in narration_back(sentence_of(noun), ctx, _FAR, _FAR):
        for tok in reversed(prev):
            if tok.lemma_.lower() != lemma or tok.tag_ != "NN" or ctx.in_quote(tok.idx):
                continue
            if not definite_bare(tok):
                return tok
    return None


def _derives(noun_lemma: str, verb: Token) -> bool:
    """Whether a report noun is the noun of ``verb``: report/report, statement/state,
    announcement/announce, finding/find, estimate/estimate."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and len(lemma) >= _MIN_STEM and noun_lemma.startswith(lemma)


def spoke_before(noun: Token, ctx: ArticleContext) -> Token | None:
    """Who the sentence just before ``noun``'s, in its paragraph, reports through its main verb
    ("..., the World Bank said. Overall, the report forecast 2.7%": the World Bank): a definite
    report noun the text has named no report for stands for what that speaker just put out."""
    prev = sentence_before(sentence_of(noun))
    if prev is None:
        return None
    verb = prev.root
    if ctx.in_quote(verb.idx) or not is_cue_verb(verb):
        return None
    return speaker_of(verb)
