"""Qualifiers and types on unseen conflict news (dev15-dev19, issue 10): a bound or an
approximation before the first of two coordinated counts reaches the second only when the second
is a smaller part of a round figure (a larger count after it, or a small one, is told as it
stands); every conjunct a toll lists after "including" is a casualty as the toll is. Every
sentence here is invented; the classes come from the errors on dev15, dev17 and dev19."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, type_on


# A count coordinated after a bounded one keeps its own (exact) reading when it is larger than
# the bounded count ("at least five children and 13 policemen": the bound is on the five) or
# small, under 10 ("around 20 soldiers and two armoured vehicles": two are counted, not
# estimated).
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least six women and 14 police officers were among the dead, medics said.", "14"),
        ("The hamlet, which has more than 120 homes and 900 inhabitants, was shelled twice.",
         "900"),
        ("The outpost held about 30 guards and three armoured trucks, a councillor said.",
         "three"),
        ("The strike destroyed nearly 40 artillery guns and four tanks, the ministry said.",
         "four"),
        ("Some 15 soldiers and 250 civilians sheltered in the school overnight.", "250"),
    ],
)  # fmt: skip
def test_a_larger_or_small_conjunct_keeps_its_own_reading(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == Qualifier.EXACT


# Guards: a smaller count of ten or more after a bounded round figure still shares the bound,
# in a pair or down a list, and the first count keeps its own.
@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("The column carried about 400 troops and 35 lorries, the mayor said.", "35",
         Qualifier.APPROXIMATE),
        ("Shelling destroyed more than 60 houses and 12 shops in the district.", "12",
         Qualifier.MORE_THAN),
        ("At least 200 civilians and 40 aid workers were evacuated from the port.", "40",
         Qualifier.AT_LEAST),
        ("The force will send around 900 soldiers, 150 police officers and 20 armoured cars.",
         "20", Qualifier.APPROXIMATE),
        ("At least six women and 14 police officers were among the dead, medics said.",
         "At least six", Qualifier.AT_LEAST),
    ],
)  # fmt: skip
def test_a_smaller_conjunct_still_shares_the_bound(nlp, text, number, qualifier) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == qualifier


# Counts a toll lists after "including" are part of it, casualties as it is: every conjunct of
# the list, not only the first ("including 41 children and 12 women"), and a small one too,
# which a toll's breakdown tells at any size.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Medics put the death toll at 230, including 41 children and 12 women.", "12"),
        ("The toll rose to 9 on Sunday, including a boy and 4 women, the monitor said.", "4"),
        ("Hospital staff said 57 people had died, including 20 men, 19 women and 18 children.",
         "18"),
        ("The casualties numbered 64, including 30 students and 11 teachers, officials said.",
         "11"),
    ],
)  # fmt: skip
def test_every_conjunct_a_toll_includes_is_a_casualty(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.CASUALTY_COUNT


# Guards: the conjuncts a count of people includes stay people, and a list of things stays as
# it is typed.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("About 1,500 people, including 600 children and 300 women, crossed the lines.", "300",
         ClaimType.PEOPLE_COUNT),
        ("The camp shelters 8,000 refugees, including 3,000 children and 2,500 women.", "2,500",
         ClaimType.PEOPLE_COUNT),
        ("The storm killed 20 cattle, including 12 cows and 8 bulls.", "12", ClaimType.OTHER),
    ],
)  # fmt: skip
def test_conjuncts_a_count_of_people_includes_stay_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
