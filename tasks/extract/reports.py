"""Sources named through what they put out: a report noun and whoever wrote, owns or announced it.

"a study by X", "reports from X", "according to data from X", "the ministry's figures", "central
bank data shows", "X's announcement that 2,000 jobs would go", "according to its estimate" (the
organisation "it" stands for). ``attribution`` asks these questions of a claim's sentence; the
resolved ``Source`` record lives here so that both can build it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tasks.extract.claim_words import PERSON_NOUNS
from tasks.extract.context import ArticleContext, subjects_of
from tasks.extract.cue_words import (
    BODY_NOUNS,
    EVIDENCE_VERBS,
    GATHER_VERBS,
    OFFICIAL_NOUNS,
    REPORT_STAGE_ADJECTIVES,
    TALLY_NOUNS,
)
from tasks.extract.cues import is_cue_verb, speaker_of
from tasks.extract.grammar import (
    entity_at,
    is_measure,
    pobj,
    sentences_back,
    source_preposition,
    subject,
)
from tasks.extract.memo import sentence_of
from tasks.extract.names import actor_of, canonical_org
from tasks.extract.non_speakers import content_clause
from tasks.extract.org_names import is_media, national_body_name
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
from tasks.schema import AttributionKind, AttributionScope

_OWNER_LABELS = ("ORG", "GPE", "NORP", "PERSON")
_OWNER_PRONOUNS = ("its", "their")
_WHEN = ("DATE", "TIME")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_BEFORE = AttributionScope.PARAGRAPH  # a report the sentences before gave
_OWNER_BACK = 2  # how many sentences back "its estimate" looks for what "its" stands for


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


def according_to(
    sent: Span, ctx: ArticleContext, target: Token | None = None, *, figure: bool = True
) -> Source | None:
    """ "according to X" anywhere in the sentence; "according to projections ... by Acme" is
    Acme's, "according to the ministry's figures" and "according to its estimate" the owner's.
    One inside a relative clause speaks only for that clause: "support for talks, which,
    according to Ipsos, reached 40%" gives no other figure of the sentence (``target``). For a
    ``figure``, a bare report ("according to the figures") is no name by itself; words quoted
    from it are the report's ("According to the report, “...”")."""
    for tok in sent:
        if source_preposition(tok):  # "according to X", "as per X"
            if target is not None and _elsewhere(tok, target):
                continue
            obj = pobj(tok.nbor())
            obj = obj if obj is not None else pobj(tok)
            cue = f"{tok.lower_} {tok.nbor().lower_}"
            if obj is None:
                found = _participle_read(tok.nbor(), ctx, cue) or _read_apart(tok.nbor(), ctx, cue)
            elif figure and bare_report(obj) and not any(c.dep_ == "prep" for c in obj.children):
                found = _bare_owner(obj, ctx, cue)  # "according to the figures": no name by itself
            else:
                found = _credited(obj, ctx, cue)
            if found is not None:
                return found
    return None


