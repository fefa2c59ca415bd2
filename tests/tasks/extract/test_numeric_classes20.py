"""Numbers on unseen conflict reports (dev16, issue 10). Every sentence here is invented.

- A spelled scale word with no "a" before it, after a qualifier ("More than thousand people",
  "over hundred homes"), is one of it, as "more than a thousand" is; a scale word no
  qualifier stands before is no number ("Thousand Oaks", "the hundred days").
- A number in digits before a capitalised formation noun in the singular ("the 317 Brigade",
  "3 Commando Brigade") names the unit; a count of formations is plural ("16 brigades")."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in


@pytest.mark.parametrize(
    ("text", "number", "value", "qualifier"),
    [
        ("More than thousand families queued for food aid at the camp on Sunday.",
         "More than thousand", 1000, Qualifier.MORE_THAN),
        ("Over hundred houses were burned in the raid.", "Over hundred", 100,
         Qualifier.MORE_THAN),
        ("The rebels said more than thousand fighters had joined them.", "more than thousand",
         1000, Qualifier.MORE_THAN),
        ("Officials counted over million displaced in the region.", "over million", 1_000_000,
         Qualifier.MORE_THAN),
    ],
)  # fmt: skip
def test_a_qualified_bare_scale_word_is_one_of_it(nlp, text, number, value, qualifier) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.VALUE] == value
    assert claim[ClaimCol.QUALIFIER] == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Thousand Oaks is a city in California.",
        "The hundred days of the campaign ended on Friday.",
    ],
)
def test_a_bare_scale_word_alone_is_no_number(nlp, text) -> None:
    assert claims_in(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out overnight between the 317 Brigade and a rival faction.",
        "The 128 Battalion was withdrawn from the front last week.",
        "Marines of 40 Commando Brigade landed on the beach at dawn.",
        "The 202 Squadron flew its last mission in May.",
    ],
)
def test_a_number_before_a_singular_formation_names_it(nlp, text) -> None:
    assert claims_in(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army has sent 16 Brigades to the east.", "16"),
        ("Kyiv sent 12 brigades to the front, the general said.", "12"),
        ("Army Sends 40 Soldiers To Border Brigade Base", "40"),
    ],
)  # fmt: skip
def test_formations_counted_in_the_plural_stay_counts(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUANTITY_TEXT] == number
