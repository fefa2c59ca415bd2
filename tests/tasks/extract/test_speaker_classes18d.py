"""Issue 10's dev13 classes of missed quotes and wrong speakers (speakers18d), on invented
sentences only.

Classes: a quotation whose closing mark (and paragraph break) the text lost runs on until a new
speaker's cue "X said: " opens another quotation: a mark after the colon of a reporting cue
opens, never closes, so the open quote ends at the sentence before the cue and the new one is
the new speaker's. A lone capitalised word opening its sentence that the model tagged no name
and the article names nowhere else as a person is a common noun capitalised by its place
("Convention should be ..."): no "he" or "she" stands for it. A definite description headed by
a role's abbreviation the model tags a proper noun ("the Tory MP for Leeds North") stands for the
person the sentence just before was about, as a description headed by a common noun does. A
reporting clause right after a quoted noun with no comma ("an “instant decision” she said, ..."),
which the parse hangs on that noun as a relative clause, is a parenthetical cue when its verb
reports only words: its subject says the quoted words. An ellipsis inside an open quotation
marks words left out, never a sentence's end (the parse split there); and a reason clause after
the reported clause that the parse hangs on the reporting verb ("X said the ruling would ...
because its stake would fall to 40%") is the reporter's reasoning: its figure is the reporter's
("because" always; "as" and "since" only with a modal of their own). A body that "ruled that"
a clause holds gives that clause's figures as its finding, as "found that" does.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on
from tests.tasks.extract.test_quotes import speaker_on, speakers


# A straight (or curly) opening mark after "said: " while a quote is still open: the closing
# mark and the paragraph break before the cue were lost. The cue's speaker says the new quote
# and the quote that follows it after a sentence end ('... "I need to ...').
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('The striker scored twice and said: "I was pleased with the goals. "It has been a hard'
         ' month. Then the coach spoke to reporters. Manager Tom Briggs said: "We have a thin'
         ' squad this week. "I need to pick someone to play up front. That will be decided on'
         ' Friday."', "I need to pick", "Tom Briggs"),
        ('Mrs Ortega thanked the volunteers. "They gave up their weekends. "None of them asked'
         ' for anything in return. The council will now review the scheme. Deputy mayor Ann Lowe'
         ' added: "This was a great effort by everyone."', "This was a great", "Ann Lowe"),
        ('The chairman said: "We are happy with the season. "We did better than expected. The'
         ' board meets on Monday to discuss the budget. Finance director Paul Reed told'
         ' reporters: "Money is tight but we will manage."', "Money is tight", "Paul Reed"),
        ('Jones said: "My knee is fine now. "I trained all week. The squad flies to Rome on'
         ' Sunday. Coach Ellen Marsh warned: "Rome will be a tough place to go."', "Rome will",
         "Ellen Marsh"),
    ],
)  # fmt: skip
def test_a_cue_with_a_colon_opens_a_new_speakers_quote(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # closed quotes: each cue's own
        ('The mayor said: "We will rebuild." The governor said: "We will help."', "We will help",
         "governor"),
        # a mark after a colon with no finished sentence before it in the open quote
        ('Smith said: "He told me: "Go home now" and then he left."', "He told me", "Smith"),
    ],
)  # fmt: skip
def test_closed_or_nested_quotes_keep_their_speakers(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


# A "he"/"she" after a sentence whose subject is a common noun capitalised only because it opens
# the sentence: the pronoun stands for the person who spoke before, never for that noun.
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('The reforms would "wreck the system," Mr Cole said. Convention should be "nurtured and'
         ' celebrated," but the government ignored it. He warned that the ministers would face'
         ' "real trouble" in the Lords.', "real trouble", "Mr Cole"),
        ('The plan would "destroy the office," Ms Hart said. Precedent must be "respected and'
         ' kept," but the council ignored it. She warned that the council would face "a long'
         ' fight" in the courts.', "a long fight", "Hart"),
        ('The bill is "a mess," Mr Kay said. Monarchy should be "left alone," but the party'
         ' attacked it. He said the party would find it "very hard" to win.', "very hard", "Kay"),
        ('The cuts were "reckless," Mrs Dunn said. Devolution should be "cherished and'
         ' protected," but ministers resented it. She predicted that the assembly would have'
         ' "no choice" but to resist.', "no choice", "Dunn"),
        ('The deal was "a betrayal," Mr Ames said. Neutrality should be "defended at all'
         ' costs," yet the cabinet dropped it. He said the country would pay "a heavy price" for'
         ' that.', "a heavy price", "Ames"),
    ],
)  # fmt: skip
def test_a_capitalised_common_noun_is_no_antecedent(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


def test_a_surname_the_article_uses_elsewhere_still_is(nlp) -> None:
    text = ('“We will not stop,” said Koval. Koval dismissed the claim. “It is a lie. Nobody'
            ' believes it,” he said.')  # fmt: skip
    assert speaker_on(nlp, text, "It is a lie") == "Koval"


def test_a_surname_opening_its_sentence_still_is(nlp) -> None:
    text = ('Coach Maria Lopez watched the match. Lopez was angry. She said the referee had been'
            ' "a disgrace".')  # fmt: skip
    assert speaker_on(nlp, text, "a disgrace") == "Maria Lopez"


# "the <party> MP for <seat>": the one person the sentence before was about.
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('Former minister Alan Pike, who served under two leaders, said the plan was "a costly'
         ' mistake". But the Labour MP for Bristol East admitted the system "needs some repair".',
         "needs some repair", "Alan Pike"),
        ('Veteran backbencher Sarah Moss said the reforms were "rushed and careless". The Tory MP'
         ' for Ashford later conceded that the old rules were "far from perfect".',
         "far from perfect", "Sarah Moss"),
        ('Shadow minister Peter Vale said the figures were "deeply worrying". But the'
         ' Conservative MP for Hull West admitted that the scheme had "some merit".', "some merit",
         "Peter Vale"),
        ('Former health secretary Jane Rudd, whose brother is a doctor, called the plan'
         ' "reckless". The Labour MP for Leeds North told reporters that nurses were "at breaking'
         ' point".', "at breaking point", "Jane Rudd"),
        ('Independent candidate Tom Hale attacked the council. The former MP for Wyre Forest said'
         ' its leaders were "out of touch".', "out of touch", "Tom Hale"),
        # a definite "the Bill" the model may tag a person is no rival
        ('Former minister Ann Ruddock, whose mother sat in the Lords, said the Bill was "badly'
         ' flawed". But the Labour MP for Crewe admitted the old system "had to change".',
         "had to change", "Ann Ruddock"),
    ],
)  # fmt: skip
def test_the_mp_for_a_seat_is_the_person_before(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


def test_the_mp_after_two_people_is_neither(nlp) -> None:
    text = 'Mr Pike met Ms Moss. The Labour MP for Bristol East said the talks were "useful".'
    assert speaker_on(nlp, text, "useful") == "Labour MP"


# "an “X” she said": a parenthetical cue with no comma after the quoted noun.
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ('Dame Ann Bright was a famous dancer. She retired in 1963, an "instant decision" she'
         ' said, "largely because of a leg injury".', "instant decision", "Ann Bright"),
        ('Tom Reyes ran the shop for years. He sold it in 2001, a "painful choice" he said,'
         ' because his health was failing.', "painful choice", "Tom Reyes"),
        ('Ann Lake ran the firm until 2004, a "hard call" she admitted, after her husband fell'
         ' ill.', "hard call", "Ann Lake"),
        ('Singer Rob Vale formed the band in 1975. It split in 1979, a "mutual decision" Vale'
         ' said, after years of touring.', "mutual decision", "Rob Vale"),
        ('Maria Costa sold the farm in 1988, the "worst mistake of my life" she wrote, and moved'
         ' to the city.', "worst mistake", "Maria Costa"),
    ],
)  # fmt: skip
def test_a_cue_right_after_a_quoted_noun_says_it(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a verb that takes a thing: the noun is what was announced, a term of the narration
        'The mayor unveiled the "green plan" she announced last week.',
        'The council approved the "new scheme" he proposed on Monday.',
    ],
)
def test_a_verb_taking_a_thing_makes_no_cue(nlp, text) -> None:
    assert speakers(nlp, text) == []


# A figure in a reason clause after a reported clause that runs over an ellipsis in quotes.
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ('Acme said the decision would "seriously weaken... Acme\'s control of Beta Mobile"'
         " because its share would fall to 30%.", "30%", "Acme"),
        ('The union said the plan would "put at risk... Northern Rail\'s long-term future" as'
         " wages would rise by only 1%.", "1%", "union"),
        ('Vodafone warned the rule would "make impossible... Vodafone\'s full ownership of the'
         ' venture" since its holding would be cut to 45%.', "45%", "Vodafone"),
        ('The bank said the merger would "complicate... Lloyds\'s takeover of the insurer"'
         " because its stake would shrink to 20%.", "20%", "bank"),
    ],
)  # fmt: skip
def test_a_reason_after_what_is_said_is_the_reporters(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # another source's own cue, and a narrated event, stay as they are
        ("The mayor said the talks had failed, because 30 people were killed on Monday,"
         " officials said.", "30", "officials"),
        ("Police said the road would reopen after 200 workers cleared the debris.", "200",
         "Police"),
        ("The road reopened after 200 workers cleared the debris.", "200", OUTLET),
    ],
)  # fmt: skip
def test_other_clauses_keep_their_sources(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


# "ruled that ...": the ruling body's finding.
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("But a parliamentary commission has now ruled that Acme's 70% controlling stake is too"
         " high.", "70%", "parliamentary commission"),
        ("The court ruled that the 15% levy was unlawful.", "15%", "court"),
        ("The tribunal ruled that the firm owed its staff £2m in back pay.", "£2m", "tribunal"),
        ("Judges have ruled that 40 of the seats were won unfairly.", "40", "Judges"),
    ],
)  # fmt: skip
def test_a_ruling_gives_its_clauses_figures(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_ruling_out_a_figure_is_no_finding(nlp) -> None:
    text = "The party ruled out a 5% tax rise."
    assert claim_on(nlp, text, "5%")[ClaimCol.ATTRIBUTED_TO] == OUTLET
