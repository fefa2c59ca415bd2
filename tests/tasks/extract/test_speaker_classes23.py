"""Issue 10's dev23 class of wrong speakers, on invented sentences only: a post title with an
"in" place ("the Humanitarian Coordinator in Somalia") and then its holder's name set off by
commas is that person, like a title with an "of" place; the parse may hang the name on the title
rather than on the place, and the model may tag it as a body or not at all. A "he"/"she" after
it stands for the name, not for the title."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers


def _last_speaker(nlp, text: str) -> str | None:
    return speakers(nlp, text)[-1][1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name tagged nothing, hung on the title
        ("Speaking in Juba, the UN Humanitarian Coordinator in South Sudan, Yao Koffi "
         "Assamoi, said aid was blocked. “Convoys cannot pass,” he said.",
         "Yao Koffi Assamoi"),
        # a title without an article, its name tagged a person but hung on the title
        ("The UNICEF Emergency Coordinator in Mali, Sekou Bamba Traore, said schools had closed. "
         "“Children are not safe,” he said.", "Sekou Bamba Traore"),
        # "she", a paragraph later
        ("The WFP Country Director in Niger, Adjoa Komlan Sossou, said stocks were low.\n\n"
         "“We can feed only half of the families this month,” she said.", "Adjoa Komlan Sossou"),
        ("Speaking by phone, the WHO Representative in Yemen, Dieudonne Kossi Mensah, said the "
         "clinics were full. “We need more beds,” he said.", "Dieudonne Kossi Mensah"),
        ("The Humanitarian Coordinator in Somalia, Abebe Tesfaye Gebre, told reporters that the "
         "rains had failed. “The harvest is lost,” he added.", "Abebe Tesfaye Gebre"),
    ],
)  # fmt: skip
def test_name_set_off_after_a_title_in_a_place(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a place after the place names nobody
        ("The governor in Kano, Northern Nigeria, said shops were burned. “We will rebuild,” he "
         "said.", "governor"),
        # a description after it is no name
        ("The Special Representative in Kabul, the former minister, said talks had stalled. "
         "“Nobody is talking,” he said.", "Special Representative"),
        # a relative clause after it is no name
        ("Speaking in Geneva, the Regional Director in Amman, who asked not to be named, said "
         "funds were short. “We are running out of money,” he said.", "Regional Director"),
    ],
)  # fmt: skip
def test_no_name_after_a_title_in_a_place(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker
