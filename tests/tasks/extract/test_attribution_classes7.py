"""Sources of figures on unseen news, seventh round (issue 10): invented sentences, one per case.

Every sentence here is made up; the classes come from a review of the extractor's output on 40
English web news articles (various outlets) nobody labelled or tuned on."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a pledge, a promise, a vow or a finding gives the figure of the clause it governs
        ("The mayor pledged that the city would plant 40,000 trees by 2030.", "40,000", "mayor"),
        ("The governor promised that 2,000 new teachers would be hired.", "2,000", "governor"),
        ("The union vowed that 10,000 members would strike.", "10,000", "union"),
        ("At the summit, Prime Minister Jan Novak pledged that his country would more than double"
         " its wind output, going from 20 gigawatts to 60 gigawatts by 2030.", "20", "Jan Novak"),
        ("The Harbour Panel on water and health found that in 2018, there were 3 million homes"
         " without clean water.", "3 million", "Harbour Panel"),
        ("Police found that 30 of the cars were stolen.", "30", "Police"),
    ],
)  # fmt: skip
def test_pledges_and_findings_give_their_clause(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # ... but what is pledged or found as an object, or done, is the outlet's
        ("The army pledged 300 troops to the mission.", "300"),
        ("The minister vowed to send 300 troops.", "300"),
        ("Police found 30 bodies in the river.", "30"),
        ("Divers found the wreck, which held 40 crates of coins.", "40"),
    ],
)  # fmt: skip
def test_pledged_or_found_objects_stay_the_outlets(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a reporting verb in a relative clause on the figure's noun
        ("That is below the 40,000 figure the senator cited.", "40,000", "senator"),
        ("That is less than the $8 million figure the council cited, but it is close.",
         "$8 million", "council"),
        ("The 300 jobs the firm announced will go to Ohio.", "300", "firm"),
        # "which X claims is ...", however the parser reads "claims"
        ("The pump moves 90 litres a minute, which the firm claims is a 12% gain.", "12%", "firm"),
        ("It makes 151 PS and 197 Nm of torque; which Honda claims is a 20% and 16% improvement.",
         "16%", "Honda"),
        ("The tax, which the minister notes was 20% last year, will rise.", "20%", "minister"),
    ],
)  # fmt: skip
def test_sources_in_a_relative_clause_on_the_figure(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # relative clauses that report nothing, or whose figure is the speaker itself
        ("He wrote 12 books that critics praised.", "12"),
        ("The 40 officials who said the plan failed were fired.", "40"),
        ("The pump, which the firm claims is quiet, moves 90 litres a minute.", "90"),
    ],
)  # fmt: skip
def test_relative_clauses_that_report_nothing(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a reporting verb the parser tagged a noun still speaks when it has a subject and a
        # "that" clause
        ("Separately, the Congressional Budget Office projects that the Trump-era tariffs will"
         " reduce the national gross domestic product by 0.3 percent by 2020.", "0.3 percent",
         "Congressional Budget Office"),
    ],
)  # fmt: skip
def test_verbs_read_as_nouns_still_speak(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a newspaper or agency named by its name's last word, or with its "The", is the media
        ("The cost rose to $2m, according to the Springfield Gazette.", "$2m",
         "Springfield Gazette"),
        ("The Riverside Herald reported that 40 homes were lost.", "40", "Riverside Herald"),
        ("The Associated Press reports that 28 people were quarantined.", "28",
         "Associated Press"),
    ],
)  # fmt: skip
def test_named_newspapers_are_media(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # ... not a lowercase phrase ending in such a word, nor a body named after a paper
        ("A blog post said 300 homes were flooded.", "300"),
        ("The Press Complaints Commission said 40 complaints were upheld.", "40"),
    ],
)  # fmt: skip
def test_newspaper_words_alone_are_no_media(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTION_KIND] != AttributionKind.MEDIA
