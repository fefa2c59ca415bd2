"""Issue 10's dev10 classes of wrong speakers (speakers16), on invented sentences only: a
reporting clause set off inside the clause it reports; a speech verb in a relative clause; a verb
answering someone's words as the latest speech for a pronoun; the one the writer asks."""

from __future__ import annotations

import pytest

from tasks.extract.names import opens_with_first_name
from tests.tasks.extract.test_quotes import speakers


def _last_speaker(nlp, text: str) -> str | None:
    return speakers(nlp, text)[-1][1]


# A reporting clause set off by commas inside another ("X, Y told reporters, had ...") gives
# the next paragraph's cue-less quote its reporter, not the subject of the clause it reports,
# whether the parse hangs it on that clause, makes both subjects, or reads it as an apposition.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Smith met the mayor on Friday.\n\nThe ceasefire, Ms Jones said, would not hold "
         "beyond the winter.\n\n“Nobody trusts the other side any more.”", "Ms Jones"),
        ("Mr Lowe, Ms Hart told reporters, had misled the cabinet about the costs.\n\n“He knew "
         "the figures and kept them back.”", "Hart"),
        ("The army, the spokesman Ivan Orlov said, had pulled back from the river.\n\n“Our "
         "positions are secure.”", "Ivan Orlov"),
        ("The reforms, Olga Reyes wrote in a letter, would cost the region dearly.\n\n“Farmers "
         "will pay the price.”", "Olga Reyes"),
        ("Kyiv, Anna Petrenko told the BBC, was ready for talks with Moscow.\n\n“We have waited "
         "long enough.”", "Anna Petrenko"),
    ],
)  # fmt: skip
def test_a_reporting_aside_speaks_on(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guards: a name in apposition closed by a comma is the subject's own; a plain reporting clause.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Dean, the chairman, told reporters the club was safe.\n\n“We have the money.”",
         "Dean"),
        ("The governor, Anna Petrenko, said the city was calm.\n\n“Nobody has left.”",
         "Anna Petrenko"),
        ("Ms Cole said the ceasefire would not hold.\n\n“Nobody trusts the other side.”", "Cole"),
    ],
)  # fmt: skip
def test_a_reporting_aside_guards(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# A speech verb in a relative clause gives the phrase to that clause's subject: with "which" or
# "that" before it, or none (which the parse may read as a participle on the subject).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The prime minister received a reception one veteran diplomat described as an “ambush” "
         "by the hosts.", "one veteran diplomat"),
        ("Ms Hart visited Paris and got a welcome one senior French official described to me as "
         "a carefully staged “public rebuke” from the president.", "one senior French official"),
        ("The mayor unveiled a plan which the minister called “a disgrace” to the city.",
         "minister"),
        ("The deal, which the union leader called “an insult to every nurse”, was signed on "
         "Monday.", "union leader"),
        ("The firm launched a product that analysts called “a gamble on the future”.",
         "analysts"),
    ],
)  # fmt: skip
def test_a_relative_clauses_subject_speaks(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guards: a participle with its agent is said by the agent; a passive naming or a name is no
# quote.
def test_a_relative_clause_guards(nlp) -> None:
    text = "A diplomat described as “brilliant” by colleagues has resigned."
    assert _last_speaker(nlp, text) == "colleagues"
    assert speakers(nlp, "A unit that was called “the wolves” fought there.") == []
    assert speakers(nlp, "The town, which locals called “Little Paris”, was shelled.") == []


# A verb answering someone's words ("rejected his comments", "dismissed the criticism") is the
# latest speech of its sentence: the "he" of the quote after is whoever answered.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Smith criticised the plan but the chairman, Jones, rejected his comments. “We did ask "
         "for more time,” he said.", "Jones"),
        ("Mr Reid attacked the budget, but the finance minister, Alan Cole, dismissed the "
         "criticism. “The numbers add up,” he said.", "Alan Cole"),
        ("Ms Grant said the club had failed its fans, but its owner, Lisa Park, denied the "
         "allegations. “We have spent millions,” she said.", "Lisa Park"),
        ("The critics attacked the ruling, but the judge, Ruth Mills, rebutted their arguments. "
         "“The law is clear,” she said.", "Ruth Mills"),
        ("Mr Ford said the deal was a disaster, and Mr Kerr quickly rebutted the claim. “It "
         "saves money,” he said.", "Kerr"),
    ],
)  # fmt: skip
def test_an_answer_to_speech_is_the_latest_speech(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# ... also when the model tags the answerer, named after an organisation's possessive, as an
# organisation: a full name opening with a first name is a person's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ms Vance said the pitch was too slow but Cricket Wales's David Morgan rejected her "
         "comments. “We rolled it twice a day,” he said.", "David Morgan"),
        ("Mr Hale said the roads were unsafe, but Transport Scotland's Graham Reid dismissed the "
         "criticism. “Every road was gritted,” he said.", "Graham Reid"),
        ("Ms Ortiz complained about the fares, but Rail Europe's Martin Kohl rejected the claims. "
         "“Prices have fallen,” he said.", "Martin Kohl"),
        ("Mr Dunn said the ward was dirty, but Health Trust's Sarah Bell denied the allegations. "
         "“It is cleaned every hour,” she said.", "Sarah Bell"),
    ],
)  # fmt: skip
def test_an_answerer_tagged_an_organisation(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Geoff Hurst", True), ("Sarah Bell", True), ("Goldman Sachs", False), ("Kyiv", False),
     ("Sarah", False)],
)  # fmt: skip
def test_opens_with_first_name(name, expected) -> None:
    assert opens_with_first_name(name) is expected


