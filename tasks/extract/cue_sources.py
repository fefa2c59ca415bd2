"""Whom a reporting verb's speaker names as a figure's source: a poll for its respondents, the
owner of a page or a report that speaks, the author the article gave an unowned report before,
the body a spokesperson speaks for; nobody when the speaker holds the figure ("the 87 dead ...
said") or causes it ("the strikes claimed 24 lives").
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_scope import causes, told
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import FINDING_VERBS, MEDIA, MEDIA_HEADS
from tasks.extract.cues import cue_word, partitive_of
from tasks.extract.descriptions import body_named_before, fuller_before
from tasks.extract.elided_heads import pair_named
from tasks.extract.grammar import noun_phrase, pobj
from tasks.extract.org_names import is_media
from tasks.extract.polls import is_respondents, poll_source
from tasks.extract.postings import posted_by
from tasks.extract.referents import Named, body_spoken_for, carries_name, describe, named_conjunct
from tasks.extract.reports import (
    Source,
    bare_report,
    is_unowned_report,
    made_before,
    relayed_report,
    report_before,
    report_source,
)
from tasks.schema import AttributionKind, AttributionScope


def cue_source(verb: Token, target: Token, ctx: ArticleContext) -> Source | None:
    """The source of a reporting verb's figure: its speaker, unless the speaker holds the figure
    itself; a share of respondents ("Some 87% said ...") is on the word of its poll."""
    subj = speaker_of(verb)
    return None if subj is None else spoken_by(subj, verb, target, ctx)


def spoken_by(subj: Token, verb: Token, target: Token, ctx: ArticleContext) -> Source | None:
    """The source a reporting verb's speaker ``subj`` names for ``target`` (see ``cue_source``)."""
    if is_respondents(subj):
        polled = poll_source(subj, ctx)
        if polled is None:
            return None
        scope = AttributionScope.SENTENCE if polled[1] else AttributionScope.PARAGRAPH
        return Source(polled[0].name, polled[0].kind, cue_word(verb), scope)
    if _in_subject(subj, verb, target):
        return None  # "the 87 dead ... said" (not "the mayor, who said 40 ...")
    if causes(subj, verb) and not told(verb, target):
        return None  # "the strikes claimed 24 lives", "shelling raised the toll to 40": causes
    if (owner := posted_by(subj, ctx)) is not None:
        return Source.of(owner, cue_word(verb))  # "a statement on the army's website said"
    if (report := report_source(subj, ctx, holds=False) or report_before(subj, ctx)) is not None:
        return report  # "..., a survey by the Acme Institute found.", "X reported ... The report"
    if is_unowned_report(subj) or _bare_finding(subj, verb):  # "One study found 40% ...",
        return made_before(subj, ctx)  # "The figures show ...": no name by themselves
    if relayed_report(subj, verb):  # "X said initial reports indicated 12 ...": X's
        return None
    found = _described(subj, ctx)
    if found is not None and found.kind == AttributionKind.OFFICIAL_ANONYMOUS:
        found = body_spoken_for(subj) or found  # "a spokeswoman for Acme Re said": Acme Re
    return Source.of(found, cue_word(verb)) if found is not None else None


def _described(subj: Token, ctx: ArticleContext) -> Named | None:
    """Who a reporting verb's subject names: a named conjunct over a description ("the group
    and Somali officials said"), the fuller mention a bare "the ministry" shortens, the body a
    description of its kind stands for ("Al Shabaab ... The militant group said")."""
    if (pair := pair_named(subj, ctx)) is not None:
        return pair  # "a humanitarian and a diplomatic source said"
    found = describe(fuller_before(subj, ctx) or named_conjunct(subj), ctx)
    if found is not None and (both := _unnamed_pair(subj)) is not None:
        return Named(both, found.kind)  # "Doctors and rescuers put the toll at 70"
    if found is None or found.kind != AttributionKind.ORGANIZATION or carries_name(subj):
        return found  # "The Taliban militant group" names itself
    body = body_named_before(subj, ctx)
    return Named(body, AttributionKind.ORGANIZATION) if body is not None else found


def _unnamed_pair(subj: Token) -> str | None:
    """The whole coordination when a reporting verb's subject joins common nouns that name no
    one ("Doctors and rescuers said", "police, medics and witnesses said"): none speaks alone,
    so the first is not the source; None when a conjunct carries a name (``named_conjunct``
    picks it) or speaks for a named body ("police and a spokesman for Hamas": cut to "a
    spokesman", the body would be lost), or the nouns are joined otherwise ("doctors or
    nurses")."""
    conjuncts = [c for c in subj.conjuncts if c.i > subj.i]
    if not conjuncts or subj.pos_ != "NOUN" or carries_name(subj):
        return None
    if any(c.pos_ != "NOUN" or carries_name(c) or _media(c) for c in conjuncts):
        return None  # "residents and local media said": the people, the media relay them
    if any(_for_named_body(c) for c in conjuncts):
        return None
    # in a list of three the "and" hangs on the last but one: "police, medics and witnesses"
    joins = [c for t in (subj, *conjuncts) for c in t.children if c.dep_ == "cc"]
    if not joins or any(c.lower_ != "and" for c in joins):
        return None
    last = noun_phrase(conjuncts[-1])
    return subj.doc[noun_phrase(subj).start : last.end].text


def _for_named_body(noun: Token) -> bool:
    """Whether a noun's "for"/"of" phrase names a body it speaks for ("a spokesman for Hamas",
    "an official of the Red Crescent"), which the coordination's text would drop."""
    preps = (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of"))
    return any((obj := pobj(p)) is not None and carries_name(obj) for p in preps)


def _media(noun: Token) -> bool:
    """Whether a noun names the media ("local media", "state television", "Reuters"): a
    common noun of broadcasting or print counts as well as a known outlet's name."""
    media = noun.lower_ in MEDIA or noun.lemma_.lower() in MEDIA_HEADS
    return media or is_media(noun_phrase(noun).text)


def _in_subject(subj: Token, verb: Token, target: Token) -> bool:
    """Whether ``target`` lies in the reporting verb's subject phrase ("the 87 dead ... said"),
    not in a relative clause that holds the verb ("the mayor, who said 40 ..."), nor in a
    count's breakdown after the verb that the parse hung on the subject ("X counted 26 deaths,
    eight of them by mines": "eight of them" picks from the 26, not from X)."""
    if subj.is_ancestor(verb) or not (subj.i == target.i or subj.is_ancestor(target)):
        return False
    return not any(
        a.dep_ == "appos" and a.head.i == subj.i and a.i > verb.i and _of_them(a)
        for a in (target, *target.ancestors)
    )


def _of_them(count: Token) -> bool:
    """A number picking from what a pronoun stands for: "eight of them", "two of whom"."""
    whole = partitive_of(count)
    return whole is not None and whole.pos_ == "PRON"


def _bare_finding(subj: Token, verb: Token) -> bool:
    """ "The figures show 40% ...", "Official statistics suggest ...": a report noun naming no
    owner (see ``bare_report``) as the subject of a verb of finding is the report, not who
    gives its figures."""
    return verb.lemma_.lower() in FINDING_VERBS and bare_report(subj)
