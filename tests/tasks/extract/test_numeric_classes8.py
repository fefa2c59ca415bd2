"""Counts of people told through jobs or through a changing total (issue 10, the people8 review
of BBC business and politics news that counts workers): "cut 3,200 jobs" and "900 job losses"
count people (not other, not casualties); a change of a total of people ("the number of
jobseekers fell 8,000 to 912,400", "from 42,000 to 36,000 staff"), "the 2.4 million who
applied" and "passed the 2 million mark" count what the total counts. People moved by force
("the forcible transfer of a million people") are abducted civilians: casualties (the dev split's
casualty-read-as-people errors). Every sentence here is invented, never article text."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.test_numeric_classes import _claim, _claims


def _typed(nlp, text: str) -> dict[str, str]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in _claims(nlp, text)}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The carmaker will axe 3,200 jobs across its European plants.", "3,200"),
        ("Retailers created 48,000 new jobs in March, the agency said.", "48,000"),
        ("The bank will shed thousands of jobs over three years.", "thousands"),
        ("Plans to shed 3,000 council jobs will save money, ministers say.", "3,000"),
        ("The airline said 1,200 redundancies would follow the merger.", "1,200"),
        # a bare count whose relative clause is about persons
        ("Only 15% of the 2.4 million who applied were accepted.", "2.4 million"),
        ("Nearly 60% of the 4,000 who sat the exam passed.", "4,000"),
        # a total named by the noun before it, or taken to a figure
        ("Meanwhile, the benefit claimant total fell 11,000 to 813,200 last month.", "11,000"),
        ("The new cuts will take the total number of jobs to go at the bank to 5,500.", "5,500"),
    ],
)  # fmt: skip
def test_counts_people(nlp, text, number) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


def test_job_losses_are_people_not_casualties(nlp) -> None:
    row = _claim(nlp, "Some 900 job losses had been expected at the plant.", "Some 900")
    assert row[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


def test_a_small_count_of_jobs_held_stays_incidental(nlp) -> None:
    assert _claims(nlp, "She has held three jobs since leaving school.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The number of registered voters grew 12,500 to 2.3 million last year.",
        "The claimant count fell 8,000 to 912,400 in May.",
        "The number of people out of work rose 32,000 to 1.41 million in the quarter.",
        "The firm plans to cut its workforce from 42,000 to 36,000 staff by 2010.",
    ],
)
def test_a_change_of_a_total_of_people_counts_people(nlp, text) -> None:
    types = _typed(nlp, text)
    assert len(types) == 2 and set(types.values()) == {ClaimType.PEOPLE_COUNT}


def test_a_change_by_a_count_counts_its_subject(nlp) -> None:
    row = _claim(nlp, "Its workforce fell by 2,000 last year.", "2,000")
    assert row[ClaimCol.CLAIM_TYPE] == ClaimType.PEOPLE_COUNT


def test_a_change_of_things_stays_other(nlp) -> None:
    types = _typed(nlp, "Sales of the car rose 3,000 to 12,000.")
    assert set(types.values()) == {ClaimType.OTHER}


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("The total number of people online has broken the 100 million mark.", "100 million",
         ClaimType.PEOPLE_COUNT),
        ("Visitors to the park passed the 2 million mark last summer.", "2 million",
         ClaimType.PEOPLE_COUNT),
        ("Sales of the album passed the one million mark.", "one million", ClaimType.OTHER),
    ],
)  # fmt: skip
def test_a_mark_passed_counts_the_total(nlp, text, number, claim_type) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == claim_type


@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        # moved by force: abducted civilians
        ("The report describes the forcible transfer of over a million people to the north.",
         "over a million", ClaimType.CASUALTY_COUNT),
        ("Officials say 6,000 children were forcibly deported last year.", "6,000",
         ClaimType.CASUALTY_COUNT),
        ("The forced relocation of 2,000 villagers began in May.", "2,000",
         ClaimType.CASUALTY_COUNT),
        # moved without force: people
        ("The airline transferred 3,000 passengers to other flights.", "3,000",
         ClaimType.PEOPLE_COUNT),
        ("The government deported 3,000 people last year.", "3,000", ClaimType.PEOPLE_COUNT),
    ],
)  # fmt: skip
def test_people_moved_by_force_are_casualties(nlp, text, number, claim_type) -> None:
    assert _claim(nlp, text, number)[ClaimCol.CLAIM_TYPE] == claim_type
