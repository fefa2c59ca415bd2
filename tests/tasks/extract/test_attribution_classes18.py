"""Sources of figures on unseen news, issue 10 (dev11 round): invented sentences only.

Classes: a definite report noun that no earlier sentence names a report for ("the report
forecast ...") is the report of the organisation the sentence just before reports through its
main verb; a figure a forecast moves to next ("slipping to 2.9% before recovering to 3.1%") is
part of the forecast, not scene-setting; a known document ("the report", "this report") is no
hearsay, so it does not hedge (a forecast is not a hedge).
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


def source_of(nlp, text: str, number: str) -> str:
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]


def hedge_of(nlp, text: str, number: str) -> str | None:
    return claim_on(nlp, text, number)[ClaimCol.HEDGE_CUE]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Exports to Asia fell by 4%, the World Bank said. Overall, the report forecast global"
         " growth of 2.7% next year.", "2.7%", "World Bank"),
        ("The Acme Institute said wages had stalled in the north. The study found that 18% of"
         " workers earned less than the minimum wage.", "18%", "Acme Institute"),
        ("Household debt rose again last quarter, the central bank said on Tuesday. The report"
         " predicts that arrears will reach 6% by 2026.", "6%", "central bank"),
        ("The Red Cross said the camps were badly overcrowded. The survey counted 12,000 people"
         " living in tents.", "12,000", "Red Cross"),
        ("Unemployment will peak next spring, the Treasury said. The forecast puts the jobless"
         " total at 2.1 million.", "2.1 million", "Treasury"),
        # an earlier mention of the same report still wins over the speaker just before
        ("A study by the Acme Institute found that rents had doubled. The union said it was"
         " alarmed. The study also found that 30% of tenants were in arrears.", "30%",
         "Acme Institute"),
    ],
)  # fmt: skip
def test_the_report_is_the_one_just_put_out(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a person who spoke may be commenting on someone else's report
        ("The minister said the figures were worrying. The report found that 40% of schools"
         " lacked heating.", "40%", OUTLET),
        # another paragraph
        ("Trade is slowing, the OECD said.\n\nThe report forecast growth of 3% next year.", "3%",
         OUTLET),
        # the sentence before reports nothing
        ("The OECD met in Paris on Monday. The report forecast growth of 3% next year.", "3%",
         OUTLET),
        # an indefinite report is a new one
        ("Trade is slowing, the OECD said. A report forecast growth of 3% next year.", "3%",
         OUTLET),
        # a report that names its author
        ("Trade is slowing, the OECD said. The report, published by the IMF, found that 3% of"
         " firms had closed.", "3%", "IMF"),
    ],
)  # fmt: skip
def test_no_report_owner_beyond_the_speaker_just_before(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Car sales fell sharply in May, the Acme Motor Council said. Overall, the report"
         " forecast sales of 40,000 cars this year, slipping to 35,000 next year before"
         " recovering to 42,000 in 2026.", "42,000", "Acme Motor Council"),
        ("The central bank predicted inflation of 6% in June, easing to 4% in the autumn before"
         " falling to 2.5% by the end of the year.", "2.5%", "central bank"),
        ("The ministry projected a deficit of 3% this year, narrowing to 2% before widening to"
         " 4.5% in 2027.", "4.5%", "ministry"),
        ("Forecasters expected a harvest of 50m tonnes, dropping to 45m tonnes in the drought"
         " before rebounding to 52m tonnes a year later.", "52m tonnes", "Forecasters"),
    ],
)  # fmt: skip
def test_where_a_forecast_moves_next_is_forecast_too(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a scene before or after what is reported stays the outlet's
        ("The council announced a truce after floods that killed 200 people.", "200"),
        ("The government declared a state of emergency before a storm that destroyed 300"
         " homes.", "300"),
        ("The army announced a ceasefire after losing 300 soldiers in the battle.", "300"),
    ],
)  # fmt: skip
def test_a_scene_before_or_after_stays_the_outlets(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Overall, the report forecast total growth of 3.6% this year.", "3.6%"),
        ("This report predicts unemployment of 9% next year.", "9%"),
        ("The report said 40 soldiers had deserted last week.", "40"),
        ("The central bank said prices were rising. The forecast puts inflation at 7% in"
         " June.", "7%"),
        ("The central bank predicted inflation of 6% in June, easing to 4% before falling to"
         " 2.5% by December.", "2.5%"),
    ],
)  # fmt: skip
def test_a_known_report_or_a_forecast_is_no_hedge(nlp, text, number) -> None:
    assert hedge_of(nlp, text, number) is None


@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        ("A report said 40 soldiers had deserted last week.", "40", "reports"),
        ("The army reportedly lost 300 soldiers in the battle.", "300", "reportedly"),
        ("The study estimates that 20% of firms will close.", "20%", "estimates"),
        ("Unconfirmed reports put the toll at 50.", "50", "unconfirmed"),
    ],
)  # fmt: skip
def test_hearsay_and_estimates_still_hedge(nlp, text, number, cue) -> None:
    assert hedge_of(nlp, text, number) == cue
