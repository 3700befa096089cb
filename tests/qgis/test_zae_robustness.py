"""aula:zae_inventory robustness: cancel within a second (never a success), bad inputs named in French and
English (never a traceback), no output over an input (inputs byte-identical after every run).

Cases (for the robustness table):
- cancel before the start, and when progress first reaches 3, 21, 35, 50, 70 and 88 % (synthetic 40 000 parcels)
- PARCELS: ids out of the 14-character format; ZONES: geographic CRS; ZONES: PLU zoning without destdomi '02'
- ESTABLISHMENTS: unknown état administratif value; OWNERS: no owner account column
- STAGE: value outside the CNIG terr_stade_amngt list; ESTABLISHMENTS: unreadable CSV
- OUTPUT = the ZONES GeoPackage; UNITS = the PARCELS file; OUTPUT = the CNIG template itself
- every demo input file byte-identical after a successful run and after each refused run
"""

from __future__ import annotations

import hashlib
import time

import pytest

ZAE = "aula:zae_inventory"


def digest(paths):
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory):
    from aula_toolkit_plugin.aula_toolkit.zae import synthetic

    folder = tmp_path_factory.mktemp("zae_synth")
    return synthetic.write_files(folder, synthetic.generate(40, 40_000, 20_000, seed=11))


def synthetic_params(files, tmp_path):
    return {"ZONES": str(files["zones"]), "PARCELS": str(files["parcels"]), "OWNERS": str(files["owners"]),
            "ESTABLISHMENTS": str(files["establishments"]), "YEAR": 2025,
            "OUTPUT": str(tmp_path / "out.gpkg"), "UNITS": str(tmp_path / "u.gpkg"),
            "SUMMARY": str(tmp_path / "s.gpkg"), "REPORT_FOLDER": str(tmp_path / "r")}


def demo_inputs(demo_data):
    d = demo_data / "zae"
    return [d / "zones_zae_GENERE.gpkg", d / "cadastre-62-parcelles_GENERE.json",
            d / "parcelles_personnes_morales_62_GENERE.csv", d / "StockEtablissement_GENERE.csv",
            d / "batiment_GENERE.gpkg", d / "stade_amenagement_GENERE.csv"]


def base_params(demo_data, tmp_path, **extra):
    d = demo_data / "zae"
    params = {"ZONES": f"{d / 'zones_zae_GENERE.gpkg'}|layername=zae",
              "PARCELS": str(d / "cadastre-62-parcelles_GENERE.json"),
              "OWNERS": str(d / "parcelles_personnes_morales_62_GENERE.csv"),
              "ESTABLISHMENTS": str(d / "StockEtablissement_GENERE.csv"),
              "BUILDINGS": f"{d / 'batiment_GENERE.gpkg'}|layername=batiment",
              "STAGE": str(d / "stade_amenagement_GENERE.csv"), "YEAR": 2025,
              "OUTPUT": str(tmp_path / "o.gpkg"), "UNITS": str(tmp_path / "u.gpkg"),
              "SUMMARY": str(tmp_path / "s.gpkg")}
    params.update(extra)
    return params


# --- cancel ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("at", [None, 3, 21, 35, 50, 70, 88])
def test_cancel_stops_within_a_second_and_is_never_a_success(aula_provider, synthetic_files, tmp_path, at):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

    class CancelAt(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.cancelled_at = None

        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if at is not None and value >= at and self.cancelled_at is None:
                self.cancelled_at = time.perf_counter()
                self.cancel()

    feedback = CancelAt()
    if at is None:
        feedback.cancelled_at = time.perf_counter()
        feedback.cancel()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = None
    with pytest.raises(QgsProcessingException) as err:
        results = processing.run(ZAE, synthetic_params(synthetic_files, tmp_path), context=context, feedback=feedback)
    stopped = time.perf_counter()
    assert results is None
    assert feedback.cancelled_at is not None, f"progress never reached {at} %"
    assert stopped - feedback.cancelled_at < 1.0, f"cancel at {at} % took {stopped - feedback.cancelled_at:.2f} s"
    assert "annulé" in str(err.value).lower() or "cancel" in str(err.value).lower()


# --- bad inputs -----------------------------------------------------------------------------------


def assert_bilingual(error, *words):
    text = str(error)
    assert "Traceback" not in text and "Erreur interne" not in text, text
    for word in words:
        assert word in text, (word, text)


def test_bad_parcel_ids_are_named(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "parcelles.geojson"
    bad.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"62498AB12",'
                   '"contenance":10},"geometry":{"type":"Polygon","coordinates":[[[2.83,50.43],[2.831,50.43],'
                   '[2.831,50.431],[2.83,50.43]]]}}]}', encoding="utf-8")
    before = digest(demo_inputs(demo_data))
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, PARCELS=str(bad)))
    assert_bilingual(err.value, "PARCELS", "identifiant(s) de parcelle", "parcel id(s)", "62498AB12")
    assert digest(demo_inputs(demo_data)) == before


def test_geographic_zones_are_refused(run_algorithm, demo_data, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    src = str(tmp_path / "zones_wgs84.gpkg")
    processing.run("native:reprojectlayer", {
        "INPUT": f"{demo_data / 'zae' / 'zones_zae_GENERE.gpkg'}|layername=zae", "TARGET_CRS": "EPSG:4326",
        "OUTPUT": src})
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, ZONES=src))
    assert_bilingual(err.value, "ZONES", "géographique", "geographic")


def test_plu_without_business_zone(run_algorithm, demo_data, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    src = str(tmp_path / "plu.gpkg")
    processing.run("native:extractbyattribute", {
        "INPUT": f"{demo_data / 'zae' / 'zones_zae_GENERE.gpkg'}|layername=zone_urba", "FIELD": "destdomi",
        "OPERATOR": 0, "VALUE": "01", "OUTPUT": src})
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, ZONES=src))
    assert_bilingual(err.value, "ZONES", "aucune zone", "no business zone")


def test_unknown_establishment_state(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsProcessingException

    src = demo_data / "zae" / "StockEtablissement_GENERE.csv"
    lines = src.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "StockEtablissement.csv"
    bad.write_text("\n".join([lines[0], lines[1].replace(",A,", ",Z,")] + lines[2:5]), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, ESTABLISHMENTS=str(bad)))
    assert_bilingual(err.value, "ESTABLISHMENTS", "etatAdministratifEtablissement", "valeur(s) d'état inconnue(s)",
                     "unknown state value")


def test_owner_table_without_account(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "proprietaires.csv"
    bad.write_text("idu,nom\n62523000AB0001,ACME\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, OWNERS=str(bad)))
    assert_bilingual(err.value, "OWNERS", "compte propriétaire", "owner account")


def test_stage_outside_cnig_list(run_algorithm, demo_data, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "stade.csv"
    bad.write_text("idu,terr_stade_amngt\n62523000AB0001,presque prêt\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_algorithm(ZAE, base_params(demo_data, tmp_path, STAGE=str(bad)))
    assert_bilingual(err.value, "STAGE", "presque prêt", "terr_stade_amngt", "CNIG")


# --- outputs never over inputs ----------------------------------------------------------------------


def test_output_over_an_input_is_refused_and_inputs_are_untouched(run_algorithm, demo_data, tmp_path, repo_root):
    from qgis.core import QgsProcessingException

    inputs = demo_inputs(demo_data)
    template = repo_root / "resources" / "cnig" / "sites_economiques_template.gpkg"
    before = digest(inputs + [template])
    zones = demo_data / "zae" / "zones_zae_GENERE.gpkg"
    parcels = demo_data / "zae" / "cadastre-62-parcelles_GENERE.json"
    for extra in ({"OUTPUT": str(zones)}, {"UNITS": str(parcels)}, {"OUTPUT": str(template)}):
        with pytest.raises(QgsProcessingException) as err:
            run_algorithm(ZAE, base_params(demo_data, tmp_path, **extra))
        text = str(err.value)  # the shared output guard (processing/guards.py) answers first
        assert ("détruirait vos données" in text and "would destroy your data" in text) or (
            "modèle CNIG" in text and "template" in text), text
    results, _ = run_algorithm(ZAE, base_params(demo_data, tmp_path, REPORT_FOLDER=str(tmp_path / "r")))
    assert digest(inputs + [template]) == before
    assert (tmp_path / "o.gpkg").exists() and results["OUTPUT"] == str(tmp_path / "o.gpkg")
