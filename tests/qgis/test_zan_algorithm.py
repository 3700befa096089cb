"""``aula:zan_counters`` end to end in real QGIS, on the embedded Artois demo data."""

from __future__ import annotations

import re
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from pathlib import Path

DEMO_DATA = Path(__file__).resolve().parents[2] / "demo_data"

GENERATED = str(DEMO_DATA / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv")
ARRAS = str(DEMO_DATA / "zan" / "conso_enaf_arras_62041_apifoncier.csv")
MEMBERSHIP = str(DEMO_DATA / "zan" / "appartenance_epci_artois_2026.csv")
COMMUNES = str(DEMO_DATA / "admin" / "artois_admin_2026.gpkg") + "|layername=communes"
ARTOIS_EPCI = {"246200364", "200072460", "246200299", "200069672", "200044030"}


def layer(path, name="t"):
    result = QgsVectorLayer(path, name, "ogr")
    assert result.isValid(), path
    return result


@pytest.fixture(scope="module")
def epci_run(aula_provider, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("zan")
    results = processing.run("aula:zan_counters", {
        "CONSUMPTION": GENERATED, "LEVEL": 1, "COMMUNES": COMMUNES,
        "OUTPUT": str(out / "compteurs.gpkg"), "TRAJECTORY": str(out / "trajectoire.gpkg"),
        "REPORT": str(out / "rapport.html"),
        "REPORT_LANGUAGE": 1,  # French, whatever the machine's locale
    })
    return results, out


def test_one_styled_feature_per_artois_epci(epci_run):
    results, out = epci_run
    counters = layer(results["OUTPUT"])
    features = {f["territoire_id"]: f for f in counters.getFeatures()}
    assert set(features) == ARTOIS_EPCI
    lens = features["246200364"]
    assert lens["nb_communes"] == 36
    assert lens.hasGeometry()
    assert lens["statut"] in {"deja_depasse", "va_depasser", "en_bonne_voie"}
    assert lens["ref_ha"] == pytest.approx(lens["ref_m2"] / 10_000)
    assert lens["enveloppe_ha"] == pytest.approx(lens["ref_ha"] * 0.5)
    assert lens["enveloppe_garantie_ha"] >= lens["enveloppe_ha"]
    with sqlite3.connect(results["OUTPUT"]) as db:
        styles = db.execute("select styleName, useAsDefault from layer_styles").fetchall()
    assert styles and styles[0][1] == 1, "the counters layer carries its style as default"


def test_trajectory_has_every_year_2011_2030_per_territory(epci_run):
    results, _ = epci_run
    rows = list(layer(results["TRAJECTORY"]).getFeatures())
    assert len(rows) == 5 * 20
    years = sorted({r["annee"] for r in rows})
    assert years[0] == 2011 and years[-1] == 2030


def test_report_is_offline_html_with_one_chart_per_territory(epci_run):
    results, _ = epci_run
    html = open(results["REPORT"], encoding="utf-8").read()
    assert html.count("<svg") >= 5
    assert not re.search(r"(src|href)=\"https?://", html), "the report must open with no network"
    assert "CA de Lens - Liévin" in html
    assert "GÉNÉRÉES" in html, "generated demo data must be labelled in the report"


def test_membership_table_level_matches_file_epci_level(aula_provider, epci_run, tmp_path):
    import processing

    results = processing.run("aula:zan_counters", {
        "CONSUMPTION": GENERATED, "LEVEL": 3, "MEMBERSHIP": MEMBERSHIP,
        "MEMBERSHIP_INSEE_FIELD": "insee_com", "MEMBERSHIP_ID_FIELD": "siren_epci",
        "MEMBERSHIP_NAME_FIELD": "nom_epci", "OUTPUT": str(tmp_path / "c.gpkg"), "TRAJECTORY": "TEMPORARY_OUTPUT",
    })
    by_table = {f["territoire_id"]: f["ref_m2"] for f in layer(results["OUTPUT"]).getFeatures()}
    by_file = {f["territoire_id"]: f["ref_m2"] for f in layer(epci_run[0]["OUTPUT"]).getFeatures()}
    assert by_table == by_file


def test_real_arras_series_from_the_cerema_api(aula_provider):
    import processing

    results = processing.run("aula:zan_counters", {
        "CONSUMPTION": ARRAS, "LEVEL": 0, "OUTPUT": "TEMPORARY_OUTPUT", "TRAJECTORY": "TEMPORARY_OUTPUT",
    })
    features = list(results["OUTPUT"].getFeatures())
    assert [f["territoire_id"] for f in features] == ["62041"]
    assert features[0]["ref_m2"] > 0


def test_guarantee_listed_communes_only(aula_provider):
    import processing

    base = {"CONSUMPTION": GENERATED, "LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT", "TRAJECTORY": "TEMPORARY_OUTPUT"}
    none = processing.run("aula:zan_counters", dict(base, GUARANTEE=2))["OUTPUT"]
    listed = processing.run("aula:zan_counters", dict(base, GUARANTEE=1, GUARANTEE_COMMUNES="62041, 62510"))["OUTPUT"]
    garanties = {f["territoire_id"]: f["nb_communes_garanties"] for f in listed.getFeatures()}
    assert sum(garanties.values()) <= 2
    assert all(f["garantie_ha"] == 0 for f in none.getFeatures())


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def header(years=range(9, 23)):
    return ";".join(["idcom", "idcomtxt", "epci23"] + [f"naf{y:02d}art{y + 1:02d}" for y in years])


@pytest.mark.parametrize("content, expected", [
    ("idcom;idcomtxt;epci23;surface\n62041;Arras;200033579;1\n", "naf"),
    (header() + "\n62041;Arras;2000;" + ";".join(["10"] * 14) + "\n62041;Arras;2000;" + ";".join(["10"] * 14) + "\n",
     "62041"),
    (header() + "\n62041;Arras;2000;" + ";".join(["10"] * 6 + ["abc"] + ["10"] * 7) + "\n", "abc"),
    (header(range(15, 23)) + "\n62041;Arras;2000;" + ";".join(["10"] * 8) + "\n", "2011"),
])
def test_bad_consumption_files_are_named_in_the_error(aula_provider, tmp_path, content, expected):
    import processing

    path = write(tmp_path, "conso.csv", content)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("aula:zan_counters", {"CONSUMPTION": path, "LEVEL": 0,
                                             "OUTPUT": "TEMPORARY_OUTPUT", "TRAJECTORY": "TEMPORARY_OUTPUT"})
    message = str(error.value)
    assert expected in message
    assert "\n" in message and "Traceback" not in message, "French then English, no traceback"


def test_communes_outside_the_membership_are_reported_not_dropped(run_algorithm, tmp_path):
    members = open(MEMBERSHIP, encoding="utf-8").read().splitlines()
    lens_removed = [members[0]] + [line for line in members[1:] if not line.startswith("62498")]
    path = write(tmp_path, "membres.csv", "\n".join(lens_removed) + "\n")
    results, feedback = run_algorithm("aula:zan_counters", {
        "CONSUMPTION": GENERATED, "LEVEL": 3, "MEMBERSHIP": path, "MEMBERSHIP_INSEE_FIELD": "insee_com",
        "MEMBERSHIP_ID_FIELD": "siren_epci", "OUTPUT": "TEMPORARY_OUTPUT", "TRAJECTORY": "TEMPORARY_OUTPUT",
    })
    assert any("62498" in w for w in feedback.warnings), feedback.warnings
