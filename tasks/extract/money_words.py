"""Word lists for sums of money no currency names: verbs that spend, lose or raise a vague amount,
nouns a sum comes to, and verbs whose second object is a sum. Data only: the rules are in
``claim_types.py`` and ``money_sums.py``.
"""

from __future__ import annotations

from typing import Final

# A vague amount spent, lost or raised is money: "lost billions", "spend millions".
MONEY_VERBS: Final = {
    "spend", "lose", "cost", "pay", "invest", "raise", "earn", "owe", "save", "fund", "borrow",
    "lend", "donate", "pledge", "allocate", "waste", "make", "generate", "splash", "bill",
    "charge", "fine", "sell", "buy", "pour", "plough", "pump", "inject", "write", "wipe",
}  # fmt: skip
# Nouns for a sum of money: what one of them comes to is money, a vague scale count too ("the
# bill could run into billions", "losses are expected to be in the low billions", "total claims
# could reach tens of billions").
MONEY_NOUNS: Final = {
    "cost", "bill", "price", "damage", "loss", "claim", "payout", "budget", "spending",
    "funding", "debt", "deficit", "revenue", "profit", "earnings", "fee", "fine", "compensation",
    "exposure", "investment", "tab", "expenditure", "outlay", "valuation", "turnover",
}  # fmt: skip
# ... and those of them that take whom the money goes to or from as a first object: their second
# object is a sum, any vague count ("can cost users thousands", "saved families hundreds", "owes
# its suppliers millions"); alone, "saved hundreds" may be lives.
TWO_OBJECT_MONEY_VERBS: Final = {
    "cost", "charge", "owe", "save", "pay", "fine", "lend", "earn", "bill", "net",
}  # fmt: skip
