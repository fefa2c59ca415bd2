"""CPU seconds per process of a command's process tree: where a run's CPU goes.

    .venv/bin/python bench/cpu_tree.py .venv/bin/claimflow run bbc-500.jsonl --data-root /tmp/d

Polls the tree every 50 ms (psutil) and keeps each process's latest user + system CPU, so a
process that exits between polls loses at most its last 50 ms. The root's own line counts its
waited-for children again (``children_user``): read it as the total, and subtract the lines
below it for the root alone. A benchmark aid, not a test: run it on a quiet machine.
"""

from __future__ import annotations

import subprocess
import sys
import time

import psutil


def main(cmd: list[str]) -> None:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    seen: dict[int, tuple[str, float, float]] = {}  # pid -> (command, CPU s, first seen)
    start = time.perf_counter()
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in tree:
            try:
                cpu = p.cpu_times()
                spent = cpu.user + cpu.system
                if p.pid == root.pid:
                    spent += cpu.children_user + cpu.children_system
                name = " ".join(p.cmdline())[:100].replace("\n", " ")
                first = seen.get(p.pid, ("", 0.0, time.perf_counter() - start))[2]
                seen[p.pid] = (name, spent, first)
            except psutil.Error:
                continue  # gone between listing and reading
        time.sleep(0.05)
    print(f"wall {time.perf_counter() - start:.2f} s, exit {proc.returncode}")
    for name, spent, first in sorted(seen.values(), key=lambda v: v[2]):
        print(f"{first:6.2f} s  {spent:6.2f} CPU s  {name}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: bench/cpu_tree.py COMMAND [ARGS...]")
    main(sys.argv[1:])
