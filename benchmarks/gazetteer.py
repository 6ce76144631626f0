"""Gazetteer load time and memory, and parse_locations throughput, measured in a fresh process.

    python benchmarks/gazetteer.py [--max-words N] [--repeat R]

Texts come from ../shared/eval/data/*.jsonl when present, else from docs/examples/*.txt. Memory is the growth of
the process' resident set (VmRSS in /proc/self/status) across the first load, and the Python heap that stays
allocated after it (tracemalloc, measured in a second load in a child process so that tracing does not slow the
timed one).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from _corpus import load_texts


def rss_mib() -> float:
    """Resident set size of this process in MiB (0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def traced_heap_mib() -> float:
    code = (
        "import tracemalloc; tracemalloc.start()\n"
        "from conflictparse._gazetteer import gazetteer; g = gazetteer()\n"
        "print(tracemalloc.get_traced_memory()[0] / 2**20)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    rss0 = rss_mib()
    t0 = time.perf_counter()
    import conflictparse
    from conflictparse._gazetteer import gazetteer

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    gaz = gazetteer()
    load_s = time.perf_counter() - t0
    rss1 = rss_mib()
    t0 = time.perf_counter()
    conflictparse.parse_locations("Warm-up in Kyiv, Kharkiv and Paris, Texas.")
    warm_s = time.perf_counter() - t0

    source, texts = load_texts(args.max_words)
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = sum(len(conflictparse.parse_locations(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
    print(f"texts: {len(texts)} from {source}, {words} words, {found} locations")
    print(f"import conflictparse: {import_s * 1000:.0f} ms")
    print(f"gazetteer load: {load_s:.2f} s ({len(gaz.kind_rank)} places, {gaz.name_count} names)")
    print(f"first parse after load (aliases, regexes): {warm_s * 1000:.0f} ms")
    print(f"resident memory growth over the load: {rss1 - rss0:.0f} MiB")
    print(f"Python heap held by the gazetteer (tracemalloc): {traced_heap_mib():.0f} MiB")
    print(f"parse_locations: {words / best:,.0f} words/s (best of {args.repeat})")


if __name__ == "__main__":
    main()
