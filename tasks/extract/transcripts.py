"""Speaker labels: a line opening with a person's name and a colon ("Anna Berg: We sent 300
troops.") is that person's word, and so is a headline of that shape ("Mayor Kovac: 40 homes
destroyed"). In a transcript (two or more such labels in the body: an interview, a broadcast)
the lines after a label are still its speaker's, up to the next label ("Host:", "Jane Doe:"); the
last label keeps its own line only (closing narration often follows it).

A label is a short run of capitalised words ending in a person's name: one the model tagged a
person, that the article names in full elsewhere ("PRESIDENT OF RUSSIA VLADIMIR PUTIN :"), that
starts with a known first name, or that labels two turns or more ("Nickolay Mladenov:", then
"N.Mladenov:"). "Ukraine crisis:", "The report added:" or "He said:" are no labels; "Host:" is
one that names nobody (it ends a turn).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import NAME_PARTICLES
from tasks.extract.grammar import fold
from tasks.extract.names import name_gender
from tasks.extract.org_names import is_media
from tasks.extract.reports import Source
from tasks.schema import AttributionKind, AttributionScope

# A line's opening words up to a colon that a space follows: the label candidate.
_LABEL = re.compile(r"[^\S\n]*([^\n:]{1,60}?)[^\S\n]*:[^\S\n]+\S")
_LABEL_WORDS = 6
LABEL_CUE = ":"  # the cue a labelled line's figures carry
# Labels that name a role in an exchange, not a person: they end a turn and mark a transcript.
TURN_ROLES = frozenset({"host", "interviewer", "presenter", "anchor", "moderator", "q", "question"})


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
    Putin"), else its last words when they start with a known first name ("Tatyana
    Remezova"), else None."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tagged = ctx.person_spans.get(span[-1].i)
    if tagged is not None and tagged.start >= span.start:
        return ctx.names.canonical(tagged.text)
    words = span.text.split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        tail = tail.title() if tail.isupper() else tail
        if len(words) >= n and (found := ctx.names.find(tail)) is not None:
            return found
        if len(words) >= n >= 2 and name_gender(tail) is not None:
            return tail
    return None


def _surname(label: str) -> str:
    """A label's last name: "N.Mladenov" -> "mladenov"."""
    return fold(label.replace(".", ". ")).split()[-1]


def _repeated_names(labels: list[tuple[int, int, str, str | None]]) -> dict[str, str]:
    """Who the labels no check took name, by the transcript's own turn-taking: in an exchange
    (a label some check took for a person, or a role such as "Host", and another label), a name
    of two or three words that labels two turns or more ("Nickolay Mladenov") is a person's, and
    a label with that surname ("N.Mladenov") is the same person. Headings repeated alone
    ("Breaking News:", "Update:") name nobody."""
    named = {fold(label): person for _, _, label, person in labels if person is not None}
    counts = Counter(label for _, _, label, _ in labels)
    exchange = len(counts) >= 2 and (
        bool(named) or any(fold(label) in TURN_ROLES for label in counts)
    )
    for label, count in counts.items():
        words = label.split()
        if exchange and count >= 2 and 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
            named.setdefault(fold(label), label.title() if label.isupper() else label)
    by_surname = {_surname(name): name for name in named.values()}
    return {
        label: named.get(fold(label)) or by_surname.get(_surname(label), "") for label in counts
    }


def speaker_turns(ctx: ArticleContext, body_start: int) -> list[Turn]:
    """The article's labelled turns, in text order (see the module's doc)."""
    text = ctx.text
    labels: list[tuple[int, int, str, str | None]] = []  # (line start, end, label, person)
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        m = _LABEL.match(text, at, end)
        if m is not None and _is_label(m.group(1).split()) and not ctx.in_quote(at):
            labels.append((at, end, m.group(1), _person(m.start(1), m.end(1), ctx)))
        at = end + 1
    people = _repeated_names(labels)
    transcript = sum(1 for s, _, label, _ in labels if people[label] and s >= body_start) >= 2
    turns = []
    for k, (start, end, label, _) in enumerate(labels):
        if transcript and start >= body_start and k + 1 < len(labels):
            end = labels[k + 1][0]  # the last turn keeps its own line: narration may follow
        source = None
        if name := people[label]:
            kind = AttributionKind.MEDIA if is_media(name) else AttributionKind.PERSON
            source = Source(name, kind, LABEL_CUE, AttributionScope.PARAGRAPH)
        turns.append(Turn(start, end, source))
    return turns


def turn_source(turns: list[Turn], char: int) -> Source | None:
    """The speaker of the labelled turn that holds char ``char``, if any."""
    k = bisect.bisect_right([t.start for t in turns], char) - 1
    return turns[k].source if k >= 0 and char < turns[k].end else None
