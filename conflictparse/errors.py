"""Exceptions raised by conflictparse.

Every parser accepts any ``str`` and returns a result; these are raised only for arguments
of the wrong type or an impossible value, and they subclass the built-in exceptions so that
callers' ``except TypeError`` / ``except ValueError`` keep working.
"""

from __future__ import annotations

__all__ = ["ArgumentTypeError", "ArgumentValueError", "ConflictParseError"]


class ConflictParseError(Exception):
    """Base class of every exception this library raises."""


class ArgumentTypeError(ConflictParseError, TypeError):
    """An argument has the wrong type, such as ``bytes`` where text is expected."""


class ArgumentValueError(ConflictParseError, ValueError):
    """An argument has the right type but a value the library cannot use."""
