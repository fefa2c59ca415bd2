"""Issue 10's speaker classes from the sixth review (unseen English web news of 2019-2020), on
invented sentences: "he"/"she" passes over a person the article has called by the other pronoun
(or whose first name alone tells), takes the subject of a relative clause on a thing, and the
subject a predicate's participle describes."""

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
