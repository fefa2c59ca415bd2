"""Quotations and their speakers.

Pairs of quotation marks come from ``quote_marks``; names, terms and scare quotes are left out.
The speaker is found, in order: in a reporting clause closing the quote's sentence ("A claimed
“...”, B said": B), "according to X" before it, the cue verb nearest to the quote in its own
sentences, the previous sentence of the paragraph, or the sentence after a question mark. A full
quote with no cue of its own continues its paragraph's or the previous paragraph's speaker: the
last quote's, or the reported speech just before ("X said ...\\n\\n“...”").

A quote over several paragraphs gives one row per paragraph (every row's text is exactly
``text[char_start:char_end]``); the later rows are marked ``continues`` so the quote counts once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tasks.extract.attribution import according_to, report_source
from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import SPEECH_NOUNS
from tasks.extract.cues import is_cue_verb, speaker_of, trailing_cue
from tasks.extract.grammar import (
    fold,
    noun_phrase,
    paragraph_before,
    pobj,
    sentence_before,
    subject,
)
from tasks.extract.quote_marks import QuoteSpan, is_name, quote_kind
from tasks.extract.quote_terms import (
    folded,
    names_speaker,
    naming_cue,
    repeated_terms,
    scare_quote,
    short_noun_phrase,
)
from tasks.extract.referents import describe
from tasks.schema import AttributionKind, QuoteKind

_CARRY_OVER_CHARS = 400  # how far a cue-less quote may sit from the previous speaker's quote
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj")  # verbs that carry a sentence's reported speech
_CLAUSE_AFTER = 6  # tokens: "Mr Weingarten pressed." closing a quote reports it
_INTERVIEW_CHARS = 1500  # ... or further, when nobody else is named or quoted in between


@dataclass(frozen=True)
class Speaker:
    """Who says a quotation: canonical name, the words that name them, the cue verb, the kind."""

    name: str
    written: str
    cue: str | None
    kind: AttributionKind = AttributionKind.PERSON


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Speaker | None
    kind: QuoteKind
    continues: bool = False  # the same quotation as the previous row, reopened in a new paragraph


def _speaker_from(subj: Token, ctx: ArticleContext, cue: str | None) -> Speaker | None:
    """The speaker a subject names; a report speaks for its author ("The report, compiled by
    X, found ...": X)."""
    written = subj.text if subj.pos_ == "PRON" else noun_phrase(subj).text
    authored = report_source(subj, ctx, holds=False)
    if authored is not None and any(w[:1].isupper() for w in authored.name.split()):
        return Speaker(authored.name, written, cue, authored.kind)
    found = describe(subj, ctx)
    return Speaker(found.name, written, cue, found.kind) if found is not None else None


def _cue_in(region: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """The cue verb nearest to the quote, outside it, with a subject outside it."""
    verbs = [t for t in region if is_cue_verb(t, quote=True) and not ctx.in_quote(t.idx)]
    verbs.sort(key=lambda t: min(abs(t.i - inside.start), abs(t.i - inside.end)))
    for verb in verbs:
        subj = speaker_of(verb)
        if subj is not None and not (inside.start <= subj.i < inside.end or ctx.in_quote(subj.idx)):
            found = _speaker_from(subj, ctx, verb.lemma_.lower())
            if found:
                return found
    return None


def _cue_in_ancestors(inside: Span, ctx: ArticleContext, *, person_only: bool = False):
    """The nearest governing verb that reports speech (or, with ``person_only``, any verb whose
    subject is a person, for a phrase quoted in narration)."""
    for anc in inside.root.ancestors:
        if person_only and anc.pos_ not in ("VERB", "AUX"):
            continue
        if not person_only and not _reports(anc, inside.root):
            continue
        if names_speaker(anc, inside.root):
            continue
        subj = speaker_of(anc)
        if subj is None or (
            person_only and subj.ent_type_ != "PERSON" and subj.lower_ not in ("he", "she")
        ):
            continue
        if found := _speaker_from(subj, ctx, anc.lemma_.lower()):
            return found
    return None


def _reports(verb: Token, quoted: Token) -> bool:
    """A verb that reports what its subject says: a reporting verb; one with a reporting
    participle ("raised concerns about the “...”, saying ..."); one casting its object as the
    quoted phrase ("condemned the attacks as “more barbarism”")."""
    if is_cue_verb(verb, quote=True):
        return True
    if verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and is_cue_verb(c) for c in kids):
        return True
    cast_as = quoted.head.lower_ == "as" and quoted.head.head.i == verb.i
    return cast_as and any(c.dep_ == "dobj" for c in kids)


def _aside_cue(sent: Span, ctx: ArticleContext) -> Speaker | None:
    """A reporting clause set off by commas inside the sentence reports all of it: "Such
    “enormous leaps in price” were unlikely, he said, but ..."."""
    doc = sent.doc
    for verb in sent:
        if not is_cue_verb(verb, quote=True) or ctx.in_quote(verb.idx):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue  # it reports a clause of its own
        subj = speaker_of(verb)
        if subj is None or subj.i > verb.i or verb.i + 1 >= sent.end:
            continue
        left = subj.left_edge.i
        if left > sent.start and doc[left - 1].text == "," and doc[verb.i + 1].text in (",", ";"):
            return _speaker_from(subj, ctx, verb.lemma_.lower())
    return None


def _cue_before(sent: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """For a phrase quoted in narration: the nearest cue verb before it in its sentence that
    governs it or that the parse may have cut it from ("the ministry said that “fierce fights”
    were taking place", with "taking" attached to an earlier verb)."""
    doc = sent.doc
    for k in range(inside.start - 1, sent.start - 1, -1):
        verb = doc[k]
        if not is_cue_verb(verb, quote=True):
            continue
        between = doc[k + 1 : inside.start]
        if not (verb.is_ancestor(inside.root) or any(t.dep_ == "mark" for t in between)):
            return None
        if names_speaker(verb, inside.root):
            return None
        subj = speaker_of(verb)
        return _speaker_from(subj, ctx, verb.lemma_.lower()) if subj is not None else None
    return None


def _closing_cue(last: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    cue = trailing_cue(last)
    if cue is None or cue.verb.i < inside.end:
        return None
    return _speaker_from(cue.speaker, ctx, cue.verb.lemma_.lower())


def _said_by(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """The speaker whose reporting verb governs a phrase quoted in narration."""
    first, last = inside[0].sent, inside[-1].sent
    found = _closing_cue(last, inside, ctx) or _cue_before(first, inside, ctx)
    return found or _cue_in_ancestors(inside, ctx) or _aside_cue(first, ctx)


def _a_term(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> bool:
    """A short quoted noun phrase that no speaker says, or that a naming verb assigns: a name
    or a term ("launched its “special military operation”", "labelled it a “foreign agent”")."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None or not short_noun_phrase(inside):
        return False
    said = _said_by(inside, ctx)
    return naming_cue(said.cue) if said is not None else not _spoken(inside.root)


def _spoken(quoted: Token) -> bool:
    """Whether a reporting verb or a speech noun governs the quoted phrase at all ("“...”,
    the ministry's warning of “...”"), though no speaker of it is named."""
    for anc in quoted.ancestors:
        if anc.pos_ in ("VERB", "AUX") and names_speaker(anc, quoted):
            return False  # in the phrase naming who speaks ("quoted an official from a “...”")
        if is_cue_verb(anc, quote=True) or anc.lemma_.lower() in SPEECH_NOUNS:
            return True
    return False


def find_speaker(doc: Doc, span: QuoteSpan, kind: QuoteKind, ctx: ArticleContext):
    """The speaker from the quote's sentences, else the neighbouring ones."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    first, last = inside[0].sent, inside[-1].sent
    region = doc[first.start : last.end]
    closing = _closing_cue(last, inside, ctx)
    if closing is not None:
        return closing
    if kind == QuoteKind.PARTIAL:
        found = _cue_before(first, inside, ctx) or _cue_in_ancestors(inside, ctx)
        found = found or _cue_in(region, inside, ctx)
        return found or _cue_in_ancestors(inside, ctx, person_only=True)
    # "according to X" before the quote, or right after it ("“...,” according to Mr Graczyk.")
    for part in (doc[first.start : inside.start], doc[inside.end : last.end]):
        if len(part) and (found := _according(part, ctx)) is not None:
            return found
    found = _cue_in(region, inside, ctx)
    if found:
        return found
    # “...?” an interpreter asked: a question mark ends the sentence before its cue; and
    # “...,” Pavlo Kyrylenko, governor of ..., told a briefing: the comma says the cue follows
    close = last.end < len(doc) and doc[last.end].idx - span.end <= 3
    if close and (doc[last.end].is_lower or ctx.text[span.end - 1 : span.end] == ","):
        if found := _cue_in(doc[last.end].sent, inside, ctx):
            return found
    if found := _clause_after(doc, inside, ctx):
        return found
    para_start = ctx.text.rfind("\n", 0, first.start_char) + 1
    if first.start > 0 and doc[first.start - 1].idx >= para_start:  # the previous sentence
        return _cue_in(doc[first.start - 1].sent, inside, ctx)
    return None


def _according(part: Span, ctx: ArticleContext) -> Speaker | None:
    acc = according_to(part, ctx)
    if acc is None:
        return None
    to = next(t for t in part if t.lower_ == "according").nbor()
    obj = pobj(to)
    obj = obj if obj is not None else to.nbor()
    written = obj.text if obj.pos_ == "PRON" else noun_phrase(obj).text
    return Speaker(acc.name, written, "according to", acc.kind)


def _clause_after(doc: Doc, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A short clause right after the quote whose subject is a person and that says nothing
    else reports it, whatever its verb: "“Did you ever know him?” Mr Weingarten pressed."."""
    k = inside.end
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and doc[k].idx - inside.end_char <= 3:
        k += 1
    if k >= len(doc) or k == inside.end or doc[k].is_punct:
        return None
    clause = doc[k : doc[k].sent.end]
    verbs = [t for t in clause if t.pos_ == "VERB"]
    if len(clause) > _CLAUSE_AFTER or len(verbs) != 1:
        return None
    verb = verbs[0]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return None
    subj = subject(verb)
    if subj is None or subj.i < k or not ctx.is_person_like(subj):
        return None
    return _speaker_from(subj, ctx, verb.lemma_.lower())
    return None


def _reported_before(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> Speaker | None:
    """For a quote in its paragraph's first sentence: the speaker of reported speech closing
    the paragraph before ("Anna Petrenko said the city was shelled.\n\n“The situation is
    catastrophic.”"), or the person that sentence is about ("X proposes a mechanism ...")."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    prev = paragraph_before(inside[0].sent)
    if prev is None or any(ctx.in_quote(t.idx) for t in prev if not t.is_punct):
        return None  # a quote there carries its own speaker over (see extract_quotes)
    last = prev  # the paragraph's last sentence, then the ones before it
    while prev is not None:
        verbs = (t for t in prev if is_cue_verb(t, evidence=False) and t.dep_ in _CLAUSE_DEPS)
        for verb in verbs:
            subj = speaker_of(verb)
            if subj is not None and (found := _speaker_from(subj, ctx, verb.lemma_.lower())):
                return found
        prev = sentence_before(prev)
    subj = subject(last.root)
    if subj is not None and ctx.is_person_like(subj) and subj.lower_ not in ("he", "she"):
        return _speaker_from(subj, ctx, None)
    return None


def extract_quotes(doc: Doc, spans: list[QuoteSpan], ctx: ArticleContext) -> list[Quote]:
    """Quotes with speakers; names, terms and scare quotes in quotation marks are left out."""
    text = ctx.text
    out: list[Quote] = []
    previous: Quote | None = None
    terms = repeated_terms(text, spans)
    kept_last = False  # whether the span before this one became a quote
    for span in spans:
        continues = span.continues and kept_last
        kept_last = False
        if is_name(text, span, doc) and not _cue_follows(doc, span, ctx):
            continue
        kind = quote_kind(text, span)
        if kind == QuoteKind.PARTIAL and (
            folded(text, span) in terms or scare_quote(doc, text, span) or _a_term(doc, span, ctx)
        ):
            continue
        found = find_speaker(doc, span, kind, ctx)
        if found is None and kind == QuoteKind.FULL:
            found = _carried_over(doc, span, previous, ctx)
        quote = Quote(span.start, span.end, text[span.start : span.end], found, kind, continues)
        out.append(quote)
        kept_last = True
        if found is not None:
            previous = quote
    return _back_filled(out)


def _cue_follows(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> bool:
    """A reporting verb right after the closing mark makes a capitalised word speech, not a
    name: "“Outrageous,” tweeted the ambassador"."""
    after = doc.char_span(span.end, min(len(ctx.text), span.end + 40), alignment_mode="expand")
    if after is None or ctx.text[span.end - 1 : span.end] not in (",", "!", "?"):
        return False
    words = [t for t in after if not t.is_punct][:_CLAUSE_AFTER]
    return any(is_cue_verb(t, quote=True) and speaker_of(t) is not None for t in words)


def _back_filled(quotes: list[Quote]) -> list[Quote]:
    """A quotation's segments share one speaker: a first segment without one takes the speaker
    its continuation found ('"We're the sources ... "No matter how ...," he says')."""
    for k in range(len(quotes) - 2, -1, -1):
        nxt = quotes[k + 1]
        if quotes[k].speaker is None and nxt.continues and nxt.speaker is not None:
            quotes[k] = replace(quotes[k], speaker=nxt.speaker)
    return quotes


def _carried_over(
    doc: Doc, span: QuoteSpan, previous: Quote | None, ctx: ArticleContext
) -> Speaker | None:
    """A cue-less full quote: the speaker of the quote it continues, or of the reported speech
    right before its paragraph, or of a previous quote close by."""
    if previous is not None and span.continues:
        return previous.speaker
    reported = _reported_before(doc, span, ctx)
    if reported is not None:
        return reported
    if previous is not None:
        gap = ctx.text[previous.end : span.start]
        if gap.count("\n\n") <= 1 and len(gap) < _CARRY_OVER_CHARS:
            return previous.speaker
        if len(gap) < _INTERVIEW_CHARS and _nobody_else(doc, previous, span.start, ctx):
            return previous.speaker  # an interview: the questions between quote nobody else
    return None


def _nobody_else(doc: Doc, previous: Quote, end: int, ctx: ArticleContext) -> bool:
    """Whether the text between the previous quote and ``end`` reports nobody else's speech (the
    interviewer's "I asked him ..." aside)."""
    between = doc.char_span(previous.end, end, alignment_mode="contract")
    if between is None or previous.speaker is None:
        return between is None
    for verb in (t for t in between if is_cue_verb(t, quote=True, evidence=False)):
        subj = speaker_of(verb)
        if subj is None or subj.lower_ in ("i", "we") or ctx.in_quote(subj.idx):
            continue
        found = _speaker_from(subj, ctx, None)
        if found is not None and found.name != previous.speaker.name:
            return False
    return True
