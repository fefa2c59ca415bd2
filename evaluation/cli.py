"""``python -m evaluation``: score extraction against gold files and print the report.

Either published tables under ``--data-root``, or (no data root) a fresh pass of the pipeline's
own read, clean and extract path over the gold articles (``evaluation.gold_run``).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from evaluation.evaluate import ARTICLES, QUOTES, load_gold, score
from tasks.schema import Dataset

_FIELD_SEP = re.compile(r", (?=\w+=)")  # between the wrong fields of a miss, not inside a value


def format_report(result: dict, *, items: bool = True) -> str:
    """A plain-text table of one gold file's scores; with ``items``, every error, by class.

    A test split is printed with ``items=False``: its scores only, never its items, so nobody
    tunes on it by reading its errors."""
    n, q = result["numeric"], result[QUOTES]
    lines = [
        f"gold: {result['gold']} ({len(result[ARTICLES])} articles)",
        f"{'':24}{'required':>9}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}{'fully right':>13}",
        f"{'numeric claims':24}{n['required']:>9}{n['found']:>7}{n['precision']:>8.2f}"
        f"{n['recall']:>8.2f}{n['f1']:>8.2f}{n['fully_right']:>13.2f}",
        f"{QUOTES:24}{q['required']:>9}{q['found']:>7}{q['precision']:>8.2f}"
        f"{q['recall']:>8.2f}{q['f1']:>8.2f}{q['fully_right']:>13.2f}",
        f"numeric strict: P {n['precision_strict']:.2f} R {n['fully_right']:.2f} "
        f"F1 {n['f1_strict']:.2f}; plainly right (value and type) {n['precision_plain']:.2f}"
        + (
            f"; off-topic precision {n['offtopic_precision']:.2f} of {n['offtopic_rows']} claims"
            if n["offtopic_rows"]
            else ""
        ),
        "field accuracy (found required claims): "
        + ", ".join(f"{k} {v:.2f}" for k, v in n["accuracy"].items()),
        f"speaker accuracy: {q['speaker_accuracy']:.2f}; not-quotes emitted: "
        f"{len(q['not_quote_hits'])}",
        "errors by class: " + ", ".join(f"{k} {v}" for k, v in error_classes(result).items()),
        "  finer: " + (", ".join(f"{k} {v}" for k, v in finer_classes(result).items()) or "none"),
    ]
    if not items:
        return "\n".join(lines)
    lines += [f"  - {m}" for m in n["misses"] + q["misses"]]
    lines += [f"  - not a quote: {m}" for m in q["not_quote_hits"]]
    lines += [f"  - {m}" for m in n["false_positives"] + q["false_positives"]]
    lines += [f"  - {m}" for m in n["wrong_incidental"]]
    return "\n".join(lines)


def error_classes(result: dict) -> dict[str, int]:
    """How many errors of each kind: missed numbers and quotes, each wrong field, extras."""
    n, q = result["numeric"], result[QUOTES]
    classes: dict[str, int] = {"numeric missed": 0}
    for miss in n["misses"]:
        if ": missed " in miss:
            classes["numeric missed"] += 1
            continue
        for part in _FIELD_SEP.split(miss.split(" wrong ", 1)[1]):
            field = f"wrong {part.split('=', 1)[0]}"
            classes[field] = classes.get(field, 0) + 1
    classes["numeric extra"] = len(n["false_positives"])
    classes["incidental published wrong"] = len(n["wrong_incidental"])
    classes["quote missed"] = sum(": missed " in m for m in q["misses"])
    classes["wrong speaker"] = sum(" speaker=" in m for m in q["misses"])
    classes["quote extra"] = len(q["false_positives"])
    classes["not-quote emitted"] = len(q["not_quote_hits"])
    return classes


def finer_classes(result: dict) -> dict[str, int]:
    """The wrong sources, claim types and speakers by kind (a source where the outlet states
    the figure, ``claim_type X read as Y``, a missing speaker...), most frequent first."""
    kinds = {**result["numeric"]["error_kinds"], **result[QUOTES]["error_kinds"]}
    return dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))


def main(argv: list[str] | None = None) -> None:
    """Score extraction against gold files: either published tables under ``--data-root``, or
    (no data root) a fresh read-clean-extract pass over the gold articles found in ``--articles``
    folders and the ``--bbc`` Parquet file, which needs nothing but ../shared. ``--gold`` files
    print every error; ``--test`` files print their scores only."""
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=main.__doc__)
    parser.add_argument("--gold", action="append", default=[], help="gold JSONL (repeatable)")
    parser.add_argument(
        "--test", action="append", default=[], help="held-out gold JSONL: scores only"
    )
    parser.add_argument("--data-root", help="root of published Delta tables to score")
    parser.add_argument(
        "--articles", action="append", default=[], help="folder of gold articles (repeatable)"
    )
    parser.add_argument("--bbc", help="the BBC News Parquet file holding the bbc_* gold articles")
    parser.add_argument("--bench", help="also time extraction over every article of this folder")
    args = parser.parse_args(argv)
    golds = [(g, True) for g in args.gold] + [(g, False) for g in args.test]
    if not golds:
        parser.error("name at least one --gold or --test file")
    needed = [p for p in [*args.articles, args.bbc, *(g for g, _ in golds)] if p]
    missing = [p for p in needed if not Path(p).exists()]
    if missing:
        print(
            f"evaluation needs {', '.join(missing)}: the labelled articles live in ../shared "
            "beside the checkout (CI has it; a fresh clone does not). Nothing was scored."
        )
        return
    from flows.settings import Settings

    cfg = Settings()
    if args.data_root:
        from tasks.store.publish import read_table

        options = cfg.storage_options
        claims, quotes, articles = (
            read_table(args.data_root, name, storage_options=options)
            for name in (Dataset.CLAIMS, Dataset.QUOTES, Dataset.ARTICLES)
        )
        for gold, items in golds:
            print(format_report(score(gold, claims, quotes, articles), items=items))
        return
    from evaluation import gold_run  # the model and the cleaner load only in this mode
    from tasks.extract.nlp import load_model

    nlp = load_model(cfg.model)
    for gold, items in golds:
        names = {g["article"] for g in load_gold(gold)}
        found = gold_run.gold_articles(args.articles, names, args.bbc)
        out = gold_run.run(nlp, found)
        print(format_report(score(gold, out.claims, out.quotes, out.articles), items=items))
        print(_timing(out))
    if args.bench:
        print(_timing(gold_run.run(nlp, gold_run.load_articles(args.bench)), args.bench))


def _timing(out: Any, label: str = "gold articles") -> str:
    n = max(1, out.n_articles)
    return (
        f"timing over {out.n_articles} {label}: nlp.pipe {1000 * out.nlp_seconds / n:.1f} "
        f"ms/article, rules {1000 * out.rules_seconds / n:.1f} ms/article; "
        f"{out.claims.height / n:.1f} claims and {out.quotes.height / n:.1f} quotes an article"
    )


if __name__ == "__main__":
    main()
