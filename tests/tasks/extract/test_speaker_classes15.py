"""Issue 10's dev9 classes of wrong speakers (speakers15), on invented sentences only: a
participle of speech takes the subject of the verb it modifies; the owner of a speech noun
speaks, unless a reporting verb encloses it; a speaker parted from its verb by an aside."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers


def _last_speaker(nlp, text: str) -> str | None:
    return speakers(nlp, text)[-1][1]


# A participle of speech hung on a clause ("..., saying", "... insisting") is said by the subject
# of the verb it modifies: not that verb's object (which the parse may make it an xcomp or a
# modifier of), and not a reporter above the clause when that clause's subject is a person.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Dale also left the council saying the mayor would “run it better” than anyone.",
         "Dale"),
        ("Mr Webb left Labour arguing that the party had “lost its way”.", "Mr Webb"),
        ("The union rejected the offer calling it “an insult to nurses”.", "union"),
        ("The coach dropped the striker insisting the team needed “more energy up front”.",
         "coach"),
        ("A spokesman said the mayor addressed the crowd directly, saying: “We will rebuild "
         "every house.”", "mayor"),
        ("Aides said the governor phoned the families, telling them: “Nobody will be "
         "forgotten.”", "governor"),
        ("The ministry said the ambassador met the envoy, insisting that the talks were “a "
         "waste of time”.", "ambassador"),
        ("Officials said Ms Jensen left the meeting early, warning: “This deal will not "
         "survive the winter.”", "Jensen"),
    ],
)  # fmt: skip
def test_a_participle_of_speech_is_its_clauses_subjects(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# Guards: the object of a verb of perceiving or quoting performs the participle; "adding" goes
# on with the reporter's words; a clause about a thing or a group leaves the reporter speaking.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reporters heard the general saying the war was “nearly over”.", "general"),
        ("The paper quoted the senator saying the vote was “a disgrace”.", "senator"),
        ("The minister said the troops had withdrawn, adding that the border was “now quiet”.",
         "minister"),
        ("The company said the economy grew by 3%, adding that demand was “very strong”.",
         "company"),
        ("The minister left the party, saying the leader would “do better” in opposition.",
         "minister"),
    ],
)  # fmt: skip
def test_a_participle_of_speech_guards(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# The owner of a speech noun over a quoted phrase speaks it ("The governor's remark that ...":
# the governor, not "governor's remark"), however the parse hangs the phrase.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The governor's remark that the plan was “a disaster” has angered the unions, it has "
         "been claimed.", "governor"),
        ("The mayor's comment that the budget was “a fairy tale” caused uproar in the council.",
         "mayor"),
        ("Mr Grant's warning that prices would rise “for years” has alarmed investors.",
         "Grant"),
        ("The senator's claim that the vote was “rigged from the start” was rejected by the "
         "courts.", "senator"),
        ("Ms Dunn spoke on Friday. Her statement that the army would stay “as long as needed” "
         "drew protests.", "Dunn"),
    ],
)  # fmt: skip
def test_the_owner_of_a_speech_noun_speaks(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# ... but a reporting verb enclosing the clause speaks for it, even when the parse hangs that
# clause on another reporting verb it is only conjoined with ("insisted X was speaking about
# adults and his remarks were “...”": the insisting party's words). Guards: a main clause's
# own conjoined reporting verb, and a reporting clause closing the sentence, keep theirs.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry insisted his comments were “a joke”.", "ministry"),
        ("But the party has insisted Mr Lowe was speaking about adults and his remarks were “a "
         "simple observation”.", "party"),
        ("The club said the manager was talking about training and his words were “taken out "
         "of context”.", "club"),
        ("A spokeswoman said Ms Ray was joking and her comment was “never meant to offend”.",
         "spokeswoman"),
        ("The governor's remark was “a disaster”, Mr Hill said.", "Hill"),
        ("Ann Lee said the talks had failed and Mr Dorn warned they were “doomed to fail”.",
         "Dorn"),
    ],
)  # fmt: skip
def test_an_enclosing_reporting_verb_speaks(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker


# A speaker parted from its reporting verb by an aside set off by commas is its subject, even
# when the parse takes the lone name for an adverb or a clause. Guard: a sentence adverb
# opening the sentence is no speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Western leaders refused to pose for a photo. Baerbock, for instance, said before the "
         "meeting: “I am here to show that we will not leave.”", "Baerbock"),
        ("Rivals stayed away. Okonjo, in turn, told the summit: “We will not be silenced.”",
         "Okonjo"),
        ("Many were sceptical. Brandt, on the other hand, wrote on Monday: “The deal is good "
         "for everyone.”", "Brandt"),
        ("Ministers met in Rome. Tusk, meanwhile, said: “The meeting was a failure.”", "Tusk"),
        ("The unions were angry. Smith, however, told reporters: “We have to accept the "
         "offer.”", "Smith"),
        ("Ministers met in Rome. Separately, in a statement, officials said: “The meeting was "
         "a failure.”", "officials"),
    ],
)  # fmt: skip
def test_a_speaker_parted_from_its_verb_by_an_aside(nlp, text, speaker) -> None:
    assert _last_speaker(nlp, text) == speaker
