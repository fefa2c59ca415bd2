"""Speaker classes from dev11 (stop 18), invented sentences each: a country's title ("the
Kenyan president", "Israel's prime minister") stands for the one person the article titled so
with that country; a title with a complement before a name ("Shadow minister for health Ann
Lee said") is that name's; a possessor's spokesman speaks as such ("Mr Lee's spokesman"), and
a spokesperson keeps whom they speak for ("a spokeswoman for Ofcom"); a "he"/"she" after a
sentence about a thing takes the person its "as"/"after" clause is about; right double marks
printed as openers (”...”) pair as a quotation."""

from __future__ import annotations

import pytest

from tasks.extract.quote_marks import pair_marks
from tests.tasks.extract.test_quotes import speakers as _speakers


def _last_speaker(nlp, text: str) -> str | None:
    return _speakers(nlp, text)[-1][1]


# "The <demonym> <title>" / "<Country>'s <title>": the person titled with that very post and
# country before ("President X of Kenya", "Kenya's President X", "Kenyan President X").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("President Daniel Moi of Kenya arrived in London. Mr Blair greeted him at the door. "
         "“It is an honour to be here,” the Kenyan president said.", "Daniel Moi"),
        ("Kenya's President Daniel Moi arrived on Monday. Mr Blair greeted him warmly. “We "
         "talked about trade,” the Kenyan president told reporters.", "Daniel Moi"),
        ("President Omar Bashir of Sudan left Cairo. Egypt's President Hosni Mubarak stayed "
         "behind. “There will be peace,” the Sudanese president said.", "Omar Bashir"),
        ("Prime Minister Ehud Barak of Israel met Yasser Arafat. Mr Arafat spoke first. “We "
         "need security,” Israel's prime minister said.", "Ehud Barak"),
        # the description is the subject; "he" after it is the same person
        ("President Pervaiz Khan of Pakistan has spoken. Tony Blair met him. “We talked,” said "
         "Mr Blair. The Pakistani president was asked about Kashmir. “It is a dispute,” he "
         "said.", "Pervaiz Khan"),
    ],
)  # fmt: skip
def test_a_countrys_title_stands_for_its_holder(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # another country's president: nobody the article titled so
        "President Lula of Brazil met President Bush. “We agreed on trade,” the Pakistani "
        "president said.",
        # a president with no country: the demonym does not say it is him
        "President Bush met President Khan. “We agreed on trade,” the Pakistani president said.",
    ],
)
def test_a_countrys_title_needs_that_country(nlp, text) -> None:
    assert _last_speaker(nlp, text) == "Pakistani president"


# "<Title> for/of <field> <Name> said": the name is the speaker, and "he"/"she" after it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shadow minister for health Andrew Lansdale said: “Patients are waiting too long.”",
         "Andrew Lansdale"),
        ("Labour spokeswoman for education Mary Kent said: “Schools need more money.”",
         "Mary Kent"),
        ("Shadow spokesman for culture Peter Ainsley said: “The arts are starved.” He said the "
         "cuts had been “a slow disaster” for theatres.", "Peter Ainsley"),
        ("Secretary of State for Health Alan Milburn told MPs: “We will act on waiting lists.”",
         "Alan Milburn"),
        # a name the model tags as nothing, known by its first name
        ("Minister for Sport Richard Caborn said the games were “a great success”.",
         "Richard Caborn"),
    ],
)  # fmt: skip
def test_a_title_with_its_field_before_a_name(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[0][1] == speaker
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whom the role serves, not its holder
        ("“It was a misunderstanding,” a lawyer for Jane Doe said.", "lawyer"),
        ("“We are happy,” a spokesman for party leader Tom Hill said.",
         "spokesman for party leader Tom Hill"),
    ],
)  # fmt: skip
def test_a_role_for_a_person_is_not_that_person(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# "<Person>'s spokesman said": the spokesman speaks, under that description (the gold
# convention: names as written), never the person they speak for.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hale's spokesman said: “The church has a well-known position on this.”",
         "Mr Hale's spokesman"),
        ("“We have no comment,” Angela Morton's spokeswoman told reporters on Monday.",
         "Angela Morton's spokeswoman"),
        ("The minister was abroad. President Obrien's press secretary said: “The president is "
         "confident.”", "President Obrien's press secretary"),
        ("The talks were tense. The minister's aide said: “He is resting.”", "minister's aide"),
    ],
)  # fmt: skip
def test_a_persons_spokesman_speaks_as_such(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a spokesman named in apposition is that person
        ("The talks were tense. Vladimir Orlov's spokesperson Dmitry Pavlov said: “There is no "
         "deal.”", "Dmitry Pavlov"),
        ("Ms Lind's deputy, Oliver Barrow, said: “We are ready.”", "Oliver Barrow"),
    ],
)  # fmt: skip
def test_a_named_spokesman_is_named(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# "a spokesperson from/for/of <body>": whom they speak for is part of the only name they have.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The changes are very welcome,” a spokesperson from Fairtel told the website.",
         "spokesperson from Fairtel"),
        ("The regulator was pleased. A spokeswoman for Ofcom said: “We welcome the move.”",
         "spokeswoman for Ofcom"),
        ("“We are still assessing the damage,” a representative of Acme Corp told reporters.",
         "representative of Acme Corp"),
        ("The spokesman for the Odesa regional administration said: “Two drones were downed.”",
         "spokesman for the Odesa regional administration"),
        ("“It is a private matter,” a spokesman for Mr Brown said.", "spokesman for Mr Brown"),
    ],
)  # fmt: skip
def test_a_spokesperson_keeps_whom_they_speak_for(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body no name tells apart adds nothing
        ("“We are worried,” a spokesman for the family said.", "spokesman"),
        ("“We have no comment,” a spokeswoman said.", "spokeswoman"),
        # an official, one of many, is named by the role alone (stop 17)
        ("Reporters waited outside. A senior official at the Pentagon said: “The strikes will "
         "continue.”", "senior official"),
    ],
)  # fmt: skip
def test_a_spokesperson_for_no_named_body(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# A sentence whose subject is a thing ("His words came as ...", "The protest began as ...") is
# about the person of its "as"/"after" clause: "he"/"she" next takes that person, not someone
# named sentences before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hale has said nothing. His remarks came as Bishop Anthony Corrigan, the head of "
         "the diocese, backed the plan. In a statement, he said the vote was a “key moment”.",
         "Bishop Anthony Corrigan"),
        ("Mr Reed opened the meeting. The protest began as Ian Brown, the union leader, "
         "addressed the crowd. He said the cuts were “a disgrace”.", "Ian Brown"),
        ("Tom Hill spoke first. The vote came after Anna Berg urged members to back the plan. "
         "She said it was “the only way forward”.", "Anna Berg"),
        ("Mr Reed chaired the session. The walkout happened when Paul Dunn rejected the offer. "
         "Later he called it “an insult to every nurse”.", "Paul Dunn"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_thing_takes_its_clauses_person(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the sentence before is about a person: its subject stays first
        ("Mr Reed opened the meeting. Ian Brown spoke as the crowd cheered. He said the cuts "
         "were “a disgrace”.", "Ian Brown"),
        # no person in the clause: further back, as before
        ("Sara Lind chairs the board. The announcement followed a warning from the regulator. "
         "She said it was “deeply worrying”.", "Sara Lind"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_thing_without_a_clauses_person(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Right double marks printed on both sides of a quotation pair, when the paragraph has no left
# double mark; never the inch mark after a number.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Spokesman Ivan Petrov stated that ”there was no plan for” a summit.",
         ["there was no plan for"]),
        ("The minister said ”we will not retreat from the city” and left.",
         ["we will not retreat from the city"]),
        ("”We have done everything we could,” the coach said. Then he left.",
         ["We have done everything we could,"]),
        ("She called it ”a serious mistake” and ”a betrayal” of voters.",
         ["a serious mistake", "a betrayal"]),
        # guards: inch marks, a lone mark, a paragraph that uses left marks
        ("The new phone has a 6.1” screen and costs less than the old 5.8” model.", []),
        ("He bought a 12” pizza and a 10” one.", []),
        ("She said ”no more and left.", []),
        ("“We will win,” she said of the ”final” push.", ["We will win,"]),
    ],
)  # fmt: skip
def test_right_marks_as_openers(text, quotes) -> None:
    assert [text[s.start : s.end] for s in pair_marks(text)] == quotes


def test_right_marks_quote_has_its_speaker(nlp) -> None:
    text = "Spokeswoman Olga Marina stated that ”there was no talk about” new sanctions."
    assert _speakers(nlp, text) == [("there was no talk about", "Olga Marina")]
