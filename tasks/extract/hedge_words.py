"""Word lists for hedging: the words and lemmas that mark a figure as an estimate or a claim not
vouched for. Data only: the rules are in ``hedges.py``.
"""

from __future__ import annotations

from typing import Final

HEDGES: Final = {
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "unverified",
    "unconfirmed",
}
HEDGE_LEMMAS: Final = {
    "estimate", "believe", "claim", "allege", "allegation", "rumour", "rumor", "extrapolation",
    "extrapolate", "suggest",
}  # fmt: skip
