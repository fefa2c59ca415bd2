"""Figures the extractor mis-read or missed on unseen conflict reporting (issue 10, dev6,
attrib13): qualifiers that govern a coordination, "a dozen", and percentage ranges whose ends
both carry the sign. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, Qualifier
from tests.tasks.extract.outlet_claims import claim_on as _on
from tests.tasks.extract.outlet_claims import claims_in


# A qualifier word before the first of two coordinated counts governs the second too, whether
# the second names its noun ("and 2,000 vehicles") or leaves it understood ("and 11 in Syria"),
# in a pair or a list.
@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("The convoy carried about 300 soldiers and 45 trucks, the governor said.", "45",
         Qualifier.APPROXIMATE),
        ("Nearly 2,000 civilians and 150 police officers were evacuated from the town.", "150",
         Qualifier.APPROXIMATE),
        ("Some 800 troops and 60 tanks crossed the border on Monday, officials said.", "60",
         Qualifier.APPROXIMATE),
        ("The strikes destroyed more than 30 tanks and 12 artillery pieces, the ministry said.",
         "12", Qualifier.MORE_THAN),
        ("The militia has carried out at least 25 attacks on the highway and 14 on the railway "
         "this year.", "14", Qualifier.AT_LEAST),
        ("The mission will deploy around 1,200 soldiers, 300 police officers and 40 armoured "
         "vehicles.", "40", Qualifier.APPROXIMATE),
    ],
)  # fmt: skip
def test_qualifier_governs_the_coordinated_count(nlp, text, number, qualifier) -> None:
    assert _on(nlp, text, number)[ClaimCol.QUALIFIER] == qualifier


# Not a coordination of counts: a second clause with its own subject, a casualty breakdown
# ("40,000 wounded and 20,000 killed"), a count further down a list of other things, or a
# single one ("and one child").
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("At least 20 people were killed and 45 were wounded in the attack.", "45"),
        ("The rebels likely suffered approximately 4,000 wounded and 2,000 killed.", "2,000"),
        ("The package includes more than 200 drones, artillery shells, rockets and four more "
         "air defence systems.", "four"),
        ("Airstrikes on the valley killed at least nine fighters and one child, medics said.",
         "one"),
        ("The governor said at least one soldier and two police officers were killed.", "two"),
    ],
)  # fmt: skip
def test_qualifier_stays_with_its_own_count(nlp, text, number) -> None:
    assert _on(nlp, text, number)[ClaimCol.QUALIFIER] == Qualifier.EXACT


# "a dozen" said alone is a round count; "two dozen" and "more than a dozen" keep their own.
@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("Gunmen attacked a bus, killing one civilian and injuring a dozen passengers.",
         "a dozen", Qualifier.APPROXIMATE),
        ("A dozen soldiers were wounded when the shell hit the barracks.", "A dozen",
         Qualifier.APPROXIMATE),
        ("The army said it had lost a dozen tanks near the river.", "a dozen",
         Qualifier.APPROXIMATE),
        ("Residents said a dozen houses were burned by the militia overnight.", "a dozen",
         Qualifier.APPROXIMATE),
        ("Two dozen soldiers were captured near the river.", "Two dozen", Qualifier.EXACT),
        ("More than a dozen houses were destroyed.", "More than a dozen", Qualifier.MORE_THAN),
    ],
)  # fmt: skip
def test_a_dozen_is_approximate(nlp, text, number, qualifier) -> None:
    assert _on(nlp, text, number)[ClaimCol.QUALIFIER] == qualifier


# A range of two percentages, each with its sign: "between X% and Y%", "X%-Y%", "X%–Y%".
@pytest.mark.parametrize(
    ("text", "number", "low", "high"),
    [
        ("Turnout was between 40% and 60% in the north, the commission said.", "40%", 40, 60),
        ("Between 20 per cent and 25 per cent of the stock was destroyed.", "20 per cent", 20,
         25),
        ("Losses in the brigade reached 30%-40% of its strength.", "30%", 30, 40),
        ("Officials put the damage at 15%–20% of the grid.", "15%", 15, 20),
        ("The term shows a probability of 80%-90%, the ministry said.", "80%", 80, 90),
    ],
)  # fmt: skip
def test_percentage_range_with_both_signs(nlp, text, number, low, high) -> None:
    claim = _on(nlp, text, number)
    assert (claim[ClaimCol.VALUE], claim[ClaimCol.VALUE_HIGH]) == (low, high)
    assert claim[ClaimCol.QUALIFIER] == Qualifier.RANGE


# A number the tagger alone took for a name (a product, a date) still counts the plural common
# noun it modifies: "include 104 tanks", "a daily average of 58 aid trucks".
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The reported losses include 104 tanks, 575 armored vehicles and 330 artillery "
         "systems.", "104"),
        ("A daily average of 58 aid trucks reached the city from May 7 to Tuesday.", "58"),
        ("Germany will send 104 tanks to Ukraine next year, the minister said.", "104"),
        ("The losses include 747 tanks and many trucks.", "747"),
    ],
)  # fmt: skip
def test_a_count_the_tagger_named_is_a_count(nlp, text, number) -> None:
    assert _on(nlp, text, number)[ClaimCol.QUANTITY_TEXT] == number


def test_a_model_number_stays_a_name(nlp) -> None:
    texts = [
        c[ClaimCol.QUANTITY_TEXT] for c in claims_in(nlp, "The airline bought 20 Boeing 747 jets.")
    ]
    assert "747" not in texts


# A figure set off by em dashes glued to the words around it is read: "these losses—15,051
# units—were destroyed".
@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("The majority of these losses—15,051 units—were destroyed, the report says.", "15,051",
         15051),
        ("Most of the casualties—1,200 soldiers—were from a single brigade.", "1,200", 1200),
        ("The toll rose to 40—the highest this year, officials said.", "40", 40),
        ("The shipment—300 tonnes of grain—arrived on Monday.", "300", 300),
    ],
)  # fmt: skip
def test_a_figure_between_glued_em_dashes(nlp, text, number, value) -> None:
    assert _on(nlp, text, number)[ClaimCol.VALUE] == value
