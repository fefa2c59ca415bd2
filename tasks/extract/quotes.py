"""Quotations and their speakers.

Pairs of quotation marks come from ``quote_marks``; names, terms and scare quotes are left out
(``quote_terms``: a short quoted noun phrase that no speaker says is a term). The speaker comes
from ``speakers`` (the quote's own sentence and its neighbours). A full quote with no cue of its
own continues its paragraph's or the previous paragraph's speaker: the last quote's, or the
reported speech just before ("X said ...\\n\\n“...”").

A quote over several paragraphs gives one row per paragraph (every row's text is exactly
``text[char_start:char_end]``); the later rows are marked ``continues`` so the quote counts once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import ADDRESSEE_VERBS, SPEECH_NOUNS, TERM_NOUNS
from tasks.extract.cues import is_cue_verb
from tasks.extract.memo import sentence_of
from tasks.extract.narrated import carried_to_phrase, source_of_clause
from tasks.extract.paragraph_speakers import question_before, reported_before
from tasks.extract.quote_marks import QuoteSpan, is_name, names_a_work, quote_kind
from tasks.extract.quote_terms import (
    folded,
    names_speaker,
    naming_cue,
    repeated_terms,
    scare_quote,
    short_noun_phrase,
)
from tasks.extract.speakers import CLAUSE_AFTER, find_speaker, said_by
from tasks.extract.spoken_by import Speaker, speaker_from
from tasks.schema import QuoteKind

_MEDIUM_PREPS = ("on", "in", "to")  # "said on the programme", "wrote in the book", "told to"
_CARRY_OVER_CHARS = 400  # how far a cue-less quote may sit from the previous speaker's quote
_INTERVIEW_CHARS = 1500  # ... or further, when nobody else is named or quoted in between


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Speaker | None
    kind: QuoteKind
    continues: bool = False  # the same quotation as the previous row, reopened in a new paragraph


def _a_term(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> bool:
    """A short quoted noun phrase that no speaker says, or that a naming verb assigns: a name
    or a term ("launched its “special military operation”", "labelled it a “foreign agent”"),
    never words with no noun in them."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is not None and _a_title(inside, ctx):
        return True
    if inside is None or not short_noun_phrase(inside):
        return False
    if _called_a_term(inside, ctx):
        return True
    said = said_by(inside, ctx)
    if said is not None and naming_cue(said.cue):
        # a name has a noun: "what it called “hostile and unfriendly” actions" is a judgement
        return any(t.pos_ in ("NOUN", "PROPN") for t in inside)
    return said is None and not _spoken(inside.root)


def _called_a_term(inside: Span, ctx: ArticleContext) -> bool:
    """A quoted noun phrase whose sentence calls it a term: "An “armed terrorist group”
    attacked the post, the army said, using a term commonly used for jihadists", "the
    “security operation”, a euphemism for the raids"."""
    return any(_a_term_noun(t, ctx) for t in sentence_of(inside[0]))


