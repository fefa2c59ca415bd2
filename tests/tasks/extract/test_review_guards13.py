"""What the review-set rules of stop 13 must get right (found by a review of those rules):
headings repeated alone name nobody, a transcript's last label keeps its own line, an outlet's
label is media, a year in brackets before a range is no phone number, and "a couple of hundred
thousand" multiplies through. Invented sentences."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.test_numeric_classes import _claims


def _row(nlp, text: str, number: str) -> dict:
    rows = [r for r in _claims(nlp, text) if r[ClaimCol.QUANTITY_TEXT] == number]
    assert rows, f"{number!r} lost in {text!r}"
    return rows[0]


def test_a_heading_repeated_alone_names_nobody(nlp) -> None:
    text = (
        "Breaking News: 30 drones downed overnight near Kyiv.\n\n"
        "Breaking News: Shelling hits Kharkiv.\n\n"
        "The war has displaced 6 million people since 2022."
    )
    assert _row(nlp, text, "30")[ClaimCol.ATTRIBUTED_TO] == "Daily Bugle"  # the outlet states it
    assert (
        _row(nlp, text, "6 million")[ClaimCol.ATTRIBUTED_TO] == "Daily Bugle"
    )  # the outlet states it


def test_a_transcripts_last_label_keeps_its_own_line(nlp) -> None:
    text = (
        "Interviewer: How many troops do you have?\n\n"
        "Oleksandr Syrskyi: We have about 300,000 soldiers at the front.\n\n"
        "Interviewer: And the losses?\n\n"
        "Oleksandr Syrskyi: I will not give a number.\n\n"
        "The army lost 40 tanks last month."
    )
    assert _row(nlp, text, "about 300,000")[ClaimCol.ATTRIBUTED_TO] == "Oleksandr Syrskyi"
    assert _row(nlp, text, "40")[ClaimCol.ATTRIBUTED_TO] == "Daily Bugle"  # the outlet states it


def test_an_outlets_label_is_media(nlp) -> None:
    row = _row(nlp, "Washington Post: Russia lost 300 tanks.\n\nOthers gave less.", "300")
    assert row[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Losses in the autumn (2024) 120-150 tanks a month, the ministry said.", "120-150", 120),
        ("A couple of hundred thousand refugees fled, officials said.",
         "A couple of hundred thousand", 200_000),
    ],
)  # fmt: skip
def test_the_figure_is_whole(nlp, text, number, value) -> None:
    assert _row(nlp, text, number)[ClaimCol.VALUE] == pytest.approx(value)


def test_a_phrase_quoted_from_reports_is_not_the_sentences_subjects(nlp) -> None:
    from tests.tasks.extract.test_quotes import extracted

    text = "The order followed reports of “at least 40 mass graves near the town” in the region."
    (quote,) = extracted(nlp, text)
    assert quote.speaker is None  # the reports are nobody's here, and never the order's
    assert _row(nlp, text, "at least 40")[ClaimCol.ATTRIBUTED_TO] == "Daily Bugle"
