"""Sources of figures on unseen news, issue 10 (dev12 round): invented sentences only.

Class: a definite report noun with no owner of its own ("the report", "the study", "the
survey") as the subject of a reporting verb, or in "according to the report", stands for the
report the article introduced by name earlier ("a World Bank report", "a study by X", "the
bank's survey"), however far back and across paragraphs, when the few sentences just before
name no report; the figure is that report's owner's. The nearest introduction wins ("An X
report ... A Y report ... The report": Y's); one with no owner ("a leaked report") ends the
search with no name; a verb of the same stem far back ("X reported ...") is no introduction;
a report noun of another word ("the study" after "a report") and one with its own owner ("the
IMF's report") keep their own readings.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on

_FILLER = (
    "Food prices rose in most regions. Fertiliser costs doubled in the spring. Many smallholders"
    " sold their land. Rainfall was below average in the south.\n\n"
)


def source_of(nlp, text: str, number: str) -> str:
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Farm incomes fell sharply last year, according to an OECD report.\n\n" + _FILLER
         + "The report said 40% of farms had made a loss.", "40%", "OECD"),
        ("A study by the Acme Institute looked at hospital waiting times.\n\nThe health service"
         " has struggled since the pandemic. Staff shortages are widespread. Several wards have"
         " closed. Managers blame the cold winter.\n\nAccording to the study, 1.2 million"
         " patients waited more than a year.", "1.2 million", "Acme Institute"),
        ("Lenders are turning cautious, warned a Bank of England survey published on Monday.\n\n"
         "Mortgage approvals slowed in the autumn. Buyers faced higher rates. Builders cut"
         " prices. Some sellers withdrew their homes. The survey found that approvals had fallen"
         " by 65% since June.", "65%", "Bank of England"),
        ("Aid agencies are running short of money, says a new Red Cross report.\n\n" + _FILLER
         + "Roads in the north remain blocked. The report estimates that 300,000 people need"
         " food aid this winter.", "300,000", "Red Cross"),
        # two reports introduced before: the nearest one
        ("A World Bank report praised the reforms.\n\nAn IMF report was more cautious.\n\n"
         + _FILLER + "The report said growth would slow to 2% next year.", "2%", "IMF"),
        # other reports, plural, in between: the singular one
        ("A World Bank report praised the reforms.\n\nPress reports from the capital spoke"
         " of unrest.\n\n" + _FILLER + "The report said growth would slow to 2% next year.",
         "2%", "World Bank"),
        # a later "the report" keeps standing for the same one
        ("Exports recovered in the spring, according to a World Bank report.\n\n" + _FILLER
         + "The report said trade had doubled. Ports reopened in May. Ships returned. Traders"
         " were relieved. The report said 15% of firms had hired staff.", "15%", "World Bank"),
    ],
)  # fmt: skip
def test_the_report_is_the_one_introduced_far_back(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # its own owner
        ("A World Bank report praised the reforms.\n\n" + _FILLER
         + "The IMF's report said growth would slow to 2% next year.", "2%", "IMF"),
        # another report noun: not the one introduced
        ("A World Bank report praised the reforms.\n\n" + _FILLER
         + "The study said 35% of farms had closed.", "35%", OUTLET),
        # the nearest introduction names no owner: no name, not an older report's
        ("A World Bank report praised the reforms.\n\nA leaked report told another story.\n\n"
         + _FILLER + "The report said 35% of farms had closed.", "35%", OUTLET),
        # a verb of the same stem far back is no introduction
        ("The ministry reported a fall in exports.\n\n" + _FILLER
         + "The report said 35% of farms had closed.", "35%", OUTLET),
        # a report introduced only inside someone's quoted words
        ('"A World Bank report praised us," the mayor said.\n\n' + _FILLER
         + "The report said 35% of farms had closed.", "35%", OUTLET),
    ],
)  # fmt: skip
def test_the_report_with_no_report_introduced(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


def test_it_that_stands_for_no_report(nlp) -> None:
    """ "It" after a far-back report stands for what it refers to, not for the report."""
    text = (
        "A World Bank report criticised the reform.\n\n" + _FILLER
        + "The government rejected the criticism on Tuesday. It said 300 new schools would open."
    )  # fmt: skip
    assert source_of(nlp, text, "300") == "government"


def test_plural_report_noun_far_on(nlp) -> None:
    """ "The figures" far on may be any numbers the text has just given: not the ONS's."""
    text = (
        "Official figures from the ONS showed a fall in exports.\n\n" + _FILLER
        + "The figures show that 35% of farms had closed."
    )  # fmt: skip
    assert source_of(nlp, text, "35%") != "ONS"
