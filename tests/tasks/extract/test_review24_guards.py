"""Review24's guard tests for the src23 and spk23 rounds, on invented sentences only.

- "speak of" / "talk of" gives a figure as the speaker's word only when the "of" phrase holds a
  count: a law's, a plan's or a place's number ("spoke of Section 230") is no figure, and taking
  it for one handed the sentence's other figures to the speaker.
- KNOWN, NOT FIXED (xfail): a title with an "in" place and then a name in commas that the model
  tagged one body is taken for the holder's name, so a company's or a newspaper's name after a
  job title ("the correspondent in Paris, Le Monde,") becomes the "he" who speaks. Requiring a
  first name among its words fails on a real holder whose first name both sexes bear (the first
  name list holds one-gender names only), so the fix waits for a better test of a person's name.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import OUTLET, source_on
from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The senator spoke of 'Section 230' on Tuesday while 12 bills stalled.", "12"),
        ("The senator spoke of 'Article 50' on Tuesday while 40 bills stalled.", "40"),
        ("The chief executive spoke of the 2008 crisis while shares fell 4% on Monday.", "4%"),
        ("The coach talked of the 1966 final as 60,000 fans sang in the stands.", "60,000"),
        ("Investors spoke of Vision 2030 while the fund lost $3 billion in the quarter.",
         "$3 billion"),
    ],
)  # fmt: skip
def test_speaking_of_a_name_or_date_gives_no_figure(nlp, text, number) -> None:
    assert source_on(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Residents spoke of as many as 40 dead in the town.", "40", "Residents"),
        ("Analysts talked of 300 job cuts at the plant.", "300", "Analysts"),
        ("The manager spoke of 20 wins in a row.", "20", "manager"),
    ],
)  # fmt: skip
def test_speaking_of_a_count_still_gives_it(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


def _last_speaker(nlp, text: str) -> str | None:
    return speakers(nlp, text)[-1][1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The correspondent in Paris, Le Monde, reported the story. “It is big,” he said.",
         "correspondent"),
        ("The spokesman in Brussels, Deutsche Telekom, said prices rose. “Costs are high,” he"
         " said.", "spokesman"),
        ("The economist in Frankfurt, Commerzbank Research, said rates would rise. “Inflation is"
         " sticky,” she said.", "economist"),
    ],
)  # fmt: skip
@pytest.mark.xfail(strict=True, reason="a body-tagged name after a title in a place is a holder")
def test_a_body_after_a_title_in_a_place_is_no_holder(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The head of sales in Asia, Tom Baker, said orders rose. “Demand is strong,” he said.",
         "Tom Baker"),
        ("The WFP Country Director in Niger, Adjoa Komlan Sossou, said stocks were low. “We are"
         " short,” she said.", "Adjoa Komlan Sossou"),
    ],
)  # fmt: skip
def test_a_person_after_a_title_in_a_place_still_holds_it(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker
