"""Issue 10's not-quote classes of the spk21 round, on invented sentences only.

Classes: a short noun phrase quoted after "known ... as" with up to three words between
("known in Nigeria as", "known locally as") is a name; a participle modifying a noun inside a
quoted phrase ("a “road-opening mission”", "an “armed group”") leaves it a noun phrase, so a term
when nobody says it; a phrase the article calls "so-called" unquoted elsewhere is a term where
it is quoted; a quoted noun phrase whose own sentence calls it a term, a phrase, an expression
or a euphemism is a term. Guards: reported words stay quotes.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen known in Nigeria as \u201cbandits\u201d kidnapped 52 people, residents said.",
        "Fighters known locally as \u201cthe boys\u201d control the road, a trader said.",
        "Raiders known to the villagers as \u201cnight riders\u201d stole the cattle, police said.",
        "The patrol was returning from a \u201croad-opening mission\u201d when it was ambushed.",
        "Soldiers came under fire from an \u201carmed group\u201d near the border.",
        "The camp held families from a \u201cbomb-damaged district\u201d of the city.",
        "Civilians died in the so-called safe zone in the north, officials say. The army denied"
        " shelling the \u201csafe zone\u201d.",
        "Aid reached the so-called green corridor on Monday.\n\nTrucks used the \u201cgreen"
        " corridor\u201d again, the UN said.",
        "An \u201carmed terrorist group\u201d attacked the post, the army said, using a term"
        " commonly used for jihadists.",
        "Officials described the raids as a \u201csecurity operation\u201d, a euphemism for the"
        " mass arrests.",
        "Police blamed \u201cforeign elements\u201d, an expression often used by the government,"
        " for the riots.",
        "The ministry spoke of \u201cspecial measures\u201d, a phrase it has used since 2014.",
    ],
)
def test_terms_are_no_quotes(nlp, text) -> None:
    assert speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The general said the troops faced \u201cfierce resistance\u201d near the bridge.",
         "fierce resistance"),
        # a term named in another sentence makes no term of this one
        ("The mayor said the city needed \u201curgent help\u201d. He did not explain the term.",
         "urgent help"),
        # "so-called" before another phrase
        ("The so-called peace plan failed. A diplomat said the talks were \u201cgoing"
         " nowhere\u201d.", "going nowhere"),
        # "term" in another sense, or many of them: no term said of the quoted words
        ("The forces could make only \u201cincremental gains\u201d in the near term, officials"
         " said.", "incremental gains"),
        ("Russia must meet \u201cfurther challenging objectives\u201d to win on its campaign"
         " terms, the official said.", "further challenging objectives"),
        ("She said it was \u201cnot fair\u201d to make Kyiv accept Russian terms.", "not fair"),
        # a verb of the quoted words' own
        ("The minister said the rebels \u201cwere retreating fast\u201d after the strikes.",
         "were retreating fast"),
    ],
)  # fmt: skip
def test_reported_words_stay_quotes(nlp, text, quote) -> None:
    assert [q for q, _ in speakers(nlp, text)] == [quote]
