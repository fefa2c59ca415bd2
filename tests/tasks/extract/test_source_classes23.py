"""Issue 10's source classes of the src23 round, on invented sentences only.

Classes (from the "outlet (or none) where a source gives it" errors on the conflict dev splits,
none of their sentences copied): a closing "..., a local official said" that the parse joined as
a conjunct to a gapped "N were killed and M others injured ..." (so that the counted "others"
became a second subject of the reporting verb) still gives the whole sentence; "speak of" /
"talk of" a number gives it as the speaker's word ("witnesses spoke of as many as 50 dead"); an
aside that splits the count ("..., half of them civilians, monitors and local sources said") is
no speaker when the parse made it the closing verb's subject: the noun phrase after its comma is,
when one of its conjuncts can speak ("monitors and aid workers"); so too when the parse took a
word of the reported clause (a date before it, a place) for the closing verb's subject.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import OUTLET, source_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("At least 12 people have been killed and 5 others injured in clashes in the state, a"
         " local official said on Tuesday.", "5", "local official"),
        ("At least 20 people have been killed and 7 others injured in fighting in the region, a"
         " local leader said on Monday.", "At least 20", "local leader"),
        ("At least 9 soldiers have been killed and 3 others injured in clashes in the province,"
         " a district official said on Friday.", "3", "district official"),
        ("At least 11 people were killed and 30 others injured in clashes in the district, a"
         " local official said on Thursday.", "At least 11", "local official"),
    ],
)  # fmt: skip
def test_closing_report_joined_to_a_gapped_clause(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the reporting verb says something of its own: the figure before it is not its
        ("Twelve people died in the blast, and police said five others were hurt.", "Twelve",
         OUTLET),
        ("Twelve people died and five others were hurt, and police arrested two men.", "five",
         OUTLET),
        # an ordinary closing report still gives both figures
        ("Nine civilians were killed and 14 others wounded when a shell hit the market, the"
         " regional governor said on Sunday.", "14", "regional governor"),
    ],
)  # fmt: skip
def test_joined_closing_report_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A police officer gave a toll of 12 dead, while residents spoke of as many as 40"
         " dead.", "as many as 40", "residents"),
        ("The health ministry reported 20 deaths, but local doctors spoke of more than 60.",
         "60", "local doctors"),
        ("Witnesses talked of 200 bodies lying in the streets of the town.", "200",
         "Witnesses"),
        ("The United Nations spoke of more than 1,000 casualties in the city, while the army"
         " gave no figure.", "1,000", "United Nations"),
    ],
)  # fmt: skip
def test_speaking_of_a_figure_gives_it(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "spoke to" / "spoke with" whom: the figure is the outlet's
        ("Rebels spoke to 30 families in the village.", "30"),
        ("Officials spoke with 12 survivors of the attack on Monday.", "12"),
        # "spoke of" something else: the figure before it is not the speaker's
        ("Seventy people were killed in the attack, and the mayor spoke of a dark day for the"
         " town.", "Seventy"),
    ],
)  # fmt: skip
def test_speaking_guards(nlp, text, number) -> None:
    assert source_on(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Clashes between the army and rebels in the east left at least 30 dead, half of them"
         " women, witnesses and local sources said on Friday.", "half",
         "witnesses and local sources"),
        ("Bombing of the market killed 27 people, half of them women, witnesses and hospital"
         " staff said on Saturday.", "27", "witnesses and hospital staff"),
        ("Raids in the valley killed 14 people, some of them children, observers and community"
         " leaders said.", "14", "observers and community leaders"),
        ("Floods and fighting displaced 9,000 people, a third of them children, monitors and aid"
         " workers said on Monday.", "a third", "monitors and aid workers"),
        # the aside's noun taken for the subject, the part ("most of them") for its own subject
        ("An air strike on the market killed 40 people, most of them children, doctors and"
         " rescue workers said.", "40", "doctors and rescue workers"),
        ("An ambush on the convoy left 16 dead, most of them soldiers, officials and witnesses"
         " said on Sunday.", "16", "officials and witnesses"),
        ("The attack on the camp left at least 40 dead, many of them women, doctors and local"
         " sources said.", "40", "doctors and local sources"),
    ],
)  # fmt: skip
def test_counted_aside_is_no_speaker(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the aside closed by its own comma before a named speaker: unchanged
        ("The raid left 12 dead, two of them police officers, the governor said on Monday.",
         "two", "governor"),
        # a part of "them" with no noun phrase after it: the rule leaves it as it was
        ("Three soldiers were wounded in the raid, one of them said.", "Three", OUTLET),
    ],
)  # fmt: skip
def test_counted_aside_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("May 9, 2022 Clashes between police and gunmen in the south left at least 14 dead, half"
         " of them women, officials and residents said on Monday.", "14",
         "officials and residents"),
        ("Oct 2, 2020 Fighting between the army and militants in the west left at least 40 dead,"
         " most of them fighters, monitors and medical sources said on Sunday.", "40",
         "monitors and medical sources"),
        ("Jan 5, 2023 Attacks by rebels on three villages in the north left at least 11 dead,"
         " half of them children, witnesses and aid workers said on Saturday.", "half",
         "witnesses and aid workers"),
        ("June 3, 2021 Fighting between the army and rebels in the north left at least 25 dead,"
         " half of them children, witnesses and local sources said on Friday.", "25",
         "witnesses and local sources"),
    ],
)  # fmt: skip
def test_subject_taken_from_the_reported_clause(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the subject before an aside of its own still speaks; nothing closes the sentence
        ("The mayor, who counted 40 dead, said the town needed help.", "40", "mayor"),
        ("Twelve people died in the blast, and police said five others were hurt.", "Twelve",
         OUTLET),
    ],
)  # fmt: skip
def test_subject_from_reported_clause_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source
