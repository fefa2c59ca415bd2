"""Issue 10's speaker classes from the fifth review (unseen BBC business, politics and tech
articles, plus the domain review's leftovers), on invented sentences: a description stands for
the person or body named before; a thing in someone's reported clause is not the speaker; a
description before a name is no part of it; "he"/"she" takes the reporting subject just before;
"quoted X as saying" is X's; a phrase nobody in its sentence says goes on from the speech before
it; "by saying" is the subject's."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the very title the article gave one person, however much came in between
        ("The Danish premier, Lars Holm, held talks with his Swedish counterpart Eva Lind in "
         "Oslo. Lind spoke first.\n\nThe Danish premier later referred to his counterpart as "
         "“my dear old friend Eva”.", "Lars Holm"),
        ("The Chilean finance minister, Rosa Campos, met bankers. Talks with Pablo Ruiz went "
         "well.\n\nThe Chilean finance minister later called the deal “a fair compromise”.",
         "Rosa Campos"),
    ],
)  # fmt: skip
def test_a_title_stands_for_the_one_person_given_it(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shipping was “slowing down” in the strait, said the Baltic Maritime Institute, a Riga "
         "think tank, overnight.\n\nThe research group, which tracks the ports, said that "
         "traffic “may not resume before spring”.", "Baltic Maritime Institute"),
        ("Vestra Holdings said sales rose in March. The company said the outlook was "
         "“stable, if unexciting”.", "Vestra Holdings"),
    ],
)  # fmt: skip
def test_a_kind_of_body_stands_for_the_body_just_before(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_an_institution_is_never_the_body_just_before(nlp) -> None:
    text = (
        "Norsk Energi said it had been told by Baltgas that supplies would fall. The government "
        "said the cut was “a political act”."
    )
    assert _speakers(nlp, text)[-1][1] == "government"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a thing's verb inside someone's reported clause: the reporter speaks
        ("Anna Berg, who argues the treaty reflected a “modern vision for trade”, has said the "
         "vote could be held in May.", "Anna Berg"),
        ("The Nordic Institute said on Friday that radar data suggested “a deliberate attack” "
         "on the cable.", "Nordic Institute"),
        ("Mr Orr said the figures showed a “clear and worrying trend”.", "Orr"),
        # a participle hung on a thing: the person the clause above it is about
        ("Michael Dane is to make a pitch for the rural vote urging people who feel “taken for "
         "granted” by the government to vote Liberal.", "Michael Dane"),
    ],
)  # fmt: skip
def test_a_thing_in_a_reported_clause_is_not_the_speaker(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description before the name ends at its last common noun
        ("In the Commons, Tory frontbencher Adam Tully MP demanded a statement.\n\nRaising a "
         "point of order, he said it was “the latest in a line of discourtesies”.", "Adam Tully"),
        ("In the Commons, Labour backbencher Rhys Morgan MP asked about the “clear leak” of the "
         "plan.\n\nRaising a point of order, he said it was “a grave matter”.", "Rhys Morgan"),
    ],
)  # fmt: skip
def test_a_description_before_a_name_is_no_part_of_it(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name in apposition to a role that is the subject before
        ("Mr Dunn spoke first. Ms Lind's deputy, Oliver Barrow, said the council had adopted a "
         "cautious approach to the issue, and responded to the concerns raised. “Limiting the "
         "number of towers is a cautious move,” he said.", "Oliver Barrow"),
        # the main clause's reporting subject, not the one inside what it reports
        ("It was no good Mr Dunn claiming the pledges were left to the manifesto as he had given "
         "one to MPs on Tuesday, argued Mr Hale. Pointing to the deficit, he added: “Everyone "
         "knows cuts are coming.”", "Hale"),
        # a role the parse hung inside an organisation's name
        ("Sir Alan Reed said he would not resign. An Office for Budget Affairs spokesman said Sir "
         "Alan and Lord Platt agreed about the figures. “Their dispute is a narrow one,” he "
         "said.", "Office for Budget Affairs spokesman"),
        ("Judge Mary Kent said the rules were clear. A Department for Family Affairs spokeswoman "
         "said Judge Kent and Lord Platt agreed on the facts. “The dispute is narrow,” she "
         "said.", "Department for Family Affairs spokeswoman"),
    ],
)  # fmt: skip
def test_a_pronoun_takes_the_reporting_subject_just_before(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Games are “big business”, the paper quoted Mr Lee as saying.", "Lee"),
        ("The state agency Norpress reported Mr Vik as saying: “We will act together with our "
         "allies.”", "Vik"),
    ],
)  # fmt: skip
def test_quoted_as_saying_is_the_quoted_persons(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ms Holt said demand had fallen sharply this winter. Households used “five, six, seven "
         "per cent less gas” than a year before.", "Ms Holt"),
        ("Mr Lee spoke at a conference in Ohio. Games are “big business”, the paper quoted Mr "
         "Lee as saying. We “would like to get into it”.", "Lee"),
    ],
)  # fmt: skip
def test_a_phrase_nobody_says_goes_on_from_the_speech_before(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The UN aid chief, Mara Lund, hit back by saying the new fees “cover only half the "
         "cost of the work”.", "Mara Lund"),
        ("Pablo Ruiz answered his critics by saying the reforms were “long overdue”.",
         "Pablo Ruiz"),
    ],
)  # fmt: skip
def test_by_saying_is_the_subjects(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_for_not_saying_names_no_speaker(nlp) -> None:
    """What someone was criticised for not saying is their critics' phrase."""
    text = (
        "The plan was criticised by Nordic allies of Riga for not acknowledging “the breach of "
        "Latvian waters”."
    )
    assert _speakers(nlp, text)[-1][1] == "Nordic allies of Riga"
