"""Currency symbols, names and codes, built from CLDR (babel) for the contract's currencies.

``schema.CURRENCIES`` says which currencies a claim may carry, most used first; babel supplies
their English names ("Swiss francs", "South Korean won"), their symbols in English and in their
home locales ("HK$", "₹", "₴", "RM") and their ISO codes. A word or symbol shared by several
currencies ("dollars", "$", "rupees", "won") goes to the first in the contract's order. A few
spellings CLDR does not have (British "roubles", "renminbi", "C$") are listed here by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from tasks.extract.memo import STRING_ANSWERS
from tasks.schema import CURRENCIES

ALIASES: Final = {
    "rouble": "RUB", "roubles": "RUB", "renminbi": "CNY", "rmb": "CNY", "sterling": "GBP",
    "hryvna": "UAH", "hryvnas": "UAH", "hryvnia": "UAH", "shekel": "ILS", "shekels": "ILS",
    "quid": "GBP", "bucks": "USD", "greenbacks": "USD", "euro": "EUR", "euros": "EUR",
}  # fmt: skip
SYMBOL_ALIASES: Final = {
    "C$": "CAD", "S$": "SGD", "Rs": "INR", "Rs.": "INR", "RMB": "CNY", "US$": "USD",
    "U.S.$": "USD", "AU$": "AUD", "Can$": "CAD", "$US": "USD",
}  # fmt: skip
# Words that are currency names but mostly something else in English news.
_NOT_CURRENCY_WORDS: Final = {"real", "dong", "mark", "pula", "som", "lek", "dram", "sol"}
# A name that is also a common verb counts only after a large amount: "5,000 won", not "3 won".
MIN_AMOUNT: Final = {"won": 1000.0}
# Currencies whose shared names ("dollars", "pounds") keep them in any country's news.
_WORLD_CURRENCIES: Final = {"USD", "GBP"}
# A hundredth of a currency: "50p", "20 cents". Cents without a currency named nearby are USD.
SUBUNITS: Final = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cent": "USD", "cents": "USD"}


@dataclass(frozen=True)
class CurrencyTables:
    """Symbols (exact case: "HK$", "₹", "RM") and lowercase names (word tuples) -> ISO code."""

    symbols: dict[str, str]
    names: dict[tuple[str, ...], str]
    shared: dict[str, tuple[str, ...]]  # one word several currencies share -> all of them
    glued: re.Pattern[str]  # a symbol glued to its number in one token: "HK$5bn", "Rs500"
    longest_name: int


def _home_locales() -> dict[str, list[Locale]]:
    """ISO code -> the likely locale of the first territories where it is the current legal
    tender (two are enough: the euro's 20 countries write it alike)."""
    homes: dict[str, list[Locale]] = {}
    for territory, history in get_global("territory_currencies").items():
        for code, _, end, tender in history:
            if end is None and tender and code in CURRENCIES and len(homes.get(code, ())) < 2:
                try:
                    homes.setdefault(code, []).append(Locale.parse(f"und_{territory}"))
                except (UnknownLocaleError, ValueError):
                    continue
    return homes


def _name_variants(name: str) -> set[tuple[str, ...]]:
    """ "Israeli new shekels" -> itself, "israeli shekels" and "shekels"; "US dollars" also as
    "u.s. dollars" (the tokenizer keeps "U.S." whole)."""
    tokens = tuple(name.lower().split())
    variants = {tokens, tuple(t for t in tokens if t != "new")}
    if tokens[0] == "us":
        variants.add(("u.s.", *tokens[1:]))
    if tokens[-1] not in _NOT_CURRENCY_WORDS:
        variants.add(tokens[-1:])
    return {v for v in variants if v}


@cache
def tables() -> CurrencyTables:
    """The tables, built once from CLDR on first use (about 0.1 s)."""
    names: dict[tuple[str, ...], str] = {}
    claimants: dict[str, list[str]] = {}
    homes = _home_locales()
    english = Locale.parse("en")
    plurals = english._data["currency_names_plural"]
    symbols: dict[str, str] = dict(SYMBOL_ALIASES)  # the hand list decides "Rs", "C$", "S$"
    for code in CURRENCIES:  # the first currency to claim a symbol or a word keeps it
        symbols.setdefault(code, code)
        for locale in (english, *homes.get(code, ())):
            symbol = locale.currency_symbols.get(code, "").strip("\u200e\u200f ")
            if len(symbol) >= 2 or (symbol and not symbol.isalpha()):
                symbols.setdefault(symbol, code)
        plural = plurals.get(code)
        forms = [english.currencies.get(code, ""), *(plural.values() if plural else ())]
        for form in filter(None, forms):
            for variant in sorted(_name_variants(form), key=len, reverse=True):
                names.setdefault(variant, code)
                if len(variant) == 1 and code not in claimants.setdefault(variant[0], []):
                    claimants[variant[0]].append(code)
    for word, code in ALIASES.items():
        names.setdefault((word,), code)
    glued = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True) if len(s) > 1)
    shared = {word: tuple(codes) for word, codes in claimants.items() if len(codes) > 1}
    return CurrencyTables(
        symbols, names, shared, re.compile(rf"^({glued})(?=[\d.])"), max(len(k) for k in names)
    )


def home_currency(word: str, country: str | None) -> str | None:
    """The currency a word several currencies share means in an article about ``country``:
    "pesos" in one about the Philippines -> PHP, "rupees" in one about Pakistan -> PKR. None
    when the country's own currency is not among them, or when the word is the US dollar's or
    sterling's ("dollars" in an Australian story, "pounds" in an Egyptian one are as often the
    world's)."""
    codes = tables().shared.get(word.lower())
    if not codes or codes[0] in _WORLD_CURRENCIES or country is None:
        return None
    home = _country_currencies().get(country.lower())
    return home if home in codes else None


@cache
def _country_currencies() -> dict[str, str]:
    """English country name (lowercase) -> its current legal tender, where the contract has it."""
    english = Locale.parse("en")
    found: dict[str, str] = {}
    for territory, history in get_global("territory_currencies").items():
        name = english.territories.get(territory)
        current = [code for code, _, end, tender in history if end is None and tender]
        if name and current and current[0] in CURRENCIES:
            found[name.lower()] = current[0]
    return found


def symbol_code(text: str) -> str | None:
    """The currency a standalone symbol token stands for: "$" -> USD, "A$" -> AUD."""
    return tables().symbols.get(text)


@lru_cache(maxsize=STRING_ANSWERS)
def split_glued(text: str) -> tuple[str, str] | None:
    """ "HK$5bn" -> ("HKD", "5bn"); None when the token does not start with a symbol."""
    t = tables()
    m = t.glued.match(text)
    return (t.symbols[m.group(1)], text[m.end() :]) if m else None


def name_at(words: list[str]) -> tuple[str, int] | None:
    """The currency named by the longest run of ``words`` from their start, and its length:
    ["swiss", "francs", "a"] -> ("CHF", 2)."""
    t = tables()
    for size in range(min(t.longest_name, len(words)), 0, -1):
        code = t.names.get(tuple(words[:size]))
        if code:
            return code, size
    return None
