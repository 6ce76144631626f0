"""Quantities: counts and measures with bounds, unit and casualty category (stub, filled by the quantities work)."""

from __future__ import annotations

from typing import Any

import attrs

from ._text import check_text, span_dict

__all__ = ["CasualtyTotal", "Quantity", "casualty_totals", "parse_quantities"]


@attrs.frozen
class Quantity:
    """A number in the text with its bounds; ``high`` is None when the amount is open-ended."""

    start: int
    end: int
    text: str
    low: int | float
    high: int | float | None
    unit: str | None = None
    category: str | None = None
    subject: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form, as in the contract of ``Report.to_dict()``."""
        return {**span_dict(self.start, self.end, self.text), "low": self.low, "high": self.high,
                "unit": self.unit, "category": self.category, "subject": self.subject}


@attrs.frozen
class CasualtyTotal:
    """A report's own total for one casualty category."""

    category: str
    low: int
    high: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form: ``{"low": int, "high": int or None}``."""
        return {"low": self.low, "high": self.high}


def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Find every quantity in ``text``."""
    check_text(text)
    return ()


def casualty_totals(quantities: tuple[Quantity, ...], text: str = "") -> dict[str, CasualtyTotal]:
    """The report's total per casualty category, not counting a restated figure twice."""
    return {}