def _a_term_noun(tok: Token, ctx: ArticleContext) -> bool:
    """ "a term", "an expression", "a euphemism" outside quotation marks: one, said of the
    quoted phrase (not "in the near term", "on Russia's terms")."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in TERM_NOUNS or ctx.in_quote(tok.idx):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _a_title(inside: Span, ctx: ArticleContext) -> bool:
    """A capitalised phrase right after "the" that no speaker says is a title, however long:
    "monitored the implementation of the “Package of measures for the ceasefire”"."""
    first = inside[0]
    if not first.is_title or first.i == 0:
        return False
    before = inside.doc[first.i - 1]
    before = inside.doc[before.i - 1] if before.is_quote and before.i > 0 else before
    if before.lower_ != "the":
        return False
    return said_by(inside, ctx) is None and not _spoken(inside.root)


def _spoken(quoted: Token) -> bool:
    """Whether a reporting verb or a speech noun governs the quoted phrase at all (the
    ministry's warning of “...”), or a verb casts something as it, though no speaker of it is
    named."""
    if quoted.dep_ == "ROOT":  # the parse hung the sentence on the quote: "X promised ... “...”"
        return any(is_cue_verb(c, quote=True) and c.i < quoted.i for c in quoted.children)
    if quoted.head.lower_ == "as":  # cast as the phrase: "opposes the plan as “deeply flawed”"
        held = quoted.head.head  # the verb, or its object the parse hung "as" on
        verb = held.head if held.dep_ == "dobj" else held
        if verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
            return True
    for anc in quoted.ancestors:
        if anc.pos_ in ("VERB", "AUX") and names_speaker(anc, quoted):
            return False  # in the phrase naming who speaks ("quoted an official from a “...”")
        if is_cue_verb(anc, quote=True):
            return True
        if anc.lemma_.lower() in SPEECH_NOUNS:  # not a modifier of it: a “traffic police” post
            return not (anc.i == quoted.head.i and quoted.dep_ in ("nmod", "compound", "amod"))
    return False


def extract_quotes(doc: Doc, spans: list[QuoteSpan], ctx: ArticleContext) -> list[Quote]:
    """Quotes with speakers; names, terms and scare quotes in quotation marks are left out."""
    text = ctx.text
    out: list[Quote] = []
    previous: Quote | None = None
    answered: Quote | None = None  # the last full quote with a speaker: who answers questions
    terms = repeated_terms(text, spans)
    kept_last = False  # whether the span before this one became a quote
    for span in spans:
        continues = span.continues and kept_last
        kept_last = False
        kind = quote_kind(text, span)
        cue_after = _cue_follows(doc, span, ctx)
        spoken = _said_whole(text, span, kind) or cue_after
        work = names_a_work(text, span) and not (cue_after or _spoken_on(doc, span, kind))
        if work or (not spoken and is_name(text, span, doc)):
            continue
        if kind == QuoteKind.PARTIAL and (
            folded(text, span) in terms or scare_quote(doc, text, span) or _a_term(doc, span, ctx)
        ):
            continue
        found = find_speaker(doc, span, kind, ctx)
        if found is None and kind == QuoteKind.FULL:
            found = _carried_over(doc, span, previous, ctx, answered)
        elif found is None:
            found = _narrated(doc, span, previous, ctx)
        quote = Quote(span.start, span.end, text[span.start : span.end], found, kind, continues)
        out.append(quote)
        kept_last = True
        if found is not None:
            previous = quote
            answered = quote if kind == QuoteKind.FULL else answered
    return _back_filled(out)


def _said_whole(text: str, span: QuoteSpan, kind: QuoteKind) -> bool:
    """A quotation standing as a sentence of its own is speech, however short and capitalised:
    'Peskov said: “No.”'."""
    return kind == QuoteKind.FULL and text[span.end - 1 : span.end] in (".", "!", "?")


def _cue_follows(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> bool:
    """A reporting verb right after the closing mark makes a capitalised word speech, not a
    name: "“Outrageous,” tweeted the ambassador"."""
    after = doc.char_span(span.end, min(len(ctx.text), span.end + 40), alignment_mode="expand")
    if after is None or ctx.text[span.end - 1 : span.end] not in (",", "!", "?"):
        return False
    words = [t for t in after if not t.is_punct][:CLAUSE_AFTER]
    return any(is_cue_verb(t, quote=True) and speaker_of(t) is not None for t in words)


def _spoken_on(doc: Doc, span: QuoteSpan, kind: QuoteKind) -> bool:
    """Whether the work noun before a quoted sentence is where it was said, not its name: the
    addressee of "told" or the place of a reporting verb ("told the Today programme: “...”",
    "said on the BBC's Panorama programme: “...”", "wrote in the campaign's book: “...”"), not
    "under the headline: “...”", "launched the slogan: “...”" nor the name in "told the
    programme “Panorama” that ..."."""
    if kind != QuoteKind.FULL:
        return False
    before = doc.char_span(0, span.start, alignment_mode="contract")
    words = [t for t in before[-4:] if not (t.is_punct or t.is_space)] if before else []
    if not words:
        return False
    noun, verb = words[-1], words[-1].head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _MEDIUM_PREPS:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    return is_cue_verb(verb, quote=True) and speaker_of(verb) is not None


def _back_filled(quotes: list[Quote]) -> list[Quote]:
    """A quotation's segments share one speaker: a first segment without one takes the speaker
    its continuation found ('"We're the sources ... "No matter how ...," he says')."""
    for k in range(len(quotes) - 2, -1, -1):
        nxt = quotes[k + 1]
        if quotes[k].speaker is None and nxt.continues and nxt.speaker is not None:
            quotes[k] = replace(quotes[k], speaker=nxt.speaker)
    return quotes


def _narrated(
    doc: Doc, span: QuoteSpan, previous: Quote | None, ctx: ArticleContext
) -> Speaker | None:
    """A phrase quoted in narration that no cue names a speaker for: the document, body or
    person its clause is about, else the speaker of the quotation just before it."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is not None and (found := source_of_clause(inside, ctx)) is not None:
        return found
    if previous is None or previous.speaker is None:
        return None
    return carried_to_phrase(ctx.text, span.start, previous.end, previous.speaker)


def _carried_over(
    doc: Doc,
    span: QuoteSpan,
    previous: Quote | None,
    ctx: ArticleContext,
    answered: Quote | None = None,
) -> Speaker | None:
    """A cue-less full quote: the speaker of the quote it continues, or of the reported speech
    right before its paragraph, or the interviewee answering the writer's question there, or
    the speaker of a previous quote close by."""
    if previous is not None and span.continues:
        return previous.speaker
    reported = reported_before(doc, span, ctx)
    if reported is not None:
        return reported
    if answered is not None and (answer := _answers(doc, span, answered, ctx)) is not None:
        return answer
    if previous is not None:
        gap = ctx.text[previous.end : span.start]
        if gap.count("\n\n") <= 1 and len(gap) < _CARRY_OVER_CHARS:
            return previous.speaker
        if len(gap) < _INTERVIEW_CHARS and _nobody_else(doc, previous, span.start, ctx):
            return previous.speaker  # an interview: the questions between quote nobody else
    return None


def _answers(doc: Doc, span: QuoteSpan, answered: Quote, ctx: ArticleContext) -> Speaker | None:
    """A quote right after the writer's question is the interviewee's answer: the speaker of
    the last full quote before the question, when nobody else speaks in between (not that of a
    phrase the question quotes, nor a country or body its clauses name)."""
    asked = question_before(doc, span, ctx)
    if asked is None or asked - answered.end > _INTERVIEW_CHARS:
        return None
    return answered.speaker if _nobody_else(doc, answered, asked, ctx) else None


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
        found = speaker_from(subj, ctx, None)
        if found is not None and found.name != previous.speaker.name:
            return False
    return True
