"""Issue 10's conflict-split classes of sources (attr20), on invented sentences only.

Classes: a body that counted, recorded, documented or tallied deaths is the source of the count,
and of its breakdown after a comma ("eight of them by mines", which the parse may hang on the
subject) and of a "while" clause that leaves out its auxiliary ("while nine fighters killed"), a
twin of the count; a full "while" clause stays the outlet's narration. A negated reporting verb
("did not mention") gives nothing as its subject's word. A news agency's closing "..., Xinhua
reported" relays the speaker of a reporting verb inside the sentence. Of sources coordinated
as one speaker, a description ("the militant group") yields to a named conjunct ("Somali
officials"). Unnamed plural reports are a figure's source when a participle hangs on them
("with reports indicating 25 ...") or their "of" phrase holds it ("with reports of 30 ..."),
and hedge it.
"""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on
from tests.tasks.extract.outlet_claims import source_on as _source


# a tally verb's subject gives the count, its breakdown and its verbless "while" twin
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Observatory counted the deaths of at least 26 rule forces and fighters loyal to"
         " them during the fighting, eight of them by landmine explosion, while nine fighters"
         " killed in the shelling.", "eight", "Observatory"),
        ("The Observatory counted the deaths of at least 26 rule forces and fighters loyal to"
         " them during the fighting, eight of them by landmine explosion, while nine fighters"
         " killed in the shelling.", "nine", "Observatory"),
        ("The monitoring group recorded 40 deaths in the raids, 12 of them children.", "12",
         "monitoring group"),
        ("The rights group documented the killing of 31 civilians last month, five of them by"
         " snipers.", "five", "rights group"),
        ("Medics tallied 18 dead after the strike on the market.", "18", "Medics"),
        ("The ministry recorded 40 deaths in the raids, while 12 soldiers wounded in the"
         " clashes.", "12", "ministry"),
        ("The monitor counted 31 dead in the village, whereas 5 rebels killed near the border.",
         "5", "monitor"),
    ],
)  # fmt: skip
def test_tally_verb_gives_count_and_breakdown(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: a full "while" clause; a figure inside the subject
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The agency counted 40 deaths, while rescuers were still searching for 12 people.",
         "12", OUTLET),
        ("The 87 dead in the attack, officials said, were mostly soldiers.", "87", "officials"),
    ],
)  # fmt: skip
def test_tally_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a negated reporting verb gives nothing as its subject's word
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The police did not confirm the 14 arrests, which local residents reported on social"
         " media.", "14", "local residents"),
        ("The governor did not report the deaths of 12 villagers in the raid, residents said.",
         "12", "residents"),
        ("The ministry did not say whether the 40 soldiers killed in the ambush were conscripts,"
         " according to the Kyiv Independent.", "40", "Kyiv Independent"),
        ("The army did not mention the 30 civilians killed in the strike.", "30", OUTLET),
    ],
)  # fmt: skip
def test_negated_cue_is_no_source(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The governor reported the deaths of 12 villagers in the raid.", "12", "governor"),
        ("The ministry said it could not confirm the reports, but 30 people were killed, it"
         " added.", "30", "ministry"),
    ],
)  # fmt: skip
def test_negation_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a news agency's closing cue relays an inner speaker
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The health official accused the army of targeting clinics, noting that it destroyed 56"
         " health centres and arrested 35 medics, Xinhua news agency reported.", "35",
         "health official"),
        ("The governor said 12 villagers were killed in the raid, the Anadolu news agency"
         " reported.", "12", "governor"),
        ("The mayor told reporters that 300 homes had been flooded, state news agency TASS"
         " reported.", "300", "mayor"),
        ("Officials estimated that 2,000 people had fled the town, the Associated Press reported"
         " on Monday.", "2,000", "Officials"),
    ],
)  # fmt: skip
def test_agency_relays_inner_speaker(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: nothing inner to relay, or a speaker who is no agency
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Police arrested 40 protesters on Sunday, Reuters reported.", "40", "Reuters"),
        ("The minister said 18 soldiers died, the army spokesman reported.", "18",
         "army spokesman"),
    ],
)  # fmt: skip
def test_agency_relay_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a named conjunct over a description
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Fighters killed at least 15 soldiers in an attack on a base near the capital, the"
         " militant group and Somali officials said.", "15", "Somali officials"),
        ("Gunmen killed 12 soldiers near the border, the armed group and Nigerian police said.",
         "12", "Nigerian police"),
        ("The rebels and the Malian army said 40 fighters were killed.", "40", "Malian army"),
        ("The rebels, the villagers and the Malian army said 40 fighters were killed.", "40",
         "Malian army"),
    ],
)  # fmt: skip
def test_named_conjunct_speaks(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: the first conjunct named already; no conjunct named
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Rebels killed 12 soldiers near the border, Nigerian police and the local council said.",
         "12", "Nigerian police"),
        ("Residents and aid workers said 30 people were killed.", "30",
         "Residents and aid workers"),
    ],
)  # fmt: skip
def test_named_conjunct_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# unnamed reports: a participle on them, or an "of" phrase holding the figure; hedged
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The toll from the attack remains unclear, with reports indicating anywhere from two to"
         " 25 police officers being killed.", "25", "reports"),
        ("Talks stalled, with reports showing 300 trucks waiting at the border crossing.", "300",
         "reports"),
        ("Fighting raged in the north, with reports of 30 civilians killed.", "30", "reports"),
        ("There were reports of at least 12 soldiers wounded in the shelling.", "12", "reports"),
        ("Residents fled the town amid reports of 200 gunmen gathering in the hills.", "200",
         "reports"),
    ],
)  # fmt: skip
def test_unnamed_reports_source_and_hedge(nlp, text, number, source) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.ATTRIBUTED_TO] == source
    assert claim[ClaimCol.HEDGED] is True