def _bare_owner(obj: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """Whose a bare report is ("according to the figures"): its owner's, told in the sentence
    or before (``report_source``, ``report_before``, ``made_before``), else nobody's."""
    found = report_source(obj, ctx, holds=True) or report_before(obj, ctx) or made_before(obj, ctx)
    return replace(found, cue=cue) if found is not None else None


def _participle_read(to: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """ "according to corroborating sources" parsed as a gerund taking "sources" as its object:
    the adjective and its noun are the source's name."""
    verb = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
    if verb is None or obj is None or obj.i != verb.i + 1:
        return None
    found = _credited(obj, ctx, cue)
    name = f"{verb.text} {obj.text}"
    return (
        None
        if found is None
        else replace(found, name=name if found.name == obj.text else found.name)
    )


_NAME_WORDS = ("PROPN", "NOUN", "ADJ", "DET", "PART")


def _read_apart(to: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """ "According to Information Minister Ann Lee, 27 soldiers died": a name the parse took
    out of the phrase (as the subject of the clause after the comma); the name phrase between
    "to" and the comma, its last word the head."""
    doc, end = to.doc, to.i + 1
    while end < len(doc) and doc[end].pos_ in _NAME_WORDS and doc[end].text != ",":
        end += 1
    if end == to.i + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    head = doc[end - 1]
    return _credited(head, ctx, cue) if head.pos_ in ("PROPN", "NOUN") else None


def _credited(obj: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """The source a crediting phrase's noun names ("according to [the ministry's figures]",
    "by [expert estimates]"): a report's owner, else the phrase itself; none for "its survey"
    with nothing for "its" to stand for, nor for a measure ("according to their wishes"), nor
    for a thing after "as per" ("as per the agreement": in keeping with it, nobody's word)."""
    found_report = report_source(obj, ctx, holds=True) or report_before(obj, ctx)
    if found_report is not None:
        return replace(found_report, cue=cue)
    if _pronoun_owned(obj) or _by_measure(obj):
        return None
    if cue == "as per" and is_thing(obj, ctx):
        return None
    found = describe(obj, ctx)
    return Source.of(found, cue) if found is not None else None


def by_estimate(target: Token, ctx: ArticleContext) -> Source | None:
    """ "The war has, by expert estimates, killed 40,000": a "by" phrase on a clause over the
    figure whose noun is a tally ("by UN estimates", "by one count", "by the army's tally")
    credits the figure like "according to" (not a passive's agent: "killed by shelling")."""
    for anc in target.ancestors:
        for prep in anc.children:
            if prep.dep_ != "prep" or prep.lower_ != "by" or prep.i > target.i:
                continue
            obj = pobj(prep)
            if obj is not None and obj.lemma_.lower() in TALLY_NOUNS and _owned(obj):
                return _credited(obj, ctx, "by")
    return None


def _owned(noun: Token) -> bool:
    """Whether a tally says whose it is ("UN estimates", "expert estimates", "the army's
    count", "estimates from the UN"), not only what kind ("by conservative estimates")."""
    return any(
        c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
        for c in noun.children
    )


def _elsewhere(according: Token, target: Token) -> bool:
    """Whether "according" sits in a relative clause that does not hold ``target``."""
    clause = next((a for a in according.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.i != target.i and not clause.is_ancestor(target)


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
        owner = _report_owner(noun, ctx)
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


def _report_owner(noun: Token, ctx: ArticleContext) -> Named | None:
    """Whose report a modified report noun is: "central bank data" -> central bank, "the
    ministry's figures" -> ministry, "ONS figures" -> ONS, "its estimate" -> what "its" stands
    for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ in _WHEN:
        return None  # "last year's survey": when, not whose
    if poss is not None and poss.pos_ != "PRON":
        found = describe(poss, ctx)  # the phrase may keep its "'s": "the chancellor's"
        name = "" if found is None else _POSSESSIVE.sub("", found.name).strip()
        return replace(found, name=name) if found is not None and name else None
    if poss is not None and poss.lower_ in _OWNER_PRONOUNS:
        return _pronoun_owner(poss, ctx)
    # not the unit a number measures: "the 1TB model", "10-year notes"
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and not is_measure(c)]
    if not mods:
        return None
    span = _without_report_adjectives(noun.doc[mods[0].left_edge.i : noun.i])
    named = any(t.pos_ == "PROPN" or t.ent_type_ in _OWNER_LABELS for t in span)
    if not named and not any(t.lemma_.lower() in BODY_NOUNS for t in span):
        return None  # "new data", "official figures", "casualty figures": no owner named
    if (body := national_body_name(span)) is not None:
        return Named(body, AttributionKind.ORGANIZATION)  # "an Indian Defense Ministry statement"
    if all(t.pos_ == "ADJ" for t in span if t.pos_ != "DET") and span.root.ent_type_ == "NORP":
        # "British intelligence", "Palestinian figures": a nationality names no one who owns
        # them, so the report goes by its own name (as a body does: ``national_body``)
        return Named(noun.doc[span.start : noun.i + 1].text, AttributionKind.ORGANIZATION)
    org = next((entity_at(t) for t in span if t.ent_type_ in _OWNER_LABELS), None)
    if org is not None and org.label_ == "PERSON":
        return Named(ctx.names.canonical(org.text), AttributionKind.PERSON)
    text = (org.text if org is not None else span.text).strip()
    if is_media(text):
        return Named(canonical_org(text), AttributionKind.MEDIA)
    return Named(actor_of(text) or canonical_org(text), AttributionKind.ORGANIZATION)


def _without_report_adjectives(span: Span) -> Span:
    """The words before a report noun without the adjectives that say when or how final the
    report is, which describe it, not its owner: "Initial military reports" -> "military",
    "preliminary police figures" -> "police", "latest hospital data" -> "hospital" (the
    parse hangs them as it hangs "central" in "central bank data", so the words decide)."""
    while len(span) > 1 and _describes_report(span[0]):
        span = span[1:]
    return span


def _describes_report(word: Token) -> bool:
    """A stage adjective of a report ("initial", "latest"), not a word of its owner's name."""
    if word.pos_ != "ADJ" or word.ent_type_:
        return False
    return word.lemma_.lower() in REPORT_STAGE_ADJECTIVES or word.lower_ in REPORT_STAGE_ADJECTIVES


def _pronoun_owned(noun: Token) -> bool:
    return is_report_noun(noun) and any(
        c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in noun.children
    )


def _by_measure(noun: Token) -> bool:
    """ "according to their capabilities", "according to his wishes": a measure something is
    done by, not a source (a person, a body or a report owned by the pronoun would be one)."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if not owned or noun.pos_ != "NOUN" or is_report_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    return lemma not in BODY_NOUNS and lemma not in OFFICIAL_NOUNS and lemma not in PERSON_NOUNS


def _may_own(tok: Token) -> bool:
    """An organisation or a body that "its" may stand for."""
    if tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":
        return False
    return tok.ent_type_ in ("ORG", "NORP") or tok.lemma_.lower() in BODY_NOUNS


def _pronoun_owner(poss: Token, ctx: ArticleContext) -> Named | None:
    """What "its"/"their" on a report noun stands for: its own clause's subject when that is an
    organisation before it ("The institute gave its figures"), else the nearest sentence
    before, in its paragraph or the one before, whose speaker or subject is an organisation or
    a group ("The guild said ... According to its survey, 40% ..."); never a person."""
    verb = next((a for a in poss.ancestors if a.pos_ in ("VERB", "AUX")), None)
    own = subject(verb) if verb is not None else None  # "The institute gave its figures"
    if own is not None and own.i < poss.i and _may_own(own):
        return describe(own, ctx)
    for prev in sentences_back(sentence_of(poss), _OWNER_BACK):
        spoke = {s.i for t in prev if is_cue_verb(t) and (s := speaker_of(t)) is not None}
        for cand in subjects_of(prev):
            if cand.pos_ == "PRON" or cand.ent_type_ == "PERSON" or ctx.in_quote(cand.idx):
                continue
            group = cand.ent_type_ in ("ORG", "NORP") or cand.lemma_.lower() in BODY_NOUNS
            if cand.i not in spoke and not group:
                continue
            found = describe(cand, ctx)
            if found is not None and found.kind == AttributionKind.ORGANIZATION:
                return found
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
