"""Numeric claims on unseen news, third round (issue 10, dev3): one invented sentence per class.

Every sentence here is made up; the classes come from tests/gold/dev3.jsonl's errors."""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol


def _claims(nlp, text: str) -> list[dict]:
    article = CleanArticle("mem://a", "0" * 64, text, outlet="Daily Bugle")
    return extract_batch(nlp, [("a", article)]).claims


def _claim(nlp, text: str, number: str) -> dict:
    rows = _claims(nlp, text)
    found = [c for c in rows if c[ClaimCol.QUANTITY_TEXT] == number]
    assert found, [c[ClaimCol.QUANTITY_TEXT] for c in rows]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        # durations, relative times and ages are never claims of interest
        "The task force promised to publish its plan within 14 days.",
        "The ceasefire collapsed three days after it began.",
        "Repairs to the bridge will take 18 months.",
        "The talks in Arno lasted 36 hours.",
        "A 12-year-old boy was pulled from the river.",
        "She spent two decades in the navy before entering politics.",
        "In nine months' time the new line will open.",
    ],
)
def test_time_spans_are_not_claims(nlp, text) -> None:
    assert _claims(nlp, text) == []


def test_a_time_span_beside_a_figure_leaves_the_figure(nlp) -> None:
    rows = _claims(nlp, "The ministry will spend $40m on roads over the next two years.")
    assert [c[ClaimCol.QUANTITY_TEXT] for c in rows] == ["$40m"]


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        # a fraction of "a million" multiplies the scale: a number, not a share
        ("A quarter of a million Vardians could lose their homes.", "A quarter of a million",
         250_000),
        ("Three-quarters of a million tourists visited Arno last year.",
         "Three-quarters of a million", 750_000),
    ],
)  # fmt: skip
def test_a_fraction_of_a_scale_is_a_count(nlp, text, number, value) -> None:
    row = _claim(nlp, text, number)
    assert (row[ClaimCol.VALUE], row[ClaimCol.CLAIM_TYPE]) == (value, "people_count")


def test_a_share_a_figure_could_rise_to_is_a_percentage(nlp) -> None:
    text = "In Tessel, 30% of children are poor, and this could rise to half."
    row = _claim(nlp, text, "half")
    assert (row[ClaimCol.VALUE], row[ClaimCol.CLAIM_TYPE]) == (50, "percentage")


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        # peacekeepers, and the members of an armed force or of a military mission, are troops
        ("Arnland is recalling its 60 peacekeepers from the border.", "60", "troop_count"),
        ("Arnland is recalling its peacekeepers from the mission, which numbers 2,500 members.",
         "2,500", "troop_count"),
        ("The 1,200 members of the force were sent east.", "1,200", "troop_count"),
        # a trade mission's members are people
        ("A trade mission of 40 members visited Arno on Monday.", "40", "people_count"),
        # raising troops counts troops
        ("Vardia's recruitment levels of about 30,000 a month are sustainable.", "about 30,000",
         "troop_count"),
        ("The president announced a mobilisation of 200,000 on Friday.", "200,000",
         "troop_count"),
        # fighters moved into captivity are casualties (captured)
        ("Two senior commanders of the garrison were moved to Vardia for interrogation.", "Two",
         "casualty_count"),
        # people taken to hospital are injured: casualties; people who work there are not
        ("Four people were taken to hospital after the blast in Arno.", "Four",
         "casualty_count"),
        ("Some 70 people were rushed to hospital with burns.", "Some 70", "casualty_count"),
        ("Some 300 nurses work at the hospital in Arno.", "Some 300", "people_count"),
        # sent or driven there by someone, for work or care: not casualties
        ("The ministry sent 200 doctors to the hospital in Arno.", "200", "people_count"),
        ("Volunteers drove 40 children to the hospital for vaccinations.", "40", "people_count"),
        # a coalition's members are states, not troops
        ("The coalition's 86 members agreed to send more troops to Arno.", "86", "people_count"),
        # a capitalised plural, and the acronym the article spelled it out as, count people
        ("The city will hire 5,000 Community Safety Wardens (CSWs). An extra £20m will let 800 "
         "new CSWs start now.", "5,000", "people_count"),
        ("The city will hire 5,000 Community Safety Wardens (CSWs). An extra £20m will let 800 "
         "new CSWs start now.", "800", "people_count"),
    ],
)  # fmt: skip
def test_claim_types(nlp, text, number, claim_type) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == claim_type


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a source's expectation: the one who fears or expects the figure
        ("The Harbour Bank fears that 2 million people could fall into poverty.", "2 million",
         "Harbour Bank"),
        # an inverted cue after the figure that the parser read as part of the name
        ("The army lost 12,400 soldiers in March, estimated Vardia's General Staff.", "12,400",
         "General Staff"),
        ("The rebels lost about 900 fighters last week, estimated the Arnish defence "
         "ministry.", "about 900", "Arnish defence ministry"),
        # respondents who told a pollster: the pollster; a share in the next sentence too
        ("Last week, 61 percent of surveyed Vardians told the Arno Institute of Polling they "
         "oppose the deal. Two-thirds of respondents also said the talks would fail.",
         "61 percent", "Arno Institute of Polling"),
        ("Last week, 61 percent of surveyed Vardians told the Arno Institute of Polling they "
         "oppose the deal. Two-thirds of respondents also said the talks would fail.",
         "Two-thirds", "Arno Institute of Polling"),
    ],
)  # fmt: skip
def test_sources(nlp, text, number, source) -> None:
    assert _claim(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_the_head_of_a_body_keeps_the_body(nlp) -> None:
    text = "According to the head of the district administration, five people were killed."
    source = _claim(nlp, text, "five")[ClaimCol.ATTRIBUTED_TO]
    assert source.removeprefix("the ") == "head of the district administration"


def test_an_estimate_that_sources_a_figure_hedges_it(nlp) -> None:
    text = "The army lost 12,400 soldiers in March, estimated Vardia's General Staff."
    assert _claim(nlp, text, "12,400")[ClaimCol.HEDGED] is True


def test_it_is_the_organisation_the_model_took_for_a_person(nlp) -> None:
    # "it" never stands for a person; a one-word name tagged as one that spoke is its antecedent
    text = (
        "President Ana Vell said 300 drones were launched. Gridco, the state grid operator, said "
        "the attack was the largest this year. Nine substations in six regions were hit, it "
        "said in a statement."
    )
    assert _claim(nlp, text, "Nine")[ClaimCol.ATTRIBUTED_TO] == "Gridco"
