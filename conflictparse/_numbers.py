"""Figures in text: numerals, number words and vague amounts, with their values (used by ``quantities``).

Finds where each figure is and what it is worth; whether it is a count, a measure or something else (a date, an
age, a model number) is decided by the caller, which sees the words around it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

import regex

from ._quantity_lexicon import data_lines

__all__ = ["SCALES", "Figure", "find_figures", "vague_fatalities"]

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "dozen": 12}
# Numerals: grouped thousands ("660,000") or a plain run of at most 15 digits (longer runs are identifiers), an
# optional decimal part, ASCII digits only (int() refuses some Unicode digits). A numeral glued to a letter before
# it (MH17; T-72 is handled by the caller) is not matched here.
_NUMERAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}(?![0-9,][0-9])|[0-9]{1,15}(?![0-9]))(?:\.[0-9]{1,12}(?![0-9]))?"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b)?",  # "2 dozen" is 24
    regex.IGNORECASE,
)


class Figure(NamedTuple):
    """A figure found in text: its span, bounds, and for vague amounts the phrase's conventional fatality figure."""

    start: int
    end: int
    low: int | float
    high: int | float | None
    kind: str  # "numeral", "words", "vague"
    fatalities: int | None = None
    weak: bool = False


@cache
def _number_words() -> Mapping[str, tuple[int, str]]:
    words = {}
    for line in data_lines("number_words.tsv"):
        word, value, kind = line.split("\t")
        words[word] = (int(value), kind)
    return MappingProxyType(words)


@cache
def _vague() -> Mapping[str, tuple[int, int | None, int, bool]]:
    out = {}
    for line in data_lines("vague.tsv"):
        phrase, low, high, fatalities, weak = line.split("\t")
        out[phrase] = (int(low), int(high) if high else None, int(fatalities), weak == "1")
    return MappingProxyType(out)


def vague_fatalities(phrase: str) -> int | None:
    """The conventional fatality figure of a vague phrase ("several" -> 10), or None if it is not one."""
    entry = _vague().get(" ".join(phrase.lower().split()))
    return entry[2] if entry else None


@cache
def _word_start() -> regex.Pattern[str]:
    words = sorted(_number_words(), key=len, reverse=True)
    scales = "|".join(w for w, (_, k) in _number_words().items() if k in ("hundred", "scale", "dozen"))
    return regex.compile(rf"\b(?:(?:a|one)\s+(?=(?:{scales})\b)|(?:{'|'.join(words)})\b)", regex.IGNORECASE)


@cache
def _vague_pattern() -> regex.Pattern[str]:
    phrases = sorted(_vague(), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)
    # "tens" and "scores" are amounts only before "of" ("tens of people") or a casualty word ("leaving scores dead");
    # as bare words they are other things ("test scores").
    return regex.compile(rf"\b(?:{alternation})\b(?<!\btens|\bscores)|\b(?:tens|scores)(?=\s+(?:of|dead|killed|"
                         rf"died|injured|wounded|more)\b)", regex.IGNORECASE)


_WORD_TOKEN = regex.compile(r"\s*(?:(,)\s*|(-)|\s)?\s*([A-Za-z]+)\b")


def _words_value(text: str, start: int) -> tuple[int, int] | None:
    """Read a spelled-out number from ``start``; return (value, end) or None.

    Stops at the first word that cannot continue the number: "two, three" is two, "one hundred and fifty" is 150.
    """
    words = _number_words()
    total = current = 0
    last_kind = ""
    last_scale = 10**18
    end = start
    pos = start
    pending_and = False
    seen = False
    first = True
    while True:
        m = _WORD_TOKEN.match(text, pos)
        if not m:
            break
        comma, hyphen, word = m.group(1), m.group(2), m.group(3).lower()
        if first and m.start(3) != start:
            break
        if word in ("a", "one") and first and not seen:
            nxt = _WORD_TOKEN.match(text, m.end())
            if nxt and nxt.group(3).lower() in ("dozen", "hundred", "thousand", "million", "billion", "trillion") \
                    and nxt.group(1) is None and nxt.group(2) is None:
                current, last_kind, seen, first = 1, "unit", True, False
                end = pos = m.end()
                continue
        if word == "and" and last_kind in ("hundred", "scale") and not comma and not hyphen:
            pending_and = True
            pos = m.end()
            first = False
            continue
        if word not in words:
            break
        value, kind = words[word]
        if comma and last_kind != "scale":
            break
        if hyphen and not (last_kind == "ten" and kind == "unit" and 0 < value < 10):
            break
        if pending_and and kind not in ("unit", "ten"):
            break
        if kind == "unit":
            if last_kind == "unit" or (last_kind == "ten" and not 0 < value < 10):
                break
            current += value
        elif kind == "ten":
            if last_kind in ("unit", "ten"):
                break
            current += value
        elif kind == "hundred":
            if last_kind not in ("unit", "") or current >= 100:
                break
            current = max(current, 1) * 100
        elif kind == "dozen":
            if last_kind not in ("unit", ""):
                break
            current = max(current, 1) * 12
        else:  # thousand and above
            if value >= last_scale or last_kind in ("", "scale"):
                break
            total += max(current, 1) * value
            current = 0
            last_scale = value
        last_kind = kind
        pending_and = False
        seen = True
        first = False
        end = pos = m.end()
    if not seen:
        return None
    return total + current, end


def _numeral_value(digits: str, scale: str | None) -> int | float:
    number = float(digits.replace(",", "")) if "." in digits else int(digits.replace(",", ""))
    if scale:
        number = number * SCALES[scale.lower()]
    if isinstance(number, float) and number.is_integer() and (scale or "." not in digits):
        return int(number)
    return number


def find_figures(text: str) -> Iterator[Figure]:
    """Yield every figure in ``text`` in order, without overlaps: numerals, number words, vague amounts."""
    found: list[Figure] = []
    for m in _NUMERAL.finditer(text):
        digits = m.group(0) if m.group("scale") is None else text[m.start():m.start("scale")].rstrip()
        found.append(Figure(m.start(), m.end(), _numeral_value(digits, m.group("scale")), None, "numeral"))
    for v in _vague_pattern().finditer(text):
        low, high, fatalities, weak = _vague()[" ".join(v.group(0).lower().split())]
        found.append(Figure(v.start(), v.end(), low, high, "vague", fatalities, weak))
    pos = 0
    pattern = _word_start()
    while True:
        w = pattern.search(text, pos)
        if not w:
            break
        read = _words_value(text, w.start())
        if read is None:
            pos = w.end()
            continue
        value, end = read
        found.append(Figure(w.start(), end, value, None, "words"))
        pos = end
    found.sort(key=lambda f: (f.start, -f.end))
    last_end = -1
    for figure in found:
        if figure.start >= last_end:
            last_end = figure.end
            yield figure
