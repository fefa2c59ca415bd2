"""Word lists for finding numbers: number words, scales, qualifiers, units, and the words around a
number that make it a date, a time, a name or a score rather than a claim. Data only: the rules
that use them are in ``numbers.py``, ``quantities.py`` and ``quantity_filters.py``."""

from __future__ import annotations

from typing import Final

from tasks.schema import Qualifier

# "m" is news style for million ("£100m", "1.5m people"); metres are spelled out.
SCALES: Final = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# The tokenizer keeps a sentence's full stop on an abbreviation-like scale: "$640m." -> "m."
# Scale words spelled out: "more than thousand" can stand for one of them, "k" never does.
SPELLED_SCALES: Final = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
SCALES_WITH_STOP: Final = {f"{k}.": v for k, v in SCALES.items() if len(k) <= 3}
WORD_NUMBERS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}  # fmt: skip
# Plural magnitudes are vague counts: "Thousands of", "tens of thousands", "dozens".
VAGUE: Final = {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions"}
# "several hundred", "a few thousand": a vague count with a scale word.
VAGUE_DETERMINERS: Final = {"several", "few", "many"}
PERCENT_WORDS: Final = {"%", "percent", "pc", "per-cent"}
# SI units spelled out, with the metric prefixes news uses on each ("320 megawatts", "12
# kilograms", "40 millimetres", "12 teraflops"): generated from the prefix and unit tables.
_SI_PREFIXES = {"": "", "kilo": "k", "mega": "M", "giga": "G", "tera": "T", "milli": "m",
                "centi": "c", "micro": "µ", "nano": "n"}  # fmt: skip
_SI_BASES = {  # unit word: (symbol, the prefixes used on it)
    "gram": ("g", ("", "kilo", "milli", "micro")),
    "watt": ("W", ("", "kilo", "mega", "giga", "tera")),
    "metre": ("m", ("kilo", "centi", "milli", "nano")),  # bare metres are listed below
    "meter": ("m", ("kilo", "centi", "milli", "nano")),
    "litre": ("l", ("milli",)),
    "liter": ("l", ("milli",)),
    "hertz": ("Hz", ("", "kilo", "mega", "giga")),
    "flop": ("FLOPS", ("giga", "tera")),  # not bare: "three flops" are films
}
_SI_UNITS = {
    f"{prefix}{base}{plural}": _SI_PREFIXES[prefix] + symbol
    for base, (symbol, prefixes) in _SI_BASES.items()
    for prefix in prefixes
    for plural in (("",) if base == "hertz" else ("", "s"))
}
# Abbreviated units news writes after a number ("90 kph", "180 PS", "250 Nm", "5 mg"); "hp" is
# left out ("500 HP printers" are a brand's).
_UNIT_SYMBOLS = {"kph": "kph", "km/h": "kph", "mg": "mg", "ml": "ml", "kw": "kW", "bhp": "bhp",
                 "ps": "PS", "nm": "Nm", "tflops": "TFLOPS", "teraflop": "TFLOPS",
                 "teraflops": "TFLOPS", "litre": "litres", "liter": "litres"}  # fmt: skip
MEASURE_UNITS: Final = {
    **_SI_UNITS,
    **_UNIT_SYMBOLS,
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes", "kg": "kg",
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
    "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
    "minute": "minutes", "minutes": "minutes", "seconds": "seconds", "decade": "decades",
    "decades": "decades", "hectares": "hectares", "mph": "mph",
    "ft": "ft", "feet": "ft", "foot": "ft", "litres": "litres", "liters": "litres",
    "barrels": "barrels", "barrel": "barrels", "mins": "minutes", "min": "minutes",
    "secs": "seconds", "sec": "seconds", "yrs": "years", "acres": "acres", "acre": "acres",
    "cm": "cm", "mm": "mm", "inches": "inches", "inch": "inches", "gallons": "gallons",
    "gb": "GB", "gigabytes": "GB", "gigabyte": "GB", "mb": "MB", "megabytes": "MB",
    "megabyte": "MB", "tb": "TB", "terabytes": "TB", "terabyte": "TB", "kb": "KB",
    "kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps", "mhz": "MHz", "ghz": "GHz", "mw": "MW",
    "gw": "GW", "kwh": "kWh", "megapixels": "megapixels",
    # weights in imperial units, and kilograms by their short name: "a 500kg (1,100lb) bomb",
    # "a 2,000-pound bomb" ("pounds" alone is money: ``currencies`` reads it first); not the
    # singular "kilo" ("two Kilo-class submarines")
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "kilos": "kg",
}  # fmt: skip
# Weights a bracketed "(N pounds)" converts: "20 kilos (45 pounds) of explosives" is a weight.
WEIGHT_UNITS: Final = {"kg", "lb", "tonnes"}
# Units of time: a quantity in one is a duration, an age or a relative time, never a claim.
TIME_UNITS: Final = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"}
)
# "26,000 square km", "10,039 sq miles": an area.
AREA_UNITS: Final = {
    "km": "km2", "kilometres": "km2", "kilometers": "km2", "miles": "mi2", "mile": "mi2",
    "metres": "m2", "meters": "m2", "feet": "ft2", "foot": "ft2", "ft": "ft2", "yards": "yd2",
}  # fmt: skip
AREA_WORDS: Final = {"square", "sq", "sq."}
# Every unit of measure a quantity can carry (lengths, areas, weights, times...): what it
# measures is never persons, and it belongs to nobody in particular.
MEASURES: Final = frozenset({*MEASURE_UNITS.values(), *AREA_UNITS.values()})
# Words between a number and its unit that the unit keeps: "5m metric tonnes".
UNIT_ADJECTIVES: Final = {"metric", "cubic", "nautical", "imperial", "short", "long"}
# "35 percentage points", "a 2 percentage-point rise": a difference of percentages.
PERCENTAGE_POINTS: Final = {("percentage", "point"), ("percentage", "points"), ("percentage", "-")}
# Words before "X to Y" that make it a change, not a range: "rose 3p to 120p", "from 10 to 15".
CHANGE_WORDS: Final = {
    "from", "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen",
    "falling", "up", "down", "increased", "decreased", "climbed", "dropped", "jumped",
    "slipped", "gained", "lost", "grew", "shrank", "cut", "raised", "lowered", "slumped",
    "soared", "surged", "plunged", "dipped", "edged", "added", "shed",
}  # fmt: skip
# Multi-word qualifiers first (longest match wins), as lowercase token tuples.
_MORE, _LESS, _AT_LEAST, _AT_MOST = (
    Qualifier.MORE_THAN, Qualifier.LESS_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST,
)  # fmt: skip
_ABOUT = Qualifier.APPROXIMATE
QUALIFIERS: Final[dict[tuple[str, ...], Qualifier]] = {
    ("more", "than"): _MORE, ("in", "excess", "of"): _MORE, ("upwards", "of"): _MORE,
    ("well", "over"): _MORE, ("just", "over"): _MORE, ("over",): _MORE, ("above",): _MORE,
    ("exceeding",): _MORE, ("fewer", "than"): _LESS, ("less", "than"): _LESS,
    ("just", "under"): _LESS, ("under",): _LESS, ("below",): _LESS,
    ("at", "least"): _AT_LEAST, ("at", "most"): _AT_MOST, ("up", "to"): _AT_MOST,
    ("as", "many", "as"): _AT_MOST, ("as", "much", "as"): _AT_MOST,
    ("an", "estimated"): _ABOUT, ("about",): _ABOUT, ("around",): _ABOUT,
    ("approximately",): _ABOUT, ("approx",): _ABOUT, ("nearly",): _ABOUT, ("almost",): _ABOUT,
    ("some",): _ABOUT, ("roughly",): _ABOUT, ("close", "to"): _ABOUT, ("estimated",): _ABOUT,
    ("circa",): _ABOUT, ("approaching",): _ABOUT, ("roughly", "about"): _ABOUT,
    # nearness to a figure: "nearer 150,000", "closer to 40%", "in the region of 2,000"
    ("nearer",): _ABOUT, ("nearer", "to"): _ABOUT, ("closer", "to"): _ABOUT,
    ("in", "the", "region", "of"): _ABOUT,
    # a total drawing near a figure is not yet at it: "casualties nearing 1 million", "edging
    # towards 40%", "closing in on 500" (a total that "reached" or "hit" it is exact)
    ("nearing",): _ABOUT, ("edging", "toward"): _ABOUT, ("edging", "towards"): _ABOUT,
    ("closing", "in", "on"): _ABOUT, ("close", "on"): _ABOUT,
    # "more or less 120 fighters": give or take; "beyond 30", "well beyond 40": past it
    ("more", "or", "less"): _ABOUT, ("beyond",): _MORE, ("well", "beyond"): _MORE,
}  # fmt: skip
MAX_QUALIFIER: Final = max(len(k) for k in QUALIFIERS)
# A bound negated bounds the other way, and takes the figure in: "not less than 68" and "no
# fewer than 50" are at least that many, "not more than 20", "no more than 20", "not exceeding
# 500" and "did not exceed 40" at most that many.
BOUND_NEGATORS: Final = {"not", "no", "never"}
NEGATED_BOUNDS: Final = {_MORE: _AT_MOST, _LESS: _AT_LEAST}
# ... but "not" before a bound a degree word opens is "not only": "not just over 50 but nearer
# 500" still says more than 50.
DEGREE_OPENERS: Final = {"just", "well"}
# A comparative a copula gives a count bounds it: "the toll was higher than 40", "the number of
# dead is greater than 300" (not "rose to 12%, higher than 10% a year ago": a baseline).
COMPARATIVE_BOUNDS: Final = {
    "higher": _MORE, "greater": _MORE, "larger": _MORE, "bigger": _MORE, "lower": _LESS,
    "smaller": _LESS,
}  # fmt: skip
# Verbs (lemmas) whose object is a threshold passed: "the toll tops 15,200", "surpassed 40,000".
EXCEEDING_VERBS: Final = {"exceed", "surpass", "top"}
# ... and verbs that pass one only when their object is a bare number ("the toll could pass 20",
# "has crossed 1,000"; not "passed 12 checkpoints"): a qualifier, never what a count counts.
PASSING_VERBS: Final = EXCEEDING_VERBS | {"pass", "cross"}
# "10 or so", "20-odd", "50 or more": words after the number that set the qualifier.
TRAILING_QUALIFIERS: Final[dict[tuple[str, ...], Qualifier]] = {
    ("or", "so"): _ABOUT, ("-", "odd"): _ABOUT, ("odd",): _ABOUT, ("or", "more"): _AT_LEAST,
    ("or", "fewer"): _AT_MOST, ("or", "less"): _AT_MOST, ("-", "plus"): _AT_LEAST,
}  # fmt: skip
# "4 persons at least were killed", "12 at least were hurt": a bound put after the count (or after
# the noun it counts) bounds it as it does before it.
POSTPOSED_BOUNDS: Final[dict[tuple[str, ...], Qualifier]] = {
    ("at", "least"): _AT_LEAST, ("at", "most"): _AT_MOST,
}  # fmt: skip
# "hand over 157 prisoners": "over" is the verb's particle, not "more than".
PHRASAL_OVER: Final = {
    "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn",
    "turns", "turned", "turning", "give", "gave", "given", "giving", "handover", "pass", "passed",
}  # fmt: skip
# Fractions of a whole are percentages: "two-thirds" -> 66.7, "a quarter of" -> 25.
FRACTIONS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
# "the second half of 2022" is a date; "half-measures" a compound.
NOT_FRACTION_BEFORE: Final = {"second", "first", "last", "latter", "former", "other", "and", "in"}
# Words after "half" or a fraction that say what it is a share of.
FRACTION_FOLLOWERS: Final = {"of", "the", "its", "their", "his", "her", "all", "our", "my", "your"}
# "one person was killed" is a count; a lone "one" is mostly a pronoun ("one of them").
ONE_COUNTED: Final = {"person", "civilian", "child", "man", "woman", "soldier", "resident", "baby"}
MONTHS: Final = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
TIME_WORDS: Final = {
    "am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "utc", "hrs", "o'clock", "o’clock",
}  # fmt: skip
# A number in digits right before one of these, singular and capitalised, names the unit: "the
# 317 Brigade", "3 Commando Brigade" (a count takes the plural: "16 brigades").
NUMBERED_FORMATIONS: Final = {
    "brigade", "division", "regiment", "battalion", "corps", "squadron", "fleet", "flotilla",
}  # fmt: skip
# A number right after one of these is part of a name: "Article 5", "Resolution 2231".
NAME_NUMBER_WORDS: Final = {
    "article", "section", "chapter", "resolution", "phase", "level", "flight", "route", "unit",
    "no", "no.", "number", "brigade", "division", "regiment", "battalion", "page", "paragraph",
    "apollo", "boeing", "airbus", "covid", "category", "world", "war", "stage", "block", "model",
    "season", "series", "episode", "version", "room", "platform", "gate", "row", "channel",
    "formula", "windows", "iphone", "galaxy", "pixel", "playstation", "xbox", "tier", "ftse",
    "dax", "cac", "nikkei", "stoxx", "fortune", "radio", "bbc", "itv", "super", "euro", "rated",
}  # fmt: skip
NAME_LABELS: Final = {
    "ORG", "PRODUCT", "LAW", "EVENT", "FAC", "WORK_OF_ART", "PERSON", "DATE", "TIME",
}  # fmt: skip
# "8,900 last month", "up from 40 this year": a time phrase after a number says when, it is
# neither a date the number belongs to nor what the number counts.
DEICTIC_TIMES: Final = {"last", "this", "next", "previous"}
TIME_NOUNS: Final = {
    "year", "month", "week", "day", "quarter", "season", "weekend", "summer", "winter", "spring",
    "autumn", "night", "time",
}  # fmt: skip
# After a goal scorer's minute in a match report: "Smith 79 og", "Jones 45 pen".
GOAL_MARKS: Final = {"og", "o.g.", "pen", "pen."}
# A number measured back or forward from now: "20 years ago", "three months later".
RELATIVE_TIME: Final = {"ago", "later", "earlier", "previously", "before", "after", "on", "hence"}
# "the top ten", "a top-20 finish", "the last three", "the first two": ranks and positions.
RANK_WORDS: Final = {"top", "bottom", "first", "last", "next", "past", "final", "opening"}
# A hyphenated suffix that makes the number a label: "18-rated", "12A-rated", "5-star".
LABEL_SUFFIXES: Final = {
    "rated", "star", "seater", "storey", "story", "point", "game", "match", "page",
}  # fmt: skip
# Match scores and results: "drew 2-2", "a 3-1 win", "won 6-4 6-3".
SCORE_WORDS: Final = {
    "win", "won", "wins", "victory", "defeat", "defeated", "draw", "drew", "lead", "led", "lost",
    "loss", "beat", "beating", "score", "scored", "scoreline", "thrashing", "thrashed", "home",
    "away", "aggregate", "result", "final", "half-time", "full-time", "set", "sets", "tie",
    "against", "over", "edged", "trailing", "level", "goal", "goals", "penalties",
}  # fmt: skip
# A vote tally's verbs: "MPs voted 272-219", "peers voted by 229 to 206", "approved the plan
# 412-96". Their tally is two counts, not a range or a ratio. Lemmas; "vote" takes a tally right
# after it, or before it as a noun ("in a 272-219 vote"). The verbs that also report sport
# ("defeated") take a tally only when its ends are larger than a match score's.
TALLY_VOTE: Final = "vote"
TALLY_VERBS: Final = {"pass", "approve", "reject", "defeat", "back", "endorse", "ratify", "rule"}
# ... of which those that also report a match ("defeated them 3-1") take a tally only when its
# ends are larger than a match score's; the others take a small one ("rejected the plan 5-4"),
# when no word of a match shares the window ("won", "beat").
SCORE_TALLY_VERBS: Final = {"defeat"}
# Race distances: "the 800m", "a 10k", "the 100m hurdles" (a number of metres, not millions).
RACE_WORDS: Final = {
    "hurdles", "freestyle", "breaststroke", "backstroke", "butterfly", "medley", "relay",
    "final", "finals", "heat", "heats", "race", "sprint", "title", "champion", "gold", "silver",
    "bronze", "record", "steeplechase", "run", "metres", "dash", "semi-final", "individual",
}  # fmt: skip
# A parent "of" a number: "a father of four", "mother-of-two": the size of a family.
PARENT_NOUNS: Final = {
    "father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mum",
    "mom", "grandad", "granddad", "grandma", "grandpa",
}  # fmt: skip
# Words that make "quarters" periods of a year ("the past three quarters", "three quarters in
# a row"), not a fraction of a whole.
PERIOD_BEFORE: Final = {
    "past", "last", "previous", "next", "first", "final", "consecutive", "successive",
    "straight", "coming", "following",
}  # fmt: skip
# Fractions of a second: "a delay of 15 milliseconds" is a duration, as seconds are (durations
# are never claims; the contract's units stop at seconds).
SUBSECOND_WORDS: Final = {
    "millisecond", "milliseconds", "microsecond", "microseconds", "nanosecond", "nanoseconds",
}  # fmt: skip
# Bounds of an age: "those under 35", "people over 65", "children below five".
AGE_BOUNDS: Final = {"under", "over", "above", "below"}
# Pronouns a partitive picks its part from when the whole was counted just before: "at least 18
# dead, half of them civilians", "Of those, 12 were children".
ANAPHORIC_WHOLES: Final = frozenset({"those", "these", "them"})
