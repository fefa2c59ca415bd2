"""Claim types on unseen conflict news (dev5, issue 10): a count of people harmed -- killed,
dead, wounded, injured, missing, lynched, held -- typed as a plain count of people. One rule
(``harm_cues.harmed`` with WordNet's verbs of killing, injuring and dying in ``CASUALTY_WORDS``):
a count of persons, or of nobody named, is of casualties when harm is said of it, by a verb of
the field, by its own modifiers, or by the harm total it is the value or a part of. Every
sentence here is invented; each paraphrase differs in wording and structure from the dev5 one.
The same holds for weapons: WordNet's weapons and military vehicles are equipment."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import claim_on

CASUALTY = ClaimType.CASUALTY_COUNT
PEOPLE = ClaimType.PEOPLE_COUNT
TROOPS = ClaimType.TROOP_COUNT
EQUIPMENT = ClaimType.EQUIPMENT_COUNT
OTHER = ClaimType.OTHER


def _type(nlp, text: str, number: str) -> ClaimType:
    return claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE]


# The value of a harm total, or a part of it: the subject names the harm ("death toll",
# "fatalities", "those hurt", "the injured"), the count is the object of "include", "reach" or
# the "to" of "rise"/"raise", with a person noun or none, and also the items of a list after it.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The death toll from the floods climbed to 310 villagers by Sunday.", "310"),
        ("The toll has reached 95 farmers, the governor said.", "95"),
        ("Fatalities so far include 12 children and 30 women.", "12"),
        ("Fatalities so far include 12 children and 30 women.", "30"),
        ("Those hurt include nine pupils and two teachers, the school said.", "nine"),
        ("The injured include 30 children, the hospital said.", "30"),
        ("The toll of 40 dead includes 12 children.", "12"),
        ("The monitor said the death toll rose to 2,500 Thursday, with another 900 injured.",
         "2,500"),
        ("The monitor said the death toll rose to 2,500 Thursday, with another 900 injured.",
         "900"),
    ],
)  # fmt: skip
def test_the_value_or_part_of_a_harm_total_is_a_casualty(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# Harm on the count itself: "with" an injury, suffering or sustaining one, a harm adjective
# closing the count's phrase in a list ("two dead, four wounded and “body parts”"), and
# "confirmed dead", "remain missing" said of the count's subject.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Rescuers pulled out 17 with severe burns.", "17"),
        ("Doctors treated 300 with burns and 40 with gunshot wounds.", "40"),
        ("The shelling left 300 homeless and 45 with shrapnel wounds.", "45"),
        ("Of the passengers, 12 were unhurt and 14 were sustaining head injuries.", "14"),
        ('Officials listed two dead, nine injured and "missing limbs" at the site of the attack.',
         "nine"),
        ("Another 60 fishermen remain missing.", "60"),
        ("Rescue teams: 18 people confirmed dead, 70 others injured in the collapse.", "18"),
    ],
)  # fmt: skip
def test_harm_said_of_the_count_itself_is_a_casualty(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# The field is WordNet's (kill.v.01, injure.v.01, die.v.01 and their troponyms), not a hand list.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A mob lynched 12 men accused of theft.", "12"),
        ("Gunmen assassinated 3 local officials in the province.", "3"),
        ("15 miners suffocated in the collapsed shaft.", "15"),
        ("Armed gangs had led to 80 traders being lynched since June.", "80"),
    ],
)  # fmt: skip
def test_a_verb_of_the_wordnet_harm_field_makes_casualties(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# Members of an armed body who are killed or wounded are casualties, not troops.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The strike killed 40 members of the presidential guard.", "40"),
        ("Twenty members of the militia died in the ambush.", "Twenty"),
        ("Rebels said the raid wounded 30 members of the army.", "30"),
    ],
)  # fmt: skip
def test_members_of_an_armed_body_harmed_are_casualties(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# "N of whom" counts the relative clause's antecedent: hostages and prisoners are casualties.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Talks focused on the hostages, about 30 of whom are believed to be held in tunnels.",
         "30"),
        ("The army freed the prisoners, 300 of whom were civilians.", "300"),
    ],
)  # fmt: skip
def test_n_of_whom_counts_its_antecedent(nlp, text, number) -> None:
    assert _type(nlp, text, number) == CASUALTY


# The known exceptions stay what they count: people displaced or made homeless, jobs, people a
# harm total moves to act, members an armed body numbers, people unhurt, the antecedent "of
# whom" when it is plain people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The death toll rose to 300 and the fighting displaced 20,000 people.", "20,000",
         PEOPLE),
        ("The shelling left 300 homeless and 45 with shrapnel wounds.", "300", PEOPLE),
        ("The war has cost 3,000 jobs, the union said.", "3,000", PEOPLE),
        ("The deaths prompted 400 residents to give blood.", "400", PEOPLE),
        ("Of the passengers, 12 were unhurt and 14 were sustaining head injuries.", "12",
         PEOPLE),
        ("The town has 9,000 residents, 2,000 of whom fled last week.", "2,000", PEOPLE),
        ("The brigade, which numbers 3,800 members, crossed the river near the front.", "3,800",
         TROOPS),
    ],
)  # fmt: skip
def test_displacement_jobs_and_the_unhurt_stay_people(nlp, text, number, expected) -> None:
    assert _type(nlp, text, number) == expected


# Weapons and military vehicles are WordNet's (weapon.n.01, weaponry.n.01, military_vehicle.n.01),
# not a hand list: counted, they are equipment; "hardware" only in a military sentence.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Air defences downed 30 projectiles over the city overnight.", "30", EQUIPMENT),
        ("The air force sent six bombers to strike the depot.", "six", EQUIPMENT),
        ("Police recovered 300 pistols and 40 grenades from the warehouse.", "300", EQUIPMENT),
        ("The army fired 12 interceptors at the incoming salvo.", "12", EQUIPMENT),
        ("The firm shipped 500 hardware units.", "500", OTHER),
    ],
)  # fmt: skip
def test_wordnet_weapons_are_equipment(nlp, text, number, expected) -> None:
    assert _type(nlp, text, number) == expected


# A part of a whole named only by a pronoun ("Of those, N were ...", "N of them") counts what
# the count it stands for counts, in its sentence or the one before.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Vigilantes had led to 350 people being lynched since April. Of those, 310 were alleged "
         "gang members and one was a police officer.", "310", CASUALTY),
        ("Militias abducted 90 students last week. Of these, 40 have since been released.", "40",
         CASUALTY),
        ("Both sides said about 200 prisoners each had been exchanged on Wednesday. “Our people "
         "are back, 207 of them,” the president wrote.", "207", CASUALTY),
        ("The ministry said 500 soldiers were wounded in May. Doctors have treated 300 of them in "
         "Kyiv.", "300", CASUALTY),
        ("The city registered 12,000 new voters this year. Of those, 3,000 were under 21.",
         "3,000", PEOPLE),
    ],
)  # fmt: skip
def test_a_part_of_a_pronoun_whole_is_typed_like_the_whole(nlp, text, number, expected) -> None:
    assert _type(nlp, text, number) == expected


# A participle after the count read as its main verb ("N peacekeepers deployed with the mission
# had been killed"): the passive verb of harm the parser left without a subject is said of the
# count (the last sentences parse right on main too; they guard the rule's reach).
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Uganda's defence ministry confirmed that six of its peacekeepers deployed with the "
         "regional mission had been killed in fighting near Goma.", "six", CASUALTY),
        ("Three Tanzanians deployed with the UN stabilisation mission and five others in the "
         "regional force were killed over three days of heavy fighting, it said.", "Three",
         CASUALTY),
        ("Rebels said 12 fighters trained in the camp had been killed in the raid.", "12",
         CASUALTY),
        ("The army said 300 soldiers deployed to the border were preparing for an exercise.",
         "300", TROOPS),
        ("Officials said that 40 engineers sent to the plant had been evacuated.", "40", PEOPLE),
    ],
)  # fmt: skip
def test_harm_left_without_a_subject_by_a_misparse(nlp, text, number, expected) -> None:
    assert _type(nlp, text, number) == expected
