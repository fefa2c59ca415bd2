"""Sources of figures on unseen news, issue 10 (dev11 round): invented sentences only.

Classes: a definite report noun that no earlier sentence names a report for ("the report
forecast ...") is the report of the organisation the sentence just before reports through its
main verb; a figure a forecast moves to next ("slipping to 2.9% before recovering to 3.1%") is
part of the forecast, not scene-setting; a known document ("the report", "this report") is no
hearsay, so it does not hedge (a forecast is not a hedge); a figure placed "in" a report is that
report's owner's ("in a Gallup poll"), and "in various surveys" (several reports by no one
named) is the surveys' as a group, never a source named elsewhere; an "according to" inside a
relative clause speaks only for that clause; a sentence with no source of its own whose
pronoun subject stands for the speaker of the sentence just before goes on with that speaker's
report.
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
        # what spoke before is itself figures, no organisation: "the data" are those figures
        ("Revised figures showed exports fell by 2%. On an annual basis, the data suggests"
         " growth of just 0.4%.", "0.4%", OUTLET),
        ("New statistics indicated a 3% drop in sales. The data also points to a 1.5% fall in"
         " imports.", "1.5%", OUTLET),
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
        ("In the end, the report predicted output growth of 1.9% this year.", "1.9%"),
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


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Backing for the reform holds steady (near 60 percent in various surveys) despite"
         " protests. The one change has been in support for new taxes, which, according to the"
         " pollster Ipsos, reached 40 percent in May.", "60 percent", "various surveys"),
        # one sentence: the "according to" of another clause is not its source
        ("Backing for the reform holds steady (near 60 percent in various surveys) despite"
         " protests, and support for new taxes, which, according to the pollster Ipsos, reached"
         " 40 percent in May, keeps rising.", "60 percent", "various surveys"),
        ("Support for the plan stands at 55% in recent polls.", "55%", "recent polls"),
        ("In several surveys, about 40% of voters backed the mayor.", "about 40%",
         "several surveys"),
        ("Trust in the courts fell below 30% in numerous studies last year.", "30%",
         "numerous studies"),
        # an owned report is its owner's
        ("Approval of the president fell to 38% in a Gallup poll.", "38%", "Gallup"),
        ("Unemployment rose to 5% in data published by the Office for National Statistics.",
         "5%", "Office for National Statistics"),
    ],
)  # fmt: skip
def test_a_figure_in_a_report_is_that_reports(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a cue that governs the figure, or an "according to" on its clause, still wins
        ("The Kremlin said approval was 70% in various surveys.", "70%", "Kremlin"),
        ("Trust in the army is high (about 80 percent in several studies), according to the"
         " Acme Institute.", "about 80 percent", "Acme Institute"),
        # a lone report naming no owner says nothing
        ("Support stood at 40% in a recent poll.", "40%", OUTLET),
        ("Sales rose 3% in figures released on Monday.", "3%", OUTLET),
        # who took part in the poll, not what it found
        ("Meanwhile, thousands of people have voted in a Radio Acme poll to find the best"
         " song.", "thousands", OUTLET),
        ("More than 2,000 readers took part in an Acme Institute survey last month.",
         "2,000", OUTLET),
        # the "in" phrase holds the figure: the poll's sample, not its source
        ("The Acme Institute said turnout was low in a survey of 2,000 adults.", "2,000",
         "Acme Institute"),
    ],
)  # fmt: skip
def test_no_report_source_beyond_the_in_phrase(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Approval of the mayor stood at 60%, while support for the tax, which according to"
         " Ipsos reached 40% in May, kept rising.", "60%", OUTLET),
        ("Approval of the mayor stood at 60%, while support for the tax, which according to"
         " Ipsos reached 40% in May, kept rising.", "40%", "Ipsos"),
        ("Exports grew by 6% in 2023, while imports, which according to customs data fell"
         " sharply, stayed below $2bn.", "6%", OUTLET),
        ("Prices, which according to the ministry rose by 8% last year, are still climbing.",
         "8%", "ministry"),
        ("Prices rose by 8% last year, according to the ministry.", "8%", "ministry"),
    ],
)  # fmt: skip
def test_according_to_in_a_relative_clause_speaks_for_it_alone(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The bank said it had worked hard to stop fraud. It has already blocked more than"
         " 5,000 accounts and has warned customers.", "5,000", "bank"),
        ("The airline said it was doing all it could to help stranded passengers. It has laid"
         " on 40 extra flights this week.", "40", "airline"),
        ("Mr Jones told the court he had never seen the money. He had earlier repaid £5,000 to"
         " the firm.", "£5,000", "Jones"),
        ("The charity said it was struggling to cope. It has handed out 12,000 food parcels"
         " since January.", "12,000", "charity"),
        ("Local officials said they were overwhelmed. They have registered 3,000 new arrivals.",
         "3,000", "Local officials"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_goes_on_with_the_speaker_before(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # another referent the pronoun may stand for
        ("The bank said the regulator had failed to act. It has fined 30 firms.", "30"),
        ("The ministry said Russia had attacked overnight. It has lost 300 soldiers.", "300"),
        # the pronoun does not agree with the speaker
        ("Mr Jones said the firm was struggling. It has cut 400 jobs.", "400"),
        # the sentence before reports nothing, or is in another paragraph
        ("The bank is a large lender. It has blocked 5,000 accounts.", "5,000"),
        ("The bank said it had worked hard to stop fraud.\n\nIt has blocked 5,000 accounts.",
         "5,000"),
        # the speaker did not go on about itself, or the pronoun stands for something else
        ("The song was written by Ann Lee, with Bob Cole as producer. It sold 20 million"
         " copies.", "20 million"),
        ("Mr Jones denies 10 charges of fraud. He has repaid £5,000 to the firm.", "£5,000"),
        # a hypothetical the outlet adds
        ("Mr Jones said he was innocent. If convicted, he could face a fine of $50,000.",
         "$50,000"),
        # no pronoun subject
        ("The bank said it had worked hard to stop fraud. Fraudsters stole £40m last year.",
         "£40m"),
    ],
)  # fmt: skip
def test_no_speaker_carried_past_another_referent_or_break(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET
