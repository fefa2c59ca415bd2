"""Issue 10's dev5 classes of missed figures and wrong speakers (speakers12), on invented
sentences only: a partitive count ("three of its soldiers", "one of the dead") takes its clause
role from the count that heads it and its kind from the whole it is drawn from; a sunk vessel is
a thing hit."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.test_missed_classes11 import _claims


def _found(nlp, text: str, number: str) -> dict | None:
    return next((c for c in _claims(nlp, text) if c[ClaimCol.QUANTITY_TEXT] == number), None)


# A partitive "N of X" is headed by the count: the count, not the whole, is the verb's subject
# or object, so a small count of people acted on is kept as "three soldiers" would be (the
# parse may hang the clause's verb elsewhere: "three of its soldiers deployed ... had been ...").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army confirmed that three of its soldiers deployed near the border had been "
         "killed.", "three"),
        ("The ministry said three of its diplomats were expelled from the country.", "three"),
        ("Two of his brothers and a cousin were detained by the police, the lawyer said.", "Two"),
        ("Three of our volunteers deployed at the camp had been arrested before dawn.", "Three"),
    ],
)  # fmt: skip
def test_a_partitive_count_takes_its_role_from_the_count(nlp, text, number) -> None:
    assert _found(nlp, text, number) is not None


# A count drawn from a whole that names casualties ("of the dead", "of those killed") counts
# casualties, "one" included (no pronoun), also after the "that" opening a reported clause.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A relative confirmed that one of the dead was a schoolteacher.", "one"),
        ("Two of the wounded were flown to the capital by helicopter.", "Two"),
        ("One of those killed in the raid was a local journalist, police said.", "One"),
        ("Doctors said three of the injured remain in a critical condition.", "three"),
    ],
)  # fmt: skip
def test_a_count_of_a_casualty_whole_is_a_casualty_count(nlp, text, number) -> None:
    claim = _found(nlp, text, number)
    assert claim is not None and claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


@pytest.mark.parametrize(
    "text",
    [
        "He said that one was enough for the whole family.",
        "They agreed that one of the candidates should withdraw from the race.",
    ],
)
def test_a_bare_one_of_no_casualty_whole_stays_a_pronoun(nlp, text) -> None:
    assert _found(nlp, text, "one") is None


# Sinking a vessel hits it: a small count of vessels sunk is a claim at any size.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two of the ferries sank in the storm.", "Two"),
        ("Rebels say they sank three barges on the river.", "three"),
        ("A mine sank two of the freighters near the port.", "two"),
        ("The navy says it has sunk four of the smugglers' skiffs.", "four"),
    ],
)
def test_vessels_sunk_are_counted(nlp, text, number) -> None:
    assert _found(nlp, text, number) is not None
