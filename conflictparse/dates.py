"""Temporal expressions resolved to TimeML TIMEX3 values.

A rule engine in the spirit of HeidelTime: candidate patterns built from word lists (``data/dates``) find expressions,
overlaps are settled leftmost-longest, spans follow TimeML (a leading preposition is outside, a determiner or a
modifier such as "early" or "about" is inside), and each expression is resolved against the publication date. Partial
dates ("August", "on Tuesday") take the direction of the tense of their clause; without a publication date they keep
their X's (``XXXX-08``, ``XXXX-WXX-2``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import regex

from . import _timex_calendar as cal
from ._text import check_published, check_text, lazy_pattern, sentence_spans, span_dict
from ._timex_lexicon import (
    TENSE_INTENT,
    TENSE_WOULD,
    YEAR_OK_AFTER,
    YEAR_OK_BEFORE,
    YEAR_PREPOSITIONS,
    lexicon,
    pattern_matches,
    word_set,
)

__all__ = ["DateMention", "parse_dates"]


@attrs.frozen
class DateMention:
    """A temporal expression: its TIMEX3 ``kind`` and ``value``, and the calendar interval it denotes.

    ``first``/``last`` are the first and last day of the interval (``None`` when the expression is not anchored in a
    known year, or is a duration, a set or a vague reference). ``granularity`` is the unit the value is written in
    (day, part_of_day, time, week, weekend, month, season, quarter, half, year, decade, century); ``modifier`` is the
    TIMEX3 ``mod`` (START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS) when the text says so.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str
    first: dt.date | None = None
    last: dt.date | None = None
    granularity: str | None = None
    modifier: str | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "kind": self.kind, "value": self.value,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None,
                "granularity": self.granularity, "modifier": self.modifier}


# A resolution: the TIMEX3 value with its kind, the calendar point behind it (if any) and the modifier.
@attrs.frozen
class _Resolved:
    kind: str
    value: str
    point: cal.Point | None = None
    modifier: str | None = None
    granularity: str | None = None


_Resolver = Callable[["_Context"], _Resolved | None]

_MODIFIERS = {
    "early": "START", "beginning": "START", "start": "START", "turn": "START",
    "late": "END", "end": "END", "close": "END", "mid": "MID", "middle": "MID",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "almost": "LESS_THAN", "nearly": "LESS_THAN", "less": "LESS_THAN", "under": "LESS_THAN",
    "more": "MORE_THAN", "over": "MORE_THAN", "at": "EQUAL_OR_MORE", "up": "EQUAL_OR_LESS",
}
_REL_STEP = {"this": 0, "current": 0, "present": 0, "same": 0, "final": 0, "last": -1, "previous": -1, "past": -1,
             "latest": -1, "prior": -1,
             "next": 1, "coming": 1, "following": 1, "upcoming": 1}
_WEEK_OF_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}
_ANAPHORIC_RELATIVE = frozenset({"following", "previous", "prior", "same"})
_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "final": 4, "last": 4}
_NOT_PAST = word_set(
    "need indeed speed feed proceed exceed succeed bed red seed breed shed hundred embed deed heed weed reed aged"
)
_TENSE_WORD = lazy_pattern(r"\w+(?:['’]\w+)?|[;—–(]|:(?!\d)")  # not the colon of a clock time
_PLAN_IN_THE_PAST = 2  # a tense marker that says neither past nor future: a plan seen from the past
# A present perfect takes no definite time of its own: a day it names is past ("has claimed Friday's attack"), a
# month or quarter may be the object's ("has announced cuts in the fourth quarter")
_PRESENT_PERFECT = 3
_SENTENCE_WORD = lazy_pattern(r"[\w-]+|%")
# after these a participle is passive or an adjective ("will remain closed"), not a past tense
_PASSIVE_AUX = word_set("be been being is are am to remain remains stay stays get gets seem seems become becomes")
_PAST_NOT_VERB = word_set("ago last since earlier")
_PERFECT = word_set("has have having")
_WAS = word_set("was were")
_CALLED = word_set("called asked appealed pressed")
_PERFECT_ADVERBS = word_set("also already just now since recently repeatedly not never yet still previously")
_WORD_BEFORE = lazy_pattern(r"([\w'’]+)[^\w\n]{0,3}\Z")  # a line break ends the context
_WORD_AFTER = lazy_pattern(r"[^\S\n]{0,3}([\w'’]+|[^\w\s])")
_YEAR_RANGE_BEFORE = lazy_pattern(r"(?<!\d)(?:1[5-9]|20)\d\d\s*(?:and|or|to|through|until|-|–)\s*\Z")
_RANGE_BEFORE = lazy_pattern(r"(?:\bto|\buntil|\btill|\bthrough|\bthru|[-–])\s*\Z", regex.IGNORECASE)
_POD_OF = lazy_pattern(
    r"(?<!\w)(?:the\s+)?(?P<pod>morning|afternoon|evening|night|(?P<hours>early|small|wee)\s+hours)\s+of\s+\Z",
    regex.IGNORECASE,
)
# "March of next year", "May last year": the month takes the year that follows it (the two stay separate spans)
_OF_YEAR = lazy_pattern(r"\s+(?:of\s+)?(this|last|next)\s+year\b", regex.IGNORECASE)
_BARE_MONTH_OK_BEFORE = word_set(
    "in since until till by from to through of last next this early late mid during before after "
    "between and or end beginning start middle throughout around for"
)


@attrs.frozen
class _Draft:
    start: int
    end: int
    resolve: _Resolver
    sets_anchor: bool = True
    day_follows: bool = False  # a clock time (or "a third straight day") whose day may be written after it
    year_back: bool = False  # the last day of a list that writes the year for all ("September 14 and 18, 2010")


