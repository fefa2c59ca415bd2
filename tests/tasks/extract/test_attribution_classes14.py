"""Sources of figures on unseen conflict news, issue 10 (dev7 round): invented sentences only.

Classes: a source phrase that begins with a possessor ("Mali's army") after a list of
places ending in a comma, and a record noun ("information", "records", "data", "timeline")
whose source is the body an "of" or a participle's agent names, or the reports it was given in.
"""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol, QuoteCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Some 30 villagers were abducted in the area linking Kenya, Uganda, and South Sudan,"
         " Uganda's police said on Tuesday.", "30", "Uganda's police"),
        ("Forty houses burned in a district shared by Peru, Bolivia, and Chile, Peru’s fire"
         " service said.", "Forty", "Peru’s fire service"),
        ("Eight civilians died in a raid in the region bordering Sudan, Chad, and Libya, Chad’s"
         " government said Monday.", "Eight", "Chad’s government"),
        ("Two pilots were lost over the sea between Greece, Turkey, and Cyprus, Greece’s navy"
         " reported.", "Two", "Greece’s navy"),
    ],
)  # fmt: skip
def test_a_possessor_opens_the_source_after_a_list_of_places(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a participle's agent gathered the information
        ("Russia has lost up to 300 tanks since June, according to information collected by a"
         " monitoring group.", "300", "monitoring group"),
        ("The drone attacks destroyed 14 tanks, according to information compiled by the Oryx"
         " group.", "14", "Oryx group"),
        ("According to information published by a monitoring network, 3,000 fighters crossed"
         " the border.", "3,000", "monitoring network"),
        # the body an "of" names owns the records
        ("At least 250 people were arrested, according to the records of Amnesty"
         " International.", "250", "Amnesty International"),
        ("According to the records of the Peace Monitor, more than 6,000 soldiers have deserted"
         " since March.", "6,000", "Peace Monitor"),
        ("More than 900 homes were destroyed, the figures of the Red Cross showed.", "900",
         "Red Cross"),
        # data given in a report: the report's source
        ("Earlier, data provided in some media reports showed the number of deaths among police"
         " rose by 75 percent.", "75 percent", "some media reports"),
        ("Data released in a UN report showed that the camp holds 40,000 people.", "40,000",
         "United Nations"),
        # a timeline is a record its owner keeps
        ("Since March, rebels have struck convoys 30 times, according to the Conflict Monitor's"
         " timeline of the fighting.", "30", "Conflict Monitor"),
        ("Up to 500 children were taken, according to the Rights Watch timeline of the war.",
         "500", "Rights Watch"),
    ],
)  # fmt: skip
def test_a_record_noun_is_on_the_word_of_who_keeps_it(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_count_of_people_after_of_names_no_owner(nlp) -> None:
    """ "a tally of Palestinians": what the tally counts, not whose it is."""
    claim = claim_on(
        nlp, "The health ministry's tally of Palestinians killed reached 300, it said.", "300"
    )
    assert claim[ClaimCol.ATTRIBUTED_TO] != "Palestinians"


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Experts say the figure, which exceeds the size of the navy by about 15,000 sailors, is"
         " an exaggeration.", "15,000", "Experts"),
        ("Analysts said the estimate, which tops the official count by some 2,000 deaths, was too"
         " high.", "2,000", "Analysts"),
        ("Critics say the estimate, which outstrips the census by nearly 30,000 people, cannot be"
         " right.", "30,000", "Critics"),
        ("Diplomats noted that the report, which undercounts the dead by at least 400 civilians,"
         " was rushed.", "400", "Diplomats"),
    ],
)  # fmt: skip
def test_the_by_of_an_active_verb_on_a_report_is_a_margin_not_its_author(
    nlp, text, number, source
) -> None:
    """ "the figure, which exceeds X by 15,000 troops": the margin, never who gave the figure."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The U.N. Security Council imposed an arms embargo on Libya in 2011.\n\n“Their"
         " deployment has acted as a force multiplier,” the sanctions monitors wrote.",
         "sanctions monitors"),
        ("The European Union imposed an embargo on the country in 2011.\n\n“The fighters act"
         " as a force multiplier,” the election monitors wrote.", "election monitors"),
        ("The African Union imposed sanctions on the junta last year.\n\n“Arms keep arriving"
         " by truck,” the monitors said.", "monitors"),
        ("Amnesty International opened an office in the city in May.\n\nThe rights groups"
         " said: “Nobody has been held to account.”", "rights groups"),
        ("Shell bought the field in 2019.\n\n“Output has fallen sharply,” said the oil"
         " companies.", "oil companies"),
    ],
)  # fmt: skip
def test_a_plural_description_speaks_for_itself_not_the_body_before(nlp, text, speaker) -> None:
    """ "the monitors", "the oil companies": several, never the one organisation named before."""
    article = CleanArticle("mem://a", "0" * 64, text, outlet=OUTLET)
    quotes = extract_batch(nlp, [("a", article)]).quotes
    assert [q[QuoteCol.SPEAKER] for q in quotes] == [speaker]
