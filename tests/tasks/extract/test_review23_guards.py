"""Guards from the review of the typ23, miss23 and dl22 rounds: sentences of ordinary news
(politics, business, sport) on which their rules over-fired. Every sentence is invented.

- A title-case name, a bracketed title or party and a colon opens an interview transcript's
  line ("Ann Lee (Chancellor): ..."), not a dateline: the person stays a person a later "she"
  stands for. A dateline in title case has a date, or closes with a dash.
- A model number's noun heads its phrase ("a Hermes 900 drone"); a count before a noun that
  modifies another takes the singular too ("the Labour 20 point lead"), and counts.
- A bound negated bounds the other way ("not more than 3%"), but "not just over 50" is "not
  only": still more than 50.
- A vehicle hyphened onto a fleet ("an airline's 500-plane fleet") is not armed by the word
  "fleet": airlines, shippers and hauliers have fleets.
- Rebels, raiders and volunteers are armed men only in a sentence of fighting: politics has
  rebels ("Tory rebels numbering 40", "SNP rebels defied the whip"), who neither are troops nor
  make their party an armed body whose members are troops.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType, Qualifier
from tests.tasks.extract.outlet_claims import claim_on, claims_in, source_on, type_on


@pytest.mark.parametrize(
    ("text", "number", "speaker"),
    [
        ("Ann Lee (Chancellor): We will create 5,000 jobs, she said.", "5,000", "Ann Lee"),
        ("An interview\n\nTom Hart (Labour): The plan will cost £40m, he said.", "£40m",
         "Tom Hart"),
        ("Jo Marsh (Health Secretary): We hired 300 nurses last year, she said.", "300",
         "Jo Marsh"),
        ("Sam Reid (SNP): Our plan would save 200 jobs, he said.", "200", "Sam Reid"),
    ],
)  # fmt: skip
def test_a_speakers_label_with_a_bracket_is_no_dateline(nlp, text, number, speaker) -> None:
    assert source_on(nlp, text, number) == speaker


def test_a_title_case_dateline_with_an_agency_and_a_dash_still_is_one(nlp) -> None:
    text = "Kyiv (AFP) - Russia lost 300 tanks in a week, the general staff said."
    assert source_on(nlp, text, "300") == "general staff"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Voters backed the Labour 20 point lead in Wales.", "20"),
        ("Analysts doubted the Conservative 10 point deficit could close.", "10"),
        ("The Trump 10 point plan for Gaza was published.", "10"),
    ],
)  # fmt: skip
def test_a_count_before_a_compound_noun_is_no_model_number(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.VALUE] == float(number)


def test_a_model_number_before_its_head_noun_is_still_a_name(nlp) -> None:
    rows = claims_in(nlp, "A Shahed 136 drone hit Kyiv on Monday, killing 4 people.")
    assert [c[ClaimCol.QUANTITY_TEXT] for c in rows] == ["4"]


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("It was not just over 50 people who came, but nearer 500.", "50", Qualifier.MORE_THAN),
        ("Turnout was not well over 40% in the city.", "40%", Qualifier.MORE_THAN),
        # the negated bare bound still bounds the other way
        ("The deficit was not more than 3% of GDP, the minister said.", "3%",
         Qualifier.AT_MOST),
        ("No fewer than 12 firms bid for the contract.", "12", Qualifier.AT_LEAST),
    ],
)  # fmt: skip
def test_not_just_over_is_not_only(nlp, text, number, qualifier) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.QUALIFIER] == qualifier


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ryanair's 500-plane fleet is grounded, the airline said.", "500"),
        ("Maersk operates a 700-ship fleet around the world.", "700"),
        ("The haulier runs a 50-truck fleet in Spain.", "50"),
        ("The council bought a 40-vehicle fleet of electric vans.", "40"),
    ],
)  # fmt: skip
def test_a_civilian_fleet_is_no_equipment(nlp, text, number) -> None:
    assert type_on(nlp, text, number) != ClaimType.EQUIPMENT_COUNT


def test_an_armed_column_hyphened_is_still_equipment(nlp) -> None:
    text = "A 10-vehicle column of tanks entered the city after the shelling."
    assert type_on(nlp, text, "10") == ClaimType.EQUIPMENT_COUNT


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Tory rebels, who number about 40, voted against the government.", "40"),
        ("Labour rebels numbering more than 50 defied the whip, the chief whip said.", "50"),
        ("The rebels numbering 100 won the vote in the party's council.", "100"),
        # a party whose rebels defy it is no armed body: its members are no troops
        ("SNP rebels defied the party leadership on Tuesday. Some 45 members of the SNP voted "
         "against the bill.", "45"),
        ("Democrat rebels blocked the budget. The 212 Democrat members voted no.", "212"),
    ],
)  # fmt: skip
def test_political_rebels_are_no_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) != ClaimType.TROOP_COUNT


def test_rebels_numbering_in_a_raid_are_troops(nlp) -> None:
    text = "The rebels, who number about 300, attacked the army base on Monday."
    assert type_on(nlp, text, "300") == ClaimType.TROOP_COUNT
