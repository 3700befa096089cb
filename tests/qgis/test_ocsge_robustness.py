"""Robustness of ``aula:zan_net_artificialisation``: cancel within a second, bad inputs named in French
and English, no output over an input (inputs byte-identical after a run)."""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from aula_toolkit_plugin.aula_toolkit.zan import ocsge_synthetic

DEMO = Path(__file__).resolve().parents[2] / "demo_data"
OCSGE = DEMO / "ocsge"
STOCK_2018 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"
STOCK_2021 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"
DIFF = OCSGE / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"
COMMUNES = str(OCSGE / "communes_ca_lens_lievin.gpkg") + "|layername=communes"


def checksums(folder: Path):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("aula:zan_net_artificialisation", parameters, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def base(tmp_path, **extra):
    parameters = {"STOCK_BEFORE": str(STOCK_2018), "STOCK_AFTER": str(STOCK_2021), "DIFFERENCE": str(DIFF),
                  "TERRITORIES": COMMUNES, "METHOD": 0, "OUTPUT": str(tmp_path / "sortie.gpkg")}
    parameters.update(extra)
    return parameters


def assert_bilingual(error, *names):
    text = str(error.value)
    assert "\n" in text, text  # French line, then English line
    french, english = text.split("\n", 1)
    for name in names:
        assert name in french and name in english, (name, text)
    assert "Traceback" not in text and "interne" not in text


@pytest.fixture(scope="module")
def big_departement(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetique")
    return ocsge_synthetic.write_departement(folder, 150_000)


@pytest.mark.parametrize("delay", [0.3, 1.5])
def test_cancel_stops_within_a_second_and_is_not_a_success(aula_provider, big_departement, tmp_path, delay):
    paths = big_departement
    feedback = QgsProcessingFeedback()
    cancelled_at = []

    def cancel():
        cancelled_at.append(time.perf_counter())
        feedback.cancel()

    timer = threading.Timer(delay, cancel)
    timer.start()
    with pytest.raises(QgsProcessingException):
        run({"STOCK_BEFORE": str(paths["stock_2018"].parent), "STOCK_AFTER": str(paths["stock_2021"].parent),
             "DIFFERENCE": str(paths["difference"].parent), "TERRITORIES": f"{paths['communes']}|layername=communes",
             "METHOD": 0, "OUTPUT": str(tmp_path / "annule.gpkg"), "CHANGES": str(tmp_path / "annule_ch.gpkg")},
            feedback)
    stopped = time.perf_counter()
    timer.cancel()
    assert cancelled_at, "the run ended before the cancel: make the data larger"
    assert stopped - cancelled_at[0] < 1.0


def test_inputs_are_byte_identical_after_a_run(aula_provider, tmp_path):
    before = checksums(OCSGE)
    run(base(tmp_path, CHANGES=str(tmp_path / "changements.gpkg"), REPORT=str(tmp_path / "rapport.html")))
    assert checksums(OCSGE) == before


def test_an_output_over_an_input_is_refused_and_the_input_kept(aula_provider, tmp_path):
    copy = tmp_path / "livraison"
    shutil.copytree(STOCK_2018, copy)
    target = copy / "artif_2018_62.gpkg"
    before = checksums(copy)
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=str(copy), OUTPUT=str(target)))
    assert_bilingual(error, "OUTPUT", str(target))
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=str(copy), REPORT=str(copy / "rapport.html")))
    assert_bilingual(error, "REPORT")
    assert checksums(copy) == before


def test_missing_folder_is_named(aula_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=str(tmp_path / "nulle_part")))
    assert_bilingual(error, "STOCK_BEFORE", "nulle_part")


def test_folder_without_geopackage_is_named(aula_provider, tmp_path):
    empty = tmp_path / "livraison_vide"
    empty.mkdir()
    (empty / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01.7z").write_bytes(b"7z")
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=str(empty)))
    assert_bilingual(error, "livraison_vide", ".7z")


def test_no_stock_nor_difference_is_named(aula_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=None, STOCK_AFTER=None, DIFFERENCE=None))
    assert_bilingual(error, "STOCK_BEFORE", "DIFFERENCE")


def test_a_single_stock_millesime_is_named(aula_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_AFTER=None, DIFFERENCE=None))
    assert_bilingual(error, "STOCK_BEFORE", "STOCK_AFTER")


def test_a_layer_without_artif_field_is_named(aula_provider, tmp_path):
    import processing

    stripped = tmp_path / "sans_artif.gpkg"
    processing.run("native:deletecolumn", {"INPUT": str(STOCK_2018 / "artif_2018_62.gpkg"), "COLUMN": ["artif"],
                                           "OUTPUT": str(stripped)})
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=str(stripped), DIFFERENCE=None))
    assert_bilingual(error, "sans_artif", "artif")
    # the matrix method does not need it
    result = run(base(tmp_path, STOCK_BEFORE=str(stripped), DIFFERENCE=None, METHOD=1,
                      OUTPUT=str(tmp_path / "matrice.gpkg")))
    assert Path(result["OUTPUT"]).exists()


def test_territories_without_insee_field_are_named(aula_provider, tmp_path):
    import processing

    renamed = processing.run("native:renametablefield", {"INPUT": COMMUNES, "FIELD": "insee_com",
                                                         "NEW_NAME": "numero", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, TERRITORIES=renamed))
    assert_bilingual(error, "TERRITORIES_INSEE_FIELD")


def test_unexpected_artif_values_are_named(aula_provider, tmp_path):
    import processing

    odd = processing.run("native:fieldcalculator", {
        "INPUT": str(STOCK_2018 / "artif_2018_62.gpkg"), "FIELD_NAME": "artif", "FIELD_TYPE": 2,
        "FORMULA": "if(\"fid\" = 1, 'peut-être', \"artif\")", "OUTPUT": str(tmp_path / "artif_2018_62.gpkg")})
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, STOCK_BEFORE=odd["OUTPUT"], OUTPUT=str(tmp_path / "x.gpkg")))
    assert_bilingual(error, "peut-être", "artif")


def test_membership_without_fields_is_named(aula_provider, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(base(tmp_path, MEMBERSHIP=str(DEMO / "zan" / "appartenance_epci_artois_2026.csv")))
    assert_bilingual(error, "MEMBERSHIP_INSEE_FIELD", "MEMBERSHIP_ID_FIELD")
