"""Command line: ``conflictparse FILE... [--published YYYY-MM-DD] [--format text|json|jsonl]``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from . import __version__
from ._text import check_published
from .errors import ArgumentValueError
from .locations import Location
from .report import Report, parse_report

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None
    try:
        check_published(date)
    except ArgumentValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return date


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, exit 2: what scripts calling us can rely on.
        self.exit(2, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="conflictparse", description="Parse conflict news reports into typed data.")
    ap.add_argument("files", nargs="+", metavar="FILE", help="report text files; '-' reads standard input")
    ap.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                    help="publication date that relative dates are resolved against")
    ap.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                    help="text: a readable summary (default); json: Report.to_dict() (a list for several files); "
                         "jsonl: one to_dict() per line")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def _read(path: str) -> str:
    # Bytes that are not UTF-8 become U+FFFD, from a file or from standard input alike, so that the JSON written is
    # valid; line endings are kept as they are, so that offsets count in the file as it is ("\r\n" included).
    if path == "-":
        raw = getattr(sys.stdin, "buffer", None)  # a text stream without bytes below it is read as it is
        return raw.read().decode("utf-8", errors="replace") if raw is not None else sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return f.read()


def _fmt_location(loc: Location) -> str:
    if loc.place:
        p = loc.place
        return f"{p.name}, {p.admin1 or '-'}, {p.country_code} (geonames {p.geonameid})"
    if loc.within:
        return f"unresolved, within {loc.within.name}, {loc.within.country_code}"
    return "unresolved"


def _fmt_bound(low: float, high: float | None) -> str:
    if high is None:
        return f"{low:g}+"
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


def render_text(name: str, report: Report, out: TextIO) -> None:
    """Write a readable summary of ``report``."""
    published = report.published.isoformat() if report.published else "unknown"
    out.write(f"== {name} (published {published})\n")
    if report.casualties:
        totals = ", ".join(f"{k} {_fmt_bound(v.low, v.high)}" for k, v in sorted(report.casualties.items()))
        out.write(f"casualties: {totals}\n")
    sections: list[tuple[str, list[str]]] = [
        ("quantities", [f"{q.text!r}: {_fmt_bound(q.low, q.high)}"
                        + (f" {q.unit}" if q.unit else "") + (f" [{q.category}]" if q.category else "")
                        for q in report.quantities]),
        ("dates", [f"{d.text!r}: {d.kind} {d.value}" for d in report.dates]),
        ("locations", [f"{loc.text!r}: " + _fmt_location(loc) for loc in report.locations]),
        ("stances", [f"{s.actor.name} ({s.actor.country or '-'}) {s.stance}"
                     + (f" ({s.act})" if s.act and s.act != s.stance else "")
                     + (f" -> {s.target.name}" if s.target else "") + f": {s.text!r}"
                     + (f" {s.claim.text!r}" if s.claim else "") for s in report.stances]),
    ]
    for title, lines in sections:
        out.write(f"{title} ({len(lines)}):\n")
        for line in lines:
            out.write(f"  {line}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _build_parser().parse_args(argv)
    texts: list[tuple[str, str]] = []
    for path in args.files:
        try:
            texts.append((path, _read(path)))
        except OSError as e:
            sys.stderr.write(f"conflictparse: error: cannot read {path}: {e.strerror or e}\n")
            return 2
    # Parsed one at a time, so text and jsonl output stream while a long batch is still being read.
    reports = ((path, parse_report(text, published=args.published)) for path, text in texts)
    try:
        _write(reports, args.format, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``conflictparse report.txt | head``): stop quietly, as Unix tools do. Python would
        # otherwise try to flush stdout again at exit and print a second traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _write(reports: Iterable[tuple[str, Report]], fmt: str, out: TextIO) -> None:
    if fmt == "text":
        for path, report in reports:
            render_text(path, report, out)
    elif fmt == "jsonl":
        for _, report in reports:
            out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        dicts = [report.to_dict() for _, report in reports]
        out.write(json.dumps(dicts[0] if len(dicts) == 1 else dicts, ensure_ascii=False, indent=2) + "\n")
