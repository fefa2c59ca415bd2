"""Quotation marks in text: pairing them per paragraph, telling names from speech, full or partial.

Text only (the spaCy doc is used for one part-of-speech check): who speaks is ``quotes``' job. A
quote that runs over paragraphs (no closing mark at the paragraph's end, the next paragraph
reopening) gives one span per paragraph, the later ones marked ``continues``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from tasks.extract.cue_words import FULL_CUE_BEFORE, NAME_SMALL_WORDS, NAMING_BEFORE
from tasks.schema import QuoteKind

_ARTICLES = ("a", "an", "the")
# Nouns for a work or a phrase that has a name: what follows them in quotation marks is that
# name ("the podcast “Market Hours”", "the central theme ‘Light Moves the City’"), not speech.
_NAMED_WORK_NOUNS = frozenset({
    "slogan", "motto", "tagline", "catchphrase", "hashtag", "podcast", "theme", "album", "song",
    "single", "book", "novel", "poem", "film", "movie", "documentary", "series", "exhibition",
    "headline", "brand", "project", "programme", "program", "initiative", "campaign",
})  # fmt: skip
_WORK_NOUN_BEFORE = re.compile(r"(\w+)[,:]?\s*$")
# A double prime set as a quotation mark in old wire copy ("″We are like dogs,″ she said"): read
# as a straight double mark, except after a digit (12″ is twelve inches).
PRIME_QUOTE = "\u2033"
_PRIME_MARK = re.compile(f"(?<![0-9]){PRIME_QUOTE}")
_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}
# A curly quote closed by a straight mark, or a straight one by a curly mark: the other style
# of double mark that may close a quote opened with this closing mark, and what opens it.
_MIXED = {"”": '"', '"': "”"}
_MIXED_OPEN = {'"': '"', "”": "“"}
_REOPENERS = frozenset(("“", "«", '"'))  # the marks ``_reopens`` can answer yes for
# The only characters ``_pair_paragraph`` acts on (any other leaves its state as it is): what
# opens, closes, reopens or nests a quote.
_ACTING = {*_OPEN_CLOSE, *_OPEN_CLOSE.values(), *_MIXED.values(), *_MIXED_OPEN.values()}
_MARKS = re.compile("[" + re.escape("".join(sorted(_ACTING | _REOPENERS))) + "]")
_GOES_ON = re.compile(r"\s*[”\"’»]\s+[a-z]")  # a closing mark, then the sentence goes on
_SPLIT_OFF = re.compile(r"[,!?…][”\"][^”\"“]*$")  # a quotation's first part, closed by a comma


@dataclass(frozen=True)
class QuoteSpan:
    """The inside of a pair of quotation marks (offsets exclude the marks)."""

    start: int
    end: int
    continues: bool = False  # reopened at the start of a paragraph, continuing the previous one


def pair_marks(text: str) -> list[QuoteSpan]:
    """Spans inside quotation marks, per paragraph; an unclosed quote ends at its paragraph.
    Straight single marks quote only where the text sets its speech in them (``_straight``)."""
    spans: list[QuoteSpan] = []
    pos = 0
    reopened = False
    text = _PRIME_MARK.sub('"', text)  # one character for one: the offsets stay
    no_doubles = not _DOUBLE_SPEECH.search(text)
    for para in re.split(r"(\n+)", text):
        if para.startswith("\n"):
            pos += len(para)
            continue
        straight = no_doubles or _straight_paragraph(para)
        spans.extend(_pair_paragraph(para, pos, reopened, straight))
        last = spans[-1] if spans else None
        reopened = bool(last and last.end == pos + len(para.rstrip()) and last.start >= pos)
        pos += len(para)
    return spans


def _pair_paragraph(para: str, offset: int, after_open: bool, straight: bool) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_at: int | None = None
    close_mark = ""
    continues = False
    nested = 0  # quotes opened inside the open one with the other style of double mark
    for mark in _MARKS.finditer(para):  # every other character leaves the state as it is
        i, ch = mark.start(), mark.group()
        if open_at is None:
            if ch not in _OPEN_CLOSE and ch != "”":
                continue  # no mark opens here
            opens = ch in ("“", '"', "«", "„") or (
                ch == "‘" and (i == 0 or not para[i - 1].isalnum())
            )
            opens = opens or (straight and ch == "'" and _opens_straight(para, i))
            if opens and i + 1 < len(para) and not para[i + 1].isspace():
                open_at, close_mark, nested = i, _OPEN_CLOSE[ch], 0
            elif ch == "”" and _right_marks_pair(para, i):
                open_at, close_mark, nested = i, "”", 0
            else:
                continue
            continues = after_open and i == 0
            continue
        cue_start = _cue_reopens(para, i, ch, close_mark, open_at)
        if cue_start is not None:
            # a closing mark and a paragraph break lost before a new speaker's cue: the open
            # quote ends at the sentence before the cue ('... seconds. Wenger said: "Freddie')
            out.append(_span(para, offset, open_at + 1, cue_start, continues))
            open_at, continues = i, False
            continue
        if ch in _REOPENERS and _reopens(para, i, ch, close_mark):
            # a paragraph break lost in the text: the open quote ends at the sentence before,
            # and the same quotation goes on ('... radio. "They are on MSN, ...')
            out.append(_span(para, offset, open_at + 1, i, continues))
            open_at, continues = i, True
            continue
        mixed = _MIXED.get(close_mark)
        if mixed is not None and ch in (mixed, _MIXED_OPEN[mixed]):
            # the other style of double mark: a quote nested in this one ('“He said "no"”'),
            # or a typo closing this one (“occupied" or "annexed” by ...)
            if _opening(para, i):
                nested += ch == _MIXED_OPEN[mixed]
                continue
            if nested:
                nested -= 1
                continue
            if ch == mixed:
                out.append(_span(para, offset, open_at + 1, i, continues))
                open_at = None
            continue
        if ch == close_mark and (close_mark not in "’'" or _closes_single(para, i)):
            out.append(_span(para, offset, open_at + 1, i, continues))
            open_at = None
    if open_at is not None and close_mark in ("”", '"', "»", "“"):
        out.append(_span(para, offset, open_at + 1, len(para), continues))
    return [s for s in out if s.end > s.start]


def _right_marks_pair(para: str, i: int) -> bool:
    """A right double mark set to open a quotation, as some sites print both marks ("Peskov
    said that ”there was no talk” of it"): only in a paragraph with no left double mark,
    placed to open (after a space, before a word: never the inch mark in "a 12” screen"),
    with another right mark after it to close."""
    return "“" not in para and _opening(para, i) and "”" in para[i + 1 :]


def _opening(para: str, i: int) -> bool:
    """A double mark placed to open (after a space or a bracket, before a word), not to close."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([—–-") and not (after.isspace() or after in ",.;:")


def _reopens(para: str, i: int, ch: str, close_mark: str) -> bool:
    """An opening mark while a quote is open, right after a finished sentence: “ or « always
    open; a straight " does when a space precedes it and a word follows."""
    if ch not in ("“", "«", '"') or ch == close_mark and ch != '"':
        return False
    before = para[:i].rstrip()
    if not before.endswith((".", "?", "!")) or i + 1 >= len(para) or not para[i + 1].isalnum():
        return False
    return ch != '"' or para[i - 1] == " "


_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+(?=[A-Z])")


def _cue_reopens(para: str, i: int, ch: str, close_mark: str, open_at: int) -> int | None:
    """Where the open quote ends when the mark at ``i`` opens a new quotation after a colon
    that closes a reporting cue ('Cole said: "...', a paragraph break and the closing mark of the
    quote before lost): a mark after "said: " never closes a quote. The open quote then ends at
    the start of the cue's sentence; None when the mark is no such opener."""
    if _OPEN_CLOSE.get(ch) != close_mark or ch not in _REOPENERS:
        return None
    if para[i - 2 : i] != ": " or i + 1 >= len(para) or not para[i + 1].isupper():
        return None
    if not FULL_CUE_BEFORE.search(para[: i - 2]):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(para, 0, i - 2) if m.start() > open_at]
    return ends[-1] if ends else None


def _closes_single(para: str, i: int) -> bool:
    """A ’ (or ') closes a single quote unless it is an apostrophe: inside a word ("Russia’s"),
    or a plural possessive ("‘Our soldiers’ families are home,’ he said") when a closing mark
    follows before any other quotation opens."""
    after = para[i + 1] if i + 1 < len(para) else " "
    if after.isalnum() or para[i - 1].isspace():
        return False
    if not (para[i - 1] in "sS" and after == " " and para[i + 2 : i + 3].isalpha()):
        return True
    mark = para[i]
    for j in range(i + 1, len(para)):
        if para[j] == mark and not para[j - 1].isspace() and not para[j + 1 : j + 2].isalnum():
            return False  # a later mark closes the quote: this one is the possessive's
        if para[j] in '‘“"«' or para[j] == mark == "'" and _opens_straight(para, j):
            break
    return True


# Speech in double marks (a sentence or clause closed inside them); a text with none sets its
# speech in single marks, whatever terms it puts in double ones.
_DOUBLE_SPEECH = re.compile(r"[“\"«„][^”\"»“\n]*[\w)][.,!?…][”\"»“]")
# A straight mark before an elided word or a year is an apostrophe: 'tis, rock 'n' roll, the '90s.
_ELISION = re.compile(r"'(?:\d|n'|tis\b|twas\b|em\b|cause\b|til\b|bout\b)", re.IGNORECASE)
# A sentence of speech in straight single marks, opening its paragraph or after a sentence.
_STRAIGHT_SPEECH = re.compile(r"(?:^|(?<=[.!?:] ))'[A-Z][^'\n]*?\w[,.!?]'(?!\w)")


def _straight_paragraph(para: str) -> bool:
    """A paragraph with no speech in double marks that quotes a sentence in straight single
    marks."""
    return not _DOUBLE_SPEECH.search(para) and _STRAIGHT_SPEECH.search(para) is not None


def _opens_straight(para: str, i: int) -> bool:
    """A straight ' opens a quote at the start of a word after a space, a bracket or a dash,
    never an apostrophe eliding letters or digits."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if not (before.isspace() or before in "([—–-") or not (after.isalnum() or after in "(…."):
        return False
    return _ELISION.match(para, i) is None


def _span(para: str, offset: int, start: int, end: int, continues: bool) -> QuoteSpan:
    inner = para[start:end]
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner) - len(inner.rstrip())
    return QuoteSpan(offset + start + lead, offset + end - trail, continues)


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """A quotation right after a noun for a named work or phrase is that name: "our weekly
    podcast, “Market Hours.”", "the state's new slogan “Rain. We Love It.”"; not one opening
    in lowercase, which goes on with the sentence ("promised a campaign “which is upbeat and
    confident”": a relative clause in someone's words, no name)."""
    first = text[span.start : span.end].lstrip(" “”\"‘’'«»„")[:1]
    if first.islower():
        return False
    para_start = text.rfind("\n", 0, span.start) + 1
    noun = _WORK_NOUN_BEFORE.search(text[max(para_start, span.start - 40) : span.start - 1])
    return noun is not None and noun.group(1).lower() in _NAMED_WORK_NOUNS


def is_name(text: str, span: QuoteSpan, doc: Doc) -> bool:
    """Names, titles and terms in quotation marks: “Buryat Battalion”, dubbed the “K battalion”."""
    inner = text[span.start : span.end].strip(" ,.;:!?")
    words = [w for w in re.split(r"\s+", inner) if w]
    before = text[max(0, span.start - 60) : span.start - 1]
    if not words:
        return True
    if naming := NAMING_BEFORE.search(before.rstrip()):
        # "what he called “an independent path”", "what it called “hostile and unfriendly”
        # actions", "a plan which the minister called “a disgrace”": his words, article and
        # all, or a judgement with no noun, not a name
        inside = doc.char_span(span.start, span.end, alignment_mode="expand")
        tags = [t.pos_ for t in inside] if inside is not None else []
        judgement = all(tags) and bool(tags) and not {"NOUN", "PROPN"} & set(tags)
        own = words[0].lower() in _ARTICLES or judgement
        return not (naming.group(0).lower().startswith(("what", "which", "that")) and own)
    content = [w for w in words if w.lower() not in NAME_SMALL_WORDS]
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
        # also after an owner: "the city’s “Rain. We Love It.” ad campaign"
        owner = before.rstrip().lower().endswith(("the", "a", "an", "its", "'s", "’s"))
        return owner and words[0][0].isupper()
    return False


def quote_kind(text: str, span: QuoteSpan) -> QuoteKind:
    """ "full" when the quote stands as speech (starts a sentence, follows a colon or a comma
    after a cue); "partial" for a phrase quoted inside narration."""
    if span.continues:
        return QuoteKind.FULL
    para_start = text.rfind("\n", 0, span.start) + 1
    before = text[para_start : span.start - 1].rstrip()
    if not before or before.endswith((".", "!", "?", ":")):
        return QuoteKind.FULL
    if before.endswith(("”", '"')):  # right after another quotation: speech after speech
        # ('“Stop.” “Now.”'), not a second quoted word ('a “DPR” “traffic police” post')
        speech = before[:-1].rstrip().endswith((".", "!", "?", ","))
        return QuoteKind.FULL if speech else QuoteKind.PARTIAL
    if before.endswith(",") and not re.search(r"\b(the|a|an|as|of)$", before[:-1].strip()):
        # a sentence after a comma ('He added, “We will stay.”'); a lowercase phrase only when
        # it goes on with a quotation its attribution split ('“We won,” he said, “at last.”'),
        # not a phrase after a list or a clause ('was fair, “a real grassroots movement.”')
        quoted = text[span.start : span.end].lstrip("‘'(…. ")
        if not quoted[:1].islower() or _split_by_attribution(before):
            return QuoteKind.FULL
    if FULL_CUE_BEFORE.search(before):
        return QuoteKind.PARTIAL if _narration_goes_on(text, span) else QuoteKind.FULL
    return QuoteKind.PARTIAL


def _narration_goes_on(text: str, span: QuoteSpan) -> bool:
    """A lowercase phrase after a reporting verb that the sentence goes on from in the
    narrator's words is part of the narration ('said “a fresh start” was needed', 'said
    “hundreds” of sheep drowned'), not a sentence of speech ('said “we are ready,” and left')."""
    quoted = text[span.start : span.end]
    if not quoted[:1].islower() or not quoted[-1:].isalnum():
        return False
    return _GOES_ON.match(text, span.end) is not None


def _split_by_attribution(before: str) -> bool:
    """Whether the sentence before a quotation holds the first part of it, cut off by a comma
    ('“We won,” he said,'), not a phrase quoted in passing ('a “raid” in the south,')."""
    return _SPLIT_OFF.search(re.split(r"[.!?]\s", before)[-1]) is not None
