"""A wire story's dateline read from the text, whatever the parser made of it: the place a lead
paragraph opens with, perhaps its region or country, the date and the agency in brackets, up to
the dash or colon that closes it ("KATHMANDU, April 12 (Reuters) - ...", "Yerevan, September 19
(QNA) - ...", "ISTANBUL (AA) – ..."). The place is where the story was filed and the agency the
outlet that carries it: neither is who gives the figures after the dash, nor a person a later
"he" stands for. The parser hangs a date or an agency on the place in many ways (a subject of
the sentence's verb, a name tagged PERSON), so the words are found by their shape on the page.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tasks.extract.memo import doc_text, per_doc
from tasks.extract.quantity_words import MONTHS

# Datelines open the story: only paragraphs starting this early are read (after a headline,
# a standfirst and a byline).
_LEAD_CHARS = 1500
_CAPS = r"[A-Z][A-Z’'.\-]+"
_TITLE = r"[A-Z][a-z’'.\-]+"
_MONTH = "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
_DATELINE = re.compile(
    rf"(?m)^(?P<place>{_CAPS}(?: {_CAPS}){{0,3}}|{_TITLE}(?: {_TITLE}){{0,2}})"
    rf"(?P<region>(?: ?, (?!(?:{_MONTH})\b)[A-Z][A-Za-z.\-]+(?: [A-Z][A-Za-z.\-]+){{0,2}}){{0,2}})"
    rf"(?P<date>,? (?:{_MONTH})\.? \d{{1,2}}(?:, \d{{4}})?)?"
    r"(?P<agency>,? ?\([A-Z][^()\n]{0,24}\))?"
    r"\s*(?P<dash>[—–:]|--?)\s"
)


@per_doc
def dateline_words(doc: Doc) -> dict[int, int]:
    """Each word of a dateline (place, region, date, agency; by token index) -> the index of the
    dash or colon that closes it."""
    text = doc_text(doc)
    out: dict[int, int] = {}
    for match in _DATELINE.finditer(text, 0, min(len(text), _LEAD_CHARS)):
        if not _dateline_shape(match):
            continue
        dash = _token_at(doc, match.start("dash"))
        first = _token_at(doc, match.start())
        if dash is None or first is None:
            continue
        for i in range(first.i, dash.i):
            out[i] = dash.i
    return out


def _dateline_shape(match: re.Match[str]) -> bool:
    """Whether a paragraph's opening words are a dateline: a place in capitals, or one in title
    case with a date after it, or with an agency or its region and a dash ("Kyiv (AFP) -",
    "Jenin, West Bank -"). A name in title case, a title and a colon is a speaker's label ("Ann
    Lee, Defence Secretary: ...", "Ann Lee (Chancellor): ..." in an interview's transcript), a
    lone name and a colon a heading ("Nigeria: ...")."""
    if match.group("place").isupper() or match.group("date"):
        return True
    marked = match.group("agency") or match.group("region")
    return bool(marked) and match.group("dash") != ":"


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token a character of the text falls in, if any (not a space between tokens)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def in_dateline(tok: Token) -> bool:
    """Whether ``tok`` is a word of a dateline (see ``dateline_words``)."""
    return tok.i in dateline_words(tok.doc)
