"""Word lists for where a claim is and about whom: prepositions of place, region nouns, directions,
places a post is in (not whose it is), and names that are never actors. Data only: the rules
are in ``actors.py``.
"""

from __future__ import annotations

from typing import Final

LOC_PREPS: Final = {
    "in",
    "to",
    "into",
    "near",
    "at",
    "inside",
    "within",
    "across",
    "towards",
    "around",
}
REGION_NOUNS: Final = {
    "region", "oblast", "province", "district", "city", "area", "border", "town", "state",
    "county", "governorate", "prefecture", "territory", "village",
}  # fmt: skip
# Where a post is, not whose ("an official in the capital", "a commander in the field"): no body
# an unnamed post holder speaks for.
POST_PLACE_WORDS: Final = {"capital", "north", "south", "east", "west", "country", "field"}
DIRECTIONS: Final = {
    "eastern", "western", "northern", "southern", "central", "north-eastern", "north-western",
    "south-eastern", "south-western", "northeastern", "northwestern", "southeastern",
    "southwestern", "occupied",
}  # fmt: skip
# Never actors: weapons and taxes named like organisations ("HIMARS", "VAT"), and economic
# acronyms ("GDP"). Unknown all-capital names are actors only as a verb's subject.
NOT_ACTORS: Final = {
    "himars", "atacms", "javelin", "stinger", "patriot", "storm shadow", "vat", "tax", "levy",
    "duty", "tariff", "gdp", "gnp", "cpi", "rpi", "ftse", "ipo", "ceo", "cfo", "ai", "lng",
    "nasdaq", "dow", "s&p", "ppi", "pmi", "ons", "mp", "mps", "covid", "covid-19", "isw",
}  # fmt: skip
