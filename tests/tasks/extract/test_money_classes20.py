"""Money on unseen conflict reports (dev16, issue 10). Every sentence here is invented.

A currency word several currencies share ("pesos", "rupees", "dinars") means the currency of
the country the article is about when that is one of them (Philippine pesos in a story from
Manila), not the first the contract lists; "dollars" and "pounds" stay the US dollar and
sterling in any country's news, and an article about no one country keeps the first."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import claim_on


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Pirates off Cebu asked 8 million pesos for the trawler's release. Coast guards in "
         "Manila said ransoms are rising across the Philippines.", "8 million pesos", "PHP"),
        ("Kidnappers in Mexico City demanded 3 million pesos. Mexican police said the gang "
         "was known across Mexico.", "3 million pesos", "MXN"),
        ("The army in Medellin said the rebels paid 900 million pesos for the weapons. Colombia "
         "has fought the group in Cali and Bogota for decades.", "900 million pesos", "COP"),
        ("Iraq's government said the repairs cost 40 billion dinars. Iraqi officials in "
         "Baghdad said work had begun.", "40 billion dinars", "IQD"),
    ],
)  # fmt: skip
def test_a_shared_currency_word_is_the_home_countrys(nlp, text, number, unit) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.UNIT] == unit


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Australia pledged 40 million dollars to the mission. Australian troops and "
         "Australia's navy were there.", "40 million dollars", "USD"),
        ("Egypt received 10 million pounds in British aid. Egyptian officials in Cairo "
         "welcomed it.", "10 million pounds", "GBP"),
        ("The fine was 5 million pesos, the court said.", "5 million pesos", "MXN"),
    ],
)  # fmt: skip
def test_world_currencies_and_articles_about_no_country_keep_the_first(
    nlp, text, number, unit
) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.UNIT] == unit
