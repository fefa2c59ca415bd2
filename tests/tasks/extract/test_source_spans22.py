"""Issue 10's source-span classes of the dev22 round (dl22), on invented sentences only.

Classes (from the errors on the conflict split dev22, none of its sentences copied):
- A wire story's dateline ("CITY, Month D (AGENCY) - ...", "City, Month D (AGENCY) - ...",
  "CITY (AGENCY) - ...") is read from the page, whatever the parse made of it: its place and its
  agency never speak (not as the subject the parse gives the closing "..., the minister said",
  nor as the noun the parse hangs the minister on), and its place is no person a later "he"
  stands for; a sentence with no cue is the outlet's, as the gold conventions say.
- A "he"/"she" in an article that names no person before it, after a body spoke, is that body
  ("The Security Council reported ... He noted ..."), not the outlet.
- A body or post named with its "of" phrase ("the General Staff of the Army", "the Governor of
  Lagos State") is named whole, also through a later "He added": not the entity inside it.
- An adjective subject that shares the head noun of the next conjunct ("a humanitarian and a
  diplomatic source said") speaks with it: the whole coordination, never the bare adjective.
- "indicate" reports speech when its subject can speak ("the army indicated that 40 ..."),
  not when it is evidence or a sign ("the signs indicate that ...").
- The person named after a title's bracketed initials and a comma ("the Police Public Relations
  Officer (PPRO), SP Ann Musa") is the source, not the title's last words; a title served by
  an "of" body is no person ("the Director of Defence Information").
"""

from __future__ import annotations

import pytest

from tasks.extract.context import ArticleContext
from tasks.extract.datelines import dateline_words
from tasks.extract.people import group_names, person_entities
from tests.tasks.extract.outlet_claims import OUTLET, claims_in, source_on
from tests.tasks.extract.test_quotes import speaker_on


def _last_source(nlp, text: str, number: str) -> str | None:
    """The source of the last claim on ``number`` (the body's, after a headline's)."""
    found = [c for c in claims_in(nlp, text) if number in c["quantity_text"]]
    assert found, [c["quantity_text"] for c in claims_in(nlp, text)]
    return found[-1]["attributed_to"]


# the words of a dateline, whatever its shape, up to its dash or colon
@pytest.mark.parametrize(
    ("text", "place", "first_after"),
    [
        ("POKHARA, May 3 (Reuters) - Rebels attacked a post.", "POKHARA", "Rebels"),
        ("Tbilisi, October 2 (QNA) - The council met.", "Tbilisi", "The"),
        ("UNITED NATIONS, (Sputnik) – Fighting has grown.", "UNITED", "Fighting"),
        ("ISTANBUL (AA) – Security forces struck.", "ISTANBUL", "Security"),
        ("JOLO , Philippines, Aug. 30 (UPI) — Troops clashed.", "JOLO", "Troops"),
        ("MAKHACHKALA, Dagestan -- Two soldiers died.", "MAKHACHKALA", "Two"),
        ("Jenin, West Bank - Troops raided a camp.", "Jenin", "Troops"),
    ],
)  # fmt: skip
def test_dateline_words_run_to_the_dash(nlp, text, place, first_after) -> None:
    doc = nlp(f"A headline\n\n{text}")
    words = dateline_words(doc)
    start = next(t for t in doc if t.text == place)
    after = next(t for t in doc if t.text == first_after and t.i > start.i)
    dash = after.i - 1
    assert all(words.get(i) == dash for i in range(start.i, dash))
    assert after.i not in words


# guards: a speaker's label, a heading, a sentence with a dash are no datelines
@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, Defence Secretary: We sent 300 troops.",
        "Nigeria: Gunmen kill 20 in a raid.",
        "Police said 40 people died - the worst toll this year.",
        "The Security Council (UNSC) met on Monday.",
    ],
)
def test_no_dateline(nlp, text) -> None:
    assert dateline_words(nlp(f"A headline\n\n{text}")) == {}


# a place in title case the model tags a person is no person when it opens a dateline
@pytest.mark.parametrize("city", ["Yerevan", "Kismayo", "Marawi", "Makeni"])
def test_dateline_place_is_no_person(nlp, city) -> None:
    doc = nlp(f"Fighting resumes\n\n{city}, May 4 (QNA) - The Security Council said 60 died.")
    ents = list(doc.ents)
    assert city not in [e.text for e in person_entities(doc, ents, group_names(ents))]
    assert not any(t.text == city for t in doc if t.i in ArticleContext.build(doc).person_tokens)


