"""Figures the review-set rules of stop 12 must leave alone (found by a review of those rules):
counts next to an emergency number's words, money shaped like a video resolution, people moved
by force that are no abducted civilians, ranges in brackets that are no team record, a count
after an acronym whose noun comes later. Invented sentences."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.test_numeric_classes import _claims


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("The hotline took 112 calls on Monday, the council said.", "112", 112),
        ("Emergency services received 999 calls during the storm.", "999", 999),
        ("Police said they would ring 112 households on Friday.", "112", 112),
        ("Native American tribes received $5K each from the fund.", "$5K", 5_000),
        ("Shares in Games Workshop rose 12p to 480p.", "480p", 4.8),
        ("Layoffs hit Acme (10-15 roles) and Globex.", "10-15", 10),
    ],
)  # fmt: skip
def test_a_real_figure_stays(nlp, text, number, value) -> None:
    rows = [r for r in _claims(nlp, text) if r[ClaimCol.QUANTITY_TEXT] == number]
    assert rows, f"{number!r} lost in {text!r}"
    assert rows[0][ClaimCol.VALUE] == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["A neighbour saw the smoke and dialled 999.", "She made a 911 call at noon."]
)
def test_an_emergency_number_dialled_is_no_figure(nlp, text) -> None:
    assert _claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The forced relocation of 300 staff to Leeds angered unions.", "300",
         ClaimType.PEOPLE_COUNT),
        ("Police forcibly removed 30 protesters from the square.", "30", ClaimType.PEOPLE_COUNT),
        ("Russia forcibly deported 6,000 children, Kyiv said.", "6,000", ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_only_deportation_by_force_makes_casualties(nlp, text, number, claim_type) -> None:
    row = next(r for r in _claims(nlp, text) if r[ClaimCol.QUANTITY_TEXT] == number)
    assert row[ClaimCol.CLAIM_TYPE] == claim_type
