"""Sources of figures on unseen news, eighth round (issue 10): invented sentences, one per case.

Every sentence here is made up; the classes come from a review of the extractor's output on 44
articles about the 2014 conflict in Ukraine (news, transcripts, monitoring reports) nobody
labelled or tuned on."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on

_TRANSCRIPT = (
    "Host: Our reporter spoke to the minister.\n\n"
    "John Smith: Thank you. We sent 400 soldiers this year.\n\n"
    "Our budget grew by 20 million dollars.\n\n"
    "Host: Viewers sent us 300 letters about it.\n\n"
    "Jane Doe: Is that enough?\n\n"
    "JOHN SMITH : It is. We will add 50 more."
)


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a line opening with a speaker's name and a colon is that speaker's word
        ("Anna Berg: Our unit now has about 300 soldiers.", "300", "Anna Berg"),
        # a headline of that shape too, with the full name the body gives
        ("Kovac: 40 homes destroyed in storm\n\nThe storm hit the town on Monday, Mayor Ivan"
         " Kovac said.", "40", "Ivan Kovac"),
        # in a transcript, the lines after a label are its speaker's, up to the next label
        (_TRANSCRIPT, "400", "John Smith"),
        (_TRANSCRIPT, "20 million", "John Smith"),
        (_TRANSCRIPT, "50", "John Smith"),  # a label in capitals
        # a name the model does not know: a known first name, or a label of two turns (and
        # its initial's form, "Z.Mirenko")
        ("Tatyana Kolova: Good evening.\n\nJohn Smith: We sent 400 soldiers.\n\nTatyana"
         " Kolova: Our town took in 3,000 refugees.", "3,000", "Tatyana Kolova"),
        ("Zoltar Mirenko: Hello.\n\nHost: Welcome.\n\nZoltar Mirenko: We built 40 bridges."
         "\n\nHost: Thanks.\n\nZ.Mirenko: And 60 more are planned.", "60", "Zoltar Mirenko"),
    ],
)  # fmt: skip
def test_speaker_labels_give_their_lines(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.PERSON


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (_TRANSCRIPT, "300"),  # "Host:" names nobody and ends John Smith's turn
        ("Ukraine crisis: 17 soldiers killed near the border", "17"),  # a topic, no speaker
        ("Denied access: On Monday guards stopped 12 monitors at the border.", "12"),
        # one label outside a transcript gives only its own line
        ("The report follows.\n\nIvan Kovac: We built 40 homes.\n\nThe town has 9,000"
         " residents.", "9,000"),
    ],
)  # fmt: skip
def test_lines_no_speaker_labels_stay_the_outlets(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a no-break space after "the" is no part of the name
        ("Separately, the\u00a0city's rights council said on Tuesday that a group of 12 people"
         " had been killed.", "12", "city's rights council"),
        ("The\u00a0 14-page report says that trade would grow by $9 billion.", "$9 billion",
         "14-page report"),
        # nor is a closing quotation mark whose opening one the phrase left out
        ("“Free Valley” fighters told reporters that 30 tanks moved into the town.", "30",
         "Free Valley fighters"),
    ],
)  # fmt: skip
def test_source_names_are_clean(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # a news agency and an outlet's journalist are media
        ("Thirty ships docked, according to the Tass news agency.", "Thirty", "media"),
        ("A BBC correspondent said 200 people gathered.", "200", "media"),
        ("A Reuters reporter at the scene said 40 cars burned.", "40", "media"),
        # a journalist of no named outlet stays an unnamed source
        ("A local reporter said 40 cars burned.", "40", "official_anonymous"),
    ],
)  # fmt: skip
def test_news_agencies_and_their_journalists_are_media(nlp, text, number, kind) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTION_KIND] == kind


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # "X quoted Y as saying N" and "Y was quoted (by X) as saying N": Y's figure
        ("The agency quoted local doctors as saying 14 people were injured.", "14",
         "local doctors"),
        ("The commander was quoted by a news site as saying 80 fighters surrendered.", "80",
         "commander"),
        ("The commander was quoted as saying 80 fighters surrendered.", "80", "commander"),
        # giving or releasing a toll, a tally or an estimate states it
        ("The ministry later gave a lower toll of 19.", "19", "ministry"),
        ("The health agency released a tally of 340 cases on Friday.", "340", "health agency"),
    ],
)  # fmt: skip
def test_quoted_as_saying_and_given_tolls(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The minister gave a speech to 300 cadets.", "300"),  # no toll: not a statement
        ("The charity released 40 doves over the square.", "40"),
    ],
)  # fmt: skip
def test_giving_other_things_states_nothing(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a verb closing the sentence with an object of its own does not report what came before
        ("After riots left 20 dead, the mayor called for calm.", "20"),
        ("After a clash with police left up to five demonstrators dead, the international"
         " community called for calm.", "five"),
        # what a verb answers is not its word
        ("During the broadcast, the governor responded to 45 questions from viewers.", "45"),
        # a place set before the speaker is scene-setting, no part of what was told
        ("At the roadblock some 2km from the bridge, a protester told the monitors that drivers"
         " did not object.", "2km"),
        ("At the meeting of 300 delegates, the minister said the plan would pass.", "300"),
        # "according to their capabilities" is a measure, not a source
        ("Other members should add 300 troops according to their capabilities.", "300"),
    ],
)  # fmt: skip
def test_cues_that_do_not_report_the_figure(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a closing cue with only an addressee or a time after it still reports the sentence
        ("Twenty people died in the riots, the mayor said on Monday.", "Twenty", "mayor"),
        ("Twenty people died in the riots, the mayor told reporters.", "Twenty", "mayor"),
        ("The rebels control 40 villages, the minister said, calling for calm.", "40",
         "minister"),
        ("After the strike, the ministry said 30 people were injured.", "30", "ministry"),
        ("The army will send 300 troops, according to his spokesman.", "300", "his spokesman"),
    ],
)  # fmt: skip
def test_cues_that_report_the_figure(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source
