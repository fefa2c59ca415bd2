"""Claim type, actor, location and hedging on literal sentences (needs the trained parser)."""

from __future__ import annotations

import pytest

from tasks.extract.attribution import ArticleContext
from tasks.extract.claims import claim_facts
from tasks.extract.incidental import is_incidental
from tasks.extract.quantities import find_quantities


def _facts(nlp, text: str):
    doc = nlp(text)
    ctx = ArticleContext.build(doc)
    [q] = find_quantities(doc)
    return claim_facts(doc, q, ctx)


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("North Korea has sent 10,000 soldiers to Russia.", "troop_count"),
        ("About 11,000 North Korean troops are stationed in eastern Russia.", "troop_count"),
        # nationals in a military unit are troops; the same noun oppressed at home is people
        ("About 3,000 North Koreans are part of the Buryat Battalion.", "troop_count"),
        ("The regime oversees the oppression of over 20 million North Koreans.", "people_count"),
        # killed or wounded soldiers are casualties, not a troop count
        ("Around 600,000 Russian soldiers have been killed or wounded.", "casualty_count"),
        (
            "Russian forces sustain heavy losses, estimated at over 600,000 troops.",
            "casualty_count",
        ),
        ("At least 22 people died in the strike.", "casualty_count"),
        ("Ukraine said it had downed three helicopters.", "equipment_count"),
        ("Iran supplied 400 drones.", "equipment_count"),
        ("More than 20,000 refugees crossed the border.", "people_count"),
        ("NATO will provide 40 billion euros this year.", "money"),
        ("NATO provided 99% of all military assistance.", "percentage"),
        ("The convoy stretched for 40 miles.", "other"),
    ],
)
def test_claim_type(nlp, text, claim_type) -> None:
    assert _facts(nlp, text).claim_type == claim_type


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("About 11,000 North Korean soldiers are stationed in eastern Russia.", "North Korea"),
        ("Around 600,000 Russian soldiers have been killed or wounded.", "Russia"),
        ("North Korea has sent 10,000 soldiers.", "North Korea"),  # the sender's troops
        ("NATO continues to support Ukraine and has provided 99% of all assistance.", "NATO"),
    ],
)
def test_actor(nlp, text, actor) -> None:
    assert _facts(nlp, text).actor.name == actor


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("About 11,000 North Korean soldiers are stationed in eastern Russia.", "eastern Russia"),
        ("Thousands of North Korean soldiers arrived in Russia's Kursk region.", "Kursk region"),
    ],
)
def test_location(nlp, text, location) -> None:
    assert _facts(nlp, text).location.text == location


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("North Korea has reportedly sent 10,000 soldiers.", "reportedly"),
        ("He cited estimates that around 600,000 soldiers were killed.", "estimates"),
        ("Losses are estimated at over 600,000 troops.", "estimated"),
        ("The claim that 300 soldiers died could not be independently verified.",
         "could not be independently verified"),
        ("Officials said 12,000 soldiers arrived.", None),
        # a hedging verb in another clause does not hedge the figure
        ("Though Russia claims the regions, its forces control 70% of the territory.", None),
        ("A rough extrapolation suggests the number of deaths may be close to 200.",
         "extrapolation"),
        # a report with a named source is attribution, not hedging
        ("Reports from Ukrainian intelligence indicate that 11,000 soldiers arrived.", None),
    ],
)  # fmt: skip
def test_hedging(nlp, text, cue) -> None:
    assert _facts(nlp, text).hedge_cue == cue


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # captured, surrendered and abducted people are casualties
        ("A further 771 Ukrainian troops have surrendered.", "casualty_count"),
        ("The sides exchanged 157 prisoners of war.", "casualty_count"),
        ("More than 500 people have been abducted.", "casualty_count"),
        # a bare count: the next word or the subject of the copula says what it counts
        ("Kyiv's forces suffer 100 deaths and 500 wounded every day.", "casualty_count"),
        ("The death toll from that strike had risen to 21.", "casualty_count"),
        ("The pre-war population of the two regions was 2.1 million.", "people_count"),
        ("Despite the threat, thousands had remained in the city.", "people_count"),
    ],
)
def test_claim_type_without_a_counted_person(nlp, text, claim_type) -> None:
    doc = nlp(text)
    ctx = ArticleContext.build(doc)
    q = [q for q in find_quantities(doc) if doc[q.start].text not in ("100", "two")][0]
    assert claim_facts(doc, q, ctx).claim_type == claim_type


@pytest.mark.parametrize(
    ("text", "incidental"),
    [
        ("The two sides agreed to talk.", True),
        ("Control of the two cities would give Moscow the region.", True),
        ("Two people were killed in the strike.", False),  # casualties count at any size
        ("Four missiles hit the city.", False),  # so do weapons
        ("Five railway stations were hit by airstrikes.", False),  # and things hit
    ],
)
def test_small_counts_in_passing(nlp, text, incidental) -> None:
    doc = nlp(text)
    ctx = ArticleContext.build(doc)
    [q] = find_quantities(doc)
    assert is_incidental(doc, q, claim_facts(doc, q, ctx)) is incidental


def _claims(nlp, text: str):
    from tasks.extract.claims import find_claims

    doc = nlp(text)
    return doc, find_claims(doc, ArticleContext.build(doc))


