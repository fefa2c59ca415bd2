"""Speaker labels: a line opening with a person's name and a colon ("Anna Berg: We sent 300
troops.") is that person's word, and so is a headline of that shape ("Mayor Kovac: 40 homes
destroyed"). In a transcript (two or more such labels in the body: an interview, a broadcast)
the lines after a label are still its speaker's, up to the next label ("Host:", "Jane Doe:").

A label is a short run of capitalised words ending in a person's name, which the model tagged
a person or the article names in full elsewhere ("PRESIDENT OF RUSSIA VLADIMIR PUTIN :");
"Ukraine crisis:", "The report added:" or "He said:" are no labels.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import NAME_PARTICLES
from tasks.extract.reports import Source
from tasks.schema import AttributionKind, AttributionScope

# A line's opening words up to a colon that a space follows: the label candidate.
_LABEL = re.compile(r"[^\S\n]*([^\n:]{1,60}?)[^\S\n]*:[^\S\n]+\S")
_LABEL_WORDS = 6
LABEL_CUE = ":"  # the cue a labelled line's figures carry


@dataclass(frozen=True)
class Turn:
    """The chars ``start``-``end`` of an article that ``source`` speaks."""

    start: int
    end: int
    source: Source | None


def _is_label(words: list[str]) -> bool:
    """Capitalised words only (name particles and initials aside): "Host", "N.Mladenov"."""
    if not 1 <= len(words) <= _LABEL_WORDS:
        return False
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def _person(start: int, end: int, ctx: ArticleContext) -> str | None:
    """The person a label at chars ``start``-``end`` names: a person the model tagged at its
    end, else the article's full name for its last words ("... VLADIMIR PUTIN" -> "Vladimir
    Putin"), else None."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tagged = ctx.person_spans.get(span[-1].i)
    if tagged is not None and tagged.start >= span.start:
        return ctx.names.canonical(tagged.text)
    words = span.text.split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        found = ctx.names.find(tail.title() if tail.isupper() else tail)
        if len(words) >= n and found is not None:
            return found
    return None


def speaker_turns(ctx: ArticleContext, body_start: int) -> list[Turn]:
    """The article's labelled turns, in text order (see the module's doc)."""
    text = ctx.text
    labels: list[tuple[int, int, str | None]] = []  # (line start, line end, person)
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        m = _LABEL.match(text, at, end)
        if m is not None and _is_label(m.group(1).split()) and not ctx.in_quote(at):
            labels.append((at, end, _person(m.start(1), m.end(1), ctx)))
        at = end + 1
    transcript = sum(1 for s, _, p in labels if p is not None and s >= body_start) >= 2
    turns = []
    for k, (start, end, person) in enumerate(labels):
        if transcript and start >= body_start:
            end = labels[k + 1][0] if k + 1 < len(labels) else len(text)
        source = None
        if person is not None:
            source = Source(person, AttributionKind.PERSON, LABEL_CUE, AttributionScope.PARAGRAPH)
        turns.append(Turn(start, end, source))
    return turns


def turn_source(turns: list[Turn], char: int) -> Source | None:
    """The speaker of the labelled turn that holds char ``char``, if any."""
    k = bisect.bisect_right([t.start for t in turns], char) - 1
    return turns[k].source if k >= 0 and char < turns[k].end else None
