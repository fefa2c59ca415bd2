"""Sources named through what they put out: a report noun and whoever wrote, owns or announced it.

"a study by X", "reports from X", "central bank data shows" (its owner: ``report_possessors``),
"X's announcement that 2,000 jobs would go", a definite "the report" whose author the sentences
before gave, "with reports of ..." (hearsay). ``attribution`` and ``according_to`` ask these
questions of a claim's sentence; the resolved ``Source`` record lives here so that all can build it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import EVIDENCE_VERBS, GATHER_VERBS
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import pobj
from tasks.extract.memo import sentence_of
from tasks.extract.names import canonical_org
from tasks.extract.non_speakers import content_clause
from tasks.extract.org_names import is_media
from tasks.extract.referents import Named, describe, is_thing
from tasks.extract.report_antecedents import (
    definite_bare,
    introduced_before,
    mentioned_before,
    spoke_before,
    unowned,
)
from tasks.extract.report_owners import (
    NOT_AUTHOR_VERBS,
    is_report_noun,
    issuer_of,
    published_in,
    report_author,
)
from tasks.extract.report_possessors import report_owner
from tasks.schema import AttributionKind, AttributionScope

_BEFORE = AttributionScope.PARAGRAPH  # a report the sentences before gave


@dataclass(frozen=True)
class Source:
    """A resolved source: the name as attributed, its kind, the cue words and the scope."""

    name: str
    kind: AttributionKind
    cue: str | None
    scope: AttributionScope = AttributionScope.SENTENCE

    @classmethod
    def of(cls, named: Named, cue: str | None) -> Source:
        return cls(named.name, named.kind, cue)


def gathers(verb: Token) -> bool:
    """A participle or relative clause that reports or gathers what its noun counts: "attacks
    documented by X", "cases whose details were collected by X"."""
    if verb.dep_ == "acl" and is_cue_verb(verb):
        return True
    return verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in GATHER_VERBS


def report_source(noun: Token, ctx: ArticleContext, *, holds: bool) -> Source | None:
    """The source of a report noun: "reports from X", "a study by X", "estimates provided to Y
    from X", "an email from X", or its owner: "central bank data shows", "the ministry's
    figures", "Russian claims of ..." (the owner counts when the noun ``holds`` the figure or
    is the subject of a verb that presents evidence)."""
    if (noun.pos_ not in ("NOUN", "PROPN") and noun.dep_ != "pobj") or not is_report_noun(noun):
        return None
    preps = [c for c in noun.children if c.dep_ != "acl"]
    # "a report compiled by X"; not "a statement obtained by Variety" (who got it, not who wrote
    # it), nor "a study ordered by X" (who asked for it)
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and not content_clause(c)]
    preps += [g for c in clauses if c.lemma_.lower() not in NOT_AUTHOR_VERBS for g in c.children]
    preps += [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "prep"]
    # "The report, by the Acme Institute, found": "by" hung on the comma
    preps += [g for c in noun.children if c.dep_ == "punct" for g in c.children if g.dep_ == "prep"]
    # "Estimates provided to Rusi from Ukraine's military": "from" on the participle's object
    preps += [
        g
        for c in clauses
        if c.dep_ == "acl"
        for p in c.children
        if p.dep_ in ("prep", "dative") and (o := pobj(p)) is not None
        for g in o.children
        if g.dep_ == "prep"
    ]
    for child in preps:
        obj = report_author(child)
        if obj is not None and _moved_from(noun, obj, ctx):
            continue  # "the release of 240 women from jails": where they came from, no author
        if obj is not None and (found := describe(obj, ctx)):
            return Source.of(found, f"{noun.lower_} {child.lower_}")
    for place in published_in(noun):  # "data provided in media reports": the reports' source
        if (inner := report_source(place, ctx, holds=True) or describe(place, ctx)) is not None:
            return inner if isinstance(inner, Source) else Source.of(inner, noun.lower_)
    if holds or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in EVIDENCE_VERBS):
        owner = report_owner(noun, ctx)
        if owner is not None:
            return Source.of(owner, noun.lower_ if holds else f"{noun.lower_} {noun.head.lower_}")
    # "Chris Deering made a prediction that ...", "X issued a statement saying ..." (the
    # statement speaks through a participle hung on it): whoever put it out
    issuer = issuer_of(noun)
    if issuer is not None and (found := describe(issuer, ctx)) is not None:
        return Source.of(found, f"{noun.head.lower_} {noun.lower_}")
    return None


def report_before(noun: Token, ctx: ArticleContext) -> Source | None:
    """The source of the report a definite report noun stands for, given by the sentences just
    before (see ``report_antecedents``): "X reported that ... The report claims 38 ..." (X); else
    the one the article introduced by name further back ("..., said a World Bank report." in the
    lead, "the report said" paragraphs on: the World Bank)."""
    if not is_report_noun(noun) or not definite_bare(noun):
        return None
    found = _source_before(noun, ctx, mentioned_before(noun, ctx)) or _put_out_before(noun, ctx)
    return found if found is not None else _source_before(noun, ctx, introduced_before(noun, ctx))


def _put_out_before(noun: Token, ctx: ArticleContext) -> Source | None:
    """The organisation the sentence just before reports ("..., the World Bank said. Overall,
    the report forecast 2.7%"), as the author of a definite report noun no earlier sentence names a
    report for (see ``spoke_before``); a person who spoke may be commenting on someone else's
    report, so only an organisation counts; and figures that spoke ("Revised figures showed
    ... the data suggests") are no organisation: "the data" is those figures again."""
    speaker = spoke_before(noun, ctx)
    if speaker is None or is_report_noun(speaker):
        return None
    found = describe(speaker, ctx)
    if found is None or found.kind != AttributionKind.ORGANIZATION:
        return None
    return Source(found.name, found.kind, noun.lower_, _BEFORE)


def bare_report(noun: Token) -> bool:
    """ "the figures", "official statistics", "a new survey": a report noun whose words name no
    owner, which as the source of its figures is no name by itself (its owner, named before,
    or nobody: the outlet's word). Plural "reports" stand for several unnamed sources (news
    reports, hearsay) and keep their reading, as in "reports said"."""
    several = noun.lemma_.lower() == "report" and noun.tag_ == "NNS"
    return is_report_noun(noun) and noun.pos_ == "NOUN" and not several and unowned(noun)


def hearsay_of(noun: Token, target: Token, ctx: ArticleContext) -> Source | None:
    """ "..., with reports of 30 civilians killed": plural reports naming no one, whose "of"
    phrase holds the figure, are its source, as in "reports said" (hearsay: ``hedges``); one
    named report ("reports of the UN") is ``report_source``'s."""
    if noun.lemma_.lower() != "report" or noun.tag_ != "NNS" or not unowned(noun):
        return None
    if not _frames_clause(noun):
        return None  # "the order followed reports of 40 graves": an event, nobody's word
    of = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")
    if not any(c.is_ancestor(target) for c in of):
        return None
    found = describe(noun, ctx)
    return Source.of(found, "reports of") if found is not None else None


_FRAMING_PREPS = frozenset({"with", "amid", "amidst"})


def _frames_clause(noun: Token) -> bool:
    """Whether reports frame what the sentence tells: "with/amid reports of ...", "there were
    reports of ...", "reports of ... emerged" (a subject), not an object of what someone did
    ("followed reports of ...", "denied reports of ...")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ == "attr":
        return any(c.dep_ == "expl" for c in noun.head.children)
    return noun.dep_ == "pobj" and noun.head.lower_ in _FRAMING_PREPS


def is_unowned_report(noun: Token) -> bool:
    """ "A pessimistic forecast", "one study", "an internal report": a singular report noun
    whose words before it name no owner; as a speaker it is no source name by itself (plural
    "reports said" may stand for several sources and keeps its own reading)."""
    return is_report_noun(noun) and noun.tag_ == "NN" and unowned(noun)  # not "reports said"


def relayed_report(noun: Token, verb: Token) -> bool:
    """ "The spokesman said initial reports indicated 12 ...": unowned reports a named
    speaker passes on in what he says; he is the source, the reports are his hedge."""
    if not is_report_noun(noun) or not unowned(noun) or noun.tag_ not in ("NNS", "NNPS"):
        return False
    if verb.dep_ != "ccomp" or not is_cue_verb(verb.head):
        return False
    return speaker_of(verb.head) is not None


def made_before(noun: Token, ctx: ArticleContext) -> Source | None:
    """The author the sentence just before gives for the report an unowned report noun names
    ("X, forecasting a recovery, believes ... A pessimistic forecast concluded ..."): X; else
    the one the next sentence names it by ("A survey has concluded ... The study by X ...", a
    report the article is about, named first and credited next); None when neither does (see
    ``is_unowned_report``)."""
    found = _source_before(noun, ctx, mentioned_before(noun, ctx, back=1))
    return found if found is not None else _credited_next(noun, ctx, _CREDIT_CHAIN)


_CREDIT_CHAIN = 2  # a headline's report, restated unowned by the lead, credited after it


def _credited_next(noun: Token, ctx: ArticleContext, chain: int) -> Source | None:
    """The author of "the <report>" with a named author in the sentence right after ``noun``'s
    ("The extensive study by X describes ..."), following a restatement that is unowned again
    up to ``chain`` sentences on (a headline's report restated by the lead)."""
    sent = sentence_of(noun)
    if chain <= 0 or sent.end >= len(ctx.doc):
        return None
    nxt = sentence_of(ctx.doc[sent.end])
    for tok in nxt:
        if ctx.in_quote(tok.idx) or not is_report_noun(tok) or tok.pos_ != "NOUN":
            continue
        if definite_bare(tok) and (found := report_source(tok, ctx, holds=False)) is not None:
            return replace(found, scope=_BEFORE)
        if is_unowned_report(tok) and tok.dep_ in ("nsubj", "nsubjpass"):
            return _credited_next(tok, ctx, chain - 1)
    return None


def _source_before(noun: Token, ctx: ArticleContext, before: Token | None) -> Source | None:
    """The source of ``before``, the earlier mention or the author of the report ``noun``
    stands for (see ``report_before``)."""
    if before is not None and is_report_noun(before) and before.pos_ == "NOUN":
        found_report = report_source(before, ctx, holds=True)  # "a study by X ... The study"
        return None if found_report is None else replace(found_report, scope=_BEFORE)
    if before is not None and (found := describe(before, ctx)) is not None:
        return Source(found.name, found.kind, noun.lower_, _BEFORE)  # "X reported ... The report"
    return None


def _moved_from(noun: Token, origin: Token, ctx: ArticleContext) -> bool:
    """Whether a report noun names an act done to counted things taken from a place ("the
    release of 240 women from jails"), not a report by ``origin``."""
    counted = any(
        g.dep_ == "nummod" for c in noun.children if c.lower_ == "of" for o in c.children
        for g in o.children
    )  # fmt: skip
    return counted and is_thing(origin, ctx)


def colon_report(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """ "The institute gave its figures: 300 firms closed ...": the source of the report noun
    that ends the words before a colon which introduces the target."""
    doc = sent.doc
    colon = next((k for k in range(target.i - 1, sent.start, -1) if doc[k].text == ":"), None)
    if colon is None:
        return None
    noun = next((t for t in doc[colon - 1].ancestors if t.right_edge.i == colon - 1), None)
    noun = doc[colon - 1] if is_report_noun(doc[colon - 1]) else noun
    if noun is None or not is_report_noun(noun) or noun.dep_ not in ("dobj", "pobj", "nsubj"):
        return None
    return report_source(noun, ctx, holds=True)


def complement_of(clause: Token) -> Token | None:
    """The report noun a "that" clause completes when the parser hung the clause on the verb
    instead: "pointed to the institute's predictions [that ... £11bn ...]", "followed the
    minister's announcement in July [that ...]" (a date between them is passed over)."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.lower_ != "that":
        return None
    start = clause.left_edge.i
    if start == 0 or clause.doc[start].dep_ != "mark":
        return None
    before = clause.doc[start - 1]
    if before.ent_type_ in ("DATE", "TIME") and before.dep_ == "pobj":
        before = before.head.head  # "announcement [in July] that"
    if before.i >= clause.head.i and is_report_noun(before) and before.head.i != clause.i:
        return before
    return None


_SHOW_FORMS = frozenset({
    "show", "shows", "showed", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals",
})  # fmt: skip
_LEADING = ("DET", "ADJ", "NOUN", "PROPN")


def closing_report(sent: Span, after: int, ctx: ArticleContext) -> Source | None:
    """ "Exports rose 4%, figures from the statistics office show.": a report that closes the
    sentence after a comma, past token ``after``, and presents its evidence; its author or
    owner. The parser often reads "show" there as a noun ("from the office show"), so the
    words are read as written: comma, report noun (with its modifiers), "from"/"by" X, verb."""
    doc, end = sent.doc, sent.end - 1
    while end > sent.start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    last = doc[end]
    if last.lower_ not in _SHOW_FORMS:
        return None
    comma = next((k for k in range(end - 1, after, -1) if doc[k].text == ","), None)
    if comma is None:
        return None
    words = doc[comma + 1 : end]
    noun = next((t for t in words if is_report_noun(t) and t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or any(t.pos_ not in _LEADING for t in doc[comma + 1 : noun.i]):
        return None
    if last.pos_ in ("VERB", "AUX") and noun.dep_ == "nsubj" and noun.head.i == last.i:
        return report_source(noun, ctx, holds=True)  # parsed as written
    prep = doc[noun.i + 1] if noun.i + 1 < end else None
    if prep is None or prep.lower_ not in ("from", "by"):
        return report_source(noun, ctx, holds=True)
    named = doc[prep.i + 1 : end]
    while len(named) > 1 and named[0].pos_ == "DET":
        named = named[1:]
    text = named.text.strip()
    if not text or not any(t.pos_ in ("NOUN", "PROPN") for t in named):
        return None
    kind = AttributionKind.MEDIA if is_media(text) else AttributionKind.ORGANIZATION
    return Source(canonical_org(text), kind, f"{noun.lower_} {prep.lower_}")