# guards: one known report, or a named one
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The report of 40 deaths came from the ministry.", "40", OUTLET),
        ("Police rejected reports from Reuters of 40 arrests.", "40", "Reuters"),
    ],
)  # fmt: skip
def test_unnamed_reports_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a bare "the ministry" stands for the fuller mention before it; "the monitor" for the body
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The health ministry in Gaza said the toll had passed 36,000. The ministry added that"
         " 81,026 people have been wounded.", "81,026", "health ministry"),
        ("The Malian army said it had repelled the attack. Later the army said 40 fighters were"
         " killed.", "40", "Malian army"),
        ("The interior ministry of Niger announced new curfews on Friday.\n\nThe ministry said 12"
         " police officers were killed in the ambush.", "12", "interior ministry of Niger"),
        ("The Syrian Observatory for Human Rights said the strikes continued. The monitor said 12"
         " civilians died.", "12", "Syrian Observatory for Human Rights"),
    ],
)  # fmt: skip
def test_description_stands_for_body_before(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: nothing fuller before; a pronoun's mention; a description that names itself
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The ministry said 12 police officers were killed in the ambush.", "12", "ministry"),
        ("The new ministry opened. The ministry said 12 police officers were killed.", "12",
         "ministry"),
        ("He expected his own company's claims to be lower than those from the storms, which the"
         " company put at $640m.", "$640m", "company"),
        ("Tolo News said ten police officers were killed. The Taliban militant group claimed the"
         " attack, saying its fighters had killed 25 police.", "25", "Taliban militant group"),
    ],
)  # fmt: skip
def test_description_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a closing "..., a local official and a rebel group said" the parse left without a subject
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("At least 20 villagers were killed in raids near the town of Gao on Monday, including at"
         " a market abandoned weeks earlier by a French army unit, a regional official and a"
         " local militia said.", "20", "regional official"),
        ("At least 15 people were killed in shelling of the town of Kherson on Friday, including"
         " in a district cleared last month by a Ukrainian army brigade, a regional official and"
         " a hospital doctor said.", "15", "regional official"),
        ("At least 40 homes were destroyed in the village of Tawila on Monday, including some"
         " rebuilt last year by a Danish charity, a community leader and a rebel group said.",
         "40", "community leader"),
        ("Nine civilians were killed in air strikes around the town of Idlib on Thursday,"
         " including on a clinic run until recently by a French medical charity, a rescue worker"
         " and a monitoring group said.", "Nine", "rescue worker"),
    ],
)  # fmt: skip
def test_closing_speaker_hung_as_apposition(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: a closing subject the parse found; no closing speaker at all
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Eight fighters died in clashes near the border on Friday, a military spokesman said.",
         "Eight", "military spokesman"),
        ("Eight fighters died in clashes near the border on Friday, including two at a post held"
         " by a United Nations mission.", "Eight", OUTLET),
    ],
)  # fmt: skip
def test_closing_speaker_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source
