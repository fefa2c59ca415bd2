"""Word lists for counts that are people, neither casualties nor troops: legislators and elected
office holders, patrons a body loses, a legislature's majority, people by their state ("three
million unemployed", "out of work"), a state or turnout that stands for its people, arrests,
jobs, survivors, the rescued, returned and displaced, populations, civilians and households.
Data only: the rules are in ``person_counts.py``, ``roles.py`` and ``claim_types.py``.
"""

from __future__ import annotations

from typing import Final

# Members of a legislature by their abbreviated titles, which WordNet lacks ("an extra 10 MEPs",
# "64 MSPs", "20 MLAs"): people. ("AMs", Welsh Assembly Members, is left out: "am" is a clock's.)
# The spelled-out ones ("senator", "congressman", "councillor", "peer", "mp") WordNet files.
LEGISLATOR_NOUNS: Final = {"mep", "msp", "mla", "mp"}
# Holders of elected office, abbreviated or spelled out: a party that "lost 12 MLAs" or "lost
# 300 councillors" lost them at the polls, a count of people, never casualties.
ELECTED_NOUNS: Final = LEGISLATOR_NOUNS | {
    "senator", "congressman", "congresswoman", "councillor", "councilor", "lawmaker",
    "legislator", "deputy", "representative", "assemblyman", "assemblywoman", "alderman",
    "mayor", "governor",
}  # fmt: skip
# People counted by their tie to a body or a business, which "loses" them when they leave: "the
# loss of 2,000 members", "lost 500,000 viewers" are people, not lives (in peace).
PATRON_NOUNS: Final = {
    "member", "customer", "client", "subscriber", "viewer", "listener", "reader", "user",
    "voter", "supporter", "follower", "fan", "shopper", "donor",
}  # fmt: skip
# Words that make a "majority" a legislature's, counted in its members: "Labour's majority was
# cut to 14", "the government's majority of 66"; not a seat's majority of votes (see below).
LEGISLATURE_WORDS: Final = {
    "government", "parliament", "commons", "senate", "congress", "assembly", "coalition",
    "mp", "legislature", "chamber", "lords", "peer", "senator", "rebel", "backbencher",
}  # fmt: skip
# ... a majority in one seat or ballot is votes: "held the seat with a majority of 5,000".
ELECTORAL_MAJORITY_WORDS: Final = {"seat", "constituency", "ward", "ballot", "by-election"}
# Adjectives that name people by their state when they stand for a noun after a count: "three
# million unemployed", "40,000 homeless", "2 million uninsured".
PERSON_STATES: Final = {
    "unemployed", "jobless", "homeless", "uninsured", "undocumented", "stateless", "elderly",
    "unvaccinated", "illiterate", "destitute", "landless",
}  # fmt: skip
# ... and what people are "out of" ("with 12,000 out of work", "200,000 out of a job", "5,000 out
# of their homes").
OUT_OF_STATES: Final = {"work", "job", "employment", "home"}
# Nouns for a state or a turnout that stand for the people in it when a count measures them
# ("unemployment of more than five million", "turnout was 12 million", "membership rose by
# 20,000"): people, as "three million unemployed" are. (A share of them keeps its unit: "5%".)
PEOPLE_MEASURES: Final = {
    "unemployment", "joblessness", "employment", "membership", "attendance", "turnout",
    "readership", "viewership", "listenership", "ridership", "headcount", "enrolment",
    "enrollment", "footfall",
}  # fmt: skip
# Arrests counted are the people arrested, a police figure told at any size ("there were only
# four arrests", "officers made 12 arrests"): people, never told in passing.
ARREST_NOUNS: Final = {"arrest"}
# People said to have lived through the harm their sentence tells of are people: "22 of the 71
# patients survived, but the number killed is unknown", "rescuers found 12 survivors".
SURVIVAL_WORDS: Final = {"survive", "survivor"}
# People rescued or evacuated are people too, unless their sentence says they were hurt ("24
# crew members were evacuated", not "12 wounded soldiers were evacuated to hospital").
RESCUE_VERBS: Final = {"rescue", "evacuate"}
# People a verb brings back to their homes are the displaced returning, people: "returned 2,400
# to their homes", "we have repatriated 900 from the camps to their villages".
RETURN_VERBS: Final = {"return", "repatriate", "resettle", "relocate", "bring"}
HOME_NOUNS: Final = {"home", "village", "house"}
# People displaced, uprooted or made to flee are people, not casualties, also beside a count of
# the killed: "killed 3,000 and displaced 2 million others".
DISPLACED_WORDS: Final = {
    "displace", "displaced", "displacement", "uproot", "flee", "homeless",
}  # fmt: skip
# Jobs counted are the people who hold them: "cut 3,200 jobs", "48,000 new jobs", "1,200
# redundancies"; "job losses" and "job cuts" too (not casualties: "losses" of jobs); and
# livelihoods, a job by another name ("hundreds of thousands of livelihoods have gone").
JOB_NOUNS: Final = {"job", "redundancy", "layoff", "lay-off", "livelihood"}
JOB_CHANGE_NOUNS: Final = {"loss", "cut", "cuts", "losses"}
# "a population of 107,000", "the city of 3 million": people, though the noun is not a person;
# only when the number is the noun's "of" object ("ten countries" counts countries).
POPULATION_NOUNS: Final = {"population", "city", "town", "village", "country", "nation", "region"}
# Civilians by what they are ("several hundred UK citizens", "300 foreign nationals", "2,000
# tourists"): never troops, whatever armed words share their sentence ("troops are on standby
# to evacuate several hundred citizens"), unless they are enlisted themselves ("9,000 citizens
# were brought into the army"); harm still makes them casualties.
CIVILIAN_NOUNS: Final = {
    "citizen", "national", "resident", "civilian", "tourist", "worker", "expatriate", "expat",
    "holidaymaker", "evacuee", "villager", "passenger", "pilgrim",
}  # fmt: skip
# Units a place's size is given in before a hyphen: "a 50-family community", "a 200-household
# village": the people living there, counted by family as written.
HOUSEHOLD_UNITS: Final = {"family", "household"}
