"""Sources of figures on unseen news, issue 10 (dev14 round, attr19): invented sentences only.

Classes:
- A sentence that adds to a report with "And"/"Also", right after a sentence of its paragraph
  whose main verb reports a clause, with no source of its own and its verb in the reported
  clause's tense (the backshift of indirect speech), goes on with that report: its figures are
  the reporter's. Not "But", not across a paragraph break, not after narration, not in another
  tense, not an event it dates itself (``continued.added_to_report``).
- A subject that sets one figure against another ("compared X with Y", "contrasted",
  "likened") gives both on its word; a bare "compared with" with no subject of its own is the
  outlet's comparison (``cue_words.COMPARE_VERBS``).
- A past-tense reporting verb the parser read as an adjective on the noun after it ("A
  spokeswoman for X, Europe's biggest insurer, estimated storm claims would ...") is its
  subject's reporting verb, right after that subject's phrase; "the estimated claims", "Acme's
  estimated claims", "an estimated 300" stay adjectives (``adjective_cues``).
- A spokesperson for a named organisation gives a figure on that organisation's word; one for
  a person, or for a body no name names, stays the spokesperson (``referents.body_spoken_for``).
- An organisation's name with "and" inside that the model tagged as two names is one, when its
  parts share a head ("World Travel and Tourism Council"), when bracketed initials spell the
  whole, or when the part after "and" ends in a plural noun inside the first's "of" words
  ("Federation of the Red Cross and Red Crescent Societies"); two names around "and" stay two
  (``org_names._joined_by_and``).
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


def source_of(nlp, text: str, number: str) -> str:
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The union said 300 nurses had quit in the spring. And hospitals had lost another 120"
         " to early retirement.", "120", "union"),
        ("Ms Lee told the committee that 40% of schools were short of teachers. And the"
         " worst-hit region had 2,000 classrooms without heating.", "2,000", "Lee"),
        # present tense after a present-tense report
        ("The charity says 1.2 million children live in poverty. And families in the north spend"
         " 40% of their income on rent.", "40%", "charity"),
        ("The airline said bookings had fallen sharply. Also, the cuts had grounded 40 planes.",
         "40", "airline"),
        # a report's finding goes on too
        ("A survey by the Acme Institute found that 35% of firms were cutting jobs. And small"
         " firms were freezing pay for 12% of staff.", "12%", "Acme Institute"),
    ],
)  # fmt: skip
def test_and_adds_to_the_report_before(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # another tense: the outlet's present fact after a past report
        ("The mayor said the budget had been cut. And the city employs 4,000 staff.", "4,000"),
        # "But": the outlet's contrast as often as the speaker's
        ("The mayor said 300 homes had been flooded. But the council had rehoused 40 families.",
         "40"),
        # a new paragraph
        ("The union said 300 nurses had quit.\n\nAnd hospitals had lost 120 more.", "120"),
        # narration before, no report
        ("Prices rose sharply in May. And the chain had closed 300 shops.", "300"),
        # an event the sentence dates itself
        ("The minister said 300 schools had closed. And on Monday, the council shut 40 more.",
         "40"),
    ],
)  # fmt: skip
def test_and_after_no_report_stays_the_outlets(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Mr Lowe compared that new cost with the £500m needed for the first bridge - when 80%"
         " of the bill had been met by the regions.", "80%", "Lowe"),
        ("The minister compared the new budget with the £2bn spent on the last Olympics.", "£2bn",
         "minister"),
        ("Ms Lee contrasted the 40% rise in rents with a 3% rise in wages.", "3%", "Lee"),
        ("Analysts compared this year's 12% growth with last year's 4%.", "4%", "Analysts"),
    ],
)  # fmt: skip
def test_a_speaker_compares_figures(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Sales rose 5% in March, compared with 3% a year earlier.", "3%"),
        ("Unemployment stood at 25%, compared to 10% before the crisis.", "10%"),
        ("Compared with the 300 jobs lost last year, the cuts are small.", "300"),
    ],
)  # fmt: skip
def test_compared_with_no_subject_is_the_outlets(nlp, text, number) -> None:
    assert source_of(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A spokesman for Acme Insurance, Britain's third-largest insurer, estimated"
         " storm-related claims would reach £40m.", "£40m", "Acme Insurance"),
        ("A spokeswoman for the ministry estimated flood damage would cost about 300 million"
         " euros.", "300 million", "spokeswoman"),
        ("The firm's chief economist, Ann Lee, estimated annual losses would reach $40m.", "$40m",
         "Ann Lee"),
        ("A spokesman for Acme Airways, the country's largest carrier, estimated fuel costs would"
         " rise by 15%.", "15%", "Acme Airways"),
    ],
)  # fmt: skip
def test_reporting_verb_read_as_an_adjective(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source
    assert claim[ClaimCol.HEDGED]  # "estimated" governs the figure


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The estimated damage claims would be about €20m.", "€20m", OUTLET),
        ("Acme's estimated claims would reach £40m, the company said.", "£40m", "company"),
        ("An estimated 300 people were killed in the blast.", "300", OUTLET),
    ],
)  # fmt: skip
def test_estimated_as_an_adjective(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Tourism provides jobs for 19 million people in the region, according to the World"
         " Travel and Tourism Council (WTTC).", "19 million", "World Travel and Tourism Council"),
        ("The International Federation of the Red Cross and Red Crescent Societies told the"
         " Reuters news agency that it was seeking $6.5m for emergency aid.", "$6.5m",
         "International Federation of the Red Cross and Red Crescent Societies"),
        ("Car output fell by 12% last month, according to the Society of Motor Manufacturers"
         " and Traders (SMMT).", "12%", "Society of Motor Manufacturers and Traders"),
        ("The European Association of Travel and Tourism Agencies warned that 5,000 bookings had"
         " been cancelled.", "5,000", "European Association of Travel and Tourism Agencies"),
        ("The Royal Institute of Arts and Crafts Societies said 300 members had joined.", "300",
         "Royal Institute of Arts and Crafts Societies"),
    ],
)  # fmt: skip
def test_one_name_with_and_inside(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Bank of England and Lloyds Banking Group said 4,000 jobs would go.", "4,000",
         "Bank of England"),
        ("Oxfam and Save the Children said 300,000 people needed food.", "300,000", "Oxfam"),
        ("The Red Cross and the World Health Organization said 500 clinics had closed.", "500",
         "Red Cross"),
    ],
)  # fmt: skip
def test_two_names_around_and_stay_two(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A spokeswoman for Acme Re said claims would reach 20m euros.", "20m", "Acme Re"),
        ("A spokesman for Northern Rail told reporters 300 trains had been cancelled.", "300",
         "Northern Rail"),
        # a person's spokesman, a body with no name: the spokesperson
        ("A spokesman for Mr Lee said 300 letters had arrived.", "300", "spokesman"),
        ("A spokeswoman for the council said 40 homes were empty.", "40", "spokeswoman"),
    ],
)  # fmt: skip
def test_a_spokesperson_speaks_for_a_named_body(nlp, text, number, source) -> None:
    assert source_of(nlp, text, number) == source
