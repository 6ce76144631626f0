"""Calendar arithmetic and TIMEX3 value rendering for :mod:`conflictparse.dates` (private).

A resolved expression is a :class:`Point`: a calendar unit (a day, an ISO week, a month, a season...) that
renders as a TIMEX3 value and as the interval of days it covers. Unknown parts stay unknown (``None``) and render
with X's, never filled from today.
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

# Season codes and the months they span (meteorological seasons, northern hemisphere, as TimeML assumes).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, code) of the season that contains ``day``; a winter belongs to the year of its December."""
    m = day.month
    if m in (1, 2):
        return day.year - 1, "WI"
    if m == 12:
        return day.year, "WI"
    return day.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[m - 3]


def season_index(year: int, code: str) -> int:
    """A running number of seasons, so that "last summer" is arithmetic."""
    return year * 4 + SEASON_ORDER.index(code)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after the given one (``n`` may be negative)."""
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def month_last_day(year: int, month: int) -> int:
    """Number of days in the month."""
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist (31 April) or is outside what ``datetime`` holds."""
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_days(day: dt.date, n: int) -> dt.date | None:
    """``day`` + ``n`` days, or ``None`` off the end of the calendar."""
    try:
        return day + dt.timedelta(days=n)
    except OverflowError:
        return None


@attrs.frozen
class Point:
    """A calendar unit at some granularity; ``year is None`` means the year is unknown."""

    granularity: str  # day, week, weekend, month, season, quarter, half, year, decade, century
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week number (with ``year`` the ISO year)
    weekday: int | None = None  # for an unresolved weekday, "XXXX-WXX-2"
    code: str | None = None  # season code, or the quarter/half number as text
    suffix: str = ""  # "TEV", "T18:00Z": time of day appended to a day value

    def value(self) -> str:
        """The TIMEX3 value."""
        y = "XXXX" if self.year is None else f"{self.year:04d}"
        g = self.granularity
        if g == "day":
            if self.weekday is not None and self.month is None:
                return f"XXXX-WXX-{self.weekday}{self.suffix}"
            m = "XX" if self.month is None else f"{self.month:02d}"
            d = "XX" if self.day is None else f"{self.day:02d}"
            return f"{y}-{m}-{d}{self.suffix}"
        if g == "month":
            return f"{y}-{self.month:02d}" if self.month else f"{y}-XX"
        if g in ("week", "weekend"):
            w = "WXX" if self.week is None else f"W{self.week:02d}"
            return f"{y}-{w}" + ("-WE" if g == "weekend" else "")
        if g == "season":
            return f"{y}-{self.code}"
        if g == "quarter":
            return f"{y}-Q{self.code}"
        if g == "half":
            return f"{y}-H{self.code}"
        if g == "year":
            return y
        if g == "decade":
            return "XXX" if self.year is None else f"{self.year // 10:03d}"
        if g == "century":
            return "XX" if self.year is None else f"{self.year // 100:02d}"
        return y

    def interval(self) -> tuple[dt.date | None, dt.date | None]:
        """First and last day covered, or ``(None, None)`` when the point is not anchored in a known year."""
        try:
            return self._interval()
        except (ValueError, OverflowError):
            return None, None

    def _interval(self) -> tuple[dt.date | None, dt.date | None]:
        y, g = self.year, self.granularity
        if y is None:
            return None, None
        if g == "day" and self.month and self.day:
            d = dt.date(y, self.month, self.day)
            return d, d
        if g in ("week", "weekend") and self.week:
            monday = dt.date.fromisocalendar(y, self.week, 1)
            if g == "weekend":
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if g == "month" and self.month:
            return dt.date(y, self.month, 1), dt.date(y, self.month, month_last_day(y, self.month))
        if g == "season" and self.code in SEASON_MONTHS:
            lo, hi = SEASON_MONTHS[self.code]
            end_year = y + 1 if hi < lo else y
            return dt.date(y, lo, 1), dt.date(end_year, hi, month_last_day(end_year, hi))
        if g == "quarter" and self.code:
            q = int(self.code)
            return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, month_last_day(y, 3 * q))
        if g == "half" and self.code:
            h = int(self.code)
            return dt.date(y, 6 * h - 5, 1), dt.date(y, 6 * h, 30 if h == 1 else 31)
        if g == "year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if g == "decade":
            lo = y // 10 * 10
            return dt.date(max(lo, 1), 1, 1), dt.date(lo + 9, 12, 31)
        if g == "century":
            lo = y // 100 * 100
            return dt.date(max(lo, 1), 1, 1), dt.date(lo + 99, 12, 31)
        return None, None


def day_point(day: dt.date, suffix: str = "") -> Point:
    """A known day."""
    return Point("day", day.year, day.month, day.day, suffix=suffix)


def week_point(day: dt.date, weekend: bool = False) -> Point:
    """The ISO week (or its weekend) that contains ``day``."""
    iso = day.isocalendar()
    return Point("weekend" if weekend else "week", iso.year, week=iso.week)


def nearest_weekday(dct: dt.date, weekday: int, direction: int) -> dt.date | None:
    """The day with ISO ``weekday`` nearest ``dct`` looking back (-1) or forward (+1), ``dct`` itself included.

    ``direction`` -2 / +2 excludes ``dct`` ("last Tuesday", "next Tuesday").
    """
    diff = (weekday - dct.isoweekday()) % 7
    if direction > 0:
        n = diff if (diff or direction == 1) else 7
    else:
        back = (dct.isoweekday() - weekday) % 7
        n = -(back if (back or direction == -1) else 7)
    return shift_days(dct, n)


def directed_year(dct: dt.date, month: int, day: int | None, direction: int, *, strict: bool = False) -> int:
    """The year of a partial date (month, and day if known) nearest ``dct`` in the tense's direction.

    ``direction`` -1: the latest such date not after ``dct``; +1: the earliest not before it; 0: ``dct``'s year.
    -2 / +2 exclude the month of ``dct`` ("last August" said in August is a year ago). ``strict`` drops the
    allowance for announced events below: "since March 3" is never ahead of publication.
    """
    here = (dct.month, dct.day if day is not None else 0)
    there = (month, day or 0)
    if direction == -1:
        # A later day of the current or the next month in a past-tense clause is an announced event ("declared a
        # dividend payable Nov. 15" in late October), not one eleven months ago: news writes the year of those.
        soon = month == dct.month or (day is not None and month == dct.month % 12 + 1 and dct.month != 12)
        return dct.year if there <= here or (soon and not strict) else dct.year - 1
    if direction == 1:
        return dct.year if there >= here else dct.year + 1
    if direction == -2:
        return dct.year if month < dct.month else dct.year - 1
    if direction == 2:
        return dct.year if month > dct.month else dct.year + 1
    return dct.year


def directed_part(dct: dt.date, parts: int, n: int, direction: int, settled: int = 45, reported: bool = True) -> int:
    """The year of the ``n``-th quarter (``parts`` 4) or half (2) meant by a text published on ``dct``.

    A past tense takes the latest such part already ``settled`` days old (six weeks: no results before); a future
    tense the earliest not yet over, except that the part just ended stays meant for six weeks, while its results
    are still being reported ("will report fourth-quarter results" in January). With no cue, the nearer of the two,
    ties going to the year of publication. Without ``reported`` (a text not about accounts) a future tense
    means the coming part: "to be completed in the second half" said in February is this year's.
    """
    months = 12 // parts
    current = (dct.month - 1) // months + 1
    here = dct.year * parts + current - 1
    past = here - (current - n) % parts
    future = here + (n - current) % parts
    begun = dt.date(dct.year, (current - 1) * months + 1, 1)
    if direction < 0:
        # a part six weeks old has no results yet: "second-quarter earnings rose" said in April is last year's
        chosen = past - parts if past == here and (dct - begun).days < settled else past
    elif direction > 0:
        chosen = past if reported and past == here - 1 and (dct - begun).days <= 45 else future
    else:
        chosen = past if here - past < future - here else future
    return chosen // parts


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    x = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * x) // 451
    month, day = divmod(h + x - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(rule: str, year: int) -> dt.date | None:
    """The day a holiday rule of ``data/dates/holidays.tsv`` gives in ``year`` (``None`` off the calendar)."""
    try:
        if len(rule) == 10:
            return dt.date.fromisoformat(rule)  # a day in history ("Black Monday")
        if rule.startswith("easter"):
            return easter(year) + dt.timedelta(days=int(rule[6:]))
        parts = rule.split("-")
        month = int(parts[0])
        if len(parts) == 2:
            return safe_date(year, month, int(parts[1]))
        nth, weekday = parts[1], int(parts[2])
        if nth == "L":
            last = dt.date(year, month, month_last_day(year, month))
            return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (int(nth) - 1))
    except (ValueError, OverflowError):
        return None


def render_duration(amount: float | None, letter: str, time_unit: bool) -> str:
    """``P6D``, ``PT12M``, ``P2.5Y``, ``PXY`` (unknown amount)."""
    if amount is None:
        num = "X"
    elif float(amount).is_integer():
        num = str(int(amount))
    else:
        num = f"{amount:g}"
    return f"PT{num}{letter}" if time_unit else f"P{num}{letter}"
