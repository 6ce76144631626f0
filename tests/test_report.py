from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse
from conflictparse.errors import ArgumentTypeError, ConflictParseError

from .strategies import any_text, news_like_text, publication_dates

CONTRACT_KEYS = {"dates", "quantities", "casualties", "locations", "actors", "stances"}
VALIDATOR = jsonschema.Draft202012Validator(conflictparse.report_schema())


def spans_of(d: dict[str, Any]) -> list[dict[str, Any]]:
    out = [*d["dates"], *d["quantities"], *d["locations"], *d["actors"]]
    for s in d["stances"]:
        out += [s, s["actor"], *(x for x in (s["target"], s["claim"]) if x)]
    return out


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(conflictparse.report_schema())


def test_schema_rejects_a_broken_report() -> None:
    broken = {k: [] for k in CONTRACT_KEYS} | {"casualties": {"killed": {"low": -1, "high": None}}}
    assert not VALIDATOR.is_valid(broken)


def test_example_report_matches_schema_and_round_trips_through_json(example_text: str) -> None:
    d = conflictparse.parse_report(example_text, published=dt.date(2022, 3, 31)).to_dict()
    VALIDATOR.validate(d)
    assert json.loads(json.dumps(d)) == d
    for item in spans_of(d):
        assert example_text[item["start"]:item["end"]] == item["text"]


def test_seed_report_matches_schema(seed_text: str) -> None:
    d = conflictparse.parse_report(seed_text, published=dt.date(2022, 3, 2)).to_dict()
    VALIDATOR.validate(d)
    for item in spans_of(d):
        assert seed_text[item["start"]:item["end"]] == item["text"]
    assert d["casualties"]["killed"] == {"low": 10, "high": None}
    places = {loc["text"]: loc["country_code"] for loc in d["locations"]}
    assert {places[name] for name in ("KYIV", "Kharkiv", "Kherson", "Borodianka", "Mariupol")} == {"UA"}
    assert {"2022-03-01", "2022-02-24", "2022-03-01TEV", "P6D"} <= {x["value"] for x in d["dates"]}
    assert ("RUS", "deny") in {(s["actor"]["country"], s["stance"]) for s in d["stances"]}


def test_same_input_same_output(example_text: str) -> None:
    a = conflictparse.parse_report(example_text, published=dt.date(2022, 3, 31)).to_dict()
    b = conflictparse.parse_report(example_text, published=dt.date(2022, 3, 31)).to_dict()
    assert a == b


def test_datetime_published_is_reduced_to_its_date() -> None:
    r = conflictparse.parse_report("Two people died on Monday.", published=dt.datetime(2022, 3, 2, 23, 59))
    assert r.published == dt.date(2022, 3, 2)


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a list"]])
def test_non_text_raises_a_type_error_of_the_library(bad: object) -> None:
    for parse in (conflictparse.parse_report, conflictparse.parse_quantities, conflictparse.parse_dates,
                  conflictparse.parse_locations, conflictparse.parse_actors, conflictparse.parse_stances):
        with pytest.raises(ArgumentTypeError) as info:
            parse(bad)  # type: ignore[arg-type]
        assert isinstance(info.value, TypeError) and isinstance(info.value, ConflictParseError)


@pytest.mark.parametrize("bad", ["2022-03-02", 20220302])
def test_published_of_the_wrong_type_raises(bad: object) -> None:
    with pytest.raises(ArgumentTypeError, match="published"):
        conflictparse.parse_report("text", published=bad)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(text=any_text | news_like_text, published=publication_dates)
def test_any_text_gives_a_schema_valid_report(text: str, published: dt.date) -> None:
    d = conflictparse.parse_report(text, published=published).to_dict()
    VALIDATOR.validate(d)
    for item in spans_of(d):
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"]:item["end"]] == item["text"]


def shifted(d: Any, by: int) -> Any:
    """``d`` with every span moved ``by`` characters, the way a prefix of that length should move it."""
    if isinstance(d, dict):
        return {k: (v + by if k in ("start", "end") and isinstance(v, int) else shifted(v, by)) for k, v in d.items()}
    if isinstance(d, list):
        return [shifted(x, by) for x in d]
    return d


@settings(max_examples=30, deadline=None)
@given(text=news_like_text, blank_lines=st.integers(min_value=1, max_value=5), published=publication_dates)
def test_leading_blank_lines_shift_every_span_and_change_nothing_else(text: str, blank_lines: int,
                                                                       published: dt.date) -> None:
    prefix = "\n" * blank_lines
    plain = conflictparse.parse_report(text, published=published).to_dict()
    padded = conflictparse.parse_report(prefix + text, published=published).to_dict()
    assert padded == shifted(plain, len(prefix))


def test_example_report_shifts_with_a_prefix(example_text: str) -> None:
    plain = conflictparse.parse_report(example_text, published=dt.date(2022, 3, 31)).to_dict()
    padded = conflictparse.parse_report("\n\n" + example_text, published=dt.date(2022, 3, 31)).to_dict()
    assert padded == shifted(plain, 2)


def test_readme_examples_run() -> None:
    import doctest

    from .conftest import ROOT

    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("module", ["conflictparse", "conflictparse.actors", "conflictparse.stances",
                                    "conflictparse.quantities", "conflictparse.dates", "conflictparse.locations"])
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_output_does_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    from .conftest import EXAMPLE

    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "conflictparse", str(EXAMPLE), "--format", "json",
                               "--published", "2022-03-31"], capture_output=True, text=True, check=True, env=env)
        outputs.add(proc.stdout)
    assert len(outputs) == 1


def test_threads_share_the_lazy_data_safely_from_a_cold_start() -> None:
    import subprocess
    import sys

    from .conftest import EXAMPLE

    code = f"""
import concurrent.futures, datetime, json, conflictparse
text = open({str(EXAMPLE)!r}, encoding="utf-8").read()
def run(_):
    return json.dumps(conflictparse.parse_report(text, published=datetime.date(2022, 3, 31)).to_dict(), sort_keys=True)
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    results = set(pool.map(run, range(8)))
print(len(results), results.pop() == run(0))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["1", "True"]


def test_report_parts_equal_the_parsers_called_alone(seed_text: str) -> None:
    published = dt.date(2022, 3, 2)
    report = conflictparse.parse_report(seed_text, published=published)
    assert report.quantities == conflictparse.parse_quantities(seed_text)
    assert report.dates == conflictparse.parse_dates(seed_text, published=published)
    assert report.locations == conflictparse.parse_locations(seed_text)
    assert report.actors == conflictparse.parse_actors(seed_text)
    assert report.stances == conflictparse.parse_stances(seed_text)


def test_a_report_is_frozen_all_through() -> None:
    report = conflictparse.parse_report("Two people were killed in Kyiv on Tuesday.")
    assert hash(report) == hash(conflictparse.parse_report("Two people were killed in Kyiv on Tuesday."))
    assert report.casualties == {"killed": report.casualties["killed"]} and len(report.casualties) == 1
    with pytest.raises(TypeError):
        report.casualties["killed"] = report.casualties["killed"]  # type: ignore[index]
