"""The compact gazetteer behind :mod:`conflictparse.locations`: loaded lazily once, immutable, shared by threads.

The data is derived from GeoNames (CC BY 4.0) by ``scripts/build_gazetteer.py`` and shipped as two gzip TSV files
under ``conflictparse/data/geo``: ``places.tsv.gz`` (one row per place) and ``names.tsv.gz`` (a folded name and the
rows that carry it). Hand-written lists sit beside them: ``regions.tsv`` (continents, world regions, seas),
``aliases.tsv`` (short forms such as "U.S." or "NSW") and ``stopnames.txt`` (capitalised words that are rarely places).
"""

from __future__ import annotations

import gzip
import math
import unicodedata
from array import array
from collections.abc import Iterator
from functools import cache
from importlib import resources

import attrs
import regex

__all__ = ["Gazetteer", "Row", "fold", "gazetteer", "haversine_km"]

#: Feature kinds, in the order a bare name prefers them when nothing else decides.
KINDS = ("continent", "country", "region", "admin1", "admin2", "city", "town", "village")

_APOSTROPHES_DOTS = regex.compile(r"['’`ʼ‘.]")
_SEPARATORS = regex.compile(r"[\s\-‐‑–—_/]+")


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


@attrs.frozen
class Gazetteer:
    """Rows as raw TSV lines plus numeric arrays for ranking, and a folded-name index."""

    table: bytes
    offsets: array  # type: ignore[type-arg]
    geonameids: array  # type: ignore[type-arg]
    population: array  # type: ignore[type-arg]
    kind_rank: bytes
    names: dict[str, int | tuple[int, ...]]
    stopnames: frozenset[str]
    country_rows: dict[str, int]

    def lookup(self, key: str) -> tuple[int, ...]:
        """Row indices whose names fold to ``key`` (empty when none)."""
        hit = self.names.get(key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def row(self, index: int) -> Row:
        """Decode one row."""
        line = self.table[self.offsets[index]:self.offsets[index + 1] - 1].decode("utf-8")
        delta, kind, name, lat, lon, cc, admin1, pop = line.split("\t")
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
        )

    def country_row(self, country_code: str) -> Row | None:
        """The country entry for an ISO alpha-2 code."""
        i = self.country_rows.get(country_code)
        return None if i is None else self.row(i)


def _data_bytes(name: str) -> bytes:
    data = resources.files("conflictparse").joinpath("data/geo", name).read_bytes()
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
        delta, kind_b, _, _, _, cc, _, pop = raw.split(b"\t")
        if delta:
            previous += int(delta)
        geonameids.append(previous)
        kind = kind_b.decode("ascii")
        population.append(int(pop or 0))
        kind_rank.append(rank[kind])
        if kind == "country":
            country_rows[cc.decode("ascii")] = i
    names: dict[str, int | tuple[int, ...]] = {}
    for line in _data_lines("names.tsv.gz"):
        key, _, ids = line.partition("\t")
        if "," in ids:
            names[key] = tuple(int(x) for x in ids.split(","))
        else:
            names[key] = int(ids)
    stopnames = frozenset(fold(w) for w in _data_lines("stopnames.txt"))
    return Gazetteer(table, offsets, geonameids, population, bytes(kind_rank), names, stopnames, country_rows)
