"""Temporal expressions resolved to TimeML TIMEX3 values (stub, filled by the dates work)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ._text import check_published, check_text, span_dict

__all__ = ["DateMention", "parse_dates"]


@attrs.frozen
class DateMention:
    """A temporal expression: its TIMEX3 ``kind`` and ``value``, and the calendar interval it denotes."""

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


def parse_dates(text: str, *, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Find every temporal expression in ``text`` and resolve it against ``published``."""
    check_text(text)
    check_published(published)
    return ()
