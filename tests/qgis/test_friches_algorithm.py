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
    from xml.etree import ElementTree

    renderer = ElementTree.fromstring(qml.split("\n", 1)[1] if qml.startswith("<!DOCTYPE") else qml).find("renderer-v2")
    kinds = {symbol.get("type") for symbol in renderer.iter("symbol")}
    assert kinds == {"fill"}  # QGIS 3.40 also writes a marker selection symbol, outside the renderer


def _parcels_gpkg(tmp_path, rows, extra_fields=(), name="parcelles.gpkg"):
    """A real GeoPackage of Lambert-93 parcels: rows = (site_id, (xmin, ymin, xmax, ymax), {field: text})."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    names = ["site_id", "unite_fonciere_surface", "surfaceBati", "typeProprietaire", "proprio_type",
             "zonageReglementaire", *extra_fields]
    uri = "Polygon?crs=EPSG:2154&" + "&".join(f"field={n}:string" for n in names)
    mem = QgsVectorLayer(uri, "parcelles", "memory")
    feats = []
    for sid, bbox, values in rows:
        f = QgsFeature(mem.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(*bbox)))
        f.setAttributes([sid] + [values.get(n) for n in names[1:]])
        feats.append(f)
    mem.dataProvider().addFeatures(feats)
    path = str(tmp_path / name)
    processing.run("native:savefeatures", {"INPUT": mem, "OUTPUT": path})
    return path


def test_criteria_from_columns_parcels_text_numbers_and_vocabulary(friches_alg, run_algorithm, tmp_path):
    """Issue 10 item 8 end to end: a multi-parcel site with text surfaces and criterion columns is scored
    as Mutafriches would (sums, water derived from the built footprint, empty cells keep CNIG values),
    and what cannot be read is a warning naming values and sites."""
    from qgis.core import QgsVectorLayer

    path = _parcels_gpkg(tmp_path, [
        ("m", (0, 0, 100, 60), {"unite_fonciere_surface": "6 000,0", "surfaceBati": "15", "typeProprietaire": "",
                                "proprio_type": "{P5a}", "zonageReglementaire": "Zone urbaine (U)"}),
        ("m", (100, 0, 200, 60), {"unite_fonciere_surface": "6000,5", "surfaceBati": "10,0", "typeProprietaire": None,
                                  "proprio_type": "{P5a}", "zonageReglementaire": "Zone urbaine (U)"}),
        ("s", (1000, 1000, 1030, 1030), {"unite_fonciere_surface": "1e308", "surfaceBati": "0",
                                         "zonageReglementaire": "Zone U mixte bizarre"}),
    ])
    results, feedback = run_algorithm(friches_alg, {
        "FRICHES": path, "GRID": 0, "OUTPUT": str(tmp_path / "out.gpkg"), "DETAILS": str(tmp_path / "d.gpkg"),
        "REPORT": str(tmp_path / "r.html")})
    out = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    assert out.featureCount() == 2
    details = QgsVectorLayer(results["DETAILS"], "d", "ogr")
    values = {(f["site_id"], f["critere"]): f["valeur"] for f in details.getFeatures() if f["usage"] == "residentiel"}
    assert values[("m", "surfaceSite")] == "12000.5"  # 6 000 + 6 000.5, not the first parcel's
    assert values[("m", "surfaceBati")] == "25" and values[("m", "raccordementEau")] == "oui"  # 15 + 10 > 20 m²
    assert values[("m", "typeProprietaire")] == "public"  # empty column cells keep the CNIG proprio_type
    assert values[("m", "zonageReglementaire")] == "zone-urbaine-u"
    assert values[("s", "surfaceSite")] == "900"  # 1e308 refused: the parcel's polygon area instead
    assert values[("s", "raccordementEau")] == "non"
    warnings = "\n".join(feedback.warnings)
    assert "« 1e308 » (s)" in warnings and "impossible" in warnings
    assert "« Zone U mixte bizarre » (s)" in warnings and "'Zone U mixte bizarre' (s)" in warnings
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "aucun (Mutafriches exact)" in html


def test_distance_column_in_km_is_refused_and_deviation_is_named(friches_alg, run_algorithm, tmp_path):
    from qgis.core import QgsProcessingException

    rows = [("a", (0, 0, 50, 50), {"distanceAutoroute": "0,8"}), ("b", (100, 0, 150, 50), {"distanceAutoroute": "12"})]
    path = _parcels_gpkg(tmp_path, rows, ("distanceAutoroute",))
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(friches_alg, {"FRICHES": path, "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "distanceAutoroute_km" in str(err.value) and "kilometres" in str(err.value)
    ok = _parcels_gpkg(tmp_path, [("a", (0, 0, 50, 50), {})], name="ok.gpkg")
    results, feedback = run_algorithm(friches_alg, {
        "FRICHES": ok, "DEVIATIONS": [1], "OUTPUT": str(tmp_path / "o2.gpkg"), "REPORT": str(tmp_path / "r.html")})
    assert any("no_best_use_without_data" in m for m in feedback.infos)
    assert "no_best_use_without_data" in (tmp_path / "r.html").read_text(encoding="utf-8")
