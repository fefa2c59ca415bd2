"""A source carried on by a pronoun: "The bank said it had worked hard to stop fraud. It has
already blocked more than 5,000 accounts." (the bank).

A sentence with no source of its own whose main subject is "it", "he", "she" or "they" standing
for the speaker of the sentence just before (same paragraph, that sentence's main verb a
reporting verb whose reported clause has the same pronoun as its subject: the speaker telling
of itself) goes on with what that speaker reported: the figure is the speaker's. The
pronoun must agree with the speaker (a person for "he"/"she", an organisation for "it", either
an organisation or a group for "they") and the sentence before must offer no other referent of
its kind, or the pronoun may stand for that one ("The bank said the regulator had failed. It has
fined 30 firms.": which "it"?).

A sentence that adds to a report with "And" or "Also" goes on with it too: "Mr Lee said 40% of
pensioners were paying more. And 1.5 million families were paying 60%." (Mr Lee's): right after a
sentence of the same paragraph whose main verb reports a clause, with no source of its own and
its verb in the tense of the clause reported (the backshift of indirect speech: "were paying"
after "said ... were paying"). Not "But" (the outlet's contrast as often as the speaker's), nor
a sentence in another tense ("X said prices had risen. And the firm employs 300.") or one that
dates its own event ("And on Monday 40 staff walked out"): the outlet's narration.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import sentence_before, subject
from tasks.extract.it_referents import stands_for
from tasks.extract.referents import describe
from tasks.extract.reports import Source, report_source
from tasks.schema import AttributionKind, AttributionScope

_PERSON = frozenset({"he", "she"})
_THING = "it"
_GROUP = "they"
_ORG_KINDS = (AttributionKind.ORGANIZATION, AttributionKind.MEDIA)
_PERSON_KINDS = (AttributionKind.PERSON, AttributionKind.OFFICIAL_ANONYMOUS)


def carried_on(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source of the sentence before that ``sent``'s pronoun subject goes on about (see the
    module docstring), for a figure in the pronoun's own clause."""
    pronoun = subject(sent.root)
    if pronoun is None or pronoun.dep_ != "nsubj" or ctx.in_quote(target.idx):
        return None
    low = pronoun.lower_
    if low not in _PERSON and low not in (_THING, _GROUP) or not _in_main_clause(target, sent):
        return None
    if _conditional(sent.root):
        return None  # "If convicted, he could face a $50,000 fine": the outlet's aside
    prev = sentence_before(sent)
    verb = prev.root if prev is not None else None
    if prev is None or verb is None or ctx.in_quote(verb.idx) or not is_cue_verb(verb):
        return None
    speaker = speaker_of(verb)
    if speaker is None or speaker.dep_ != "nsubj" or not _went_on(verb, low):
        return None
    named = describe(speaker, ctx)
    if named is None or not _agrees(low, speaker, named.kind):
        return None
    if _rival(prev, speaker, low, ctx):
        return None
    return replace(Source.of(named, verb.lower_), scope=AttributionScope.PARAGRAPH)


def _went_on(verb: Token, pronoun: str) -> bool:
    """Whether what ``verb`` reports has the same pronoun as its subject, the speaker going on
    about itself ("The bank said it had worked hard ..."), so that the next sentence's
    pronoun continues that report: not "The song was written by X" (the pronoun is the song's)
    nor "X denies 10 charges" (X reports nothing of itself)."""
    clauses = (c for c in verb.children if c.dep_ == "ccomp")
    return any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == pronoun
        for c in clauses
        for g in c.children
    )


_IF_WORDS = frozenset({"if", "unless"})


def _conditional(root: Token) -> bool:
    """Whether the main verb holds an "if"/"unless" clause: a hypothetical the outlet adds."""
    return any(c.dep_ == "advcl" and c.left_edge.lower_ in _IF_WORDS for c in root.children)


def _in_main_clause(target: Token, sent: Span) -> bool:
    """Whether ``target`` hangs on the main verb (or a verb conjoined to it) through no clause
    of its own: "It has blocked more than 5,000 accounts", not "It said 40 people had died"."""
    for anc in target.ancestors:
        if anc.i == sent.root.i:
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ != "conj":
            return False
    return False


def _agrees(pronoun: str, speaker: Token, kind: AttributionKind) -> bool:
    """Whether the pronoun can stand for the speaker: "he"/"she" a person, "it" one
    organisation, "they" an organisation or a plural."""
    if pronoun in _PERSON:  # "Mr Jones", "the mayor", "a spokesman"
        return kind in _PERSON_KINDS and speaker.tag_ not in ("NNS", "NNPS")
    if pronoun == _THING:
        return kind in _ORG_KINDS and speaker.tag_ not in ("NNS", "NNPS")
    return kind in _ORG_KINDS or speaker.tag_ in ("NNS", "NNPS")


def _rival(prev: Span, speaker: Token, pronoun: str, ctx: ArticleContext) -> bool:
    """Whether the sentence before names another referent the pronoun could stand for: another
    person for "he"/"she", another organisation, country or body for "it"/"they" ("the
    watchdog")."""
    own = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    for tok in prev:
        if tok.i in own or ctx.in_quote(tok.idx) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if pronoun in _PERSON and tok.ent_type_ == "PERSON":
            return True
        if pronoun not in _PERSON and stands_for(tok, plural=pronoun == _GROUP, spoke=False):
            return True
    return False


_ADDITIVE = frozenset({"and", "also"})
_PAST_MODALS = frozenset({"would", "could", "might", "should"})


def added_to_report(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source of the report that a sentence opening with "And"/"Also" adds to (see the
    module docstring)."""
    if sent[0].lower_ not in _ADDITIVE or ctx.in_quote(target.idx):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in sent):
        return None  # "And on Monday 40 staff walked out": an event the outlet dates
    prev = sentence_before(sent)
    verb = prev.root if prev is not None else None
    if verb is None or ctx.in_quote(verb.idx) or not is_cue_verb(verb):
        return None
    reported = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    speaker = speaker_of(verb)
    if reported is None or speaker is None or ctx.in_quote(speaker.idx):
        return None
    tense = _tense(reported)
    if tense is None or tense != _tense(sent.root):
        return None
    found = report_source(speaker, ctx, holds=False)
    if found is None and (named := describe(speaker, ctx)) is not None:
        found = Source.of(named, verb.lower_)
    return replace(found, scope=AttributionScope.PARAGRAPH) if found is not None else None


def _tense(verb: Token) -> str | None:
    """ "past" or "present": the tense of a clause's finite word (its verb or an auxiliary)."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    for word in sorted(words, key=lambda t: t.i):
        if word.tag_ == "VBD" or (word.tag_ == "MD" and word.lower_ in _PAST_MODALS):
            return "past"
        if word.tag_ in ("VBZ", "VBP", "MD"):
            return "present"
    return None
