"""Numeric claims, issue 10, round 19: one class of error per test, each on invented sentences
that differ in wording and structure, with guards where the rule must not fire. Every sentence
here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in


def _typed(nlp, text: str) -> dict[str, ClaimType]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in claims_in(nlp, text)}


# 1. A small vote tally ("voted 9 to 4", "a 5-4 vote", "by seven votes to two": every side under
# ten) is a small body's whole vote, published side by side as a large tally is: both sides count
# the voters when the voters are persons, the votes (other) when a body voted or the tally counts
# "votes". A match score ("won 3-1", "defeated Leeds 4-2") stays out, and so does the lone vote
# against in a lopsided tally ("voting 98-1").
@pytest.mark.parametrize(
    ("text", "low", "high", "claim_type"),
    [
        ("Members voted 9 to 4 to approve the budget.", "9", "4", "people_count"),
        ("The nine judges voted 6 to 3 to hear the appeal.", "6", "3", "people_count"),
        ("Trustees rejected the offer 7-5 after a long meeting.", "7", "5", "people_count"),
        ("The committee voted 9 to 4 to approve the budget.", "9", "4", "other"),
        ("The board approved the deal 6-3.", "6", "3", "other"),
        ("Delegates backed the motion by seven votes to two.", "seven", "two", "other"),
        ("The panel voted 4-3 against the merger.", "4", "3", "other"),
    ],
)  # fmt: skip
def test_a_small_vote_tally_is_published(nlp, text, low, high, claim_type) -> None:
    typed = _typed(nlp, text)
    assert typed.get(low) == ClaimType(claim_type)
    assert typed.get(high) == ClaimType(claim_type)


def test_a_lopsided_tally_is_told_by_its_large_side(nlp) -> None:
    """The lone vote against ("voting 98-1") stays a count in passing, as before."""
    typed = _typed(nlp, "The chamber backed the treaty on Monday, voting 98-1 in support.")
    assert "98" in typed
    assert "1" not in typed


@pytest.mark.parametrize(
    "text",
    [
        "Rovers won 3-1 at home on Saturday.",
        "The visitors defeated Leeds 4-2 after extra time.",
        "The hosts backed up their 3-0 first-leg win with a 2-1 victory.",
        "City passed the ball around before winning 2-1.",
        "The champions beat them 5-4 on penalties.",
    ],
)
def test_a_small_match_score_stays_out(nlp, text) -> None:
    assert claims_in(nlp, text) == []


# 2. Holders of elected office a party "lost" (MLAs, MPs, councillors, senators) were lost at
# the polls: a count of people, never casualties; seats lost stay other. Elected members killed
# or wounded, and soldiers or men lost in fighting, stay casualties.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The Democratic Unionists lost 12 MLAs in the election.", "12", "people_count"),
        ("Labour lost 300 councillors across England.", "300", "people_count"),
        ("After the vote the Republicans had lost 14 senators and the majority.", "14",
         "people_count"),
        ("The ruling party's losses came to 40 lawmakers in the upper house.", "40",
         "people_count"),
        ("The Tories lost seven MPs to the Liberal Democrats.", "seven", "people_count"),
        ("The party lost 40 seats in the local elections.", "40", "other"),
    ],
)  # fmt: skip
def test_elected_members_lost_at_the_polls_are_people(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Three MPs were killed when the bomb went off.", "Three"),
        ("Gunmen killed four councillors in the northern province.", "four"),
        ("The brigade lost 12 soldiers in the ambush.", "12"),
        ("Russia lost 300 men in the assault on the town.", "300"),
    ],
)
def test_members_and_soldiers_harmed_stay_casualties(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.CASUALTY_COUNT


# 3a. A list of modifiers joined by commas and "and" between a count and its noun ("60 wheeled,
# tracked and other armoured vehicles") breaks the parse; the plural noun closing the list is
# what the count counts, and decides its type. Counts joined by commas are no such list.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Russia has deployed 60 wheeled, tracked and other armoured vehicles to the border.",
         "60", "equipment_count"),
        ("The army received 120 light, medium and heavy tanks last year.", "120",
         "equipment_count"),
        ("The ministry listed 300 damaged, looted or destroyed schools in the region.", "300",
         "other"),
        ("Officials counted 2,000 new, used and imported cars at the port.", "2,000", "other"),
        ("Kyiv says it destroyed 45 Soviet-era, Iranian and North Korean drones overnight.", "45",
         "equipment_count"),
    ],
)  # fmt: skip
def test_a_modifier_list_leaves_its_noun_counted(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)


def test_counts_joined_by_commas_are_no_modifier_list(nlp) -> None:
    typed = _typed(nlp, "Shelling killed 12, wounded 30 and displaced hundreds.")
    assert typed.get("12") == ClaimType.CASUALTY_COUNT
    assert typed.get("30") == ClaimType.CASUALTY_COUNT


# 3b. A military formation a military modifier of its own names ("four combined arms armies",
# "two tank divisions") is a count of troops told at any size: each stands for thousands of
# soldiers. A firm's or a league's divisions, and armies no modifier makes formations, are not.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Moscow committed elements of four combined arms armies to the offensive.", "four"),
        ("Russia moved two tank divisions towards Kharkiv.", "two"),
        ("The general sent five airborne battalions to the front.", "five"),
        ("Two motorised rifle regiments were spotted near the border.", "Two"),
        ("Intelligence says one of the three mechanised corps has been withdrawn.", "three"),
    ],
)
def test_a_military_formation_counts_troops(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.TROOP_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "The firm split into two divisions last year.",
        "The two armies met on the plain.",
        "Both of the bank's three divisions made a loss.",
    ],
)
def test_no_formation_without_a_military_modifier(nlp, text) -> None:
    assert claims_in(nlp, text) == []


# 4. A total that "hits" or "passes" a mark counts what its subject names: sales, downloads,
# subscriptions and pre-orders are other, never people; visitors and members stay people.
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Sales hit 2 million in the first week.", "2 million", "other"),
        ("Downloads passed 1 million on Friday.", "1 million", "other"),
        ("Subscriptions to the service crossed 300,000 last month.", "300,000", "other"),
        ("Pre-orders for the phone hit 40,000 on the first day.", "40,000", "other"),
        ("The game's sales hit 2 million within a week.", "2 million", "other"),
        ("Visitors hit 2 million last year.", "2 million", "people_count"),
        ("Membership hit 20,000 in May.", "20,000", "people_count"),
        # a singular subject measures what the other rules read: a count's number, a toll
        ("The number of refugees passed 2 million last month.", "2 million", "people_count"),
        ("The death toll from the floods hit 300 on Sunday.", "300", "casualty_count"),
    ],
)
def test_a_total_reaching_a_mark_counts_its_subject(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)
