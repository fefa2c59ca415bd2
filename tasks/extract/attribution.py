"""Who says it: the source of a claim or a quote, from cue verbs, "according to" and context.

Sources are found in the claim's own sentence first (scope ``sentence``), then in an anaphoric
next sentence of the same paragraph ("This information was presented ..., according to X",
scope ``paragraph``), then, for bullet items only, the article's lead source (scope ``document``).
In a sentence, a closing "..., the governor, Anna Petrenko, said" wins over everything before it;
then the cue that governs the figure ("X said that ...", "a study by X found ..."), the cue whose
clause a verbless conjunct continues ("where X said six were killed and 15 injured, ...,
according to Y": X's), "according to X", and a cue the parse left unattached. What is left
unsourced is ``policy``'s to settle. Whether a cue gives the figure is ``cue_reach``'s to
judge, whom its speaker names ``cue_sources``', and the cues the parse left detached from the
figure are ``detached_cues``'; the report nouns and crediting phrases, ``reports`` and
``according_to``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.according_to import according_to, by_estimate
from tasks.extract.closing_cues import misread_cue
from tasks.extract.context import ArticleContext
from tasks.extract.continued import added_to_report, carried_on
from tasks.extract.cue_reach import in_aside, is_aside, reports_figure
from tasks.extract.cue_sources import cue_source
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import ADDRESSEE_VERBS, ANAPHORIC_STARTS, BULLETS
from tasks.extract.cues import is_cue_verb
from tasks.extract.detached_cues import (
    as_reported,
    closing_source,
    gapped_source,
    loose_cue,
    misread_source,
    relative_source,
    which_source,
)
from tasks.extract.forecast_clauses import with_forecast
from tasks.extract.found_in import found_in, put_out_in
from tasks.extract.grammar import agent, noun_phrase
from tasks.extract.memo import sentence_of, span_text
from tasks.extract.referents import Named, describe
from tasks.extract.reports import (
    Source,
    colon_report,
    complement_of,
    gathers,
    hearsay_of,
    report_source,
)
from tasks.schema import AttributionScope

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
        if reports_figure(anc, target) and not told_in_report(anc):
            found_cue = cue_source(anc, target, ctx)
            if found_cue is not None:
                return found_cue
        if is_aside(anc):
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
