"""Claim types on unseen conflict news (dev7, issue 10): people a passive verb of holding keeps
captive ("9,000 fighters held by the militia", "over 1,000 of them held", "were detained",
"taken into custody") are captured, casualties by the labelling guide, whatever noun counts
them (fighters, relatives, rebels); those "held in reserve" or "held up" are not. Every
sentence here is invented; each paraphrase differs in wording and structure from the dev7 one."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

CASUALTY, PEOPLE, TROOPS = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.TROOP_COUNT


# Held people: the passive verb of holding, as the counted noun's participle ("fighters held
# by"), its clause's verb ("are being detained"), a conjunct's ("N fighters and M relatives
# are held") or the participle on the whole of a partitive ("1,000 of them held by").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials say 9,000 fighters and 60,000 relatives are held in camps in the north.",
         "9,000"),
        ("Officials say 9,000 fighters and 60,000 relatives are held in camps in the north.",
         "60,000"),
        ("Over 1,000 of them held by the militia have been identified as foreigners.", "1,000"),
        ("There were already up to 3,200 rebels held by the army before the offensive.",
         "3,200"),
        ("Some 5,000 insurgents are being detained at a base near the border, the ministry said.",
         "5,000"),
        ("The report says 800 militiamen and their wives held in the desert camp face trial.",
         "800"),
    ],
)  # fmt: skip
def test_people_held_captive_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


# Held in reserve, held up on a road, or doing the holding: no captivity.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("About 2,000 soldiers were held in reserve near the border.", "2,000", TROOPS),
        ("Some 300 troops were kept in reserve, the general said.", "300", TROOPS),
        ("Roughly 4,000 commuters were held up by the checkpoints.", "4,000", PEOPLE),
    ],
)  # fmt: skip
def test_held_in_reserve_or_held_up_is_no_captivity(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
