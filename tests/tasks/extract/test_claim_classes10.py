"""Numeric claims on unseen news, tenth round (issue 10): invented sentences, one per case.

Every sentence here is made up; the classes come from a review of the extractor's output on 41
articles nobody labelled or tuned on (36 about the 2014 conflict in Ukraine, five BBC News) and
from what the round before left on 44 more (claims10)."""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


def _claims(nlp, text: str, title: str | None = None) -> list[dict]:
    article = CleanArticle("mem://a", "0" * 64, text, title=title, outlet=OUTLET)
    return extract_batch(nlp, [("a", article)]).claims


# Victims of violence are casualties; a fraud's victims are people.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Officials said the violence had left dozens of victims in the valley.", "dozens",
         ClaimType.CASUALTY_COUNT),
        ("The market bombing left 40 victims, the police said.", "40", ClaimType.CASUALTY_COUNT),
        ("The bank said the scam had 300 victims across the county.", "300",
         ClaimType.PEOPLE_COUNT),
    ],
)  # fmt: skip
def test_victims_of_violence_are_casualties(nlp, text, number, claim_type) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE] == claim_type


# A headline in title case: the capital before the number is no name, and "Killed" after the
# counted noun (a proper noun to the tagger) makes them casualties.
@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("Rebels Say 300 Fighters Killed in Mountain Ambush", 300),
        ("Officials Claim 80-90 Soldiers Killed in Border Clash", 80),
    ],
)
def test_a_title_case_headline_counts_its_killed(nlp, title, value) -> None:
    claims = _claims(nlp, "The army denied it.", title=title)
    assert [(c[ClaimCol.VALUE], c[ClaimCol.CLAIM_TYPE]) for c in claims] == [
        (value, ClaimType.CASUALTY_COUNT)
    ]


# A stage of a contest, a clock time in a zone and a decade are no figures.
@pytest.mark.parametrize(
    "text",
    [
        "The club lost its round of 16 opener on Tuesday.",
        "The round of 32 first-leg tie moved to a neutral ground.",
        "The match now starts at 19.45 local time on Saturday.",
        "Jazz clubs flourished in the city during the 20's.",
    ],
)
def test_stages_clock_times_and_decades_are_no_claims(nlp, text) -> None:
    assert _claims(nlp, text) == []


def test_rounds_of_ammunition_still_count(nlp) -> None:
    claim = claim_on(nlp, "The unit fired five rounds of 32 shells at the depot.", "32")
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.EQUIPMENT_COUNT


# A qualifier before an article still qualifies the number after it.
@pytest.mark.parametrize(
    ("text", "number", "value", "qualifier"),
    [
        ("More than a half of the residents left the town, a survey found.", "half", 50,
         Qualifier.MORE_THAN),
        ("A crowd of up to a 100 pensioners stood outside the town hall.", "100", 100,
         Qualifier.AT_MOST),
    ],
)  # fmt: skip
def test_a_qualifier_before_an_article(nlp, text, number, value, qualifier) -> None:
    claim = claim_on(nlp, text, number)
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.QUALIFIER]) == (value, qualifier)


# Who a count is, from more than its noun: its own "who" clause, a plural demonym the tagger
# read as a name ("Chechens"), nationals in a military clause.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The bloc added 8 names to a list of 30 who face travel bans.", "30",
         ClaimType.PEOPLE_COUNT),
        ("The 300 who died in the blast were buried on Monday.", "300",
         ClaimType.CASUALTY_COUNT),
        ("Some 40,000 or so Chechens now live in the city.", "40,000", ClaimType.PEOPLE_COUNT),
        ("Her regiment includes dozens of Chechens and other foreigners.", "dozens",
         ClaimType.TROOP_COUNT),
        ("He said thousands of Chechens in exile would fight for the republic.", "thousands",
         ClaimType.TROOP_COUNT),
    ],
)  # fmt: skip
def test_who_the_counted_people_are(nlp, text, number, claim_type) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE] == claim_type


# A clause the governing cue holds as scene-setting is the outlet's: no other cue in the
# sentence (the "told" inside what was said) reports it.
def test_a_closing_after_clause_is_the_outlets(nlp) -> None:
    text = (
        "The president told envoys he was ready for talks, the prime minister said on Friday,"
        " after riots in the capital left dozens dead."
    )
    assert claim_on(nlp, text, "dozens")[ClaimCol.ATTRIBUTED_TO] == OUTLET
