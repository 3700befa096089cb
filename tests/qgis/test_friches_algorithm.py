"""aula:friches_mutability run through processing.run on the demo data (real sites, GENERATED layers)."""

import pytest


@pytest.fixture(scope="module")
def friches_alg(aula_provider):
    assert aula_provider.algorithm("friches_mutability") is not None
    return "aula:friches_mutability"


def test_runs_on_demo_data(friches_alg, run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsVectorLayer

    ctx = demo_data / "friches" / "contexte_artois_GENERE.gpkg"
    params = {
        "FRICHES": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg") + "|layername=friches_62",
        "MAIRIES": str(demo_data / "admin" / "artois_admin_2026.gpkg") + "|layername=mairies",
        "TRANSPORT_STOPS": f"{ctx}|layername=arrets_tc_GENERE",
        "PLU_ZONES": f"{ctx}|layername=zonage_plu_GENERE",
        "FLOOD_ZONES": f"{ctx}|layername=zones_inondables_GENERE",
        "MOTORWAYS": f"{ctx}|layername=autoroutes_GENERE",
        "COMMUNE_DATA": f"{ctx}|layername=donnees_communales_GENERE",
        "SENSITIVITY": 20, "SENSITIVITY_DRAWS": 20,
        "OUTPUT": str(tmp_path / "out.gpkg"),
        "DETAILS": str(tmp_path / "details.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
        "REPORT_LANGUAGE": 1,  # French, whatever the machine's locale
    }
    results, feedback = run_algorithm(friches_alg, params)
    out = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    assert out.isValid() and out.featureCount() == 618
    names = out.fields().names()
    for f in ("site_id", "ind_residentiel", "rang_photovoltaique", "usage_1", "fiabilite", "stabilite", "inconnus"):
        assert f in names
    uses = {f["usage_1"] for f in out.getFeatures()}
    assert len(uses) >= 3
    details = QgsVectorLayer(results["DETAILS"], "d", "ogr")
    assert details.featureCount() == 618 * 7 * 32
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "GÉNÉRÉES" in html and "62160_5430" in html


def test_geographic_crs_is_refused(friches_alg, run_algorithm, demo_data, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    src = str(tmp_path / "friches_wgs84.gpkg")
    processing.run("native:reprojectlayer", {
        "INPUT": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg") + "|layername=friches_62",
        "TARGET_CRS": "EPSG:4326", "OUTPUT": src})
    with pytest.raises(QgsProcessingException, match="géographique"):
        run_algorithm(friches_alg, {"FRICHES": src, "OUTPUT": str(tmp_path / "o.gpkg")})


def test_bad_grid_file_is_named(friches_alg, run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "grille.json"
    bad.write_text('{"format": "aula-friches-grid", "format_version": "1.0", "name": "maison", '
                   '"score_codes": {"P": 1}, "uses": ["residentiel"], "criteria": [{"id": "inconnu", "weight": 1}]}',
                   encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="inconnu"):
        run_algorithm(friches_alg, {
            "FRICHES": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg") + "|layername=friches_62",
            "GRID_FILE": str(bad), "OUTPUT": str(tmp_path / "o.gpkg")})


def test_polygon_sites_get_a_fill_style(friches_alg, run_algorithm, demo_data, tmp_path):
    import sqlite3

    import processing
    from qgis.core import QgsVectorLayer

    sites = str(tmp_path / "friches_polygones.gpkg")
    processing.run("native:buffer", {
        "INPUT": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg") + "|layername=friches_62",
        "DISTANCE": 60, "SEGMENTS": 4, "OUTPUT": sites})
    results, _ = run_algorithm(friches_alg, {"FRICHES": sites, "OUTPUT": str(tmp_path / "out.gpkg")})
    out = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    assert out.isValid() and out.featureCount() == 618
    with sqlite3.connect(str(tmp_path / "out.gpkg")) as db:
        (qml,) = db.execute("select styleQML from layer_styles where useAsDefault = 1").fetchone()
    assert 'type="fill"' in qml and 'type="marker"' not in qml.split("<labeling")[0]
