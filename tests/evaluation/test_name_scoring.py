"""How gold is matched: a source or speaker by the same name folded, or the
same organisation by the extractor's alias table (the extractor publishes canonical names); a
gold number by whole words only."""

from __future__ import annotations

import pytest

from evaluation.evaluate import same_name


@pytest.mark.parametrize(
    ("found", "accepted"),
    [
        ("United Nations", "UN"),
        ("United Nations", "the U.N."),
        ("Health Ministry", "the Health Ministry"),
        ("Jan Egeland", "jan egeland"),
        (None, None),  # no source, where the gold accepts none
    ],
)
def test_one_name_under_two_spellings_is_the_same(found, accepted) -> None:
    assert same_name(found, accepted)


@pytest.mark.parametrize(
    ("found", "accepted"),
    [
        ("United Nations", "UNICEF"),
        ("Ukraine", "UN"),
        ("Health Ministry", None),
        (None, "UN"),
    ],
)
def test_other_names_are_not(found, accepted) -> None:
    assert not same_name(found, accepted)


def test_a_gold_number_is_found_as_a_whole_word_only() -> None:
    from evaluation.evaluate import locate

    text = "Two drones fell. One hit a house and one a school in 2010; 10 were hurt."
    items = [
        {"quantity_text": "one", "sentence_start": None},
        {"quantity_text": "10", "sentence_start": None},
    ]
    spans = locate(text, items)
    assert spans[0][0] == text.index("One hit")  # not the "one" of "drones"
    assert spans[1][0] == text.index("; 10") + 2  # not the "10" of "2010"
