"""Artificialisation and renaturation from the two stocks alone (no DIFFERENCE): overlay of their artificial
polygons, on hand-made polygons with exact areas (zan.md §5, R19)."""

from __future__ import annotations

import pandas as pd
import pytest
from shapely.geometry import box

from aula_toolkit_plugin.aula_toolkit.zan import artif, ocsge
from aula_toolkit_plugin.aula_toolkit.zan.ocsge_io import PolygonLayer


def communes():
    """A, B (62) side by side, C (62) above A, D (59) above B; 1 km² each."""
    return artif.Communes(["62001", "62002", "62003", "59001"], ["A", "B", "C", "D"],
                          [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(0, 1000, 1000, 2000),
                           box(1000, 1000, 2000, 2000)])


def layer(rows, year, dep):
    frame = pd.DataFrame([{"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif" if a else "non artif"}
                          for _, a in rows])
    return PolygonLayer(frame, [g.wkb for g, _ in rows], f"artif_{year}_{dep}",
                        ocsge.Delivery("stock", dep, (year,)))


UNCHANGED = box(100, 100, 120, 120)  # 400 m² in A, artificial at both millésimes
SPLIT = box(950, 400, 1050, 500)  # 5000 m² in A + 5000 in B, artificial in 2018
SPLIT_KEPT, SPLIT_FREED = box(950, 400, 1020, 500), box(1020, 400, 1050, 500)  # 2021: 7000 artif, 3000 not (in B)
NEW_ACROSS = box(990, 600, 1010, 620)  # new in 2021: 200 m² in A, 200 in B
MOVED_BEFORE, MOVED_AFTER = box(1500, 500, 1540, 540), box(1520, 500, 1560, 540)  # reshaped: 800 kept, 800 ± 800
RENATURED = box(100, 1100, 140, 1140)  # 1600 m² in C, artificial in 2018 only (same geometry in 2021)
STILL = box(1500, 1500, 1600, 1600)  # D: artificial at both, nothing changes


def stocks():
    before = layer([(UNCHANGED, True), (SPLIT, True), (MOVED_BEFORE, True), (RENATURED, True)], 2018, "62")
    after = layer([(UNCHANGED, True), (SPLIT_KEPT, True), (SPLIT_FREED, False), (NEW_ACROSS, True),
                   (MOVED_AFTER, True), (RENATURED, False)], 2021, "62")
    return before, after, layer([(STILL, True)], 2018, "59"), layer([(STILL, True)], 2021, "59")


def test_two_stocks_give_artificialisation_and_renaturation_per_commune():
    result = artif.compute(communes(), list(stocks()), [], None, ocsge.METHOD_ARTIF)
    t = result.territories.set_index("territoire_id")
    expected = {  # (artificialisation m², renaturation m²)
        "62001": (200, 0),  # new polygon across A|B; the split polygon keeps all of its A part
        "62002": (200 + 800, 3000 + 800),  # new across, reshaped polygon; freed part of the split polygon
        "62003": (0, 1600),  # renaturation only
        "59001": (0, 0),  # no change = 0
    }
    for code, (up, down) in expected.items():
        assert t.loc[code, "artificialisation_ha"] * 1e4 == pytest.approx(up, abs=1e-6), code
        assert t.loc[code, "renaturation_ha"] * 1e4 == pytest.approx(down, abs=1e-6), code
        assert t.loc[code, "net_ha"] * 1e4 == pytest.approx(up - down, abs=1e-6), code
        assert t.loc[code, "net_ha"] == pytest.approx(t.loc[code, "stock_apres_ha"] - t.loc[code, "stock_avant_ha"])
    assert t.loc["62002", "net_ha_an"] * 1e4 == pytest.approx(-2800 / 3)
    assert pd.isna(t.loc["62001", "ecart_ha"])  # no difference layer: no consistency check to make
    changes = result.changes
    sums = changes.groupby(["insee_com", "sens"])["surface_m2"].sum()
    for code, (up, down) in expected.items():
        assert sums.get((code, 1), 0.0) == pytest.approx(up), code
        assert sums.get((code, -1), 0.0) == pytest.approx(down), code
    assert sum(g.area for g in result.change_geoms) == pytest.approx(changes["surface_m2"].sum())
    freed = changes[(changes["sens"] == -1) & (changes["surface_m2"].round() == 3000)]
    assert freed["cs_avant"].tolist() == ["CS1.1.1.1"] and freed["cs_apres"].tolist() == [""]
    assert set(changes["classe"]) == {"artificialisation", "renaturation"}


def test_two_stocks_agree_with_the_difference_layer_of_the_same_change():
    """The overlay of the stocks gives what IGN's difference layer says for the same change."""
    before, after, d59a, d59b = stocks()
    diff_rows = [(NEW_ACROSS, 1), (MOVED_AFTER.difference(MOVED_BEFORE), 1), (MOVED_BEFORE.difference(MOVED_AFTER), -1),
                 (SPLIT_FREED, -1), (RENATURED, -1)]
    frame = pd.DataFrame([{"cs_2018": "", "us_2018": "", "cs_2021": "", "us_2021": "", "artificialisation": s}
                          for _, s in diff_rows])
    diff = PolygonLayer(frame, [g.wkb for g, _ in diff_rows], "diff_2018_2021_62",
                        ocsge.Delivery("difference", "62", (2018, 2021)))
    from_stocks = artif.compute(communes(), [before, after], [], None, ocsge.METHOD_ARTIF).territories
    from_diff = artif.compute(communes(), [], [diff], None, ocsge.METHOD_ARTIF).territories
    a, b = from_stocks.set_index("territoire_id"), from_diff.set_index("territoire_id")
    for code in ("62001", "62002", "62003"):
        for column in ("artificialisation_ha", "renaturation_ha", "net_ha"):
            assert a.loc[code, column] == pytest.approx(b.loc[code, column], abs=1e-9), (code, column)


def test_grouped_territories_sum_the_communes_flows():
    from aula_toolkit_plugin.aula_toolkit.zan.counters import Membership

    membership = Membership(pd.Series({"62001": "T1", "62002": "T1", "62003": "T2", "59001": "T2"}),
                            {"T1": "Un", "T2": "Deux"}, "territoire", "test")
    t = artif.compute(communes(), list(stocks()), [], membership, ocsge.METHOD_ARTIF).territories.set_index(
        "territoire_id")
    assert t.loc["T1", "artificialisation_ha"] * 1e4 == pytest.approx(1200)
    assert t.loc["T1", "renaturation_ha"] * 1e4 == pytest.approx(3800)
    assert t.loc["T2", "renaturation_ha"] * 1e4 == pytest.approx(1600)
