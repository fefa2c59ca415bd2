"""Canonical names within an article and actors from demonyms."""

from __future__ import annotations

import pytest

from tasks.extract.names import NameIndex, actor_of, name_gender, strip_person


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("Zelensky", "Volodymyr Zelensky"),
        ("Zelenskyy", "Volodymyr Zelensky"),  # spelling variants fold to one key
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Rutte", "Mark Rutte"),
        ("NATO Secretary General Mark Rutte", "Mark Rutte"),  # titles stripped
        ("Rutte’s", "Mark Rutte"),
        ("Budanov", "Budanov"),  # no full name seen: kept as written
    ],
)
def test_canonical_person(mention, canonical) -> None:
    names = NameIndex(["Ukrainian President Volodymyr Zelensky", "Mark Rutte", "Zelenskyy"])
    assert names.canonical(mention) == canonical


def test_honours_are_stripped() -> None:
    assert strip_person("John Foreman CBE") == "John Foreman"


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("North Korean soldiers", "North Korea"),
        ("Russian soldiers", "Russia"),
        ("the Kremlin", "Russia"),
        ("NATO", "NATO"),
        ("U.S. troops", "United States"),
        ("soldiers", None),
    ],
)
def test_actor_of(phrase, actor) -> None:
    assert actor_of(phrase) == actor


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Maria Zakharova", "f"),
        ("Ann Linde", "f"),  # a listed first name
        ("Yelena Hodarenko", "f"),  # a first name in -a
        ("Mykola Kalashnyk", "m"),  # a masculine name in -a
        ("Volodymyr Zelenskiy", "m"),
        ("Zakharova", "f"),  # a feminine surname alone
        ("Rutte", None),  # one word, no clue
    ],
)
def test_name_gender(name, gender) -> None:
    assert name_gender(name) == gender
