"""``aula:tvb_continuity`` end to end in real QGIS on the demo of CA de Lens-Liévin (generated 20 m land cover,
BioDispersal friction CSV, A21 and railways as barriers)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsRasterLayer, QgsVectorLayer

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "tvb"
LANDCOVER = str(DEMO / "occupation_sol_call_20m_GENERE.tif")
FRICTION = str(DEMO / "friction_biodispersal_call.csv")
BARRIERS = str(DEMO / "obstacles_call_GENERE.gpkg") + "|layername=obstacles"


def base_parameters(out: Path) -> dict:
    return {
        "LANDCOVER": LANDCOVER, "FRICTION": FRICTION, "SUBTRAME": "boisee", "HABITAT": "5", "MIN_AREA": 2.0,
        "DISTANCE": 1500, "PROBABILITY": 0.05, "BARRIERS": BARRIERS, "BARRIER_ID_FIELD": "id_obst",
        "BARRIER_TRANSPARENCY_FIELD": "transpar",
        "PATCHES": str(out / "reservoirs.gpkg"), "LINKS": str(out / "liens.gpkg"), "PATHS": str(out / "chemins.gpkg"),
        "CORRIDORS": str(out / "corridors.tif"), "CORRIDOR_POLYGONS": str(out / "corridors.gpkg"),
        "CONFLICTS": str(out / "conflits.gpkg"), "INDICES": str(out / "indices.gpkg"),
        "CONEFOR": str(out / "conefor"), "FRICTION_EXPORT": str(out / "friction.csv"),
        "COST_SURFACE": str(out / "cout.tif"), "REPORT": str(out / "rapport.html"), "REPORT_LANGUAGE": 1,
    }


@pytest.fixture(scope="module")
def demo_run(aula_provider, tmp_path_factory):
    import processing

    assert QgsApplication.processingRegistry().algorithmById("aula:tvb_continuity") is not None
    out = tmp_path_factory.mktemp("tvb")
    return processing.run("aula:tvb_continuity", base_parameters(out)), out


def layer(path):
    result = QgsVectorLayer(path, "t", "ogr")
    assert result.isValid(), path
    return result


def test_patches_with_metrics(demo_run):
    results, _ = demo_run
    patches = layer(results["PATCHES"])
    assert patches.crs().authid() == "EPSG:2154"
    n = patches.featureCount()
    assert n == results["N_PATCHES"] and 20 <= n <= 400
    for name in ("id_resv", "sous_trame", "area_ha", "capacity", "pc_contrib", "dpc", "dpc_intra", "dpc_flux",
                 "dpc_conn", "diic", "flux", "component", "rank_dpc"):
        assert name in patches.fields().names()
    feats = list(patches.getFeatures())
    assert all(f["area_ha"] >= 2.0 for f in feats)
    assert all(f["sous_trame"] == "boisee" for f in feats)
    assert sum(f["pc_contrib"] for f in feats) == pytest.approx(1.0, rel=1e-9)
    for f in feats[:20]:
        assert f["dpc_intra"] + f["dpc_flux"] + f["dpc_conn"] == pytest.approx(f["dpc"], rel=1e-9, abs=1e-15)
        # polygon area = patch area (cells of 20 m)
        assert f.geometry().area() / 10_000 == pytest.approx(f["area_ha"], rel=1e-9)
    top = min(feats, key=lambda f: f["rank_dpc"])
    assert top["dpc"] == max(f["dpc"] for f in feats)


def test_links_paths_conflicts_and_corridors(demo_run):
    results, _ = demo_run
    links = layer(results["LINKS"])
    paths = layer(results["PATHS"])
    assert links.featureCount() == paths.featureCount() == results["N_LINKS"] > 0
    for f in paths.getFeatures():
        assert f["proba"] == pytest.approx(2.718281828459045 ** (-f["cost"] * 2.995732273553991e-3 / 1.5), rel=1e-9)
        assert f.geometry().length() == pytest.approx(f["length_m"], rel=1e-6)
        break
    conflicts = layer(results["CONFLICTS"])
    assert conflicts.featureCount() > 0
    feats = sorted(conflicts.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in feats] == list(range(1, len(feats) + 1))
    assert all(feats[i]["dpc"] >= feats[i + 1]["dpc"] for i in range(len(feats) - 1))
    assert {f["id_obst"] for f in feats} <= {"A21", "Lens–Béthune", "Lens–Lille", "Lens–Arras", "Lens–Hénin"}
    assert {f["transpar"] for f in feats} <= {0.05, 0.3}
    raster = QgsRasterLayer(results["CORRIDORS"], "c")
    assert raster.isValid() and raster.crs().authid() == "EPSG:2154"
    corridors = layer(results["CORRIDOR_POLYGONS"])
    assert corridors.featureCount() > 0
    cost = QgsRasterLayer(results["COST_SURFACE"], "c")
    assert cost.isValid()


def test_indices_conefor_friction_report_and_styles(demo_run):
    results, out = demo_run
    indices = layer(results["INDICES"])
    row = next(indices.getFeatures())
    assert row["pc"] == pytest.approx(results["PC"]) and row["n_comp"] == results["N_COMP"] >= 1
    assert row["ec_ha"] ** 2 / (row["land_ha"] ** 2) == pytest.approx(row["pc"], rel=1e-9)
    folder = Path(results["CONEFOR"])
    nodes = (folder / "nodes_boisee.txt").read_text().splitlines()
    assert len(nodes) == results["N_PATCHES"]
    assert len((folder / "distances_boisee.txt").read_text().splitlines()) == results["N_LINKS"]
    assert "-confProb 1500 0.05" in (folder / "conefor_command.txt").read_text()
    assert Path(results["FRICTION_EXPORT"]).read_text(encoding="utf-8") == Path(FRICTION).read_text(encoding="utf-8")
    html = Path(results["REPORT"]).read_text(encoding="utf-8")
    assert "GÉNÉRÉE" in html and "EC(PC)" in html and "<svg" in html
    for key, field in (("PATCHES", "dpc"), ("CONFLICTS", "rank")):
        with sqlite3.connect(results[key].split("|")[0]) as db:
            qml = db.execute("select styleQML from layer_styles").fetchone()[0]
        assert field in qml


def test_vector_land_cover_and_complete_links_in_percent(aula_provider, tmp_path):
    """Polygons rasterised at RESOLUTION, complete links bounded by MAX_COST, Conefor percentages."""
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorFileWriter
    from qgis.PyQt.QtCore import QVariant

    mem = QgsVectorLayer("Polygon?crs=EPSG:2154&field=code:integer", "ocs", "memory")
    feats = []
    for code, rect in ((3, (700000, 7040000, 703000, 7043000)), (5, (700200, 7040200, 700800, 7040800)),
                       (5, (701600, 7040200, 702200, 7040800)), (5, (700200, 7042000, 700800, 7042600))):
        f = QgsFeature(mem.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        f["code"] = code
        feats.append(f)
    mem.dataProvider().addFeatures(feats)
    results = processing.run("aula:tvb_continuity", {
        "LANDCOVER": mem, "LANDCOVER_FIELD": "code", "RESOLUTION": 50, "FRICTION_TABLE": [3, 10, 5, 1],
        "HABITAT": "5", "MIN_AREA": 0, "DISTANCE": 5000, "LINK_MODE": 1, "MAX_COST": 50000, "METRIC_UNITS": 1,
        "PATCHES": "TEMPORARY_OUTPUT", "PATHS": "TEMPORARY_OUTPUT"})
    patches = results["PATCHES"] if isinstance(results["PATCHES"], QgsVectorLayer) else layer(results["PATCHES"])
    assert patches.featureCount() == 3 and results["N_LINKS"] == 3
    assert sum(f["pc_contrib"] for f in patches.getFeatures()) == pytest.approx(100.0)
    assert all(f["area_ha"] == pytest.approx(36.0) for f in patches.getFeatures())
