"""Actors: states, their metonyms, forces, bodies, organisations and people (stub, filled by the actors work)."""

from __future__ import annotations

from typing import Any

import attrs

from ._text import check_text, span_dict

__all__ = ["Actor", "parse_actors"]


@attrs.frozen
class Actor:
    """A mention of an actor with its canonical name, ISO alpha-3 country (or None) and kind."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    kind: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "name": self.name, "country": self.country,
                "kind": self.kind}


def parse_actors(text: str) -> tuple[Actor, ...]:
    """Find every actor mention in ``text``."""
    check_text(text)
    return ()
