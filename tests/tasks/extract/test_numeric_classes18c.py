"""Numeric claims, issue 10, dev12 review (round 18c): one class of error per test, each on
invented sentences that differ in wording and structure, with guards where the rule must not
fire. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claims_in


def _typed(nlp, text: str) -> dict[str, ClaimType]:
    return {c[ClaimCol.QUANTITY_TEXT]: c[ClaimCol.CLAIM_TYPE] for c in claims_in(nlp, text)}


# 1. "out of" after a count makes a ratio only when a second count follows ("two out of three",
# "six out of every 10"); "37% out of work", "4,000 out of their homes" say a state, and the
# figure is a claim (an absolute "with N% out of work" was dropped as a ratio).
@pytest.mark.parametrize(
    ("text", "number", "claim_type"),
    [
        ("Women fared worst, with 42% out of work by the end of the year.", "42%", "percentage"),
        ("Graduates suffered too, with 19% out of a job after six months.", "19%", "percentage"),
        ("Some 4,000 families were forced out of their homes by the floods.", "Some 4,000",
         "people_count"),
        ("The survey found 23% out of education or training last spring.", "23%", "percentage"),
    ],
)  # fmt: skip
def test_out_of_a_state_is_no_ratio(nlp, text, number, claim_type) -> None:
    assert _typed(nlp, text).get(number) == ClaimType(claim_type)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("With 12,000 out of work in the valley, the closure hit hard.", "12,000"),
        ("The mill shut in May, leaving 900 out of a job.", "900"),
        ("After the storm, with some 5,000 out of their homes, the schools became shelters.",
         "some 5,000"),
    ],
)  # fmt: skip
def test_a_bare_count_out_of_work_is_people(nlp, text, number) -> None:
    """A bare count "out of work" (or a job, or home) counts people, as "12,000 unemployed"."""
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "Two out of three voters backed the plan.",
        "Six out of every 10 planes were grounded on Monday.",
        "Nine out of ten dentists agree, the survey said.",
    ],
)
def test_a_ratio_out_of_a_count_is_still_dropped(nlp, text) -> None:
    assert claims_in(nlp, text) == []


# 2. People held, detained or kept in custody in a sentence of criminal justice (arrest,
# suspicion, bail, police, court, "in connection with") are suspects: people, not captives.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Twelve protesters were detained by police after the march and later released on bail.",
         "Twelve"),
        ("Three teenagers are being held on suspicion of arson, a spokesman said.", "Three"),
        ("Five of the suspects were held in custody overnight before appearing in court.",
         "Five"),
        ("About 40 fans were detained in connection with the violence at the stadium.",
         "About 40"),
        ("Six of the women had been held over alleged fraud offences, police said.", "Six"),
    ],
)  # fmt: skip
def test_held_by_police_is_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


# ... while captives of war or abduction stay casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 40 civilians were held captive by militants in the village.", "About 40"),
        ("More than 200 prisoners of war were held in the camp.", "More than 200"),
        ("Some 300 villagers were abducted and detained by armed men.", "Some 300"),
        ("Over 1,000 of them were held by the militia.", "Over 1,000"),
    ],
)
def test_held_in_war_stays_a_casualty(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.CASUALTY_COUNT


# 3. "There are now 26,000", "there could be as many as 5,000": an existential count with no noun
# of its own counts what the count before it (in its sentence or the one before) counted.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Some 20,000 students enrolled last autumn. There are now 26,000.", "26,000"),
        ("The charity had 3,000 volunteers in 2010. By next year there could be as many as 5,000.",
         "as many as 5,000"),
        ("The town had 40 doctors a decade ago. Today there are only 25.", "25"),
        ("Police counted 3,000 protesters on Friday. There were more than 400 by noon on Sunday.",
         "more than 400"),
        ("Nearly two million people signed up to the scheme, and numbers keep growing. There "
         "will probably be three million by the spring.", "three million"),
    ],
)  # fmt: skip
def test_existential_count_takes_the_count_before(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT


# ... but a count with a noun of its own counts that noun.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The club signed 12 players last season. There will be 20 matches in the spring.", "20"),
        ("The firm hired 300 engineers in May. There were 25 complaints.", "25"),
    ],
)
def test_existential_count_with_its_own_noun(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.OTHER


# 4. "about 1m websites run ...": the parser splits the scale letter off its number and hangs the
# plural noun after it elsewhere; that noun is still what is counted, so things stay "other" ...
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Analysts reckon that about 1m websites host the faulty plug-in.", "about 1m"),
        ("Roughly 2m laptops run the old operating system.", "Roughly 2m"),
        ("Nearly 3m accounts use the same weak password, the study found.", "Nearly 3m"),
        ("Some 5m downloads followed the launch, the company said.", "Some 5m"),
    ],
)
def test_things_after_a_split_scale_are_other(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.OTHER


# ... and people stay people.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nearly 1m viewers watched the final.", "Nearly 1m"),
        ("Around 3m subscribers signed up in a month.", "Around 3m"),
        ("Roughly 4m bloggers write about politics.", "Roughly 4m"),
        ("About 2m households run broadband.", "About 2m"),
    ],
)
def test_people_after_a_split_scale_stay_people(nlp, text, number) -> None:
    assert _typed(nlp, text).get(number) == ClaimType.PEOPLE_COUNT
