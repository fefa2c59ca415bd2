"""Sources of figures on unseen news, issue 10 (spk19 round): invented sentences only.

Class: a report noun that names no owner of its own ("the figures", "official statistics",
"the data", "the survey") as the subject of a verb of finding ("show", "suggest", "find",
"indicate", "reveal") is the report, not who gives its figures: the figure is its owner's when
the text gave the report to someone ("New figures from X ... The figures show": X; "The bank
surveyed 200 lenders. The survey found that 30% ...": the bank), else nobody's name (the
outlet states it); so is such a report after "according to" ("according to the figures"). A
share of respondents ("30% expected ...") is on the word of its poll's
owner in the same way, never of the bare word "survey". Guards: a report noun with an owner in
its words ("government statistics", "a YouGov poll", "figures published by X"), and plural
"reports" ("reports said", "local reports suggest": several unnamed sources) keep their
readings.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


def source_of(nlp, text: str, number: str) -> str:
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The figures show 40% of households are behind on their bills.", "40%"),
        ("Official statistics show that 2,000 jobs were lost in the sector.", "2,000"),
        ("The latest figures indicate that 300 homes were flooded last month.", "300"),
        ("Heating costs climbed again in March. The data suggests 12% of pensioners skipped"
         " meals.", "12%"),
        ("Rents kept rising. The survey found that 30% of tenants expected to move.", "30%"),
        ("A new study shows 25% of nurses plan to quit within a year.", "25%"),
        ("The poll found 55% of voters backed the plan.", "55%"),
        # a date's possessive says when, not whose
        ("Last month's figures show that 8% of flights were cancelled.", "8%"),
        # "according to" such a report names nobody either
        ("According to the figures, 40% of households are behind on their bills.", "40%"),
        ("According to a survey, 35% of adults have no savings.", "35%"),
        ("According to the latest statistics, 12% of pupils were absent in May.", "12%"),
    ],
)  # fmt: skip
def test_an_unowned_report_that_finds_is_no_source(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the owner the text gave the report to before
        ("New figures from the Office for National Statistics were released on Tuesday. The"
         " figures show 40% of firms cut hiring.", "40%", "Office for National Statistics"),
        ("The Acme Institute published its annual survey of landlords on Monday. The survey"
         " found that 65% of landlords planned to raise rents.", "65%", "Acme Institute"),
        # a poll carried out with the poll's own verb, its figure a share of those asked
        ("The Bank of England surveyed 200 lenders in October. The survey found that 30%"
         " expected defaults to rise.", "30%", "Bank of England"),
        ("A YouGov poll was published on Sunday. The poll found 55% of voters backed the"
         " plan.", "55%", "YouGov"),
        ("The Acme Institute published a survey of tenants on Monday. According to the survey,"
         " 35% of tenants plan to move.", "35%", "Acme Institute"),
    ],
)  # fmt: skip
def test_a_report_that_finds_is_its_owners(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # an owner in its own words
        ("The figures, published by the Home Office, show that 3,500 people were arrested.",
         "3,500", "Home Office"),
        ("Government statistics show that 2,000 jobs were lost.", "2,000", "Government"),
        # a reporting verb, not a finding: several sources, the noun's own reading
        ("Reports said 40 people were killed in the fighting.", "40", "Reports"),
        # plural "reports" stand for several unnamed sources, whatever their verb
        ("Local reports suggest that 200 homes were destroyed.", "200", "Local reports"),
        ("According to reports, 40 people were killed.", "40", "reports"),
        ("According to government figures, 40% of households are in debt.", "40%", "government"),
    ],
)  # fmt: skip
def test_an_owned_report_or_a_reporting_verb_keeps_its_reading(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source
