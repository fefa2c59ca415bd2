"""Issue 10's source and speaker classes of the attr22 round, on invented sentences only.

Classes (from the errors on the conflict dev splits, none of their sentences copied):
common nouns coordinated as one speaker ("Doctors and rescuers put the toll at 70") speak
together, not as the first noun alone; a mission named with its place keeps the place, also
through a spokesperson ("the UN mission in Mali"); the name set off by commas after a title
with an "of" place is the title's holder ("The Commissioner of Pibor County, Lokiri Anyang,
said"); a "he"/"she" in an article that names no person before it is the latest unnamed
speaker, across a paragraph of narration; plural unnamed sources ("security sources telling
AFP that ...") are people, not things that pass a quoted phrase up to the reporter above them;
a clause the parse coordinated with a reporting verb by a bare "and" ("X said 130 were killed
and 15 clinics are shut") goes on with what it reports.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import OUTLET, source_on
from tests.tasks.extract.test_quotes import speaker_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Doctors and nurses have put forward a toll of 50 dead for the weekend alone.", "50",
         "Doctors and nurses"),
        ("Police and medics said 20 people were hurt in the blast.", "20", "Police and medics"),
        ("Residents and aid workers told reporters that 300 families had fled.", "300",
         "Residents and aid workers"),
        ("Local officials and witnesses said at least 14 people died in the raid.", "14",
         "Local officials and witnesses"),
    ],
)  # fmt: skip
def test_unnamed_nouns_coordinated_speak_together(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a conjunct with a name is the source (``named_conjunct``), not the coordination
        ("The militant group and Somali officials said 12 soldiers died.", "12",
         "Somali officials"),
        # one noun alone
        ("Doctors said 20 people were hurt in the blast.", "20", "Doctors"),
    ],
)  # fmt: skip
def test_coordination_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Four soldiers were killed when a convoy came under fire, a statement from the UN"
         " mission in Mali said.", "Four", "UN mission in Mali"),
        ("Two peacekeepers were wounded, a statement from the UN mission in South Sudan"
         " (UNMISS) said.", "Two", "UN mission in South Sudan"),
        ("A spokesman for the UN mission in Mali said four soldiers were killed.", "four",
         "UN mission in Mali"),
        ("The EU mission in Somalia said 120 recruits finished training.", "120",
         "EU mission in Somalia"),
    ],
)  # fmt: skip
def test_a_mission_keeps_its_place(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # no place after the mission, or a place that is no country or region
        ("Four soldiers were killed, a statement from the UN mission said.", "Four", "UN mission"),
        ("An official in the capital said 30 people were arrested.", "30", "official"),
    ],
)  # fmt: skip
def test_mission_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Commissioner of Pibor County, Lokiri Anyang, said about 25 people were also"
         " injured.", "25", "Lokiri Anyang"),
        ("The Mayor of Kaduna North, Sani Garba, said 14 shops were burned.", "14", "Sani Garba"),
        ("The Commissioner of Rumbek East County, Makur Kulang, said 18 cattle keepers died.",
         "18", "Makur Kulang"),
        ("The Governor of Lakes State, John Deng, said about 40 people were wounded.", "40",
         "John Deng"),
    ],
)  # fmt: skip
def test_name_set_off_after_a_titles_place(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


def test_a_place_after_a_titles_place_is_no_name(nlp) -> None:
    text = "The governor of Kano, Northern Nigeria, said 14 shops were burned."
    assert source_on(nlp, text, "14") != "Northern Nigeria"


_NARRATION = "\n\nRebels have raided the district several times this year.\n\n"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("A police source told reporters that the gunmen arrived at night." + _NARRATION
         + "\"They burned twelve shops before they left,\" he said.", "They burned",
         "police source"),
        ("A witness said the fighters attacked the base at dawn." + _NARRATION
         + "\"We ran to the river,\" she said.", "We ran", "witness"),
        ("A local official said the fighters came at dawn." + _NARRATION
         + "\"The road is closed,\" he added.", "The road", "local official"),
        ("A military source confirmed the raid to reporters." + _NARRATION
         + "\"The attack was repelled on our side,\" the source's colleague said. \"Nobody died,\""
         " he said.", "Nobody died", "military source"),
    ],
)  # fmt: skip
def test_he_stands_for_the_latest_unnamed_speaker(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # nobody spoke before: nobody to stand for
        ("The fighters attacked the base at dawn." + _NARRATION
         + "\"We ran to the river,\" he said.", "We ran", None),
        # a named person before keeps the name
        ("Police chief Tom Berg said the gunmen came at night." + _NARRATION
         + "\"They burned twelve shops,\" he said.", "They burned", "Tom Berg"),
    ],
)  # fmt: skip
def test_unnamed_speaker_guards(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("At least 12 soldiers were killed on Monday, the army announced, with security sources"
         " telling AFP that another attack had left \"dozens dead\".", "dozens dead",
         "security sources"),
        ("The ministry confirmed the raid, with witnesses telling reporters that the gunmen were"
         " \"all over the town\".", "all over", "witnesses"),
        ("The governor gave no toll, with local sources telling the agency that the blast had"
         " caused \"massive damage\".", "massive damage", "local sources"),
        ("Officials said the road was shut, with residents saying that the town was \"under"
         " siege\".", "under siege", "residents"),
    ],
)  # fmt: skip
def test_plural_unnamed_sources_are_no_things(nlp, text, start, speaker) -> None:
    """Plural sources ("security sources", "witnesses") speaking in a clause under another
    reporter's are people, whose words the phrase quotes, not a thing that passes it up."""
    assert speaker_on(nlp, text, start) == speaker


def test_a_thing_still_passes_its_words_up(nlp) -> None:
    text = 'The ministry said the figures showed a "sharp rise" in attacks.'
    assert speaker_on(nlp, text, "sharp rise") == "ministry"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The health ministry spokesperson Omar Farouk said 130 medics were killed and 15"
         " clinics are now out of service.", "15", "Omar Farouk"),
        ("The governor said 40 homes were destroyed and 300 families have no shelter.", "300",
         "governor"),
        ("Police said 12 people died in the blast and 30 shops remain closed.", "30", "Police"),
        ("The UN agency said 2,000 people fled the town last week and 500 more are expected.",
         "500", "UN agency"),
    ],
)  # fmt: skip
def test_a_second_reported_clause_joined_by_and(nlp, text, number, source) -> None:
    """ "X said A and B": a clause the parse coordinated with the reporting verb, joined by a
    bare "and" right after the reported one, goes on with what X says."""
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a clause after a comma is the outlet's narration
        ("The army said 12 soldiers died, and 40 villages were without power.", "40"),
        # a clause with a reporting verb of its own speaks for itself
        ("The minister accused the rebels of killing 20 people, and the army vowed to send 300"
         " troops.", "300"),
    ],
)  # fmt: skip
def test_second_clause_guards(nlp, text, number) -> None:
    assert source_on(nlp, text, number) == OUTLET
