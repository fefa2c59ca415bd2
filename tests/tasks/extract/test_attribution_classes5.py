"""Sources of figures on unseen news, fifth round (issue 10): invented sentences, one per case.

Every sentence here is made up; the classes come from a review of the extractor's output on 40
BBC business, politics and tech articles nobody labelled or tuned on."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the owner of a speech or forecast noun completed by a "that" clause gives the figure
        ("The Treasury's announcement that 2,500 posts would go angered the unions.", "2,500",
         "Treasury"),
        ("The walkout follows the chancellor's announcement in May that 40,000 jobs would be "
         "cut.", "40,000", "chancellor"),
        ("Unions seized on the regulator's warning that 3,000 branches could close.", "3,000",
         "regulator"),
        # ... also when the parser hangs the clause on the verb before the noun
        ("The senator pointed to the Budget Office's predictions that the scheme will need "
         "another $7bn to survive.", "$7bn", "Budget Office"),
        # "its"/"their" on the report noun stands for the body that spoke just before
        ("The Bakers Association said the drought had hit its members hard. According to its "
         "survey, 40% of them have lost orders.", "40%", "Bakers Association"),
        ("The Harbour Trust said trade was slowing. According to their figures, 1,200 ships "
         "docked in May.", "1,200", "Harbour Trust"),
    ],
)  # fmt: skip
def test_possessive_source_nouns(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a possessive pronoun with no body that spoke before it names no source
        ("Prices kept rising. According to its survey, 40% of shoppers cut back.", "40%"),
        # an announcement with no owner is no one's word: the outlet's
        ("The announcement that 900 jobs would go came on Monday.", "900"),
    ],
)  # fmt: skip
def test_ownerless_report_nouns_are_the_outlets(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a report closing the sentence names its author, also where "show" is read as a noun
        ("Exports rose 4% in March, figures from the statistics office show.", "4%",
         "statistics office"),
        ("Unemployment fell to 4.8%, data from the central bank shows.", "4.8%", "central bank"),
        ("Retail sales fell 1.2% in May, data from the trade body showed.", "1.2%", "trade body"),
        ("Output fell 2% last month, a survey by the Acme Institute found.", "2%",
         "Acme Institute"),
        # ... or its owner
        ("House prices rose 2% in May, Labor Department figures show.", "2%",
         "Labor Department"),
    ],
)  # fmt: skip
def test_closing_reports(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_closing_noun_that_is_no_report_names_no_source(nlp) -> None:
    text = "The band sold 20,000 tickets, a record for the show."
    assert claim_on(nlp, text, "20,000")[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "This year, ..." opens a sentence with a date, not with a word pointing back: its
        # "according to" is no source for the figure before it
        ("Only 9% of old phones are reused. This year, 3 billion devices will ship, according "
         "to an Acme report.", "9%"),
        # a passive "is expected to" conjoined to a thing's verb is nobody's word
        ("The chair, which folds flat, goes on sale in April and is expected to cost $399.",
         "$399"),
        ("The bank raised rates in May and is expected to lift them to 5% by June.", "5%"),
        ("The firm cut jobs and is estimated to have lost $40m.", "$40m"),
    ],
)  # fmt: skip
def test_the_outlets_figures_keep_no_source(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


def test_this_still_points_back(nlp) -> None:
    text = "Only 9% of old phones are reused. This is according to an Acme report."
    assert claim_on(nlp, text, "9%")[ClaimCol.ATTRIBUTED_TO] == "Acme"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # an inverted reporting verb closing the sentence with no comma before it
        ("The average person owns 600 photos estimates the Acme Imaging Association.", "600",
         "Acme Imaging Association"),
        ("The average person has a library of 600 photos estimates the Acme Imaging "
         "Association, the body behind the fair.", "600", "Acme Imaging Association"),
        # ... or parsed with its speaker as a subject after it
        ("Sales will reach 200,000, predicts research group Norland Data.", "200,000",
         "Norland Data"),
        # a description before a name is no part of it
        ("Market analysts Panlogic predicts that users will exceed 137 million by 2008.",
         "137 million", "Panlogic"),
        ("The news agency Interfax reported 14 deaths.", "14", "Interfax"),
    ],
)  # fmt: skip
def test_inverted_verbs_and_described_names(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a lowercase body after its description keeps it: not "ministry"
        ("The Russian defence ministry said that 80 soldiers had surrendered.", "80",
         "Russian defence ministry"),
        # a verb conjoined with "and" has its own subject, the one before it
        ("The firm has 300 staff and estimates the market at $2bn.", "$2bn", "firm"),
    ],
)  # fmt: skip
def test_names_and_subjects_that_stay(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # who makes or issues a prediction, a warning or an estimate gives its figure ...
        ("Last year Ann Perkins, the firm's European head, made a prediction that 20 million "
         "homes would have the service by 2009.", "20 million", "Ann Perkins"),
        ("The ministry issued a warning that 3,000 homes could flood.", "3,000", "ministry"),
        # ... and "from" names the author, not a deadline after "by"
        ("A previous prediction from analysts Norland put the figure at 4.6 million by 2008.",
         "4.6 million", "Norland"),
    ],
)  # fmt: skip
def test_who_puts_out_a_report(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_dated_possessive_owns_no_report(nlp) -> None:
    # no owner, so the survey is no name by itself either (spk19): the outlet's word
    text = "By contrast, last year's survey found that 15% of firms had no firewall."
    assert claim_on(nlp, text, "15%")[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # "by X" set off by commas after the report noun names its author
        ("The report, by the Acme Institute, found 300 firms closed.", "300", "Acme Institute"),
        # a report noun ending the words before a colon gives the figures after it
        ("The Acme Institute gave its figures: 300 firms closed and 40 opened.", "300",
         "Acme Institute"),
        ("The Acme Institute published its survey: 40% of firms cut staff.", "40%",
         "Acme Institute"),
        # the items of a list take the source of the line that introduces them with a colon
        ("The Acme Institute said there were three reasons:\n\nFirst, 300 firms closed in "
         "May.\n\nSecond, 40 banks failed.", "40", "Acme Institute"),
    ],
)  # fmt: skip
def test_reports_by_and_colons(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_role_before_a_name_is_no_organisation(nlp) -> None:
    text = "Kramatorsk lost 15 homes, according to its mayor Oleksandr Goncharenko."
    assert claim_on(nlp, text, "15")[ClaimCol.ATTRIBUTION_KIND] != AttributionKind.ORGANIZATION


def test_a_list_with_no_source_in_its_intro_stays_the_outlets(nlp) -> None:
    text = "Key points:\n\n300 firms closed in May.\n\n40 banks failed."
    assert claim_on(nlp, text, "40")[ClaimCol.ATTRIBUTED_TO] == OUTLET
