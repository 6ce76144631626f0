"""Stances: who said, denied, accused, condemned... and about whom (stub, filled by the stances work)."""

from __future__ import annotations

from typing import Any

import attrs

from ._text import check_text, span_dict
from .actors import Actor

__all__ = ["Claim", "Stance", "parse_stances"]


@attrs.frozen
class Claim:
    """The span of what was said, denied or claimed."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return span_dict(self.start, self.end, self.text)


@attrs.frozen
class Stance:
    """An actor's stance, anchored on its cue words (``start``/``end``/``text``)."""

    start: int
    end: int
    text: str
    actor: Actor
    stance: str
    target: Actor | None = None
    claim: Claim | None = None
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "actor": self.actor.to_dict(), "stance": self.stance,
                "target": self.target.to_dict() if self.target else None,
                "claim": self.claim.to_dict() if self.claim else None, "negated": self.negated}


def parse_stances(text: str) -> tuple[Stance, ...]:
    """Find every stance in ``text``."""
    check_text(text)
    return ()
