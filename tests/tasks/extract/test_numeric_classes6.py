"""Numbers that are no claims, and units, on unseen general news (issue 10, the types6 review of
web news from many outlets): video resolutions ("4K", "1080p"), phone and emergency numbers,
numbers inside product and list names ("iOS 17", "30 Under 30"), and SI units spelled out or
abbreviated after a figure. Every sentence here is invented, never article text."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.test_numeric_classes import _claim, _claims


def _numbers(nlp, text: str) -> list[str]:
    return [c[ClaimCol.QUANTITY_TEXT] for c in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a resolution names a video standard: not 4,000 of anything, not 14.40 pounds
        ("The console streams games at 4K and 120fps.", []),
        ("The cheaper model only plays video in 720p, while the dearer one renders a native "
         "1440p.", []),
        ("The 55-inch 8K OLED TV sells for $1,999.", ["55-inch", "$1,999"]),
        ("Reviewers found the sequel is not true 4K on the new service.", []),
        # a share price in pence, with no screen in the sentence, is money
        ("Shares in Arno Foods rose 12p to 480p.", ["12p", "480p"]),
    ],
)  # fmt: skip
def test_a_video_resolution_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


def test_a_share_price_in_pence_stays_money(nlp) -> None:
    row = _claim(nlp, "Shares in Arno Foods rose 12p to 480p.", "480p")
    assert (row[ClaimCol.VALUE], row[ClaimCol.UNIT]) == (4.8, "GBP")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an emergency number after a dialling verb or before "calls" names a line
        ("A neighbour saw the smoke and dialled 999.", []),
        ("Residents could not make 911 calls during the outage.", []),
        ("A passer-by called 112 and waited with the driver.", []),
        # three digit groups glued by dashes, or a group with a leading zero, are a phone number
        ("Tickets can be booked on 020-555-0142 until Friday.", []),
        ("The helpline, 0800-4417, opens at nine.", []),
        # the same digits counting something stay a claim, and so does a range
        ("The storm left 911 homes without power.", ["911"]),
        ("Between 150-300 people were evacuated.", ["Between 150-300"]),
    ],
)  # fmt: skip
def test_a_phone_or_emergency_number_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a version number after a camel-cased product name is part of the name
        ("The update arrives with watchOS 11 next month.", []),
        ("Apple's macOS 14 ships to 20 million Macs.", ["20 million"]),
        ("Switching to iPadOS 13 made the tablet usable for her.", []),
        ("iOS 17 made the old phones feel new again, she said.", []),
        # a camel-cased name counting a plural noun after it is a count
        ("In March, eBay 300 sellers left the site.", ["300"]),
        # a list named by a count and an age ceiling
        ("She made the Forbes 30 Under 30 list this spring.", []),
        ("What is it like to be named a 40 Under 40?", []),
        ("He was on the annual 20 Under 40 list of the trade paper.", []),
        # "under" in lower case is a qualifier
        ("Turnout was under 40 percent in Arno.", ["under 40 percent"]),
    ],
)  # fmt: skip
def test_a_number_inside_a_product_or_list_name_is_no_claim(nlp, text, kept) -> None:
    assert _numbers(nlp, text) == kept


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The new plant will add 320 megawatts to the grid.", "320 megawatts", "MW"),
        ("Customs seized 12 kilograms of cocaine at the port.", "12 kilograms", "kg"),
        ("Police found nearly 30 grams of heroin in the car.", "nearly 30 grams", "g"),
        ("Winds reached 90 kph on the coast.", "90 kph", "kph"),
        ("Up to 40 millimetres of rain fell overnight.", "Up to 40 millimetres", "mm"),
        ("The gauge showed 12.5 millimeters by noon.", "12.5 millimeters", "mm"),
        ("The engine makes 180 PS and 250 Nm of torque.", "180 PS", "PS"),
        ("The engine makes 180 PS and 250 Nm of torque.", "250 Nm", "Nm"),
        ("The chip delivers 12 teraflops of compute.", "12 teraflops", "TFLOPS"),
        ("Each tablet holds 500 milligrams of the drug.", "500 milligrams", "mg"),
        ("The dam's turbines produce 2.4 gigawatts.", "2.4 gigawatts", "GW"),
    ],
)  # fmt: skip
def test_an_si_unit_after_a_figure_is_its_unit(nlp, text, number, unit) -> None:
    row = _claim(nlp, text, number)
    assert (row[ClaimCol.UNIT], row[ClaimCol.CLAIM_TYPE]) == (unit, "other")


def test_a_count_of_flops_is_no_unit(nlp) -> None:
    row = _claim(nlp, "The studio had 11 flops in a row.", "11")
    assert row[ClaimCol.UNIT] is None
