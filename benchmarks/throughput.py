"""Words per second of conflictparse beside the libraries it is compared with, on the same texts, in one run.

    python benchmarks/throughput.py [--max-words N] [--repeat R]

Texts come from ../shared/eval/data/*.jsonl when present, else from docs/examples/*.txt. Each figure is the best of
R passes (after one warm-up pass that also pays for lazy loading, which is reported separately).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from _corpus import EXAMPLES, load_texts


def best_seconds(fn: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-words", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    import conflictparse
    import_s = time.perf_counter() - t0
    import dateparser.search
    import quantulum3.parser

    source, texts = load_texts(args.max_words)
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        conflictparse.parse_report(t)
    first_pass_s = time.perf_counter() - t0

    def search_dates(t: str) -> Any:
        return dateparser.search.search_dates(t, languages=["en"])

    contenders: list[tuple[str, Callable[[str], Any], int]] = [
        ("conflictparse.parse_report", conflictparse.parse_report, args.repeat),
        ("quantulum3.parser.parse", quantulum3.parser.parse, 1),
        ("conflictparse.parse_quantities", conflictparse.parse_quantities, args.repeat),
        ("conflictparse.parse_dates", conflictparse.parse_dates, args.repeat),
        ("dateparser.search.search_dates", search_dates, 1),
        ("conflictparse.parse_locations", conflictparse.parse_locations, args.repeat),
        ("conflictparse.parse_stances", conflictparse.parse_stances, args.repeat),
    ]
    print(f"texts: {len(texts)} from {source}, {words} words")
    print(f"import conflictparse: {import_s * 1000:.0f} ms; first parse_report pass (lazy loading included): "
          f"{first_pass_s:.2f} s")
    rates: dict[str, float] = {}
    for name, fn, repeat in contenders:
        fn(texts[0])  # warm the dependency's own lazy state too, so both sides are timed warm
        seconds = best_seconds(fn, texts, repeat)
        rates[name] = words / seconds
        print(f"{name:34s} {rates[name]:>12,.0f} words/s")
    print(f"parse_report / quantulum3 speed ratio: "
          f"{rates['conflictparse.parse_report'] / rates['quantulum3.parser.parse']:.1f}x")
    print(f"parse_dates / search_dates speed ratio: "
          f"{rates['conflictparse.parse_dates'] / rates['dateparser.search.search_dates']:.1f}x")

    for example in sorted(EXAMPLES.glob("*.txt")):
        text = example.read_text(encoding="utf-8")
        ours = best_seconds(conflictparse.parse_report, [text], args.repeat)
        theirs = best_seconds(quantulum3.parser.parse, [text], args.repeat)
        print(f"{example.name} ({len(text.split())} words): parse_report {ours * 1000:.1f} ms, "
              f"quantulum3.parser.parse {theirs * 1000:.1f} ms, ratio {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
