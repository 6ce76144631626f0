"""Place names resolved offline to a GeoNames-derived gazetteer (stub, filled by the locations work)."""

from __future__ import annotations

from typing import Any

import attrs

from ._text import check_text, span_dict

__all__ = ["Location", "Place", "parse_locations"]


@attrs.frozen
class Place:
    """A gazetteer entry."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    kind: str
    population: int


@attrs.frozen
class Location:
    """A place name in the text and the gazetteer entry it resolves to (``place`` is None when none fits)."""

    start: int
    end: int
    text: str
    name: str
    place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        p = self.place
        return {**span_dict(self.start, self.end, self.text), "name": self.name,
                "geonameid": p.geonameid if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "country_code": p.country_code if p else None, "admin1": p.admin1 if p else None}


def parse_locations(text: str) -> tuple[Location, ...]:
    """Find place names in ``text`` and resolve each against the gazetteer."""
    check_text(text)
    return ()
