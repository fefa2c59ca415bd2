"""Claim types and hedges on unseen conflict reports (dev16, issue 10). Every sentence here is
invented; each differs in wording and structure from the reports it stands for.

- A phrasal verb of killing ("gunned down", "mowed down") makes the people it takes casualties
  as "killed" does: the verb alone ("gun") names a weapon, not harm.
- Lives or victims a war, an attack or a struggle "claims" are deaths, also when the count is
  the second of "the lives of a colonel and six bodyguards"; that "claim" is no source's claim:
  no hedge, no source.
- A count hyphened onto a group's common noun ("a 22-member crew", "a 30-person team") sizes
  the group as "a 19-strong panel" does: people, troops where the group fights (a patrol or a
  squad in a sentence of fighting); never a body of states ("the 27-member bloc").
- "Of those harmed, 640 are ...": a fronted "of" phrase names the whole a bare count is
  drawn from, as "640 of those harmed" does."""

from __future__ import annotations

import pytest

from tasks.schema import ClaimCol, ClaimType
from tests.tasks.extract.outlet_claims import OUTLET, claim_on, type_on

CASUALTY, PEOPLE, TROOPS = ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.TROOP_COUNT
EQUIPMENT, OTHER = ClaimType.EQUIPMENT_COUNT, ClaimType.OTHER


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Police gunned down 17 smugglers in a firefight near the border, officials said.", "17"),
        ("Troops gun down 15 militants in a night raid.", "15"),
        ("Commandos gunned down 14 suspected rebels at a checkpoint on Friday.", "14"),
        ("Soldiers mowed down at least 40 protesters in the square, witnesses said.",
         "at least 40"),
        ("The 12 insurgents were gunned down as they crossed the river.", "12"),
    ],
)  # fmt: skip
def test_phrasal_verbs_of_killing_make_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The army drove 12 trucks down the highway to the front.", "12", EQUIPMENT),
        ("Police handed out 300 guns and sent 20 officers down to the port.", "300", EQUIPMENT),
    ],
)  # fmt: skip
def test_down_without_a_killing_verb_is_no_killing(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The decade-long revolt has claimed more than 9,000 victims.", "more than 9,000"),
        ("A roadside bomb claimed the lives of a colonel and six bodyguards.", "six"),
        ("The insurgency has claimed the lives of 300 police officers and 1,200 civilians.",
         "1,200"),
        ("Years of unrest have claimed about 2,000 victims in the province.", "about 2,000"),
        ("The fighting in the north claimed 45 lives on Sunday.", "45"),
    ],
)  # fmt: skip
def test_lives_or_victims_claimed_are_deaths_not_a_claim(nlp, text, number) -> None:
    claim = claim_on(nlp, text, number)
    assert claim[ClaimCol.CLAIM_TYPE] == CASUALTY
    assert claim[ClaimCol.HEDGE_CUE] is None
    assert claim[ClaimCol.ATTRIBUTED_TO] == OUTLET


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebels claimed they had killed 40 soldiers.", "40"),
        ("Rebels claimed 200 soldiers had surrendered.", "200"),
    ],
)  # fmt: skip
def test_a_claim_of_a_figure_still_hedges(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.HEDGE_CUE] == "claimed"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Coastguards said all of the 18-member team had been accounted for.", "18", PEOPLE),
        ("The coastguard picked up a 14-member fishing crew after the storm.", "14", PEOPLE),
        ("A 12-member delegation from the opposition arrived in the capital.", "12", PEOPLE),
        ("Officials sent a 30-person team of investigators to the site.", "30", PEOPLE),
        ("A 40-member patrol of the army came under fire near the village.", "40", TROOPS),
        ("England named a 23-man squad for the World Cup on Thursday.", "23", PEOPLE),
    ],
)  # fmt: skip
def test_a_count_hyphened_onto_a_group_sizes_it(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 27-member bloc will meet again in March.", "27"),
        ("The 25-member EU agreed new sanctions on Monday.", "25"),
        ("The 193-member General Assembly voted on the resolution.", "193"),
    ],
)  # fmt: skip
def test_members_of_a_body_of_states_are_no_people(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == OTHER


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Of those harmed by the blast, 640 are still in the city, doctors said.", "640",
         CASUALTY),
        ("Of those injured in the blast, 45 were still being treated on Sunday.", "45",
         CASUALTY),
        ("Of the people killed, 120 were women, officials said.", "120", CASUALTY),
        ("Of those evacuated, 400 have returned home.", "400", PEOPLE),
        ("Of the 2,000 residents, 300 were moved to shelters.", "300", PEOPLE),
    ],
)  # fmt: skip
def test_a_fronted_of_phrase_names_the_whole(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# "by expert estimates" on the verb that gives the figure hedges it as "estimates" would as
# its subject; a "by" of time does not.
@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        ("The conflict has, by expert estimates, claimed at least 40,000 lives.",
         "at least 40,000", "estimates"),
        ("The war has by some estimates displaced 3 million people.", "3 million", "estimates"),
        ("The fighting has killed 200 people by Sunday, officials said.", "200", None),
    ],
)  # fmt: skip
def test_by_estimates_on_the_verb_hedges(nlp, text, number, cue) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.HEDGE_CUE] == cue


