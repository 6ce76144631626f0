from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import conflictparse
from conflictparse.cli import main

from .conftest import EXAMPLE


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_is_exactly_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(EXAMPLE), "--published", "2022-03-31", "--format", "json"], capsys)
    expected = conflictparse.parse_report(EXAMPLE.read_text(encoding="utf-8"), published=dt.date(2022, 3, 31))
    assert code == 0
    assert json.loads(out) == expected.to_dict()


def test_jsonl_gives_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(EXAMPLE), str(EXAMPLE), "--format", "jsonl"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert json.loads(lines[0]) == json.loads(lines[1])


def test_text_summary_names_the_file_and_sections(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(EXAMPLE), "--published", "2022-03-31"], capsys)
    assert code == 0
    assert str(EXAMPLE) in out and "published 2022-03-31" in out
    for section in ("quantities", "dates", "locations", "stances"):
        assert f"\n{section} (" in out


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "At least ten people were killed on Tuesday."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, _ = run(["-", "--format", "json", "--published", "2022-03-02"], capsys)
    assert code == 0
    assert json.loads(out) == conflictparse.parse_report(text, published=dt.date(2022, 3, 2)).to_dict()


def test_text_summary_says_where_an_unknown_place_lies(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    text = ("A resident of Kivolendo, a suburb east of Harare, said the taps ran dry. "
            "Drones hit the village of Zzyxovka.")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, _ = run(["-"], capsys)
    assert code == 0
    assert "'Kivolendo': unresolved, within Harare, ZW" in out
    assert "'Harare': Harare, " in out and "'Zzyxovka': unresolved\n" in out


def test_missing_file_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(tmp_path / "absent.txt")], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "absent.txt" in err


@pytest.mark.parametrize("bad", ["0999-12-31", "2022-13-01", "yesterday", "02/03/2022"])
def test_bad_date_is_one_line_and_exit_2(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(EXAMPLE), "--published", bad])
    _, err = capsys.readouterr()
    assert info.value.code == 2
    assert err.count("\n") == 1 and bad in err


def test_python_dash_m_runs_the_same_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "conflictparse", "--version"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"conflictparse {conflictparse.__version__}"


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    many = [str(EXAMPLE)] * 40
    proc = subprocess.run(f"{sys.executable} -m conflictparse {' '.join(many)} | head -1", shell=True,
                          capture_output=True, text=True, check=False)
    assert proc.stdout.startswith("== ")
    assert "Traceback" not in proc.stderr


def test_stdin_bytes_that_are_not_utf8_give_valid_json() -> None:
    proc = subprocess.run([sys.executable, "-m", "conflictparse", "-", "--format", "json"],
                          input=b"Shelling hit Kharkiv \xf6 on Tuesday.", capture_output=True, check=False)
    assert proc.returncode == 0
    report = json.loads(proc.stdout.decode("utf-8"))
    assert [loc["text"] for loc in report["locations"]] == ["Kharkiv"]


def test_offsets_count_in_the_file_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A byte-order mark and Windows line endings stay in the text the offsets count in; the dateline still reads.
    path = tmp_path / "report.txt"
    path.write_bytes("\ufeffKYIV \u2014 Shelling hit the city.\r\nMoscow denied it.\r\n".encode())
    code, out, _ = run([str(path), "--format", "json"], capsys)
    text = path.read_bytes().decode("utf-8")
    locations = json.loads(out)["locations"]
    assert code == 0 and [loc["text"] for loc in locations] == ["KYIV", "Moscow"]
    assert all(text[loc["start"]:loc["end"]] == loc["text"] for loc in locations)
