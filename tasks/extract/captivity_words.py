"""Word lists for people taken, held and freed: captives and their captors, people detained by
police or courts (people, not casualties), abducted and freed prisoners, places and purposes of
captivity, and people moved by force. Data only: the rules are in ``roles.py`` and
``claim_types.py``.
"""

from __future__ import annotations

from typing import Final

# Captured people are casualties in the military sense (killed, wounded, missing, captured).
CAPTIVE_NOUNS: Final = {"prisoner", "pow", "captive", "abductee", "hostage"}
# Child soldiers an armed group lets go leave its service, not captivity: people.
CHILD_WORDS: Final = {"child", "underage", "minor", "teenage", "boy", "girl"}
LEAVING_SERVICE: Final = {
    "release", "free", "freed", "released", "demobilise", "demobilize", "demobilisation",
    "demobilization", "discharge", "hand", "reintegrate", "reintegration", "rescue",
}  # fmt: skip
# ... and so are those "taken prisoner", "held hostage" ...
CAPTOR_VERBS: Final = {"take", "hold", "keep"}
# ... and people "held", "detained", "interned" or "seized" (passive): "9,000 fighters held by the
# militia", "eight men seized at a hotel"; those held "in reserve" or "on standby" are troops.
DETAIN_VERBS: Final = {"hold", "detain", "imprison", "intern", "jail", "incarcerate", "seize"}
RESERVE_WORDS: Final = {"reserve", "standby", "readiness", "check", "place"}
# People held by police or courts on suspicion of a crime are people, not captives: "seven men
# were held in connection with suspected offences", "30 were detained on suspicion of fraud",
# "held on remand". Words of criminal justice in the sentence say so ...
CRIMINAL_JUSTICE_WORDS: Final = {
    "arrest", "police", "policeman", "officer", "suspicion", "suspect", "bail", "court",
    "magistrate", "charge", "offence", "offense", "crime", "criminal", "remand", "connection",
    "prosecutor", "questioning",
}  # fmt: skip
# What a court or prosecutor does to people, which counts them as people, never as casualties:
# "28 cartel members charged in an investigation", "12 officers were convicted", "five
# militants sentenced to death" (a sentence is no death yet).
COURT_VERBS: Final = {"charge", "indict", "convict", "sentence", "prosecute", "acquit"}
# ... unless the sentence is about captivity in war: "held captive by militants", "prisoners of
# war were held", "abducted civilians were detained" (casualties).
ABDUCTION_WORDS: Final = {"abduct", "kidnap", "abduction", "kidnapping", "captivity", "captive"}
# ... and prisoners freed (the guide: "prisoners of war, also when exchanged"): "the release of
# 144 soldiers", "95 were swapped", "the 144 freed" (participles the parser reads as nouns).
FREEING_WORDS: Final = {
    "release", "swap", "exchange", "repatriate", "repatriation", "free", "freed", "released",
    "swapped", "exchanged", "repatriated",
}  # fmt: skip
# ... or "returned" or "handed over" in a sentence about captives or a swap.
HANDOVER_VERBS: Final = {"return", "hand", "transfer"}
CAPTIVITY_TOPICS: Final = CAPTIVE_NOUNS | {"swap", "captivity"}
# Places of captivity: "900 troops were sent to a prison colony" are captured, casualties.
CAPTIVITY_WORDS: Final = {"prison", "jail", "captivity", "detention", "detainment", "custody"}
# ... and what captured people are moved "for": "transferred to Russia for investigation".
CAPTIVE_PURPOSES: Final = {"investigation", "interrogation", "questioning", "trial", "prosecution"}
# People deported, transferred or relocated by force are abducted civilians, casualties: "the
# forcible transfer of a million people", "forcibly deported 6,000 children", "the forced
# relocation of 2,000 villagers". Not any move by force ("police forcibly removed 30
# protesters"), nor a workforce's ("the forced relocation of 300 staff"): people.
FORCED_WORDS: Final = {"forcible", "forcibly", "forced", "forcefully"}
FORCED_MOVES: Final = {
    "deport",
    "deportation",
    "transfer",
    "transportation",
    "relocation",
    "relocate",
}
WORKFORCE_NOUNS: Final = {"staff", "employee", "worker", "workforce", "personnel", "official"}
