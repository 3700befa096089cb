"""The shared number reader: French and English text numbers, finiteness, domains, named offenders."""

import math

import numpy as np
import pandas as pd
import pytest

from aula_toolkit_plugin.aula_toolkit import numbers as N
from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.zan import cerema


@pytest.mark.parametrize("raw, expected", [
    ("12345,6", 12345.6), ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1\u202f234,5", 1234.5),
    ("1.234,5", 1234.5), ("1.234.567", 1234567.0), ("12.5", 12.5), (" 7 ", 7.0), (3, 3.0), (2.5, 2.5),
    ("-4,25", -4.25), ("1e3", 1000.0),
])
def test_text_numbers_are_read_the_french_and_english_way(raw, expected):
    assert N.parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", [None, "", "  ", "NULL", "n/a"])
def test_empty_cells_are_missing(raw):
    assert N.parse_number(raw) is None
    assert N.is_missing(raw)


def test_nan_text_is_a_bad_value_not_an_empty_cell():
    assert not N.is_missing("nan") and math.isnan(N.parse_number("nan"))
    assert [r for r, _ in N.read_numbers(["nan"]).non_finite] == [1]


def test_bad_cells_are_listed_with_their_rows():
    column = N.read_numbers(["10", "abc", "inf", "-5", None, float("nan"), "1e308"], N.SURFACE_M2,
                            ["a", "b", "c", "d", "e", "f", "g"])
    assert column.values[0] == 10 and np.isnan(column.values[1:]).all()
    assert [r for r, _ in column.unreadable] == ["b"]
    assert sorted(r for r, _ in column.non_finite) == ["c", "f"]
    assert sorted(r for r, _ in column.out_of_domain) == ["d", "g"]
    message = N.bad_values_message(column, "sites.gpkg", "surface", N.SURFACE_M2)
    assert "sites.gpkg" in message.fr and "surface" in message.en and "b = 'abc'" in message.en


def test_parameter_check_states_the_range_in_both_languages():
    assert N.check_parameter(50, "DEFAULT_OBJECTIVE", N.PERCENT) == 50
    for bad in (math.nan, math.inf, 101, -1):
        with pytest.raises(AulaInputError) as err:
            N.check_parameter(bad, "DEFAULT_OBJECTIVE", N.PERCENT)
        assert "entre 0 et 100" in err.value.fr and "between 0 and 100" in err.value.en


@pytest.mark.parametrize("cell", ["inf", "-3", "1e308", np.inf, -3.0])
def test_cerema_refuses_non_finite_and_negative_surfaces(cell):
    frame = pd.DataFrame({"idcom": ["62001", "62002"], **{f"naf{y:02d}art{y + 1:02d}": [10.0, 20.0]
                                                        for y in range(11, 21)}})
    frame["naf12art13"] = frame["naf12art13"].astype(object)
    frame.loc[1, "naf12art13"] = cell
    with pytest.raises(AulaInputError) as err:
        cerema.consumption_from_frame(frame, "conso.csv")
    assert "62002" in err.value.fr and "naf12art13" in err.value.en


def test_cerema_reads_decimal_comma_and_spaces():
    frame = pd.DataFrame({"idcom": ["62001"], **{f"naf{y:02d}art{y + 1:02d}": ["1 234,5"] for y in range(11, 21)}})
    table = cerema.consumption_from_frame(frame, "conso.csv")
    assert table.total[0, 0] == pytest.approx(1234.5)
