"""Throughput benchmark: claimflow end to end against bare spaCy, on the BBC corpus.

Every measurement runs in its own subprocess, so imports, model loads and memory are counted
as a user sees them. For each corpus size it writes a JSONL file from the parquet corpus and
measures:
- the reference: ``nlp.pipe`` over the same texts, same model, same ``n_process``;
- ``claimflow run --json`` on a fresh data root (Prefect's ephemeral server, GX, Delta writes),
  with time per stage from the run report and the process tree's peak RSS;
- the same command again on the same data (nothing new: the incremental run);
- at the full size, the run on a local Dask cluster of 1 and 2 workers.

Results go to ``bench/out/bench-<timestamp>.json`` and a printed table; ``--record`` appends the
table, dated and with the machine's description, to ``bench/RESULTS.md``.
A benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from flows.settings import DEFAULT_MODEL as MODEL  # the model the pipeline loads by default

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "bench" / "bbc_news.parquet"
CLI = str(Path(sys.executable).parent / "claimflow")

# The reference, run in a subprocess: load the model, then time nlp.pipe alone.
_REFERENCE = """
import json, multiprocessing, sys, time
multiprocessing.set_start_method("spawn")  # as the pipeline must (deltalake and fork)
if __name__ == "__main__":
    t0 = time.perf_counter()
    import spacy
    nlp = spacy.load(sys.argv[2])
    loaded = time.perf_counter() - t0
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=int(sys.argv[3])):
        pass
    print(json.dumps({"load_s": loaded, "pipe_s": time.perf_counter() - t1}))
"""


class TreeSampler:
    """Samples the summed RSS of a process and its descendants (psutil), every ``every`` s."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:  # the rusage figure (largest single process) remains
            return
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                total = 0
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):  # gone between listing and reading
                        total += proc.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            self._stop.wait(self.every)


def timed(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run ``cmd``; its wall time, stdout, peak tree RSS and largest single-process RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with TreeSampler(proc.pid) as sampler:
        out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    # ru_maxrss of children is the largest one process reached (KiB on Linux), not a sum; it
    # only says something when this run set a new maximum.
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "wall_s": round(wall, 2),
        "stdout": out,
        "peak_tree_rss_mb": round(sampler.peak / 2**20) if sampler.peak else None,
        "max_process_rss_mb": round(after / 1024) if after > before else None,
    }


def write_corpus(frame: pl.DataFrame, path: Path) -> dict[str, int]:
    """The articles as claimflow JSONL; returns counts the run must reproduce."""
    with path.open("w", encoding="utf-8") as fh:
        for row in frame.iter_rows(named=True):
            fh.write(json.dumps({"title": row["title"], "text": row["text"], "outlet": "BBC"}))
            fh.write("\n")
    return {
        "articles": frame.height,
        "distinct": frame.filter(pl.col("duplicate_of").is_null()).height,
        "words": int(frame.get_column("text").str.split(" ").list.len().sum()),
    }


def reference(path: Path, n_process: int, env: dict[str, str]) -> dict[str, Any]:
    got = timed([sys.executable, "-c", _REFERENCE, str(path), MODEL, str(n_process)], env)
    return {**json.loads(got.pop("stdout")), **got, "n_process": n_process}


def pipeline(path: Path, root: Path, env: dict[str, str], *extra: str) -> dict[str, Any]:
    got = timed([CLI, "run", str(path), "--data-root", str(root), "--json", *extra], env)
    report = json.loads(got.pop("stdout"))
    stages = report["stage_seconds"]
    return {
        **got,
        "status": report["status"],
        "stage_seconds": stages,
        "outside_stages_s": round(got["wall_s"] - sum(stages.values()), 2),
        "counts": {k: v for k, v in report["counts"].items() if not k.endswith("_quarantined")},
    }


