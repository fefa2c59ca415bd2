"""How an extracted source or speaker is matched to a gold one: the same name folded, or the
same organisation by the extractor's alias table (the extractor publishes canonical names)."""

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
