r"""Word lists for temporal expressions (data/dates/*.tsv) and the candidate patterns built from them (private).

Everything is loaded once, lazily, and is immutable afterwards. Patterns are compiled with the ``regex`` module's
named lists (``\L<name>``), so the lexicons stay in the data files and the patterns stay readable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from types import MappingProxyType
from typing import Any

import attrs
import regex

from ._data import data_rows

# A verb of intent ("promised", "warned") is past for a date it is said on ("warned on Friday"), a plan seen from the
# past for one in what it says ("promised elections in March")
TENSE_INTENT = 4
# "would": a future seen from a past saying; a day it names is ahead, a month or season the nearer one ("said the
# plant would open in June", said in July, is this June)
TENSE_WOULD = 5
_TENSE_CODES = {"future": 1, "past": -1, "intent": TENSE_INTENT, "would": TENSE_WOULD}


def word_set(words: str) -> frozenset[str]:
    """A closed set of grammar words, written as one space-separated string."""
    return frozenset(words.split())


def _rows(name: str) -> Iterator[list[str]]:
    return data_rows(f"dates/{name}")


@attrs.frozen
class Lexicon:
    """The word lists, keyed by their lower-case forms."""

    months: MappingProxyType[str, int]
    capital_months: frozenset[str]  # forms that are also ordinary words ("may", "march"): capitalised only
    weekdays: MappingProxyType[str, int]
    numbers: MappingProxyType[str, float | None]
    ordinals: MappingProxyType[str, int]
    units: MappingProxyType[str, tuple[str, int, bool]]
    parts_of_day: MappingProxyType[str, str]
    seasons: MappingProxyType[str, str]
    free_seasons: frozenset[str]
    vague: MappingProxyType[str, tuple[str, str]]
    tense: MappingProxyType[str, int]
    annual_amounts: frozenset[str]
    year_nouns: frozenset[str]  # nouns a year may modify ("the 1997 results"), amounts included
    match_words: frozenset[str]
    holidays: MappingProxyType[str, str]  # name -> date rule (see holidays.tsv)


@cache
def lexicon() -> Lexicon:
    """Load every word list once."""
    months = {r[0]: int(r[1]) for r in _rows("months.tsv")}
    numbers: dict[str, float | None] = {r[0]: (None if r[1] == "X" else float(r[1])) for r in _rows("numbers.tsv")}
    return Lexicon(
        months=MappingProxyType(months),
        capital_months=frozenset(r[0] for r in _rows("months.tsv") if r[2] == "1"),
        weekdays=MappingProxyType({r[0]: int(r[1]) for r in _rows("weekdays.tsv")}),
        numbers=MappingProxyType(numbers),
        ordinals=MappingProxyType({r[0]: int(r[1]) for r in _rows("ordinals.tsv")}),
        units=MappingProxyType({r[0]: (r[1], int(r[2]), r[3] == "1") for r in _rows("units.tsv")}),
        parts_of_day=MappingProxyType({r[0]: r[1] for r in _rows("parts_of_day.tsv")}),
        seasons=MappingProxyType({r[0]: r[1] for r in _rows("seasons.tsv")}),
        free_seasons=frozenset(r[0] for r in _rows("seasons.tsv") if r[2] == "1"),
        vague=MappingProxyType({r[0]: (r[1], r[2]) for r in _rows("vague.tsv")}),
        tense=MappingProxyType({r[0]: _TENSE_CODES.get(r[1], 0) for r in _rows("tense.tsv")}),
        annual_amounts=frozenset(r[0] for r in _rows("annual_amounts.txt")),
        year_nouns=frozenset(r[0] for name in ("year_nouns.txt", "annual_amounts.txt") for r in _rows(name)),
        match_words=frozenset(r[0] for r in _rows("match_words.txt")),
        holidays=MappingProxyType({r[0]: r[1] for r in _rows("holidays.tsv")}),
    )


# Building blocks. "\L<...>" lists are filled from the lexicon; the flags are IGNORECASE, so case-sensitive
# words (the month "May" beside the modal "may") are checked after matching.
_END = r"(?![\w-])"
_DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d%]|\s*percent)"
_MONTH = r"(?P<month>\L<months>)(?:(?<=(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.)?"
_NUM = (
    r"(?P<num>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ -]1/2|½)?"
    r"|(?:a\s+)?quarter\s+of\s+an?(?=\s+(?:century|hour|year)\b)|a\s+quarter(?=[\s-]+century\b)"
    r"|an?|another|half\s+an?|(?:\L<numbers>)(?:[ -](?:\L<numbers>))?(?:\s+and\s+a\s+half)?)"
)
_MODIFIER = (
    r"(?:(?P<mod>early|late|mid|earlier|later)(?:-|\s+)"
    r"|(?P<modp>the\s+(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder)\s+of)\s+)"
)
_RELATIVE = (
    r"(?P<rel>this\s+past|this|last|next|past|coming|previous|following|current|same|upcoming|present|final|latest"
    r"|prior)"
)


_SET_UNIT = (
    r"(?P<unit>year|month|week|day|hour|minute|night|quarter(?!\s+of\b))(?![\w-])"
    r"(?!\s+(?:earlier|later|ago|before|after)\b(?!\s+(?:this|that|in|on)\b))"
)


def _patterns() -> dict[str, str]:
    return {
        # 2022-02-24, 2022-02-24T10:30; 24.02.2022, 02/24/2022, 7/8/07
        "numeric": (
            r"(?<![\w./-])(?:(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)(?:T(?P<ih>\d\d):(?P<imin>\d\d))?"
            r"|(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d))(?![\w-]|[./]\d)"
        ),
        # Tuesday, February 24, 2022 / 24 February / Feb. 24th / February 2021 / mid-March / the 24th of February
        "calendar": (
            rf"(?:(?:(?:next|last|this|coming)\s+(?=\L<weekdays>,?\s+(?:the\s+)?(?:\L<months>|\d)))?"
            rf"(?P<wd>\L<weekdays>),?\s+(?:the\s+)?)?"
            rf"(?:{_MODIFIER}|the\s+(?P<weekof>first|second|third|fourth|last|final)\s+week\s+of\s+)?"
            rf"(?:{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?"
            rf"|(?:the\s+)?{_DAYNUM}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
            rf"|{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?)(?![\w]|-(?![\d–-]))"
        ),
        # the second day of "Oct. 12-14", "September 14 and 18, 2010"
        "dayrange": (
            r"(?=\d|[tT]he\s+\d)(?:(?=\d)(?<=\L<months>\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+))"
            rf"{_DAYNUM}(?:,?\s+{_YEAR})?(?![\w%]|[-–.]\d)"
            # the first day of "5 and 6 March", "12-14 October 2021"
            r"|(?:the\s+)?(?<![\d.,:/-])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
            r"(?=\s*(?:[-–]|and|or|to)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rmonth>\L<months>)\b"
            rf"(?:,?\s+{_YEAR})?)"
            # "on the 14th": a day of the month the text is in
            r"|(?P<alone>the)(?<=\b(?i:on|by|until|till|since|from|before|after)\s(?i:the))\s+"
            r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-]))"
        ),
        # Tuesday, late Tuesday, Tuesday evening
        "weekday": (
            r"(?:(?P<mod>early|late|earlier|later)\s+|(?P<overnight>overnight)\s+(?:on\s+)?)?(?P<wd>\L<weekdays>)"
            r"(?:\s+(?P<pod>\L<pods>))?(?![\w]|-(?!(?-i:[A-Z])|\d))"
        ),
        # today, yesterday morning, earlier today, tonight, last night, this afternoon, overnight
        "deictic": (
            r"(?:(?P<mod>earlier|later|late|early)\s+)?(?P<word>today|yesterday|tomorrow|tonight)"
            r"(?:\s+(?P<pod>\L<pods>))?(?![\w-])"
            r"|(?:(?P<mod>earlier|later|late|early)\s+)?(?P<this>this|last|tomorrow|yesterday)\s+(?P<pod>\L<pods>)(?![\w-])"
            r"|(?P<word>overnight)(?![\w-])"
            r"|the\s+day\s+(?P<around>before\s+yesterday|after\s+tomorrow)"
        ),
        # last week, this month, the end of last year, the following year, last August, this spring, next Tuesday
        "relative": (
            rf"{_MODIFIER}?(?:(?P<the>the)\s+)?{_RELATIVE}\s+(?:(?:fiscal|financial)\s+(?=year|quarter))?"
            r"(?P<unit>week(?:end)?|month|year|quarter|decade|century|\L<seasons>|\L<months>|\L<weekdays>)"
            rf"{_END}"
            rf"|{_MODIFIER}(?P<the>the)\s+(?P<unit>year|month|week|decade|century)(?![\w-])(?!\s+(?:of|before|after|\d))"
            r"|(?P<the>the)\s+(?P<unit>weekend)(?![\w-])"
            r"|(?P<unit>year|month|quarter)(?P<rel>[- ]end|['’]s\s+end)(?![\w-])"
        ),
        # the third quarter of 2009, third-quarter, Q3 2009, the second half of 2021, the fourth quarter,
        # the fiscal first quarter, 1997's fourth quarter, the 1997 fourth quarter, next year's first half
        "quarter": (
            rf"{_MODIFIER}?(?:(?P<the>the)\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?"
            r"(?:(?P<pyear>(?:1[5-9]|20)\d\d)(?:['’]s)?\s+"
            r"|(?P<prel>this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year['’]s\s+)?"
            r"(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            r"(?P<hyphen>\s+|-)(?P<part>quarter|half)"
            r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>(?:1[5-9]|20)\d\d)|(?P<rel>this|last|next|the\s+year)"
            r"(?:\s+(?:fiscal\s+)?year)?))?"
            r"(?![\w-])(?!\s+of\s+(?:the\s+)?(?:population|people|\d))"
            r"|(?<![\w-])Q(?P<qn>[1-4])(?:\s+(?P<year>(?:1[5-9]|20)\d\d))?(?![\w-])"
            # the April-June quarter, the July-September period of 2019
            r"|(?P<the>the)\s+(?P<qm1>\L<months>)\.?\s*[-–]\s*(?P<qm2>\L<months>)\.?\s+(?P<part>quarter|period)"
            r"(?:\s+of\s+(?P<year>(?:1[5-9]|20)\d\d))?(?![\w-])"
        ),
        # 2014, mid-2011, early 2023, the end of 2019
        "year": (
            rf"(?<![\w$£€¥#.,:]|(?<!\b\d{{4}})[-–/]|(?<!\b(?:1[5-9]|20)\d)\d[.,]?\s){_MODIFIER}?"
            r"(?:(?:the\s+)?(?:(?:calendar\s+)?year\s+|(?P<fiscal>fiscal|financial)\s+(?:year\s+)?))?"
            r"(?P<year>(?:1[5-9]|20)\d\d)(?![\w%]|[.,:]\d|[-–/](?!(?:1[5-9]|20)\d\d\b|\d\d(?![\w%]|[.,:/]\d))\d"
            r"|\s*percent)(?P<fiscal>\s+(?:fiscal|financial)\s+year)?"
            # since '97
            r"|(?<=\b(?i:in|since|of|by|until|till|from|to|through|and|or)\s)['‘’](?P<ap>\d\d)(?![\w'’%-])"
            # the second year of "1992-93", "2008/09"
            r"|(?<=(?<![\w.,$£€¥#/:-])(?P<first>(?:1[5-9]|20)\d\d)[-–/])(?P<yy>\d\d)(?![\w%]|[.,:/]\d)"
        ),
        # the 1990s, the '90s, 70s, the early 2000s, the 19th century
        "decade": (
            r"(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)(?:-|\s+))?"
            r"(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|['‘’](?P<short>\d0)s|(?<![\w$£€.,])(?P<short>[2-9]0)'?s)(?![\w-])"
            r"|(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)(?:-|\s+))?"
            r"(?P<cent>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?![\w-])"
            r"|(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)(?:-|\s+))?"
            r"(?P<centw>\L<ordinals>)[\s-]+century(?![\w-])"
            r"|(?P<the>the)\s+(?:(?P<mod>early|late|mid)(?:-|\s+))?"
            r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])"
        ),
        # spring, last summer, the winter of 2009, summer 2021
        "season": (
            rf"{_MODIFIER}?(?:(?P<det>this|last|next|the|coming|past)\s+)?(?P<season>\L<seasons>)"
            r"(?:\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d))?(?![\w-])"
        ),
        # six days, the first 12 minutes, almost two and a half years, fifty-year, the past decade, years
        "duration": (
            r"(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|final|following|initial|"
            r"remaining|latest)\s+)?"
            r"(?:(?P<approx>about|around|almost|nearly|some|roughly|approximately|more\s+than|less\s+than|over|another|"
            r"under|at\s+least|up\s+to|the\s+last|the\s+past|the\s+next|the\s+first)\s+)?"
            rf"{_NUM}(?:\s+|-)(?:(?P<adj>straight|consecutive|full|more|trading|long|calendar|working|business|"
            r"successive|additional|further|whole|entire)\s+)?(?P<unit>\L<units>)(?P<andhalf>\s+and\s+a\s+half)?"
            r"(?P<long>-long)?(?![\w-]|\s+old\b)(?:(?P<ago>\s+ago(?!\w))|(?P<shift>\s+(?:earlier|later|from\s+now))(?![\w-]))?"
            r"|(?:(?P<over>over|for|in|within|after|than|of)\s+)(?:just\s+|only\s+|mere\s+)?(?P<the>the\s+)?"
            r"(?P<vunit>years|months|weeks|days|decades|hours|minutes|centuries)(?![\w-])(?P<ago>\s+ago(?!\w))?"
            r"|(?P<vunit>decades|years|months|weeks|days|hours)"
            r"(?:(?P<ago>\s+ago)(?!\w)|(?=\s+(?:in\s+the\s+making|later|earlier|after|before|behind|away|late)\b)"
            r"|(?<=\b(?i:took|take|takes|taking|spent|spend|spends|spending|lasted|waited|wait|waiting)\s\w+)(?![\w-]))"
            r"|(?P<vunit>decades|years|months|weeks)(?=\s+of\s)"
            r"|(?P<vunit>decades|years|months)(?P<long>-long)(?![\w-])"
            r"|(?P<unit>century|decade|year|month|week|day|hour)(?P<long>-long)(?![\w-])"
            r"|(?P<the>the)\s+(?P<rel>past|last|next|coming|previous|following)\s+(?P<unit>decade|century)(?![\w-])"
            r"|(?P<the>the)\s+(?P<rel>past)\s+(?P<unit>year|month|week|quarter)(?![\w-])"
            # the first hour of trading, the final minute
            r"|(?P<the>the)\s+(?P<rel>first|last|final)\s+(?P<unit>hour|minute)(?![\w-])"
        ),
        # every day, every other week, each Monday, 15 a year, twice a week, daily, weekly, annual
        "set": (
            r"(?P<every>per)\s+(?P<unit>annum)(?![\w-])"
            r"|(?P<every>every|each|per)\s+(?:other\s+)?(?P<unit>year|quarter|month|week|day|hour|minute|night|morning|"
            r"evening|afternoon|weekend|\L<weekdays>|\L<months>|\L<seasons>)(?![\w-])"
            # 15 a year; twice a week, three times per year (the count is inside, as in the TimeML guidelines)
            # "2.9 million barrels a day", "two flights a week": a count of something per unit
            rf"|(?<=\d\s|(?:\d|\b(?:\L<numbers>))(?:\s[a-z]{{4,12}}){{1,2}}\s|\b(?:once|twice|thrice|times)\s)"
            rf"(?P<a>a|an)\s+{_SET_UNIT}"
            rf"|(?P<freq>once|twice|thrice|times)\s+(?:a|an|per)\s+{_SET_UNIT}"
            rf"|(?P<every>every)\s+{_NUM}\s+(?P<units>years|months|weeks|days|hours|minutes)(?![\w-])"
            r"|(?P<adverb>daily|weekly|monthly|yearly|annually|annual|hourly|nightly|quarterly|biweekly|fortnightly)"
            r"(?![\w-])"
            # on Mondays, Friday nights, weekends
            r"|(?P<plural>\L<weekdays>)(?:s|\s+(?P<pods>mornings|afternoons|evenings|nights))(?![\w'’-])"
            r"|(?<=\b(?i:on|at|over|during)\s)(?P<plural>weekends)(?![\w'’-])"
        ),
        # 18:00 UTC, 6:40 p.m., 10 a.m. Tuesday, 0800 GMT, noon, midnight
        "clock": (
            r"(?:(?P<approx>about|around|approximately|roughly)\s+)?"
            r"(?<![\w:.,])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?:(?P<ampm>[ap])\.\s?m\.|(?P<ampm>[ap])m(?!\w)))?"
            r"|(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:(?P<ampm>[ap])\.\s?m\.|(?P<ampm>[ap])m(?!\w))"
            r"|(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s*(?:UTC|GMT|hours|hrs|local))"
            r"|(?P<noon>noon|midnight|midday)"
            # "at 3 in the afternoon", "by 10 o'clock": an hour in figures needs a preposition before it
            r"|(?<=\b(?i:at|by|until|till|before|after|around|about|from|since)\s)(?P<h>1[0-2]|[1-9])"
            r"(?:\s+(?P<podw>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|\s*o['’]clock))"
            r"(?:\s*(?P<tz>UTC|GMT|Z(?!\w)|local\s+time|(?-i:[ECMP][SD]?T|BST|CES?T|EES?T|WES?T|JST|IST|MSK|AE[SD]T|[AH]ST|ADT|HKT|SGT|PKT|KST|WIB|ICT|[EWC]AT|SAST|GST))"
            r"(?:\s*(?P<offset>[+-]\s*\d{1,2}))?)?"
            r"(?:\s*\(\s*(?:UTC|GMT)\s*(?P<offset>[+-]\s*\d{1,2})\s*\))?"
            r"(?:\s+(?:on\s+)?(?P<dayref>today|yesterday|tomorrow|tonight|\L<weekdays>))?(?![\w:])"
        ),
        # the same period last year, the same month a year ago, the same quarter of 2020; the entire year;
        # the year before; a third consecutive day
        "same": (
            r"the\s+same\s+(?P<unit>day|week|month|period|quarter|time|season)(?:\s+of)?\s+"
            r"(?:(?:the\s+)?(?:last|previous|prior|past)\s+year|a\s+year\s+(?:ago|earlier|before)"
            r"|(?P<year>(?:1[5-9]|20)\d\d))(?![\w-])"
            r"|(?P<whole>the|that)\s+(?:entire|whole|full)\s+(?P<unit>year|month|week|day)(?![\w-])"
            r"|the\s+(?P<unit>year)\s+(?P<before>before|previous|earlier)(?![\w-])(?!\s+(?:\w+ed|last|that)\b)"
            # the year before last, the week after next
            r"|the\s+(?P<unit>year|month|week)\s+(?P<beyond>before\s+last|after\s+next)(?![\w-])"
            r"|(?:a|the)\s+(?P<ordinal>\L<ordinals>|\d{1,3}(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+"
            r"(?P<unit>day|night|week|month|year)(?![\w-])"
            # later that year, that month, the end of that week: the unit around the last date named
            r"|(?P<that>that)\s+(?P<unit>year|month|week)(?![\w'’-])"
            r"(?!\s+(?:of|when|which|that|in\s+which|is|was|will|has|had|after|by)\b)"
        ),
        # the year-earlier period, the year-ago first quarter, the quarter (the one the text is about)
        "reference": (
            r"(?:the\s+|that\s+)?(?P<shifted>year-earlier|year-ago|prior-year|year-before)\s+"
            r"(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?P<unit>period|quarter|half|month)(?![\w-])"
            r"|(?:the|that)\s+(?P<unit>quarter)(?![\w-])(?!\s+(?:of|mile|century|point)\b)"
            r"|(?:(?P<mod>early|late|earlier|later)\s+in\s+|(?<=\b(?i:for|in|during|throughout)\s))"
            r"the\s+(?P<unit>year|month|week)(?![\w'’-])"
            r"(?!\s+(?:of|before|after|ago|earlier|later|that|when|in|to|ended|ending|since|round|as|which|who)\b)"
        ),
        # Christmas, last Christmas, New Year's Eve 2021
        "holiday": (
            r"(?:(?P<rel>last|next|this)\s+)?(?P<name>\L<holidays>)(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d))?(?![\w-])"
        ),
        # the day, that night, the same day, the following day, late in the day, the start of the day
        "anaphoric": (
            r"(?P<det>the)\s+(?P<what>day|night|morning|afternoon|evening)\s+(?P<step>before|after)(?![\w-])(?!\s+(?:yesterday|tomorrow)|\s+\w)"
            r"|(?:(?P<mod>late|early)\s+in\s+|(?P<mod>earlier|later|late|early)\s+(?=that\s)"
            r"|(?P<modp>the\s+(?:start|end|beginning|middle|rest)\s+of)\s+)?"
            r"(?P<det>the\s+same|that\s+same|the|that)\s+(?P<what>day|night|morning|afternoon|evening)"
            r"(?![\w-])(?!\s+(?:of|when|that|in\s+which|on\s+which)\b)(?!['’]s\s+\w+\s+(?:of|for))"
            r"|(?:the\s+)?(?P<step>next|following|previous|preceding)\s+(?P<what>day|night|morning|afternoon|evening)(?![\w-])"
        ),
        # "in morning trading", "at dawn", "before sunrise": checked by the rule from the words around them (a pattern
        # of its own: joined to the one above it would cost that one its fast scan)
        "daypart": r"(?P<lone>morning|afternoon|evening|dawn|dusk|daybreak|sunrise|sunset|nightfall)(?![\w-])",
        # now, currently, recent, the past, the near future, soon, the time being
        "vague": (
            r"(?<![\w-])(?:(?<=\bat\s)present|(?<=\bat\s)the\s+moment|(?<=\bthe\s)current"
            r"|(?<!\b(?:most|as|how|\L<units>)\s)(?P<phrase>\L<vague>))(?![\w-])"
        ),
    }


# The words a match of each pattern can begin with: a pattern is only tried where one of its first words begins, so
# a text is scanned once for all of them instead of once per pattern. A match begins with one of them as a whole word
# (what follows is not a letter, a digit or "_"); a word marked "+" may run on ("Mondays", "noonGMT", "Q3"), and
# "#digit" is any figure. "<name>" stands for the first words of a word list. Keep each line in step with its
# pattern above; tests/test_dates.py checks that the filtered scan finds what a full scan finds.
_FIRST_WORDS = {
    "numeric": "#digit",
    "calendar": "<weekdays> next last this coming early late mid earlier later the <months> #digit",
    "dayrange": "the #digit",
    "weekday": "early late earlier later overnight <weekdays>",
    "deictic": "early late earlier later today yesterday tomorrow tonight this last overnight the",
    "relative": "early late mid earlier later the this last next past coming previous following current same upcoming "
                "present final latest prior year month quarter",
    "quarter": "early late mid earlier later the fiscal this last next first second third fourth final q+ #digit",
    "year": "early late mid earlier later the calendar year fiscal financial ' ‘ ’ #digit",
    "decade": "the early late mid ' ‘ ’ <ordinals> #digit",
    "season": "early late mid earlier later the this last next coming past <seasons>",
    "duration": "the past last next first coming previous final following initial remaining latest about around almost "
                "nearly some roughly approximately more less over under at up a an another quarter half <numbers> for "
                "in within after than of decades years months weeks days hours century decade year month week day "
                "hour #digit",
    "set": "every each per a an once twice thrice times daily weekly monthly yearly annually annual hourly nightly "
           "quarterly biweekly fortnightly <weekdays>+ weekends",
    "clock": "about around approximately roughly noon+ midnight+ midday+ #digit",
    "same": "the that a",
    "reference": "the that year prior early late earlier later",
    "holiday": "last next this <holidays>",
    "anaphoric": "late early earlier later the that next following previous preceding",
    "daypart": "morning afternoon evening dawn dusk daybreak sunrise sunset nightfall",
    "vague": "present the current <vague>",
}


# Words without one of which a pattern cannot match anywhere in a text (as whole words, "+" and "#digit" as above;
# "<name>" here stands for the last words of a word list): a text without any is not scanned for that pattern.
_NEEDED_WORDS = {
    "numeric": "#digit",
    "calendar": "<months>",
    "dayrange": "#digit",
    "weekday": "<weekdays>",
    "deictic": "today yesterday tomorrow tonight overnight <pods>",
    "relative": "week weekend month year quarter decade century <seasons> <months> <weekdays>",
    "quarter": "quarter half period q1 q2 q3 q4",
    "year": "#digit",
    "decade": "century twenties thirties forties fifties sixties seventies eighties nineties #digit",
    "season": "<seasons>",
    "duration": "<units> years months weeks days hours minutes decades centuries decade century year month week "
                "quarter",
    "set": "year annum month week day hour minute night morning evening afternoon weekend quarter <weekdays>+ <months> "
           "<seasons> years months weeks days hours minutes daily weekly monthly yearly annually annual hourly nightly "
           "quarterly biweekly fortnightly weekends",
    "clock": "noon+ midnight+ midday+ #digit",
    "same": "day week month period quarter time season year night",
    "reference": "period quarter half month year week",
    "holiday": "<holidays>",
    "anaphoric": "day night morning afternoon evening",
    "daypart": "morning afternoon evening dawn dusk daybreak sunrise sunset nightfall",
    "vague": "present moment current <vague>",
}


# The words a match that begins with "the" may go on with (as whole words; "<name>" stands for the word after "the"
# in the items of a word list that begin with it, else their first word). "the" is the commonest first word by far:
# a pattern listed here is tried at "the" only when the next word is one of these.
_MODIFIER_NOUNS = "very beginning start end middle close turn rest remainder"
_AFTER_THE = {
    "calendar": f"{_MODIFIER_NOUNS} first second third fourth last final #digit",
    "dayrange": "#digit",
    "deictic": "day",
    "relative": f"{_MODIFIER_NOUNS} this last next past coming previous following current same upcoming present final "
                "latest prior weekend",
    "quarter": f"{_MODIFIER_NOUNS} fiscal this last next the current previous first second third fourth final #digit "
               "<months>",
    "year": f"{_MODIFIER_NOUNS} calendar year fiscal financial",
    "decade": "early late mid ' ‘ ’ <ordinals> twenties thirties forties fifties sixties seventies eighties nineties "
              "#digit",
    "season": f"{_MODIFIER_NOUNS} <seasons>",
    "duration": "past last next first coming previous final following initial remaining latest about around almost "
                "nearly some roughly approximately more less over under at up the a an quarter half <numbers> #digit",
    "same": "same entire whole full year month week <ordinals> #digit",
    "reference": "year prior quarter month week",
    "anaphoric": "day night morning afternoon evening start end beginning middle rest same next following previous "
                 "preceding",
    "vague": "moment <vague>",
}


_RULE_ORDER = (
    "numeric", "calendar", "dayrange", "clock", "deictic", "relative", "quarter", "decade", "year", "season", "set",
    "duration", "weekday", "same", "reference", "holiday", "anaphoric", "vague", "daypart",
)


@cache
def patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Compiled candidate patterns, in priority order (earlier wins a tie of equal spans)."""
    lex = lexicon()
    lists: dict[str, Any] = {
        "months": sorted(lex.months, key=len, reverse=True),
        "weekdays": sorted(lex.weekdays, key=len, reverse=True),
        "numbers": sorted((k for k in lex.numbers if k not in ("a", "an", "another")), key=len, reverse=True),
        "ordinals": sorted(lex.ordinals, key=len, reverse=True),
        "units": sorted(lex.units, key=len, reverse=True),
        "pods": sorted(lex.parts_of_day, key=len, reverse=True),
        "seasons": sorted(lex.seasons, key=len, reverse=True),
        "holidays": sorted(lex.holidays, key=len, reverse=True),
        "vague": sorted((k for k in lex.vague if k not in ("present", "current", "the moment")), key=len, reverse=True),
    }
    flags = regex.IGNORECASE | regex.VERSION0
    src = _patterns()
    out = []
    for name in _RULE_ORDER:
        used = {k: v for k, v in lists.items() if f"\\L<{k}>" in src[name]}
        # Every expression starts at a word boundary; saying so first lets the engine skip most positions.
        out.append((name, regex.compile(rf"(?<!\w)(?:{src[name]})", flags, **used)))
    return tuple(out)


