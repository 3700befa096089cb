"""PostGIS path of the net artificialisation against a real PostgreSQL + PostGIS server.

``aula:ocsge_to_postgis`` loads the generated Lens-Liévin deliveries (idempotently), then
``aula:zan_net_artificialisation`` runs inside the database: same numbers as the file path, to the m².
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProviderRegistry, QgsVectorLayer

from aula_toolkit_plugin.processing.ocsge_to_postgis import table_uri
from aula_toolkit_plugin.tests.servers.postgis import postgis_server  # noqa: F401

DEMO = Path(__file__).resolve().parents[2] / "demo_data"
OCSGE = DEMO / "ocsge"
STOCK_2018 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"
STOCK_2021 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"
DIFF = OCSGE / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"
COMMUNES = str(OCSGE / "communes_ca_lens_lievin.gpkg") + "|layername=communes"
CONNECTION = "aula_test_postgis"


def rows_of(path):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    return {f["territoire_id"]: f for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def loaded(aula_provider, postgis_server):  # noqa: F811
    import processing

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis_server.uri, {"saveUsername": True}), CONNECTION)
    results = processing.run("aula:ocsge_to_postgis", {"INPUT": str(OCSGE), "DATABASE": CONNECTION,
                                                       "SCHEMA": "ocsge"})
    return postgis_server, results


def test_loader_writes_the_normalised_schema_idempotently(loaded):
    import processing

    server, results = loaded
    assert results["STOCK_TABLE"] == "ocsge.ocsge_artif"
    counts = server.psql("SELECT departement, millesime, count(*) FROM ocsge.ocsge_artif GROUP BY 1, 2 ORDER BY 2")
    assert [line.split("|")[:2] for line in counts.splitlines()] == [["62", "2018"], ["62", "2021"]]
    before = server.psql("SELECT count(*), round(sum(ST_Area(geom))) FROM ocsge.ocsge_artif")
    diff = server.psql("SELECT count(*), min(millesime_avant), max(millesime_apres) FROM ocsge.ocsge_artif_difference")
    assert diff.split("|")[1:] == ["2018", "2021"]
    assert "gist" in server.psql("SELECT indexdef FROM pg_indexes WHERE tablename = 'ocsge_artif'")
    assert server.psql("SELECT last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL FROM pg_stat_user_tables "
                       "WHERE relname = 'ocsge_artif'") == "t"
    processing.run("aula:ocsge_to_postgis", {"INPUT": str(STOCK_2018), "DATABASE": CONNECTION, "SCHEMA": "ocsge"})
    assert server.psql("SELECT count(*), round(sum(ST_Area(geom))) FROM ocsge.ocsge_artif") == before
    assert server.psql("SELECT count(*) FROM pg_tables WHERE tablename LIKE '_aula_stage_%'") == "0"


def test_postgis_path_equals_file_path_to_the_square_metre(loaded, tmp_path):
    import processing

    server, _ = loaded
    common = {"TERRITORIES": COMMUNES, "METHOD": 0, "CHANGES": None, "REPORT": None}
    files = processing.run("aula:zan_net_artificialisation", dict(
        common, STOCK_BEFORE=str(STOCK_2018), STOCK_AFTER=str(STOCK_2021), DIFFERENCE=str(DIFF),
        OUTPUT=str(tmp_path / "fichiers.gpkg"), CHANGES=str(tmp_path / "changements_fichiers.gpkg")))
    database = processing.run("aula:zan_net_artificialisation", dict(
        common, STOCK_BEFORE=table_uri(server.uri, "ocsge", "ocsge_artif"),
        DIFFERENCE=table_uri(server.uri, "ocsge", "ocsge_artif_difference"),
        OUTPUT=str(tmp_path / "postgis.gpkg"), CHANGES=str(tmp_path / "changements_postgis.gpkg"),
        RESULT_TABLE="ocsge.resultats_communes"))
    a, b = rows_of(files["OUTPUT"]), rows_of(database["OUTPUT"])
    assert set(a) == set(b) and len(a) == 36
    for code in a:
        for field in ("stock_avant_ha", "stock_apres_ha", "artificialisation_ha", "renaturation_ha", "net_ha"):
            assert abs(a[code][field] - b[code][field]) * 1e4 < 1.0, (code, field)
        assert a[code]["couverture"] == b[code]["couverture"]
        assert a[code]["millesimes"] == b[code]["millesimes"]
    assert server.psql("SELECT count(*) FROM ocsge.resultats_communes") == "36"
    changes_files = QgsVectorLayer(files["CHANGES"], "a", "ogr")
    changes_db = QgsVectorLayer(database["CHANGES"], "b", "ogr")
    assert changes_files.featureCount() == changes_db.featureCount() > 0
    assert sum(f["surface_m2"] for f in changes_files.getFeatures()) == pytest.approx(
        sum(f["surface_m2"] for f in changes_db.getFeatures()), abs=1.0)


def test_matrix_method_also_runs_inside_the_database(loaded, tmp_path):
    import processing

    server, _ = loaded
    for method in (1, 2):
        files = processing.run("aula:zan_net_artificialisation", {
            "STOCK_BEFORE": str(STOCK_2018), "STOCK_AFTER": str(STOCK_2021), "DIFFERENCE": str(DIFF),
            "TERRITORIES": COMMUNES, "METHOD": method, "OUTPUT": str(tmp_path / f"f{method}.gpkg")})
        database = processing.run("aula:zan_net_artificialisation", {
            "STOCK_BEFORE": table_uri(server.uri, "ocsge", "ocsge_artif"),
            "DIFFERENCE": table_uri(server.uri, "ocsge", "ocsge_artif_difference"),
            "TERRITORIES": COMMUNES, "METHOD": method, "OUTPUT": str(tmp_path / f"p{method}.gpkg")})
        a, b = rows_of(files["OUTPUT"]), rows_of(database["OUTPUT"])
        for code in a:
            assert abs(a[code]["net_ha"] - b[code]["net_ha"]) * 1e4 < 1.0
            assert abs(a[code]["stock_apres_ha"] - b[code]["stock_apres_ha"]) * 1e4 < 1.0


def test_loader_cancel_stops_within_a_second_and_leaves_no_staging_table(loaded):
    """Robustness of ``aula:ocsge_to_postgis`` that needs a server (the table's runner has none): cancel while a
    delivery is being copied is reported as a cancel within a second, never a success, and drops its staging table."""
    import time

    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    server, _ = loaded

    class CancelWhileLoading(QgsProcessingFeedback):
        cancelled_at = None

        def pushInfo(self, text):  # noqa: N802
            super().pushInfo(text)
            if self.cancelled_at is None and text.startswith(("Loading", "Chargement")):
                self.cancelled_at = time.monotonic()
                self.cancel()

    before = server.psql("SELECT count(*), round(sum(ST_Area(geom))) FROM ocsge.ocsge_artif")
    feedback = CancelWhileLoading()
    with pytest.raises(QgsProcessingException) as error:
        processing.run("aula:ocsge_to_postgis", {"INPUT": str(OCSGE), "DATABASE": CONNECTION, "SCHEMA": "ocsge"},
                       feedback=feedback)
    stopped = time.monotonic()
    assert feedback.cancelled_at is not None, "no delivery was announced"
    assert stopped - feedback.cancelled_at < 1.0
    assert "Traitement annulé" in str(error.value) and "Cancelled" in str(error.value)
    assert server.psql("SELECT count(*) FROM pg_tables WHERE tablename LIKE '_aula_stage_%'") == "0"
    assert server.psql("SELECT count(*), round(sum(ST_Area(geom))) FROM ocsge.ocsge_artif") == before


def test_two_stocks_alone_split_artificialisation_and_renaturation_same_in_files_and_postgis(loaded, tmp_path):
    """Without DIFFERENCE, both paths overlay the two stocks: artificialisation, renaturation and net equal to
    the m², and they agree with IGN's difference layer of the demo within the 0.5 ha of the consistency rule."""
    import processing

    server, _ = loaded
    common = {"TERRITORIES": COMMUNES, "METHOD": 0}
    files = processing.run("aula:zan_net_artificialisation", dict(
        common, STOCK_BEFORE=str(STOCK_2018), STOCK_AFTER=str(STOCK_2021), OUTPUT=str(tmp_path / "stocks.gpkg"),
        CHANGES=str(tmp_path / "changements.gpkg")))
    database = processing.run("aula:zan_net_artificialisation", dict(
        common, STOCK_BEFORE=table_uri(server.uri, "ocsge", "ocsge_artif"), OUTPUT=str(tmp_path / "stocks_pg.gpkg"),
        CHANGES=str(tmp_path / "changements_pg.gpkg")))
    with_diff = processing.run("aula:zan_net_artificialisation", dict(
        common, DIFFERENCE=str(DIFF), OUTPUT=str(tmp_path / "diff.gpkg")))
    a, b, d = rows_of(files["OUTPUT"]), rows_of(database["OUTPUT"]), rows_of(with_diff["OUTPUT"])
    assert set(a) == set(b) == set(d) and len(a) == 36
    assert sum(a[code]["renaturation_ha"] for code in a) > 0 and sum(a[code]["artificialisation_ha"] for code in a) > 0
    for code in a:
        for field in ("artificialisation_ha", "renaturation_ha", "net_ha", "stock_avant_ha", "stock_apres_ha"):
            assert abs(a[code][field] - b[code][field]) * 1e4 < 1.0, (code, field)
        assert a[code]["net_ha"] == pytest.approx(a[code]["stock_apres_ha"] - a[code]["stock_avant_ha"], abs=1e-6)
        for field in ("artificialisation_ha", "renaturation_ha"):
            assert abs(a[code][field] - d[code][field]) <= 0.5, (code, field, a[code][field], d[code][field])
    sums = []
    for path in (files["CHANGES"], database["CHANGES"]):
        by_key = {}
        for f in QgsVectorLayer(path, "c", "ogr").getFeatures():
            key = (f["insee_com"], f["sens"])
            by_key[key] = by_key.get(key, 0.0) + f["surface_m2"]
            assert f.geometry().area() == pytest.approx(f["surface_m2"], rel=1e-6)
        sums.append(by_key)
    assert set(sums[0]) == set(sums[1]) and sums[0]
    for (code, sens), area in sums[0].items():
        assert area == pytest.approx(sums[1][(code, sens)], abs=1.0)
        field = "artificialisation_ha" if sens > 0 else "renaturation_ha"
        assert area == pytest.approx(a[code][field] * 1e4, abs=1.0), (code, sens)


def test_two_stocks_alone_with_the_matrix_method_same_in_files_and_postgis(loaded, tmp_path):
    import processing

    server, _ = loaded
    files = processing.run("aula:zan_net_artificialisation", {
        "STOCK_BEFORE": str(STOCK_2018), "STOCK_AFTER": str(STOCK_2021), "TERRITORIES": COMMUNES, "METHOD": 1,
        "OUTPUT": str(tmp_path / "m.gpkg")})
    database = processing.run("aula:zan_net_artificialisation", {
        "STOCK_BEFORE": table_uri(server.uri, "ocsge", "ocsge_artif"), "TERRITORIES": COMMUNES, "METHOD": 1,
        "OUTPUT": str(tmp_path / "mp.gpkg")})
    a, b = rows_of(files["OUTPUT"]), rows_of(database["OUTPUT"])
    assert sum(a[code]["artificialisation_ha"] for code in a) > 0
    for code in a:
        for field in ("artificialisation_ha", "renaturation_ha", "net_ha"):
            assert abs(a[code][field] - b[code][field]) * 1e4 < 1.0, (code, field)