# the sentence's closing cue, not the dateline the parse made a subject or hung it on
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Militants kill 40\n\nLAGOS, March 14 (Reuters) - Nigeria's jihadists killed at least 40"
         " villagers, mostly farmers, in fresh raids on villages in the north of the populous"
         " nation, the country's information minister said on Sunday.", "40",
         "country's information minister"),
        ("Rebels kill 18\n\nKINSHASA, Feb 2 (Reuters) - Congo's rebels killed at least 18 miners,"
         " mostly teenagers, in fresh raids on mines in the east of the vast nation, the"
         " country's mines minister said on Friday.", "18", "country's mines minister"),
        ("Jihadists kill 33\n\nNIAMEY, Sept 5 (AFP) - Niger's jihadists killed at least 33"
         " soldiers, mostly conscripts, in fresh attacks on outposts in the west of the desert"
         " nation, the country's defence minister said on Thursday.", "33",
         "country's defence minister"),
        ("Attack on convoy\n\nYerevan, September 9 (QNA) - Gunmen killed 14 soldiers in an ambush"
         " near the border, the defence ministry said on Monday.", "14", "defence ministry"),
        ("Blast in capital\n\nMOGADISHU, Oct 4 (Reuters) - A car bomb killed at least 18 people"
         " near the parliament, police captain Ali Farah told Reuters.", "18", "Ali Farah"),
    ],
)  # fmt: skip
def test_closing_cue_beats_dateline(nlp, text, number, source) -> None:
    assert _last_source(nlp, text, number) == source


# guard: no cue in the sentence, so the outlet states it (never the dateline's place or agency)
@pytest.mark.parametrize(
    "text",
    [
        "Army base attacked\n\nBAMAKO, May 3 (AFP) - Jihadists killed 12 soldiers in an attack"
        " on a base in central Mali.",
        "Market hit\n\nGao, June 1 (AP) - A rocket killed 12 traders in the market on Sunday.",
    ],
)
def test_dateline_sentence_without_cue_is_the_outlets(nlp, text) -> None:
    assert _last_source(nlp, text, "12") == OUTLET


# a "he" after a body spoke, in an article that names no person: the body
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Border clashes\n\nYerevan, May 4 (QNA) - The Security Council said that 60 soldiers were"
         " killed.\n\nHe noted that 20 soldiers were captured.", "20", "Security Council"),
        ("Siege continues\n\nMarawi, June 9 (PNA) - The military said 31 militants were killed in"
         " the fighting.\n\nHe said 8 soldiers were wounded.", "8", "military"),
        ("Riots in the north\n\nMakeni, Jan 15 (AP) - The police said 9 people were killed in the"
         " riots.\n\nHe added that 40 people were arrested.", "40", "police"),
        ("Border fighting\n\nThe Defence Ministry reported that 45 servicemen were killed.\n\nHe"
         " added that 12 soldiers were missing.", "12", "Defence Ministry"),
        ("Fighting in the east\n\nThe Sovereign Council announced that 60 fighters had"
         " surrendered.\n\nShe added that 300 families had fled.", "300", "Sovereign Council"),
    ],
)  # fmt: skip
def test_pronoun_after_a_body_is_the_body(nlp, text, number, source) -> None:
    assert _last_source(nlp, text, number) == source


# guards: a person named before takes the pronoun; a report is no body that speaks
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The ministry said 40 people died. Minister Ann Lee visited the site on Monday.\n\nShe"
         " added that 12 were children.", "12", "Ann Lee"),
        ("The report said 40 people died.\n\nHe added that 12 were children.", "12", OUTLET),
    ],
)  # fmt: skip
def test_pronoun_after_a_body_guards(nlp, text, number, source) -> None:
    assert _last_source(nlp, text, number) == source


# a body or post named with its "of" phrase, whole, also through a later "he"
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The General Staff of the Ukrainian Army said on Monday that 300 tanks were destroyed."
         "\n\nHe added that 40 jets were shot down.", "40", "General Staff of the Ukrainian Army"),
        ("The Governor of Lagos State said 12 people died.\n\nHe added that 40 houses were burnt.",
         "40", "Governor of Lagos State"),
        ("The Mayor of London said 12 people died.\n\nShe added that 40 houses were burnt.", "40",
         "Mayor of London"),
        ("The Ministry of Health of Kyrgyzstan reported that 134 people were injured.\n\nIt added"
         " that 13 people were killed.", "13", "Ministry of Health of Kyrgyzstan"),
        ("The Office of the Prosecutor General said 300 cases were opened.", "300",
         "Office of the Prosecutor General"),
    ],
)  # fmt: skip
def test_of_named_body_is_named_whole(nlp, text, number, source) -> None:
    assert _last_source(nlp, text, number) == source


