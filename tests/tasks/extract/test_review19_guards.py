"""Guards from the review of stop 19's rounds: ordinary sentences on which a new rule fired too
widely. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in


def _claims(nlp, text: str) -> dict[str, dict]:
    return {c[ClaimCol.QUANTITY_TEXT]: c for c in claims_in(nlp, text)}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The insurer paid out £40m on claims from the floods, the company said.", "£40m"),
        ("Police arrested 30 people on allegations of fraud.", "30"),
        ("There were 1,200 reported cases of measles in the region last year.", "1,200"),
    ],
)
def test_a_noun_the_figure_is_for_is_no_hedge(nlp, text, number) -> None:
    assert _claims(nlp, text)[number][ClaimCol.HEDGE_CUE] is None


@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        ("As per UN estimates, 40,000 people have been killed in the war.", "40,000", "estimates"),
        ("The war has, by some estimates, killed 40,000 people.", "40,000", "estimates"),
        ("The reported death toll has reached 600.", "600", "reported"),
    ],
)
def test_an_estimate_or_a_reported_toll_hedges(nlp, text, number, cue) -> None:
    assert _claims(nlp, text)[number][ClaimCol.HEDGE_CUE] == cue


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The company cut down its workforce to 300 employees last year.", "300", "people_count"),
        ("The fraud wiped out the savings of 2,000 families.", "2,000", "people_count"),
        ("Of the 300 passengers on board, at least 20 were killed.", "300", "people_count"),
        ("Security forces gunned down 17 smugglers at the border.", "17", "casualty_count"),
    ],
)
def test_what_befell_the_people_decides_their_type(nlp, text, number, claim_type) -> None:
    assert _claims(nlp, text)[number][ClaimCol.CLAIM_TYPE] == ClaimType(claim_type)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sales of 3 million cars this year compare with 2 million a year ago.", "2 million"),
        ("The storm killed 40 people, which compares with 12 in last year's storm.", "12"),
    ],
)
def test_figures_that_compare_have_no_speaker(nlp, text, number) -> None:
    claim = _claims(nlp, text)[number]
    assert claim[ClaimCol.ATTRIBUTION_KIND] == "media"
