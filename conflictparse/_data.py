"""Reading the data files shipped in ``conflictparse/data``: lexicons, the gazetteer, the JSON Schema."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = ["data_bytes", "data_lines", "data_rows", "data_text"]


def data_bytes(path: str) -> bytes:
    """The bytes of ``data/<path>``."""
    return resources.files("conflictparse").joinpath("data", *path.split("/")).read_bytes()


def data_text(path: str) -> str:
    """The UTF-8 text of ``data/<path>``."""
    return data_bytes(path).decode("utf-8")


def data_lines(path: str) -> Iterator[str]:
    """The lines of ``data/<path>`` that are neither blank nor ``#`` comments, right-stripped; inner tabs are kept."""
    for line in data_text(path).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip()


def data_rows(path: str) -> Iterator[list[str]]:
    """The tab-separated fields of each of :func:`data_lines`."""
    for line in data_lines(path):
        yield line.split("\t")
