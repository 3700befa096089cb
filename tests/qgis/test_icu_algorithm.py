"""``aula:icu_hotspots`` end to end in real QGIS, on the demo data of CA de Lens-Liévin and CA d'Hénin-Carvin
(generated ST_B10 raster and Filosofi grid, real communes and collèges)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "icu"
LST = str(DEMO / "lst_landsat_st_b10_lens_henin_GENERE.tif")
POP = str(DEMO / "filosofi_200m_lens_henin_GENERE.gpkg")
COLLEGES = str(DEMO / "colleges_lens_henin.gpkg")
COMMUNES = str(DEMO / "communes_lens_henin.gpkg") + "|layername=communes"
EPCI = str(DEMO / "communes_lens_henin.gpkg") + "|layername=epci"


@pytest.fixture(scope="module")
def icu_provider(aula_provider):
    """Our algorithm in the ``aula`` provider (registered by provider.py once the lead adds it)."""
    if QgsApplication.processingRegistry().algorithmById("aula:icu_hotspots") is None:
        from aula_toolkit_plugin.processing.icu_hotspots import IcuHotspotsAlgorithm

        aula_provider.addAlgorithm(IcuHotspotsAlgorithm())
    assert QgsApplication.processingRegistry().algorithmById("aula:icu_hotspots") is not None
    return aula_provider


def layer(path):
    result = QgsVectorLayer(path, "t", "ogr")
    assert result.isValid(), path
    return result


@pytest.fixture(scope="module")
def demo_run(icu_provider, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("icu")
    params = {
        "TEMPERATURE": LST, "POPULATION": POP, "ERP": COLLEGES, "ERP_CATEGORY_FIELD": "nature_uai_libe",
        "ERP_NAME_FIELD": "appellation_officielle", "SUMMARY_AREAS": COMMUNES, "SUMMARY_ID_FIELD": "insee_com",
        "SUMMARY_NAME_FIELD": "nom", "DISTANCE": 400,
        "HOTSPOTS": str(out / "hotspots.gpkg"), "STAKES_POPULATION": str(out / "stakes_pop.gpkg"),
        "STAKES_ERP": str(out / "stakes_erp.gpkg"), "SUMMARY": str(out / "summary.gpkg"),
        "REPORT": str(out / "rapport.html"),
        "REPORT_LANGUAGE": 1,  # French, whatever the machine's locale
    }
    return processing.run("aula:icu_hotspots", params), out


def test_hotspots_on_the_insee_grid(demo_run):
    results, _ = demo_run
    hs = layer(results["HOTSPOTS"])
    assert hs.crs().authid() == "EPSG:3035"
    assert 8000 < hs.featureCount() < 12000
    names = hs.fields().names()
    for name in ("unit_id", "t_mean", "t_std", "n_obs", "n_neigh", "gi_z", "gi_p", "gi_p_sim", "gi_bin", "heat_label"):
        assert name in names
    bins = [f["gi_bin"] for f in hs.getFeatures()]
    assert 3 in bins and -3 in bins
    f = next(hs.getFeatures())
    assert f["unit_id"].startswith("CRS3035RES200mN") and f.geometry().area() == pytest.approx(40_000, rel=1e-6)
    assert f["n_obs"] >= 1
    hot = [f["t_mean"] for f in hs.getFeatures() if f["gi_bin"] == 3]
    cold = [f["t_mean"] for f in hs.getFeatures() if f["gi_bin"] == -3]
    assert min(hot) > max(cold) - 5 and sum(hot) / len(hot) > sum(cold) / len(cold) + 5


def test_styles_stored_in_the_geopackages(demo_run):
    import sqlite3

    results, _ = demo_run
    for key, field in (("HOTSPOTS", "gi_bin"), ("STAKES_POPULATION", "stake_code")):
        with sqlite3.connect(results[key].split("|")[0]) as db:
            qml = db.execute("select styleQML from layer_styles").fetchone()[0]
        assert f'attr="{field}"' in qml


def test_stakes_population_and_erp(demo_run):
    results, _ = demo_run
    sp = layer(results["STAKES_POPULATION"])
    total = sum(f["pop"] for f in sp.getFeatures())
    assert 300_000 < total < 370_000  # the real legal populations of the 50 communes: 367 715 in the grid
    codes = {f["stake_code"] for f in sp.getFeatures()}
    assert codes <= {11, 12, 13, 21, 22, 23, 31, 32, 33} and 33 in codes
    se = layer(results["STAKES_ERP"])
    assert sum(f["erp_n"] for f in se.getFeatures()) >= 30  # 39 collèges, a few outside the raster/grid


def test_summary_per_commune_and_report(demo_run):
    results, out = demo_run
    sm = layer(results["SUMMARY"])
    assert sm.featureCount() == 50
    rows = {f["terr_id"]: f for f in sm.getFeatures()}
    lens = rows["62498"]
    assert lens["terr_name"] == "Lens" and lens["hot_pct"] > 20 and lens["pop_hot"] > 0
    assert sum(f["erp_n"] for f in sm.getFeatures()) >= 30
    html = Path(results["REPORT"]).read_text(encoding="utf-8")
    assert "GÉNÉRÉES" in html and "Landsat Collection 2" in html and "Synthèse par territoire" in html
    assert "<script" not in html


def test_log_says_which_reading(icu_provider, run_algorithm, tmp_path):
    results, feedback = run_algorithm("aula:icu_hotspots", {
        "TEMPERATURE": LST, "SUMMARY_AREAS": EPCI, "SUMMARY_ID_FIELD": "siren_epci", "WEIGHTS": 1, "NEIGHBOURS": 8,
        "FDR": True, "HOTSPOTS": str(tmp_path / "h.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")})
    log = "\n".join(feedback.infos)
    assert "ST_B10" in log and "0.00341802" in log
    assert "k" in log and "FDR" in log
    assert layer(results["SUMMARY"]).featureCount() == 2


def test_polygon_units_and_bad_inputs(icu_provider, tmp_path):
    import processing

    results = processing.run("aula:icu_hotspots", {
        "TEMPERATURE": LST, "UNITS": COMMUNES, "UNITS_ID_FIELD": "insee_com", "HOTSPOTS": str(tmp_path / "c.gpkg")})
    hs = layer(results["HOTSPOTS"])
    assert hs.featureCount() == 50 and hs.crs().authid() == "EPSG:2154"
    with pytest.raises(QgsProcessingException, match="no neighbour"):
        processing.run("aula:icu_hotspots", {
            "TEMPERATURE": LST, "UNITS": COMMUNES, "UNITS_ID_FIELD": "insee_com", "DISTANCE": 500,
            "HOTSPOTS": str(tmp_path / "d.gpkg")})
    with pytest.raises(QgsProcessingException, match="TEMPERATURE_FIELD"):
        processing.run("aula:icu_hotspots", {"TEMPERATURE": COLLEGES, "HOTSPOTS": str(tmp_path / "e.gpkg")})
    with pytest.raises(QgsProcessingException, match="population field"):
        processing.run("aula:icu_hotspots", {
            "TEMPERATURE": LST, "SUMMARY_AREAS": EPCI, "POPULATION": COMMUNES, "POPULATION_FIELD": "habitants",
            "HOTSPOTS": str(tmp_path / "f.gpkg")})


def test_communes_with_queen_rook_and_a_gal_file_written_by_libpysal(icu_provider, run_algorithm, tmp_path):
    """Contiguity on the 50 real communes: a GAL file of the same queen weights gives the same Gi*."""
    import libpysal
    import shapely.wkb

    communes = layer(COMMUNES)
    ids = [f["insee_com"] for f in communes.getFeatures()]
    polys = [shapely.wkb.loads(bytes(f.geometry().asWkb())) for f in communes.getFeatures()]
    queen = libpysal.weights.Queen.from_iterable(polys, ids=ids)
    gal = tmp_path / "communes_queen.gal"
    out = libpysal.io.open(str(gal), "w")
    out.write(queen)
    out.close()

    def z_by_commune(extra, name):
        results, feedback = run_algorithm("aula:icu_hotspots", {
            "TEMPERATURE": LST, "UNITS": COMMUNES, "UNITS_ID_FIELD": "insee_com",
            "HOTSPOTS": str(tmp_path / f"{name}.gpkg"), **extra})
        return {f["unit_id"]: f["gi_z"] for f in layer(results["HOTSPOTS"]).getFeatures()}, feedback

    by_queen, feedback = z_by_commune({"WEIGHTS": 2}, "queen")
    by_file, _ = z_by_commune({"WEIGHTS": 4, "WEIGHTS_FILE": str(gal)}, "gal")
    by_rook, _ = z_by_commune({"WEIGHTS": 3}, "rook")
    assert len(by_queen) == 50 and set(by_queen) == set(by_file)
    assert max(abs(by_queen[k] - by_file[k]) for k in by_queen) < 1e-9
    rook = libpysal.weights.Rook.from_iterable(polys, ids=ids)
    same_neighbours = {k: set(v) for k, v in rook.neighbors.items()} == {k: set(v) for k, v in queen.neighbors.items()}
    assert same_neighbours == all(abs(by_queen[k] - by_rook[k]) < 1e-9 for k in by_queen)
    log = "\n".join(feedback.infos)
    assert "queen contiguity" in log and "exact share of each pixel" in log


def test_exact_coverage_gives_small_units_a_temperature_the_centre_rule_misses(icu_provider, run_algorithm, tmp_path):
    import processing

    small = str(tmp_path / "petites_unites.gpkg")
    processing.run("native:creategrid", {  # 20 m squares: smaller than the 30 m Landsat pixels
        "TYPE": 2, "EXTENT": "690000,691000,7030000,7031000 [EPSG:2154]", "HSPACING": 20, "VSPACING": 20,
        "CRS": "EPSG:2154", "OUTPUT": small})
    results, feedback = run_algorithm("aula:icu_hotspots", {
        "TEMPERATURE": LST, "UNITS": small, "UNITS_ID_FIELD": "id", "WEIGHTS": 2,
        "HOTSPOTS": str(tmp_path / "exact.gpkg")})
    exact = layer(results["HOTSPOTS"]).featureCount()
    results, feedback_centre = run_algorithm("aula:icu_hotspots", {
        "TEMPERATURE": LST, "UNITS": small, "UNITS_ID_FIELD": "id", "WEIGHTS": 2, "ZONAL_METHOD": 1,
        "HOTSPOTS": str(tmp_path / "centre.gpkg")})
    centre = layer(results["HOTSPOTS"]).featureCount()
    assert exact == 2500 and centre < exact  # many 20 m squares hold no 30 m pixel centre
    assert any("sans température" in w or "without temperature" in w for w in feedback_centre.warnings)
    assert "centre-point rule" in "\n".join(feedback_centre.infos)


def test_raster_written_while_the_population_is_joined_and_removed_when_the_join_fails(icu_provider, tmp_path):
    """The raster is written on the other core once the classes are known: the same bands with or without a
    population; a population refused after the classes (a negative count) leaves no raster behind."""
    import processing
    from osgeo import gdal, ogr

    def bands(path):
        ds = gdal.Open(str(path))
        return [ds.GetRasterBand(i).ReadAsArray() for i in (1, 2)]

    alone = processing.run("aula:icu_hotspots", {"TEMPERATURE": LST, "DISTANCE": 400,
                                                 "HOTSPOTS_RASTER": str(tmp_path / "alone.tif")})
    joined = processing.run("aula:icu_hotspots", {"TEMPERATURE": LST, "DISTANCE": 400, "POPULATION": POP,
                                                  "HOTSPOTS_RASTER": str(tmp_path / "joined.tif"),
                                                  "STAKES_POPULATION": str(tmp_path / "stakes.gpkg")})
    assert (tmp_path / "joined.qml").exists() and layer(joined["STAKES_POPULATION"]).featureCount() > 1000
    for a, b in zip(bands(alone["HOTSPOTS_RASTER"]), bands(joined["HOTSPOTS_RASTER"])):
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))

    bad = tmp_path / "negative.gpkg"
    gdal.VectorTranslate(str(bad), POP, format="GPKG")
    ds = ogr.Open(str(bad), 1)
    ds.ExecuteSQL(f'UPDATE "{ds.GetLayer(0).GetName()}" SET "Ind" = -5 WHERE fid = 3')
    ds = None
    with pytest.raises(QgsProcessingException, match="Ind"):
        processing.run("aula:icu_hotspots", {"TEMPERATURE": LST, "DISTANCE": 400, "POPULATION": str(bad),
                                             "HOTSPOTS_RASTER": str(tmp_path / "failed.tif")})
    assert not (tmp_path / "failed.tif").exists()


@pytest.mark.parametrize("duplicate", [False, True])
def test_population_joined_as_read_equals_the_join_of_the_whole_table(icu_provider, tmp_path, monkeypatch, duplicate):
    """A GeoPackage population is joined batch by batch as it is read, on the other core; any other format
    goes through QGIS's reader and the whole-column join: the same population per cell. With a cell twice
    in the file (summed), the batch join gives way after taking batches and the columns are read again."""
    import processing
    from osgeo import gdal, ogr

    from aula_toolkit_plugin.processing import fastread

    monkeypatch.setattr(fastread, "ARROW_BATCH", 256)  # many batches: the duplicate comes after some were taken
    source = tmp_path / "filosofi.gpkg"
    gdal.VectorTranslate(str(source), POP, format="GPKG")
    if duplicate:
        ds = ogr.Open(str(source), 1)
        lyr = ds.GetLayer(0)
        copy = lyr.GetFeature(2000).Clone()
        copy.SetFID(-1)
        lyr.CreateFeature(copy)
        ds = None
    other = tmp_path / "filosofi.geojson"
    gdal.VectorTranslate(str(other), str(source), format="GeoJSON")

    def populations(population, name):
        out = processing.run("aula:icu_hotspots", {"TEMPERATURE": LST, "DISTANCE": 400, "POPULATION": population,
                                                   "STAKES_POPULATION": str(tmp_path / f"{name}.gpkg")})
        rows = {f["unit_id"]: (f["pop"], f["pop_lt4"], f["pop_65p"])
                for f in layer(out["STAKES_POPULATION"]).getFeatures()}
        assert len(rows) > 1000 and sum(v[0] for v in rows.values()) > 10_000
        return rows

    from aula_toolkit_plugin.aula_toolkit.icu import population as pop_mod
    from aula_toolkit_plugin.processing import icu_hotspots

    joined, reads = [], []
    result, read_arrays = pop_mod.BatchJoin.result, fastread.read_arrays
    monkeypatch.setattr(pop_mod.BatchJoin, "result", lambda self, units: joined.append(result(self, units)) or joined[-1])
    monkeypatch.setattr(icu_hotspots, "read_arrays", lambda *a, **k: reads.append(a) or read_arrays(*a, **k))
    as_read = populations(str(source), "as_read")
    assert [r is None for r in joined] == [duplicate] and len(reads) == (2 if duplicate else 1)
    assert as_read == populations(str(other), "whole")
