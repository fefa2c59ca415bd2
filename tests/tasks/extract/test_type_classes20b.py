"""Claim types and missed counts on unseen conflict reports (dev15-dev17, issue 10). Every
sentence here is invented.

- A day of a month right before "to", and after "to" a number no day can be, end a date: the
  "to" leads to the figure ("the toll since October 7 to 496"), not to a range of days.
- A bare "one" with a word of harm right after it that says its state ("and one missing",
  "left one dead") is a casualty, as "two dead" is; not one modifying a noun ("one missing link").
- A bare "one" that is a conjunct after people a verb of harm counts, its noun left out
  ("killed six soldiers in the north and one in the south"), is one more of them; not after
  things ("destroyed 40 tanks ... and one in the west") or a verb of no harm.
- A weapon's noun that also names the person using one ("bombers") is persons when a person's
  modifier marks it ("suicide bombers") or it is counted among people ("militants, including
  three bombers"); aircraft stay equipment.
- The dead counted by their corpses ("the corpses of four comrades") are casualties, as they
  are counted by their bodies.
- Members, customers and viewers a body or business "loses" when they leave are people ("the
  loss of 2,000 members"); in a sentence about fighting they lost lives (casualties).
- Blasts counted as such ("heard two blasts at the base", "three explosions shook the town")
  are strikes, told at any size; "explosions" that count nothing stay out.
- People a court or prosecutor acts on ("charged", "convicted", "sentenced to death") are
  people, never casualties."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import claims_in, type_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
EQUIPMENT = ClaimType.EQUIPMENT_COUNT


def _texts(nlp, text: str) -> list[str]:
    return [c["quantity_text"] for c in claims_in(nlp, text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The murder raised the death toll since October 7 to 496 dead, the ministry said.", "496"),
        ("The number of displaced since Feb 24 climbed to 9,000, the agency said.", "9,000"),
        ("Casualties since June 1 to date rose to 1,450 in the province.", "1,450"),
        ("The shelling took the death toll since March 3 to 212, officials said.", "212"),
    ],
)  # fmt: skip
def test_a_day_before_to_ends_a_date_and_the_figure_follows(nlp, text, number) -> None:
    assert number in _texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged from March 3 to 9 in the town.",
        "Talks run from October 7 to 12, the ministry said.",
    ],
)
def test_a_range_of_days_stays_a_date(nlp, text) -> None:
    assert _texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The attack left two dead, three wounded and one missing.",
        "The blast killed a soldier and left one missing.",
        "The storm of shelling left one dead and four injured in the village.",
        "The raid left three soldiers dead, one missing and five hurt, the army said.",
    ],
)
def test_a_bare_one_in_a_state_of_harm_is_a_casualty(nlp, text) -> None:
    assert type_on(nlp, text, "one") == CASUALTY


@pytest.mark.parametrize(
    "text",
    [
        "The report found one missing link in the chain.",
        "The court heard from one injured party on Monday.",
        "One dead end after another frustrated the investigators.",
    ],
)
def test_one_before_a_harmed_noun_is_no_count(nlp, text) -> None:
    assert _texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They killed nine people in the first village, two people in the second, and one in the "
        "third.",
        "The shelling wounded six soldiers in the north and one in the south.",
        "Militants abducted 12 women from the school and one from the clinic.",
        "Gunmen shot dead four police officers at the checkpoint and one at the station.",
    ],
)
def test_a_gapped_one_after_harmed_people_is_one_more(nlp, text) -> None:
    assert type_on(nlp, text, "one") == CASUALTY


@pytest.mark.parametrize(
    "text",
    [
        "The army destroyed 40 tanks in the east and one in the west.",
        "He met five ministers on Monday and one on Tuesday.",
        "The storm killed 30 cattle on one farm and one on the next.",
    ],
)
def test_a_gapped_one_after_things_or_no_harm_is_no_count(nlp, text) -> None:
    assert "one" not in _texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Security forces killed 92 militants, including three suicide bombers, the army said.",
         "three"),
        ("The army said 30 fighters, including four suicide bombers, were killed in the assault.",
         "four"),
        ("Guards shot dead two suicide bombers at the gate of the compound.", "two"),
        ("Three teenage bombers were wounded when their vests went off early.", "Three"),
        ("Two female bombers were killed before they reached the market.", "Two"),
    ],
)  # fmt: skip
def test_bombers_a_person_marks_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Air defences downed two bombers over the sea.", "two"),
        ("The air force sent six B-52 bombers to the region.", "six"),
        ("The country ordered 20 new bombers from the manufacturer.", "20"),
        ("Two strategic bombers flew over the Baltic on Monday.", "Two"),
    ],
)
def test_bombers_are_aircraft_otherwise(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == EQUIPMENT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Troops carried the corpses of four comrades back to the base.", "four"),
        ("A witness saw the army taking away the corpses of four of their colleagues.", "four"),
        ("Villagers pulled the corpses of seven fishermen from the lake.", "seven"),
        ("The corpses of three aid workers were handed over at the crossing on Friday.", "three"),
    ],
)
def test_the_dead_counted_by_their_corpses_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The sons were among 28 cartel members charged in a trafficking investigation.", "28"),
        ("Twelve soldiers were convicted of looting during the offensive, the court said.",
         "Twelve"),
        ("A military court sentenced 15 militants to death on Tuesday.", "15"),
        ("Prosecutors indicted 40 gang members over the killing of a journalist.", "40"),
    ],
)  # fmt: skip
def test_people_before_a_court_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Gunmen killed 12 villagers and charged at the police post.", "12"),
        ("The court heard that 30 fighters were killed in the raid.", "30"),
    ],
)
def test_harm_beside_a_court_stays_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The union reported the loss of 2,000 members over the year.", "2,000"),
        ("The party suffered the loss of 3,500 members after the scandal.", "3,500"),
        ("The bank lost 2,000 customers after the outage.", "2,000"),
        ("The channel lost 500,000 viewers in a month.", "500,000"),
    ],
)
def test_members_a_body_loses_are_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == PEOPLE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The militia suffered the loss of 300 members in the battle.", "300"),
        ("The rebel group lost 40 members in clashes with the army.", "40"),
        ("Russia lost 300 soldiers in the battle.", "300"),
    ],
)
def test_members_lost_in_fighting_are_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("First we heard two blasts at the base and then heavy gunfire followed.", "two"),
        ("Residents said three explosions shook the town overnight.", "three"),
        ("Witnesses reported four explosions near the airport before dawn.", "four"),
        ("Two detonations were heard in the capital on Friday.", "Two"),
        ("Two loud blasts echoed across the valley as the convoy passed.", "Two"),
    ],
)
def test_a_small_count_of_blasts_is_a_claim(nlp, text, number) -> None:
    assert number in _texts(nlp, text)


def test_the_sides_amid_explosions_stay_incidental(nlp) -> None:
    assert _texts(nlp, "The two sides met in Geneva amid reports of explosions.") == []
