"""Lexicon files of the quantities parser (conflictparse/data/quantities), read lazily and cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["data_lines"]


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a data file, right-stripped; tabs inside a line are kept."""
    text = resources.files("conflictparse").joinpath("data", "quantities", name).read_text(encoding="utf-8")
    return tuple(line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
