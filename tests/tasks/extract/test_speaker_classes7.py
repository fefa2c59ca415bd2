"""Issue 10's speaker classes from the seventh review (unseen English web news of 2019-2020), on
invented sentences: a surname that is also a common word ("says Early", "Early says ...") that
the parser reads as an adverb still names its speaker, for the quote and for a "he" after it;
an organisation's initials that look like a pronoun ("says WHO") speak for it; a document
speaks for whoever wrote or signed it, named or not ("the letter signed by seven doctors");
"the group" stands for the name an earlier "The group, Riders United, ..." gave it, also
through a chain of "the group" sentences; a quotation right after a noun for a named work or
phrase ("podcast", "slogan", "theme") is its name, not speech."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers as _speakers

_EARLY = "“Shoppers want choice,” says Mark Early, head of sales at Brightline.\n\n"
_WARD = "“Rents will fall,” says Tom Ward, an analyst. “Then they will rise.”\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _EARLY + _WARD + "“Trading is slow,” says Early. “Nobody buys.”",
        _EARLY + _WARD + "Early says the chain will open ten stores. “We want to be close to "
        "buyers,” he says.",
        _EARLY + _WARD + "While the range is thin (only three models are new), Early says "
        "there is a chance that future Brightline stores will sell more. “We want to be close "
        "to buyers,” he says.",
    ],
)  # fmt: skip
def test_a_surname_read_as_an_adverb_names_the_speaker(nlp, text) -> None:
    assert _speakers(nlp, text)[-1][1] == "Mark Early"


def test_a_common_word_before_a_subject_of_its_own_is_no_name(nlp) -> None:
    text = "Early voting began on Monday. “Turnout is high,” said Ann Lee, the county clerk."
    assert _speakers(nlp, text) == [("Turnout is high,", "Ann Lee")]


@pytest.mark.parametrize(
    "text",
    [
        "Vaccines cut deaths by half. Untreated, the disease is “almost always fatal”, says WHO.",
        "“Cases are rising in the north,” says WHO.",
    ],
)
def test_initials_that_look_like_a_pronoun_speak_for_the_body(nlp, text) -> None:
    assert _speakers(nlp, text)[-1][1] == "WHO"


def test_a_document_speaks_for_whoever_signed_it(nlp) -> None:
    text = "“We urge action now,” says the letter signed by seven doctors."
    assert _speakers(nlp, text) == [("We urge action now,", "seven doctors")]


@pytest.mark.parametrize(
    "text",
    [
        "The group, Riders United, was formed in May. The group said fares were “far too high "
        "for workers”.",
        # the same description passes the name on, paragraph after paragraph
        "Fares rose in May. The group, Riders United, formed last year and wrote to the mayor."
        "\n\nThe group announced on Sunday that the city had agreed to talks.\n\nHowever, the "
        "group raised alarm at the terms, and said that riders were told to accept them by "
        "Monday.\n\nIn a separate post, the group added that the city “is not keeping its "
        "promise to riders.”",
    ],
)  # fmt: skip
def test_a_kind_of_body_takes_the_name_given_it_in_apposition(nlp, text) -> None:
    assert _speakers(nlp, text)[-1][1] == "Riders United"


@pytest.mark.parametrize(
    "text",
    [
        "To keep up with the race, listen to our weekly podcast, “Market Hours.”",
        "Artists from ten countries answer the central theme ‘Light is what we share’. The "
        "lights go on at dusk.",
    ],
)
def test_a_quotation_after_a_noun_for_a_named_work_is_its_name(nlp, text) -> None:
    assert _speakers(nlp, text) == []


def test_a_work_noun_before_a_quote_with_its_own_cue_is_still_speech(nlp) -> None:
    text = "The mayor listened to the song, “It is catchy,” she said."
    assert [quote for quote, _ in _speakers(nlp, text)] == ["It is catchy,"]
