"""Issue 10's dev18/dev19 classes of sources (attr21), on invented sentences only.

Classes: a closing "..., Reuters reported" (or "reports Xinhua") over a clause in which a source
of its own says the figure only relays it: the figure stays that source's. A quotation closed by
"X told AFP, adding that ...": the addressee of "told" never speaks, even when the participle
after it lets it close the sentence. An organisation's name spelled out before its initials in
brackets ("the Network for Democracy and Human Rights (NDHR)") is the whole name, past its
"and" and commas. An unnamed holder of a post "from" a body keeps that body ("an officer from
Basra police"), as "of/in/with" did, a name before the body telling it apart as a determiner
does. A statement or post on a body's own page or channel ("a statement on the army's website
said") is that body's word. A relative clause over the figure with a cue of its own ("the
conflict, which the UN estimates has killed 300,000") is that cue's source's, even inside what
another speaker says. A closing apposition another party answers ("..., a claim the army
denied") leaves the reporter before it the source, and "claim" there hedges the figure.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import claim_on
from tests.tasks.extract.outlet_claims import source_on as _source

_HEAD = "Clashes in the north\n\n"


# a medium relaying a source's own clause: the source's
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("In a statement on Monday, the Ethiopian defence ministry said that 12 soldiers were"
         " killed in the fighting, reports Anadolu news agency.", "12",
         "Ethiopian defence ministry"),
        ("The army said that 14 soldiers died in the ambush, Reuters reported.", "14", "army"),
        ("The rebels said they had shot down three helicopters, AFP reported on Sunday.", "three",
         "rebels"),
        ("Local officials told the radio station that 40 houses were torched, the BBC reported.",
         "40", "Local officials"),
        ("The health ministry said 45 people had been killed, the state news agency reported.",
         "45", "health ministry"),
    ],
)  # fmt: skip
def test_a_relayed_report_stays_its_sources(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: a medium reporting a clause with no speaker of its own, or another verb
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Fourteen soldiers died in the ambush on Sunday, Reuters reported.", "Fourteen",
         "Reuters"),
        ("At least 30 people were killed in the blast, the state broadcaster reported.", "30",
         "state broadcaster"),
        ("The army said the ambush was repelled, and 14 soldiers died, Reuters reported.", "14",
         "Reuters"),
    ],
)  # fmt: skip
def test_a_report_with_no_inner_source_stays_the_mediums(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# the addressee of "told" never speaks
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("\u201cWe counted nine bodies and 14 injured,\u201d the mayor told AFP, adding that one"
         " more died.", "nine", "mayor"),
        ("\u201cWe counted nine bodies and 14 injured,\u201d Peter Ochieng told AFP, adding that"
         " one more died.", "14", "Peter Ochieng"),
        ('"Thirty people were taken from the camp," a local chief told Reuters, adding that the'
         ' raiders fled.', "Thirty", "local chief"),
        ('"Six of our men are missing," the commander told reporters, saying the search went on.',
         "Six", "commander"),
    ],
)  # fmt: skip
def test_the_addressee_of_told_is_no_speaker(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guard: an inverted cue whose object speaks (no subject of its own before it)
def test_an_inverted_cue_still_names_its_object(nlp) -> None:
    text = _HEAD + "The enemy lost 3,000 troops in May, estimated the defence ministry."
    assert _source(nlp, text, "3,000") == "defence ministry"


# a name spelled out before its initials in brackets is the whole name
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to the Centre for the Defence of Peace, Justice and Human Rights (CDPJH), 22"
         " civilians were killed in the village.", "22",
         "Centre for the Defence of Peace, Justice and Human Rights"),
        ("The Network for Democracy and Human Rights (NDHR) said 31 people were abducted.", "31",
         "Network for Democracy and Human Rights"),
        ("The Observatory for Peace and Security (OPS) reported that 17 fighters died on Sunday.",
         "17", "Observatory for Peace and Security"),
        ("A report by the Commission on Justice, Truth and Reconciliation (CJTR) found 400"
         " graves.", "400", "Commission on Justice, Truth and Reconciliation"),
    ],
)  # fmt: skip
def test_a_name_before_its_initials_is_whole(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: brackets that hold no initials, a known name
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The army said 14 soldiers (all conscripts) died.", "14", "army"),
        ("The World Health Organization (WHO) said 12 hospitals were hit.", "12",
         "World Health Organization"),
        ("The United Nations (UN) said 12 hospitals were hit.", "12", "United Nations"),
    ],
)  # fmt: skip
def test_brackets_without_a_spelled_name(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# a post holder "from" a body keeps it
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Gunmen killed three guards, an officer from Basra police told Reuters.", "three",
         "officer from Basra police"),
        ("A commander from the rebel alliance said 45 fighters died in the raid.", "45",
         "commander from the rebel alliance"),
        ("An official from the interior ministry said 300 supporters had been detained.", "300",
         "official from the interior ministry"),
        ("An officer from Mosul police said 11 suspects were held.", "11",
         "officer from Mosul police"),
    ],
)  # fmt: skip
def test_a_post_holder_from_a_body_keeps_it(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: a place, a bare noun
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("An official from Kabul said 300 supporters had been detained.", "300", "official"),
        ("An official in charge said 30 houses burned.", "30", "official"),
    ],
)  # fmt: skip
def test_a_post_holder_from_a_place_keeps_no_place(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# a statement on a body's own page is the body's
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A statement on the army's website said that 300 fighters surrendered on Monday.", "300",
         "army"),
        ("A post on the ministry's Telegram channel said 40 drones were shot down.", "40",
         "ministry"),
        ("A notice on the police website said 12 suspects were arrested.", "12", "police"),
        ("A statement posted on the group's Telegram account said 25 soldiers were captured.",
         "25", "group"),
    ],
)  # fmt: skip
def test_a_statement_on_a_bodys_page_is_the_bodys(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: a page with no owner, a statement with none
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("A statement from the army said 25 soldiers were captured.", "25", "army"),
        ("A statement on Telegram said 40 drones were shot down.", "40", None),
    ],
)  # fmt: skip
def test_a_page_with_no_owner_names_none(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) in (source, "Daily Bugle")


# a relative clause with a cue of its own inside a reported clause: its source, not the speaker's
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The group said Khartoum wanted a military solution in the conflict, which the UN"
         " estimates has killed 300,000 people.", "300,000", "United Nations"),
        ("The minister said the army would end the insurgency, which aid groups say has displaced"
         " two million people.", "two million", "aid groups"),
        ("The rebels accused the government of prolonging the war, which the World Bank estimates"
         " has cost $40bn.", "$40bn", "World Bank"),
        ("He said the offensive would go on in the region, which local officials say has lost"
         " 5,000 homes.", "5,000", "local officials"),
    ],
)  # fmt: skip
def test_a_sourced_relative_clause_outranks_the_speaker(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# guards: a relative clause with no cue, a figure outside the relative clause
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The army said the war, which began in 2003, has killed 300,000 people.", "300,000",
         "army"),
        ("The group, which Reuters says has 3,000 fighters, said 40 were killed.", "40", "group"),
    ],
)  # fmt: skip
def test_a_relative_clause_without_its_own_cue(nlp, text, number, source) -> None:
    assert _source(nlp, _HEAD + text, number) == source


# "..., a claim the army denied": the one denying is no source, and the figure is a claim
@pytest.mark.parametrize(
    ("text", "number", "source", "hedged"),
    [
        ("The rebels said they killed 40 soldiers, a claim the army denied.", "40", "rebels", True),
        ("The group said its fighters killed dozens of soldiers when they attacked a base, a claim"
         " the army denied.", "dozens", "group", True),
        ("The ministry said 300 fighters had surrendered, an account the rebels denied.", "300",
         "ministry", False),
        ("Police said 12 protesters were shot dead, a figure the opposition disputed.", "12",
         "Police", False),
        ("The militia said on Monday that it had captured 25 soldiers, a claim the government"
         " rejected.", "25", "militia", True),
    ],
)  # fmt: skip
def test_a_denied_claim_stays_its_reporters(nlp, text, number, source, hedged) -> None:
    claim = claim_on(nlp, _HEAD + text, number)
    assert (claim[ClaimCol.ATTRIBUTED_TO], claim[ClaimCol.HEDGED]) == (source, hedged)


# guards: a denial that is the sentence's own report, a confirmation
@pytest.mark.parametrize(
    ("text", "number", "source", "hedged"),
    [
        ("The army denied that 40 soldiers were killed.", "40", "army", False),
        ("The rebels claimed they killed 40 soldiers, and the army denied it.", "40", "rebels",
         True),
    ],
)  # fmt: skip
def test_a_denial_of_its_own(nlp, text, number, source, hedged) -> None:
    claim = claim_on(nlp, _HEAD + text, number)
    assert (claim[ClaimCol.ATTRIBUTED_TO], claim[ClaimCol.HEDGED]) == (source, hedged)
