"""Fit the learned claim-type model (``tasks/extract/type_model.py``) from labelled numeric lines.

Two steps, so the fit can be rerun from the repository alone:

1. ``collect``: extract every gold split's articles as ``make eval`` does, match each
   numeric gold line to the row it scores against, and write the count's features with the
   gold ``claim_type``, the rules' type, whether the rules only guessed it and whether the
   article is war reporting (one JSON line each). Every count is kept, not figures their unit
   types: the model learns from all of them, and decides only guesses in war reporting. Lines
   labelled incidental ("two cities") are kept too.
   Needs the gold files and their articles, found as ``make eval`` finds them: a folder per
   split, and ``--bbc`` the Parquet file its ``bbc_*`` articles come from (the dev4-dev8 texts
   are lost: their lines stay as they were collected, ``tests/gold/README.md``).
2. ``fit``: multinomial logistic regression with an L2 penalty (scipy's L-BFGS), features seen
   at least ``--min-count`` times; writes the classes, the biases and each feature's weights.
   ``--hold SPLIT`` also fits without that split and prints how often the rules, the model
   alone and the shipped decision (the model where the rules guess, in war reporting, by
   ``type_model.MARGIN``) type its counts right.

    python -m evaluation.type_fit collect evaluation/training/claim_type_training.jsonl.gz \\
        --bbc ../shared/corpus/bench/bbc_news.parquet \\
        --split seeds ../shared/gold/seeds.jsonl ../shared/seeds \\
        --split domain tests/gold/domain.jsonl ../shared/corpus/domain ...
    python -m evaluation.type_fit fit evaluation/training/claim_type_training.jsonl.gz \\
        tasks/extract/learned/claim_type_model.json

The training table is committed (features and labels only, no article text), so ``fit`` needs
nothing outside the repository; ``tests/tasks/extract/test_type_model.py`` checks that it gives
back the committed model. scipy (a dev dependency; Great Expectations needs it too) fits it.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING

import numpy as np
from scipy.optimize import minimize

from tasks.schema import ClaimCol, ClaimType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tasks.documents import CleanArticle

CLASSES = [t.value for t in ClaimType]
START, END, TYPE = ClaimCol.CHAR_START, ClaimCol.CHAR_END, ClaimCol.CLAIM_TYPE
L2, MIN_COUNT = 3.0, 2  # chosen by leaving each conflict split out in turn (the module's doc)


def collect(out_path: str, splits: list[list[str]], bbc: str | None = None) -> None:
    """Write the training lines of every ``(name, gold file, articles folder)`` split; its
    ``bbc_*`` articles come from the ``bbc`` Parquet file, as ``make eval`` finds them."""
    from evaluation import gold_run
    from evaluation.evaluate import load_gold, numeric_gold
    from flows.settings import Settings
    from tasks.extract.nlp import load_model

    nlp = load_model(Settings().model)
    with _open(out_path, "w") as out:
        for name, gold_path, folder in splits:
            gold = numeric_gold(load_gold(gold_path))
            articles = gold_run.gold_articles([folder], {g["article"] for g in gold}, bbc)
            docs = nlp.pipe(a.text_with_title for a in articles)
            kept = 0
            for article, doc in zip(articles, docs, strict=True):
                items = [g for g in gold if g["article"] == Path(article.source_uri).name]
                for line in _article_lines(doc, article, items):
                    out.write(json.dumps({"split": name, **line}) + "\n")
                    kept += 1
            print(f"{name}: {len(articles)} articles, {kept} counts", file=sys.stderr)


def _article_lines(doc: Doc, article: CleanArticle, items: list[dict]) -> list[dict]:
    """One line per gold numeric line of ``article`` that a count the model decides scores
    against, as ``evaluate.score_numeric`` matches them."""
    from evaluation.evaluate import body_offset, locate
    from tasks.extract.batch import Extraction, extract_doc
    from tasks.extract.claim_types import classify
    from tasks.extract.counted import counted_noun
    from tasks.extract.quantities import find_quantities
    from tasks.extract.type_features import type_features, war_reporting
    from tasks.extract.type_model import UNIT_TYPED
    from tasks.store.identify import article_id

    rows = Extraction()
    aid = article_id(article.text)
    extract_doc(doc, aid, rows, outlet=article.outlet, body_start=article.body_start)
    body = body_offset(doc.text, article.title)
    spans = locate(" " * body + doc.text[body:], items)
    claims = [r for r in rows.claims if r[START] >= body]
    by_span = {(doc[q.start : q.end].start_char, doc[q.start : q.end].end_char): q
               for q in find_quantities(doc)}  # fmt: skip
    lines = []
    for k, item in enumerate(items):
        span = spans.get(k)
        if span is None or TYPE not in item:
            continue  # (incidental lines are kept: only unlocated or untyped ones go)
        row = _best_row(claims, span)
        q = by_span.get((row[START], row[END])) if row else None
        if q is None or q.unit in UNIT_TYPED:
            continue
        noun = counted_noun(doc, q)
        verdict = classify(doc, q, noun)
        lines.append({
            "gold": item[TYPE],
            "required": item.get("required", True),
            "rules": verdict.claim_type.value,
            "guess": verdict.default,
            "war": war_reporting(doc),
            "features": type_features(doc, q, noun),
        })  # fmt: skip
    return lines


def _best_row(claims: list[dict], span: tuple[int, int]) -> dict | None:
    """The claim overlapping ``span`` most, None if none does."""
    overlap = {id(r): min(r[END], span[1]) - max(r[START], span[0]) for r in claims}
    hits = [r for r in claims if overlap[id(r)] > 0]
    return max(hits, key=lambda r: overlap[id(r)]) if hits else None


def _open(path: str | Path, mode: str) -> IO[str]:
    """A text file, gzipped when its name ends in .gz (written with no timestamp: the same lines
    give the same bytes)."""
    if str(path).endswith(".gz"):
        raw = gzip.GzipFile(path, mode + "b", mtime=0)
        return io.TextIOWrapper(raw, encoding="utf-8")  # type: ignore[arg-type]
    return open(path, mode, encoding="utf-8")


def load(path: str | Path) -> list[dict]:
    with _open(path, "r") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fit(lines: list[dict], l2: float = L2, min_count: int = MIN_COUNT) -> dict:
    """The model's JSON: classes, biases, and each kept feature's weights (rounded)."""
    counts = Counter(f for line in lines for f in line["features"])
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    n, v, k = len(lines), len(vocab), len(CLASSES)
    x = np.zeros((n, v))
    for i, line in enumerate(lines):
        x[i, [vocab[f] for f in line["features"] if f in vocab]] = 1.0
    y = np.eye(k)[[CLASSES.index(line["gold"]) for line in lines]]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = w[: v * k].reshape(v, k), w[v * k :]
        z = x @ weights + bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -float(np.sum(y * np.log(p + 1e-12))) + 0.5 * l2 * float(np.sum(weights**2))
        g = p - y
        return value, np.concatenate([(x.T @ g + l2 * weights).ravel(), g.sum(axis=0)])

    w = minimize(
        loss, np.zeros(v * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 1000}
    ).x
    weights, bias = w[: v * k].reshape(v, k), w[v * k :]
    return {
        "classes": CLASSES,
        "bias": [round(float(b), 5) for b in bias],
        "weights": {f: [round(float(a), 5) for a in weights[i]] for f, i in vocab.items()},
        "fit": {
            "lines": n,
            "l2": l2,
            "min_count": min_count,
            "splits": sorted({ln["split"] for ln in lines}),
        },
    }


def held_out(lines: list[dict], split: str) -> None:
    """Print how the rules, the model alone and the shipped decision type ``split``'s counts,
    the model fitted without them."""
    from tasks.extract.type_model import MARGIN, TypeModel, noun_settles

    test = [ln for ln in lines if ln["split"] == split]
    if not test:
        raise SystemExit(f"no line of split {split!r} in the table")
    data = fit([ln for ln in lines if ln["split"] != split])
    model = TypeModel(data["classes"], data["bias"], data["weights"])
    right: Counter[str] = Counter()
    for ln in test:
        probs = model.probabilities(ln["features"])
        best = max(probs, key=probs.__getitem__)
        rules = ClaimType(ln["rules"])
        replaced = ln["guess"] and ln["war"] and probs[best] - probs.get(rules, 0.0) >= MARGIN
        replaced = replaced and not noun_settles(rules, _noun(ln["features"]))
        right["rules"] += rules == ln["gold"]
        right["model"] += best == ln["gold"]
        right["shipped"] += (best if replaced else rules) == ln["gold"]
    shares = ", ".join(f"{k} {v / len(test):.3f}" for k, v in right.items())
    print(f"{split}: {len(test)} counts; right: {shares}")


def _noun(features: list[str]) -> str:
    """The counted noun's lemma in a line's features ("" for a bare count)."""
    lemma = next((f.removeprefix("noun=") for f in features if f.startswith("noun=")), "")
    return "" if lemma == "NONE" else lemma


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect", help="features and gold types of every split's counts")
    c.add_argument("out")
    c.add_argument(
        "--split", nargs=3, action="append", required=True, metavar=("NAME", "GOLD", "ARTICLES")
    )
    c.add_argument("--bbc", help="the BBC News Parquet file holding the bbc_* gold articles")
    f = sub.add_parser("fit", help="fit the model on the collected lines")
    f.add_argument("table")
    f.add_argument("out", nargs="?")
    f.add_argument("--hold", action="append", default=[], help="score this split left out instead")
    args = parser.parse_args()
    if args.step == "collect":
        collect(args.out, args.split, args.bbc)
        return
    lines = load(args.table)
    for split in args.hold:
        held_out(lines, split)
    if args.out:
        Path(args.out).write_text(
            json.dumps(fit(lines), separators=(",", ":")) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
