"""Issue 10's dev10 classes of wrong speakers (refs16), on invented sentences only: "it" after a
report speaks for whoever published or wrote it; a description stands for the person named
before by a surname the model did not tag, else for the whole description with its "at ...";
a cue-less quote after a paragraph whose subject speaks without a reporting verb, with only a
term quoted in it, is that subject's."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import extracted, speakers


def _last_speaker(nlp, text: str) -> str | None:
    return speakers(nlp, text)[-1][1]


# "It" standing for a report as a speaker stands for the report's author: the subject of the
# verb that published, issued or released it, or the agent of a participle ("published by X"),
# never the bare noun "report".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday the Institute for Energy Policy published a report that blamed the army. "
         "It said satellite images suggested a “precision strike” on the depot.",
         "Institute for Energy Policy"),
        ("Last week Amnesty International released a report that accused both sides of abuses. "
         "It said civilians had been used as “human shields” in several towns.",
         "Amnesty International"),
        ("The Oxford Research Group issued a study on Tuesday that examined the drone attacks. "
         "It said the strikes were “deliberately aimed” at power stations.",
         "Oxford Research Group"),
        ("The report, published by the Peace Research Institute on Monday, blamed the militia. "
         "It said the attack was “a calculated act”.", "Peace Research Institute"),
        ("Greenpeace released a report on Thursday that criticised the plan. “The river will "
         "die,” it said.", "Greenpeace"),
    ],
)  # fmt: skip
def test_it_after_a_report_is_its_author(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guards: who got hold of a report is not its author; a report nobody is said to have written
# stays what it is.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A memo seen by Reuters warned of shortages. It said the army was “running out of "
         "shells”.", "memo"),
        ("A report published on Monday blamed the army. It said the strike was “a war crime”.",
         "report"),
    ],
)  # fmt: skip
def test_it_after_a_report_guards(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# A definite description as the speaker ("the former chief executive at X said") stands for the
# person the sentence before was about, also when that sentence names them by a bare surname
# the model did not tag as a person, after the article gave the full name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sir Alan Greene, 61, said the talks had failed. Greene, who was appointed to the board "
         "in May, added that costs were rising. On the strike, the former chief executive at "
         "the Royal Mail said: “We cannot go on like this.”", "Alan Greene"),
        ("Dame Ruth Okafor, 58, warned of delays. Okafor, who ran the port for a decade, said "
         "the cranes were old.\n\nAsked about pay, the former harbour master at Felixstowe "
         "said: “Nobody listens to the dockers.”", "Ruth Okafor"),
        ("Professor Ian Marsh, 70, spoke first. Later Marsh, who chaired the inquiry, "
         "repeated his warning. The retired judge said: “The evidence was ignored.”",
         "Ian Marsh"),
        ("Dr Tom Hale has run the clinic since 2010. Asked about funding, the former director "
         "at the National Health Institute said: “We are out of money.”", "Tom Hale"),
    ],
)  # fmt: skip
def test_a_description_is_the_person_named_before(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# When no earlier name fits, the description stays whole, with the "at ..." that says where the
# post is; an anonymous "a ... official at X" is named by its role alone, as before.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials met on Friday. The former permanent secretary at the Treasury said: “The "
         "deficit is unsustainable.”", "former permanent secretary at the Treasury"),
        ("The meeting ended late. “We need more time,” the chief negotiator at the United "
         "Nations said.", "chief negotiator at the United Nations"),
        ("Shares fell sharply. The finance director at Barclays said: “We saw this coming.”",
         "finance director at Barclays"),
        ("Reporters waited outside. A senior official at the Pentagon said: “The strikes will "
         "continue.”", "senior official"),
    ],
)  # fmt: skip
def test_a_description_no_name_fits_stays_whole(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# A cue-less quote paragraph right after a paragraph about a person who speaks without a
# reporting verb ("took to Facebook to demand “answers”") is that person's: a word quoted there
# as a term is no quotation that carries an earlier speaker over it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Several MPs criticised the deal. “It is a disgrace,” said one.\n\nOlga Petrova, a "
         "regional councillor, took to Facebook to demand “answers” about the closure.\n\n"
         "“Why did nobody ask us? Who signed this?”", "Olga Petrova"),
        ("The union condemned the cuts. “We will strike,” its leader said.\n\nMark Hill, a "
         "local businessman, went on television to demand an “inquiry” into the fire.\n\n"
         "“How could this happen? Who is responsible?”", "Mark Hill"),
        ("Critics attacked the plan. “It will fail,” one analyst said.\n\nJames Ortiz used his "
         "blog to call the bridge a “white elephant”.\n\n“We have waited long enough. Fix it "
         "now.”", "James Ortiz"),
        ("“This is a scandal,” the opposition leader said.\n\nAnna Kowal, a pensioner, wrote "
         "to the council to question its “priorities”.\n\n“Who benefits from this? Not the "
         "families.”", "Anna Kowal"),
    ],
)  # fmt: skip
def test_a_quote_after_a_speech_act_is_its_doers(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


def test_a_quote_after_another_quotation_keeps_its_speaker(nlp) -> None:
    """Guard: a real quotation in the paragraph before still carries its speaker over."""
    text = (
        "Olga Petrova, a councillor, said: “We were never consulted.”\n\nShe added that "
        "the mayor had “simply ignored” the residents.\n\n“Nobody asked us.”"
    )
    assert _last_speaker(nlp, text) == "Olga Petrova"


def test_a_term_about_a_thing_carries_nothing(nlp) -> None:
    """Guard: a paragraph about a thing, with only a term quoted in it, names no speaker."""
    text = (
        "Ann Lee spoke first. “We will fight,” she said.\n\nThe city’s “green plan” was "
        "dropped on Monday.\n\n“It is over.”"
    )
    found = [q for q in extracted(nlp, text) if q.text.startswith("“It is over")]
    assert not found or found[0].speaker is None or found[0].speaker.name == "Ann Lee"


# A title with an "of" that says which post ("the head of the agency") stands for the one person
# the article gave that very title, however far back, as a title with modifiers does; a title
# of another body ("the head of the army") or one given to nobody stays as written.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The head of the agency, Jane Ross, spoke on Monday. Talks with Peter Long went well. "
         "Later, the head of the agency said: “We will not back down.”", "Jane Ross"),
        ("The director of the museum, Karl Weber, gave a tour. Visitors met Lena Vogt.\n\nThe "
         "director of the museum later said: “The roof leaks.”", "Karl Weber"),
        ("The head of the agency, Jane Ross, met the head of the union, Bill Carr. Later, the "
         "head of the union said: “No deal.”", "Bill Carr"),
        ("The chief of the defence staff, Gen Ana Rios, toured the base. Troops met Tom Lee. "
         "“We are ready,” the chief of the defence staff told reporters.", "Ana Rios"),
        ("The head of the agency, Jane Ross, spoke on Monday. Later, the head of the army "
         "said: “We are ready.”", "head of the army"),
    ],
)  # fmt: skip
def test_a_title_with_its_of_is_the_person_given_it(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker
