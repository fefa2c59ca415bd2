"""Issue 10's quote classes, one invented sentence each: terms are not quotes, speech is; speakers
that are not people; speakers named after the quote, inverted or cut; missed quotes."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers as _speakers


@pytest.mark.parametrize(
    "text",
    [
        # a short quoted noun phrase in a noun-phrase slot that no speaker says: a term
        "Russia launched its “special military operation” in February.",
        "The firm lived up to its reputation as “a haven of calm” in the region.",
        "Analysts are talking about “quadruple play” with mobile services added into the mix.",
        # a naming verb assigns a status, not words
        "The court has labelled the charity a “foreign agent”.",
        # inside the phrase that names the speaker
        "State media quoted an official from a self-styled “people's council” as saying the "
        "vote would go ahead.",
        # a quoted phrase used as a modifier
        "The government still backs the country's traditional “strong currency” policy.",
    ],
)
def test_terms_in_quotation_marks_are_not_quotes(nlp, text) -> None:
    assert _speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a stance taken in words governs the phrase
        ("The city council expressed “deep concern” over the closures.", "deep concern",
         "city council"),
        # "what she called" with the article inside the marks: her words, not a name
        ("Anna Petrenko hailed what she called “an independent path” for Africa.",
         "an independent path", "Anna Petrenko"),
    ],
)  # fmt: skip
def test_short_quoted_speech_is_a_partial_quote(nlp, text, quote, speaker) -> None:
    assert _speakers(nlp, text) == [(quote, speaker)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # guards for the term rule: a verb casting its object as the phrase, and a sentence the
        # parse hangs on the quoted words with the reporting verb below them
        ("Joe Bloggs condemned the attacks as “more barbarism”.", "more barbarism"),
        ('Mr Straw promised to continue to ensure the UK\'s budget rebate, secured in 1984 by '
         'Margaret Thatcher, was "fully justified".', "fully justified"),
        # an aside reporting the whole sentence
        ("Prices rose sharply, said the head of the agency, Klaus Weber. Such “enormous leaps in "
         "price” were unlikely to be passed on, he said, but costs would rise.",
         "enormous leaps in price"),
    ],
)  # fmt: skip
def test_governed_short_phrases_stay_quotes(nlp, text, quote) -> None:
    assert [q for q, _ in _speakers(nlp, text)] == [quote]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "added up to" is a sum, not speech: the diplomat speaks, not the plan
        ("A senior diplomat said the plan would miss its target but still added up to "
         "“significant savings”.", "senior diplomat"),
        # a name the model cuts at its particles
        ("Earlier, the head of the commission, Ursula von der Leyen, said there was “no "
         "technical reason” for the cut.", "Ursula von der Leyen"),
        # an organisation's name the model cuts after "of"
        ("A man died of “general hypothermia of the body” on Sunday in Rivne, said the State "
         "Emergency Service of Ukraine.", "State Emergency Service of Ukraine"),
    ],
)  # fmt: skip
def test_speakers_are_people_or_sources_named_whole(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_cue_inside_another_quotation_is_not_the_narrators(nlp) -> None:
    text = (
        '"Telcos have wanted video for years," Ed Graczyk told the BBC. "The state of the '
        "network did not add up to a solution. "
        '"Compression technology was not efficient enough."'
    )
    assert {s for _, s in _speakers(nlp, text)} == {"Ed Graczyk"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an inverted "..., said NAME at ..." the parser leaves without a subject, carried to
        # the cue-less quote paragraph after it
        ("They had hoped to hold the airfields, which would have made it easier to move "
         "supplies by road and rail, said Niklas Masuhr at the Center for Security Studies "
         "thinktank in Zurich. Now the incentives have changed.\n\n“The focus has shifted "
         "towards the east.”", "Niklas Masuhr"),
        # a question, then a short clause closing it: the lawyer asks, not the witness before
        ('"Not that I am aware of," Mr Myers replied. "Did you ever see Mr Ebbers sign a '
         'cheque?" Mr Weingarten pressed.', "Weingarten"),
        # "according to X" right after the quote
        ('Channel flicking takes 15 milliseconds. "That gets rounds of applause," according to '
         "Mr Graczyk.", "Graczyk"),
        # "he" takes a full name the previous sentences give in another role
        ('"Bell will win," said Mr Gant.\n\n"I think Swank will win," said Mr French. Bell is '
         "also the personal choice of Steven Gaydos, executive editor of Variety. But while he "
         "tipped Swank to win, he predicted it would be a close contest. “It could go either "
         "way,” he told the BBC.", "Steven Gaydos"),
        # a word of the quotation parsed as the subject: the name before the verb speaks
        ("“Newborns lose body heat rapidly and are at risk of illness, conditions that can "
         "quickly become life-threatening,” Munir Mammadzade, Unicef representative in Ukraine, "
         "said in a statement on January 16.", "Munir Mammadzade"),
    ],
)  # fmt: skip
def test_speakers_named_around_the_quote(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a reporting verb right after it
        ("The strike drew condemnation. “Outrageous,” tweeted the US ambassador, Bridget Brink.",
         "Outrageous,"),
        # a sentence of its own after a cue
        ("Asked whether Russia would attack, Peskov said: “No.”", "No."),
    ],
)  # fmt: skip
def test_a_short_capitalised_quote_that_is_said_is_speech_not_a_name(nlp, text, quote) -> None:
    assert [q for q, _ in _speakers(nlp, text)] == [quote]


def test_a_person_description_stands_for_the_person_named_before(nlp) -> None:
    text = (
        "US President Joe Biden announced new aid on Tuesday.\n\n“We have moved quickly to "
        "send weapons,” the US president wrote in an opinion piece."
    )
    assert _speakers(nlp, text)[-1][1] == "Joe Biden"
    # not when the sentence before uses the noun for somebody else
    text = "Joe Biden met the Ukrainian president. “We stand with you,” the president said."
    assert _speakers(nlp, text)[-1][1] == "president"