def _types(nlp, text: str) -> dict[str, str]:
    doc, claims = _claims(nlp, text)
    return {doc[c.quantity.start : c.quantity.end].text: c.facts.claim_type for c in claims}


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # person nouns from WordNet, not a hand list
        ("About 300 passengers were stranded at the airport.", "people_count"),
        ("The vote was backed by 1,200 shareholders.", "people_count"),
        ("The city now has 80 millionaires.", "people_count"),
        ("The firm will hire 450 employees next year.", "people_count"),
        # "shot" is a casualty verb; deporting people counts people
        ("Police shot 12 protesters on Friday.", "casualty_count"),
        ("The government deported 3,000 people last year.", "people_count"),
        ("Some 2,000 refugees have returned since the war ended.", "people_count"),
        # vague money, and things that are not people
        ("The bank lost billions in the crash.", "money"),
        ("Advertisers spend millions on such campaigns.", "money"),
        ("Ten countries signed the treaty.", "other"),
        ("The pact was signed by 32 NATO allies.", "other"),
        # ships are weapons only where there is fighting
        ("Twelve ships carrying wheat left the port.", "other"),
        ("The navy lost 12 ships in the attack.", "equipment_count"),
        # a difference of percentages, an area
        ("Tariffs rise by 35 percentage points.", "percentage"),
    ],
)
def test_claim_type_classes(nlp, text, claim_type) -> None:
    assert list(_types(nlp, text).values()) == [claim_type]


def test_parallel_counts_take_their_parallels_type(nlp) -> None:
    types = _types(nlp, "Spain took 3,000 migrants, Italy 2,400 and Greece 1,900.")
    assert types == dict.fromkeys(("3,000", "2,400", "1,900"), "people_count")
    types = _types(nlp, "Twelve people were killed and 30 others were injured.")
    assert types == {"Twelve": "casualty_count", "30": "casualty_count"}
    types = _types(nlp, "In 2010 the site had 100 million users. Today that number is 200 million.")
    assert types == {"100 million": "people_count", "200 million": "people_count"}


def test_only_the_part_of_a_whole_is_a_casualty(nlp) -> None:
    types = _types(nlp, "Officials said 500 of the 8,000 troops were killed.")
    assert types == {"500": "casualty_count", "8,000": "troop_count"}


def test_small_counts_of_people_who_act_are_claims(nlp) -> None:
    doc, claims = _claims(nlp, "The council barred four businessmen from the city.")
    assert [doc[c.quantity.start : c.quantity.end].text for c in claims] == ["four"]
    doc, claims = _claims(nlp, "The two sides agreed to talk.")
    assert claims == []


@pytest.mark.parametrize(
    ("text", "actor", "basis"),
    [
        ("Russian forces fired 20 missiles overnight.", "Russia", "subject"),
        ("About 3,000 Ukrainians crossed the border.", "Ukraine", "subject"),  # not "Ukrainians"
        ("Twelve people were killed in Kharkiv on Monday.", "Ukraine", "place"),
        (
            "Germany is in recession, Germany's banks say. Prices rose 5% in May.",
            "Germany",
            "article",
        ),
        # weapons, taxes and economic acronyms are never actors
        (
            "France sells wine. Exports to France fell. GDP grew 2% in the quarter.",
            "France",
            "article",
        ),
        ("The VAT raised £5bn in Britain last year.", "United Kingdom", "place"),
    ],
)
def test_actor_and_its_basis(nlp, text, actor, basis) -> None:
    doc, claims = _claims(nlp, text)
    facts = claims[-1].facts
    assert (facts.actor.name, facts.actor.basis) == (actor, basis)


def test_location_has_a_country_and_a_point(nlp) -> None:
    doc, [claim] = _claims(nlp, "Twelve people were killed in Kharkiv on Monday.")
    location = claim.facts.location
    assert (location.text, location.country) == ("Kharkiv", "Ukraine")
    assert location.lat == pytest.approx(49.98, abs=0.1)
    assert location.lon == pytest.approx(36.25, abs=0.1)


def test_an_age_said_of_a_person_is_in_years_and_no_claim(nlp) -> None:
    text = "Like my nephew who is 15 - they never listen to radio."
    facts = _facts(nlp, text)
    assert (facts.claim_type, facts.unit) == ("other", "years")
    assert _claims(nlp, text)[1] == []  # a time span is never a claim of interest


def test_a_bare_count_beside_a_count_of_things_counts_the_same_things(nlp) -> None:
    types = _types(nlp, "Labour won 355 seats, while the Tories took 198.")
    assert types == {"355": "other", "198": "other"}


def test_one_passing_mention_does_not_make_the_articles_country(nlp) -> None:
    doc, claims = _claims(nlp, "The club will face a team from Munich. It sold 60,000 tickets.")
    assert claims[-1].facts.actor is None


def test_a_coordinated_clause_with_its_own_subject_types_its_own_count(nlp) -> None:
    types = _types(nlp, "Floods destroyed 800 homes and 20,000 people were left homeless.")
    assert types["20,000"] == "people_count"
    types = _types(nlp, "In the region 9,000 people have died and 3 million have fled.")
    assert types == {"9,000": "casualty_count", "3 million": "people_count"}


def test_among_the_dead_is_a_casualty_count(nlp) -> None:
    assert _types(nlp, "Among the dead were 14 firefighters.") == {"14": "casualty_count"}


def test_a_share_belongs_to_the_owner_of_the_whole_when_no_subject_names_one(nlp) -> None:
    doc, claims = _claims(nlp, "That amounts to about 40% of Russia's ground forces.")
    assert claims[-1].facts.actor.name == "Russia"


def test_the_pronoun_us_is_not_the_united_states(nlp) -> None:
    doc, claims = _claims(nlp, "Twenty of us were injured in the crush.")
    assert claims[-1].facts.actor is None
