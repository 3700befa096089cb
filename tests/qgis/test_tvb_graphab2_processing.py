"""``aula:tvb_continuity`` through ``processing.run`` on Graphab 2's published test landscape
(tests/fixtures/graphab2): the numbers a user reads in the outputs equal Graphab's.

Our algorithm wants square pixels in a projected CRS; Graphab's raster has 13.9989 × 13.9998 m pixels in a
placeholder geographic CRS. The test writes the same cells with 14 m square pixels in Lambert-93: costs in cell
units, PC (a ratio of areas) and the dPC fractions do not depend on the pixel size, so Graphab's values apply
unchanged; DISTANCE and MAX_COST are Graphab's cost values × 14 (our costs are metre-equivalents).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsVectorLayer

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "graphab2"
RES = 14.0
FRICTION = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 8, 8, 9, 9, 10, 10]  # Graphab's cout10 (code 7 absent)


def square_copy(tmp: Path, window=None) -> str:
    from osgeo import gdal, osr

    codes = gdal.Open(str(FIX / "source.tif")).ReadAsArray()
    if window is not None:
        codes = codes[window]
    out = str(tmp / "graphab2_square.tif")
    ds = gdal.GetDriverByName("GTiff").Create(out, codes.shape[1], codes.shape[0], 1, gdal.GDT_Byte)
    ds.SetGeoTransform((700000.0, RES, 0.0, 7000000.0, 0.0, -RES))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(codes)
    ds = None
    return out


def table(output) -> pd.DataFrame:
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "t", "ogr")
    assert layer.isValid(), output
    names = layer.fields().names()
    return pd.DataFrame([dict(zip(names, f.attributes())) for f in layer.getFeatures()])


@pytest.mark.slow
def test_complete_links_within_500_and_pc_equal_graphab_in_percent(aula_provider, tmp_path):
    """Graphab link set comp_cout10_500_nopath and graph graph_comp_cout10_500_nopath (intraPatchDist false),
    PC d=1000 p=0.05; our importances in Conefor percentages = Graphab fractions × 100."""
    import processing

    results = processing.run("aula:tvb_continuity", {
        "LANDCOVER": square_copy(tmp_path), "FRICTION_TABLE": FRICTION, "HABITAT": "1", "MIN_AREA": 0,
        "DISTANCE": 1000 * RES, "PROBABILITY": 0.05, "LINK_MODE": 1, "MAX_COST": 500 * RES, "METRIC_UNITS": 1,
        "PATCHES": str(tmp_path / "reservoirs.gpkg"), "LINKS": str(tmp_path / "liens.gpkg"),
        "PATHS": str(tmp_path / "chemins.gpkg")})
    assert results["N_PATCHES"] == 152 and results["N_LINKS"] == 1704 and results["N_COMP"] == 1
    assert results["PC"] == pytest.approx(3.2880609909219453e-4, rel=1e-9)  # GlobalMetricLauncherTest
    assert results["IIC"] == pytest.approx(4.885949077592436e-4, rel=1e-9)

    links = table(results["LINKS"])
    ref = pd.read_csv(FIX / "project" / "comp_cout10_500_nopath-links.csv")
    theirs = {(min(a, b), max(a, b)): c for a, b, c in zip(ref.ID1, ref.ID2, ref.Dist)}
    mine = {(a, b): c / RES for a, b, c in zip(links.id_resv1, links.id_resv2, links.cost)}
    assert set(mine) == set(theirs)
    assert max(abs(mine[k] - theirs[k]) / theirs[k] for k in theirs) < 1e-12

    patches = table(results["PATCHES"]).set_index("id_resv").sort_index()
    graphab = pd.read_csv(FIX / "patches.csv").set_index("Id").sort_index()
    delta = "d_dPC_d1000_p0.05_beta1|PC{}_graph_comp_cout10_500_nopath"
    for ours, part in (("dpc_intra", "Intra"), ("dpc_flux", "Flux"), ("dpc_conn", "Con")):
        assert np.abs(patches[ours].to_numpy() / 100 - graphab[delta.format(part)].to_numpy()).max() < 1e-12, ours
    fpc_share = graphab["FPC_d1000_p0.05_beta1_graph_comp_cout10_500_nopath"].to_numpy() / results["PC"]
    assert np.allclose(patches["pc_contrib"].to_numpy() / 100, fpc_share, rtol=1e-7, atol=0)


def test_graphab_planar_mode_and_crossing_removal_follow_the_core(aula_provider, tmp_path):
    """LINK_MODE 2 (Graphab's planar topology) with REMOVE_CROSSING on a 300 × 300 corner of the landscape:
    the links written are the core's (whose costs equal Graphab's on the whole landscape, tests/core)."""
    import processing
    from osgeo import gdal

    from aula_toolkit_plugin.aula_toolkit.tvb.links import habitat_patches
    from aula_toolkit_plugin.aula_toolkit.tvb.voronoi import graphab_planar_links

    window = (slice(0, 300), slice(0, 300))
    results = processing.run("aula:tvb_continuity", {
        "LANDCOVER": square_copy(tmp_path, window), "FRICTION_TABLE": FRICTION, "HABITAT": "1", "MIN_AREA": 0,
        "DISTANCE": 1000 * RES, "LINK_MODE": 2, "REMOVE_CROSSING": True,
        "PATCHES": "TEMPORARY_OUTPUT", "LINKS": str(tmp_path / "liens.gpkg"), "PATHS": "TEMPORARY_OUTPUT",
        "REPORT": str(tmp_path / "rapport.html")})
    codes = gdal.Open(str(FIX / "source.tif")).ReadAsArray()[window].astype(np.int64)
    labels, count = habitat_patches(codes == 1)
    f = np.array([0, 1, 2, 3, 4, 5, 6, 0, 8, 9, 10], dtype=np.float64)[codes]
    core = graphab_planar_links(f, labels, count, remove_crossing=True)
    every = graphab_planar_links(f, labels, count)
    assert 0 < core.u.size < every.u.size  # some planar neighbours are only reached across a third réservoir
    assert results["N_PATCHES"] == count and results["N_LINKS"] == core.u.size
    links = table(results["LINKS"])
    mine = {(a, b): c for a, b, c in zip(links.id_resv1, links.id_resv2, links.cost)}
    assert mine == pytest.approx({(i + 1, j + 1): c * RES for i, j, c in zip(core.u, core.v, core.cost)}, rel=1e-12)
    report = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert "Graphab" in report and ("traversée" in report or "crossing" in report)
