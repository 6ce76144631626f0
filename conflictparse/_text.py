"""Shared helpers for text, spans and argument checks, used by every parser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, cast

import regex

from .errors import ArgumentTypeError, ArgumentValueError

__all__ = ["check_published", "check_text", "lazy_pattern", "sentence_spans", "span_dict"]

class _LazyPattern:
    """A compiled pattern that is compiled on first use.

    ``regex.compile`` costs about a millisecond per pattern, and the parsers hold over a hundred module-level
    patterns: compiling them at import would make ``import conflictparse`` slow for callers who never parse.
    A race compiles the same pattern twice, which is harmless.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def _compile(self) -> regex.Pattern[str]:
        compiled = self._compiled = regex.compile(self._source, self._flags)
        return compiled

    # The hot methods are spelled out: going through __getattr__ on every call costs a tenth of a parse.
    def match(self, *args: Any, **kwargs: Any) -> Any:
        return (self._compiled or self._compile()).match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return (self._compiled or self._compile()).fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return (self._compiled or self._compile()).search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return (self._compiled or self._compile()).finditer(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return (self._compiled or self._compile()).sub(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled or self._compile(), name)


def lazy_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """Return a pattern that behaves as ``regex.compile(source, flags)`` but compiles when first used."""
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and whitespace, or at a newline; see
# sentence_spans for the abbreviations that do not end one.
_SENTENCE_END = lazy_pattern(r"""(?<=[.!?]['"’”)\]]*)\s+(?=[\p{Lu}\p{N}"'“‘(\[])|\n+""")


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` unchanged if it is a ``str``; raise :class:`ArgumentTypeError` otherwise."""
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{name} must be str, not {type(text).__name__}")
    return text


#: Publication years whose neighbours TIMEX3 can still write with four digits ("next decade", "a century ago").
PUBLISHED_YEARS = range(1100, 9000)


def check_published(published: object) -> dt.date | None:
    """Return the publication date as a ``datetime.date`` (a ``datetime`` is reduced to its date)."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        raise ArgumentTypeError(f"published must be datetime.date or None, not {type(published).__name__}")
    if published.year not in PUBLISHED_YEARS:
        first, last = PUBLISHED_YEARS.start, PUBLISHED_YEARS.stop - 1
        raise ArgumentValueError(f"published must fall in the years {first}-{last}, not {published.isoformat()}")
    return published


# A title or an initial never ends a sentence ("Gen. Zaluzhnyi", "J. Smith", "U.N. envoy"); a month or a clock time
# does not before a figure or a bracket ("Feb. 24", "6 a.m. (0400 GMT)").
_NEVER_ENDS = lazy_pattern(
    r"(?:^|[\s(\"'“‘])(?:Gen|Col|Lt|Maj|Capt|Cpl|Sgt|Adm|Brig|Cmdr|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Rev|St|Mt|Ft|Jr|Sr|No"
    r"|Nos|vs|Pres|Amb|\p{Lu}(?:\.\p{Lu})*)\.$"
)
_ENDS_BUT_BEFORE_A_FIGURE = lazy_pattern(r"(?:^|\s)(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m)\.$")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence, with surrounding whitespace trimmed; linear in ``len(text)``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            before = text[max(0, m.start() - 12):m.start()]
            after = text[m.end():m.end() + 1]
            if _NEVER_ENDS.search(before) or (_ENDS_BUT_BEFORE_A_FIGURE.search(before) and after
                                               and (after.isdigit() or after in "([")):
                continue
        yield from _trimmed(text, start, m.start())
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def span_dict(start: int, end: int, text: str) -> dict[str, Any]:
    """The ``{start, end, text}`` triple every item of ``to_dict()`` begins with."""
    return {"start": start, "end": end, "text": text}