class _Context:
    """What resolution needs beyond the match: the publication date, the tense around a span, the last day named."""

    def __init__(self, text: str, dct: dt.date | None) -> None:
        self.text = text
        self.dct = dct
        self.anchor: dt.date | None = None
        self.last_point: cal.Point | None = None
        self.last_start = -1
        self.last_period: cal.Point | None = None  # the last quarter, half, month or season named
        self.last_period_start = -1
        self.anchor_end = -1
        self._sentences: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] = []
        self._markers: list[tuple[int, int]] | None = None
        self._marker_positions: list[int] = []
        self.span = (0, 0)
        self._sentence_words: dict[int, frozenset[str]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = _rejoined(self.text, sentence_spans(self.text))
            self._sentence_starts = [s for s, _ in self._sentences]
        starts = self._sentence_starts
        i = bisect.bisect_right(starts, pos) - 1
        return self._sentences[i] if i >= 0 else (0, len(self.text))

    def markers(self) -> list[tuple[int, int]]:
        if self._markers is None:
            tense = lexicon().tense
            cues = _cue_words()
            found = []
            previous = perfect = ""
            text = self.text
            lowered = text.lower()
            same_offsets = len(lowered) == len(text)  # one character may lower-case to two ("İ")
            for m in _TENSE_WORD.finditer(lowered if same_offsets else text):
                w = m.group() if same_offsets else m.group().lower()
                if w not in cues and not w.endswith(_MARKED_ENDINGS):
                    if not (previous in _WAS and w.endswith("ly")):  # "was originally due to": still after "was"
                        previous = w
                    perfect = ""  # a word that is no tense cue, nor a perfect's auxiliary or adverb
                    continue
                raw = text[m.start():m.end()] if same_offsets else m.group()
                t = tense.get(w) if raw[0].islower() or w not in lexicon().months else None
                if t is None and w.endswith(("'ll", "’ll")):
                    t = 1
                if t == 1 and previous in _WAS:
                    t = _PLAN_IN_THE_PAST  # "was due to expire Saturday", "was expected to meet Monday"
                if w in _CALLED and text.startswith(" for ", m.end()):
                    t = TENSE_INTENT  # "called for a strike on Sunday": what is called for lies ahead
                if t == TENSE_INTENT and previous in _PASSIVE_AUX:
                    t = None  # "rain is forecast for Monday": a participle after "be" says nothing of tense
                if t is None and len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST and raw[0].islower():
                    t = -1
                if w == "last" and previous in _LAST_VERB:
                    t = None  # "should last two weeks": the verb, not "last week"
                if t == -1 and previous in _PASSIVE_AUX and w not in _PAST_NOT_VERB:
                    # "to be held on October 12", "will be signed": a participle after "be" says nothing of tense
                    t = None
                elif t == -1 and perfect and w not in _PAST_NOT_VERB:
                    t = _PRESENT_PERFECT
                if t is not None:
                    found.append((m.start(), t))
                # "has", "have", "'ve", and "has also": a participle next is a present perfect
                perfect = w if w in _PERFECT or w.endswith(("'ve", "’ve")) else perfect if w in _PERFECT_ADVERBS else ""
                if not (previous in _WAS and w in _PERFECT_ADVERBS and t is None):  # "was also due to"
                    previous = w
            self._markers = found
            self._marker_positions = [p for p, _ in found]
        return self._markers

    def tense(self, start: int, end: int, *, day: bool = False) -> int:
        """-1 past, +1 future, 0 unknown: the nearest tense word before the span in its clause, else after it.

        ``day``: the span names a day, which a present perfect puts in the past.
        """
        s0, s1 = self.sentence(start)
        marks = self.markers()
        positions = self._marker_positions
        i = bisect.bisect_left(positions, start) - 1
        for _ in range(3):  # a closed parenthesis ends no clause: "took effect at 6 a.m. (0400 GMT) on Friday"
            p = marks[i][0] if i >= 0 else -1
            if p < s0 or start - p > 120 or self.text[p] != "(" or ")" not in self.text[p:start]:
                break
            i -= 1
        if i >= 0 and marks[i][0] >= s0 and marks[i][1]:
            if marks[i][1] == TENSE_INTENT:
                # "warned on Friday": the verb's own day; "promised elections in March": a plan seen from the past,
                # said lately as news goes, so a day it names is ahead ("called for a strike on Sunday")
                said_on = len(_SENTENCE_WORD.findall(self.text, marks[i][0], start)) <= 2
                return -1 if said_on else 1 if day else 0
            return _direction(marks[i][1], day)
        j = bisect.bisect_left(positions, end)
        if j < len(marks) and marks[j][0] < s1:
            return -1 if marks[j][1] == TENSE_INTENT else _direction(marks[j][1], day)
        return 0

    def day_anchor(self) -> dt.date | None:
        return self.anchor or self.dct

    def sentence_words(self, pos: int) -> frozenset[str]:
        """The lower-case words (and "%") of the sentence around ``pos``, its first 2,000 characters."""
        s0, s1 = self.sentence(pos)
        if s0 not in self._sentence_words:
            found = _SENTENCE_WORD.findall(self.text, s0, min(s1, s0 + 2000))
            self._sentence_words[s0] = frozenset(w.lower() for w in found)
        return self._sentence_words[s0]

    def recent_point(self, pos: int) -> cal.Point | None:
        """The last date named in this sentence or the one before it: what "a year earlier" compares with."""
        return self.last_point if self._recent(pos, self.last_start) else None

    def recent_period(self, pos: int) -> cal.Point | None:
        """The last quarter, half, month or season named in this sentence or the one before it."""
        return self.last_period if self._recent(pos, self.last_period_start) else None

    def _recent(self, pos: int, named_at: int) -> bool:
        s0 = self.sentence(pos)[0]
        previous = self.sentence(s0 - 1)[0] if s0 > 0 else s0
        return named_at >= previous


# An abbreviation that never ends a sentence ("Gen."), or not before a figure or a bracket ("Feb. 24", "6 a.m. (0400")
_NOT_AN_END = lazy_pattern(
    r"(?<![\w.])(?:(?i:mr|mrs|ms|dr|gen|lt|col|sgt|capt|gov|sen|rep|st)\."
    r"|(?P<before_figure>(?i:no|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|[ap]\.m\.))\Z"
)


def _rejoined(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences as ``sentence_spans`` gives them, rejoined where a split follows an abbreviation."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            m = _NOT_AN_END.search(text, max(0, out[-1][1] - 6), out[-1][1])
            if m and (not m.group("before_figure") or text[start] == "(" or text[start].isdigit()):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _direction(mark: int, day: bool) -> int:
    """The direction a tense marker gives a date: a plan seen from the past none, a present perfect only a day's."""
    if mark == _PRESENT_PERFECT:
        return -1 if day else 0
    if mark == TENSE_WOULD:
        return 1 if day else 0
    return 0 if mark == _PLAN_IN_THE_PAST else mark


def _word_before(text: str, start: int, *, raw: bool = False) -> str:
    """The word just before ``start`` (lower case unless ``raw``), skipping up to three characters of punctuation."""
    m = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if not m:
        return ""
    return m.group(1) if raw else m.group(1).lower()


def _word_after(text: str, end: int) -> str:
    """The word or punctuation mark just after ``end``, as written."""
    m = _WORD_AFTER.match(text[end:end + 40])
    return m.group(1) if m else ""


def _modifier(m: regex.Match[str]) -> str | None:
    for name in ("mod", "modp", "approx"):
        raw = m.groupdict().get(name)
        if raw:
            words = raw.lower().split()
            for w in (words[1:] if words[0] == "the" else words):
                if w in _MODIFIERS:
                    return _MODIFIERS[w]
    return None


def _point(kind: str, point: cal.Point, modifier: str | None = None) -> _Resolved:
    granularity = point.granularity
    if point.suffix:
        granularity = "part_of_day" if point.suffix[1:].isalpha() else "time"
    return _Resolved(kind, point.value(), point, modifier, granularity)


def _number(raw: str) -> float | None:
    """The amount a number phrase denotes ("two and a half" -> 2.5, "twenty-five" -> 25); None when vague."""
    raw = raw.lower()
    half = 0.5 if raw.endswith("and a half") else 0.0
    if half:
        raw = raw[: -len("and a half")].strip()
    if raw.startswith("half"):
        return 0.5
    if raw.startswith(("quarter", "a quarter")):
        return 0.25  # "a quarter of a century", "a quarter century"
    if raw[:1].isdigit():
        if raw.endswith(("1/2", "½")):
            raw, half = raw.rstrip("½").removesuffix("1/2").rstrip(" -"), 0.5
        return float(raw.replace(",", "")) + half
    numbers = lexicon().numbers
    if raw in numbers:
        n = numbers[raw]
        return None if n is None else n + half
    total = 0.0
    for part in regex.split(r"[ -]", raw):
        n = numbers.get(part)
        if n is None:
            return None
        total = total * n if n == 100 else total + n
    return total + half


# --- rules -----------------------------------------------------------------------------------------------------


def _numeric(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    g = m.groupdict()
    if g["iy"]:
        day = cal.safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if day is None:
            return None
        suffix = f"T{g['ih']}:{g['imin']}" if g["ih"] and int(g["ih"]) < 24 and int(g["imin"]) < 60 else ""
    else:
        a, b, y = int(g["a"]), int(g["b"]), g["y"]
        if g["sep"] == "/" and a <= 12:
            month, dom = a, b  # American order, as English-language news writes slashed dates
        else:
            dom, month = a, b
        year = int(y)
        if len(y) == 2 and ctx.dct is not None:
            # the century that puts the year nearest publication, at most ten years ahead ("10/25/89" in 1989)
            here = ctx.dct.year
            year = max(c for c in (here // 100 * 100 + year + k for k in (-100, 0, 100)) if c <= here + 10)
        elif len(y) == 2:
            year += 2000 if year <= 30 else 1900
        day = cal.safe_date(year, month, dom)
        if day is None:
            return None
        suffix = ""
    point = cal.day_point(day, suffix)
    return _Draft(m.start(), m.end(), lambda c: _point("TIME" if suffix else "DATE", point))


def _calendar(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    raw_month = m.group("month")
    form = raw_month.lower()
    month = lex.months[form]
    if form in lex.capital_months and not raw_month[0].isupper():
        return None
    dom = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    weekday = lex.weekdays[m.group("wd").lower()] if m.group("wd") else None
    modifier = _modifier(m)
    bare = dom is None and year is None and weekday is None and modifier is None
    if bare or (dom is None and year is None and modifier is None and form in lex.capital_months):
        before = _word_before(ctx.text, m.start())
        after = _word_after(ctx.text, m.end())
        if bare and any(other != form and other.startswith(form) for other in lex.months):
            return None  # a lone abbreviation is a name or a word more often than a month
        if form in lex.capital_months and before not in _BARE_MONTH_OK_BEFORE:
            return None  # "Theresa May", "May I", "the March rally" need a preposition to be months
        if after[:1].isupper() and before not in _BARE_MONTH_OK_BEFORE:
            return None  # "August Wilson", "June Carter"
    if dom is not None and cal.safe_date(year or 2000, month, dom) is None:
        return None
    week_of = m.group("weekof").lower() if m.group("weekof") else None
    if week_of and (dom is not None or weekday is not None):
        return None
    start, end = m.start(), m.end()
    tense = ctx.tense(start, end, day=dom is not None)
    since = _word_before(ctx.text, start) == "since"  # "detained since March 3": never ahead of publication
    # an end position keeps the match local: without one, `regex` costs time in the length of the text
    of_year = _OF_YEAR.match(ctx.text, end, end + 40) if year is None else None

    def resolve(c: _Context) -> _Resolved:
        y = year
        if y is None and c.dct is not None and of_year:
            y = c.dct.year + _REL_STEP[of_year.group(1).lower()]
        elif y is None and c.dct is not None:
            if weekday is not None and dom is not None:
                y = _year_with_weekday(c.dct, month, dom, weekday) or c.dct.year
            else:
                y = cal.directed_year(c.dct, month, dom, -1 if since else tense, strict=since)
        if dom is not None:
            return _point("DATE", cal.Point("day", y, month, dom), modifier)
        if week_of and y is not None:
            # the ISO week holding most of the month's first, second... or last seven days
            middle = _WEEK_OF_DAY.get(week_of) or cal.month_last_day(y, month) - 3
            day = cal.safe_date(y, month, middle)
            if day is not None:
                return _point("DATE", cal.week_point(day))
        return _point("DATE", cal.Point("month", y, month), modifier)

    return _Draft(start, end, resolve)


def _day_range(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    dom = int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    start = m.start()
    if m.group("rmonth"):
        return _range_first_day(m, ctx, dom, year)
    if m.group("alone"):
        return _day_of_month(m, ctx, dom)

    def resolve(c: _Context) -> _Resolved | None:
        first = c.anchor
        if first is None or c.anchor_end < start - 12:
            return None
        day = cal.safe_date(year or first.year, first.month, dom)
        if day is None or (year is None and day <= first):
            return None
        return _point("DATE", cal.day_point(day))

    return _Draft(start, m.end(), resolve, sets_anchor=False, year_back=year is not None)


def _range_first_day(m: regex.Match[str], ctx: _Context, dom: int, year: int | None) -> _Draft | None:
    """The first day of "5 and 6 March": the month (and year) written after the second, the year directed as its."""
    raw = m.group("rmonth")
    lex = lexicon()
    if raw.lower() in lex.capital_months and not raw[0].isupper():
        return None
    month = lex.months[raw.lower()]
    if cal.safe_date(year or 2000, month, dom) is None:
        return None
    tense = ctx.tense(m.start(), m.end(), day=True)

    def resolve(c: _Context) -> _Resolved:
        y = year if year is not None or c.dct is None else cal.directed_year(c.dct, month, dom, tense)
        return _point("DATE", cal.Point("day", y, month, dom))

    return _Draft(m.start(), m.end(), resolve)


_DAY_ALONE_AFTER = word_set("and or but in at when after before as while to with amid following during until")


def _day_of_month(m: regex.Match[str], ctx: _Context, dom: int) -> _Draft | None:
    """"On the 14th": that day of the month of the last date named, else of the month the tense points to."""
    after = _word_after(ctx.text, m.end())
    if after[:1].isalpha() and after.lower() not in _DAY_ALONE_AFTER:
        return None  # "on the 14th floor", "by the 4th Brigade"
    start = m.start()
    tense = ctx.tense(start, m.end(), day=True)

    def resolve(c: _Context) -> _Resolved | None:
        ref = c.recent_point(start)
        if ref is not None and ref.year is not None and ref.month is not None:
            year, month = ref.year, ref.month
        elif c.dct is not None:
            step = -1 if tense < 0 and dom > c.dct.day else 1 if tense > 0 and dom < c.dct.day else 0
            year, month = cal.add_months(c.dct.year, c.dct.month, step)
        else:
            return _Resolved("DATE", f"XXXX-XX-{dom:02d}", None, None, "day")
        if cal.safe_date(year, month, dom) is None:
            return None
        return _point("DATE", cal.Point("day", year, month, dom))

    return _Draft(start, m.end(), resolve)


def _year_with_weekday(dct: dt.date, month: int, dom: int, weekday: int) -> int | None:
    for y in (dct.year, dct.year - 1, dct.year + 1):
        d = cal.safe_date(y, month, dom)
        if d is not None and d.isoweekday() == weekday:
            return y
    return None


def _weekday_day(c: _Context, weekday: int, direction: int) -> dt.date | None:
    if c.dct is None:
        return None
    if direction == 0:
        # No tense cue: the nearer of the two, ties going to the past ("talks resume Friday" said on a Wednesday)
        back, ahead = (c.dct.isoweekday() - weekday) % 7, (weekday - c.dct.isoweekday()) % 7
        direction = -1 if back <= ahead else 1
    return cal.nearest_weekday(c.dct, weekday, direction)


_WEEKDAY_LISTED = lazy_pattern(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:on\s+)?\Z",
    regex.IGNORECASE,
)


_TITLE_CASE_GLUE = word_set("in on at as after to for with amid and or the a an of from over before by but while")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` stands between two more, as in a name ("Governor Sunday Smith").

    A month after it ("Sunday March 3"), and the small words of a title-case headline ("Talks Resume Monday In
    Geneva"), do not make a name.
    """
    if text[start - 1:start] != " " or text[end:end + 1] != " ":
        return False
    before = _word_before(text, start, raw=True)
    after = _word_after(text, end)
    if not (before[:1].isupper() and after[:1].isupper()):
        return False
    lex = lexicon()
    return not any(w.lower() in _TITLE_CASE_GLUE or w.lower().rstrip(".") in lex.months for w in (before, after))


def _weekday(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    if m.group("wd")[0].islower():
        return None  # "a sunday school": news capitalises the day it means
    weekday = lex.weekdays[m.group("wd").lower()]
    pod = lex.parts_of_day[m.group("pod").lower()] if m.group("pod") else "NI" if m.group("overnight") else None
    if not pod and _word_before(ctx.text, m.start()) == "the" and _word_after(ctx.text, m.end())[:1].isupper():
        return None  # "the Sunday Times", "the Monday Club": a name
    if not pod and _inside_name(ctx.text, m.start(), m.end()):
        return None  # "Governor Sunday Adebayo", "Hotel Sunday Plaza"
    modifier = _modifier(m)
    tense = ctx.tense(m.start(), m.end(), day=True)
    before = _word_before(ctx.text, m.start())
    if tense < 0 and before == "for" and not ctx.text.startswith(("'s", "’s"), m.end()):
        tense = 0  # "has called a strike for Saturday": a day set for something, the nearer one whatever the tense
    elif before == "since" and not pod:
        tense = -2  # "working since Friday" said on a Friday: a week ago, not today
    range_end = _RANGE_BEFORE.search(ctx.text[max(0, m.start() - 12):m.start()])
    listed = _WEEKDAY_LISTED.search(ctx.text[max(0, m.start() - 30):m.start()])
    start = m.start()

    def resolve(c: _Context) -> _Resolved:
        suffix = f"T{pod}" if pod else ""
        day = None
        if (range_end or listed) and c.anchor is not None and c.anchor_end >= start - 12:
            # "from Monday to Thursday": the end of a range comes after its start; news lists days in order too
            # ("on Monday and Tuesday"), unless that runs past publication in a past-tense clause
            day = cal.nearest_weekday(c.anchor, weekday, 2)
            if not range_end and day and c.dct and tense < 0 and day > c.dct >= c.anchor:
                day = None
        if day is None:
            day = _weekday_day(c, weekday, tense)
        point = cal.day_point(day, suffix) if day else cal.Point("day", weekday=weekday, suffix=suffix)
        return _point("TIME" if pod else "DATE", point, modifier)

    return _Draft(m.start(), m.end(), resolve)


_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1, "overnight": -1}


_TODAYS_GENERIC = lazy_pattern(r"['’]s\s+([A-Za-z]+)")
_PRESENT_AGE = word_set("world society generation youth children culture age era standards terms")
_PRESENT_VERBS = word_set("is are has have faces needs remains looks")


def _deictic(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    g = m.groupdict()
    if g["around"]:
        shift, pod = (-2 if g["around"].lower().startswith("before") else 2), None
    else:
        word = (g["word"] or g["this"]).lower()
        shift = _DEICTIC_SHIFT[word]
        pod = lex.parts_of_day[g["pod"].lower()] if g["pod"] else ("NI" if word in ("tonight", "overnight") else None)
        if word == "last" and pod != "NI":
            return None  # "last morning" is not an expression; "last night" is
    modifier = _modifier(m) if g["mod"] and g["mod"].lower() in ("early", "late") else None
    if g["word"] and g["word"].lower() == "today" and not g["mod"] and not pod:
        generic = _TODAYS_GENERIC.match(ctx.text, m.end(), m.end() + 40)
        noun = generic.group(1) if generic else ""
        then = _word_after(ctx.text, generic.end()).lower() if generic else ""
        name_alone = noun[:1].isupper() and (not then[:1].isalpha() or then in lex.tense or then in _PRESENT_VERBS)
        if noun and ((name_alone and noun.lower() not in lex.months and noun.lower() not in lex.weekdays)
                     or noun in _PRESENT_AGE):
            # "today's GM", "today's Russia", "today's world": the present age, not the day
            return _Draft(m.start(), m.end(), lambda c: _Resolved("DATE", "PRESENT_REF"), sets_anchor=False)

    def resolve(c: _Context) -> _Resolved:
        suffix = f"T{pod}" if pod else ""
        day = cal.shift_days(c.dct, shift) if c.dct else None
        point = cal.day_point(day, suffix) if day else cal.Point("day", suffix=suffix)
        return _point("TIME" if pod else "DATE", point, modifier)

    return _Draft(m.start(), m.end(), resolve)


def _relative(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    g = m.groupdict()
    unit = g["unit"].lower()
    rel = " ".join((g["rel"] or "this").lower().split())
    if rel == "this past":
        rel = "last"  # "this past weekend"
    if rel.endswith("end"):
        # "year-end", "the month's end"
        return _Draft(m.start(), m.end(), lambda c: _resolve_relative(c.dct, unit, "this", 0, 0, "END"))
    if unit in lex.capital_months and not g["unit"][0].isupper():
        return None
    if rel == "past" and unit in ("week", "month", "year", "quarter", "decade", "century"):
        return None  # "the past year" is a duration, handled there
    if g["the"] and rel in ("next", "coming", "last") and unit in ("decade", "century") and not g["modp"]:
        return None  # "over the next decade" is ten years from now, a duration
    if rel == "last" and g["the"] and unit in ("week", "month", "year") and not g["mod"] and not g["modp"]:
        step = -1  # "the last year": the previous calendar year, as annotators resolve it
    else:
        step = _REL_STEP.get(rel, 0)
    modifier = _modifier(m)
    tense = ctx.tense(m.start(), m.end(), day=unit in lex.weekdays)
    if unit == "weekend" and g["rel"] is None:
        return _Draft(m.start(), m.end(), lambda c: _the_weekend(c.dct, tense, modifier))

    start = m.start()
    narrated = rel == "next" and bool(g["the"])

    def resolve(c: _Context) -> _Resolved | None:
        base = c.dct
        if rel in _ANAPHORIC_RELATIVE and c.last_point is not None:
            # "the following week", "the previous year": relative to the last date named, not to publication
            base = c.last_point.interval()[0] or base
        elif narrated and c.dct is not None:
            # "opened in 1990 and closed the next year": after a past date named nearby, the year after it
            ref = c.recent_point(start)
            first = ref.interval()[0] if ref is not None else None
            fine = ref is not None and _GRAIN.get(ref.granularity, 9) <= _GRAIN.get(unit, 0)
            if fine and first is not None and (c.dct - first).days > 366:
                base = first
        return _resolve_relative(base, unit, rel, step, tense, modifier)

    return _Draft(m.start(), m.end(), resolve)


# How coarse a unit is: "the next month" may count from a day or a month named before it, not from a year
_GRAIN = {"day": 0, "part_of_day": 0, "time": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3,
          "half": 3, "year": 4, "decade": 5, "century": 6}


def _the_weekend(dct: dt.date | None, tense: int, modifier: str | None) -> _Resolved:
    """The weekend meant by "the weekend": the one under way, else the coming one in a future clause, else the last."""
    if dct is None:
        return _Resolved("DATE", "XXXX-WXX-WE", None, modifier, "weekend")
    if dct.isoweekday() < 6 and tense <= 0:
        return _point("DATE", cal.week_point(dct - dt.timedelta(weeks=1), weekend=True), modifier)
    return _point("DATE", cal.week_point(dct, weekend=True), modifier)


def _resolve_relative(
    dct: dt.date | None, unit: str, rel: str, step: int, tense: int, modifier: str | None
) -> _Resolved | None:
    lex = lexicon()
    if unit in lex.weekdays:
        wd = lex.weekdays[unit]
        if dct is None:
            return _point("DATE", cal.Point("day", weekday=wd), modifier)
        if step == 0 and tense == 0:
            # "this Sunday" with no tense cue: the one in the week of publication, as HeidelTime reads it
            day = cal.shift_days(dct, wd - dct.isoweekday())
        else:
            day = cal.nearest_weekday(dct, wd, 2 * step if step else tense)
        return _point("DATE", cal.day_point(day) if day else cal.Point("day", weekday=wd), modifier)
    if unit in lex.months:
        month = lex.months[unit]
        year = None if dct is None else (dct.year if step == 0 else cal.directed_year(dct, month, None, 2 * step))
        return _point("DATE", cal.Point("month", year, month), modifier)
    if unit in lex.seasons:
        return _point("DATE", _season(dct, lex.seasons[unit], 2 * step if step else 0, exact_this=True), modifier)
    if dct is None:
        return _Resolved("DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX"),
                         None, modifier, unit)
    try:
        if unit in ("week", "weekend"):
            return _point("DATE", cal.week_point(dct + dt.timedelta(weeks=step), unit == "weekend"), modifier)
        if unit == "month":
            y, mo = cal.add_months(dct.year, dct.month, step)
            return _point("DATE", cal.Point("month", y, mo), modifier)
        if unit == "year":
            return _point("DATE", cal.Point("year", dct.year + step), modifier)
        if unit == "quarter":
            idx = dct.year * 4 + (dct.month - 1) // 3 + step
            return _point("DATE", cal.Point("quarter", idx // 4, code=str(idx % 4 + 1)), modifier)
        if unit == "decade":
            return _point("DATE", cal.Point("decade", dct.year + 10 * step), modifier)
        if unit == "century":
            return _point("DATE", cal.Point("century", dct.year + 100 * step), modifier)
    except (OverflowError, ValueError):
        return None
    return None


def _season(dct: dt.date | None, code: str, direction: int, exact_this: bool = False) -> cal.Point:
    """The season ``code`` nearest ``dct`` in ``direction`` (-2/+2: strictly before/after; -1/+1: allowing now)."""
    if dct is None:
        return cal.Point("season", None, code=code)
    year, now = cal.season_of(dct)
    if direction == 0:
        return cal.Point("season", dct.year if exact_this or code != "WI" else year, code=code)
    here = cal.season_index(year, now)
    target = cal.SEASON_ORDER.index(code)
    idx = here
    if direction < 0:
        idx -= 1 if direction == -2 else 0
        while idx % 4 != target:
            idx -= 1
    else:
        idx += 1 if direction == 2 else 0
        while idx % 4 != target:
            idx += 1
    return cal.Point("season", idx // 4, code=code)


def _quarter(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    g = m.groupdict()
    modifier = _modifier(m)
    if g["qn"]:
        part, n = "quarter", int(g["qn"])
    elif g["qm1"]:
        months = lexicon().months
        m1, m2 = (months[g[k].lower()] for k in ("qm1", "qm2"))
        if any(g[k].lower() in lexicon().capital_months and g[k][0].islower() for k in ("qm1", "qm2")):
            return None
        if (m2 - m1) % 12 == 2 and m1 % 3 == 1:
            part, n = "quarter", (m1 + 2) // 3
        elif (m2 - m1) % 12 == 5 and m1 % 6 == 1:
            part, n = "half", (m1 + 5) // 6
        else:
            return None  # "the March-May period" is no quarter
    else:
        part = g["part"].lower()
        ordinal = g["ord"].lower()
        if part == "half" and ordinal not in ("first", "second", "1st", "2nd"):
            return None
        n = _ORDINAL_QUARTER[ordinal] if part == "quarter" else (1 if ordinal in ("first", "1st") else 2)
        anchored = g["year"] or g["rel"] or g["pyear"] or g["prel"]
        if not anchored and ctx.text.startswith(" of ", m.end()):
            return None  # "the first half of the match", "the third quarter of the game"
        sport = part == "half" and not anchored and not g["fiscal"]
        if sport and _sentence_mentions(ctx, m.start(), lexicon().match_words):
            return None  # "scored in the second half"
        if ordinal in ("last", "final") and not anchored and part == "quarter":
            return _Draft(m.start(), m.end(), lambda c: _resolve_relative(c.dct, "quarter", "last", -1, 0, modifier))
    year_fixed = int(g["year"] or g["pyear"]) if g["year"] or g["pyear"] else None
    rel = (g["rel"] or g["prel"] or "").lower().split()
    rel_step = {"last": -1, "previous": -1, "next": 1}.get(rel[-1], 0) if rel else None
    tense = ctx.tense(m.start(), m.end())
    accounts = (lexicon().year_nouns, _MONEY_WORDS)
    reported = bool(g["fiscal"]) or any(_sentence_mentions(ctx, m.start(), words) for words in accounts)

    def resolve(c: _Context) -> _Resolved:
        year = year_fixed
        if year is None and c.dct is not None:
            if rel_step is not None:
                year = c.dct.year + rel_step
            elif g["fiscal"] and tense <= 0:
                # a fiscal quarter may end before the calendar one: the latest begun, however recently
                year = cal.directed_part(c.dct, 4 if part == "quarter" else 2, n, -1, settled=0)
            else:
                year = cal.directed_part(c.dct, 4 if part == "quarter" else 2, n, tense, reported=reported)
        return _point("DATE", cal.Point(part, year, code=str(n)), modifier)

    return _Draft(m.start(), m.end(), resolve)


def _sentence_mentions(ctx: _Context, pos: int, words: frozenset[str]) -> bool:
    """Whether the sentence around ``pos`` has one of ``words`` (lower case)."""
    return not words.isdisjoint(ctx.sentence_words(pos))


# "by 2030 the country will" is a deadline; "rose by 2000 tonnes", "attacked by 2000 rebels", "rose by 2000 in March"
# amounts
_BY_YEAR_THEN = word_set(
    "the a an at most all it they he she we its their his her our under when if but so because as there this these "
    "those many some only nearly almost about around unless"
)
_CHANGED_BY = word_set(
    "rose risen rise rises rising fell fall falls fallen falling grew grow grows grown growing increased increase "
    "increases decreased decrease reduced reduce cut cuts dropped drop drops declined decline jumped climbed gained "
    "lost shrank shrunk expanded raised lowered up down outnumbered outnumber exceeded topped swelled boosted slashed"
)


def _year(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    if m.group("ap"):
        short = int(m.group("ap"))

        def resolve(c: _Context) -> _Resolved:
            # "since '97": the latest such year not after publication
            year = 1900 + short
            if c.dct is not None and 2000 + short <= c.dct.year:
                year = 2000 + short
            return _point("DATE", cal.Point("year", year))

        return _Draft(m.start(), m.end(), resolve)
    if m.group("yy"):
        first = int(m.group("first"))
        second = first // 100 * 100 + int(m.group("yy"))
        second += 100 if second <= first else 0
        if not 0 < second - first < 10:
            return None
        tail = cal.Point("year", second)
        return _Draft(m.start(), m.end(), lambda c: _point("DATE", tail))
    year = int(m.group("year"))
    modifier = _modifier(m)
    prefixed = bool(modifier) or not m.group(0)[:1].isdigit()  # "the year 2014", "fiscal 2014"
    if not prefixed:
        before = _word_before(ctx.text, m.start())
        after = _word_after(ctx.text, m.end())
        in_range = _YEAR_RANGE_BEFORE.search(ctx.text[max(0, m.start() - 20):m.start()])
        by_year = (before == "by" and after.lower() in _BY_YEAR_THEN
                   and _word_before(ctx.text, m.start() - 3) not in _CHANGED_BY)
        if before not in YEAR_PREPOSITIONS and not in_range and not by_year:
            if year < 1900 and before not in YEAR_OK_BEFORE:
                return None
            if after[:1].isupper() and _word_before(ctx.text, m.start(), raw=True)[:1].isupper():
                return None  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
            if (after and after[0].islower() and after not in YEAR_OK_AFTER and not after.endswith("ed")
                    and after not in lexicon().year_nouns):
                return None  # "2000 troops", "about 1500 people": a count
    # TimeML has no fiscal calendar: "fiscal 1998" is valued as the year it names (1998), as TimeBank annotates it
    point = cal.Point("year", year)
    return _Draft(m.start(), m.end(), lambda c: _point("DATE", point, modifier))


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


# words after "the 1990s" that make it no premodifier of a noun ("the 1990s and 2000s", "the 1990s, when")
_NOT_A_NOUN = word_set(
    "and or but when as to in of on at for with from by through until till while which that who than onwards onward "
    "is are was were saw brought had has have be been the a an this these those it he she they we its their his her "
    "there many most some all both also only"
)


# after these "the 1990s" is most likely a time of its own ("in the 1990s fighting spread")
_DECADE_ADVERBIAL = word_set("in during throughout since until till by through before after from over")


def _decade(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    g = m.groupdict()
    modifier = _modifier(m)
    lex = lexicon()
    if g["cent"] or g["centw"]:
        n = int(g["cent"]) if g["cent"] else lex.ordinals[g["centw"].lower()]
        if not 1 <= n <= 30:
            return None
        point = cal.Point("century", (n - 1) * 100)
        return _Draft(m.start(), m.end(), lambda c: _point("DATE", point, modifier))
    if _word_before(ctx.text, m.start()) in ("his", "her", "their", "its", "my", "your", "our"):
        return None  # "in her 40s" is an age
    if g["dec"] and g["dec"].endswith("00") and int(g["dec"]) < 2000:
        # "the 1800s" is a century (the 2000s, read in news as 2000-2009, stays a decade)
        century = cal.Point("century", int(g["dec"]))
        return _Draft(m.start(), m.end(), lambda c: _point("DATE", century, modifier))
    if g["dec"]:
        fixed: int | None = int(g["dec"])
    else:
        fixed = None
        short = _DECADE_WORDS.index(g["decw"].lower()) * 10 + 20 if g["decw"] else int(g["short"])
    start = m.start()
    after = _word_after(ctx.text, m.end())
    if (g["the"] and not g["decw"] and after.isalpha() and after.islower() and not after.endswith("ed")
            and after not in lex.tense and after not in _NOT_A_NOUN
            and _word_before(ctx.text, m.start()) not in _DECADE_ADVERBIAL):
        start = m.end() - len(m.group(0)[3:].lstrip())  # "the 1990s civil war": "the" is the war's

    def resolve(c: _Context) -> _Resolved:
        year = fixed
        if year is None:
            year = 1900 + short
            if c.dct is not None and 2000 + short <= c.dct.year:
                year = 2000 + short
        return _point("DATE", cal.Point("decade", year), modifier)

    return _Draft(start, m.end(), resolve)


_FREE_SEASON_BLOCKERS = word_set("a to will would can could might may arab hot")


def _season_rule(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    g = m.groupdict()
    form = g["season"].lower()
    code = lex.seasons[form]
    det = (g["det"] or "").lower()
    year = int(g["year"]) if g["year"] else None
    modifier = _modifier(m)
    before = _word_before(ctx.text, m.start())
    after = _word_after(ctx.text, m.end()).lower()
    of_year = _OF_YEAR.match(ctx.text, m.end(), m.end() + 40) if year is None else None
    if after in ("of", "in", "for") and year is None and of_year is None:
        return None  # "the fall of Saigon", "a fall in prices"
    if not det and year is None and modifier is None:
        if form not in lex.free_seasons and not g["season"][0].isupper():
            return None
        if g["season"][0].isupper() and _word_after(ctx.text, m.end())[:1].isupper() and before:
            return None  # "Operation Spring Storm", "the Arab Spring Uprising": a name
        if before in _FREE_SEASON_BLOCKERS:
            return None
    if det == "the" and form not in lex.free_seasons and before not in ("in", "during", "by", "until", "since", "over"):
        return None
    step = {"last": -2, "past": -2, "next": 2, "coming": 2, "this": 0}.get(det)
    tense = ctx.tense(m.start(), m.end())

    def resolve(c: _Context) -> _Resolved:
        if year is not None:
            return _point("DATE", cal.Point("season", year, code=code), modifier)
        if of_year is not None and c.dct is not None:
            # "the spring of last year", "the summer of this year" ("last year" is a mention of its own)
            shift = {"this": 0, "last": -1, "next": 1}[of_year.group(1).lower()]
            return _point("DATE", cal.Point("season", c.dct.year + shift, code=code), modifier)
        direction = step if step is not None else tense
        return _point("DATE", _season(c.dct, code, direction, exact_this=step == 0), modifier)

    return _Draft(m.start(), m.end(), resolve)


_MARKED_ENDINGS = ("'ll", "’ll", "ed", "'ve", "’ve")


@functools.cache
def _cue_words() -> frozenset[str]:
    """The words ``_Context.markers`` has more to do with than remember them, besides those of _MARKED_ENDINGS."""
    return frozenset(lexicon().tense) | _PERFECT | _PERFECT_ADVERBS | {"last"}


_LAST_VERB = word_set("will would could can may might must should shall to did does do 'll ’ll not which that")
_NAMED_YEARS = lazy_pattern(r"\b(?i:the|those|these|its|their|his|her|our|my)\s+(?:[\w-]+\s+)?\Z")
_DURATION_PREP = frozenset({"for", "in", "within", "after", "than", "of"})


def _duration(m: regex.Match[str], ctx: _Context) -> _Draft | tuple[_Draft, _Draft] | None:
    lex = lexicon()
    g = m.groupdict()
    start = m.start()
    if g["vunit"]:
        unit = g["vunit"].lower()
        amount: float | None = None
        if g["over"] and g["over"].lower() in _DURATION_PREP:
            start = m.start("the") if g["the"] else m.start("vunit")
            if g["the"]:
                return None  # "in the days that followed": not a measured duration
        elif not g["long"] and _NAMED_YEARS.search(ctx.text[max(0, m.start() - 40):m.start()]):
            return None  # "the boom years of the 1970s", "its early years": a period named, not measured
    elif _word_before(ctx.text, m.start()) == "aged" or ctx.text[max(0, m.start() - 8):m.start()].endswith("age of "):
        return None  # "a girl aged three months": an age
    elif g["unit"] and g["num"] is None:
        unit, amount = g["unit"].lower(), 1.0
    else:
        unit = g["unit"].lower()
        raw = g["num"].lower()
        if g["the"] and not g["rel"] and not (unit.endswith("s") and ctx.text[m.start("unit") - 1] != "-"):
            # "the 30-day truce": "the" is the truce's; "the nine months" are the duration's
            start = m.start("approx") if g["approx"] else m.start("num")
        elif g["rel"] and not g["the"] and g["rel"].lower() == "last" and _word_before(ctx.text, start) in _LAST_VERB:
            start = m.start("approx") if g["approx"] else m.start("num")  # "will last 72 hours": the verb
        if g["long"] and raw in ("a", "an"):
            start = m.start("unit")  # "a year-long siege": the article is the siege's
        if raw in ("a", "an", "one") and unit in ("second", "quarter", "quarters"):
            return None  # "a second time", "a quarter of the vote"
        if raw in ("a", "an", "another") and unit.endswith("s"):
            return None
        if raw == "many" and _word_before(ctx.text, m.start()) == "as":
            return None  # "the third attack in as many days": a count, said again
        amount = _number(raw)
        if amount is None and raw not in lex.numbers:
            return None
        if amount is not None and amount > 10000:
            return None
    letter, mult, time_unit = lex.units[unit]
    if amount is not None and g["andhalf"]:
        amount += 0.5  # "a year and a half"
    if amount is not None:
        amount *= mult
    elif mult > 1:
        letter = "Y"
    modifier = _modifier(m)
    if g["ago"]:
        end = m.end()
        return _Draft(start, end, lambda c: _ago(c, start, amount, letter, time_unit, modifier))
    if g["shift"] and amount is None:
        # "some weeks later", "several months earlier": an uncounted shift is only a direction (as "a few days ago")
        value = "PAST_REF" if g["shift"].strip().lower() == "earlier" else "FUTURE_REF"
        return _Draft(start, m.end("shift"), lambda c: _Resolved("DATE", value, None, modifier), sets_anchor=False)
    than = _THAN_PLANNED.match(ctx.text, m.end("shift"), m.end("shift") + 60) if g["shift"] else None
    if than is not None:
        # "arrives on November 11, three days later than planned": the date named, compared with the plan
        duration = None if amount is None else cal.render_duration(amount * mult, letter, time_unit)

        def compared(c: _Context) -> _Resolved:
            ref = c.recent_point(start)
            if ref is not None:
                return _point("DATE", ref)
            return _Resolved("DURATION", duration or f"P{'T' if time_unit else ''}X{letter}", None, modifier)

        return _Draft(start, than.end(), compared, sets_anchor=False)
    if g["shift"] and amount is not None and amount.is_integer() and not time_unit:
        # "a year earlier", "three days later": a date counted from the one the text is about
        shift = " ".join(g["shift"].lower().split())
        steps = int(amount) * (-1 if shift == "earlier" else 1)
        from_now = shift == "from now"
        return _Draft(start, m.end("shift"), lambda c: _shifted(c, start, steps, letter, modifier, from_now),
                      sets_anchor=False)
    end = next(m.end(name) for name in ("long", "andhalf", "unit", "vunit") if g[name])
    smaller = _FRACTION_UNITS.get(amount) if amount is not None else None
    value = (smaller or {}).get((letter, time_unit)) or cal.render_duration(amount, letter, time_unit)
    draft = _Draft(start, end, lambda c: _Resolved("DURATION", value, None, modifier), sets_anchor=False)
    first = _range_start(ctx, start, mult, letter, time_unit) if g["num"] and start == m.start("num") else None
    return (first, draft) if first else draft


_THAN_PLANNED = lazy_pattern(
    r"\s+than\s+(?:(?:originally|initially|first|previously|earlier|once)\s+)?(?:planned|expected|scheduled|"
    r"anticipated|forecast|announced|thought|hoped|promised|intended|agreed)\b",
    regex.IGNORECASE,
)
_RANGE_FIRST = lazy_pattern(
    r"(?<![\w.,])(?:(?P<approx>about|around|approximately|roughly|nearly|almost)\s+)?"
    r"(?P<rnum>\d{1,4}(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?P<rconj>to|or|and|-|–)\s*\Z",
    regex.IGNORECASE,
)


def _range_start(ctx: _Context, start: int, mult: int, letter: str, time_unit: bool) -> _Draft | None:
    """The first amount of "60 to 90 days" (before the duration at ``start``), in the unit written after the second.

    HeidelTime's convention: "two to three weeks" gives "two" (P2W) and "three weeks" (P3W).
    """
    m = _RANGE_FIRST.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return None
    amount = _number(m.group("rnum"))
    before = _word_before(ctx.text, m.start())
    if amount is None or amount <= 0 or before == "aged":
        return None  # "aged 20 to 30 years" is an age
    if m.group("rconj").lower() == "and" and before != "between":
        return None  # "killed 10 and 20 days later": two figures, not a range
    value = cal.render_duration(amount * mult, letter, time_unit)
    modifier = _modifier(m)
    return _Draft(m.start(), m.end("rnum"), lambda c: _Resolved("DURATION", value, None, modifier), sets_anchor=False)


# "half an hour", "a quarter of a year" are written in the next smaller unit
_FRACTION_UNITS = {
    0.5: {("H", True): "PT30M", ("M", True): "PT30S", ("Y", False): "P6M", ("D", False): "PT12H"},
    0.25: {("H", True): "PT15M", ("Y", False): "P3M"},
}


_YEAR_PARTS = frozenset({"quarter", "half", "month", "season"})


def _ago(
    c: _Context, pos: int, amount: float | None, letter: str, time_unit: bool, modifier: str | None
) -> _Resolved:
    if amount is None:
        return _Resolved("DATE", "PAST_REF", None, modifier)
    n = int(amount)
    dct = c.dct
    compared = _period_years_apart(c, pos, -1, modifier) if letter == "Y" and n == 1 else None
    if compared is not None:
        return compared  # "sales in the third quarter rose from a year ago": the same quarter a year before
    if dct is None:
        return _Resolved("DATE", "XXXX-XX-XX" if letter in "DW" or time_unit else "XXXX", None, modifier)
    try:
        if time_unit:
            return _point("DATE", cal.day_point(dct), modifier)
        if letter == "D":
            return _point("DATE", cal.day_point(dct - dt.timedelta(days=n)), modifier)
        if letter == "W":
            return _point("DATE", cal.day_point(dct - dt.timedelta(weeks=n)), modifier)
        if letter == "M":
            y, mo = cal.add_months(dct.year, dct.month, -n)
            return _point("DATE", cal.Point("month", y, mo), modifier)
        if letter == "Q":
            idx = dct.year * 4 + (dct.month - 1) // 3 - n
            return _point("DATE", cal.Point("quarter", idx // 4, code=str(idx % 4 + 1)), modifier)
        return _point("DATE", cal.Point("year", dct.year - n), modifier)
    except (OverflowError, ValueError):
        return _Resolved("DATE", "PAST_REF", None, modifier)


def _period_years_apart(c: _Context, pos: int, years: int, modifier: str | None) -> _Resolved | None:
    """The quarter, half, month or season named nearby, ``years`` away: a comparison keeps the unit compared with."""
    ref = c.recent_period(pos)
    if ref is None or ref.year is None:
        return None
    return _point("DATE", attrs.evolve(ref, year=ref.year + years, suffix=""), modifier)


def _shifted(
    c: _Context, pos: int, steps: int, letter: str, modifier: str | None, from_now: bool = False
) -> _Resolved:
    """``steps`` units from the date the text is about (the last one named nearby, else publication)."""
    ref = None if from_now else c.recent_point(pos)
    try:
        if letter == "Y":
            compared = None if from_now else _period_years_apart(c, pos, steps, modifier)
            if compared is not None:
                return compared
            base = ref.year if ref is not None and ref.year is not None else c.dct.year if c.dct else None
            if base is None:
                return _Resolved("DATE", "XXXX", None, modifier, "year")
            return _point("DATE", cal.Point("year", base + steps), modifier)
        if letter == "Q":
            if ref is not None and ref.granularity == "quarter" and ref.year is not None and ref.code:
                idx = ref.year * 4 + int(ref.code) - 1 + steps
            elif c.dct is not None:
                idx = c.dct.year * 4 + (c.dct.month - 1) // 3 + steps
            else:
                return _Resolved("DATE", "XXXX-QX", None, modifier, "quarter")
            return _point("DATE", cal.Point("quarter", idx // 4, code=str(idx % 4 + 1)), modifier)
        if letter == "M":
            if ref is not None and ref.year is not None and ref.month is not None:
                y, mo = cal.add_months(ref.year, ref.month, steps)
            elif c.dct is not None:
                y, mo = cal.add_months(c.dct.year, c.dct.month, steps)
            else:
                return _Resolved("DATE", "XXXX-XX", None, modifier, "month")
            return _point("DATE", cal.Point("month", y, mo), modifier)
        day = c.dct if from_now else c.day_anchor()
        if day is None:
            return _Resolved("DATE", "XXXX-XX-XX", None, modifier, "day")
        return _point("DATE", cal.day_point(day + dt.timedelta(days=steps * (7 if letter == "W" else 1))), modifier)
    except (OverflowError, ValueError):
        return _Resolved("DATE", "PAST_REF" if steps < 0 else "FUTURE_REF", None, modifier)


_SET_UNIT = {"year": "P1Y", "annum": "P1Y", "quarter": "P3M", "month": "P1M", "week": "P1W", "day": "P1D",
             "hour": "PT1H", "minute": "PT1M",
             "night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV",
             "afternoon": "XXXX-XX-XXTAF", "weekend": "XXXX-WXX-WE"}
_SET_ADVERB = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y",
               "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "quarterly": "P3M", "biweekly": "P2W",
               "fortnightly": "P2W"}


def _set(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    lex = lexicon()
    g = m.groupdict()
    if g["adverb"]:
        capitalised = g["adverb"][0].isupper() and _word_after(ctx.text, m.end())[:1].isupper()
        if capitalised and _word_before(ctx.text, m.start()):
            return None  # "the Daily Mirror", "Bucharest Daily News": a name
        value = _SET_ADVERB[g["adverb"].lower()]
        if g["adverb"].lower() == "annual" and _word_after(ctx.text, m.end()).lower() in lex.annual_amounts:
            return _Draft(m.start(), m.end(), lambda c: _Resolved("DURATION", "P1Y"), sets_anchor=False)
    elif g["plural"]:
        day = g["plural"].lower()
        if day == "weekends":
            value = "XXXX-WXX-WE"
        elif not g["plural"][0].isupper():
            return None
        else:
            pod = lex.parts_of_day[g["pods"].lower()[:-1]] if g["pods"] else ""
            value = f"XXXX-WXX-{lex.weekdays[day]}" + (f"T{pod}" if pod else "")
    elif g["units"]:
        amount = _number(g["num"])
        letter, mult, time_unit = lex.units[g["units"].lower()]
        if amount is not None and amount < 1:
            return None
        # "every few days" recurs at an uncounted interval: PXD
        value = cal.render_duration(None if amount is None else amount * mult, letter, time_unit)
    else:
        unit = g["unit"].lower()
        if unit in lex.weekdays:
            value = f"XXXX-WXX-{lex.weekdays[unit]}"
        elif unit in lex.seasons:
            value = f"XXXX-{lex.seasons[unit]}"
        elif unit in lex.months:
            if unit in lex.capital_months and not g["unit"][0].isupper():
                return None
            value = f"XXXX-{lex.months[unit]:02d}"
        else:
            value = _SET_UNIT[unit]
            if "other" in m.group(0).lower() and value.startswith("P1"):
                value = value.replace("1", "2", 1)
    start = m.start()
    if g["adverb"]:
        count = _ADVERB_COUNT.search(ctx.text, max(0, start - 10), start)
        start = count.start() if count else start  # "twice daily": the count is inside the span
    if g["freq"] and g["freq"].lower() == "times":
        count = _TIMES_COUNT.search(ctx.text, max(0, start - 24), start)
        word = count.group().strip().lower() if count else ""
        if count is None or (word not in lex.numbers and _number(word) is None):
            return None  # "at times a day passes", "many more times a year": no count, no frequency
        start = count.start()  # "three times a week": the count is inside the span
    return _Draft(start, m.end(), lambda c: _Resolved("SET", value), sets_anchor=False)


_ADVERB_COUNT = lazy_pattern(r"(?<![\w-])(?:once|twice|thrice)\s+\Z", regex.IGNORECASE)
_TIMES_COUNT = lazy_pattern(r"(?<![\w.,])(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+\Z", regex.IGNORECASE)


_WILL = lazy_pattern(r"\b(?:will|shall)\b|\w['’]ll\b", regex.IGNORECASE)


def _clock(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    g = m.groupdict()
    modifier = _modifier(m)
    if g["noon"]:
        hour, minute = (24, 0) if g["noon"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(g["h"]), int(g["m"] or 0)
        ampm = (g["ampm"] or "").lower()
        if g["podw"]:
            ampm = "a" if g["podw"].lower().endswith("morning") else "p"
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
    zone = "Z" if g["tz"] and g["tz"].upper() in ("UTC", "GMT", "Z") else ""
    if g["offset"]:
        hours = int(g["offset"][1:].strip())
        zone = f"{g['offset'][0]}{hours:02d}:00" if 0 < hours <= 14 else zone  # ISO 8601 offset: "GMT+3" is +03:00
    suffix = f"T{hour:02d}:{minute:02d}{zone}"
    dayref = (g["dayref"] or "").lower()
    tense = ctx.tense(m.start(), m.end(), day=True)
    start = m.start()

    def resolve(c: _Context) -> _Resolved:
        day: dt.date | None
        if not dayref:
            day = c.day_anchor()
            ahead = tense > 0 and _WILL.search(c.text, max(c.anchor_end, start - 60), start)
            if day and c.dct and day < c.dct and ahead:
                day = c.dct  # "the truce, announced on Saturday, will begin at midnight": not Saturday's midnight
        elif dayref in _DEICTIC_SHIFT:
            day = cal.shift_days(c.dct, _DEICTIC_SHIFT[dayref]) if c.dct else None
        else:
            day = _weekday_day(c, lexicon().weekdays[dayref], tense)
        point = cal.day_point(day, suffix) if day else cal.Point("day", suffix=suffix)
        return _point("TIME", point, modifier)

    # "at 2:50 p.m. on Monday" names the day the text goes on at, as "Monday" alone would
    return _Draft(m.start(), m.end(), resolve, sets_anchor=bool(dayref), day_follows=not dayref)


_ANAPHORIC_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}


def _anaphoric(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    g = m.groupdict()
    what = (g.get("what") or g["lone"]).lower()
    step = _ANAPHORIC_STEP.get((g.get("step") or "").lower(), 0)
    pod = None if what == "day" else lexicon().parts_of_day[what]
    modifier = _modifier(m)
    start = m.start()
    if g.get("lone") and what in _DAWN_WORDS:
        if _word_before(ctx.text, start) not in _DAWN_BEFORE:
            return None  # "Dawn broke": the light, not a time
    elif g.get("lone"):
        if _word_after(ctx.text, m.end()).lower() not in _TRADING:
            return None  # a part of the day alone is a time only in "morning trading" (the others are other rules')
        early = _EARLY_LATE.search(ctx.text, max(0, start - 8), start)
        if early:
            start, modifier = early.start(), _MODIFIERS[early.group(1).lower()]  # "in late afternoon trading"

    def resolve(c: _Context) -> _Resolved:
        base = c.day_anchor()
        day = cal.shift_days(base, step) if base else None
        suffix = f"T{pod}" if pod else ""
        point = cal.day_point(day, suffix) if day else cal.Point("day", suffix=suffix)
        return _point("TIME" if pod else "DATE", point, modifier)

    return _Draft(start, m.end(), resolve, sets_anchor=False, day_follows=what in _DAWN_WORDS)


_DAWN_WORDS = word_set("dawn dusk daybreak sunrise sunset nightfall")
_DAWN_BEFORE = word_set("at before after until till by from to since around toward towards")
_TRADING = word_set("trading trade dealings session")
_EARLY_LATE = lazy_pattern(r"(?<!\w)(early|late)[\s-]+\Z", regex.IGNORECASE)


# what may open "later that year", "the end of that month" (read back from "that", so the pattern stays cheap)
_THAT_MODIFIER = lazy_pattern(
    r"(?<!\w)(?:(?P<mod>early|late|mid|earlier|later)(?:-|\s+)"
    r"|(?P<modp>the\s+(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder)\s+of)\s+)\Z",
    regex.IGNORECASE,
)


def _same(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    unit = m.group("unit").lower()
    if m.group("ordinal") or m.group("whole") or m.group("that"):
        # "a third consecutive day", "the entire year", "later that year": the unit around the last date named
        start = m.start()
        before = _THAT_MODIFIER.search(ctx.text, max(0, start - 40), start) if m.group("that") else None
        modifier = _modifier(before) if before else None
        start = before.start() if before else start
        # "for a third consecutive day on Sunday": the day written right after it, as a clock time takes it
        return _Draft(start, m.end(), lambda c: _around_last(c, unit, modifier), sets_anchor=False,
                      day_follows=unit in ("day", "night"))
    if m.group("beyond"):
        step = -2 if m.group("beyond").lower().startswith("before") else 2
        return _Draft(m.start(), m.end(), lambda c: _resolve_relative(c.dct, unit, "", step, 0, None))
    year = int(m.group("year")) if m.group("year") else None

    def resolve(c: _Context) -> _Resolved:
        base = c.last_point
        if m.group("before") and base is not None and base.year is not None:
            return _point("DATE", cal.Point("year", base.year - 1))
        if base is None or base.year is None:
            y = year if year is not None else (c.dct.year - 1 if c.dct else None)
            return _point("DATE", cal.Point("year", y))
        y = year if year is not None else base.year - 1
        if unit == "month" and base.month:
            return _point("DATE", cal.Point("month", y, base.month))
        if base.granularity == "day" and base.month and base.day and cal.safe_date(y, base.month, base.day) is None:
            return _point("DATE", cal.Point("month", y, base.month))  # 29 February a year before
        return _point("DATE", attrs.evolve(base, year=y, suffix=""))

    return _Draft(m.start(), m.end(), resolve, sets_anchor=False)


_MONEY_WORDS = word_set("% percent results dividend net shares ended ending")
_QUARTER_ENDED = lazy_pattern(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|to)\s+(?P<month>[A-Z][a-z]{2,8})\b"
)


def _reference(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    """The period a financial story is about: "the year-earlier period", "the year-ago first quarter", "the quarter"."""
    g = m.groupdict()
    unit = g["unit"].lower()
    start = m.start()
    if unit == "year" and not g["shifted"]:
        tense = ctx.tense(start, m.end())
        modifier = _modifier(m)
        return _Draft(start, m.end(), lambda c: _the_year(c, start, tense, modifier), sets_anchor=False)
    if unit in ("month", "week") and not g["shifted"]:
        tense = ctx.tense(start, m.end())
        modifier = _modifier(m)
        return _Draft(start, m.end(), lambda c: _the_week_or_month(c, start, unit, tense, modifier), sets_anchor=False)
    if not g["shifted"]:
        if g["unit"][0].isupper() and _word_before(ctx.text, start, raw=True)[:1].isupper():
            return None  # "the French Quarter"
        accounts = _sentence_mentions(ctx, start, lexicon().year_nouns) or _sentence_mentions(ctx, start, _MONEY_WORDS)
        ended = _QUARTER_ENDED.match(ctx.text, m.end(), m.end() + 60)
        month = lexicon().months.get(ended.group("month").lower()) if ended else None
        tense = ctx.tense(start, m.end())

        def resolve_the_quarter(c: _Context) -> _Resolved | None:
            if not accounts and (c.last_point is None or c.last_point.granularity != "quarter"):
                return None  # "residents of the quarter": a neighbourhood, unless the story is about accounts
            return _the_quarter(c, start, month, tense)

        return _Draft(start, m.end(), resolve_the_quarter)
    n = (_ORDINAL_QUARTER.get(g["ord"].lower()) if g["ord"] else None)

    def resolve(c: _Context) -> _Resolved:
        ref = c.recent_point(start)
        if n is not None and unit in ("quarter", "half"):
            base = ref.year if ref is not None and ref.year is not None else c.dct.year if c.dct else None
            code = str(n if unit == "quarter" else min(n, 2))
            return _point("DATE", cal.Point(unit, None if base is None else base - 1, code=code))
        compared = _period_years_apart(c, start, -1, None)
        if compared is not None:
            return compared
        if unit == "quarter":
            return _the_quarter(c, start, None, -1, years_back=1)
        return _point("DATE", cal.Point("year", c.dct.year - 1 if c.dct else None))

    return _Draft(start, m.end(), resolve, sets_anchor=False)


def _the_year(c: _Context, pos: int, tense: int, modifier: str | None) -> _Resolved:
    """The year of "for the year": the one just named, else that of publication (the last, in a January past tense)."""
    ref = c.recent_point(pos)
    if ref is not None and ref.year is not None and ref.granularity not in ("decade", "century"):
        return _point("DATE", cal.Point("year", ref.year), modifier)
    if c.dct is None:
        return _Resolved("DATE", "XXXX", None, modifier, "year")
    return _point("DATE", cal.Point("year", c.dct.year - (1 if tense < 0 and c.dct.month == 1 else 0)), modifier)


def _the_week_or_month(c: _Context, pos: int, unit: str, tense: int, modifier: str | None) -> _Resolved:
    """The week or month of "later in the week", "for the month": that of the day or month named, else of publication.

    Said in the past tense on a Monday (a week) or in the first three days of a month, it is the one just ended.
    """
    ref = c.recent_point(pos)
    if unit == "month" and ref is not None and ref.year is not None and ref.month is not None:
        return _point("DATE", cal.Point("month", ref.year, ref.month), modifier)
    day = ref.interval()[0] if ref is not None and ref.granularity == "day" else None
    if day is None and c.dct is not None:
        ended = tense < 0 and (c.dct.isoweekday() == 1 if unit == "week" else c.dct.day <= 3)
        day = cal.shift_days(c.dct, -7 if unit == "week" else -c.dct.day) if ended else c.dct
    if day is None:
        return _Resolved("DATE", "XXXX-WXX" if unit == "week" else "XXXX-XX", None, modifier, unit)
    if unit == "week":
        return _point("DATE", cal.week_point(day), modifier)
    return _point("DATE", cal.Point("month", day.year, day.month), modifier)


def _the_quarter(c: _Context, pos: int, month: int | None, tense: int, years_back: int = 0) -> _Resolved:
    """The quarter a financial story is about: the one just named, the one "ended March 31", else by the tense."""
    ref = c.last_point
    if month is not None and c.dct is not None:
        year, q = cal.directed_year(c.dct, month, None, -1), (month - 1) // 3 + 1
    elif ref is not None and ref.year is not None and ref.granularity == "quarter" and ref.code:
        year, q = ref.year, int(ref.code)
    elif ref is not None and ref.year is not None and ref.month is not None and c.recent_point(pos) is ref:
        year, q = ref.year, (ref.month - 1) // 3 + 1
    elif c.dct is not None:
        idx = c.dct.year * 4 + (c.dct.month - 1) // 3 - (1 if tense <= 0 else 0)
        year, q = idx // 4, idx % 4 + 1
    else:
        return _Resolved("DATE", "XXXX-QX", None, None, "quarter")
    return _point("DATE", cal.Point("quarter", year - years_back, code=str(q)))


def _around_last(c: _Context, unit: str, modifier: str | None = None) -> _Resolved:
    base = c.last_point
    day = c.day_anchor()
    if unit in ("day", "night"):
        suffix = "TNI" if unit == "night" else ""
        return _point("TIME" if suffix else "DATE", cal.day_point(day, suffix) if day else cal.Point("day"), modifier)
    if base is not None and base.year is not None:
        if unit == "year":
            return _point("DATE", cal.Point("year", base.year), modifier)
        if unit == "month" and base.month:
            return _point("DATE", cal.Point("month", base.year, base.month), modifier)
    if day is None:
        return _Resolved("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), None, modifier, unit)
    if unit == "week":
        return _point("DATE", cal.week_point(day), modifier)
    if unit == "month":
        return _point("DATE", cal.Point("month", day.year, day.month), modifier)
    return _point("DATE", cal.Point("year", day.year), modifier)


def _holiday(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    name = m.group("name")
    if not name[0].isupper():
        return None  # "christmas" in lower case is rarely the day
    rule = lexicon().holidays[" ".join(name.lower().split())]
    year = int(m.group("year")) if m.group("year") else None
    after = _word_after(ctx.text, m.end())
    if (year is None and ctx.text[m.end():m.end() + 1] == " " and after[:1].isupper()
            and after.lower() not in _TITLE_CASE_GLUE and after.lower().rstrip(".") not in lexicon().months):
        return None  # "the Good Friday Agreement", "Christmas Island", "the Easter Rising": names
    step = {"last": -2, "next": 2}.get((m.group("rel") or "").lower(), 0)
    tense = ctx.tense(m.start(), m.end(), day=True)

    def resolve(c: _Context) -> _Resolved:
        y = year
        if len(rule) == 10:
            y = int(rule[:4])
        if y is None and c.dct is not None:
            # the year comes from where the holiday falls in the publication year, then the tense
            near = cal.holiday(rule, c.dct.year)
            if near is not None:
                y = cal.directed_year(c.dct, near.month, near.day, step or tense)
        day = cal.holiday(rule, y) if y is not None else None
        if day is not None:
            return _point("DATE", cal.day_point(day))
        fixed = len(rule) == 5 and rule[2] == "-"
        month, dom = (int(rule[:2]), int(rule[3:])) if fixed else (None, None)
        return _point("DATE", cal.Point("day", y, month, dom))

    return _Draft(m.start(), m.end(), resolve)


_CURRENT_NOT_TIME = word_set("account accounts assets liabilities ratio yield yields")


def _vague(m: regex.Match[str], ctx: _Context) -> _Draft | None:
    phrase = " ".join(m.group(0).lower().split())
    found = lexicon().vague.get(phrase)
    if found is None:
        return None
    after = _word_after(ctx.text, m.end()).lower()
    if phrase in ("the future", "the past") and after == "of":
        return None
    if phrase == "soon" and after in ("after", "afterwards", "thereafter"):
        return None
    if phrase == "current" and after in _CURRENT_NOT_TIME:
        return None  # "the current account deficit": a balance, not a time
    value, kind = found
    return _Draft(m.start(), m.end(), lambda c: _Resolved(kind, value), sets_anchor=False)


_RULES: dict[str, Callable[[regex.Match[str], _Context], _Draft | tuple[_Draft, ...] | None]] = {
    "numeric": _numeric, "calendar": _calendar, "dayrange": _day_range, "clock": _clock, "deictic": _deictic,
    "relative": _relative,
    "quarter": _quarter, "decade": _decade, "year": _year, "season": _season_rule, "duration": _duration,
    "set": _set, "weekday": _weekday, "same": _same, "reference": _reference, "holiday": _holiday,
    "anaphoric": _anaphoric, "vague": _vague, "daypart": _anaphoric,
}


def _drafts(text: str, ctx: _Context) -> list[_Draft]:
    """Every rule's candidates, then leftmost-longest without overlaps (a rejected candidate yields to the next)."""
    found: list[tuple[int, int, int, _Draft]] = []
    for priority, (name, matches) in enumerate(pattern_matches(text)):
        rule = _RULES[name]
        for m in matches:
            if m.end() <= m.start():
                continue
            made = rule(m, ctx)
            for draft in made if isinstance(made, tuple) else (made,):
                if draft is not None and draft.end > draft.start:
                    found.append((draft.end - draft.start, -draft.start, -priority, draft))
    found.sort(key=lambda t: t[:3], reverse=True)
    taken: list[tuple[int, int]] = []
    chosen: list[_Draft] = []
    for _, _, _, draft in found:
        i = bisect.bisect_left(taken, (draft.start, draft.end))
        if i > 0 and taken[i - 1][1] > draft.start:
            continue
        if i < len(taken) and taken[i][0] < draft.end:
            continue
        taken.insert(i, (draft.start, draft.end))
        chosen.append(draft)
    chosen.sort(key=lambda d: d.start)
    return chosen


# The letters the patterns take for ASCII ones, ignoring case as Unicode folds it ("ſ" is "s", "İ" is "I"): the rules
# read them as those, so that "FRİDAY" is Friday (str.lower() makes it "fri̇day", in no word list).
_FOLDED = str.maketrans({"ſ": "s", "İ": "I", "\u212a": "K"})


def parse_dates(text: str, *, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Find every temporal expression in ``text`` and resolve it against ``published``.

    Returns the mentions in text order. Relative expressions ("yesterday", "on Tuesday", "last week") need
    ``published``; without it their values keep X's (``XXXX-WXX-2``) and their interval is unknown.
    """
    check_text(text)
    dct = check_published(published)
    if not text.strip():
        return ()
    surface, text = text, text.translate(_FOLDED)
    ctx = _Context(text, dct)
    out: list[DateMention] = []
    day_follows: list[int] = []
    year_back: list[int] = []
    for draft in _drafts(text, ctx):
        resolved = draft.resolve(ctx)
        if resolved is None:
            continue
        start = draft.start
        if resolved.point is not None and resolved.point.granularity == "day" and not resolved.point.suffix:
            pod_of = _POD_OF.search(text[max(0, start - 30):start])
            if pod_of and (not out or out[-1].end <= start - len(pod_of.group(0))):
                # "the night of 24 February", "the morning of Tuesday"
                start -= len(pod_of.group(0))
                code = "NI" if pod_of.group("hours") else lexicon().parts_of_day[pod_of.group("pod").lower()]
                resolved = _point("TIME", attrs.evolve(resolved.point, suffix=f"T{code}"), resolved.modifier)
        first, last = resolved.point.interval() if resolved.point else (None, None)
        if draft.sets_anchor and resolved.point and first is not None:
            ctx.last_point = resolved.point
            ctx.last_start = start
            if resolved.point.granularity in _YEAR_PARTS and resolved.point.year is not None:
                ctx.last_period, ctx.last_period_start = resolved.point, start
            if resolved.point.granularity == "day" and _word_before(text, start) != "since":
                # "occupied since January 25, celebrated through the night": a start named is no day the text is at
                ctx.anchor = first
                ctx.anchor_end = draft.end
        if draft.day_follows:
            day_follows.append(len(out))
        if draft.year_back:
            year_back.append(len(out))
        out.append(DateMention(
            start=start, end=draft.end, text=surface[start:draft.end], kind=resolved.kind,
            value=resolved.value, first=first, last=last, granularity=resolved.granularity,
            modifier=resolved.modifier, published=dct,
        ))
    dated: set[int] = set()
    for i in reversed(day_follows):  # from the last, so that "10 a.m. (0800 GMT) on Friday" passes Friday back
        if i + 1 < len(out):
            moved = _on_the_day_after(text, out[i], out[i + 1], i + 1 in dated)
            if moved is not out[i]:
                out[i] = moved
                dated.add(i)
    for i in year_back:
        if i > 0:
            out[i - 1] = _in_the_year_of(out[i - 1], out[i])
    return tuple(out)


def _in_the_year_of(day: DateMention, last: DateMention) -> DateMention:
    """The first day of "September 14 and 18, 2010" takes the year written after the last."""
    if day.first is None or last.first is None or day.granularity != "day" or len(day.value) != 10:
        return day
    moved = cal.safe_date(last.first.year, day.first.month, day.first.day)
    if moved is None:
        return day
    return attrs.evolve(day, value=moved.isoformat(), first=moved, last=moved)


_TIME_THEN_DAY = lazy_pattern(r"\s*\)?\s*,?\s*(?:on\s+)?")
_TIME_THEN_TIME = lazy_pattern(r"\s*\(\s*")


def _on_the_day_after(text: str, clock: DateMention, day: DateMention, day_is_dated: bool) -> DateMention:
    """A clock time takes the day written right after it: "at 16:15 UTC, June 1", "6 p.m. on March 3".

    The day may come through a second clock time in brackets that took it ("10 a.m. (0800 GMT) on Friday").
    """
    if day.start - clock.end > 10:
        return clock
    if day.kind == "TIME" and day_is_dated and _TIME_THEN_TIME.fullmatch(text, clock.end, day.start):
        return attrs.evolve(clock, value=day.value[:10] + clock.value[10:], first=day.first, last=day.last)
    gap = _TIME_THEN_DAY.fullmatch(text, clock.end, day.start)
    if gap is None or day.granularity != "day" or day.kind != "DATE" or len(day.value) != 10:
        return clock
    return attrs.evolve(clock, value=day.value + clock.value[10:], first=day.first, last=day.last)
