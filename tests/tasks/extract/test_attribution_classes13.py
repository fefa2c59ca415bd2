"""Sources on dev6's unseen conflict news (issue 10), thirteenth round: invented sentences,
several paraphrases per class (different wording and structure), each failing before its fix.

A wire dateline in capitals ("KYIV, Ukraine (AP) —") is no speaker: the parser hangs the real
subject on it as an apposition after the dash. Whatever claims "thousands of lives" causes them,
as whatever claims "300 lives" does. A clause stating what a report says ("claims that 40,000
fighters had entered from the border") has no author in it: where they came from is a place.
A participle of saying with its to-infinitive ("the people believed to have fled") is passive:
no one speaks, even when the parser reads it as a finite verb with a subject."""

from __future__ import annotations

import pytest

from tasks.extract.cue_speakers import speaker_of
from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import OUTLET, claim_on


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("KHARKIV REGION, Ukraine (AP) — Local officials said Monday that 12 civilians were "
         "wounded in overnight shelling.", "12", "Local officials"),
        ("KYIV, Ukraine (AP) — The Ukrainian military said it had shot down 25 drones "
         "overnight.", "25", "Ukrainian military"),
        ("GAZA CITY, Gaza Strip (AP) — Health officials reported that 40 people were killed in "
         "the strike.", "40", "Health officials"),
        ("ZAPORIZHZHIA REGION, Ukraine (AP) — Russia and Ukraine said Sunday they had each "
         "freed 90 prisoners of war.", "90", "Russia"),
        # guards: a dateline closed right after the capitals, a dateline the parse got right
        ("BANGKOK: A strike killed 12 people, police said.", "12", "police"),
        ("DONETSK, Ukraine (Reuters) — Ukraine's army said Tuesday that it had destroyed 14 "
         "tanks near the town.", "14", "Ukraine's army"),
    ],
)  # fmt: skip
def test_the_dateline_is_no_speaker(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mali has fought jihadist forces that have claimed thousands of lives across the "
         "Sahel.", "thousands"),
        ("The army, which has claimed hundreds of lives in the region, denies any abuses.",
         "hundreds"),
        ("Rebel militias have claimed dozens of lives in the north this year.", "dozens"),
        ("Government troops that have claimed thousands of lives in the east are now "
         "withdrawing.", "thousands"),
    ],
)  # fmt: skip
def test_who_claims_lives_causes_them(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert (claim[ClaimCol.ATTRIBUTED_TO], claim[ClaimCol.ATTRIBUTION_KIND]) == (
        OUTLET,
        AttributionKind.MEDIA,
    )


def test_a_teller_of_lives_lost_still_tells(nlp) -> None:
    text = "The militia has claimed dozens of lives in the camps, aid workers said."
    assert claim_on(nlp, text, "dozens")[ClaimCol.ATTRIBUTED_TO] == "aid workers"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        ("The monitor on Thursday denied claims that 40,000 militiamen had entered the valley "
         "from the Syrian borders.", "40,000", "Syrian borders"),
        ("The ministry rejected reports that 5,000 fighters had crossed into the valley from "
         "the northern border.", "5,000", "northern border"),
        ("Officials dismissed claims that 300 refugees had arrived from the coastal towns.",
         "300", "coastal towns"),
        ("The monitor denied reports that 800 gunmen had slipped into the city from the "
         "desert.", "800", "desert"),
    ],
)  # fmt: skip
def test_a_place_in_what_a_report_says_is_no_author(nlp, text, number, place) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] != place


def test_a_report_described_keeps_its_author(nlp) -> None:
    text = "A report compiled by the monitoring group found that 40 villages were shelled."
    assert claim_on(nlp, text, "40")[ClaimCol.ATTRIBUTED_TO] == "monitoring group"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Aid workers worried that only a trickle of the people believed to have fled the city "
         "have reached safety.", "believed"),
        ("Officials warned that only a fraction of the fighters said to have surrendered have "
         "been registered.", "said"),
        ("Rescuers feared that many of the residents thought to have sheltered in the basement "
         "had died.", "thought"),
        ("Monitors said that only some of the children reported to have been abducted had "
         "returned.", "reported"),
        ("Few of the soldiers estimated to have deserted have been caught.", "estimated"),
    ],
)  # fmt: skip
def test_who_is_said_to_have_done_it_is_no_speaker(nlp, text, verb) -> None:
    doc = nlp(text)
    assert speaker_of(next(t for t in doc if t.text == verb)) is None


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Aid workers worried Thursday that only a trickle of the people believed to have fled "
         "the city have reached safety, as hundreds reportedly have been killed.", "hundreds",
         OUTLET),
        ("Officials warned that only a fraction of the fighters said to have surrendered have "
         "been registered, while 40 remain missing.", "40", "Officials"),
        # guards: an active claim to have done it, a finite verb of saying
        ("The general claimed to have killed 30 enemy soldiers in the raid.", "30", "general"),
        ("Monitors said that only some of the children had returned, after 35 were freed.",
         "35", "Monitors"),
    ],
)  # fmt: skip
def test_the_sentence_speaker_or_none(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source