# Guards: rejecting what is no speech answers nobody; the sentence's reporter speaks on.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hale said the bridge was safe even though Mr Kerr rejected the offer. “It will "
         "stand for a century,” he said.", "Hale"),
        ("Ms Lund said the talks had failed after Mr Berg rejected the proposal. “We tried "
         "everything,” she said.", "Lund"),
    ],
)  # fmt: skip
def test_an_answer_to_speech_guards(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# The one the writer asks answers in the cue-less quote after ("I asked the minister ...").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("I asked the minister about the deal and whether it would survive.\n\n“It will "
         "survive the winter.”", "minister"),
        ("We asked the governor whether the city could hold out.\n\n“We have food for a "
         "month.”", "governor"),
        ("I asked Ms Lee about her plans for the party, recalling her defeat last year.\n\n“I am "
         "not finished yet.”", "Lee"),
        ("Later I asked the coach, Tom Reed, about the defeat.\n\n“We were simply not good "
         "enough.”", "Tom Reed"),
    ],
)  # fmt: skip
def test_the_one_the_writer_asks_answers(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guard: someone else who asks is the one reported (as before).
def test_someone_else_asking_guard(nlp) -> None:
    text = "Ms Lee asked the minister about the deal.\n\n“We need answers.”"
    assert _last_speaker(nlp, text) == "Lee"


# A paragraph that quotes only a word or a phrase in its narration ("... to demand “answers”")
# leaves the cue-less quote after it to the person that paragraph is about, not to an earlier
# quote's speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hale spoke to the families. “We will rebuild,” he said.\n\nMs Berg, a local "
         "councillor, went on television to demand “answers” about the fire.\n\n“Why did nobody "
         "warn us?”", "Berg"),
        ("Mr Hale spoke to the families. “We will rebuild,” he said.\n\nTom Vega, the union "
         "leader, used his speech to call for “justice” for the miners.\n\n“These men died for "
         "nothing.”", "Tom Vega"),
        ("Mr Hale spoke to the families. “We will rebuild,” he said.\n\nPavel Orlov took to "
         "social media to condemn the “cowardly” attack on the school.\n\n“They target "
         "children.”", "Pavel Orlov"),
        ("Mr Hale spoke to the families. “We will rebuild,” he said.\n\nMs Diaz, the opposition "
         "leader, marched to parliament to demand a “full inquiry” into the fire.\n\n“The public "
         "deserves the truth.”", "Diaz"),
    ],
)  # fmt: skip
def test_a_phrase_quoted_in_narration_leaves_the_speaker_to_it(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guard: a paragraph quoting a sentence of speech carries its speaker on.
def test_a_quoted_sentence_carries_its_speaker_guard(nlp) -> None:
    text = ("Mr Hale visited the site on Monday. He said: “We will rebuild.” Ms Berg stood "
            "beside him.\n\n“Nobody will be forgotten.”")  # fmt: skip
    assert _last_speaker(nlp, text) == "Hale"
