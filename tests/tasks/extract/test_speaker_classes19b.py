"""Speakers in conflict reports, issue 10 (dev15 round): invented sentences only.

Class: a lone word the model tags an organisation, which the article writes elsewhere right
after a first name ("a group led by Paul Dak ... Dak said ..."), is that person's surname: a
"he" after "Dak said ..." stands for Dak, not for a person named in the paragraph before
(whatever the model made of the full name). A lone organisation-tagged word never written after
a first name stays no person.
"""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speaker_on


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Fighting between the army and a pro-government group led by Paul Dak erupted in Bor on"
         " Tuesday. A UN spokesman, Erik Dahl, said civilians had fled to the base.\n\nDak said"
         ' the clashes were between his guards and the police. "This is not about tribes," he'
         ' said by phone. "I answer to the president."', "This is not", "Dak"),
        ("Fighting between the army and a pro-government group led by Paul Dak erupted in Bor on"
         " Tuesday. A UN spokesman, Erik Dahl, said civilians had fled to the base.\n\nDak said"
         ' the clashes were between his guards and the police. "This is not about tribes," he'
         ' said by phone. "I answer to the president."', "I answer", "Dak"),
        ("A militia led by Johnson Dak clashed with soldiers near the market. Police spokesman"
         " Tom Reyes said the roads were closed.\n\nDak said his forces would withdraw from the"
         ' town. "We want peace," he told reporters.', "We want", "Dak"),
        ("Soldiers fought a pro-government group led by Paul Dak in Renk. The governor's aide,"
         ' Mary Lual, said three people died.\n\nDak blamed the governor. "He sent his men to'
         ' disarm us," he said.', "He sent", "Paul Dak"),
    ],
)  # fmt: skip
def test_a_surname_tagged_an_organisation_is_the_named_person(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the lone word is never written after a first name: the spokesman before speaks
        ("Oxfam trucks reached the camp. A UN spokesman, Erik Dahl, said supplies were low.\n\n"
         'Oxfam said the roads were blocked. "We could not get through," he said.',
         "We could not", "Erik Dahl"),
    ],
)  # fmt: skip
def test_an_organisation_never_first_named_stays_one(nlp, text, start, speaker) -> None:
    assert speaker_on(nlp, text, start) == speaker
