"""Sources on dev5's unseen conflict news (issue 10), twelfth round: invented sentences, several
paraphrases per class (different wording and structure), each failing before its fix.

A verb that moves a toll it gave before ("raised the toll to 90", "the count was lowered to 57
by X") gives the figure as its subject's word, and so do the counts hung on it ("with 40
injured"); a cause (an attack, a disaster, whatever "claims lives") tells nothing; a figure in
a when- or why-phrase under what a verb announces ("declared a truce in the wake of a quake that
killed 3,000") is the outlet's narration, not what was announced."""

from __future__ import annotations

import pytest

from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The army raised the death toll from the flood to 2,886, with 4,639 injured and 373 "
         "missing.", "4,639", "army"),
        ("The army raised the death toll from the flood to 2,886, with 4,639 injured and 373 "
         "missing.", "2,886", "army"),
        ("On Monday the health ministry cut its estimate of the dead to 412.", "412",
         "health ministry"),
        ("Officials lowered their count of the missing to 57 on Tuesday.", "57", "Officials"),
        ("The death toll was raised to 1,200 by the interior ministry.", "1,200",
         "interior ministry"),
        ("The interior ministry updated the tally of the injured to 1,200 after more bodies "
         "were found.", "1,200", "interior ministry"),
        ("Police brought the figure for those arrested to 340.", "340", "Police"),
    ],
)  # fmt: skip
def test_who_moves_a_toll_gives_it(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The shelling raised the death toll to 40.", "40"),  # guard: "raise" was no cue
        ("The regional council declared a day of mourning to honour relief workers, amid "
         "clashes that have claimed 60 lives.", "60"),
        ("The disease has claimed 300 lives this year.", "300"),
        ("Missile strikes have claimed the lives of 24 people across the north.", "24"),
    ],
)  # fmt: skip
def test_a_cause_tells_nothing(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert (claim[ClaimCol.ATTRIBUTED_TO], claim[ClaimCol.ATTRIBUTION_KIND]) == (
        OUTLET,
        AttributionKind.MEDIA,
    )


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # guards: a cause's lives closed by a speaker, a claim by someone who can speak
        ("Missile strikes have claimed the lives of 24 people and injured over 800 others, said "
         "an official bulletin released by Dan Gold, an adviser to the prime minister.", "800",
         "Dan Gold"),
        ("Shelling claimed the lives of 15 civilians overnight, the regional governor said.",
         "15", "regional governor"),
        ("The Hamas ally claimed at least nine other attacks on Israeli troops on Thursday.",
         "nine", "Hamas ally"),
        ("Rebels claimed 40 soldiers were killed in the ambush.", "40", "Rebels"),
    ],
)  # fmt: skip
def test_a_teller_still_tells(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The junta announced a ceasefire on Wednesday in the wake of last week's earthquake "
         "that killed nearly 3,000 people.", "3,000"),
        ("The government declared a state of emergency following floods that have killed more "
         "than 200 people.", "200"),
        ("Rebel commanders announced a week-long truce to speed up aid deliveries in the midst "
         "of a cyclone that has left 900 people dead.", "900"),
        ("A three-day curfew was announced by the governor in the aftermath of riots in which "
         "35 people died.", "35"),
    ],
)  # fmt: skip
def test_a_scene_under_an_announcement_is_the_outlets(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # guards: what was said or announced stays its speaker's word
        ("The ministry said 40 people died following a strike that wounded 60 others.", "60",
         "ministry"),
        ("The ministry announced the deaths of 40 soldiers after the attack.", "40", "ministry"),
        ("The army announced that following the raid, 12 fighters had been captured.", "12",
         "army"),
    ],
)  # fmt: skip
def test_what_is_announced_stays_the_speakers(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The Kerovian Refugee Council has reported that 72 camps were shelled over two months. "
         "The report, released earlier this week, claims the attacks hit 38 villages.", "38",
         "Kerovian Refugee Council"),
        ("Amnesty International published a study on the siege last week. The study says 1,200 "
         "homes were destroyed.", "1,200", "Amnesty International"),
        ("The interior ministry announced on Friday that the curfew would end. According to the "
         "announcement, 300 people had been detained.", "300", "interior ministry"),
        ("Airwatch, a monitoring group, stated on Sunday that strikes had intensified. The "
         "statement said 19 hospitals were hit.", "19", "Airwatch"),
        ("The Vardian army estimated that the rebels had lost ground. The estimate put rebel "
         "losses at 450 fighters.", "450", "Vardian army"),
    ],
)  # fmt: skip
def test_the_report_is_the_one_just_given(nlp, text, number, source) -> None:
    """A definite report noun stands for the report the sentences before gave: its author is
    the subject of the verb it derives from (reported/report, stated/statement), or of the verb
    that put it out, or the earlier mention's author."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to a Pakistani interior ministry statement, 12 militants were killed.", "12",
         "Pakistani interior ministry"),
        ("Nigerian army figures show 300 insurgents surrendered in May.", "300", "Nigerian army"),
        ("An Israeli military statement said 14 rockets were intercepted.", "14",
         "Israeli military"),
        ("Iraqi police data show 17 bombs exploded in June.", "17", "Iraqi police"),
    ],
)  # fmt: skip
def test_a_national_bodys_report_is_that_bodys(nlp, text, number, source) -> None:
    """A report a body names owns goes by the body's name as it speaks ("the Russian defence
    ministry said"), not by its nation nor the report noun."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("“In the early morning, our base was attacked,” said a statement from the general "
         "staff.\n\n“A provisional report states that more than a dozen soldiers were killed.”",
         "a dozen", "general staff"),
        ("The defence minister, Ann Lode, told parliament: “The latest report says 45 ships "
         "were seized.”", "45", "Ann Lode"),
        ("The governor said in a televised address on Monday: “An early count suggests 60 "
         "people are missing.”", "60", "governor"),
        ("The army chief, Ivan Petrov, wrote in a message to troops on Monday: “Initial "
         "estimates suggest that 75 fighters surrendered.”", "75", "Ivan Petrov"),
        # guard: outside a quotation no speaker takes it (and an unowned report is no name by
        # itself: the outlet's, test_attribution_classes15)
        ("The latest report says 45 ships were seized.", "45", OUTLET),
    ],
)  # fmt: skip
def test_a_nameless_report_quoted_is_the_speakers_word(nlp, text, number, source) -> None:
    """A number inside a quotation is the speaker's: a report the speaker cites without naming
    whose it is ("a provisional report states") is no source of its own."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Houthis say that a drone strike wounded 14 fishermen.", "14", "Houthis"),
        ("Houthis claim that overnight strikes killed six people and injured 30 others.", "30",
         "Houthis"),
        # guards: real pronouns (a closed class) name nobody
        ("Everyone says 40 people died.", "40", OUTLET),
        ("Someone reported that 12 shops were looted.", "12", OUTLET),
    ],
)  # fmt: skip
def test_a_name_tagged_a_pronoun_names_its_speaker(nlp, text, number, source) -> None:
    """A word of no closed class that the tagger read as a pronoun (sentence-initial "Houthis"
    tagged like "These") is a name, not a pronoun with nothing to stand for."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Interior Minister Ann Lode told a local radio station that police had arrested 40 "
         "protesters.", "40", "Ann Lode"),
        ("Defence Minister Ann Lode told a Turkish broadcaster that rebels had lost 70 fighters.",
         "70", "Ann Lode"),
        ("Army spokesman Ivan Petrov told a German newspaper that drones had hit 15 depots.", "15",
         "Ivan Petrov"),
        # guards: a real relative clause on the addressee is no part of what was told
        ("The governor told 2 million households that had lost power to stay indoors.",
         "2 million", OUTLET),
        ("The ministry urged 12,000 residents who had fled to return home.", "12,000", OUTLET),
    ],
)  # fmt: skip
def test_what_is_told_hung_on_the_addressee(nlp, text, number, source) -> None:
    """A "that" clause the parser hung on the addressee of "told" as a relative clause ("that"
    a conjunction, the clause with its own subject) is what was told, the teller's word."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The armed forces said in a statement on Saturday that nine soldiers had died. Seven "
         "others serving with the UN mission were wounded in the fighting, it said.", "Seven",
         "armed forces"),
        ("The Kerovian armed forces said on Friday that a base had been shelled. Twelve soldiers "
         "from the NATO contingent were hurt, it said.", "Twelve", "Kerovian armed forces"),
        ("The security forces said on Tuesday that the border had been sealed. Fourteen "
         "smugglers linked to a Vardian gang were arrested, it said.", "Fourteen",
         "security forces"),
        # guard: forces that only "continued" to shell said nothing
        ("Kerovian forces continued to shell the frontline over the weekend, Vardia's "
         "presidency said on Sunday. It said four cruise missiles had hit homes in the port "
         "city.", "four", "Vardia's presidency"),
    ],
)  # fmt: skip
def test_it_stands_for_a_body_plural_in_form(nlp, text, number, source) -> None:
    """ "it said" after a body whose name is plural in form spoke ("the armed forces said"):
    that body, not an organisation the reported clause only mentions."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source
