"""Guards from the review of the attr22 and typ22 rounds: sentences of ordinary news on which
their rules over-fired, or a case their docstrings claim that the code missed. Every sentence is
invented.

- A partitive's whole is harmed only by what its own relative clause says of it: not by a
  clause or phrase inside that clause about others ("who work at the hospital where the victims
  died", "who volunteered after the massacre"), not when the clause is denied ("who were not
  hurt"), and not by "lose" with no object (beaten in a contest: "the candidates who lost").
- Common nouns coordinated as one speaker: a list of three joins with its "and" on the middle
  noun; a broadcasting noun is the media ("state television"), which relays the people; a
  conjunct that speaks for a named body ("a spokesman for Hamas") is not cut to its bare noun.
- A "he"/"she" that no named person before it takes goes to the latest unnamed *speaker*, not
  to the subject of narration paragraphs back (a police officer killed in the first paragraph).
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import source_on, type_on
from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a clause inside the whole's clause is about others
        ("Three of the 12 doctors who work at the hospital where the victims died have "
         "resigned.", "12"),
        ("Four of the 20 nurses who volunteered after the massacre were honoured on Monday.",
         "20"),
        # a denied harm
        ("Five of the 40 passengers who were not injured flew home on Tuesday.", "40"),
        # "lose" with no object: a contest, in politics or sport
        ("Two of the 12 candidates who lost in the first round have filed appeals.", "12"),
        ("Three of the 11 players who lost in the final were dropped.", "11"),
    ],
)  # fmt: skip
def test_a_whole_its_clause_does_not_harm_is_no_casualty(nlp, text, number) -> None:
    assert type_on(nlp, text, number) != ClaimType.CASUALTY_COUNT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the class still holds: the whole's own predicate harms it
        ("Two of the four soldiers who were killed in the ambush were buried on Monday.", "four"),
        ("Two of the 16 fishermen who were lost at sea were found alive.", "16"),
        ("Officials said three of the nine guards who were among the dead were foreigners.",
         "nine"),
        ("Two of the five soldiers who were missing have been found dead.", "five"),
    ],
)  # fmt: skip
def test_a_whole_its_own_predicate_harms_stays_a_casualty(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == ClaimType.CASUALTY_COUNT


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # three nouns: the "and" hangs on the middle one
        ("Police, medics and witnesses said 20 people died.", "20",
         "Police, medics and witnesses"),
        ("Doctors, nurses and rescuers told reporters that 45 people were hurt.", "45",
         "Doctors, nurses and rescuers"),
        # the media relay the people: "state television", "local radio"
        ("Residents and state television said 40 people were hurt.", "40", "Residents"),
        ("Witnesses and local radio reported that 16 people were killed.", "16", "Witnesses"),
    ],
)  # fmt: skip
def test_coordinated_unnamed_speakers(nlp, text, number, source) -> None:
    assert source_on(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police and a spokesman for Hamas said 12 people were killed.", "12"),
        ("Medics and an official of the Red Crescent said 30 people were hurt.", "30"),
        ("Police, medics or witnesses said 20 people died.", "20"),
    ],
)  # fmt: skip
def test_coordination_that_is_no_unnamed_pair(nlp, text, number) -> None:
    """A conjunct speaking for a named body would lose the body ("Police and a spokesman"); an
    "or" joins alternatives, not one voice."""
    source = source_on(nlp, text, number)
    assert source is not None
    assert " and a " not in source
    assert " or " not in source


_NARRATION = (
    "\n\nTroops later sealed off the area and searched nearby houses."
    "\n\nThe region has seen heavy fighting since March."
)


@pytest.mark.parametrize(
    "opening",
    [
        "A police officer was killed when a bomb exploded near the market on Monday.",
        "A senior commander died in the air strike on Tuesday.",
        "An official was kidnapped by gunmen on the road to the north.",
        "A soldier was wounded when his convoy hit a mine near the border.",
    ],
)
def test_the_subject_of_narration_is_no_speaker(nlp, opening) -> None:
    text = opening + _NARRATION + "\n\n“It was a terrible day,” he said."
    assert speakers(nlp, text)[-1][1] is None


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("A security source told reporters that the convoy was hit near the border.",
         "security source"),
        ("A local official said on Monday that the convoy was hit near the border.",
         "local official"),
    ],
)  # fmt: skip
def test_the_latest_unnamed_speaker_still_speaks(nlp, opening, speaker) -> None:
    text = opening + _NARRATION + "\n\n“It was a terrible day,” he said."
    assert speakers(nlp, text)[-1][1] == speaker
