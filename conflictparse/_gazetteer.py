"""The compact gazetteer behind :mod:`conflictparse.locations`: loaded lazily once, immutable, shared by threads.

The data is derived from GeoNames (CC BY 4.0) by ``scripts/build_gazetteer.py`` and shipped as two gzip TSV files
under ``conflictparse/data/geo``: ``places.tsv.gz`` (one row per place) and ``names.tsv.gz`` (a folded name and the
rows that carry it). Hand-written lists sit beside them: ``regions.tsv`` (continents, world regions, seas),
``aliases.tsv`` (short forms such as "U.S." or "NSW"), ``stopnames.txt`` (capitalised words that are rarely places)
and ``given_names.txt`` (place names that are also given names: "Victoria Beckham").
"""

from __future__ import annotations

import gzip
import math
import unicodedata
from array import array
from collections.abc import Iterator
from functools import cache

import attrs

from ._data import data_bytes
from ._text import lazy_pattern

__all__ = ["Gazetteer", "Row", "fold", "gazetteer", "haversine_km"]

#: Feature kinds, in the order a bare name prefers them when nothing else decides.
KINDS = ("continent", "country", "region", "admin1", "admin2", "city", "town", "village")

_APOSTROPHES_DOTS = lazy_pattern(r"['’`ʼ‘.]")
_SEPARATORS = lazy_pattern(r"[\s\-‐‑–—_/]+")


def fold(name: str) -> str:
    """The lookup key of a name: accents and case dropped, apostrophes and dots removed, hyphens as spaces."""
    if name.isascii():
        s = name.casefold()
    else:
        s = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()
    s = _APOSTROPHES_DOTS.sub("", s)
    return _SEPARATORS.sub(" ", s).strip()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@attrs.frozen
class Row:
    """One gazetteer entry, decoded on demand from its compact form."""

    index: int
    geonameid: int | None
    kind: str
    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    population: int
    capital: bool = False


@attrs.frozen
class Gazetteer:
    """Rows as raw TSV lines plus numeric arrays for ranking, and a folded-name index."""

    table: bytes
    offsets: array  # type: ignore[type-arg]
    geonameids: array  # type: ignore[type-arg]
    population: array  # type: ignore[type-arg]
    kind_rank: bytes
    names: bytes
    name_starts: array  # type: ignore[type-arg]
    name_tabs: array  # type: ignore[type-arg]
    stopnames: frozenset[str]
    given_names: frozenset[str]
    country_rows: dict[str, int]

    @property
    def name_count(self) -> int:
        """How many distinct folded names the index holds."""
        return len(self.name_tabs)

    def lookup(self, key: str) -> tuple[int, ...]:
        """Row indices whose names fold to ``key`` (empty when none).

        A negative ``-(i + 1)`` marks a row reached through one of its alternate names. The index is one sorted
        UTF-8 blob searched by bisection: a dict of 365,000 names would hold about 50 MiB more for a lookup only a
        few microseconds faster.
        """
        target = key.encode("utf-8")
        names, starts, tabs = self.names, self.name_starts, self.name_tabs
        lo, hi = 0, len(tabs)
        while lo < hi:
            mid = (lo + hi) // 2
            if names[starts[mid]:tabs[mid]] < target:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tabs) or names[starts[lo]:tabs[lo]] != target:
            return ()
        return tuple(int(x) for x in names[tabs[lo] + 1:starts[lo + 1] - 1].split(b","))

    def row(self, index: int) -> Row:
        """Decode one row."""
        line = self.table[self.offsets[index]:self.offsets[index + 1] - 1].decode("utf-8")
        delta, kind, name, lat, lon, cc, admin1, pop, capital = line.split("\t")
        return Row(
            index=index,
            geonameid=self.geonameids[index] if delta else None,
            kind=kind,
            name=name,
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            country_code=cc or None,
            admin1=admin1 or None,
            population=int(pop or 0),
            capital=bool(capital),
        )

    def country_row(self, country_code: str) -> Row | None:
        """The country entry for an ISO alpha-2 code."""
        i = self.country_rows.get(country_code)
        return None if i is None else self.row(i)


def _data_bytes(name: str) -> bytes:
    data = data_bytes(f"geo/{name}")
    return gzip.decompress(data) if name.endswith(".gz") else data


def _data_text(name: str) -> str:
    return _data_bytes(name).decode("utf-8")


def _data_lines(name: str) -> Iterator[str]:
    for line in _data_text(name).split("\n"):
        if line and not line.startswith("#"):
            yield line


@cache
def gazetteer() -> Gazetteer:
    """Load the shipped gazetteer once (about a second; later calls return the same object)."""
    rank = {k: i for i, k in enumerate(KINDS)}
    # Kept as UTF-8 bytes: as a str, a single non-Latin-1 character would double or quadruple its size.
    table = _data_bytes("places.tsv.gz")
    offsets = array("I", [0])
    geonameids = array("q")
    population = array("q")
    previous = 0
    kind_rank = bytearray()
    country_rows: dict[str, int] = {}
    start = 0
    for i, raw in enumerate(table.split(b"\n")[:-1]):
        start += len(raw) + 1
        offsets.append(start)
        delta, kind_b, _, _, _, cc, _, pop, _ = raw.split(b"\t")
        if delta:
            previous += int(delta)
        geonameids.append(previous)
        kind = kind_b.decode("ascii")
        population.append(int(pop or 0))
        kind_rank.append(rank[kind])
        if kind == "country":
            country_rows[cc.decode("ascii")] = i
    names = _data_bytes("names.tsv.gz")
    name_starts = array("I", [0])
    name_tabs = array("I")
    start = 0
    for raw in names.split(b"\n")[:-1]:
        name_tabs.append(start + raw.index(b"\t"))
        start += len(raw) + 1
        name_starts.append(start)
    stopnames = frozenset(fold(w) for w in _data_lines("stopnames.txt"))
    given_names = frozenset(fold(w) for w in _data_lines("given_names.txt"))
    return Gazetteer(table, offsets, geonameids, population, bytes(kind_rank), names, name_starts, name_tabs,
                     stopnames, given_names, country_rows)
