"""Numbers that are part of a name, not a quantity: "Nord Stream 1", "Ocean's Twelve", "Boeing
737-800", "according to 161" (a news outlet), "iOS 17", "30 Under 30", a video resolution ("4K",
"1080p"), a phone or emergency number ("dialled 999", "020-555-0142"); and the named things a
number counts instead ("has given Ukraine 16 Himars systems")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract.currencies import split_glued, symbol_code
from tasks.extract.grammar import in_title_case
from tasks.extract.memo import sentence_of, span_text
from tasks.extract.quantity_words import GOAL_MARKS, MONTHS, NUMBERED_FORMATIONS, WORD_NUMBERS
from tasks.schema import Qualifier

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

_PLACES = {"GPE", "LOC", "NORP", "FAC"}
_TERRITORIES = {"GPE", "LOC", "FAC"}


def names_a_source(doc: Doc, q: Quantity) -> bool:
    """ "According to 161, a local news outlet, ...": a number standing alone as a source."""
    nxt = doc[q.end] if q.end < len(doc) else None
    return (
        q.start >= 2
        and doc[q.start - 2].lower_ == "according"
        and doc[q.start - 1].lower_ == "to"
        and (nxt is None or nxt.is_punct)
    )


def after_a_name(doc: Doc, q: Quantity) -> bool:
    """ "Rossiya 24", "Nord Stream 1", "Patriot 3": a small bare number right after a capitalised
    word inside a sentence, with no counted noun after it, is part of the name."""
    if q.start == 0 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    prev, core = doc[q.start - 1], doc[q.core]
    nxt = doc[q.end] if q.end < len(doc) else None
    # "Smith 79 og, Jones 90 pen": a goal list's minutes, also at the start of a line
    goal = nxt is not None and nxt.lower_ in GOAL_MARKS
    # "has given Ukraine 16 Himars systems": a count of a named thing, not "Rossiya 24 News"
    return (
        q.value < 1000
        and core.text[:1].isdigit()
        and prev.is_alpha
        and (prev.is_title or (prev.is_upper and len(prev.text) > 1) or _camel_case(prev.text))
        and (goal or not prev.is_sent_start or _camel_case(prev.text))
        and prev.lower_ not in MONTHS
        and (
            nxt is None
            or (_camel_case(prev.text) and nxt.tag_ != "NNS")  # "macOS 14 ships", "iOS 17 next"
            or nxt.is_title
            or nxt.is_upper
            or (nxt.is_punct and nxt.text not in "%-")
            or goal
        )
    )


def numbers_a_formation(doc: Doc, q: Quantity) -> bool:
    """ "the 317 Brigade", "3 Commando Brigade", "223 Light Tank Battalion", "114 Task Force
    Battalion": a bare number in digits before a capitalised formation noun in the singular (up
    to three capitalised words of the unit's name between) is the unit's name; a count of
    formations takes the plural ("sent 16 brigades")."""
    if q.unit is not None or q.end - q.start != 1 or not doc[q.core].text.isdigit():
        return False
    for k in range(q.end, min(q.end + _FORMATION_NAME_WORDS + 1, len(doc))):
        tok = doc[k]
        if not tok.is_title:
            return False
        if tok.lower_ in NUMBERED_FORMATIONS:
            return tok.dep_ != "compound"  # not a headline's "Loses 30 Brigade Commanders"
    return False


_FORMATION_NAME_WORDS = 3  # "Light Tank", "Task Force", "Special Forces Group"


def model_number(doc: Doc, q: Quantity) -> bool:
    """ "an Israeli Hermes 900 drone", "a Shahed 136 drone", "the Orlan 10 drone": a bare number
    in digits between a capitalised name (no place) and a singular common noun it modifies is the
    model's number; a count of more than one takes the plural ("given Ukraine 16 Himars
    systems"), and a place is no model ("in Bakhmut 30 people ..."). The noun must head its
    phrase: a count before a noun that modifies another takes the singular too ("the Labour 20
    point lead", "Apple's rival 3 year deal"), so there the singular shows no model."""
    if q.start == 0 or q.end >= len(doc) or q.unit is not None or q.end - q.start != 1:
        return False
    prev, core, nxt = doc[q.start - 1], doc[q.core], doc[q.end]
    return (
        core.text.isdigit()
        and 1 < int(core.text) < 10000
        and _name_word(prev)
        and nxt.tag_ == "NN"
        and nxt.is_lower
        and core.head.i == nxt.i
        and nxt.dep_ not in ("compound", "nmod", "amod")
    )


def ends_a_name_before_to(doc: Doc, first: int) -> bool:
    """ "through Nord Stream 1 to 33m cubic metres", "the budget for Route 66 to £4m", "orders for
    the Boeing 737 to 40 jets": a small number in digits that the parse hangs on the capitalised
    word right before it ends a name, so a "to" after it leads to the figure, not to the high end
    of a range. A range's low end hangs on its noun or on the high end ("20 to 30 people")."""
    if first == 0 or first + 1 >= len(doc) or doc[first + 1].lower_ != "to":
        return False
    low, prev = doc[first], doc[first - 1]
    return (
        low.text.isdigit()
        and int(low.text) < 1000
        and low.head.i == prev.i
        and prev.is_alpha
        and (prev.is_title or (prev.is_upper and len(prev.text) > 1) or _camel_case(prev.text))
        and not prev.is_sent_start
        and prev.lower_ not in MONTHS
    )


def ends_a_date_before_to(doc: Doc, first: int, high: float) -> bool:
    """ "raised the toll since October 7 to 496 dead", "since Feb 24 to more than 9,000": a day of
    a month right before "to", and after it a number no day can be, end a date; the "to" leads
    to the figure, not to the high end of a range of days ("from March 3 to 9" is one)."""
    if first == 0 or first + 1 >= len(doc) or doc[first + 1].lower_ != "to":
        return False
    low = doc[first]
    day = low.text.isdigit() and 1 <= int(low.text) <= 31
    return day and doc[first - 1].lower_ in MONTHS and high > 31


def hangs_on_the_name_before(doc: Doc, q: Quantity) -> bool:
    """ "Assault on Precinct 13 was in third", "Metal Slug 3 is cheap": a small bare number the
    parse hangs on the capitalised name right before it (not a place: "in Bakhmut 30 died")."""
    if q.start == 0 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    return q.value < 1000 and names_a_thing(doc[q.core])


def names_a_thing(num: Token) -> bool:
    """ "Precinct 13", "Section 230": a number in digits the parse hangs on the capitalised name
    right before it is part of that name, no count (a place is no name: "in Bakhmut 30 died")."""
    prev = num.doc[num.i - 1] if num.i > 0 else None
    return num.text.isdigit() and prev is not None and num.head.i == prev.i and _name_word(prev)


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name that is no place, inside a sentence: what a model's or a
    title's number follows ("Shahed 136", "Precinct 13"); not "in Bakhmut 30 died", and not a
    sentence's first word, capitalised whatever it is. Places only are ruled out, not all
    entities: the tagger takes "Shahed" for a people (NORP)."""
    return (
        tok.is_alpha
        and tok.is_title
        and not tok.is_sent_start
        and tok.ent_type_ not in _TERRITORIES
    )


def counts_a_named_thing(doc: Doc, q: Quantity) -> bool:
    """ "given Ukraine 16 Himars systems": a name, then a plural noun the number counts."""
    k = q.end
    while k < min(q.end + 2, len(doc) - 1) and doc[k].is_title:
        k += 1
    return k > q.end and doc[k].tag_ == "NNS" and doc[k].is_lower


def titled_number_word(doc: Doc, q: Quantity) -> bool:
    """ "Ocean's Twelve", "the Big Four": a number word capitalised inside a sentence written in
    sentence case is a name (a sentence's first word, or one after a quote mark, is not)."""
    core = doc[q.core]
    if q.end - q.start != 1 or q.unit is not None or core.lower_ not in WORD_NUMBERS:
        return False
    if not core.is_title or core.is_sent_start or doc[q.start - 1].is_punct:
        return False
    return not in_title_case(sentence_of(core))  # not a headline in title case


def model_code(doc: Doc, q: Quantity) -> bool:
    """ "Boeing 737-800", "the 747-400", "an A320-200": a dashed pair of uneven three-digit
    numbers after a name, or falling from low to high, is a model code, not a range (a range
    rises, and starts round or follows no name: "150-200", "151-300 people")."""
    if q.qualifier != Qualifier.RANGE or q.unit is not None or q.end - q.start != 3:
        return False
    low, dash, high = doc[q.start : q.end]
    glued = not low.whitespace_ and not dash.whitespace_ and dash.text in ("-", "–")
    digits = low.text.isdigit() and high.text.isdigit() and len(low.text) >= 3
    if not (glued and digits and int(low.text) % 5 != 0):
        return False
    before = doc[q.start - 1] if q.start > 0 else None
    named = before is not None and (before.is_title or before.lower_ == "the")
    return named or int(high.text) < int(low.text)


def _camel_case(text: str) -> bool:
    """ "iPadOS", "macOS", "eBay": a lowercase first letter and a capital after it."""
    return text[:1].islower() and any(c.isupper() for c in text[1:]) and text.isalpha()


def count_under_age(doc: Doc, q: Quantity) -> bool:
    """ "the Forbes 30 Under 30 list", "a 40 Under 40 award": a list named by a count and an age
    ceiling, "Under"/"Over" capitalised between two numbers (not "under 30 people")."""
    after = doc[q.end : q.end + 2]
    first = doc[q.start]
    before = doc[q.start - 1] if q.start > 0 else None
    if len(after) == 2 and after[0].text in _AGE_BOUNDS and after[1].text.isdigit():
        return doc[q.core].text.isdigit() and q.end - q.start == 1
    return first.text in _AGE_BOUNDS and before is not None and before.text.isdigit()


_AGE_BOUNDS = {"Under", "Over"}
_RESOLUTION = re.compile(r"^(?:[2458]k|(?:144|240|360|480|576|720|1080|1440|2160|4320)p)$", re.I)
_SCREEN_WORDS = {
    "tv", "tvs", "television", "hdr", "uhd", "hd", "oled", "led", "lcd", "qled", "display",
    "displays", "screen", "screens", "monitor", "monitors", "projector", "video", "videos",
    "footage", "camera", "cameras", "resolution", "pixels", "native", "true", "stream",
    "streams", "streaming", "streamed", "render", "renders", "rendered", "rendering", "upscaled",
    "upscaling", "graphics", "console", "consoles", "gaming", "blu-ray", "netflix",
}  # fmt: skip


def display_resolution(doc: Doc, q: Quantity) -> bool:
    """ "streams games at 4K and 60fps", "renders a native 1440p", "a 55-inch 8K TV": a video
    resolution names a standard; it is not 4,000 nor 14.40 pounds. A share price with no screen
    word in its sentence stays money ("shares rose 12p to 480p")."""
    if q.value_high is not None or not _is_resolution(doc, q):
        return False
    if any(symbol_code(t.text) or split_glued(t.text) for t in doc[q.start : q.end]):
        return False  # "$5K", "£4k": money, whatever the sentence is about
    sent = sentence_of(doc[q.core])
    return any(t.lower_ in _SCREEN_WORDS or t.lower_.endswith("fps") for t in sent)


_EMERGENCY_NUMBERS = {"911", "999", "112", "000"}
_DIAL_BEFORE = {
    "call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling", "dialing",
    "phone", "phoned", "phoning", "ring", "rang", "ringing", "texted",
}  # fmt: skip
_DIAL_AFTER = {"operator", "operators", "dispatcher", "dispatchers", "dispatch", "line", "lines",
               "service", "services", "number", "emergency"}  # fmt: skip
_CALLS = {"call", "calls"}
# Before "N calls", what makes N the line called ("a 911 call", "could not make 999 calls"); after
# a verb that receives or counts them, N is how many ("took 112 calls", "received 999 calls").
_CALLED_LINE = {"a", "an", "the", "their", "his", "her", "its", "our", "your", "my", "any",
                "make", "makes", "made", "making", "place", "placed", "placing"}  # fmt: skip


def phone_number(doc: Doc, q: Quantity) -> bool:
    """ "called 911", "a 999 call", "book on 020-555-0142": an emergency or phone number names a
    line (three or more digit groups glued by dashes, or two with a leading-zero area code);
    "911 homes", "ring 112 households" and "received 999 calls" are counts."""
    core = doc[q.core]
    if q.end - q.start == 1 and core.text in _EMERGENCY_NUMBERS:
        prev = doc[q.start - 1].lower_ if q.start > 0 else ""
        after = doc[q.end] if q.end < len(doc) else None
        nxt = after.lower_ if after is not None else ""
        counts = after is not None and after.tag_ in ("NNS", "NNPS") and nxt not in _CALLS
        if (prev in _DIAL_BEFORE and not counts) or nxt in _DIAL_AFTER:
            return True
        if nxt in _CALLS and prev in _CALLED_LINE:
            return True
    groups = _dashed_groups(doc, q.start, q.end)
    area_code = any(g[0] == "0" and len(g) >= 3 for g in groups)
    return len(groups) >= 3 or (len(groups) == 2 and area_code) or _bracketed_area_code(doc, q)


# "8 (800) 555-1234", "+7 (495) 539-2442": an area code in brackets before dashed digit groups.
# Never a year in the brackets ("in the autumn (2024) 120-150 tanks a month"), and the digits
# after it end in a group of four ("555-1234") or run to three groups or more ("539-24-42").
_BRACKETED_PHONE = re.compile(
    r"(?:\+?\d{1,3}\s*)?\((?!(?:1[89]|20)\d\d\))\d{2,5}\)\s*\d{2,4}"
    r"(?:\s*[-–]\s*\d{4}\b|(?:\s*[-–]\s*\d{2,4}){2,})"
)


def _bracketed_area_code(doc: Doc, q: Quantity) -> bool:
    # a few tokens either side, cut from the text made once (``doc.text`` rebuilds it per call)
    around = doc[max(0, q.start - 8) : min(len(doc), q.end + 8)]
    window, base = span_text(around), around.start_char
    if "(" not in window:
        return False
    lo, hi = doc[q.start].idx - base, doc[q.end - 1].idx - base
    return any(m.start() <= hi and lo < m.end() for m in _BRACKETED_PHONE.finditer(window))


def _dashed_groups(doc: Doc, start: int, end: int) -> list[str]:
    """The digit groups glued by dashes through the span's first digits: "020-555-0142" -> 3."""
    first = next((t.i for t in doc[start:end] if t.text.isdigit()), None)
    if first is None:
        return []
    lo = hi = first
    while lo >= 2 and _glued_dash(doc, lo - 1) and doc[lo - 2].text.isdigit():
        lo -= 2
    while hi + 2 < len(doc) and _glued_dash(doc, hi + 1) and doc[hi + 2].text.isdigit():
        hi += 2
    return [doc[k].text for k in range(lo, hi + 1, 2)]


def _glued_dash(doc: Doc, i: int) -> bool:
    return doc[i].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i].whitespace_


_SIZE_UNITS = {"inches", "mm"}
_MODEL_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CHIP_CODE = re.compile(r"^[a-z]\d{1,2}$")  # "i9", "m2": a chip tier inside a product name


def size_in_a_product_name(doc: Doc, q: Quantity) -> bool:
    """ "the 16-inch MacBook Pro", "a 13-inch 2020 AirBook", "the 40mm Apple Watch": a size
    glued before a capitalised product name is part of the name; "a 16-inch screen" and "a
    55-inch Samsung TV" (a generic screen after the brand) stay sizes."""
    if q.unit not in _SIZE_UNITS or q.value_high is not None:
        return False
    if not (q.end - q.start == 1 or doc[q.start + 1].text in ("-", "–")):
        return False  # glued ("27in", "16-inch"), not "16 inches"
    k = q.end
    while k < len(doc) - 1 and (_MODEL_YEAR.match(doc[k].text) or _CHIP_CODE.match(doc[k].text)):
        k += 1
    run = []
    while k < len(doc) and _product_word(doc[k]):
        run.append(doc[k].lower_)
        k += 1
    head = [doc[k].lower_] if k < len(doc) else []
    return bool(run) and not any(w in _SCREEN_WORDS for w in run + head)


def _product_word(t: Token) -> bool:
    """ "MacBook", "Pro", "iMac": a capitalised proper noun, or a word with a capital inside."""
    inner = t.is_alpha and any(c.isupper() for c in t.text[1:]) and not t.is_upper
    return inner or (t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN")


_SCALE_LETTERS = {"M", "K", "B"}
_PLACE_OR_ORG = _PLACES | {"ORG", "PERSON"}


def letter_model_code(doc: Doc, q: Quantity) -> bool:
    """ "a Radeon Pro 5300M chip", "the 5500M runs hot": four digits and a capital letter glued
    on, with no currency, name a part; "500M users" and "$5300M" are amounts."""
    digits = doc[q.start]
    last = doc[q.end - 1]
    glued = q.end - q.start == 2 and not digits.whitespace_ and last.text in _SCALE_LETTERS
    return glued and q.unit is None and digits.text.isdigit() and len(digits.text) >= 4


def after_a_code(doc: Doc, q: Quantity) -> bool:
    """ "the QX 350 coupe", "the ZETA 20 graphics": a bare number right after an all-capital
    letter code the tagger knows as no organisation or place, not after a verb or preposition,
    is a model name; one before a plural noun counts it ("the IDF 30 tanks")."""
    if q.start < 2 or q.unit is not None or q.end - q.start > 1 or q.value is None:
        return False
    code, before = doc[q.start - 1], doc[q.start - 2]
    nxt = doc[q.end] if q.end < len(doc) else None
    return (
        doc[q.core].text.isdigit()
        and q.value < 10000
        and code.is_alpha
        and code.is_upper
        and 2 <= len(code.text) <= 5
        and code.ent_type_ not in _PLACE_OR_ORG
        and not code.is_sent_start
        and before.pos_ not in ("VERB", "AUX", "ADP")  # "gave NAVCO 30 ...", "in ZONE 4"
        and not (nxt is not None and nxt.tag_ == "NNS" and nxt.is_lower)  # "the IDF 30 tanks"
    )


def ready_for_a_resolution(doc: Doc, q: Quantity) -> bool:
    """ "a 4K-ready streaming stick", "an 8K-capable player": a resolution that qualifies a
    device names the standard even when no screen word is in the sentence."""
    nxt = doc[q.end : q.end + 2]
    ready = len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in _READY
    return ready and _is_resolution(doc, q)


def _is_resolution(doc: Doc, q: Quantity) -> bool:
    """The quantity's text from its first digit is a resolution's ("4K" may be read as "4" with
    the scale "K" glued on, "1080p" as pence)."""
    first = next((t.i for t in doc[q.start : q.end] if t.text[:1].isdigit()), q.start)
    return _RESOLUTION.match(doc[first : q.end].text) is not None


_READY = {"ready", "capable", "compatible", "enabled"}


_STREET_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "dr", "way", "place", "court", "ct", "parkway", "pkwy", "highway", "hwy", "terrace",
}  # fmt: skip


def street_number(doc: Doc, q: Quantity) -> bool:
    """ "mail us at 520 Elm Street", "of 3170 W. County Road": a bare number before a capitalised
    street name (initials and title-case words, then "Street", "Road", "Ave.") is an address;
    "300 Main Street residents" counts the residents."""
    if q.end - q.start != 1 or q.unit is not None or not doc[q.core].text.isdigit():
        return False
    for k in range(q.end, min(q.end + 4, len(doc))):
        word = doc[k]
        if k > q.end and word.lower_.rstrip(".") in _STREET_WORDS and word.text[:1].isupper():
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is None or not (nxt.tag_ == "NNS" and nxt.is_lower)  # "Main St residents"
        if not (word.is_title or (word.text.endswith(".") and word.text[:1].isupper())):
            return False
    return False
