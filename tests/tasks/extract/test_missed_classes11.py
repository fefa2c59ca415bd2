"""Figures the extractor missed or mis-qualified on unseen conflict reporting (issue 10, dev4,
missed11): one invented sentence per class. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol, ClaimType, Qualifier


def _claims(nlp, text: str) -> list[dict]:
    article = CleanArticle("mem://a", "0" * 64, text, outlet="Daily Bugle")
    return extract_batch(nlp, [("a", article)]).claims


def _on(nlp, text: str, number: str) -> dict:
    found = [c for c in _claims(nlp, text) if number in c[ClaimCol.QUANTITY_TEXT]]
    assert found, [c[ClaimCol.QUANTITY_TEXT] for c in _claims(nlp, text)]
    return found[0]


# A dateline's year and a spelled-out count after a dash are no range: the count survives.
@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("June 3, 2021 – Four policemen were killed in an ambush near the border, officials "
         "said.", "Four", 4),
        ("Oct. 9, 2019 – Three civilians were wounded by shelling in the village, the mayor "
         "said.", "Three", 3),
    ],
)  # fmt: skip
def test_dateline_year_does_not_swallow_the_count(nlp, text, number, value) -> None:
    claim = _on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert claim[ClaimCol.VALUE] == value
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


def test_digit_ranges_still_join(nlp) -> None:
    claim = _on(nlp, "Between 2,000-3,000 troops were deployed to the region.", "2,000")
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.VALUE_HIGH]) == (2000, 3000)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE


def test_paragraph_opening_count_stays_in_its_sentence(nlp) -> None:
    """The parser may leave a paragraph's opening "Two" a sentence of its own."""
    text = (
        "Drone strike kills 2 fighters in Lebanon: security source\n\n"
        "Two Hezbollah fighters were killed in an Israeli drone strike on a residential building "
        "in south Lebanon on Thursday, a security source said, with the Iran-backed group later "
        "announcing retaliatory rocket fire."
    )
    doc = nlp(text)
    two = next(t for t in doc if t.text == "Two")
    assert two.sent.text.startswith("Two Hezbollah fighters were killed")
    claim = _on(nlp, text, "Two")
    assert claim[ClaimCol.VALUE] == 2
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


def test_numbered_list_items_keep_their_own_sentences(nlp) -> None:
    doc = nlp("Two\n\nThe army said it would send more troops.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()][0] == "Two"


# A bare "one" that still counts: a casualty verb's subject or object, or one of a count just
# made in the same sentence ("three ... were killed, one of them a child"); else no figure.
@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("Three of the rockets fired at the port were intercepted and one landed in a field, "
         "the navy said.", ClaimType.EQUIPMENT_COUNT),
        ("“Four people were killed, one of them a teenager,” the mayor said.",
         ClaimType.CASUALTY_COUNT),
        ("A shell hit the bus station on Monday, killing one and wounding six, officials said.",
         ClaimType.CASUALTY_COUNT),
    ],
)  # fmt: skip
def test_bare_one_counted(nlp, text, claim_type) -> None:
    ones = [c for c in _claims(nlp, text) if c[ClaimCol.QUANTITY_TEXT].lower() == "one"]
    assert len(ones) == 1, [c[ClaimCol.QUANTITY_TEXT] for c in _claims(nlp, text)]
    assert ones[0][ClaimCol.VALUE] == 1
    assert ones[0][ClaimCol.CLAIM_TYPE] == claim_type


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack on the depot, the army said.",
        "One of them said the ceasefire was a mistake.",
        "It was one of the reasons for the war, he said.",
        "Five men were arrested on Friday and one remains at large.",
        "The soldiers blamed one another for the 12 deaths.",
    ],
)
def test_bare_one_no_figure(nlp, text) -> None:
    ones = [c for c in _claims(nlp, text) if c[ClaimCol.QUANTITY_TEXT].lower() == "one"]
    assert ones == []


# A number a verb of exceeding takes as its object is a threshold passed: "more than".
@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("The death toll in the province tops 2,300, the health ministry said.", "2,300", 2300),
        ("The number of wounded civilians has surpassed 18,000, officials said.", "18,000",
         18000),
        ("Military aid to the island is expected to exceed $4 billion this year.", "$4 billion",
         4e9),
    ],
)  # fmt: skip
def test_threshold_passed_is_more_than(nlp, text, number, value) -> None:
    claim = _on(nlp, text, number)
    assert claim[ClaimCol.VALUE] == value
    assert claim[ClaimCol.QUALIFIER] == Qualifier.MORE_THAN


def test_topping_charts_is_no_threshold(nlp) -> None:
    claims = _claims(nlp, "Her debut album topped 14 national charts and sold 2 million copies.")
    assert all(c[ClaimCol.QUALIFIER] == Qualifier.EXACT for c in claims), claims


def test_threshold_counts_its_subject(nlp) -> None:
    """ "the number of wounded ... has surpassed 18,000": the subject says what is counted."""
    text = "The number of wounded civilians has surpassed 18,000, officials said."
    assert _on(nlp, text, "18,000")[ClaimCol.CLAIM_TYPE] == ClaimType.CASUALTY_COUNT


# "N or M" with M higher is an estimate's two ends: a range from its low end.
@pytest.mark.parametrize(
    ("text", "number", "low", "high"),
    [
        ("Nine or 10 soldiers were wounded in the shelling, a medic said.", "Nine or 10", 9, 10),
        ("The blast killed 20 or 30 people near the market, witnesses said.", "20 or 30", 20, 30),
    ],
)  # fmt: skip
def test_either_or_is_a_range(nlp, text, number, low, high) -> None:
    claim = _on(nlp, text, number)
    assert claim[ClaimCol.QUANTITY_TEXT] == number
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.VALUE_HIGH]) == (low, high)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE


def test_or_without_a_higher_end_is_no_range(nlp) -> None:
    claim = _on(nlp, "One or more drones were shot down over the port.", "One or more")
    assert claim[ClaimCol.QUALIFIER] == Qualifier.AT_LEAST


@pytest.mark.parametrize(
    "text",
    [
        "The charity hopes to open 2-3 new offices in the capital next year.",
        "Most patients need two or three visits to the clinic, the nurse said.",
    ],
)
def test_small_range_in_passing_is_incidental(nlp, text) -> None:
    assert _claims(nlp, text) == []


# "seven members of one family": the "one" names the group a count is drawn from, no figure.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eleven people, including six members of one family, were killed in the raid.", "six"),
        ("Four children from one village were wounded by the shelling, the governor said.",
         "Four"),
    ],
)  # fmt: skip
def test_one_group_of_a_count_is_no_figure(nlp, text, count) -> None:
    found = [c[ClaimCol.QUANTITY_TEXT] for c in _claims(nlp, text)]
    assert count in found
    assert "one" not in found


def test_title_case_headline_counts_its_capitalised_plural(nlp) -> None:
    """The parser reads a headline's words after the count as names: targets hit are counted."""
    text = (
        "Army Shells Destroy Four Rebel Camps\n\n"
        "Government jets bombed villages on Tuesday in two provinces, according to rebel groups."
        "\n\nTwo fighter jets bombed a village before dawn."
    )
    claim = _on(nlp, text, "Four")
    assert claim[ClaimCol.CLAIM_TYPE] == ClaimType.OTHER
    assert claim[ClaimCol.SUBJECT] is not None and "Camps" in claim[ClaimCol.SUBJECT]
