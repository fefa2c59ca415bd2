"""Numbers on a fresh split (dev9, issue 10), by class. A small number that ends a name ("Nord
Stream 1", "Route 66", "Sakhalin 2") before "to" and a figure is part of the name, not the low
end of a range: the figure after "to" stands alone. Nearness to a figure ("nearer 150,000",
"closer to 40%", "in the region of 2,000") is approximate. People a sentence says survived
("22 of the 71 patients survived", "12 survivors") are people, not casualties, also beside a
count of the killed. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in, type_on

CASUALTY, PEOPLE = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Gazprom reduced the flow through Nord Stream 1 to 33m cubic metres a day.", "33m",
         33_000_000),
        ("Russia raised output at Sakhalin 2 to 10m tonnes last year.", "10m", 10_000_000),
        ("The council cut the budget for Route 66 to £4m, officials said.", "£4m", 4_000_000),
        ("The airline trimmed its orders for the Boeing 737 to 40 jets.", "40", 40),
        ("Sales of the iPhone 15 fell to 2m units in the quarter.", "2m", 2_000_000),
    ],
)  # fmt: skip
def test_a_name_number_before_to_is_no_range(nlp, text, figure, value) -> None:
    claims = claims_in(nlp, text)
    found = [c for c in claims if figure in c[ClaimCol.QUANTITY_TEXT]]
    assert found, [c[ClaimCol.QUANTITY_TEXT] for c in claims]
    assert found[0][ClaimCol.VALUE] == value
    assert found[0][ClaimCol.QUALIFIER] == Qualifier.EXACT
    # the name's own number is no claim of its own
    assert len(claims) == 1, [c[ClaimCol.QUANTITY_TEXT] for c in claims]


# A range's low end hangs on its noun or on the high end, not on a name before it.
@pytest.mark.parametrize(
    ("text", "number", "low"),
    [
        ("Officials said 20 to 30 soldiers died in the attack.", "20 to 30", 20),
        ("In Kharkiv, 200 to 300 people queued for bread.", "200 to 300", 200),
        ("Between 15 to 25 Russian tanks were seen near Izium.", "15 to 25", 15),
        ("The Pentagon said Russia had sent 40 to 50 jets.", "40 to 50", 40),
    ],
)  # fmt: skip
def test_ranges_stay_ranges(nlp, text, number, low) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE
    assert claim[ClaimCol.VALUE] == low


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A year earlier, monthly sales were nearer 150,000.", "150,000"),
        ("Aid groups say the true share is closer to 40%.", "40%"),
        ("The militia has in the region of 2,000 fighters, the report said.", "2,000"),
        ("Support is nearer to 30% in the north of the country.", "30%"),
    ],
)  # fmt: skip
def test_nearness_is_approximate(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.APPROXIMATE
    assert claim[ClaimCol.QUANTITY_TEXT].endswith(number)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("At least 22 of the 71 patients survived, but the number killed is unknown.", "22",
         PEOPLE),
        ("At least 22 of the 71 patients survived, but the number killed is unknown.", "71",
         PEOPLE),
        ("Only 40 passengers survived the crash, which killed dozens.", "40", PEOPLE),
        ("Only 40 passengers survived the crash, which killed dozens.", "dozens", CASUALTY),
        ("Rescuers pulled 12 survivors from the rubble after the strike killed 30 people.", "12",
         PEOPLE),
        ("Some 15 of the 40 miners survived the blast that killed their colleagues.", "15",
         PEOPLE),
        # those who survived once and were then killed are casualties
        ("The shelling killed 30 soldiers who had survived an earlier raid.", "30", CASUALTY),
    ],
)  # fmt: skip
def test_survivors_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
