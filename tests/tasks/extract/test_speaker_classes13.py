"""Issue 10's dev6 classes of missed quotes and wrong speakers (quotes13), on invented sentences
only: speech set in straight single quotation marks, whose apostrophes never open or close one.
"""

from __future__ import annotations

import pytest

from tasks.extract.quote_marks import pair_marks
from tests.tasks.extract.test_quotes import speakers


def _inside(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_marks(text)]


def _only_speaker(nlp, text: str) -> str | None:
    [(_, found)] = speakers(nlp, text)
    return found


# A text that sets its speech in straight single marks (no speech in double marks) quotes in
# them: a sentence before or after its cue, a cue before or after its subject, a second sentence
# of the same speaker, a plural possessive inside the quotation.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'Our sailors are safe,' the admiral wrote on Telegram. 'They will be back in port by "
         "Friday.'", [("Our sailors are safe,", "admiral"),
                      ("They will be back in port by Friday.", "admiral")]),
        ("The health ministry confirmed the figures. 'The hospitals are full and supplies are "
         "running out,' the ministry said in a statement.",
         [("The hospitals are full and supplies are running out,", "ministry")]),
        ("'We will not retreat from the river,' said Colonel Anna Petrova, whose brigade's "
         "losses were heavy.", [("We will not retreat from the river,", "Anna Petrova")]),
        ("The mayor said the town's water had been cut. 'People are drinking from wells,' she "
         "told reporters.", [("People are drinking from wells,", "mayor")]),
        ("'The rebels' commanders have fled,' a police spokesman said.",
         [("The rebels' commanders have fled,", "police spokesman")]),
    ],
)  # fmt: skip
def test_speech_in_straight_single_marks_is_quoted(nlp, text, expected) -> None:
    assert speakers(nlp, text) == expected


# Where the text quotes speech in double marks, a paragraph of speech in single marks is still
# speech, and a term in double marks does not stop it.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("He said “we will win,” and left.\n\n'We are ready,' his deputy added.",
         ["we will win,", "We are ready,"]),
        ("The “green corridor” opened. 'Nobody has crossed yet,' an official said.",
         ["green corridor", "Nobody has crossed yet,"]),
    ],
)  # fmt: skip
def test_a_paragraph_of_speech_in_single_marks(text, quotes) -> None:
    assert _inside(text) == quotes


# Apostrophes never open or close a quotation: elisions, decades, possessives (plural ones too),
# and single marks nested in a double-marked quotation stay inside it.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Rock 'n' roll bands of the '90s played at the soldiers' memorial, 'tis said.", []),
        ("The veterans' families met the generals' wives in Kyiv's old town.", []),
        ("“He told me 'stay home' and left,” she said.", ["He told me 'stay home' and left,"]),
        ("Russia's army called them 'the invaders' and 'the thieves' at the briefing.",
         ["the invaders", "the thieves"]),
    ],
)  # fmt: skip
def test_apostrophes_never_open_or_close_a_quotation(text, quotes) -> None:
    assert _inside(text) == quotes


# A reporting verb right after the closing mark with its subject after it ("..., said X"): the
# subject after the verb speaks, not a noun of the quotation the parse also hung on the verb.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Exports have fallen “because of the blockade of the ports, the failure to repair the "
         "railway and high insurance costs,” said the ministry.", "ministry"),
        ('Prices have risen "owing to the drought, the refusal to open the border and the weak '
         'currency," said the central bank.', "central bank"),
        ("Flights were cancelled “after the closure of the airspace, the decision to ground the "
         "fleet and a strike by pilots,” said the airline.", "airline"),
        ('School attendance has dropped "due to the shelling, the inability to heat the '
         'classrooms and the lack of teachers," said UNICEF.', "UNICEF"),
    ],
)  # fmt: skip
def test_the_subject_after_an_inverted_cue_speaks(nlp, text, speaker) -> None:
    assert _only_speaker(nlp, text) == speaker


# An organisation's name runs on through its "for the ... of ..." words to its initials in
# brackets when the initials spell its capitalised words, though the model cut it in two.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The shelling damaged two reactors,” reported the Agency for the Safety of Nuclear "
         "Energy in Ukraine (ASNEU).", "Agency for the Safety of Nuclear Energy in Ukraine"),
        ('"Fishing boats have not left port for a month," stated the UN Agency for the '
         'Protection of Coastal Fisheries (APCF).',
         "UN Agency for the Protection of Coastal Fisheries"),
        ("The EU Office for the Monitoring of Border Crossings (OMBC) said in a statement: "
         "“Queues at the crossing have doubled.”",
         "EU Office for the Monitoring of Border Crossings"),
        ('"Prices of bread have tripled since the siege began," warned the World Office for the '
         'Study of Food Security (WOSFS).', "World Office for the Study of Food Security"),
    ],
)  # fmt: skip
def test_an_organisation_named_up_to_its_initials(nlp, text, speaker) -> None:
    assert _only_speaker(nlp, text) == speaker


# A report speaks for itself when the clause on it names who asked or paid for it, not who wrote
# it: "commissioned", "ordered", "requested" by a body (as "seen by" names who got hold of it).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But the report commissioned by the UN Security Council said the army's \"de facto "
         "control over rebel operations\" makes the country liable.", "report"),
        ("The study ordered by the European Commission found that the scheme was \"a waste of "
         "public money\".", "study"),
        ("A report requested by the parliament's defence committee concluded that the ministry "
         "had been \"negligent at every level\".", "report"),
        ("A review commissioned by the interior ministry said the police response had been "
         "\"chaotic and slow\".", "review"),
    ],
)  # fmt: skip
def test_who_commissioned_a_report_does_not_speak_for_it(nlp, text, speaker) -> None:
    assert _only_speaker(nlp, text) == speaker


# A relative clause the parser hung on a date ("..., seen on Monday, which noted ...") is about
# the noun the date's phrase belongs to: a date never speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some 3,000 soldiers fought alongside the rebels, said a UN expert report seen by AFP "
         "on Monday, which noted that the capital had \"de facto control\" of the group.",
         "United Nations"),
        ("Two villages were shelled, said a statement from the army on Monday, which called the "
         "attack \"a war crime\".", "army"),
        ("The convoy was stopped, said a report by the monitors on Wednesday, which described "
         "the checkpoint as \"a trap\".", "monitors"),
        ("Three towns fell, said a UN briefing note seen by AFP on Monday, which described the "
         "army as \"in disarray\".", "United Nations"),
        ("Fighting resumed near the border, said a confidential UN report seen by AFP on "
         "Monday, which accused both sides of \"deliberate attacks on civilians\".",
         "United Nations"),
    ],
)  # fmt: skip
def test_a_relative_clause_hung_on_a_date_is_about_the_report(nlp, text, speaker) -> None:
    assert _only_speaker(nlp, text) == speaker
