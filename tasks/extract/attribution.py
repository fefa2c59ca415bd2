"""Who says it: the source of a claim or a quote, from cue verbs, "according to" and context.

Sources are found in the claim's own sentence first (scope ``sentence``), then in an anaphoric
next sentence of the same paragraph ("This information was presented ..., according to X",
scope ``paragraph``), then, for bullet items only, the article's lead source (scope ``document``).
In a sentence, a closing "..., the governor, Anna Petrenko, said" wins over everything before it;
then the cue that governs the figure ("X said that ...", "a study by X found ..."), the cue whose
clause a verbless conjunct continues ("where X said six were killed and 15 injured, ...,
according to Y": X's), "according to X", and a cue the parse left unattached. What is left
unsourced is ``policy``'s to settle.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.according_to import according_to, by_estimate
from tasks.extract.adjective_cues import adjective_cue
from tasks.extract.closing_cues import inverted_cue, misread_cue, trailing_cue
from tasks.extract.context import ArticleContext
from tasks.extract.continued import added_to_report, carried_on
from tasks.extract.cue_scope import (
    background_clause,
    causes,
    gapped_after,
    narrated_inside,
    own_complement,
    scene_below,
    set_beside_its_cue,
    told,
    told_to,
)
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import (
    ADDRESSEE_VERBS,
    ANAPHORIC_STARTS,
    BULLETS,
    CLAUSE_CUE_VERBS,
    CLAUSE_ONLY_VERBS,
    DETECTION_VERBS,
    FINDING_VERBS,
    REPLY_VERBS,
)
from tasks.extract.cues import cue_word, is_cue_verb, partitive_of
from tasks.extract.denials import answers_the_report
from tasks.extract.descriptions import body_named_before, fuller_before
from tasks.extract.forecast_clauses import with_forecast
from tasks.extract.found_in import found_in, put_out_in
from tasks.extract.grammar import agent, noun_phrase, put_at
from tasks.extract.memo import sentence_of, span_text
from tasks.extract.polls import is_respondents, poll_source
from tasks.extract.postings import posted_by
from tasks.extract.referents import (
    Named,
    body_spoken_for,
    carries_name,
    describe,
    named_conjunct,
)
from tasks.extract.relative_cues import figure_noun_cue, which_cue
from tasks.extract.relays import relayed_cue
from tasks.extract.reports import (
    Source,
    bare_report,
    closing_report,
    colon_report,
    complement_of,
    gathers,
    hearsay_of,
    is_unowned_report,
    made_before,
    relayed_report,
    report_before,
    report_source,
)
from tasks.schema import AttributionKind, AttributionScope

__all__ = [
    "ArticleContext",
    "Named",
    "Source",
    "according_to",
    "describe",
    "find_source",
    "noun_phrase",
    "report_source",
]


def is_reporting(tok: Token) -> bool:
    """A cue verb with a speaker of its own ("X estimated that"), not a bare "estimated at"."""
    return is_cue_verb(tok, figure=True) and speaker_of(tok) is not None


def _speaks_for(verb: Token, target: Token) -> bool:
    """Whether ``verb`` reports ``target``: "firms added 100,000 jobs" reports nothing, and
    neither does "X accused Russia ..., and Y vowed to supply billions" (a coordinated clause)."""
    clause = next((c for c in verb.children if c.i == target.i or c.is_ancestor(target)), None)
    if clause is not None and clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX"):
        return False
    told_it = clause is not None and told_to(clause, target)  # "told a radio station that"
    if (
        clause is not None
        and not told_it
        and (background_clause(verb, clause) or scene_below(verb, target))
    ):
        # unless the parser hung the figure a verb puts something at in that phrase
        at = put_at(verb) if verb.lemma_.lower() in ("put", "place") else None
        return at is not None and clause.is_ancestor(at)
    if clause is not None and clause.i < verb.i and _says_that_after(verb):
        return False  # "4 were killed in X, the sources said that they targeted Y": Y's only
    if verb.lemma_.lower() in REPLY_VERBS:  # "forces responded effectively, ..., with 15
        return clause is not None and clause.dep_ in ("ccomp", "parataxis")  # militants dead"
    if verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
        return True
    if clause is None or clause.dep_ in ("ccomp", "parataxis", "xcomp", "advcl"):
        return True
    # a clause the parser misread as an object: "wrote that prices could triple to $380"
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)


def _says_that_after(verb: Token) -> bool:
    """Whether a reporting verb reports a "that" clause after it: then what comes before it, in
    a run-on sentence the parse hung on it, is not what it reports."""
    said = (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)
    return any(g.dep_ == "mark" and g.lower_ == "that" for c in said for g in c.children)


def _reports_figure(verb: Token, target: Token) -> bool:
    """Whether ``verb`` gives ``target`` as its speaker's word: a cue verb that speaks for it,
    or a pledge or finding whose own finite clause holds it ("X pledged that ... would reach
    450 gigawatts", "the panel found that in 2015 there were 9 million ...")."""
    if narrated_inside(verb, target):
        return False  # "X vowed that Y would pay, after 10 civilians were killed"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "X said that the US will announce $2bn": not given yet, X gives it
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the army did not mention another attack that left dozens dead": not its
    if is_cue_verb(verb, figure=True):
        return _speaks_for(verb, target)
    if verb.lemma_.lower() in DETECTION_VERBS:
        return _detected(verb, target)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAUSE_CUE_VERBS:
        return False
    own = ("mark", "nsubj", "nsubjpass", "expl")
    clauses = (c for c in verb.children if c.dep_ == "ccomp")
    said = [c for c in clauses if any(g.dep_ in own for g in c.children)]
    held = [c for c in verb.children if c.is_ancestor(target) or c.i == target.i]
    # the clause pledged, or a participle going on with it ("..., going from 175 to 450 GW")
    return bool(held) and (held[0] in said or (bool(said) and held[0].tag_ == "VBG"))


def _detected(verb: Token, target: Token) -> bool:
    """Whether a verb of detection gives ``target`` as what its subject's watch found: the
    figure counts its object ("the military identified about 50 projectiles"), not something
    a clause inside the object tells ("identified the cause of the fire that killed 12"), and
    no reporter above says it ("the coastguard said its patrols spotted 30 boats": the
    coastguard's)."""
    if verb.pos_ != "VERB" or any(is_cue_verb(a, figure=True) for a in verb.ancestors):
        return False
    tok = target
    while tok.head.i != verb.i:
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_ == "dobj"


_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "appos"})


def from_ancestors(target: Token, ctx: ArticleContext) -> Source | None:
    """The nearest cue governing ``target``: "X said that ...", "reports from X indicating ...",
    "central bank data shows ...", "Russian claims of ... hundreds", "attacks documented by X"."""
    for anc in target.ancestors:
        if (found_report := report_source(anc, ctx, holds=True)) is not None:
            return found_report
        if (hearsay := hearsay_of(anc, target, ctx)) is not None:
            return hearsay  # "with reports of 30 civilians killed"
        noun = complement_of(anc)  # "pointed to X's predictions that ..." hung on the verb
        if noun is not None and (found_report := report_source(noun, ctx, holds=True)):
            return found_report
        # "Estimates provided ... from X were that ...", "central bank data shows ..."
        for noun in (c for c in anc.children if c.dep_ == "nsubj" and c.i != target.i):
            if (found_report := report_source(noun, ctx, holds=False)) is not None:
                return found_report
            misread = misread_cue(noun)  # "which War Watch notes was a 70% increase"
            if misread is not None and (found := describe(misread, ctx)) is not None:
                return Source.of(found, noun.lower_)
        parts = anc.subtree if anc.pos_ == "NOUN" else anc.children  # the parse may attach
        for part in (c for c in parts if gathers(c)):  # it lower down
            by = agent(part)  # "the 248 attacks (on ... system) documented by the WHO"
            if by is not None and (found := describe(by, ctx)) is not None:
                return Source.of(found, f"{part.lower_} by")
        if _reports_figure(anc, target) and not told_in_report(anc):
            found_cue = cue_source(anc, target, ctx)
            if found_cue is not None:
                return found_cue
        if _is_aside(anc):
            break  # a cue outside "X, who is accused of a $11bn fraud, ..." is not its source
    return None


def told_in_report(verb: Token) -> bool:
    """ "Acme said it had been told by the regulator that it would get 40m": a passive telling
    inside what an outer reporter says; the outer reporter gives the figure, not the teller."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.dep_ not in ("ccomp", "parataxis"):
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return is_reporting(verb.head)


def _is_aside(verb: Token) -> bool:
    """A relative clause set off by commas about a person ("Ebbers, who is accused of an $11bn
    fraud, ..."): the outlet's background on them, not what the sentence's speaker reports."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    relative = verb.doc[verb.left_edge.i]
    comma = verb.doc[verb.left_edge.i - 1].text == ","
    return comma and relative.lower_ in ("who", "whose")


def in_aside(target: Token) -> bool:
    """Whether ``target`` sits in an aside (see ``_is_aside``)."""
    return any(_is_aside(anc) for anc in target.ancestors)


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
    found = describe(fuller_before(subj, ctx) or named_conjunct(subj), ctx)
    if found is None or found.kind != AttributionKind.ORGANIZATION or carries_name(subj):
        return found  # "The Taliban militant group" names itself
    body = body_named_before(subj, ctx)
    return Named(body, AttributionKind.ORGANIZATION) if body is not None else found


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


def as_reported(target: Token, ctx: ArticleContext) -> Source | None:
    """ "As the agency reported earlier, rebels fired 30 rockets": an "as" clause of a cue verb
    that says nothing of its own (no object, no clause) on a clause over the figure points at
    that clause as what its speaker reported ("as reported by X" too). "As the army advanced,
    ..." is no cue; "As the ministry reported a rise in cases, ..." and "As she said she would,
    ..." say something else."""
    for anc in target.ancestors:
        for clause in anc.children:
            if clause.dep_ != "advcl" or clause.i > target.i or not _as_gap(clause):
                continue
            if is_cue_verb(clause, figure=True) and (found := cue_source(clause, target, ctx)):
                return found
    return None


def _as_gap(verb: Token) -> bool:
    """A verb marked by "as" that takes no object or clause: what it reports is the gap "as"
    stands for ("as the agency reported", "as reported by Reuters")."""
    kids = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in kids)


def loose_cue(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A cue verb elsewhere in the sentence, when the parse did not make it govern the target
    (and no cue that does govern it holds it as scene-setting)."""
    if set_beside_its_cue(target):
        return None
    for tok in sent:
        loose = tok.dep_ in ("ROOT", "parataxis", "ccomp") and tok.i != target.i
        if loose and _reports_figure(tok, target):
            found = cue_source(tok, target, ctx)
            if found is not None:
                return found
    return None


def closing_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reporting clause that closes the sentence after the target, or of an
    inverted one after it ("..., estimated the General Staff")."""
    if (report := closing_report(sent, target.i, ctx)) is not None:
        return report  # "..., figures from the statistics office show."
    cue = trailing_cue(sent)
    if cue is not None and own_complement(cue.verb):
        cue = None  # "..., the mayor called for calm": it says its own object, not the figure
    if cue is None or cue.verb.i <= target.i:
        cue = inverted_cue(sent, target.i)
    if cue is None or answers_the_report(cue.verb):
        return None  # "..., a claim the army denied": not the army's
    found = spoken_by(cue.speaker, cue.verb, target, ctx)
    inner = relayed_cue(cue.verb, target)
    if inner is None or found is None or found.kind != AttributionKind.MEDIA:
        return found
    # "X said 14 died, Reuters reported": X's, when X's clause holds the figure
    return cue_source(inner, target, ctx) if _reports_figure(inner, target) else None


def relative_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A source named in a relative clause on the figure (see ``relative_cues``)."""
    if (cue := figure_noun_cue(target)) is not None:
        return spoken_by(cue.speaker, cue.verb, target, ctx)
    return which_source(sent, target, ctx)


def which_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source a relative clause over the figure names with a cue of its own, before any
    speaker outside it: "X said Khartoum wants a military solution in the conflict, which the
    UN estimates has killed 300,000" is the UN's figure; X only names the conflict."""
    named = which_cue(sent, target)
    found = describe(named, ctx) if named is not None else None
    return Source.of(found, named.nbor().lower_) if named is not None and found else None


def misread_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reporting verb the parser read as an adjective (``adjective_cues``):
    "A spokeswoman for X, ..., estimated claims would reach €20m"."""
    cue = adjective_cue(sent, target)
    return spoken_by(cue.speaker, cue.verb, target, ctx) if cue is not None else None


def gapped_source(target: Token, ctx: ArticleContext) -> Source | None:
    """The speaker of a reported clause a figure's verbless conjunct continues (see
    ``gapped_after``): not the source an "according to" later in the sentence credits."""
    verb = gapped_after(target)
    return cue_source(verb, target, ctx) if verb is not None else None


def sentence_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source stated in the target's own sentence."""
    if in_aside(target):  # only a cue inside the aside speaks for it
        return from_ancestors(target, ctx) or according_to(sent, ctx, target)
    return (
        closing_source(sent, target, ctx)
        or which_source(sent, target, ctx)  # "X said ..., which the UN estimates has killed"
        or from_ancestors(target, ctx)
        or as_reported(target, ctx)  # "As the agency reported, rebels fired 30 rockets"
        or with_forecast(sent, target, ctx)  # "..., with the IMF forecasting a 3% fall"
        or relative_source(sent, target, ctx)
        or colon_report(sent, target, ctx)  # "X gave its figures: 300 ..."
        or gapped_source(target, ctx)  # "X said six were killed and 15 injured, according to Y"
        or according_to(sent, ctx, target)
        or by_estimate(target, ctx)  # "the war has, by expert estimates, killed 40,000"
        or found_in(target, ctx)  # "70% in various surveys", "40% in a Gallup poll"
        or put_out_in(sent, target, ctx)  # "In a statement, X referred to ... 40 killed"
        or loose_cue(sent, target, ctx)
        or misread_source(sent, target, ctx)  # "X, ..., estimated claims would reach €20m"
    )


def find_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """Sentence first, then an anaphoric next sentence of the paragraph, then (bullets) the lead."""
    found = sentence_source(sent, target, ctx) or _relayed(sent, ctx)
    found = found or carried_on(sent, target, ctx)  # "X said it ... It has blocked 5,000"
    found = found or added_to_report(sent, target, ctx)  # "X said 40% ... And 60% ..."
    if found:
        return found
    doc, text = ctx.doc, ctx.text
    if sent.end < len(doc) and "\n\n" not in doc[sent.end - 1].text_with_ws:
        nxt = sentence_of(doc[sent.end])
        head = span_text(nxt).strip().lower()
        dated = nxt[0].ent_type_ in ("DATE", "TIME")  # "This year, ..." is no "This"
        if not dated and any(head.startswith(a + " ") for a in ANAPHORIC_STARTS):
            found = from_ancestors(nxt.root, ctx) or according_to(nxt, ctx)
            if found:
                return replace(found, scope=AttributionScope.PARAGRAPH)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    colon = None if ctx.in_quote(target.idx) else list_intro(text, line_start)
    if colon is not None and (said := _intro_source(colon, ctx)) is not None:
        return replace(said, scope=AttributionScope.PARAGRAPH)  # "X said there were three:"
    listed = text.startswith(BULLETS, line_start) or colon is not None
    if listed and ctx.lead is not None:
        return replace(ctx.lead, scope=AttributionScope.DOCUMENT)
    return None


# Sentence adverbs that turn to another matter: what follows is no longer the last report's.
_TOPIC_SHIFT = frozenset({"separately", "meanwhile", "elsewhere"})


def _relayed(sent: Span, ctx: ArticleContext) -> Source | None:
    """ "According to the BBC, talks stalled. Officials reportedly proposed freeing 40
    hostages.": a sentence the outlet says it relays, right after one its paragraph opens with
    "According to X,", relays X's report."""
    doc = ctx.doc
    if sent.start == 0 or "\n\n" in doc[sent.start - 1].text_with_ws:
        return None
    if sent[0].lower_ in _TOPIC_SHIFT:  # "Separately, 300 homes were reportedly ...": not X's
        return None
    if not any(t.lower_ == "reportedly" and not ctx.in_quote(t.idx) for t in sent):
        return None
    prev = sentence_of(doc[sent.start - 1])
    if prev[0].lower_ != "according" or (found := according_to(prev, ctx)) is None:
        return None
    return replace(found, scope=AttributionScope.PARAGRAPH)


def _intro_source(colon: int, ctx: ArticleContext) -> Source | None:
    """The source of the line that introduces a list with a colon at char ``colon``: "The
    institute listed the losses:" (the institute), "Key points:" (none)."""
    span = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    return sentence_source(span.sent, span[0], ctx)


_LIST_ITEMS = 8  # how many short paragraphs back a list item looks for the line introducing it
_ITEM_CHARS = 200


def list_intro(text: str, line_start: int) -> int | None:
    """Where the colon is (char) of the line introducing the list that the line at
    ``line_start`` is an item of, a list whose bullets cleaning removed: short lines after a
    line introducing them with a colon ("Key points:"); None when it is no such item."""
    own_end = text.find("\n", line_start)
    if (own_end if own_end >= 0 else len(text)) - line_start > _ITEM_CHARS:
        return None
    end = line_start
    for _ in range(_LIST_ITEMS):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.endswith(":"):
            return end - 1
        if len(line) > _ITEM_CHARS:
            return None
        end = start
    return None
