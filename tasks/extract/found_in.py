"""Figures placed in the reports that hold them: "around 70% in various surveys", "support of
40% in a Gallup poll", "in several studies, a third of ...".

An "in" phrase on the figure, or on the words above it up to its clause's verb, that names a
report says where the figure was found: an owned report ("a Gallup poll", "data from the ONS")
is its owner's; several reports ("in various surveys", "in recent polls") have no single owner,
so the figure is theirs as a group, and a source named elsewhere in the sentence or the article
("..., according to the pollster Ipsos") is not its source. A lone report that names no owner
("in a recent poll") says nothing and leaves the figure to the other rules. A report opening
the sentence that the main verb's subject put out ("In a statement issued on Monday, the army
referred to an operation which led to the deaths of 40 fighters") frames all the clause tells as
that subject's word in it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_scope import causes
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import SUBJECT_DEPS, pobj, subject
from tasks.extract.polls import POLL_NOUNS
from tasks.extract.quantity_words import FRACTIONS, PERCENT_WORDS
from tasks.extract.referents import describe
from tasks.extract.report_owners import is_report_noun
from tasks.extract.reports import Source, report_source

# Words that make a plural report noun several reports by several hands: "various surveys".
_SEVERAL = frozenset({
    "various", "several", "many", "multiple", "numerous", "different", "separate", "successive",
    "some", "most",
})  # fmt: skip
_CUE = "in"


def found_in(target: Token, ctx: ArticleContext) -> Source | None:
    """The source of the report an "in" phrase on ``target`` (or on a word above it, up to its
    clause's verb) puts it in (see the module docstring)."""
    for node in (target, *target.ancestors):
        if is_cue_verb(node):
            return None  # "In a court filing, it said ...": whoever says it, not the filing
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != _CUE or prep.is_ancestor(target):
                continue
            noun = pobj(prep)
            if noun is None or not is_report_noun(noun) or _took_part(node, target):
                continue
            if (found := _held_by(noun, ctx)) is not None:
                return found
        if node.pos_ in ("VERB", "AUX"):
            return None  # the figure's clause ends here
    return None


def _took_part(verb: Token, target: Token) -> bool:
    """Whether the figure counts who did something in the report rather than what it found:
    "thousands of people have voted in a radio poll" (the poll's reach, not its finding), where
    a share of them is one: "in several surveys, 40% of voters backed the mayor"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or not (subj.i == target.i or subj.is_ancestor(target)):
        return False
    return not {t.lower_ for t in subj.subtree} & (PERCENT_WORDS | FRACTIONS.keys())


def _held_by(noun: Token, ctx: ArticleContext) -> Source | None:
    """Whose report ``noun`` is: its author or owner, else, for several reports by no one
    named ("various surveys", "recent polls"), the reports themselves."""
    owned = report_source(noun, ctx, holds=True)
    if owned is not None:
        return replace(owned, cue=_CUE)
    if not _several(noun):
        return None
    found = describe(noun, ctx)
    return None if found is None else Source.of(found, _CUE)


def _several(noun: Token) -> bool:
    """A plural report noun standing for several reports: polls or surveys ("in recent polls"),
    or any report noun a word like "various" or "several" makes many ("in several studies")."""
    if noun.tag_ != "NNS":
        return False
    return noun.lemma_.lower() in POLL_NOUNS or any(c.lower_ in _SEVERAL for c in noun.lefts)


def put_out_in(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source of a report that opens the sentence ("In a statement issued on 1 April, the
    army referred to ... which led to the neutralisation of 40 fighters"): its author when it
    names one, else the subject of the verb it is on, whose words it holds; not a figure in
    that subject ("In a poll, 40% of voters ...")."""
    opening = sent[0]
    verb = opening.head
    if opening.lower_ != _CUE or opening.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = pobj(opening)
    if noun is None or not is_report_noun(noun) or not verb.is_ancestor(target):
        return None
    if (owned := report_source(noun, ctx, holds=True)) is not None:
        return replace(owned, cue=_CUE)
    subj = subject(verb)
    if subj is None or subj.i == target.i or subj.is_ancestor(target) or ctx.in_quote(subj.idx):
        return None
    if causes(subj, verb):
        return None  # "In a statement, the ministry said “the fighting killed 16”": a cause
    found = describe(subj, ctx)
    return None if found is None else Source.of(found, f"{_CUE} {noun.lower_}")
