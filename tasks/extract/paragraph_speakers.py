"""A quote paragraph with no cue of its own: who spoke in the paragraph before it.

"Anna Petrenko said the city was shelled.\n\n“The situation is catastrophic.”" is Petrenko's:
the speaker of reported speech closing the paragraph before carries over, from a main or
complement clause or an aside set off inside one ("The ceasefire, she said, would not hold"),
from the one the writer asks ("I asked the minister ..."), or the person that paragraph is
about. Only something that can speak carries over (not "The restoration of the films revealed
..."), and a quotation kept in that paragraph carries its own speaker instead (``quotes``).
A question the writer asks in narration ("But is it a price worth paying?") reports nobody's
speech, whoever its clauses name ("the towns locals call “the gates”"): the quote answering it
is the interviewee's (``question_before``; ``quotes`` carries the last full quote's speaker).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import CONSULT_VERBS, QUESTION_VERBS
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import paragraph_before, pobj, sentence_before, set_off, subject
from tasks.extract.memo import sentence_of
from tasks.extract.quote_marks import QuoteSpan, quote_kind
from tasks.extract.referents import can_speak, is_thing
from tasks.extract.spoken_by import Speaker, speaker_from
from tasks.schema import QuoteKind

_CLAUSE_DEPS = ("ROOT", "ccomp", "conj")  # verbs that carry a sentence's reported speech
_WRITER = ("i", "we")  # the writer, asking or talking to someone


def _carries_speech(verb: Token) -> bool:
    """A reporting verb whose speaker goes on into the next paragraph: a main or complement
    clause's, or an aside set off inside the clause it reports ("The ceasefire, she said, would
    not hold": she, not the ceasefire), which the parse hangs on that clause's verb."""
    if verb.dep_ in _CLAUSE_DEPS:
        return True
    if verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return set_off(verb)


def _writer_asking(verb: Token) -> bool:
    """Whether ``verb`` is the writer asking ("I asked him whether ...", "we asked the
    minister ..."): whoever is asked answers in the quote after."""
    asker = subject(verb) if verb.lemma_.lower() == "ask" else None
    return asker is not None and asker.lower_ in _WRITER


def _asked_by_writer(verb: Token) -> Token | None:
    """Whom the writer asks, interviews or speaks to, named: that one answers in the quote
    after ("I asked the minister about the deal.\n\n“...”", "I spoke to the coach, X, after
    the match.\n\n“...”": the minister, X, not the writer)."""
    lemma = verb.lemma_.lower()
    writer = subject(verb)
    if writer is None or writer.lower_ not in _WRITER or verb.pos_ != "VERB":
        return None
    if lemma in QUESTION_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if lemma not in CONSULT_VERBS:
        return None
    to = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with"))
    return next((o for p in to if (o := pobj(p)) is not None and o.pos_ != "PRON"), None)


def writers_question(sent: Span, ctx: ArticleContext) -> bool:
    """A sentence of narration that asks a question (its "?" outside quotation marks): the
    writer's own, so no reporting verb in it ("What about the towns locals call ...?", "Isn't
    that, I asked, fair?") names who answers it."""
    end = next((t for t in reversed(sent) if not t.is_space), None)
    return end is not None and end.text == "?" and not ctx.in_quote(end.idx)


def question_before(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> int | None:
    """Where (char) the paragraph right before a quote's paragraph starts, when that paragraph
    is the writer's question to an interviewee, asked as a question ("But is it worth it?", "He
    won't stop, will he? Unless ...") or reported ("I asked him whether ..."); else None."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    last = paragraph_before(sentence_of(inside[0]))
    if last is None or _quotes_speech(last, ctx):
        return None
    asked, sent = False, last
    while True:
        asked = asked or writers_question(sent, ctx) or _writer_asking(sent.root)
        earlier = sentence_before(sent)
        if earlier is None:
            return sent.start_char if asked else None
        sent = earlier


def _quotes_speech(sent: Span, ctx: ArticleContext) -> bool:
    """Whether a sentence quotes speech standing as a sentence, not only a word or a phrase in
    its narration ("X took to Telegram to demand “answers”.", which leaves its speaker to the
    narration)."""
    start, end = sent.start_char, sent.end_char
    spans = (QuoteSpan(a, b) for a, b in ctx.quote_spans if start <= a < end)
    return any(quote_kind(ctx.text, span) == QuoteKind.FULL for span in spans)


def reported_before(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> Speaker | None:
    """For a quote in its paragraph's first sentence: the speaker of reported speech closing
    the paragraph before ("Anna Petrenko said the city was shelled.\n\n“The situation is
    catastrophic.”"), or the person that sentence is about ("X proposes a mechanism ...", "X
    took to Facebook to demand “answers”": a word quoted there in narration, not speech)."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    prev = paragraph_before(sentence_of(inside[0]))
    if prev is None:
        return _consulted_just_before(inside, ctx)
    if _quotes_speech(prev, ctx):
        return None  # a quote there carries its own speaker over (see extract_quotes)
    last = prev  # the paragraph's last sentence, then the ones before it
    while prev is not None:
        asked = writers_question(prev, ctx)  # the writer's own question reports nobody
        verbs = (
            t
            for t in prev
            if (is_cue_verb(t, evidence=False) or _asked_by_writer(t) is not None)
            and _carries_speech(t)
            and (not asked or _asked_by_writer(t) is not None)
        )
        for verb in verbs:
            subj = _asked_by_writer(verb) or speaker_of(verb)
            if subj is None or not can_speak(subj) or is_thing(subj, ctx):
                continue  # "The restoration of the films revealed ...", "used his blog to
                # call ...": nobody speaks (a thing the parse took for the doer)
            if found := speaker_from(subj, ctx, verb.lemma_.lower()):
                return found
        prev = sentence_before(prev)
    subj = subject(last.root)
    if subj is not None and ctx.is_person_like(subj) and subj.lower_ not in ("he", "she"):
        return speaker_from(subj, ctx, None)
    return None


def _consulted_just_before(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """For a quote opening a sentence inside its paragraph: the one the writer asked or spoke
    to in the sentence just before ("I spoke to the coach, X, after the match. “...”": X).
    Other speech in that sentence is left to the quotes before and after."""
    sent = sentence_of(inside[0])
    if inside[0].i - sent.start > 1:
        return None  # the quote opens its sentence (after its mark)
    prev = sentence_before(sent)
    if prev is None or _quotes_speech(prev, ctx):
        return None
    for verb in (t for t in prev if t.dep_ in _CLAUSE_DEPS):
        whom = _asked_by_writer(verb)
        if whom is not None and can_speak(whom) and not is_thing(whom, ctx):
            return speaker_from(whom, ctx, verb.lemma_.lower())
    return None
