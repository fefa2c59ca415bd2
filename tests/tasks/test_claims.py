"""Claim type, actor, location and hedging on literal sentences (needs the trained parser)."""

from __future__ import annotations

import pytest

from tasks.attribution import ArticleContext
from tasks.claims import claim_facts
from tasks.quantities import find_quantities


def _facts(nlp, text: str):
    doc = nlp(text)
    ctx = ArticleContext.build(doc)
    [q] = find_quantities(doc)
    return claim_facts(doc, q, ctx)


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("North Korea has sent 10,000 soldiers to Russia.", "troop_count"),
        ("About 11,000 North Korean troops are stationed in eastern Russia.", "troop_count"),
        # nationals in a military unit are troops; the same noun oppressed at home is people
        ("About 3,000 North Koreans are part of the Buryat Battalion.", "troop_count"),
        ("The regime oversees the oppression of over 20 million North Koreans.", "people_count"),
        # killed or wounded soldiers are casualties, not a troop count
        ("Around 600,000 Russian soldiers have been killed or wounded.", "casualty_count"),
        (
            "Russian forces sustain heavy losses, estimated at over 600,000 troops.",
            "casualty_count",
        ),
        ("At least 22 people died in the strike.", "casualty_count"),
        ("Ukraine said it had downed three helicopters.", "equipment_count"),
        ("Iran supplied 400 drones.", "equipment_count"),
        ("More than 20,000 refugees crossed the border.", "people_count"),
        ("NATO will provide 40 billion euros this year.", "money"),
        ("NATO provided 99% of all military assistance.", "percentage"),
        ("The convoy stretched for 40 miles.", "other"),
    ],
)
def test_claim_type(nlp, text, claim_type) -> None:
    assert _facts(nlp, text).claim_type == claim_type


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("About 11,000 North Korean soldiers are stationed in eastern Russia.", "North Korea"),
        ("Around 600,000 Russian soldiers have been killed or wounded.", "Russia"),
        ("North Korea has sent 10,000 soldiers.", "North Korea"),  # the sender's troops
        ("NATO continues to support Ukraine and has provided 99% of all assistance.", "NATO"),
    ],
)
def test_actor(nlp, text, actor) -> None:
    assert _facts(nlp, text).actor == actor


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("About 11,000 North Korean soldiers are stationed in eastern Russia.", "eastern Russia"),
        ("Thousands of North Korean soldiers arrived in Russia's Kursk region.", "Kursk region"),
    ],
)
def test_location(nlp, text, location) -> None:
    assert _facts(nlp, text).location == location


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("North Korea has reportedly sent 10,000 soldiers.", "reportedly"),
        ("He cited estimates that around 600,000 soldiers were killed.", "estimates"),
        ("Losses are estimated at over 600,000 troops.", "estimated"),
        ("The claim that 300 soldiers died could not be independently verified.",
         "could not be independently verified"),
        ("Officials said 12,000 soldiers arrived.", None),
        # a report with a named source is attribution, not hedging
        ("Reports from Ukrainian intelligence indicate that 11,000 soldiers arrived.", None),
    ],
)  # fmt: skip
def test_hedging(nlp, text, cue) -> None:
    assert _facts(nlp, text).hedge_cue == cue
