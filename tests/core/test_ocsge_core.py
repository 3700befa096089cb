"""Net artificialisation from OCS GE (rule R19) on hand-made polygons: every rule, exact areas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.zan import artif, ocsge
from aula_toolkit_plugin.aula_toolkit.zan.counters import Membership
from aula_toolkit_plugin.aula_toolkit.zan.ocsge_io import PolygonLayer
from aula_toolkit_plugin.aula_toolkit.zan.overlay import Zones, overlay_areas


def communes():
    """A, B (62) side by side, C (62) above A never changes, D (59) above B."""
    return artif.Communes(["62001", "62002", "62003", "59001"], ["A", "B", "C", "D"],
                          [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(0, 1000, 1000, 2000),
                           box(1000, 1000, 2000, 2000)])


def layer(rows, label, dep, years, product="stock"):
    frame = pd.DataFrame([r[1] for r in rows])
    return PolygonLayer(frame, [r[0].wkb for r in rows], label, ocsge.Delivery(product, dep, years))


def stock(year, extra=()):
    rows = [
        (box(100, 100, 120, 120), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"}),  # 400 m² in A
        (box(950, 400, 1050, 500), {"code_cs": "CS1.1.1.2", "code_us": "US4.1.1", "artif": "artif"}),  # 5000|5000
        (box(0, 1000, 1000, 2000), {"code_cs": "CS2.2.1", "code_us": "US1.1", "artif": "non artif"}),  # C: fields
    ]
    return layer(rows + list(extra), f"artif_{year}_62", "62", (year,))


def test_overlay_cuts_only_polygons_crossing_a_boundary():
    zones = Zones.build(communes().geoms)
    geoms = [box(10, 10, 20, 20), box(990, 10, 1010, 30), box(-500, -500, -400, -400), box(900, 900, 1100, 1100)]
    result = overlay_areas([g.wkb for g in geoms], zones)
    got = {(int(p), int(z)): round(a, 6) for p, z, a in zip(result.polygon, result.zone, result.area)}
    assert got == {(0, 0): 100.0, (1, 0): 200.0, (1, 1): 200.0, (3, 0): 10000.0, (3, 1): 10000.0,
                   (3, 2): 10000.0, (3, 3): 10000.0}


def test_net_artificialisation_crossing_a_commune_boundary_renaturation_and_no_change():
    new_a = (box(300, 300, 330, 330), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"})  # 900
    across = (box(990, 500, 1010, 520), {"code_cs": "CS1.1.1.1", "code_us": "US2", "artif": "artif"})  # 200|200
    old_b = (box(1500, 500, 1540, 540), {"code_cs": "CS1.1.2.1", "code_us": "US2", "artif": "artif"})  # 1600 in B
    before = stock(2018, [old_b])
    after = stock(2021, [new_a, across])
    diff = layer([
        (box(300, 300, 330, 330), {"cs_2018": "CS2.2.1", "us_2018": "US1.1", "cs_2021": "CS1.1.1.1",
                                   "us_2021": "US5", "artificialisation": 1}),
        (box(990, 500, 1010, 520), {"cs_2018": "CS2.2.1", "us_2018": "US1.1", "cs_2021": "CS1.1.1.1",
                                    "us_2021": "US2", "artificialisation": 1}),
        (box(1500, 500, 1540, 540), {"cs_2018": "CS1.1.2.1", "us_2018": "US2", "cs_2021": "CS2.1.1.1",
                                     "us_2021": "US6.3", "artificialisation": -1}),
    ], "diff_2018_2021_62", "62", (2018, 2021), "difference")
    result = artif.compute(communes(), [before, after], [diff], None, ocsge.METHOD_ARTIF)
    t = result.territories.set_index("territoire_id")
    assert t.loc["62001", "stock_avant_ha"] == pytest.approx((400 + 5000) / 1e4)
    assert t.loc["62001", "stock_apres_ha"] == pytest.approx((400 + 5000 + 900 + 200) / 1e4)
    assert t.loc["62001", "artificialisation_ha"] == pytest.approx(0.11)
    assert t.loc["62002", "artificialisation_ha"] == pytest.approx(0.02)
    assert t.loc["62002", "renaturation_ha"] == pytest.approx(0.16)
    assert t.loc["62002", "net_ha"] == pytest.approx(-0.14)
    assert t.loc["62002", "net_ha_an"] == pytest.approx(-0.14 / 3)
    assert t.loc["62003", ["stock_avant_ha", "stock_apres_ha", "net_ha", "artificialisation_ha"]].tolist() == [0, 0, 0, 0]
    assert t.loc["62001", "stock_avant_pct"] == pytest.approx(5400 * 100 / 1e6)
    assert (t.loc[["62001", "62002", "62003"], "ecart_ha"].abs() < 1e-9).all()
    assert (t.loc[["62001", "62002", "62003"], "ecart_signale"] == 0).all()
    assert t.loc["62001", "couverture"] == ocsge.COVERAGE_UNIFORM
    assert t.loc["59001", "couverture"] == ocsge.COVERAGE_NO_DATA
    changes = result.changes
    assert sorted(changes["insee_com"]) == ["62001", "62001", "62002", "62002"]
    assert sorted(round(a) for a in changes["surface_m2"]) == [200, 200, 900, 1600]
    assert set(changes["classe"]) == {"artificialisation", "renaturation"}
    assert sum(g.area for g in result.change_geoms) == pytest.approx(2900)


def test_two_departements_with_different_millesimes_are_complete_not_uniform():
    d59 = lambda year, extra=(): layer(  # noqa: E731
        [(box(1200, 1200, 1300, 1300), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"})] + list(extra),
        f"artif_{year}_59", "59", (year,))
    grown = (box(1400, 1400, 1500, 1500), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"})
    membership = Membership(pd.Series(["EPCI1"] * 4, index=["62001", "62002", "62003", "59001"]),
                            {"EPCI1": "Interdépartementale"}, "table", "test")
    result = artif.compute(communes(), [stock(2018), stock(2021), d59(2017), d59(2020, [grown])], [], membership,
                           ocsge.METHOD_ARTIF)
    row = result.territories.iloc[0]
    assert row["couverture"] == ocsge.COVERAGE_NOT_UNIFORM
    assert row["millesimes"] == "D059 : 2017→2020 ; D062 : 2018→2021"
    assert row["net_ha"] == pytest.approx(1.0)
    assert row["millesime_avant"] == "2017, 2018"
    partial = artif.compute(communes(), [stock(2018), stock(2021)], [], membership, ocsge.METHOD_ARTIF)
    assert partial.territories.iloc[0]["couverture"] == ocsge.COVERAGE_PARTIAL


def test_thresholds_of_the_decret_and_both_matrix_variants():
    cs = ["CS1.1.1.1", "CS1.1.1.1", "CS1.1.1.2", "CS1.1.1.2", "CS2.2.1", "CS1.1.2.1", "CS2.2.1"]
    us = ["US5", "US5", "US3", "US3", "US6.1", "US1.3", "US1.1"]
    area = [40, 60, 2000, 3000, 3000, 5000, 5000]
    with_us6, below = ocsge.artificial_with_thresholds(np.array(cs, dtype=object), np.array(us, dtype=object), area)
    assert with_us6.tolist() == [False, True, False, True, True, False, False]
    assert below.tolist() == [True, False, True, False, False, False, False]
    without, _ = ocsge.artificial_with_thresholds(np.array(cs, dtype=object), np.array(us, dtype=object), area,
                                                  with_us6=False)
    assert without.tolist() == [False, True, False, True, False, False, False]


def test_matrix_method_on_stock_layers_and_consistency_flag():
    small_building = (box(500, 500, 505, 505), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"})  # 25 m²
    before = stock(2018)
    after = stock(2021, [small_building])
    result = artif.compute(communes(), [before, after], [], None, ocsge.METHOD_MATRIX)
    assert result.territories.set_index("territoire_id").loc["62001", "net_ha"] == pytest.approx(0.0)
    by_ign = artif.compute(communes(), [before, after], [], None, ocsge.METHOD_ARTIF)
    assert by_ign.territories.set_index("territoire_id").loc["62001", "net_ha"] == pytest.approx(0.0025)
    big = (box(100, 600, 300, 700), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "artif"})  # 2 ha missing
    diff = layer([(box(300, 300, 330, 330), {"cs_2018": "CS2.2.1", "us_2018": "US1.1", "cs_2021": "CS1.1.1.1",
                                             "us_2021": "US5", "artificialisation": 1})],
                 "diff", "62", (2018, 2021), "difference")
    flagged = artif.compute(communes(), [stock(2018), stock(2021, [big])], [diff], None, ocsge.METHOD_ARTIF)
    row = flagged.territories.set_index("territoire_id").loc["62001"]
    assert row["ecart_ha"] == pytest.approx(0.09 - 2.0)
    assert row["ecart_signale"] == 1
    assert any("0,5 ha" in w.fr for w in flagged.warnings)


def test_field_name_variants_and_bad_values_are_named():
    upper = layer([(box(300, 300, 330, 330), {"CS_2018": "CS2.2.1", "US_2018": "US1.1", "CS_2021": "CS1.1.1.1",
                                              "US_2021": "US5", "ARTIFICIALISATION": 1})],
                  "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16", "62", (), "difference")
    result = artif.compute(communes(), [], [upper], None, ocsge.METHOD_ARTIF)
    assert result.territories.set_index("territoire_id").loc["62001", "net_ha"] == pytest.approx(0.09)
    bad = stock(2018, [(box(1, 1, 2, 2), {"code_cs": "CS1.1.1.1", "code_us": "US5", "artif": "peut-être"})])
    with pytest.raises(AulaInputError, match="peut-être"):
        artif.compute(communes(), [bad, stock(2021)], [], None, ocsge.METHOD_ARTIF)
    no_field = layer([(box(1, 1, 2, 2), {"code_cs": "CS1.1.1.1"})], "couche_sans_artif", "62", (2018,))
    with pytest.raises(AulaInputError, match="couche_sans_artif.*artif"):
        artif.compute(communes(), [no_field, stock(2021)], [], None, ocsge.METHOD_ARTIF)


def test_delivery_names():
    assert ocsge.parse_delivery("OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01") == \
        ocsge.Delivery("stock", "62", (2018,))
    assert ocsge.parse_delivery("OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16") == \
        ocsge.Delivery("difference", "62", (2018, 2021))
    assert ocsge.parse_delivery("artif_2021_62") == ocsge.Delivery("stock", "62", (2021,))
    assert ocsge.parse_delivery("OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D02A_2019-01-01").departement == "2A"


def test_wkb_bounds_and_areas_equal_shapely_on_holes_multipolygons_and_big_endian():
    from shapely import wkb
    from shapely.geometry import MultiPolygon, Point, Polygon

    from aula_toolkit_plugin.aula_toolkit.zan.wkb_stats import wkb_bounds_areas

    x, y = 651234.5, 7012345.25
    geoms = [box(x, y, x + 30, y + 20),
             Point(x, y).buffer(40).difference(Point(x, y).buffer(10)),  # a hole
             MultiPolygon([box(x, y, x + 10, y + 10), Polygon([(x + 20, y), (x + 30, y), (x + 30, y + 5)])]),
             box(0, 0, 2, 3)]
    blobs = [g.wkb for g in geoms[:3]] + [wkb.dumps(geoms[3], big_endian=True)]  # last one: shapely fallback
    bounds, areas = wkb_bounds_areas(blobs)
    assert areas == pytest.approx([g.area for g in geoms], abs=1e-7)
    assert bounds.tolist() == [list(g.bounds) for g in geoms]


def test_every_output_field_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "zan_artificialisation.md").read_text(encoding="utf-8")
    missing = [f.name for f in artif.OUTPUT_FIELDS + artif.CHANGE_FIELDS if f"`{f.name}`" not in doc]
    assert missing == []
