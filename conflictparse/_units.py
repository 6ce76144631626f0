"""Unit words after a figure, resolved against quantulum3's unit catalogue.

quantulum3's ``parse()`` configures the root logger, imports inflect (about two seconds of start-up) and, without its
optional classifier, reads "12 minutes" as minutes of arc. Only its catalogue (``units.json``) is used here: read once,
lazily, into an immutable surface -> unit-name index, looked up on the few words after a figure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from ._quantity_lexicon import data_lines

__all__ = ["unit_after", "unit_before"]

# SI prefixes that occur in news text; quantulum3 lists many more (yocto...), which only add false friends.
_PREFIXES = {"k": "kilo", "c": "centi", "m": "milli"}
# Entities preferred when one surface names several units ("minute": time beats angle).
_ENTITY_RANK = {"time": 0, "length": 1, "currency": 2, "area": 3, "mass": 4, "dimensionless": 5, "speed": 6}
_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches"}
_LONGEST_UNIT_WORDS = 3


def _plural(surface: str) -> str:
    if surface in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[surface]
    if surface.endswith(("s", "x", "ch", "sh")):
        return surface + "es"
    if surface.endswith("y") and surface[-2:-1] not in "aeiou":
        return surface[:-1] + "ies"
    return surface + "s"


@cache
def _catalogue() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """(surfaces lower-cased -> unit name, symbols case-sensitive -> unit name)."""
    raw = json.loads(resources.files("quantulum3").joinpath("units.json").read_text(encoding="utf-8"))
    surfaces: dict[str, tuple[int, str]] = {}
    symbols: dict[str, tuple[int, str]] = {}
    allowed_symbols = set(data_lines("unit_symbols.txt"))

    def add(index: dict[str, tuple[int, str]], key: str, rank: int, name: str) -> None:
        if key not in index or rank < index[key][0]:
            index[key] = (rank, name)

    for name, unit in raw.items():
        if unit.get("entity") == "dimensionless" and name != "percentage":
            continue  # "10 times", "3 pieces" are counts, not measures
        rank = _ENTITY_RANK.get(unit.get("entity", ""), 9)
        variants = [(name, unit.get("surfaces", []), unit.get("symbols", []))]
        for prefix in unit.get("prefixes", []):
            if prefix in _PREFIXES:
                long = _PREFIXES[prefix]
                variants.append((long + name, [long + s for s in unit.get("surfaces", [])],
                                 [prefix + s for s in unit.get("symbols", [])]))
        for unit_name, surface_list, symbol_list in variants:
            # An exact name match ranks first: "minute" is the minute, not the minute of arc.
            for surface in surface_list:
                exact = -1 if surface == unit_name else 0
                add(surfaces, surface.lower(), rank + exact * 10, unit_name)
                add(surfaces, _plural(surface.lower()), rank + exact * 10, unit_name)
            for symbol in symbol_list:
                if symbol in allowed_symbols or not any(c.isalpha() for c in symbol):
                    add(symbols, symbol, rank, unit_name)
    for line in data_lines("unit_extra.tsv"):
        surface, name = line.split("\t")
        if not surface.isalpha() or surface.islower():
            surfaces.setdefault(surface.lower(), (0, name))
        symbols.setdefault(surface, (0, name))
    return (MappingProxyType({k: v[1] for k, v in surfaces.items()}),
            MappingProxyType({k: v[1] for k, v in symbols.items()}))


def unit_after(words: list[str]) -> tuple[str, int] | None:
    """The unit named by the first words after a figure, and how many words it took; None if they name no unit."""
    surfaces, symbols = _catalogue()
    for n in range(min(_LONGEST_UNIT_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        name = symbols.get(phrase) or surfaces.get(phrase.lower())
        if name is not None:
            return name, n
    return None


def unit_before(symbol: str) -> str | None:
    """The unit of a symbol written before a figure ("$", "€"), or None."""
    return _catalogue()[1].get(symbol)
