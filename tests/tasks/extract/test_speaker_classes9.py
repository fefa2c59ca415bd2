"""Issue 10's quote and speaker classes from the ninth review (a second set of 2014 conflict
reports), on invented sentences: a lowercase phrase right after "said" that the narration goes
on from is a partial quote; the reporter speaks for a clause that gives their own side's view or
what a study shows ("said her council favours “...”", "said the audit shows ... “...”"); "he"
takes the subject of a clause before a person named in passing; a question or an exclamation
takes the speaker opening the sentence after it ("“Why not?” Ann Lee asked the board"); the
speaker as written carries no space the text put after its article."""

from __future__ import annotations

import pytest

from tasks.extract.quote_marks import pair_marks, quote_kind
from tests.tasks.extract.test_quotes import extracted, speakers


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The coach said “a fresh start for everyone” was what the club needed.", "partial"),
        ("The farmer said “hundreds” of sheep had drowned in the flood.", "partial"),
        ('Ms Ode said "a quiet deal" would suit both sides.', "partial"),
        # a sentence of speech, or a clause closed by its own comma, stays full
        ("She said “we will rebuild the town.”", "full"),
        ("He said “we are ready,” and left the room.", "full"),
        ("He said: “fine” and walked out.", "full"),
    ],
)
def test_a_phrase_the_narration_goes_on_from_is_partial(text, kind) -> None:
    span = pair_marks(text)[0]
    assert quote_kind(text, span) == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Ann Lind told reporters on Monday that her council recommends “a slower and "
         "safer route” for the bypass.", "Ann Lind"),
        ("Health minister Omar Reyes said the audit shows the clinics are “saving lives every "
         "single week”.", "Omar Reyes"),
        ("Paul Renko said their survey indicates that farmers are “close to giving up”.",
         "Paul Renko"),
    ],
)  # fmt: skip
def test_the_reporter_speaks_for_his_own_side_or_a_study_he_cites(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_the_speaker_as_written_has_no_space_after_its_article(nlp) -> None:
    [quote] = extracted(
        nlp, "The\u00a0press office wrote, in part:\n\n“Every ferry will sail on time.”"
    )
    assert quote.speaker is not None and quote.speaker.written == "press office"


def test_he_takes_the_subject_of_a_clause_before_a_person_it_names_in_passing(nlp) -> None:
    text = (
        "The visit came as Tomas Berg prepared to meet Omar Reyes, a rival candidate, in Oslo.\n\n"
        "The voters were “owed a clear answer on the bridge”, he said."
    )
    assert speakers(nlp, text)[-1][1] == "Tomas Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Why not?” Ann Lee asked the board in May.", "Ann Lee"),
        ("“Who wants a photo with Tom?” Lena Park wrote on Instagram last week, next to a "
         "picture of her with her brother.", "Lena Park"),
        # a reporting verb with a clause of its own reports that clause, not the quotation
        ("“What now?” Critics say the plan will fail.", None),
    ],
)  # fmt: skip
def test_a_question_takes_the_speaker_opening_the_sentence_after_it(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[0][1] == speaker


def test_a_question_closing_its_paragraph_is_not_said_by_the_next_one(nlp) -> None:
    text = (
        "Questions remain: “Who will pay for the bridge?”\n\n"
        "The fund's director, Ann Lee, proposes a levy on ferry tickets."
    )
    assert speakers(nlp, text)[0][1] != "Ann Lee"
