"""Quote pairing, names in quotation marks, quote kinds (text only), and speakers (model)."""

from __future__ import annotations

import pytest

from tasks.extract.context import ArticleContext
from tasks.extract.quote_marks import is_name, pair_marks, quote_kind
from tasks.extract.quotes import Quote, extract_quotes


def _inside(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_marks(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("She wrote ‘never surrender’ on it.", ["never surrender"]),
        # apostrophes inside words are not closing marks
        ("It called Russia’s move ‘a dangerous step’ for Europe.", ["a dangerous step"]),
        ("No quotes in Russia’s statement.", []),
        # an unclosed quote ends with its paragraph; the reopened one continues it
        ("“First part of it.\n\n“Second part,” he said.", ["First part of it.", "Second part,"]),
        ("“X,” he said. “Y.”", ["X,", "Y."]),
    ],
)
def test_pairing(text, quotes) -> None:
    assert _inside(text) == quotes


def test_reopened_quote_is_marked_as_continuing() -> None:
    spans = pair_marks("“First part.\n\n“Second part,” he said.")
    assert [s.continues for s in spans] == [False, True]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3,000 are part of the “Buryat Battalion,” a formation.", True),  # a unit's name
        ("referring to them as the “K battalion” and expressing confusion", True),
        ("the so-called “special military operation” began", True),
        ("a unit dubbed “the wolves” fought", True),
        ("Zelenskyy called this deployment the “first step to world war,” he said", False),
        ("describing the action as a “dangerous expansion” of the war", False),
        ("Putin said what he calls a “special military operation” was needed.", True),
    ],
)
def test_names_in_quotation_marks(blank, text, name) -> None:
    [span] = pair_marks(text)
    assert is_name(text, span, blank(text)) is name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We are fighting,” he stated.", "full"),
        ("John Foreman stated, “It’s a clear indicator.”", "full"),
        ("According to him, “NATO's failure is clear.”", "full"),
        ("He said: “We will win.”", "full"),
        ("a sign of “Putin’s growing desperation” amid losses", "partial"),
        ("called this deployment the “first step to world war,” underscoring", "partial"),
    ],
)
def test_quote_kind(text, kind) -> None:
    [span] = pair_marks(text)
    assert quote_kind(text, span) == kind


def extracted(nlp, text: str) -> list[Quote]:
    doc = nlp(text)
    spans = pair_marks(text)
    ctx = ArticleContext.build(doc, [(s.start, s.end) for s in spans])
    return extract_quotes(doc, spans, ctx)


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extracted(nlp, text)]


def speaker_on(nlp, text: str, start: str) -> str | None:
    """The speaker of the first quote of ``text`` that starts with ``start``."""
    found = [s for q, s in speakers(nlp, text) if q.startswith(start)]
    assert found, speakers(nlp, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We may be on the verge of war,” warns Kyrylo Budanov.", "Kyrylo Budanov"),
        ("Ukrainian President Volodymyr Zelensky spoke in parliament. “We are fighting a "
         "coalition,” he stated.", "Volodymyr Zelensky"),  # pronoun -> last subject person
        ("“The enemy understands strength,” Andriy Yermak stated.", "Andriy Yermak"),
        ("One Russian soldier reportedly said, “Who knows what to do with them.”",
         "One Russian soldier"),
        # a partial quote takes the subject of the reporting verb, not of the participle
        ("NATO chief Mark Rutte confirmed on Monday that troops were deployed, describing the "
         "action as a “dangerous expansion” of the war.", "Mark Rutte"),
    ],
)  # fmt: skip
def test_speaker(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_split_quote_keeps_its_speaker(nlp) -> None:
    text = "“We will not give up,” Zelensky said. “We will fight to the end.”"
    assert [s for _, s in speakers(nlp, text)] == ["Zelensky", "Zelensky"]


def test_quote_over_two_paragraphs_keeps_its_speaker(nlp) -> None:
    text = (
        "Andriy Yermak said: “The enemy understands strength.\n\n"
        "“We need more weapons now,” he added."
    )
    assert [s for _, s in speakers(nlp, text)] == ["Andriy Yermak", "Andriy Yermak"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one quoted word in narration is a scare quote, not speech
        ("Russia said 771 troops had “surrendered” at the plant.", []),
        ("Men face the death penalty for “terrorism” there.", []),
        # a short phrase quoted more than once is the article's term
        ("At least 10 “white deaths” were reported. There are no statistics of “white deaths” "
         "yet.", []),
        # straight double quotes pair like curly ones
        ('Lavrov said talks need the "full and irreversible removal" of causes.',
         ["full and irreversible removal"]),
    ],
)  # fmt: skip
def test_scare_quotes_and_terms_are_not_quotes(nlp, text, kept) -> None:
    assert [t for t, _ in speakers(nlp, text)] == kept


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the speaker sits in the next sentence after a question mark
        ("“Do you know the charges?” an interpreter asked Aslin.", "interpreter"),
        # the parser attaches "title, Name," to the quote, not to the verb
        ("“There is no list in the memorandum,” Sweden’s foreign minister, Ann Linde, said.",
         "Ann Linde"),
        # "it" takes the previous sentence's subject
        ("The Russian defence ministry repeated its claims. It said: “We demand their release.”",
         "Russian defence ministry"),
        # a name after a title inside the subject phrase
        ("Russia’s negotiator Kirill Dmitriev told state media it was moving in a “good, "
         "positive direction”.", "Kirill Dmitriev"),
    ],
)  # fmt: skip
def test_morespeakers(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker
