"""Who says a quotation when no reporting verb does: "according to X" beside it (or in the
sentence just before a phrase quoted in narration), and a closing dash with a name after a pull
quote ("“...” — Neil Gaiman")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tasks.extract.according_to import according_to
from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import noun_phrase, pobj
from tasks.extract.quote_marks import QuoteSpan
from tasks.extract.spoken_by import Speaker, speaker_from
from tasks.schema import AttributionKind

# After a pull quote's closing mark: a dash, then the speaker's name to the end of the line.
_DASH_NAME = re.compile(r"[\"”’']?[ \t]*[—–―-]{1,2}[ \t]*(?=\S)([^\n]{1,80})$", re.M)


def introduced(part: Span, ctx: ArticleContext) -> bool:
    """Whether a reporting verb with a speaker of its own, outside quotations, sits in the part
    of the sentence beside the quote ("According to the paper, Ann Lee said: “...”")."""
    return any(
        is_cue_verb(t, quote=True) and not ctx.in_quote(t.idx) and speaker_of(t) is not None
        for t in part
    )


def according(part: Span, ctx: ArticleContext) -> Speaker | None:
    """The source of "according to X" in ``part``; an appositive name after a description is the
    person ("According to his aunt, Jane Starner, “...”": Jane Starner)."""
    acc = according_to(part, ctx, figure=False)
    if acc is None:
        return None
    to = next(t for t in part if t.lower_ == "according").nbor()
    obj = pobj(to)
    obj = obj if obj is not None else to.nbor()
    if (person := ctx.set_off_name(obj)) is not None:
        name = ctx.names.canonical(person.text)
        return Speaker(name, person.text, "according to", AttributionKind.PERSON)
    written = obj.text if obj.pos_ == "PRON" else noun_phrase(obj).text
    return Speaker(acc.name, written, "according to", acc.kind)


def according_in(sent: Span, ctx: ArticleContext) -> Speaker | None:
    """ "according to X" in a sentence that no reporting verb of someone else's introduces."""
    return None if introduced(sent, ctx) else according(sent, ctx)


def dash_signed(doc: Doc, span: QuoteSpan, ctx: ArticleContext) -> Speaker | None:
    """A pull quote signed after a dash, alone on the rest of its line: "“...” — Neil Gaiman"."""
    line_end = ctx.text.find("\n", span.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    match = _DASH_NAME.match(ctx.text, span.end, line_end)
    if match is None:
        return None
    signed = doc.char_span(match.start(1), line_end, alignment_mode="contract")
    if signed is None or not len(signed):
        return None
    person = ctx.person_spans.get(signed[0].i)
    if person is None or person.start != signed.start or not person.end <= signed.end:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[person.end : signed.end]):
        return None  # "“...” - Lee said so": a sentence goes on, not a signature
    return speaker_from(doc[person.end - 1], ctx, None)
