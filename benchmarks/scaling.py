"""Print how each parser's time grows with the text, on repetitive and hostile input.

Each input is a short unit repeated to about 3,000 and to 12,000 characters; a linear parser takes about four times
as long on the longer text, a quadratic one sixteen. Run it after touching a pattern or a window::

    python benchmarks/scaling.py

The last column flags a ratio above 8 (twice the linear four, to allow for a noisy machine).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import conflictparse

PUBLISHED = dt.date(2022, 3, 2)
UNITS = [
    # dates: ranges, brackets and abbreviations that once made clause scans run to the end of the text
    "5 and 6 March, 3 to 4 weeks, ",
    "It fell (0400 GMT) on Friday ( ",
    "Gen. 6 a.m. (Feb. 3 ",
    "on the 14th twice a month since Friday ",
    "(((((",
    # stances: a run-on sentence of speakers and cues
    "Peru said the ministry warned that Kremlin forces will not accept and ",
    # quantities and casualties: figures, victims and killing verbs without a full stop
    "one man was killed and 3 others, 2 soldiers from each side, ",
    # locations: capitalised words, lists and cues
    "the villages of Zorka, Dreval and Kyiv near Izium, a suburb of ",
    "Kyiv ",
]
PARSERS: dict[str, Callable[[str], object]] = {
    "parse_quantities": conflictparse.parse_quantities,
    "parse_dates": lambda text: conflictparse.parse_dates(text, published=PUBLISHED),
    "parse_locations": conflictparse.parse_locations,
    "parse_stances": conflictparse.parse_stances,
    "parse_report": lambda text: conflictparse.parse_report(text, published=PUBLISHED),
}
SMALL = 3_000
RATIO_LIMIT = 8.0


def cpu_seconds(parse: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    for parse in PARSERS.values():
        parse("Kyiv said 3 people were killed on Tuesday.")  # lexicons and the gazetteer load here, not below
    print(f"{'unit':<48} {'parser':<18} {'3k chars':>9} {'12k chars':>10} {'ratio':>6}")
    for unit in UNITS:
        small = unit * max(1, SMALL // len(unit))
        for name, parse in PARSERS.items():
            short, long = cpu_seconds(parse, small), cpu_seconds(parse, small * 4)
            ratio = long / max(short, 1e-4)
            flag = "  <-- check" if ratio > RATIO_LIMIT and long > 0.05 else ""
            print(f"{unit[:46]!r:<48} {name:<18} {short * 1000:8.1f}ms {long * 1000:9.1f}ms {ratio:6.1f}{flag}")


if __name__ == "__main__":
    main()
