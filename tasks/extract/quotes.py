"""Quotations: pairing quotation marks in the text, telling speech from names, finding speakers.

A quote that runs over paragraphs (no closing mark at the paragraph's end, the next paragraph
reopening) is emitted as one row per paragraph with the same speaker, so that every row's text is
exactly ``text[char_start:char_end]``. A quote split by its attribution (“X,” he said. “Y”) gives
two rows, the second taking the speaker of the first through the previous sentence's cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tasks.extract.attribution import (
    ArticleContext,
    according_to,
    describe,
    is_cue_verb,
    speaker_of,
)
from tasks.extract.grammar import fold, noun_phrase, pobj

_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“"}
# Naming cues right before the opening mark (only a determiner between): not speech.
_NAMING = re.compile(
    r"(?:\bcalled|\bdubbed|\bknown as|\bso-called|\bnicknamed|\bnamed|\bcode-?named|\btitled"
    r"|\bentitled|\breferred to as|\breferring to (?:\w+ )?as|\bterm(?:ed)?"
    r"|\bwhat (?:[\w’']+ ){1,3}call(?:s|ed)?)"  # what Putin calls a "special military operation"
    r"(?:\s+(?:the|a|an|its|their|his|her))?\s*$",
    re.I,
)
_SMALL_WORDS = {"of", "the", "and", "in", "for", "a", "an", "on", "to", "de", "or", "&"}
_FULL_CUE_BEFORE = re.compile(r"\b(said|says|stated|added|told \w+|wrote|asked|warned)$", re.I)


@dataclass(frozen=True)
class QuoteSpan:
    """The inside of a pair of quotation marks (offsets exclude the marks)."""

    start: int
    end: int
    continues: bool = False  # reopened at the start of a paragraph, continuing the previous one


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: str


def pair_marks(text: str) -> list[QuoteSpan]:
    """Spans inside quotation marks, per paragraph; an unclosed quote ends at its paragraph."""
    spans: list[QuoteSpan] = []
    pos = 0
    reopened = False
    for para in re.split(r"(\n+)", text):
        if para.startswith("\n"):
            pos += len(para)
            continue
        spans.extend(_pair_paragraph(para, pos, reopened))
        last = spans[-1] if spans else None
        reopened = bool(last and last.end == pos + len(para.rstrip()) and last.start >= pos)
        pos += len(para)
    return spans


def _pair_paragraph(para: str, offset: int, after_open: bool) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_at: int | None = None
    close_mark = ""
    for i, ch in enumerate(para):
        if open_at is None:
            opens = ch in ("“", '"', "«", "„") or (
                ch == "‘" and (i == 0 or not para[i - 1].isalnum())
            )
            if opens and i + 1 < len(para) and not para[i + 1].isspace():
                open_at, close_mark = i, _OPEN_CLOSE[ch]
            continue
        if ch == close_mark and (close_mark != "’" or _closes_single(para, i)):
            out.append(_span(para, offset, open_at + 1, i, after_open and open_at == 0))
            open_at = None
    if open_at is not None and close_mark in ("”", '"', "»", "“"):
        out.append(_span(para, offset, open_at + 1, len(para), after_open and open_at == 0))
    return [s for s in out if s.end > s.start]


def _closes_single(para: str, i: int) -> bool:
    """A ’ closes a single quote unless it is an apostrophe inside a word ("Russia’s")."""
    after = para[i + 1] if i + 1 < len(para) else " "
    return not after.isalpha()


def _span(para: str, offset: int, start: int, end: int, continues: bool) -> QuoteSpan:
    inner = para[start:end]
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner) - len(inner.rstrip())
    return QuoteSpan(offset + start + lead, offset + end - trail, continues)


def is_name(text: str, span: QuoteSpan, doc: Doc) -> bool:
    """Names, titles and terms in quotation marks: “Buryat Battalion”, dubbed the “K battalion”."""
    inner = text[span.start : span.end].strip(" ,.;:!?")
    words = [w for w in re.split(r"\s+", inner) if w]
    before = text[max(0, span.start - 60) : span.start - 1]
    if _NAMING.search(before.rstrip()):
        return True
    if not words:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(words) <= 4 and content and all(w[0].isupper() or w[0].isdigit() for w in content):
        return True
    # "the ‘In case of crisis or war’ brochure": a title used as a modifier
    after = doc.char_span(span.end + 1, len(text), alignment_mode="expand")
    if (
        after is not None
        and len(after)
        and after[0].pos_ == "NOUN"
        and text[span.end + 1 : span.end + 2] == " "
    ):
        return before.rstrip().lower().endswith(("the", "a", "an", "its")) and words[0][0].isupper()
    return False


def quote_kind(text: str, span: QuoteSpan) -> str:
    """ "full" when the quote stands as speech (starts a sentence, follows a colon or a comma
    after a cue); "partial" for a phrase quoted inside narration."""
    if span.continues:
        return "full"
    para_start = text.rfind("\n", 0, span.start) + 1
    before = text[para_start : span.start - 1].rstrip()
    if not before or before.endswith((".", "!", "?", ":", "”", '"')):
        return "full"
    if before.endswith(",") and not re.search(r"\b(the|a|an|as|of)$", before[:-1].strip()):
        return "full"
    if _FULL_CUE_BEFORE.search(before):
        return "full"
    return "partial"


def _quote_tokens(doc: Doc, span: QuoteSpan) -> Span | None:
    return doc.char_span(span.start, span.end, alignment_mode="expand")


def _speaker_from(subj: Token, ctx: ArticleContext) -> tuple[str, str] | None:
    found = describe(subj, ctx)
    if found is None:
        return None
    written = subj.text if subj.pos_ == "PRON" else noun_phrase(subj).text
    return found[0], written


def _cue_in(region: Span, inside: Span, ctx: ArticleContext) -> tuple[str, str, str] | None:
    """The cue verb nearest to the quote, outside it, with a subject outside it."""
    verbs = [
        t for t in region if is_cue_verb(t, quote=True) and not inside.start <= t.i < inside.end
    ]
    verbs.sort(key=lambda t: min(abs(t.i - inside.start), abs(t.i - inside.end)))
    for verb in verbs:
        subj = speaker_of(verb)
        if subj is not None and not inside.start <= subj.i < inside.end:
            found = _speaker_from(subj, ctx)
            if found:
                return found[0], found[1], verb.lemma_.lower()
    return None


def _person_ancestor(inside: Span, ctx: ArticleContext) -> tuple[str, str, str] | None:
    """For a phrase quoted in narration: the nearest governing verb whose subject is a person."""
    for anc in inside.root.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = speaker_of(anc)
        if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")):
            found = _speaker_from(subj, ctx)
            if found:
                return found[0], found[1], anc.lemma_.lower()
    return None


def find_speaker(doc: Doc, span: QuoteSpan, kind: str, ctx: ArticleContext):
    """(speaker, speaker_text, cue) from the quote's sentences, else the neighbouring ones."""
    inside = _quote_tokens(doc, span)
    if inside is None:
        return None
    first, last = inside[0].sent, inside[-1].sent
    region = doc[first.start : last.end]
    if kind == "partial":
        found = _cue_in_ancestors(inside, ctx) or _cue_in(region, inside, ctx)
        return found or _person_ancestor(inside, ctx)
    before = doc[first.start : inside.start]
    acc = according_to(before, ctx) if len(before) else None
    if acc:
        to = next(t for t in before if t.lower_ == "according").nbor()
        obj = pobj(to)
        obj = obj if obj is not None else to.nbor()
        written = obj.text if obj.pos_ == "PRON" else noun_phrase(obj).text
        return acc.name, written, "according to"
    found = _cue_in(region, inside, ctx)
    if found:
        return found
    para_start = ctx.text.rfind("\n", 0, first.start_char) + 1
    if first.start > 0 and doc[first.start - 1].idx >= para_start:  # the previous sentence
        prev = doc[first.start - 1].sent
        found = _cue_in(prev, inside, ctx)
        if found:
            return found
    # “...?” an interpreter asked: a question mark ends the sentence before its cue
    if last.end < len(doc) and doc[last.end].is_lower and doc[last.end].idx - span.end <= 3:
        return _cue_in(doc[last.end].sent, inside, ctx)
    return None


def _cue_in_ancestors(inside: Span, ctx: ArticleContext) -> tuple[str, str, str] | None:
    for anc in inside.root.ancestors:
        if is_cue_verb(anc, quote=True):
            subj = speaker_of(anc)
            if subj is not None and (found := _speaker_from(subj, ctx)):
                return found[0], found[1], anc.lemma_.lower()
    return None


def _folded(text: str, span: QuoteSpan) -> str:
    return fold(text[span.start : span.end].strip(" ,.;:!?"))


def _one_word(text: str, span: QuoteSpan) -> bool:
    """“surrendered”, “nationalists”: one quoted word in narration marks distance, not speech."""
    return len(_folded(text, span).split()) == 1


def _repeated_terms(text: str, spans: list[QuoteSpan]) -> set[str]:
    """Short phrases put in quotation marks more than once ("white deaths"): a term the article
    uses, not a phrase somebody said."""
    seen: dict[str, int] = {}
    for span in spans:
        key = _folded(text, span)
        if len(key.split()) <= 3:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


def extract_quotes(doc: Doc, spans: list[QuoteSpan], ctx: ArticleContext) -> list[Quote]:
    """Quotes with speakers; names in quotation marks are left out. A quote without a speaker of
    its own continues the previous quote's speaker when it starts its paragraph or sentence."""
    text = doc.text
    out: list[Quote] = []
    previous: Quote | None = None
    terms = _repeated_terms(text, spans)
    for span in spans:
        if is_name(text, span, doc):
            continue
        kind = quote_kind(text, span)
        if kind == "partial" and (_folded(text, span) in terms or _one_word(text, span)):
            continue  # a scare quote or a term, not speech
        found = find_speaker(doc, span, kind, ctx)
        if found is None and previous is not None and kind == "full":
            gap = text[previous.end : span.start]
            if span.continues or (gap.count("\n\n") <= 1 and len(gap) < 400):
                found = (previous.speaker, previous.speaker_text, previous.cue)
        speaker, written, cue = found if found else (None, None, None)
        quote = Quote(
            span.start, span.end, text[span.start : span.end], speaker, written, cue, kind
        )
        out.append(quote)
        if speaker is not None:
            previous = quote
    return out
