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
and hedge it (only where they frame the sentence: "with/amid reports of", not "followed reports
of"). A bare "the ministry" stands for the fuller mention before it, a description of a body's
kind ("the monitor") for the body named before. A closing "..., a local official and a rebel
group said" the parse left without a subject is spoken by the phrase before the verb. "According
to Information Minister Ann Lee, ..." with the name read out of the phrase is hers. A concessive
clause before a speaker's own claim ("Although 150 lorries got in, aid workers say ...") is the
writer's. A report opening the sentence ("In a statement issued on Monday, the army referred to
... 40 fighters") frames the clause as its issuer's word. A verb of replying reports only the
clause it takes ("forces responded effectively, ..., with 15 militants dead": nobody's). A
reporting verb with a "that" clause after it reports that clause, not the run-on before it.
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


# a closing "..., a local official and a rebel group said" the parse left without a subject (two
# unnamed speakers coordinated: both, since attr22)
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("At least 20 villagers were killed in raids near the town of Gao on Monday, including at"
         " a market abandoned weeks earlier by a French army unit, a regional official and a"
         " local militia said.", "20", "regional official and a local militia"),
        ("At least 15 people were killed in shelling of the town of Kherson on Friday, including"
         " in a district cleared last month by a Ukrainian army brigade, a regional official and"
         " a hospital doctor said.", "15", "regional official and a hospital doctor"),
        ("At least 40 homes were destroyed in the village of Tawila on Monday, including some"
         " rebuilt last year by a Danish charity, a community leader and a rebel group said.",
         "40", "community leader and a rebel group"),
        ("Nine civilians were killed in air strikes around the town of Idlib on Thursday,"
         " including on a clinic run until recently by a French medical charity, a rescue worker"
         " and a monitoring group said.", "Nine", "rescue worker and a monitoring group"),
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


# "According to <title> <name>, ..." with the name read out of the phrase by the parse
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to Information Minister Peter Lual, a total of 19 Sudanese soldiers died in"
         " the attack.", "19", "Peter Lual"),
        ("According to Defence Minister Ruth Okello, a total of 8 Ugandan soldiers died in the"
         " crash.", "8", "Ruth Okello"),
        ("According to Information Minister Paul Malong, a total of 31 Chadian soldiers died in"
         " the raid.", "31", "Paul Malong"),
        ("According to Information Minister Daniel Awet, a total of 45 Ethiopian troops died in"
         " the clashes.", "45", "Daniel Awet"),
        ("According to Interior Minister Musa Bello, a total of 23 Nigerian policemen died in"
         " the incident.", "23", "Musa Bello"),
    ],
)  # fmt: skip
def test_according_to_name_read_apart(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: the parse kept the name; "according to" with nothing nominal before the comma
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to the governor, 12 people died in the flood.", "12", "governor"),
        ("According to Health Minister Grace Achieng, a total of 52 Kenyan patients died in the"
         " outbreak.", "52", "Grace Achieng"),
    ],
)  # fmt: skip
def test_according_to_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# what a concessive clause grants before a speaker's own claim is the writer's
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Although more than 150 lorries carrying aid have been allowed to enter the region over"
         " the past few days, aid workers say it is not enough.", "150"),
        ("Though 40 schools have reopened since the ceasefire, teachers say classrooms remain"
         " empty.", "40"),
        ("Although the army deployed 3,000 troops to the region, residents said the attacks"
         " continued.", "3,000"),
        ("Even though 12 suspects were arrested, police admitted that the gang was still"
         " active.", "12"),
    ],
)  # fmt: skip
def test_concession_is_the_outlets(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


# guards: a cue inside the concession; a concession after the reported clause
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Although aid groups say 200 people died, the government said the toll was lower.",
         "200", "aid groups"),
        ("Officials said 40 people died, although the toll could rise.", "40", "Officials"),
    ],
)  # fmt: skip
def test_concession_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a report opening the sentence frames the clause as its issuer's word
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("In a statement issued on Monday, the army referred to a large operation in the north,"
         " which led to the neutralisation of 40 fighters.", "40", "army"),
        ("In its weekly bulletin, the agency pointed to 300 new cases of cholera in the camps.",
         "300", "agency"),
        ("In a statement released on Sunday, the rebels spoke of an offensive that had cost the"
         " army 60 men.", "60", "rebels"),
        ("In a report issued late on Friday, the monitors pointed to some 70 villages burned in"
         " the offensive.", "70", "monitors"),
    ],
)  # fmt: skip
def test_opening_report_frames_clause(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: no report; a figure in the subject; a cue of its own
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("In the town, the army killed 20 fighters.", "20", OUTLET),
        ("In a poll published on Monday, 40% of voters backed the mayor.", "40%", OUTLET),
        ("In a statement, the ministry said 40 people died.", "40", "ministry"),
        ("In a statement, the agency said, \"the fighting killed 16 people, among them three"
         " civilians\".", "three", "agency"),
    ],
)  # fmt: skip
def test_opening_report_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a verb of replying reports only the clause it takes, not how its subject acted
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Border forces responded effectively, resulting in heavy rebel losses, with over 15"
         " fighters confirmed dead.", "15"),
        ("The army responded swiftly, killing 20 attackers in the counter-offensive.", "20"),
        ("Police responded with force, arresting 45 protesters.", "45"),
        ("The guards replied with gunfire, leaving 6 raiders dead.", "6"),
    ],
)  # fmt: skip
def test_reply_as_an_act_gives_nothing(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The ministry replied that 30 soldiers had been killed.", "30", "ministry"),
        ("Asked about the toll, the governor responded: 40 people are dead.", "40", "governor"),
    ],
)  # fmt: skip
def test_reply_with_a_clause_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# a reporting verb with a "that" clause after it reports that clause, not the run-on before it
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Warplanes bombed the city, no casualties yet, also 4 persons at least were killed by"
         " shelling in the town of Kafr Nabl, the sources said that they targeted the"
         " headquarters of the brigade.", "4"),
        ("Shelling hit the villages overnight, also 7 people were wounded in the town of Ariha,"
         " the activists said that the rebels were using the school as a base.", "7"),
        ("Clashes continued near the border, 12 soldiers were killed in an ambush, officials said"
         " that the road was now closed.", "12"),
        ("Fighting raged, and 9 civilians died in the market, residents said that the army had"
         " shelled it.", "9"),
    ],
)  # fmt: skip
def test_cue_with_that_clause_after_reports_only_it(nlp, text, number) -> None:
    assert _source(nlp, text, number) == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Nine civilians died in the market, residents said.", "Nine", "residents"),
        ("The governor said that 40 houses burned.", "40", "governor"),
    ],
)  # fmt: skip
def test_cue_with_that_clause_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# "X wouldn't give a toll but Y said ...": Y, which the parse joined to X's object, speaks (Y
# two unnamed nouns: both, as one speaker, since attr22)
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The commander would not confirm the losses but local officials and medics said 25"
         " soldiers died.", "25", "local officials and medics"),
        ("The army would not give figures but villagers and aid workers said 30 homes were"
         " destroyed.", "30", "villagers and aid workers"),
        ("The governor would not give a toll but local journalists and residents said at least"
         " nine people died.", "nine", "local journalists and residents"),
        ("The army refused to confirm any losses yet medics and residents said 11 soldiers were"
         " killed.", "11", "medics and residents"),
    ],
)  # fmt: skip
def test_second_clause_subject_read_as_object(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source


# guards: one subject for both verbs; a second subject the parse found
@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The mayor visited the hospital and said 12 patients were in critical condition.", "12",
         "mayor"),
        ("The army gave no figures but residents said 20 houses were burned.", "20", "residents"),
    ],
)  # fmt: skip
def test_second_clause_subject_guards(nlp, text, number, source) -> None:
    assert _source(nlp, text, number) == source
