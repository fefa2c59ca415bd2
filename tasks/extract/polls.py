"""Figures from a poll: "Some 87% said ...", "Just under three-quarters of respondents said ...".

The subject of the reporting verb there is a share of the people asked, not a source: a figure is
never on the word of a span that is itself a quantity, nor on the word of "respondents". Its
source is the pollster ("87% of the 1,000 adults quizzed by ICM said" -> ICM; "54% of those
surveyed told the Acme Institute" -> Acme Institute), else a poll or survey the sentence names
or whose respondents told a pollster, else one named in the few sentences before ("The poll
also looked at ... . Some 87% said ..." -> the poll); failing those, nobody named (the outlet's
word).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cues import one_of_people, partitive_of
from tasks.extract.grammar import agent, sentences_back, subject
from tasks.extract.memo import sentence_of
from tasks.extract.quantity_words import FRACTIONS, PERCENT_WORDS, VAGUE, WORD_NUMBERS
from tasks.extract.referents import Named, describe
from tasks.extract.report_antecedents import unowned
from tasks.extract.reports import is_unowned_report, made_before, report_before, report_source

# Nouns (lemmas) naming a poll that can stand as a figure's source.
POLL_NOUNS = frozenset({"poll", "survey", "questionnaire", "census"})
# Verbs (lemmas) whose agent asked the respondents: "adults quizzed by ICM".
ASKED_VERBS = frozenset({"quiz", "poll", "survey", "question", "ask", "interview", "sample"})
# Verbs (lemmas) whose object is the pollster the respondents answered: "told the Acme Institute".
TOLD_VERBS = frozenset({"tell"})
# Shares of the people asked: "a majority said", "respondents said".
_SHARE_WORDS = frozenset({"majority", "minority", "most", "respondent", "respondents"})
_POLL_BACK = 3  # how many sentences back a share of respondents looks for its poll


def is_respondents(tok: Token) -> bool:
    """Whether a reporting verb's subject is a share of the people asked (a number, a
    percentage, a fraction, a vague count, "a majority", "respondents"), not a source."""
    low = tok.lower_
    if one_of_people(tok) and not _of_respondents(tok):
        return False  # "said one of its residents": a speaker ("two of the respondents" is not)
    return (
        tok.like_num
        or tok.pos_ == "NUM"
        or low in PERCENT_WORDS
        or low in FRACTIONS
        or low in VAGUE
        or low in WORD_NUMBERS
        or low in _SHARE_WORDS
        or tok.lemma_.lower() in _SHARE_WORDS
    )


def _of_respondents(tok: Token) -> bool:
    """Whether a number word picks from the people asked: "two of the respondents"."""
    people = partitive_of(tok)
    return people is not None and people.lemma_.lower() in _SHARE_WORDS


def poll_source(respondents: Token, ctx: ArticleContext) -> tuple[Named, bool] | None:
    """Who a share of respondents is on the word of, and whether it was found in its own
    sentence: the pollster in the subject ("quizzed by ICM"), a poll the sentence names, else
    the nearest poll named in the sentences before."""
    for tok in respondents.subtree:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ASKED_VERBS:
            by = agent(tok)
            if by is not None and (found := describe(by, ctx)) is not None:
                return found, True
    if (told := _told(respondents.head, ctx)) is not None:
        return told, True  # "54% of surveyed voters told the Acme Institute ..."
    sent = sentence_of(respondents)
    found = _poll_in(sent, ctx)
    if found is not None:
        return found, True
    for prev in sentences_back(sent, _POLL_BACK):
        found = _poll_in(prev, ctx)
        if found is not None:
            return found, False
    return None


def _poll_in(sent: Span, ctx: ArticleContext) -> Named | None:
    """The source of the last poll or survey a sentence names, or the pollster its
    respondents told (see ``_poll_owner``)."""
    for tok in reversed(sent):
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in POLL_NOUNS:
            return _poll_owner(tok, ctx)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and is_respondents(subj) and (told := _told(tok, ctx)) is not None:
            return told
    return None


def _poll_owner(poll: Token, ctx: ArticleContext) -> Named | None:
    """Whose word a poll's figures are: the poll as its words name it when they name an owner
    ("a YouGov poll", "the bank's survey"), else the one it is "by" or "for", or the one the
    text gave it to before ("The bank surveyed 200 lenders. The survey found ..."); a bare
    "the survey" or "a new poll" with none of these is nobody's name (the outlet's word)."""
    if not unowned(poll):
        return describe(poll, ctx)
    found = report_source(poll, ctx, holds=True) or report_before(poll, ctx)
    if found is None and is_unowned_report(poll):
        found = made_before(poll, ctx)
    if found is None:
        return _polled_before(poll, ctx)
    return Named(found.name, found.kind)


def _polled_before(poll: Token, ctx: ArticleContext) -> Named | None:
    """Who carried out the poll the sentence just before reports with the poll's own verb
    ("The bank surveyed 200 lenders. The survey found ...": the bank)."""
    for prev in sentences_back(sentence_of(poll), 1):
        for verb in prev:
            same = verb.pos_ == "VERB" and verb.lemma_.lower() == poll.lemma_.lower()
            if same and not ctx.in_quote(verb.idx) and (who := subject(verb)) is not None:
                return describe(who, ctx)
    return None


def _told(verb: Token, ctx: ArticleContext) -> Named | None:
    """Whom respondents told their answers: the pollster ("... told the Acme Institute")."""
    if verb.lemma_.lower() not in TOLD_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")):
        if obj.pos_ == "PROPN" or obj.ent_type_ == "ORG":
            return describe(obj, ctx)
    return None