@attrs.frozen
class _WordMasks:
    """What the words of one table say: a bit per pattern for each whole word, each "+" word, and any figure."""

    whole: dict[str, int]
    run_on: dict[str, int]
    digit: int


def _first_word(item: str) -> str:
    """The first word of a word list item, or the mark it begins with ("'90s")."""
    word = regex.match(r"\w+", item)
    return word.group() if word else item[:1]


def _last_word(item: str) -> str:
    words = regex.findall(r"\w+", item)
    return words[-1] if words else item[:1]


def _word_after_the(item: str) -> str:
    parts = item.split(maxsplit=1)
    return _first_word(parts[1]) if len(parts) == 2 and parts[0] == "the" else _first_word(item)


def _word_masks(table: dict[str, str], word_of: Callable[[str], str]) -> _WordMasks:
    lex = lexicon()
    lists: dict[str, Iterable[str]] = {
        "months": lex.months, "weekdays": lex.weekdays, "numbers": lex.numbers, "ordinals": lex.ordinals,
        "seasons": lex.seasons, "holidays": lex.holidays, "vague": lex.vague, "pods": lex.parts_of_day,
        "units": lex.units,
    }
    out = _WordMasks({}, {}, 0)
    digit = 0
    for i, name in enumerate(_RULE_ORDER):
        for token in table.get(name, "").split():
            if token == "#digit":
                digit |= 1 << i
                continue
            word_list = token.rstrip("+")
            for item in lists[word_list[1:-1]] if word_list.startswith("<") else (word_list,):
                word = word_of(item)
                out.whole[word] = out.whole.get(word, 0) | 1 << i
                if token.endswith("+"):
                    out.run_on[word] = out.run_on.get(word, 0) | 1 << i
    for word, mask in out.whole.items():
        if word[:1].isdigit():
            digit |= mask
    return attrs.evolve(out, digit=digit)


