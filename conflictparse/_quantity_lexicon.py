"""Lexicon files of the quantities parser (conflictparse/data/quantities), read lazily and cached."""

from __future__ import annotations

from functools import cache

from . import _data

__all__ = ["data_lines"]


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a data file, right-stripped; tabs inside a line are kept."""
    return tuple(_data.data_lines(f"quantities/{name}"))