def rates(n: int, words: int, seconds: float) -> dict[str, float]:
    return {"articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds)}


def bench_size(
    corpus: pl.DataFrame, n: int, work: Path, env: dict[str, str], args: argparse.Namespace
) -> dict[str, Any]:
    path = work / f"bbc-{n}.jsonl"
    facts = write_corpus(corpus.head(n), path)
    print(f"[{n}] reference: nlp.pipe, n_process={args.n_process}", flush=True)
    ref = reference(path, args.n_process, env)
    print(f"[{n}] pipeline: claimflow run", flush=True)
    run = pipeline(path, work / f"data-{n}", env)
    print(f"[{n}] pipeline again, nothing new", flush=True)
    again = pipeline(path, work / f"data-{n}", env)
    out: dict[str, Any] = {
        **facts,
        "reference": {**ref, **rates(n, facts["words"], ref["pipe_s"])},
        "pipeline": {**run, **rates(n, facts["words"], run["wall_s"])},
        "incremental": again,
        "deduplicated_ok": run["counts"].get("articles_new") == facts["distinct"]
        and again["counts"].get("articles_new") == 0,
    }
    out["ratio"] = round(run["wall_s"] and ref["pipe_s"] / run["wall_s"], 3)
    if n == args.sizes[-1]:
        for workers in args.dask_workers:
            print(f"[{n}] pipeline on a local Dask cluster of {workers}", flush=True)
            root = work / f"data-{n}-dask{workers}"
            got = pipeline(path, root, env, "--dask-workers", str(workers))
            out[f"dask_{workers}"] = {**got, **rates(n, facts["words"], got["wall_s"])}
        if args.dask_workers and 2 in args.dask_workers and args.n_process != 2:
            print(f"[{n}] reference: nlp.pipe, n_process=2", flush=True)
            ref2 = reference(path, 2, env)
            out["reference_2"] = {**ref2, **rates(n, facts["words"], ref2["pipe_s"])}
    return out


def machine() -> dict[str, Any]:
    """Cores, memory, CPU model and the versions that decide the numbers."""
    from importlib.metadata import version

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    pkgs = ("spacy", "prefect", "great-expectations", "deltalake", "polars", "dask")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(ram, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "versions": {p: version(p) for p in pkgs},
        "model": MODEL,
    }


def table(results: dict[str, Any]) -> str:
    """The results as a markdown table, one row per measurement."""
    rows = [
        "| size | what | wall s | articles/s | words/s | ×ref | peak RSS MB (tree) | notes |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for n, r in results["sizes"].items():
        ref, run, inc = r["reference"], r["pipeline"], r["incremental"]
        rows.append(
            f"| {n} | bare spaCy nlp.pipe (n_process={ref['n_process']}) | {ref['pipe_s']:.1f} | "
            f"{ref['articles_per_s']} | {ref['words_per_s']} | 1 | {ref['peak_tree_rss_mb']} | "
            f"model load {ref['load_s']:.1f} s |"
        )
        stages = ", ".join(f"{k} {v:.1f}" for k, v in run["stage_seconds"].items())
        rows.append(
            f"| {n} | claimflow run | {run['wall_s']:.1f} | {run['articles_per_s']} | "
            f"{run['words_per_s']} | {r['ratio']} | {run['peak_tree_rss_mb']} | "
            f"{stages}; outside stages {run['outside_stages_s']:.1f}; "
            f"dedup {'ok' if r['deduplicated_ok'] else 'WRONG'} |"
        )
        stages = ", ".join(f"{k} {v:.1f}" for k, v in inc["stage_seconds"].items())
        rows.append(
            f"| {n} | incremental (nothing new) | {inc['wall_s']:.1f} | | | | "
            f"{inc['peak_tree_rss_mb']} | {stages}; outside stages {inc['outside_stages_s']:.1f} |"
        )
        for key in sorted(k for k in r if k.startswith("dask_")):
            d = r[key]
            rows.append(
                f"| {n} | claimflow run --dask-workers {key.split('_')[1]} | {d['wall_s']:.1f} | "
                f"{d['articles_per_s']} | {d['words_per_s']} | "
                f"{round(ref['pipe_s'] / d['wall_s'], 3)} | {d['peak_tree_rss_mb']} | |"
            )
        if "reference_2" in r:
            d = r["reference_2"]
            rows.append(
                f"| {n} | bare spaCy nlp.pipe (n_process=2) | {d['pipe_s']:.1f} | "
                f"{d['articles_per_s']} | {d['words_per_s']} | "
                f"{round(ref['pipe_s'] / d['pipe_s'], 3)} | {d['peak_tree_rss_mb']} | |"
            )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2225])
    parser.add_argument("--n-process", type=int, default=1, help="the reference's n_process")
    parser.add_argument("--dask-workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--quick", action="store_true", help="500 articles, no Dask runs")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--record", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.dask_workers = [500], []
    args.sizes = sorted(args.sizes)
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    corpus = pl.read_parquet(args.corpus)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "NO_COLOR": "1"}
    env.pop("PREFECT_API_URL", None)  # always Prefect's ephemeral server, as a newcomer runs it
    started = datetime.now(UTC)
    results: dict[str, Any] = {"started_at": started.isoformat(), "machine": machine()}
    # Start-up, part one: what the CLI imports before it can start a server or load a model.
    results["import_s"] = timed([sys.executable, "-c", "import flows.pipeline"], env)["wall_s"]
    with tempfile.TemporaryDirectory(prefix="claimflow-bench-") as tmp:
        env["PREFECT_HOME"] = str(Path(tmp) / "prefect")  # a fresh server database
        results["sizes"] = {
            str(n): bench_size(corpus, min(n, corpus.height), Path(tmp), env, args)
            for n in args.sizes
        }
    results["seconds"] = round((datetime.now(UTC) - started).total_seconds())
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"bench-{started:%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps(results, indent=2, default=str))
    text = table(results)
    print(text)
    print(f"\nwritten: {path}")
    if args.record:
        m = results["machine"]
        versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items())
        with (REPO / "bench" / "RESULTS.md").open("a", encoding="utf-8") as fh:
            fh.write(
                f"\n## {started:%Y-%m-%d %H:%M} UTC\n\n{m['cores']} cores, {m['ram_gb']} GB RAM, "
                f"{m['cpu']}; Python {m['python']}, {versions}; model {m['model']}.\n\n"
                f"{text}\n"
            )


if __name__ == "__main__":
    main()
