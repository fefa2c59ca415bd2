"""The benchmark's results as a markdown table (``bench/run.py`` prints and records it)."""

from __future__ import annotations

from typing import Any

from tasks.extract.batch import NLP_BATCH

# The references' nlp.pipe batch size: the minibatch spaCy runs on inside the pipeline, which is
# also bare spaCy's best here: at n_process=2 on the 2,225 articles, 8: 93.2 s, 16: 90.4 s,
# 32: 91.5 s, 64: 106.1 s (2026-11-30). Before that date the references ran at 64, the
# pipeline's task batch size.
BATCH_SIZE = NLP_BATCH


def _ratios(r: dict[str, Any], seconds: float, cores: int) -> str:
    """Throughput over each reference's: ×ref(n_process=1) / ×ref(n_process=cores)."""
    return " / ".join(f"{r[f'reference_{p}']['pipe_s'] / seconds:.2f}" for p in sorted({1, cores}))


# What only the sentences with a claim or a quote need (the entities table needs NER everywhere).
_SKIPPABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def table(results: dict[str, Any]) -> str:
    """The results as a markdown table, one row per measurement."""
    cores = results["machine"]["cores"]
    refs = " / ".join(f"n_process={p}" for p in sorted({1, cores}))
    rows = [
        f"| size | what | wall s | articles/s | ×ref ({refs}) | peak RSS MB (tree) | notes |",
        "|---:|---|---:|---:|---:|---:|---|",
    ]
    for n, r in results["sizes"].items():
        for p in sorted({1, cores}):
            ref = r[f"reference_{p}"]
            rows.append(
                f"| {n} | bare spaCy nlp.pipe (n_process={p}, batch {BATCH_SIZE}) | "
                f"{ref['pipe_s']:.1f} | {ref['articles_per_s']} | "
                f"{_ratios(r, ref['pipe_s'], cores)} | {ref['peak_tree_rss_mb']} | "
                f"model load {ref['load_s']:.1f} s |"
            )
        runs = (
            ("pipeline", "default"),
            ("pipeline_served", "default, on a lasting server"),
            ("pipeline_1", "--processes 1"),
        )
        for key, what in runs:
            if key not in r:
                continue
            run = r[key]
            stages = ", ".join(f"{k} {v:.1f}" for k, v in run["stage_seconds"].items())
            rows.append(
                f"| {n} | claimflow run ({what}) | {run['wall_s']:.1f} | "
                f"{run['articles_per_s']} | {_ratios(r, run['wall_s'], cores)} | "
                f"{run['peak_tree_rss_mb']} | {stages}; outside stages "
                f"{run['outside_stages_s']:.1f} |"
            )
        inc = r["incremental"]
        stages = ", ".join(f"{k} {v:.1f}" for k, v in inc["stage_seconds"].items())
        rows.append(
            f"| {n} | incremental (nothing new) | {inc['wall_s']:.1f} | | | "
            f"{inc['peak_tree_rss_mb']} | {stages}; outside stages {inc['outside_stages_s']:.1f}; "
            f"dedup {'ok' if r['deduplicated_ok'] else 'WRONG'}; rows at 1 process "
            f"{'the same' if r['same_rows_ok'] else 'DIFFER'} |"
        )
        if served := r.get("incremental_served"):
            stages = ", ".join(f"{k} {v:.1f}" for k, v in served["stage_seconds"].items())
            rows.append(
                f"| {n} | incremental, on a lasting server | {served['wall_s']:.1f} | | | "
                f"{served['peak_tree_rss_mb']} | {stages}; outside stages "
                f"{served['outside_stages_s']:.1f} |"
            )
        for key in sorted(k for k in r if k.startswith("dask_")):
            d = r[key]
            rows.append(
                f"| {n} | claimflow run --dask-workers {key.split('_')[1]} | {d['wall_s']:.1f} | "
                f"{d['articles_per_s']} | {_ratios(r, d['wall_s'], cores)} | "
                f"{d['peak_tree_rss_mb']} | |"
            )
    s = results["start_up"]
    rows.append(
        f"\nStart-up: `import flows.pipeline` {s['import_s']:.1f} s; `claimflow run seeds` "
        f"{s['seeds_run_1_s']:.1f} s (outside stages {s['seeds_run_1_outside_stages_s']:.1f}), "
        f"again with nothing new {s['seeds_run_2_s']:.1f} s"
        + (
            f"; on a lasting server (`make run` warm) {s['seeds_served_1_s']:.1f} s, again with "
            f"nothing new {s['seeds_served_2_s']:.1f} s."
            if "seeds_served_1_s" in s
            else "."
        )
    )
    for n, r in results["sizes"].items():
        if "components_cpu_s" in r:
            spent = r["components_cpu_s"]
            total = sum(spent.values()) or 1.0
            parts = ", ".join(f"{k} {v:.1f} s ({v / total:.0%})" for k, v in spent.items())
            rows.append(f"\nCPU per step at {n} articles (one process): {parts}.")
        if "claim_sentences" in r:
            share, spent = r["claim_sentences"], r.get("components_cpu_s", {})
            skippable = sum(spent.get(k, 0.0) for k in _SKIPPABLE) / (sum(spent.values()) or 1.0)
            rows.append(
                f"\nSelective parsing at {n} articles: sentences that can hold a claim or a quote"
                f" hold {share['alone']:.0%} of the tokens, {share['with_sentence_before']:.0%}"
                f" with the sentence before each (the context rules read it); the components only"
                f" they need ({', '.join(_SKIPPABLE)}) are {skippable:.0%} of the CPU, so skipping"
                f" them elsewhere would save at most"
                f" {skippable * (1 - share['with_sentence_before']):.1%} of it (less the cost"
                f" of finding sentences without the parser first)."
            )
    return "\n".join(rows)
