"""Claim types and missed counts on unseen conflict news (dev15-dev19, issue 10): the parts a
toll breaks into (every conjunct after "including", a list standing alone after it) are
casualties as the toll is; places a force takes count at any size; a force's size told in
people is troops; a partitive's whole that its own clause harms is a casualty. Every sentence
here is invented; the classes come from the errors on dev16, dev17, dev18 and dev19."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in, type_on


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


# ... and so are the people a list standing alone right after the toll breaks it into, with no
# verb but one of saying: "we know of seven victims. Two men and five women," she said.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The shelling killed nine people on Sunday. Four men and three children, the mayor "
         "said.", "three"),
        ("“The blast killed eleven people at the market. Six men and five women,” a medic said.",
         "five"),
        ("Police said 14 people died in the crash of the bus. Eight women and six men.", "six"),
        ("The strike wounded 23 villagers. Twelve children and eleven adults, a nurse said.",
         "Twelve"),
    ],
)  # fmt: skip
def test_a_list_breaking_down_a_toll_is_casualties(nlp, text, number) -> None:
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
        ("The census counted 1,500 people in the camp. Two hundred men and 300 women, the mayor "
         "said.", "300", ClaimType.PEOPLE_COUNT),
        ("Doctors treated 20 patients on Monday. Twelve men and eight women were discharged.",
         "Twelve", ClaimType.PEOPLE_COUNT),
        ("At least 17 people were killed, it added. Two activists and one doctor said families "
         "had fled to the farms.", "Two", ClaimType.PEOPLE_COUNT),
    ],
)  # fmt: skip
def test_conjuncts_a_count_of_people_includes_stay_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, text)]


# Places a force takes or raids are targets, counted at any size (the conventions: things hit
# count at any size): villages, camps and a force's bases or checkpoints that a verb of taking
# ("captured", "seized", "retook") acts on, also through a partitive ("two of their camps").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Guerrillas said they had captured two of the junta's camps near the river.", "two"),
        ("The rebels seized three of the army's bases overnight, a spokesman said.", "three"),
        ("Insurgents overran two checkpoints on the highway before dawn.", "two"),
        ("Government troops recaptured four villages near the border on Sunday.", "four"),
        ("Two outposts were occupied by the militia during the night, residents said.", "Two"),
    ],
)  # fmt: skip
def test_places_a_force_takes_count_at_any_size(nlp, text, number) -> None:
    assert number in _numbers(nlp, text)


# Guards: places visited, run or named without being taken stay small counts told in passing,
# and people captured stay casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reporters visited two of their camps last week.", "two"),
        ("The group runs three bases in the north of the province.", "three"),
        ("Aid workers described two camps on the edge of the town.", "two"),
    ],
)  # fmt: skip
def test_places_merely_named_stay_told_in_passing(nlp, text, number) -> None:
    assert number not in _numbers(nlp, text)


def test_people_captured_stay_casualties(nlp) -> None:
    text = "The militia said it had captured two soldiers near the camp."
    assert type_on(nlp, text, "two") == ClaimType.CASUALTY_COUNT


# A force's size told in people is troops: a bare count a body sent on a mission is "of" in war
# reporting ("the first contingent of 200"), and a count of persons put after ", or" beside a
# count of troops ("five battalions, or about 2,500 people"), whatever the clause does to the
# enemy ("to wiping out the rebels").
_WAR = " The rebels have killed dozens of soldiers in attacks on army posts this year."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The second contingent of 300 arrived at the airport on Friday." + _WAR, "300"),
        ("A deployment of 1,200 will reach the border town next week." + _WAR, "1,200"),
        ("The minister said three more battalions, or about 1,800 people, will be tasked with "
         "wiping out the rebels." + _WAR, "1,800"),
        ("The army moved two brigades, or some 6,000 men, to the northern front.", "6,000"),
    ],
)  # fmt: skip
def test_a_force_sized_in_people_is_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.TROOP_COUNT


# Guards: a contingent whose count names who is in it counts them, a body outside war reporting
# is no force, and a count of persons killed beside a count of soldiers killed stays casualties.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The choir's first contingent of 40 landed in the capital on Monday.", "40",
         ClaimType.OTHER),
        ("A contingent of 50 fans travelled to the away match on Saturday." + _WAR, "50",
         ClaimType.PEOPLE_COUNT),
        ("The rebels killed 40 soldiers, or about a tenth of the garrison, and 300 people in the "
         "town.", "300", ClaimType.CASUALTY_COUNT),
        ("Gunmen killed 12 soldiers, or nearly 30 people in all, on the road.", "30",
         ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_counts_that_are_no_force_size(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# The whole a partitive takes its part from is a casualty count when its own relative clause,
# full or reduced, says it was harmed, missing or taken ("three of the four peacekeepers who
# were missing", "two of the six soldiers abducted last week"); the part's clause says nothing
# of the whole.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The mission said two of the five soldiers who went missing on Friday were found dead.",
         "five"),
        ("Officials said three of the four peacekeepers who were wounded have since died.",
         "four"),
        ("Two of the seven aid workers who were abducted last week have been freed.", "seven"),
        ("Of the 30 fighters who were captured, 12 were later exchanged.", "30"),
        ("Officials said two of the six soldiers abducted last week were freed.", "six"),
    ],
)  # fmt: skip
def test_a_whole_its_own_clause_harms_is_a_casualty(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.CASUALTY_COUNT


# Guards: a whole whose clause says nothing of harm, or in which it harms others, is not
# harmed by its part's verb.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Three of the 40 passengers on the bus were killed.", "40", ClaimType.PEOPLE_COUNT),
        ("Three of the 12 soldiers who arrived on Monday were wounded.", "12",
         ClaimType.TROOP_COUNT),
        ("Three of the 12 soldiers deployed to the town were wounded.", "12",
         ClaimType.TROOP_COUNT),
        ("Two of the 15 soldiers who stormed the school were shot dead.", "15",
         ClaimType.TROOP_COUNT),
    ],
)  # fmt: skip
def test_a_whole_its_clause_does_not_harm_keeps_its_type(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
