"""Extraction quality on text the rules were not written on: the double-annotated dev, dev2, dev3,
dev9, dev10, dev11, dev12, dev13, dev14 and test splits (tests/gold/README.md), 67 war-reporting
articles from ../shared/corpus/domain and 106 BBC News articles (off-topic news), read and cleaned
exactly as
``make eval`` does.

Tune on the dev splits (``make eval`` prints their every error); the test split is only ever
scored: a failing test assertion here prints the scores, never the items. Floors only go up: each
is the score measured when it was set, rounded down a little.
"""

from __future__ import annotations

import pytest

from evaluation import gold_run
from evaluation.evaluate import load_gold, score
from tests.conftest import GOLD, shared_path

# split -> floors. Measured when set (2026-11-29, before the issue-10 work):
#   dev:  numeric F1 0.99, strict F1 0.77, fully right 0.77; quotes F1 0.98, fully right 0.81
#   test: numeric F1 0.96, strict F1 0.63, fully right 0.62; quotes F1 0.96, fully right 0.72;
#         off-topic precision 0.75
# Raised after the quantity and claim-type work (numbers branch): dev strict F1 0.88; test
# numeric F1 0.99, strict F1 0.72, off-topic precision 0.87. Raised after sources and speakers
# (sources branch): dev strict F1 0.93, quotes fully right 1.00; test quotes F1 0.98, fully
# right 0.81. dev2 added after the quotes work on it (quotes2 branch), measured: numeric F1 0.97,
# strict F1 0.74; quotes F1 1.00, fully right 1.00; off-topic precision 0.83; test quotes F1 0.99,
# fully right 0.86 (raised). Raised after the numeric classes of dev2 (numeric2 branch): dev
# strict F1 0.94; dev2 numeric F1 0.99, strict F1 0.95, off-topic precision 0.93; test strict
# F1 0.73. dev3 added after the speaker classes of dev3 (quotes3 branch), measured: numeric F1
# 0.96, strict F1 0.77, off-topic precision 0.68; quotes F1 1.00, fully right 0.97 (0.79 before).
# Raised after the numeric classes of dev3 (numeric3 branch): dev3 numeric F1 1.00, strict F1
# 0.98, off-topic precision 0.92. The test split did not move (strict F1 0.73, quotes fully right
# 0.86, off-topic precision 0.87). Raised after the review-set classes of stop 11 (offtopic4,
# attrib4/5, speakers4/5, domtype4 branches; tuned on review sets outside every split): dev2
# numeric F1 1.00; test numeric F1 0.99, strict F1 0.74, quotes F1 0.99, fully right 0.89,
# off-topic precision 0.92. Raised after the review-set classes of stop 12 (attrib6/7, types6,
# names7, people8, speakers6/7 branches and the scale-letter tokenizer fix; tuned on review sets
# outside every split): dev numeric F1 0.99, strict F1 0.97; test strict F1 0.78, off-topic
# precision 0.94. Raised after the Ukraine review sets of stop 13 (attrib8, types9, speakers8/9,
# claims10): dev2 strict F1 0.96 (0.95 before); the other splits did not move. Raised after the
# dev4/dev5 rounds of stop 14 (types11/12, missed11, attrib11/12, speakers12; tuned on two fresh
# conflict splits kept outside the repository): dev3 strict F1 0.99, off-topic precision 0.96;
# test strict F1 0.79. Raised after the dev6/dev7 rounds of stop 15 (types13, attrib13, quotes13,
# troops14, casualty14, attrib14; two more fresh conflict splits outside the repository): test
# strict F1 0.80; the other splits did not move. Raised after the learned claim-type decision of
# stop 16 (ctype branch: a model fitted to every labelled split replaces the rules' guesses in
# war reporting): test strict F1 0.82, claim_type 0.95; dev3 strict 0.99; the others held.
# dev9 and dev10 added at stop 17 (two fresh splits from ../shared, each first scored before
# any rule was tuned on it: dev9 strict F1 0.82, speakers 0.96; dev10 0.90, 0.89), measured
# after their rounds: dev9 numeric F1 0.99, strict F1 0.97, quotes F1 1.00, fully right 0.99,
# off-topic precision 0.94; dev10 numeric F1 0.99, strict F1 0.92, quotes F1 0.98, fully right
# 0.95, off-topic precision 0.97. Test quotes fully right raised to 0.89 (0.90 measured).
# dev11, dev12 and dev13 added at stop 18 (three fresh splits, each first scored before any rule
# was tuned on it: dev11 strict F1 0.86, speakers 0.86; dev12 0.87, 0.98; dev13 0.84, 0.96),
# measured after their rounds: dev11 numeric F1 0.98, strict F1 0.96, quotes F1 0.98, fully
# right 0.97, off-topic precision 0.94; dev12 all 1.00; dev13 numeric F1 1.00, strict F1 1.00,
# quotes F1 0.99, fully right 1.00, off-topic precision 1.00. Raised after the same rounds: dev
# strict F1 0.99 (measured), dev9 numeric F1 1.00 and strict F1 0.99, dev10 numeric F1 1.00,
# strict F1 0.99, off-topic precision 1.00. The test split did not move (strict F1 0.82).
# dev14 added at stop 19 (16 BBC politics and business articles on Iraq, the army's regiments and
# the tsunami's cost, first scored before any rule was tuned on it: strict F1 0.76, speakers
# 0.98), measured after its rounds and the three fresh conflict splits' (dev15-dev17, outside the
# repository): numeric F1 1.00, strict F1 0.97, quotes F1 0.99, fully right 0.98, off-topic
# precision 0.99. Raised after the same rounds: dev11 strict F1 0.96 (measured 0.97); test strict
# F1 0.83 (measured 0.84: P 0.82, R 0.85), quotes fully right 0.90 (measured 0.91).
# Raised at stop 20, after the rounds on five fresh conflict splits outside the repository
# (dev15-dev19) and the incidental figures make eval now lists: every dev split 0.01 under its
# measured score where that is higher than its floor; test strict F1 0.85 (measured 0.851: P
# 0.833, R 0.869), quotes fully right 0.91 (measured 0.913), off-topic precision 0.94 (0.942).
FLOORS = {
    "dev": {
        "numeric_f1": 0.98,
        "numeric_f1_strict": 0.98,
        "quote_f1": 0.99,
        "quote_fully_right": 0.99,
    },
    "dev2": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.97,
        "quote_f1": 0.99,
        "quote_fully_right": 0.99,
        "offtopic_precision": 0.99,
    },
    "dev3": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.98,
        "quote_f1": 0.99,
        "quote_fully_right": 0.95,
        "offtopic_precision": 0.94,
    },
    "dev9": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.99,
        "quote_f1": 0.99,
        "quote_fully_right": 0.98,
        "offtopic_precision": 0.99,
    },
    "dev10": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.98,
        "quote_f1": 0.97,
        "quote_fully_right": 0.97,
        "offtopic_precision": 0.99,
    },
    "dev11": {
        "numeric_f1": 0.97,
        "numeric_f1_strict": 0.96,
        "quote_f1": 0.97,
        "quote_fully_right": 0.96,
        "offtopic_precision": 0.95,
    },
    "dev12": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.99,
        "quote_f1": 0.99,
        "quote_fully_right": 0.99,
        "offtopic_precision": 0.99,
    },
    "dev13": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.99,
        "quote_f1": 0.98,
        "quote_fully_right": 0.99,
        "offtopic_precision": 0.99,
    },
    "dev14": {
        "numeric_f1": 0.99,
        "numeric_f1_strict": 0.96,
        "quote_f1": 0.98,
        "quote_fully_right": 0.97,
        "offtopic_precision": 0.99,
    },
    "test": {
        "numeric_f1": 0.98,
        "numeric_f1_strict": 0.85,
        "quote_f1": 0.98,
        "quote_fully_right": 0.91,
        "offtopic_precision": 0.94,
    },
}


def _scores(result: dict) -> dict[str, float]:
    numeric, quotes = result["numeric"], result["quotes"]
    return {
        "numeric_f1": numeric["f1"],
        "numeric_f1_strict": numeric["f1_strict"],
        "quote_f1": quotes["f1"],
        "quote_fully_right": quotes["fully_right"],
        "offtopic_precision": numeric["offtopic_precision"],
    }


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split(request, nlp) -> tuple[str, dict]:
    gold = GOLD / f"{request.param}.jsonl"
    names = {g["article"] for g in load_gold(gold)}
    bbc = shared_path("corpus", "bench", "bbc_news.parquet")
    articles = gold_run.gold_articles([str(shared_path("corpus", "domain"))], names, bbc)
    out = gold_run.run(nlp, articles)
    return request.param, score(gold, out.claims, out.quotes, out.articles) | {"names": names}


def test_every_labelled_article_is_scored(split) -> None:
    name, result = split
    assert set(result["articles"]) == result["names"], name


def test_scores_hold_their_floors(split) -> None:
    name, result = split
    scores = _scores(result)
    below = {k: (scores[k], floor) for k, floor in FLOORS[name].items() if scores[k] < floor}
    assert not below, f"{name} split below its floors (score, floor): {below}; scores: {scores}"
