"""Counts of people on a second fresh split (dev10, issue 10), by class. A count after the "by"
of a passive verb is who did it ("watched by millions", "was signed by 40,000 residents"), not
a change of the verb's subject ("the workforce fell by 2,000" still is). An adjective naming
people by their state stands for its noun after a count ("three million unemployed", "40,000
homeless"). Couples are people. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

PEOPLE, OTHER, EQUIPMENT = ClaimType.PEOPLE_COUNT, ClaimType.OTHER, ClaimType.EQUIPMENT_COUNT


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Their row was watched by millions around the world.", "millions", PEOPLE),
        ("The speech was seen by thousands across the country.", "thousands", PEOPLE),
        ("The petition was signed by 40,000 in a week.", "40,000", PEOPLE),
        ("The final was followed by tens of millions at home.", "tens of millions", PEOPLE),
        # guards: a change "by" a number, and an agent that names what it counts
        ("The workforce fell by 2,000 last year.", "2,000", PEOPLE),
        ("The town was shelled by 30 tanks overnight.", "30", EQUIPMENT),
    ],
)  # fmt: skip
def test_a_passive_agent_count_is_who_did_it(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("He said Britain would never again see three million unemployed.", "three million"),
        ("The floods left 40,000 homeless in the province.", "40,000"),
        ("The reform would leave 2 million uninsured, the report said.", "2 million"),
        ("There are now about 300,000 jobless in the region.", "300,000"),
        ("My message to the thousands of young couples waiting for a home is clear.",
         "thousands"),
        ("Some 500 couples married in the city on the same day.", "500"),
    ],
)  # fmt: skip
def test_people_named_by_their_state_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE
