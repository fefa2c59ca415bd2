"""Throughput benchmark: claimflow end to end against bare spaCy, on the BBC corpus.

Every measurement runs in its own subprocess, so imports, model loads and memory are counted
as a user sees them. For each corpus size it writes a JSONL file from the parquet corpus and
measures:
- the references: ``nlp.pipe`` over the same texts, same model, at the minibatch size the
  pipeline's spaCy runs on (16 documents, ``NLP_BATCH``; bare spaCy's best here, see table.py),
  at ``n_process=1`` and at ``n_process=`` every core;
- ``claimflow run --json`` on a fresh data root (Prefect's temporary server, GX, Delta writes) at
  its default (every core) and with ``--processes 1``, with time per stage from the run report
  and the process tree's peak RSS;
- the default run again on the same data (nothing new: the incremental run), and on a lasting
  local server (as `make run` and deployments run) both a fresh run and the incremental one;
- at the smallest size, the CPU seconds of each spaCy component and of the extraction rules
  (``bench/components.py``);
- at the largest size, the run on a local Dask cluster.
Before the sizes: start-up (``import flows.pipeline``) and ``claimflow run`` on the seeds.

Results go to ``bench/out/bench-<timestamp>.json`` and a printed table; ``--record`` appends the
table, dated, with the machine's description and its load average, to ``bench/RESULTS.md``.
A benchmark, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import socket
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table import BATCH_SIZE, table  # noqa: E402  (bench/ is not a package: a script)

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
    for _ in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=int(sys.argv[4])):
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
    cmd = [sys.executable, "-c", _REFERENCE, str(path), MODEL, str(n_process), str(BATCH_SIZE)]
    got = timed(cmd, env)
    return {**json.loads(got.pop("stdout")), **got, "n_process": n_process}


def components(path: Path, env: dict[str, str]) -> dict[str, Any]:
    script = str(REPO / "bench" / "components.py")
    got = timed([sys.executable, script, str(path), MODEL, str(BATCH_SIZE)], env)
    return json.loads(got["stdout"])


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
    out: dict[str, Any] = {**facts}
    for n_process in sorted({1, args.cores}):
        print(f"[{n}] reference: nlp.pipe, n_process={n_process}", flush=True)
        ref = reference(path, n_process, env)
        out[f"reference_{n_process}"] = {**ref, **rates(n, facts["words"], ref["pipe_s"])}
    print(f"[{n}] pipeline: claimflow run (default: every core)", flush=True)
    run = pipeline(path, work / f"data-{n}", env)
    out["pipeline"] = {**run, **rates(n, facts["words"], run["wall_s"])}
    print(f"[{n}] pipeline again, nothing new", flush=True)
    out["incremental"] = again = pipeline(path, work / f"data-{n}", env)
    if served := args.served_env:
        print(f"[{n}] nothing new again, on a lasting server (as scheduled runs are)", flush=True)
        out["incremental_served"] = pipeline(path, work / f"data-{n}", served)
        print(f"[{n}] pipeline on a lasting server (as `make run` and deployments)", flush=True)
        got = pipeline(path, work / f"data-{n}-served", served)
        out["pipeline_served"] = {**got, **rates(n, facts["words"], got["wall_s"])}
    print(f"[{n}] pipeline: claimflow run --processes 1", flush=True)
    one = pipeline(path, work / f"data-{n}-p1", env, "--processes", "1")
    out["pipeline_1"] = {**one, **rates(n, facts["words"], one["wall_s"])}
    out["deduplicated_ok"] = (
        run["counts"].get("articles_new") == facts["distinct"]
        and again["counts"].get("articles_new") == 0
    )
    out["same_rows_ok"] = all(
        run["counts"].get(k) == one["counts"].get(k)
        for k in ("claims_published", "quotes_published", "entities_published")
    )
    if n == args.sizes[0]:
        print(f"[{n}] CPU seconds per spaCy component", flush=True)
        measured = components(path, env)
        out["components_cpu_s"], out["claim_sentences"] = (
            measured["cpu_s"],
            measured["claim_sentences"],
        )
    if n == args.sizes[-1]:
        for workers in args.dask_workers:
            print(f"[{n}] pipeline on a local Dask cluster of {workers}", flush=True)
            root = work / f"data-{n}-dask{workers}"
            got = pipeline(path, root, env, "--dask-workers", str(workers))
            out[f"dask_{workers}"] = {**got, **rates(n, facts["words"], got["wall_s"])}
    return out


def start_up(work: Path, env: dict[str, str], served: dict[str, str] | None) -> dict[str, Any]:
    """What a run costs before any work: the CLI's imports, and a run on the five seeds (on a
    temporary server, as `claimflow run` alone; and on a lasting one, as `make run` when warm)."""
    out: dict[str, Any] = {}
    out["import_s"] = timed([sys.executable, "-c", "import flows.pipeline"], env)["wall_s"]
    for k in (1, 2):  # the second run: nothing new
        got = pipeline(REPO / "seeds", work / "data-seeds", env)
        out[f"seeds_run_{k}_s"] = got["wall_s"]
        out[f"seeds_run_{k}_outside_stages_s"] = got["outside_stages_s"]
    if served:
        for k in (1, 2):
            got = pipeline(REPO / "seeds", work / "data-seeds-served", served)
            out[f"seeds_served_{k}_s"] = got["wall_s"]
    return out


def _lasting_server(env: dict[str, str]) -> dict[str, str] | None:
    """``env`` pointing at a lasting local server (`make run`'s), started on a free port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-m", "flows.ui_server", "start", "--port", str(port)]
    if subprocess.run(cmd, env=env, cwd=REPO, capture_output=True).returncode != 0:
        return None
    return {**env, "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}


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


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2225])
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1, help="all cores")
    parser.add_argument("--dask-workers", type=int, nargs="*", default=[2])
    parser.add_argument("--quick", action="store_true", help="500 articles, no Dask runs")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--record", action="store_true", help="append to bench/RESULTS.md")
    parser.set_defaults(served_env=None)
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.dask_workers = [500], []
    args.sizes = sorted(args.sizes)
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    corpus = pl.read_parquet(args.corpus)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "NO_COLOR": "1"}
    env.pop("PREFECT_API_URL", None)  # always Prefect's temporary server, as a newcomer runs it
    started = datetime.now(UTC)
    results: dict[str, Any] = {"started_at": started.isoformat(), "machine": machine()}
    results["machine"]["cores"] = args.cores
    results["load_before"] = load()
    with tempfile.TemporaryDirectory(prefix="claimflow-bench-") as tmp:
        env["PREFECT_HOME"] = str(Path(tmp) / "prefect")  # a fresh server database
        args.served_env = _lasting_server(env)
        try:
            results["start_up"] = start_up(Path(tmp), env, args.served_env)
            results["sizes"] = {
                str(n): bench_size(corpus, min(n, corpus.height), Path(tmp), env, args)
                for n in args.sizes
            }
        finally:
            if args.served_env:
                subprocess.run([sys.executable, "-m", "flows.ui_server", "stop"], env=env, cwd=REPO)
    results["load_after"] = load()
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
                f"\n## {started:%Y-%m-%d %H:%M} UTC{' (--quick)' if args.quick else ''}\n\n"
                f"{m['cores']} cores, {m['ram_gb']} GB RAM, {m['cpu']}; Python {m['python']}, "
                f"{versions}; model {m['model']}. Load average (1/5/15 min) "
                f"{results['load_before']} before, {results['load_after']} after; "
                f"{results['seconds'] / 60:.0f} min in all.\n\n{text}\n"
            )


if __name__ == "__main__":
    main()
