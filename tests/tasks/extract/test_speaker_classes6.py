"""Issue 10's speaker classes from the sixth review (unseen English web news of 2019-2020), on
invented sentences: "he"/"she" passes over a person the article has called by the other pronoun
(or whose first name alone tells), takes the subject of a relative clause on a thing, and the
subject a predicate's participle describes; "according to X" speaks a phrase quoted in narration
(and an appositive name after a description); "commented:", "As X put it," and a pull quote's
"— Name" say who speaks; "a poem called “...” went on to win" is a title, not speech; "the
statement" speaks for whoever put it out (not an outlet that obtained it), "the production
company" for the "... Productions" just before it; a participle the parse hung on an embedded
clause ("X disputed that Y was ..., saying ...") is the reporter's."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the critic is a "she" by the article's own pronoun, though "Sam" does not tell
        ("Tom Reyes wrote the novel in 1990. The critic Sam Ortiz explained its plot to me. “It "
         "is a puzzle,” she said. When the editors asked him for more, he replied, “I hate the "
         "obvious.”", "Tom Reyes"),
        ("Ben Carter chaired the panel. The analyst Alex Kim explained the model to reporters. "
         "“The numbers hold,” she said. Asked about the delay, he said: “We are late.”",
         "Ben Carter"),
        # a first name alone tells by the one full name the article gives it
        ("Nora Lindqvist met the poet Karl Brandt in 1990. Later, Nora wrote, she asked Karl "
         "for a story.\n\n“No,” he said.", "Karl Brandt"),
    ],
)  # fmt: skip
def test_a_pronoun_passes_over_a_person_of_the_other_gender(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_pronoun_takes_the_subject_of_a_relative_clause_on_a_thing(nlp) -> None:
    text = (
        "Lena Fox opened the hearing. Young, in his testimony, criticised the plan. “It is "
        "flawed,” he said.\n\nOne project Young would drop is the Gateway. “There is no case for "
        "the Gateway,” he said."
    )
    assert _speakers(nlp, text)[-1][1] == "Young"


def test_a_predicate_participle_reports_for_the_subject_it_describes(nlp) -> None:
    text = (
        "Dana Wu was the second witness testifying on Tuesday. She said there would be “serious "
        "consequences” if the plan went ahead."
    )
    assert _speakers(nlp, text)[-1][1] == "Dana Wu"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Berg won the race. According to her coach, Tomas Lind, “She trained every day for "
         "a year.”", "Tomas Lind"),
        ("According to the agent Tom Hale, the singer “never signed the contract” that week.",
         "Tom Hale"),
        # the next sentence goes on with the same source
        ("According to the agent Tom Hale, the singer “never signed the contract” that week. She "
         "“left without a word” in May.", "Tom Hale"),
        ("The firm bought the paper in 2017. According to a 2019 study by Maria Olsen of Lund "
         "University, the firm tends to “cut first and ask later” after a takeover.",
         "Maria Olsen"),
    ],
)  # fmt: skip
def test_according_to_speaks_the_quote_beside_it(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Light use is not thought to cause harm, the authors said. But heavy use is linked to "
         "poor sleep and lower grades, they wrote.\n\nSenior author Dr. Omar K. Haddad, associate "
         "professor of pharmacology at Riverside University School of Public Health, commented: "
         "“Heavy use in adolescence is associated with lasting harm.”", "Omar K. Haddad"),
        ("Nobody saw the crash coming. As Dana Wu put it, “The rules are a maze and nobody reads "
         "them.”", "Dana Wu"),
        ("The plan failed within a year.\n\n“We built it to last, and it did not last.” — Carla "
         "Mendes\n\nThe next year was worse.", "Carla Mendes"),
    ],
)  # fmt: skip
def test_lead_ins_that_are_no_reporting_verb(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[0][1] == speaker


def test_a_title_before_went_on_to_is_no_quote(nlp) -> None:
    text = "One of her songs, a ballad called “Morning in the Valley,” went on to top the charts."
    assert _speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Friday, Northwind Records issued a statement about the tour. The statement, which "
         "was obtained by the Daily Ledger, claimed that the band had “broken every promise in "
         "the contract.”", "Northwind Records"),
        ("Harbor Foods rejected the claims in a statement on its website. “We have always paid "
         "our suppliers on time,” the statement read. “No invoice is overdue. We will fight this "
         "in court.”\n\n“Our growers know us,” the statement continued.", "Harbor Foods"),
    ],
)  # fmt: skip
def test_the_statement_speaks_for_its_issuer(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_kind_of_body_takes_the_name_that_says_that_kind(nlp) -> None:
    text = (
        "Shortly after the news broke, Tom Wells Productions denied that it had signed the "
        "deal.\n\n“No agreement exists,” the production company said in a statement to reporters."
    )
    assert _speakers(nlp, text)[-1][1] == "Tom Wells Productions"


def test_a_kind_of_body_takes_its_own_sentences_subject_first(nlp) -> None:
    text = (
        "Mira Holt has said she expects big savings from the merger. Earlier this year, Corvex "
        "Media reportedly laid off more than 40 reporters (the company would not confirm the "
        "number but called it “negligible”) and Daybreak cut several hundred."
    )
    assert _speakers(nlp, text)[-1][1] == "Corvex Media"


def test_a_participle_on_an_embedded_clause_is_the_reporters(nlp) -> None:
    text = (
        "Over the course of the hearing, Rita Gomez disputed that her brother was estranged from "
        "the family, saying instead he was “shy by nature.”"
    )
    assert _speakers(nlp, text)[-1][1] == "Rita Gomez"
