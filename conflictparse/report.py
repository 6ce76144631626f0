"""``parse_report``: the facade that runs every parser over one report and composes a :class:`Report`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import attrs

from ._data import data_text
from ._text import check_published, check_text
from .actors import Actor, resolve_mentions
from .dates import DateMention, parse_dates
from .locations import Location, parse_locations
from .quantities import CasualtyTotal, Quantity, casualty_totals, parse_quantities
from .stances import Stance, stances_of

__all__ = ["Report", "Totals", "parse_report", "report_schema"]


class Totals(Mapping[str, CasualtyTotal]):
    """The report's casualty totals by category.

    A read-only, hashable mapping, so that a ``Report`` is frozen all through.
    """

    __slots__ = ("_totals",)

    def __init__(self, totals: Mapping[str, CasualtyTotal]) -> None:
        self._totals = dict(totals)

    def __getitem__(self, category: str) -> CasualtyTotal:
        return self._totals[category]

    def __iter__(self) -> Iterator[str]:
        return iter(self._totals)

    def __len__(self) -> int:
        return len(self._totals)

    def __hash__(self) -> int:
        return hash(frozenset(self._totals.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and self._totals == dict(other.items())

    def __repr__(self) -> str:
        return repr(self._totals)


@attrs.frozen
class Report:
    """Everything conflictparse found in one report, with the publication date it was resolved against."""

    text: str
    published: dt.date | None
    quantities: tuple[Quantity, ...]
    casualties: Totals = attrs.field(converter=Totals)
    dates: tuple[DateMention, ...]
    locations: tuple[Location, ...]
    actors: tuple[Actor, ...]
    stances: tuple[Stance, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-compatible contract (see ``docs/contract.md`` and the bundled JSON Schema)."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "dates": [d.to_dict() for d in self.dates],
            "quantities": [q.to_dict() for q in self.quantities],
            "casualties": {k: v.to_dict() for k, v in sorted(self.casualties.items())},
            "locations": [loc.to_dict() for loc in self.locations],
            "actors": [a.to_dict() for a in self.actors],
            "stances": [s.to_dict() for s in self.stances],
        }


def parse_report(text: str, *, published: dt.date | None = None) -> Report:
    """Parse one news report.

    ``published`` is the report's publication date; relative dates ("on Tuesday", "last week") are resolved
    against it, and stay partial (``XXXX-08``) without it.
    """
    check_text(text)
    published = check_published(published)
    quantities = parse_quantities(text)
    mentions = resolve_mentions(text)
    return Report(
        text=text,
        published=published,
        quantities=quantities,
        casualties=casualty_totals(quantities, text),
        dates=parse_dates(text, published=published),
        locations=parse_locations(text),
        actors=tuple(mentions),
        stances=stances_of(text, list(mentions)),
    )


@cache
def _schema_text() -> str:
    return data_text("report.schema.json")


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that ``Report.to_dict()`` output satisfies; a fresh copy on every call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
