"""Numbers that are no claims on unseen web news (issue 10, the names7 review of set A): sizes and
model codes inside product names ("the 16-inch MacBook Pro", "LC 500", "5500M"), a "4K-ready"
device, and match scores split by commas or tie-breaks, and teams' records in brackets. Guards
keep real counts, sizes of generic things and amounts. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_numeric_classes6 import _numbers


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a size glued before a capitalised product name is part of the name
        ("Reviewers liked the new 14-inch ZenBook Duo, which costs $1,299.", ["$1,299"]),
        ("The 13-inch 2021 AirBook Max runs cool, and the 15-inch i7 AirBook Pro runs hot.", []),
        ("The firm released the 11-inch iSlate Pro and a 12.9-inch iSlate Pro.", []),
        # sizes of generic things stay (incidental sizes), and so do counts of named products
        ("The phone has a 6.1-inch screen and sold 3 million units.", ["6.1-inch", "3 million"]),
        ("The firm sold 3 million iPhones last quarter.", ["3 million"]),
        ("The 55-inch 8K OLED TV sells for $1,999.", ["55-inch", "$1,999"]),
        ("She bought a 65-inch Samsung TV for $900.", ["65-inch", "$900"]),
    ],
)  # fmt: skip
def test_a_size_in_a_product_name_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a number after an all-capital model code, and four digits with a glued letter
        ("No doubt the QX 350 Convertible looks very stylish with the roof down.", []),
        ("Unsurprisingly, the QX 350 Roadster looks much like the concept.", []),
        ("It beats the ZETA 20 chip of the older design.", []),
        ("It ships with a Radeon Pro 6600M chip, and the 6600M runs hot.", []),
        ("Owners get a 4K-ready Streamcast Ultra and a pad for $99.", ["$99"]),
        # an acronym that is an organisation counts; a scale letter on an amount stays
        ("The ministry said the IDF 30 tanks had crossed the line.", ["30"]),
        ("The app has 500M users and raised $1500M last year.", ["500M", "$1500M"]),
    ],
)  # fmt: skip
def test_a_model_code_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # set scores split by commas, a tie-break in brackets between sets
        ("Lopez beat Ivanov 4-6, 6-4, 7-6 (3) in the final.", []),
        ("Moreau and Petit rallied to beat the pair 6-7 (2), 6-3, 7-5 on Sunday.", []),
        ("Norway lost to Chile for the first time after Berg edged Tanaka 7-6 (5), 7-6 (9) and "
         "Silva defeated Cole 7-6 (4), 6-2.", []),
        # a team's record in brackets after its name
        ("The Hawks (3-8, 1-6) host the Owls (8-3, 5-2) on Saturday.", []),
        ("The Wolves (2-9) lost again.", []),
        # real figures next to scores stay
        ("Lopez won 6-3, 6-4 in front of 12,000 fans.", ["12,000"]),
        ("Between 3-5 soldiers were wounded, officials said.", ["Between 3-5"]),
    ],
)  # fmt: skip
def test_a_match_score_or_record_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a street number is part of an address
        ("You can write to us at 220 Fifth Street, Suite 40, Springfield.", []),
        ("The driver was from 2810 N. Mill Road 300E, police said.", []),
        ("He lives at 12 Elm St. in Dover.", []),
        # counts near streets stay
        ("Police said 300 Main Street residents were evacuated.", ["300"]),
        ("About 40 Oak Avenue homes lost power.", ["About 40"]),
        ("Around 5,000 people marched down Fifth Avenue.", ["Around 5,000"]),
    ],
)  # fmt: skip
def test_a_street_number_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept
