"""Issue 10's dev17 classes of sources and speakers (attr19d), on invented sentences only.

Classes: a wire story's dateline closed by a plain hyphen ("CITY, COUNTRY - The ministry said
..."), its country in capitals, is a place and never the source, neither of the sentence nor of
an "it said" after it; nor is the dateline part of the source's name. An unnamed holder of a
post (spokesperson, official, commander, aide...) followed by "of/in/within/at/with" and the
body their post is in keeps that phrase, their only name ("a spokesman of the rebel alliance"),
but not a place ("an official in the capital") nor a bare noun ("in charge"); "for" says whom a
spokesperson speaks for, which adds nothing when that is no name. A quotation written
as a headline, with no finite verb ("“Three gunmen killed in the hills,” the police said"),
lends the parser its noun as a second subject of the reporting verb: the subject after the
closing quotation mark speaks. Two titles of one person before their name ("the interior
minister and government spokesman Paul Ekani"), which the parse conjoins to the first title,
are that person's; a name with no title of its own after "and" is a second person.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import source_on as _source
from tests.tasks.extract.test_quotes import speaker_on


# a dateline closed by a hyphen is a place, not the source
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Mali reports losses\n\nBAMAKO, MALI - The Mali armed forces said on Thursday that nine"
         " soldiers died when their convoy hit a mine.", "nine", "Mali armed forces"),
        ("Kenya says militants killed\n\nNAIROBI, KENYA - The Kenya defence forces said on Monday"
         " that 31 militants were killed in air strikes.", "31", "Kenya defence forces"),
        ("Sudan clashes\n\nKHARTOUM, SUDAN - The Sudanese health ministry said on Saturday that 65"
         " civilians had been killed in shelling.", "65", "Sudanese health ministry"),
        ("Attack on village\n\nLAGOS, NIGERIA - Nigerian police said on Friday that 12 villagers"
         " were abducted by gunmen.", "12", "Nigerian police"),
        ("Patrol ambushed\n\nMOGADISHU, SOMALIA - Somali officials said seven soldiers died in the"
         " ambush.", "seven", "Somali officials"),
    ],
)  # fmt: skip
def test_hyphen_dateline_is_no_source(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: a hyphen inside a name or a word is no dateline
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Al-Shabaab said 9 of its fighters had been killed in the air strike.", "9", "Al-Shabaab"),
        ("Pro-government militias said 30 rebels were captured near the lake.", "30",
         "Pro-government militias"),
    ],
)  # fmt: skip
def test_hyphen_in_a_name_is_no_dateline(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# an unnamed holder of a post keeps the body they serve
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A spokesman of the rebel alliance said 45 fighters died in the raid.", "45",
         "spokesman of the rebel alliance"),
        ("A commander in a pro-government militia told reporters that at least six drones were"
         " shot down.", "six", "commander in a pro-government militia"),
        ("An official of the ruling party said 300 supporters had been detained.", "300",
         "official of the ruling party"),
        ("An officer with the border guard told reporters that 2,000 families had fled.", "2,000",
         "officer with the border guard"),
        ("A senior official of the ruling party said 300 supporters had been detained.", "300",
         "senior official of the ruling party"),
    ],
)  # fmt: skip
def test_post_holder_keeps_their_body(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: a place, a bare noun, a name given, a named organisation
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("An official in the capital said 40 people were hurt.", "40", "official"),
        # "for" says whom a spokesperson speaks for, no post: an unnamed body adds nothing
        ("A spokeswoman for the aid agency said 2,000 families had fled.", "2,000", "spokeswoman"),
        ("An official in charge of the camps said 5,000 people live there.", "5,000", "official"),
        ("A spokesman for the army, Colonel Ivo Marek, said 12 soldiers were killed.", "12",
         "Ivo Marek"),
        ("A spokesman for Kestria Airways said 14 flights were cancelled.", "14",
         "Kestria Airways"),
    ],
)  # fmt: skip
def test_post_holder_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a headline-style quotation: the subject after the closing mark speaks
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("“Three gunmen neutralised in an operation in the hills,” the district police tweeted.",
         "Three gunmen", "district police"),
        ("“Five civilians injured in a drone strike on the market,” the city administration"
         " posted.", "Five civilians", "city administration"),
        ("“Seven militants killed in the raid,” the regional governor told reporters.",
         "Seven militants", "regional governor"),
        ("“Nine attackers neutralised during the night operation,” the border guard service"
         " announced.", "Nine attackers", "border guard service"),
        ("“Two fighters killed near the border crossing,” the regional army command said.",
         "Two fighters", "regional army command"),
    ],
)  # fmt: skip
def test_headline_quote_speaker_after_it(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker
    number = start.split()[0]
    assert _source(nlp, text, number) == speaker


# guards: a quote with a verb of its own, and a quoted figure a speaker before it gives
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("“The shelling went on all night,” the mayor said.", "The shelling", "mayor"),
        ("“We counted 25 bodies,” the village head said.", "We counted", "village head"),
    ],
)  # fmt: skip
def test_quote_with_its_own_verb(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


# two titles of one person before their name: the name, not the first title
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The clashes left 40 people dead, the interior minister and government spokesman Paul"
         " Ekani said.", "40", "Paul Ekani"),
        ("According to health minister and deputy premier Ruth Alon, 600 patients were"
         " evacuated.", "600", "Ruth Alon"),
        ("Rebels captured 30 soldiers, said a statement from army spokesman and deputy commander"
         " Ivan Horvat.", "30", "Ivan Horvat"),
        ("The party leader and former prime minister Karl Brand said 20 seats were lost.", "20",
         "Karl Brand"),
    ],
)  # fmt: skip
def test_two_titles_one_name(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guard: a name with no title of its own is a second person, not the first title's holder
def test_untitled_conjunct_is_no_title_holder(nlp) -> None:
    text = "The minister and Paul Ekani said 40 people were hurt."
    assert _source(nlp, text, "40") == "minister"
