"""Speakers of phrases quoted in narration, issue 10 (dev14 round, attr19): invented sentences.

Classes:
- A phrase quoted as an adjunct (how, on what terms: "regardless of ...", "without ...") of a
  reporting verb inside a clause someone else reports is that reporter's words, not the inner
  verb's subject's: "Mr Lee pointed out that three allies had announced their withdrawal
  “regardless of the situation”". A phrase that is what the inner verb says ("warned of “...”",
  "described it as “...”", "promised “...”") stays the inner speaker's
  (``speakers._outer_reporter``).
- A name before a role noun as its modifier ("a Tony Blair aide", "the Lib Dem spokesman" with
  the party tagged a person) is whom the role serves, never the one who holds it: the speaker
  is the description, or the person the article gave that title before
  (``title_holders._owns``).
- A quotation right after a noun for a named work ("campaign", "programme", "project") that
  opens in lowercase goes on with the sentence as someone's words ("promised a campaign “which
  is upbeat ...”"), never the work's name, which opens capitalised
  (``quote_marks.names_a_work``).
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speaker_on, speakers


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Mr Okoro pointed out that Norway, Spain and Chile, which all have ships in the area,"
         ' have announced their withdrawal "regardless of the weather at sea".', "regardless",
         "Okoro"),
        ('Ms Lee said the council had announced the closure of the library "without a word of'
         ' warning".', "without a word", "Lee"),
        ('The mayor said the board had confirmed the cuts "in the strongest possible terms".',
         "in the strongest", "mayor"),
        ('Unions claimed the company had announced 300 job losses "without any consultation".',
         "without any", "Unions"),
    ],
)  # fmt: skip
def test_adjunct_quoted_in_a_reported_clause(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('The union claimed that managers had described the strike as "a betrayal of patients".',
         "a betrayal", "managers"),
        ('Mr Okafor noted that several banks had warned of "a very difficult winter" for'
         " borrowers.", "a very difficult", "several banks"),
        ("The opposition leader argued that the government had promised \"a fairer deal\" for"
         " farmers and then broken it.", "a fairer deal", "government"),
        ('The council announced the closure of the library "with immediate effect".', "with",
         "council"),
    ],
)  # fmt: skip
def test_what_the_inner_verb_says_stays_its_speakers(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('A Tony Blair aide said the plan was "dead in the water".', "dead", "Tony Blair aide"),
        ('The Gordon Brown adviser described the vote as "a clear victory".', "a clear",
         "Gordon Brown adviser"),
        ('A Hillary Clinton spokeswoman called the report "deeply flawed".', "deeply",
         "Hillary Clinton spokeswoman"),
        # the description stands for the person given that title before
        ("Lib Dem spokesman Ed Davey criticised the budget. Then the Lib Dem spokesman called"
         ' the cuts "reckless".', "reckless", "Ed Davey"),
    ],
)  # fmt: skip
def test_a_name_before_a_role_does_not_hold_it(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Mr Putin's spokesman called the sanctions \"economic warfare\".", "economic",
         "Mr Putin's spokesman"),
        ('Foreign Minister Sergei Lavrov called the sanctions "economic warfare".', "economic",
         "Sergei Lavrov"),
        ("Green spokeswoman Caroline Lucas spoke first. The Green spokeswoman said the levy was"
         ' "a tax on the poor".', "a tax", "Caroline Lucas"),
    ],
)  # fmt: skip
def test_role_holders_named_after_their_title(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('Mr Okoro promised an election campaign "which is upbeat, confident and optimistic about'
         ' the future".', "which is upbeat", "Okoro"),
        ('The mayor launched a campaign "to make every street safe for children by next summer".',
         "to make", "mayor"),
        ('Ms Lee announced a new programme "that will put a nurse in every school".', "that will",
         "Lee"),
        ('The minister unveiled a project "which will change how we think about rail travel".',
         "which will", "minister"),
    ],
)  # fmt: skip
def test_lowercase_words_after_a_work_noun_are_speech(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The party launched its new slogan "Britain Deserves Better".',
        'The band released the single "Rain All Day" in May.',
    ],
)
def test_a_capitalised_name_after_a_work_noun_is_no_quote(nlp, text) -> None:
    assert speakers(nlp, text) == []
