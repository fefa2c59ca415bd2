"""Issue 10's speaker classes of the spk19 round, on invented sentences only.

Classes: a bare "the spokesman"/"the spokeswoman" later in an article stands for the nearest
earlier mention of the same noun that said whom it speaks for ("A spokesman for the Home
Office said ... “...,” said the spokesman": that Home Office spokesman), however far on; a
bare earlier "a spokesman", another noun ("a spokeswoman" for "the spokesman"), or a
spokesperson with words of their own keep their readings. And a quotation with no cue after
the writer asked, interviewed or spoke to someone ("I spoke to the coach, X, after the
match.", "We asked the minister, Y, ...") is that person's answer, in the next paragraph or
right after in the same one; the writer talking "about" something names nobody.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speaker_on as _speaker_of
from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police made 40 arrests. A spokesman for the Home Office said the figures were"
         " worrying.\n\nMinisters will meet on Monday. \"We are looking at all the options,\""
         " said the spokesman.", "spokesman for the Home Office"),
        ("Fares will rise in January. A spokeswoman for Network Rail said the work was"
         " overdue.\n\nPassengers were angry. \"We apologise for the disruption,\" the"
         " spokeswoman added.", "spokeswoman for Network Rail"),
        ("The factory will close. An Acme Motors spokesman said the decision was hard.\n\nUnions"
         " called it a betrayal. The spokesman said: \"We looked at every alternative.\"",
         "Acme Motors spokesman"),
        ("Home Office spokesman John Price said crime had fallen. Officials agreed.\n\n\"We are"
         " pleased,\" the spokesman said.", "John Price"),
        # another spokesperson noun in between is somebody else
        ("A spokeswoman for Acme said sales were up.\n\nA spokesman for the union disagreed."
         " \"This is spin,\" the spokeswoman said.", "spokeswoman for Acme"),
    ],
)  # fmt: skip
def test_the_spokesman_is_the_one_named_before(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare "a spokesman" before says no more
        ("A spokesman said the plant would close.\n\n\"We are sorry,\" the spokesman added.",
         "spokesman"),
        # no earlier mention
        ("The museum reopened on Saturday.\n\n\"We have waited a long time,\" a spokesman"
         " said.", "spokesman"),
        # words of its own
        ("A spokesman for Acme said sales were up.\n\n\"We are proud,\" the club's spokesman"
         " said.", "club's spokesman"),
    ],
)  # fmt: skip
def test_a_spokesman_with_nothing_before_keeps_its_reading(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("I spoke to the coach, Mark Dunn, after the match.\n\n\"We were poor in the first"
         " half and we know it.\"", "We were poor", "Mark Dunn"),
        ("I spoke to the coach, Mark Dunn, after the match. \"We were poor in the first"
         " half.\"", "We were poor", "Mark Dunn"),
        ("We asked the finance minister, Jane Roe, about the deficit on Monday. \"It will be"
         " gone within two years.\"", "It will be gone", "Jane Roe"),
        ("I talked with the mayor, Paul Kerr, outside the town hall. \"Nobody told us the road"
         " would close.\"", "Nobody told us", "Paul Kerr"),
        ("We interviewed the director, Anna Kovac, last week.\n\n\"The children have been"
         " wonderful throughout.\"", "The children", "Anna Kovac"),
    ],
)  # fmt: skip
def test_the_one_the_writer_spoke_to_answers(nlp, text, start, speaker) -> None:
    assert _speaker_of(nlp, text, start) == speaker


def test_the_writer_talking_about_something_names_nobody(nlp) -> None:
    text = 'I spoke about the match on the radio. "It was a great game."'
    assert _speaker_of(nlp, text, "It was") is None