@attrs.frozen
class _StartIndex:
    """Where each pattern may begin: the words of a text, and what each word does (three bit sets of patterns).

    A word may begin a match of a pattern, be one the pattern needs in the text, and go on a match that begins with
    "the".
    """

    words: regex.Pattern[str]
    by_word: MappingProxyType[str, tuple[int, int, int]]  # a word (lower case) -> its bit sets
    run_on: tuple[tuple[str, tuple[int, int, int]], ...]  # the "+" words, with the bits of the words they begin
    run_on_words: tuple[str, ...]
    digit: tuple[int, int, int]  # the bits of any figure
    restricted_by_the: int  # the patterns that "the" begins only before a word of _AFTER_THE


@cache
def _start_index() -> _StartIndex:
    tables = (_word_masks(_FIRST_WORDS, _first_word), _word_masks(_NEEDED_WORDS, _last_word),
              _word_masks(_AFTER_THE, _word_after_the))
    words = {w for table in tables for w in table.whole}
    run_on = {w for table in tables for w in table.run_on}
    marks = "".join(sorted({w for w in words if not regex.match(r"\w", w)}))
    return _StartIndex(
        # a word that begins a match begins at a word boundary, and so does each match of "\w+" after the last
        words=regex.compile(rf"\w+|(?<!\w)[{regex.escape(marks)}]" if marks else r"\w+", regex.VERSION0),
        by_word=MappingProxyType({w: _bits(_masks_of(w, table) for table in tables) for w in words}),
        run_on=tuple((w, _bits(table.run_on.get(w, 0) for table in tables)) for w in sorted(run_on)),
        run_on_words=tuple(sorted(run_on)),
        digit=_bits(table.digit for table in tables),
        restricted_by_the=_union(1 << i for i, name in enumerate(_RULE_ORDER) if name in _AFTER_THE),
    )


def _bits(masks: Iterable[int]) -> tuple[int, int, int]:
    begins, allows, follows_the = masks
    return begins, allows, follows_the


def _masks_of(word: str, masks: _WordMasks) -> int:
    """The bits of a whole word, with those of the "+" words it begins with ("q1" is also "q" run on)."""
    return masks.whole.get(word, 0) | _union(m for w, m in masks.run_on.items() if word.startswith(w))


def _union(masks: Iterable[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def pattern_starts(text: str) -> list[list[int]]:
    """For each pattern, in priority order, the positions in ``text`` where it may match.

    They are where one of its first words begins (at "the", only if the next word may follow it there), if the text
    has one of the words it needs; else none.
    """
    index = _start_index()
    begun: dict[int, list[int]] = {}  # a bit set of patterns -> where words that begin them are
    allowed = 0
    the_at, the_begins = -1, index.by_word["the"][0] & index.restricted_by_the
    lowered = text.lower()
    same_offsets = len(lowered) == len(text)  # one character may lower-case to two ("İ")
    for m in index.words.finditer(lowered if same_offsets else text):
        word = m.group() if same_offsets else m.group().lower()
        masks = index.by_word.get(word) or _unlisted_word_bits(word, index)
        if masks is None:
            the_at = -1
            continue
        if the_at >= 0:
            after_the = the_begins & masks[2]
            if after_the:
                begun.setdefault(after_the, []).append(the_at)
            the_at = -1
        begins = masks[0]
        if word == "the":
            the_at = m.start()
            begins &= ~index.restricted_by_the
        if begins:
            begun.setdefault(begins, []).append(m.start())
        allowed |= masks[1]
    starts: list[list[int]] = [[] for _ in _RULE_ORDER]
    for mask, positions in begun.items():
        mask &= allowed
        for i in range(len(_RULE_ORDER)):
            if mask >> i & 1:
                starts[i].extend(positions)
    return [sorted(s) for s in starts]


def word_bits(word: str) -> tuple[int, int, int] | None:
    """What a whole word (lower case) does: the bit sets of the patterns it begins, allows, and may go on after "the".

    ``None`` for a word that does none of these.
    """
    index = _start_index()
    return index.by_word.get(word) or _unlisted_word_bits(word, index)


def _unlisted_word_bits(word: str, index: _StartIndex) -> tuple[int, int, int] | None:
    if not word.isascii():
        return (-1, -1, -1)  # the patterns ignore case as Unicode folds it: "ſ" is "s"
    if "0" <= word[0] <= "9":
        return index.digit
    if not word.startswith(index.run_on_words):
        return None
    found = [bits for w, bits in index.run_on if word.startswith(w)]
    return _union(b[0] for b in found), _union(b[1] for b in found), _union(b[2] for b in found)


def pattern_matches(text: str) -> Iterator[tuple[str, Iterator[regex.Match[str]]]]:
    """Each pattern's name with what ``pattern.finditer(text)`` would yield, in priority order.

    A pattern is tried only at the positions :func:`pattern_starts` finds in one reading of the text for all of them.
    """
    for (name, pattern), positions in zip(patterns(), pattern_starts(text), strict=True):
        yield name, _finditer_at(pattern, text, positions)


def _finditer_at(pattern: regex.Pattern[str], text: str, positions: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, given every position where a match may begin (in order)."""
    end = 0
    for pos in positions:
        if pos < end:
            continue  # inside the last match, where finditer does not look either
        m = pattern.match(text, pos)
        if m is None:
            continue
        if m.end() == pos:
            # after an empty match finditer has rules of its own: let it go on from here
            yield from pattern.finditer(text, pos)
            return
        yield m
        end = m.end()


# After these words a four-digit number is a year whatever follows ("in 2008 sales fell").
YEAR_PREPOSITIONS = word_set(
    "in since until till during before after early late mid year fiscal calendar circa throughout the its their"
)
# After these it is a year unless a lower-case word other than YEAR_OK_AFTER follows ("to 2000 dollars").
YEAR_OK_BEFORE = word_set(
    "in since by of until till from to before after during between and or early late mid year around "
    "about through throughout circa since the fiscal calendar than on as at for"
)
YEAR_OK_AFTER = word_set(
    "until till through onward onwards "
    "and or to was is will saw had has when as - — – , . ; : ) ' ’ s levels level figures season "
    "election elections budget census"
)
