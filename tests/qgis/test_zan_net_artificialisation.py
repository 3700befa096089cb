"""``aula:zan_net_artificialisation`` end to end in real QGIS on the generated OCS GE of CA de Lens-Liévin."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

DEMO = Path(__file__).resolve().parents[2] / "demo_data"
OCSGE = DEMO / "ocsge"
STOCK_2018 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"
STOCK_2021 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"
DIFF = OCSGE / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"
COMMUNES = str(OCSGE / "communes_ca_lens_lievin.gpkg") + "|layername=communes"
CONSUMPTION = str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv")


def features(path):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def demo_parameters(out: Path, **extra):
    parameters = {"STOCK_BEFORE": str(STOCK_2018), "STOCK_AFTER": str(STOCK_2021), "DIFFERENCE": str(DIFF),
                  "TERRITORIES": COMMUNES, "METHOD": 0, "CONSUMPTION": CONSUMPTION,
                  "OUTPUT": str(out / "artif.gpkg"), "CHANGES": str(out / "changements.gpkg"),
                  "REPORT": str(out / "rapport.html"), "REPORT_LANGUAGE": 1}
    parameters.update(extra)
    return parameters


@pytest.fixture(scope="module")
def demo_run(aula_provider, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("ocsge")
    results = processing.run("aula:zan_net_artificialisation", demo_parameters(out))
    return results, out


def test_every_commune_of_the_demo_is_covered_and_consistent_within_half_a_hectare(demo_run):
    results, out = demo_run
    rows = features(results["OUTPUT"])
    assert len(rows) == 36
    assert {f["couverture"] for f in rows} == {"COMPLETE_UNIFORM"}
    assert all(abs(f["ecart_ha"]) <= 0.5 and f["ecart_signale"] == 0 for f in rows)
    total_net = sum(f["net_ha"] for f in rows)
    assert total_net > 0
    assert sum(f["stock_apres_ha"] - f["stock_avant_ha"] for f in rows) == pytest.approx(total_net, abs=1e-6)
    assert all(f["millesimes"] == "D062 : 2018→2021" for f in rows)
    assert all(0 < f["stock_avant_pct"] < 100 for f in rows)
    for f in rows:
        assert f["net_ha_an"] == pytest.approx(f["net_ha"] / 3)


def test_changes_are_clipped_to_communes_and_sum_to_the_flows(demo_run):
    results, out = demo_run
    changes = features(results["CHANGES"])
    rows = {f["territoire_id"]: f for f in features(results["OUTPUT"])}
    assert {f["classe"] for f in changes} == {"artificialisation", "renaturation"}
    for code, row in rows.items():
        up = sum(f["surface_m2"] for f in changes if f["insee_com"] == code and f["sens"] == 1)
        assert up / 1e4 == pytest.approx(row["artificialisation_ha"], abs=1e-6)
    assert all(f.geometry().area() == pytest.approx(f["surface_m2"], rel=1e-6) for f in changes)
    assert all(f["cs_avant"] and f["cs_apres"] for f in changes)


def test_report_has_one_trajectory_per_territory(demo_run):
    results, out = demo_run
    html = Path(results["REPORT"]).read_text(encoding="utf-8")
    assert html.count("<div class='card'>") == 36
    assert "zéro artificialisation nette en 2050" in html
    assert "GÉNÉRÉES" in html
    assert "<script" not in html


def test_epci_grouping_and_reprojected_territories(aula_provider, tmp_path):
    """Membership groups communes into the EPCI; territories given in WGS 84 give the same areas."""
    import processing

    by_commune = processing.run("aula:zan_net_artificialisation", demo_parameters(tmp_path, CHANGES=None,
                                                                                   REPORT=None))
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": COMMUNES, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": str(tmp_path / "communes_4326.gpkg")})["OUTPUT"]
    epci = processing.run("aula:zan_net_artificialisation", demo_parameters(
        tmp_path, TERRITORIES=wgs84, MEMBERSHIP=str(DEMO / "zan" / "appartenance_epci_artois_2026.csv"),
        MEMBERSHIP_INSEE_FIELD="insee_com", MEMBERSHIP_ID_FIELD="siren_epci", MEMBERSHIP_NAME_FIELD="nom_epci",
        OUTPUT=str(tmp_path / "epci.gpkg"), CHANGES=None, REPORT=None))
    rows = [f for f in features(epci["OUTPUT"]) if f["territoire_id"] == "246200364"]
    assert len(rows) == 1
    communes = features(by_commune["OUTPUT"])
    # reprojection back and forth moves vertices by < 1 mm: net area equal to the m² over 36 communes
    assert rows[0]["net_ha"] == pytest.approx(sum(f["net_ha"] for f in communes), abs=1e-2)
    assert rows[0]["nb_communes"] == 36


def test_ocs_ge_layer_in_another_crs_is_measured_in_lambert93(aula_provider, tmp_path):
    """A difference layer delivered in WGS 84 (read through QGIS, reprojected) gives the Lambert-93 areas."""
    import processing

    wgs84 = processing.run("native:reprojectlayer", {
        "INPUT": str(DIFF / "artif_diff_2018_2021_62.gpkg"), "TARGET_CRS": "EPSG:4326",
        "OUTPUT": str(tmp_path / "difference_wgs84.shp")})["OUTPUT"]
    direct = processing.run("aula:zan_net_artificialisation", {
        "DIFFERENCE": str(DIFF), "TERRITORIES": COMMUNES, "OUTPUT": str(tmp_path / "a.gpkg")})
    reprojected = processing.run("aula:zan_net_artificialisation", {
        "DIFFERENCE": wgs84, "TERRITORIES": COMMUNES, "OUTPUT": str(tmp_path / "b.gpkg")})
    a = {f["territoire_id"]: f for f in features(direct["OUTPUT"])}
    b = {f["territoire_id"]: f for f in features(reprojected["OUTPUT"])}
    assert sum(f["artificialisation_ha"] for f in a.values()) > 10
    for code in a:
        assert b[code]["artificialisation_ha"] == pytest.approx(a[code]["artificialisation_ha"], abs=1e-3)