# guard: the name set off after such a title is its holder's, through "she" too
def test_of_named_title_with_holder_named(nlp) -> None:
    text = "The Governor of Lagos State, Ann Obi, said 12 died.\n\nShe added that 40 were hurt."
    assert _last_source(nlp, text, "40") == "Ann Obi"


# an adjective that shares the next conjunct's head noun speaks with it
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Five aid workers were killed near the camp last week, a humanitarian and a diplomatic"
         " source said.", "Five", "humanitarian and a diplomatic source"),
        ("A Western and an Arab diplomat told reporters that 200 fighters had crossed.", "200",
         "Western and an Arab diplomat"),
        ("Three medics died in the strike, a humanitarian and a UN source said.", "Three",
         "humanitarian and a UN source"),
        ("Eight rebels were captured, a military and a diplomatic source said on Sunday.", "Eight",
         "military and a diplomatic source"),
    ],
)  # fmt: skip
def test_adjective_conjunct_speaks_with_its_noun(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


def test_adjective_conjunct_speaks_a_quote(nlp) -> None:
    text = "“We counted 30 bodies,” a humanitarian and a diplomatic source said."
    assert speaker_on(nlp, text, "We counted") == "humanitarian and a diplomatic source"


# guards: an adjective used as a noun alone, an adjective inside one noun phrase
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The wounded said 30 people had been trapped inside.", "30", "wounded"),
        ("Local and foreign media reported that 40 people died.", "40",
         "Local and foreign media"),
        ("At least 14 civilians were killed, a local and a foreign official said.", "14",
         "local and a foreign official"),
    ],
)  # fmt: skip
def test_adjective_conjunct_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


# the holder named after a title's bracketed initials
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("This was in a statement signed by the command Police Public Relations Officer (PPRO),"
         " SP Yusuf Abubakar and given to reporters on Friday.\n\nAccording to the statement,"
         " four persons were killed in the village.", "four", "Yusuf Abubakar"),
        ("The Director of Media Operations (DMO), Major General Paul Obi, said 40 fighters"
         " surrendered.", "40", "Paul Obi"),
        ("The Commissioner of Police (CP), Mr Ade Bello, told reporters that 23 suspects were"
         " arrested.", "23", "Ade Bello"),
        ("The Chief of Army Staff (COAS), Lieutenant General Musa Bako, said 300 soldiers had"
         " been deployed.", "300", "Musa Bako"),
        ("In a statement signed by the Army Public Relations Officer (APRO), Major John Okoro,"
         " the army said 15 bandits were killed.", "15", "John Okoro"),
    ],
)  # fmt: skip
def test_holder_after_initials(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


# guards: initials with no name after them; a body's initials and its branch; a name inside
# an entity the title governs by "of"
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Police Public Relations Officer (PPRO) said 12 suspects were arrested.", "12",
         "Police Public Relations Officer"),
        ("The Nigeria Police Force (NPF), Lagos command, said 12 suspects were arrested.", "12",
         "Nigeria Police Force"),
        ("Ukrainian Minister of Energy Petro Lenko reported that 600 substations were hit.", "600",
         "Petro Lenko"),
    ],
)  # fmt: skip
def test_holder_after_initials_guards(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


# "indicate" reports speech when someone who can speak performs it
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The General Staff of the Ukrainian Army has indicated in a message on Telegram that"
         " about 61,300 Russian troops have been killed.", "61,300",
         "General Staff of the Ukrainian Army"),
        ("The army indicated that 40 rebels were captured.", "40", "army"),
        ("Police spokesman Ali Musa indicated that 12 suspects were held.", "12", "Ali Musa"),
        ("The health ministry indicated on Monday that 230 people had been treated.", "230",
         "health ministry"),
    ],
)  # fmt: skip
def test_someone_indicates(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


# guards: evidence or a symptom indicates nothing on anyone's word
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The signs indicate that 300 people may have fled.", "300"),
        ("High fever indicates that 30% of patients are infected.", "30%"),
    ],
)
def test_something_indicates(nlp, text, number) -> None:
    assert source_on(nlp, text, number) == OUTLET