# A wire story's dateline in capitals is no subject: the toll after it is what "reached" counts.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("TBILISI, Georgia—The toll from a week of border skirmishes has reached about 230.",
         "about 230"),
        ("KABUL, Afghanistan (AP) — The toll from the bombing has climbed to 45, officials said.",
         "45"),
        ("BANGKOK: The toll from the bombing rose to 31 on Friday.", "31"),
        ("MOGADISHU, Somalia — The death toll has passed 100.", "100"),
    ],
)  # fmt: skip
def test_a_toll_after_a_dateline_counts_casualties(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == CASUALTY


# A toll called "reported" with no one named giving it is hedged, as "reportedly" would; one a
# source gives, or a verb "reported", is not.
@pytest.mark.parametrize(
    ("text", "number", "cue"),
    [
        ("The reported death toll from the clashes rose to 80 on Tuesday.", "80", "reported"),
        ("Reported casualties among the rebels exceed 300.", "300", "reported"),
        ("MOSCOW — The reported toll has reached 140 after a week of fighting.", "140",
         "reported"),
        ("The reported death toll has reached 140, the health ministry said.", "140", None),
        ("The army reported 40 deaths in the attack.", "40", None),
    ],
)  # fmt: skip
def test_a_reported_toll_with_no_source_is_hedged(nlp, text, number, cue) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.HEDGE_CUE] == cue


# The whole a partitive takes its part from ("out of the 70 people underground", "Of the 300
# civilians in the convoy, 20 ...") counts the group, people; the part keeps its harm.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The blast injured six miners out of the 70 people working underground.", "70", PEOPLE),
        ("Twelve passengers out of the 40 people on board were injured in the crash.", "40",
         PEOPLE),
        ("Twelve passengers out of the 40 people on board were injured in the crash.", "Twelve",
         CASUALTY),
        ("Of the 300 civilians in the convoy, 20 were killed.", "300", PEOPLE),
        ("Of the 300 civilians in the convoy, 20 were killed.", "20", CASUALTY),
        ("Only three of the 150 villagers survived the massacre.", "150", PEOPLE),
        ("Militants killed 50 of the 8,000 troops at the base.", "8,000", TROOPS),
        ("Four of the 30 wounded died in hospital.", "30", CASUALTY),
    ],
)  # fmt: skip
def test_the_whole_of_a_partitive_counts_the_group(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# An acronym spelled out as a name with "of"/"for" phrases counts what the name's head noun
# names: "Defenders of the Southern Valleys (DSV)" are defenders, people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Three Defenders of the Southern Valleys (DSV) died, the army said. A witness said "
         "30 DSV were killed in the second attack.", "30", CASUALTY),
        ("Members of the Guardians of the Valley (GOV) met on Monday. Police said 25 GOV were "
         "wounded in the clashes.", "25", CASUALTY),
        ("The Friends of the Earth (FOE) group marched. Some 40 FOE staff were moved.", "40",
         PEOPLE),
    ],
)  # fmt: skip
def test_an_acronym_counts_its_names_head_noun(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People a verb rescues or evacuates are people (survivors), unless the sentence says they were
# hurt; troops evacuated stay troops.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Two helicopters lifted 31 tanker crew members off the burning deck and evacuated them.",
         "31", PEOPLE),
        ("Coastguard rescues 19 fishermen after storm sinks trawler", "19", PEOPLE),
        ("Some 40 villagers were rescued from the rubble after the air strike.", "Some 40",
         PEOPLE),
        ("Troops evacuated 300 residents from the shelled town on Monday.", "300", PEOPLE),
        ("Twelve wounded soldiers were evacuated to hospital after the ambush.", "Twelve",
         CASUALTY),
        ("The navy evacuated 500 troops from the island.", "500", TROOPS),
        ("Rescuers pulled 15 injured people from the building after the strike.", "15",
         CASUALTY),
    ],
)  # fmt: skip
def test_people_rescued_or_evacuated_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# Attackers said to be operating or active somewhere are a force in the field: troops.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Officials believe some 70 militants operating in the forest reserve have crossed over.",
         "some 70", TROOPS),
        ("Some 300 gunmen active in the hills were spotted by drones.", "Some 300", TROOPS),
        ("About 200 insurgents who operate along the border have been identified.", "About 200",
         TROOPS),
        ("Police jailed 12 terrorists on Monday.", "12", PEOPLE),
    ],
)  # fmt: skip
def test_attackers_operating_somewhere_are_troops(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# People a verb brings back to their homes are the displaced returning: people; prisoners and
# soldiers keep their own type.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("“This week alone we returned 2 400 from the shelters to their homes,” a camp official "
         "said after the fighting.", "2 400", PEOPLE),
        ("More than 500 families were returned to their villages after the militants were "
         "driven out.", "More than 500", PEOPLE),
        ("The army said it had resettled 2,000 displaced people to their homes in the north.",
         "2,000", PEOPLE),
        ("Officials said 40 were returned to their homes after the fighting ended.", "40",
         PEOPLE),
        ("Russia repatriated 300 prisoners of war to their homes in an exchange.", "300",
         CASUALTY),
        ("The government brought 90 soldiers home from the front.", "90", TROOPS),
    ],
)  # fmt: skip
def test_people_returned_to_their_homes_are_people(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# Police sent as a force, on a mission or a deployment, are troops; police a city hires or who
# attend a funeral are people.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("A further 350 police officers from Senegal flew in on Friday for the regional security "
         "mission.", "350", TROOPS),
        ("Some 150 police officers from Rwanda joined the peacekeeping mission in the capital.",
         "Some 150", TROOPS),
        ("The government deployed 400 police officers to the border region on Friday.", "400",
         TROOPS),
        ("The city hired 500 police officers last year.", "500", PEOPLE),
        ("About 300 police officers attended the funeral on Sunday.", "About 300", PEOPLE),
    ],
)  # fmt: skip
def test_police_sent_on_a_mission_are_troops(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected
