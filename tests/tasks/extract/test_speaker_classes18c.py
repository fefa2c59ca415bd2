"""Issue 10's dev12 classes of wrong speakers and sources (speakers18c), on invented sentences
only: a body's name and a role title before a person's name give the person, though the parse
makes the body the subject's head; a message sent or written by someone speaks for its sender;
a quoted sentence after "told the <name> programme:" is speech, not the programme's name."""

from __future__ import annotations

import pytest

from tests.tasks.extract.outlet_claims import source_on as _source
from tests.tasks.extract.test_quotes import speakers


def _speaker(nlp, text: str) -> str | None:
    found = speakers(nlp, text)
    assert len(found) == 1, found
    return found[0][1]


# "<Body's name> <role> <Name> said": the title ("chairman", "director general", "chief
# executive", "editor") belongs to the person, who is the speaker, even where the parse hangs the
# name on the body's "for"/"of" and makes the body the head of the subject.
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Commission for Fair Housing chairwoman Joan Pettit said rents were up 12% and "
         "evictions up about 7%.", "about 7%", "Joan Pettit"),
        ("The Federation of Small Traders chairman Alan Tate said 60% of its members faced "
         "higher bills.", "60%", "Alan Tate"),
        ("Bureau of Investigative Reporting editor Tom Grey said 14 people had been named.",
         "14", "Tom Grey"),
        ("Office for Coastal Statistics director Karen Doyle said the population grew by 0.6% "
         "last year.", "0.6%", "Karen Doyle"),
        ("Confederation of Northern Industry director general Dylan Marsh said exports had "
         "risen by 4%.", "4%", "Dylan Marsh"),
        # the same after the figure: "according to ...", a closing reporting clause
        ("Rents rose 12% last year, according to Commission for Fair Housing chairwoman Joan "
         "Pettit.", "12%", "Joan Pettit"),
        ("Rents rose 12% last year, Commission for Fair Housing chairwoman Joan Pettit said.",
         "12%", "Joan Pettit"),
    ],
)  # fmt: skip
def test_a_body_and_a_title_before_a_name_give_the_person(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Council for Inland Waterways chief executive Ruth Oake said: \"The canals are in "
         "their worst state for decades.\"", "Ruth Oake"),
        ("Confederation of Northern Industry director general Dylan Marsh said: "
         "\"Manufacturers are having a hard time.\"", "Dylan Marsh"),
        ("\"Rents are rising far too fast,\" Commission for Fair Housing chairwoman Joan Pettit "
         "told the BBC.", "Joan Pettit"),
    ],
)  # fmt: skip
def test_a_body_and_a_title_before_a_name_speak_as_the_person(nlp, text, speaker) -> None:
    assert _speaker(nlp, text) == speaker


# Guards: a title right after "of"/"to" names whom a group is about, not a post in a body; a
# group of people before it ("Relatives of", "Aides to") is the source; a body with a role and
# no name stays the role at the body.
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Friends of President Lula said 200 people had joined the march.", "200",
         "Friends of President Lula"),
        ("Supporters of Governor Ann Lee said 500 people rallied in the square.", "500",
         "Supporters of Governor Ann Lee"),
        ("Relatives of Hamas leader Ismail Haniyeh said 12 people were killed.", "12",
         "Relatives of Hamas leader Ismail Haniyeh"),
        ("Aides to Labour leader Tony Blair said 40 seats were at risk.", "40", "Aides"),
        ("Department of Health spokesman said 30 cases had been confirmed.", "30",
         "Department of Health spokesman"),
    ],
)  # fmt: skip
def test_a_body_and_a_title_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# A message (a text message, a fax, a telegram, an editorial) sent, posted or written by
# someone says what it says for them, as a letter or an email does: the sender is the source.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A text message sent by the kidnappers to the family demanded: \"Pay the money or you "
         "will not see him again.\"", "kidnappers"),
        ("The message, written by the club's owner, Ann Garvey, to every season ticket holder, "
         "said: \"We have let you down.\"", "Ann Garvey"),
        ("A message sent to the Lisbon newspaper Publico by the rebels' spokesman, Rui Vaz, "
         "said: \"We will release the hostages tomorrow.\"", "Rui Vaz"),
    ],
)  # fmt: skip
def test_a_message_sent_by_someone_speaks_for_them(nlp, text, speaker) -> None:
    assert _speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A message posted online on Sunday by the Northern Front said 12 soldiers had been "
         "captured.", "12", "Northern Front"),
        ("A fax sent to the ministry by the consulate in Lagos said 40 citizens were still "
         "missing.", "40", "consulate"),
    ],
)  # fmt: skip
def test_a_figure_in_a_message_is_its_senders(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# Guards: a message nobody is said to send keeps its own words; one only received by someone
# is not theirs; "the message from the voters was clear" does not take the reporter's quote.
def test_a_message_guards(nlp) -> None:
    assert _speaker(nlp, 'A message sent to Mr Lee said: "You will be next."') == "message"
    text = 'A message received by the council on Friday said: "The road must be stopped."'
    assert _speaker(nlp, text) == "message"
    text = 'The message from the voters was clear, Ms Hart said: "They want change."'
    assert _speaker(nlp, text) == "Hart"


# A work noun ("programme", "documentary", "book") right before a quoted sentence is where it
# was said when it is the addressee of "told" or sits in "on/in/to ..." after a reporting verb:
# the quotation is speech, not the work's name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Howe accepted the apology. But he told Radio Kent's Morning programme: \"It might "
         "be wise to tell us himself how sorry he is.\"", "Howe"),
        ("The minister, Ola Berg, later told Channel 9's Dispatches documentary: \"We did "
         "everything we could for those families.\"", "Ola Berg"),
        ("Ann Lee told the Sunday Politics programme: \"We will not raise taxes this year.\"",
         "Ann Lee"),
        ("Mr Kay said on TV One's Breakfast programme: \"The figures speak for themselves.\"",
         "Kay"),
        ("Jane Fox wrote in her new book: \"I was never told the truth about the war.\"",
         "Jane Fox"),
    ],
)  # fmt: skip
def test_a_quote_told_to_a_programme_is_speech(nlp, text, speaker) -> None:
    assert _speaker(nlp, text) == speaker


# Guards: a headline, a campaign or a single named after its noun is still a name, and so is a
# programme's name in quotation marks inside the narration.
@pytest.mark.parametrize(
    "text",
    [
        'The paper ran the story under the headline: "Gotcha." Readers complained.',
        'The party unveiled its new campaign: "Britain Deserves Better."',
        'Fans loved the band\'s latest single: "Hold On Tight."',
        'Mr Lee told the programme "Panorama" had treated him unfairly.',
    ],
)
def test_a_work_named_after_its_noun_is_no_quote(nlp, text) -> None:
    assert speakers(nlp, text) == []
