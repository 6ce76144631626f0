"""conflictparse: conflict news reports into typed, checkable data.

>>> import conflictparse
>>> [(q.low, q.category) for q in conflictparse.parse_quantities("At least ten people were killed.")]
[(10, 'killed')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import errors
from .actors import Actor, parse_actors
from .dates import DateMention, parse_dates
from .locations import Candidate, Location, Place, Relation, parse_locations
from .quantities import CasualtyTotal, Quantity, parse_quantities
from .report import Report, Totals, parse_report, report_schema
from .stances import Claim, Stance, parse_stances

try:
    __version__ = version("conflictparse")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "Candidate",
    "CasualtyTotal",
    "Claim",
    "DateMention",
    "Location",
    "Place",
    "Quantity",
    "Relation",
    "Report",
    "Stance",
    "Totals",
    "__version__",
    "errors",
    "parse_actors",
    "parse_dates",
    "parse_locations",
    "parse_quantities",
    "parse_report",
    "parse_stances",
    "report_schema",
]
