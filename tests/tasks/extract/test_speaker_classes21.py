"""Issue 10's quote and speaker classes of the spk21 round, on invented sentences only.

Classes: a rank abbreviated with a full stop before a name ("Maj.", "Col.", "Capt.",
"Lt.-Gen.") is one token and ends no sentence, so the name after it still speaks the quote
before; double primes set as quotation marks in old wire copy ("″...,″ said X") quote, but a
double prime after a digit is inches; a quote closed by a verb of grief ("mourned", "sobbed",
"wept") is its subject's; a described speaker whose clause gives their name "as" it ("the
resident who asked to be identified as Rabe", "a man known as X") is that name, while a role or
a common noun there ("identified as a sergeant") names nobody. A phrase quoted as the reporting
verb of its sentence ('X "vehemently denounced" the attack') is its subject's; a body ("the
Nigerian army said in a statement") never stands for a person named before it; "he" never
stands for a name the article sets before "fighters"/"militants"/"gunmen" (an armed group the
model tagged a person); a phrase quoted in a clause whose subject issues a statement, warning or
report quotes that issuer; an organisation named with a capitalised preposition ("Doctors
Without Borders") speaks under its whole name.
"""

from __future__ import annotations

import pytest

from tasks.extract.quote_marks import pair_marks
from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"The convoy was hit twice,\" army spokesman Maj. Omar Diallo told reporters.",
         "Omar Diallo"),
        ("\"We have retaken the bridge,\" said Col. Maria Lenz, who commands the brigade.",
         "Maria Lenz"),
        ("\"Two of our men are missing,\" Capt. Ben Ross said on Friday.", "Ben Ross"),
        ("The base came under fire at dawn. \"It lasted an hour,\" said Sgt. Ada Obi of the"
         " local police.", "Ada Obi"),
        ("\"No further attacks are expected,\" Lt.-Gen. Pavel Orlov said.", "Pavel Orlov"),
    ],
)  # fmt: skip
def test_a_rank_abbreviation_ends_no_sentence(nlp, text, speaker) -> None:
    found = speakers(nlp, text)[-1][1]
    assert found is not None and found.endswith(speaker)  # with its rank or without


def test_a_rank_abbreviation_is_one_token(nlp) -> None:
    doc = nlp("He met Maj. Ali Khan and Brig.-Gen. Tom Hale before Sgt. Lee arrived.")
    assert {"Maj.", "Brig.-Gen.", "Sgt."} <= {t.text for t in doc}
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Refugees waited.\n\n\u2033We have nothing,\u2033 said Ana Diaz. \u2033It is cold.\u2033",
         ["We have nothing,", "It is cold."]),
        ("\u2033This is no life,\u2033 a farmer said.", ["This is no life,"]),
        # inches, not quotation marks
        ("The pipe is 12\u2033 wide and 40\u2033 long.", []),
    ],
)  # fmt: skip
def test_double_primes_quote(text, quotes) -> None:
    assert [text[s.start : s.end] for s in pair_marks(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Crowds fled.\n\n\u2033The shelling never stops,\u2033 said Ana Diaz, a nurse."
         " \u2033We sleep in the cellar.\u2033", "Ana Diaz"),
        ("\u2033Nobody came,\u2033 Ivan Petrov told reporters in the square.", "Ivan Petrov"),
        ("Sara Lim, 40, lost her home.\n\n\u2033We have to start again,\u2033 she said.",
         "Sara Lim"),
        ("Omar Haddad, a driver, said: \u2033They shot at the car.\u2033", "Omar Haddad"),
    ],
)  # fmt: skip
def test_double_primes_quote_with_speakers(nlp, text, speaker) -> None:
    found = speakers(nlp, text)
    assert found and all(s == speaker for _, s in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"I wish I had left,\" mourned Rosa Ortiz, whose shop was burned.", "Rosa Ortiz"),
        ("\"My sons are gone,\" sobbed Miriam Haddad as she stood by the ruins.",
         "Miriam Haddad"),
        ("\"We buried them ourselves,\" wept a farmer, Omar Said.", "Omar Said"),
        ("\"There is nothing left for us,\" Lena Voss mourned.", "Lena Voss"),
    ],
)  # fmt: skip
def test_a_verb_of_grief_closing_a_quote_reports_it(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_mourning_the_dead_reports_nothing(nlp) -> None:
    text = 'The village mourned the dead on Friday. "Nobody came to help," said Ali Musa.'
    assert speakers(nlp, text) == [("Nobody came to help,", "Ali Musa")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThey took 40 people,\u201d said a villager who asked to be identified as Tanko.",
         "Tanko"),
        ("\u201cWe ran into the bush,\u201d said a farmer who would only be identified as Musa"
         " Bello.", "Musa Bello"),
        ("A teacher, identified only as Fatima, said: \u201cThe school is empty now.\u201d",
         "Fatima"),
        ("\u201cThe shooting lasted hours,\u201d a trader who identified himself as Ahmed told"
         " reporters.", "Ahmed"),
        ("\u201cWe lost everything,\u201d said a man known as Baba Sule.", "Baba Sule"),
    ],
)  # fmt: skip
def test_a_described_speaker_named_as(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe army arrived late,\u201d said a soldier who was identified as a sergeant.",
         "soldier"),
        ("\u201cHelp us,\u201d said the official who described the raid as Boko Haram's work.",
         "official"),
        ("\u201cWe were warned,\u201d said a resident who had lived in Kano for years.",
         "resident"),
    ],
)  # fmt: skip
def test_a_clause_naming_no_person_keeps_the_description(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pakistan's caretaker prime minister Anwar Kamal \"vehemently denounced\" the attack.",
         "Anwar Kamal"),
        ("The foreign ministry \"strongly condemned\" the shelling of the port on Tuesday.",
         "foreign ministry"),
        ("Officials \"warmly welcomed\" the ceasefire deal.", "Officials"),
        ("On Monday, Senator Ruth Ames \u201cflatly denied\u201d the allegations against her.",
         "Ruth Ames"),
    ],
)  # fmt: skip
def test_a_phrase_quoted_as_the_reporting_verb_is_its_subjects(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # not a verb of speech: nobody is quoted as saying it
        'The rebel commander "firmly rejected" any talks with the government.',
        'Residents "were terrified" by the blasts.',
    ],
)
def test_a_quoted_verb_of_no_speech_gets_no_speaker(nlp, text) -> None:
    assert all(s is None for _, s in speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Air force spokesman John Okoro said the base held. \u201cTwo soldiers died,\u201d"
         " said the Nigerian army in a statement.", "Nigerian army"),
        ("Brigadier Ali Khan confirmed the raid. \u201cOur troops repelled the assault,\u201d"
         " said the military.", "military"),
        ("Navy commander Ana Ruiz briefed reporters on Monday. \u201cThe ship is safe,\u201d"
         " the army said on its website.", "army"),
        ("Police chief Tom Reed spoke first. \u201cFour men were held,\u201d the police said"
         " in a statement.", "police"),
    ],
)  # fmt: skip
def test_a_body_never_stands_for_its_spokesman_named_before(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1].lower().endswith(speaker.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine fighters seized the town on Friday. \u201cWe have no food,\u201d he said.",
        "Boko Haram gunmen raided the market.\n\n\u201cThey took everything,\u201d he told"
        " reporters.",
        "Kata Nusra militants shelled the road. Kata Nusra attacked again on Monday.\n\n\u201cIt"
        " was a massacre,\u201d he said.",
        "Boko Haram terrorists on Sunday attacked troops in the town.\n\n\u201cThe attack was"
        " repelled,\u201d he said.",
    ],
)
def test_he_never_stands_for_an_armed_groups_name(nlp, text) -> None:
    assert speakers(nlp, text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the group's name named as the speaker still speaks
        ("Haftar fighters advanced on the city. \u201cWe will take it,\u201d said Haftar.",
         "Haftar"),
        # a person named before the pronoun, with a group in between
        ("A security source said the base held. Boko Haram fighters stormed the camp at dawn."
         " \u201cWe lost no men,\u201d he said.", "security source"),
        ("Rebel commander Ali Musa said his fighters held the ridge. \u201cWe will not"
         " retreat,\u201d he said.", "Ali Musa"),
        # supporters are no armed group's members
        ("Kofi Annan supporters gathered. Kofi Annan spoke later. \u201cWe want peace,\u201d he"
         " said.", "Kofi Annan"),
    ],
)  # fmt: skip
def test_a_name_before_no_member_noun_keeps_its_person(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Pike, a student, said: \u201cI cannot go home.\u201d\n\nThe US embassy issued a"
         " travel warning this month for a dozen towns due to \u201ccivil unrest and armed"
         " conflict\u201d.", "US embassy"),
        ("The UN released a statement on Friday about the \u201cunacceptable loss of civilian"
         " life\u201d in the city.", "United Nations"),
        ("Mr Cole spoke first. The charity published a report on the camps, citing \u201csevere"
         " shortages of water\u201d.", "charity"),
        ("The foreign office issued an advisory against travel to the north over \u201ca high"
         " threat of kidnapping\u201d.", "foreign office"),
    ],
)  # fmt: skip
def test_a_phrase_quoted_beside_an_issued_document_is_its_issuers(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a curfew says nothing
        ("The army issued a curfew for the district because of \u201congoing operations\u201d.",
         None),
        # the quoted words have a speaker of their own
        ("Police released a sketch of the man who shouted \u201cdeath to traitors\u201d before"
         " the attack.", "man"),
        ("The agency published new rules on Monday, which critics called \u201ca"
         " disgrace\u201d.", "critics"),
    ],
)  # fmt: skip
def test_an_issued_thing_that_says_nothing_is_no_speaker(nlp, text, speaker) -> None:
    found = speakers(nlp, text)
    assert (found[-1][1] if found else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Doctors Without Borders reported on Twitter about \u201crenewed clashes on the front"
         " lines\u201d.", "Doctors Without Borders"),
        ("Engineers Without Borders said on Monday that the bridge was \u201cunsafe\u201d.",
         "Engineers Without Borders"),
        ("\u201cWe cannot reach the wounded,\u201d Doctors Without Borders said.",
         "Doctors Without Borders"),
        ("Lawyers Without Frontiers told the court the arrests were \u201cillegal\u201d.",
         "Lawyers Without Frontiers"),
    ],
)  # fmt: skip
def test_a_name_with_a_capitalised_preposition_speaks_whole(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a preposition in lower case: people somewhere
        ("Doctors in Gaza said the wards were \u201cfull to bursting\u201d.", "Doctors"),
        # a person after it: no organisation's name
        ("Medics With Ana Lee said: \u201cWe have no power.\u201d", "Medics"),
    ],
)  # fmt: skip
def test_a_lower_case_preposition_makes_no_name(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker
