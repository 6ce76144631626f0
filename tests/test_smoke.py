import datetime as dt

import pytest

import conflictparse
from conflictparse.errors import ArgumentTypeError


def test_report_has_every_contract_key() -> None:
    d = conflictparse.parse_report("Nothing happened.", published=dt.date(2022, 3, 2)).to_dict()
    assert set(d) >= {"dates", "quantities", "casualties", "locations", "actors", "stances"}


@pytest.mark.parametrize("bad", [b"bytes", None, 3])
def test_non_text_raises_type_error(bad: object) -> None:
    with pytest.raises(ArgumentTypeError):
        conflictparse.parse_report(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        conflictparse.parse_quantities(bad)  # type: ignore[arg-type]
