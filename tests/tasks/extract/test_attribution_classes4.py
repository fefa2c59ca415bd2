"""Sources of figures on unseen news, fourth round (issue 10): one invented sentence per class.

Every sentence here is made up; the classes come from a review of the extractor's output on
domain articles nobody labelled or tuned on (war reporting, 2022 and 2026 crawls)."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, AttributionScope, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # an organisation's name runs on through "for"/"of" + capitalised words
        ("About 2.1 million people were displaced, according to data from the Regional "
         "Commissioner for Displaced Persons.", "2.1 million",
         "Regional Commissioner for Displaced Persons"),
        # a place's possessive is no part of the organisation's name
        ("Ottawa’s Institute for the Study of Conflict said 14 bridges had been damaged.", "14",
         "Institute for the Study of Conflict"),
        # ... but a month or another organisation after "for" is not the name's tail
        ("The Commerce Department for March said exports rose by 2.3%.", "2.3%",
         "Commerce Department"),
        # a title whose object the model ran into the name: the person, not "Energy Petro ..."
        ("Ukrainian Minister of Energy Petro Kovalenko reported that 600 substations were hit.",
         "600", "Petro Kovalenko"),
        # "according to reporting from X" is X's word
        ("The region lost 2,000 tanks, according to reporting from the Morava Herald.", "2,000",
         "Morava Herald"),
    ],
)  # fmt: skip
def test_source_name_spans(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the addressee of "tell"/"urge" is the outlet's figure, not what was reported
        ("Norway tells 2,000,000 households how to prepare for a war.", "2,000,000"),
        ("The council urged 3,500 residents to leave their homes.", "3,500"),
        # a clause or phrase of when or why beside the reporting verb is the outlet's narration
        ("Poland accuses Belarus of provocation as border crossings rise by 40%.", "40%"),
        ("The governor condemned the attack, after a drone strike on the market killed 9 "
         "people.", "9"),
        ("The minister has accused Moscow of escalating its attacks, after recent strikes on "
         "Lviv which killed 31 people.", "31"),
    ],
)  # fmt: skip
def test_figures_outside_the_reported_content_are_the_outlets(nlp, text, number) -> None:
    row = claim_on(nlp, text, number)
    assert (row[ClaimCol.ATTRIBUTED_TO], row[ClaimCol.ATTRIBUTION_KIND]) == (
        OUTLET,
        AttributionKind.MEDIA,
    )
    assert row[ClaimCol.ATTRIBUTION_SCOPE] == AttributionScope.DOCUMENT


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # what the speaker tells the addressee stays the speaker's
        ("The mayor told reporters that 12 people had died.", "12", "mayor"),
        ("Kyiv accused Moscow of killing 40 civilians in the strike.", "40", "Kyiv"),
        # "as is ..." continues what was said (likewise), it is no background clause
        ("The shelling is a war crime, the experts said, as is the transfer of over 9,000 "
         "children to camps.", "9,000", "experts"),
    ],
)  # fmt: skip
def test_reported_content_keeps_its_source(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # an organisation named by a collective noun ("Staff") is no anonymous official
        ("The Joint Staff reported 14 strikes overnight.", "14", "Joint Staff"),
        # a centre or an institute the model tags as a person is an organisation
        ("According to the pollster Morozov Center, 58 percent of respondents named prices.",
         "58 percent", "Morozov Center"),
    ],
)  # fmt: skip
def test_organisations_are_organisations(nlp, text, number, source) -> None:
    row = claim_on(nlp, text, number)
    assert (row[ClaimCol.ATTRIBUTED_TO], row[ClaimCol.ATTRIBUTION_KIND]) == (
        source,
        AttributionKind.ORGANIZATION,
    )
