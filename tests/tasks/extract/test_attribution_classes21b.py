"""Issue 10's dev19 class of sources (attr21): a bare "the official" (or "the spokesman") as a
speaker, a sentence or a paragraph after a named speaker, refers back to that person, whatever
their title ("Dak Deng, commissioner for Nasir, said ... the official said"), and so does "he"
after it; not when an unnamed official came in between, nor when the phrase describes someone
anew ("the army official"), nor paragraphs later. "Put forward" (or "put out") a toll, tally
or figure gives it as the subject's word, as "gave a toll of" does. A nation's force named with
the country it is deployed in ("the U.S. forces in Iraq") keeps the country: it names the
command. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import source_on as _source

_HEAD = "Clashes in the north\n\n"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Gunmen killed 23 people, Dak Deng, commissioner for the town of Nasir, said on Sunday."
         "\n\nThe victims were herders, the official said, and 40 cattle were stolen.", "40",
         "Dak Deng"),
        ("Gunmen killed 23 people, Dak Deng, commissioner for the town of Nasir, said on Sunday."
         "\n\nThe victims were herders, the official said.\n\n\u201cEleven women\u201d were killed,"
         " with another 17 wounded, he said.", "17", "Dak Deng"),
        ("Mary Akol, the county administrator, said the raid began at dawn. The attackers took 300"
         " cows, the official said.", "300", "Mary Akol"),
        ("Police chief John Ode said the gunmen fled. Nine bodies were found, the spokesman said.",
         "Nine", "John Ode"),
    ],
)  # fmt: skip
def test_the_official_after_a_named_speaker_is_that_person(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Governor Ali Musa said the town was calm.\n\nAn official at the health ministry said"
         " hospitals were full. At least 60 people were wounded, the official said.", "60",
         "official"),
        ("Governor Ali Musa said the town was calm.\n\nAt least 60 people were wounded, the army"
         " official said.", "60", "army official"),
        ("Gunmen shot dead John Okello, a farmer, on Sunday. Twelve houses burned, the official"
         " said.", "Twelve", "official"),
        ("Governor Ali Musa said the town was calm.\n\nThe market reopened on Monday.\n\nTraders"
         " returned to the square.\n\nAt least 60 people were wounded, the official said.", "60",
         "official"),
    ],
)  # fmt: skip
def test_the_official_who_is_someone_else(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# "put forward" (or "out") a toll gives it as its subject's word, as "gave a toll of" does
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Medics have put forward a toll of 70 dead.", "70", "Medics"),
        ("Rescuers have put forward a figure of 70 dead and dozens of injured on both sides.",
         "70", "Rescuers"),
        ("The health office put out a toll of 52 dead on Monday.", "52", "health office"),
        ("Local medics have put forward a tally of 120 wounded since Friday.", "120",
         "Local medics"),
    ],
)  # fmt: skip
def test_a_toll_put_forward_is_its_subjects(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: "put forward" a plan, "put out" fires: no figure given
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The army put forward a plan to withdraw 3,000 troops.", "3,000"),
        ("Firefighters put out 40 fires overnight.", "40"),
    ],
)  # fmt: skip
def test_put_forward_without_a_toll_gives_none(nlp, text, number) -> None:
    assert _source(nlp, _HEAD + text, number) in (None, "Daily Bugle")


# a nation's force named with the country it is deployed in keeps the country
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Two soldiers were killed and four others wounded in the blast, the U.S. forces in Iraq"
         " said.", "Two", "U.S. forces in Iraq"),
        ("Russian forces in Syria said 14 militants were killed in an air strike.", "14",
         "Russian forces in Syria"),
        ("The Turkish troops in Libya said three drones were downed.", "three",
         "Turkish troops in Libya"),
        ("The British forces in Iraq said 12 mortar rounds hit the base.", "12",
         "British forces in Iraq"),
        ("Five rockets struck the airfield, the Russian forces in Syria said.", "Five",
         "Russian forces in Syria"),
    ],
)  # fmt: skip
def test_a_force_keeps_the_country_it_is_deployed_in(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: no country after "in", no nation before the force, a post holder in a city
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Russian forces in the east said 14 militants were killed.", "14", "Russian forces"),
        ("Troops in Mali said 14 militants were killed.", "14", "Troops"),
        ("An official in Kabul said 14 militants were killed.", "14", "official"),
    ],
)  # fmt: skip
def test_a_force_or_post_without_a_deployment(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source
