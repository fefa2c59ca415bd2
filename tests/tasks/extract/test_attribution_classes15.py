"""Sources of figures on unseen news, issue 10 (dev9 round): invented sentences only.

Classes: an absolute "with X forecasting ..." clause names the forecaster (also when the parser
takes the -ing word for a noun); a passive telling inside an outer report ("X said it had been
told by Y that ...") leaves the figure to the outer reporter; an unowned report noun as the
subject ("A pessimistic forecast concluded ...", "One study found ...") is no source name by
itself; and a place or facility after "data from" is not the data's owner.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


def source_of(nlp, text: str, number: str) -> str:
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The war has pushed the economy into recession, with the IMF forecasting a 3%"
         " contraction this year and growth of more than 1% next year.", "3%", "IMF"),
        ("The war has pushed the economy into recession, with the IMF forecasting a 3%"
         " contraction this year and growth of more than 1% next year.", "more than 1%", "IMF"),
        ("Prices have soared, with the central bank predicting inflation of 12% by December.",
         "12%", "central bank"),
        ("Sales slumped, with economists at Barclays predicting a drop of 6% this quarter.",
         "6%", "economists"),
        ("The currency weakened, with the finance ministry estimating inflation at 9% in 2024.",
         "9%", "finance ministry"),
        ("The harvest was poor, with the farmers' union expecting yields to drop by 15% this"
         " season.", "15%", "farmers' union"),
        ("The World Bank forecast a 5% contraction this year and a recovery of 2% in 2024.",
         "2%", "World Bank"),
    ],
)  # fmt: skip
def test_a_with_clause_names_the_forecaster(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "with" and an -ing verb that forecasts nothing
        ("The region's economy shrank sharply, with unemployment reaching 14% in June.", "14%"),
        ("The city grew quickly, with 40,000 new residents arriving last year.", "40,000"),
        ("The market fell, with investors worried about a 5% rise in rates.", "5%"),
        # the forecast's clause ends before the figure
        ("Shares fell, with the IMF forecasting weak growth; unemployment rose to 8%.", "8%"),
    ],
)  # fmt: skip
def test_no_forecaster_outside_a_forecasting_with_clause(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Acme said it had been told by the regulator that it would receive 40m tonnes this"
         " year.", "40m", "Acme"),
        ("Shell said it was told by the ministry that its quota would fall to 3m barrels.",
         "3m", "Shell"),
        ("The airline said it had been warned by the airport that 300 flights would be"
         " cancelled.", "300", "airline"),
        ("The hospital says it was informed by the ministry that its budget will be cut by 10%.",
         "10%", "hospital"),
        ("The utility said it had been informed by the operator it would only get 12m units on"
         " Friday, down from about 20m units last week.", "20m", "utility"),
        ("Police said they had been told by witnesses that 20 men were involved.", "20",
         "Police"),
    ],
)  # fmt: skip
def test_the_outer_reporter_gives_what_it_was_told(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # no outer reporter: the teller gives it
        ("Acme was told by the regulator that it would receive 40m tonnes this year.", "40m",
         "regulator"),
        ("The regulator told Acme that it would receive 40m tonnes this year.", "40m",
         "regulator"),
        # "A claimed ..., B said": B still speaks
        ("The minister claimed 300 soldiers had died, the general said.", "300", "general"),
        ("The army claimed that 40 rebels were killed, officials said on Monday.", "40",
         "officials"),
        ("The mayor was warned by engineers that repairs would cost £5m, officials said.", "£5m",
         "officials"),
    ],
)  # fmt: skip
def test_a_telling_without_an_outer_reporter_keeps_its_teller(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The ministry believes traffic will recover by 2030. A pessimistic forecast concluded"
         " that more than half of the fleet could be scrapped by 2025.", "more than half"),
        ("The central bank expects a slow recovery. A gloomier scenario found that 30% of firms"
         " could close.", "30%"),
        ("Prices rose last year. One study found 40% of households had cut spending.", "40%"),
        ("A recent survey showed that 25% of voters were undecided.", "25%"),
        ("An internal report concluded that 60% of the budget had been wasted.", "60%"),
        ("A survey found 25% of nurses plan to quit. The union said it was alarmed.", "25%"),
    ],
)  # fmt: skip
def test_an_unowned_report_noun_is_no_source_name(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the sentence before names who made the report
        ("The transport ministry, forecasting a quick victory, believes traffic will recover"
         " by 2030. A pessimistic forecast concluded that more than half of the fleet could be"
         " scrapped by 2025.", "more than half", "transport ministry"),
        ("The Acme Council estimated the damage last week. A new estimate suggests that 4,000"
         " homes were destroyed.", "4,000", "Acme Council"),
        ("The central bank predicted a quick rebound in March. A later prediction concluded"
         " that 12% of firms would fail.", "12%", "central bank"),
        # the next sentence credits it
        ("A new survey of 40 cities has concluded that 30% of bridges need repair. The study by"
         " the Acme Institute also warns of rising costs.", "30%", "Acme Institute"),
        # an owner or author named with it
        ("A forecast by the Met Office predicts that rainfall will be 20% above average.",
         "20%", "Met Office"),
        ("A UN report found that 40% of children were malnourished.", "40%", "United Nations"),
    ],
)  # fmt: skip
def test_an_unowned_report_takes_the_author_next_to_it(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to network data from the gas transfer station in Lubeck, about 17m"
         " kilowatt hours of gas arrived overnight.", "17m", "network data"),
        ("According to figures from a monitoring post near the border, 3,000 lorries crossed"
         " on Monday.", "3,000", "figures"),
        ("According to data from the port of Rotterdam, 40,000 containers were unloaded in"
         " May.", "40,000", "data"),
        ("According to readings from a weather station in Oslo, 45mm of rain fell overnight.",
         "45mm", "readings"),
        ("According to traffic data from the border crossing at Dover, 12,000 vehicles passed"
         " on Friday.", "12,000", "traffic data"),
    ],
)  # fmt: skip
def test_data_from_a_place_is_not_the_places(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to data from the World Bank, 40% of the population lives in poverty.",
         "40%", "World Bank"),
        ("According to figures from Eurostat, unemployment reached 7% in May.", "7%",
         "Eurostat"),
        ("According to data from the health ministry, 300 people were admitted.", "300",
         "health ministry"),
        ("According to data from the Kyiv School of Economics, 300 firms have left.", "300",
         "Kyiv School of Economics"),
    ],
)  # fmt: skip
def test_data_from_an_organisation_is_its(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source
