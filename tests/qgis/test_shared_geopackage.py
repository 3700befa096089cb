"""A user keeps results open while writing more into the same GeoPackage (the demo's habit, and many
agencies'): the layers already loaded must still read afterwards.

QGIS opens GeoPackage layers read-only without SQLite locking; when QGIS then opens the same file for writing
(a style saved with ``saveStyleToDatabase``, a QGIS sink) it switches the file to WAL, and the layers already
open fail with 'unable to open database file' (a feature count of -1). Our outputs and their styles are
written through GDAL and SQLite, which keep the file's journal mode."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from qgis.core import QgsVectorLayer

DEMO_DATA = Path(__file__).resolve().parents[2] / "demo_data"


def zan_into(gpkg: Path, name: str) -> dict:
    import processing

    return processing.run("aula:zan_counters", {
        "CONSUMPTION": str(DEMO_DATA / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"), "LEVEL": 1,
        "COMMUNES": f"{DEMO_DATA / 'admin' / 'artois_admin_2026.gpkg'}|layername=communes",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{name}\" (geom)",
        "TRAJECTORY": f"ogr:dbname='{gpkg}' table=\"{name}_trajectoire\"",
    })


def test_layers_open_on_a_geopackage_still_read_after_another_run_writes_into_it(aula_provider, tmp_path):
    gpkg = tmp_path / "resultats.gpkg"
    zan_into(gpkg, "zan_premier")
    opened = QgsVectorLayer(f"{gpkg}|layername=zan_premier", "premier", "ogr")
    assert opened.isValid()
    before = sorted(f["territoire_id"] for f in opened.getFeatures())
    assert len(before) == opened.featureCount() == 5

    zan_into(gpkg, "zan_second")

    assert opened.featureCount() == 5
    assert sorted(f["territoire_id"] for f in opened.getFeatures()) == before
    with closing(sqlite3.connect(gpkg)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
        styles = dict(db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall())
    assert styles.get("zan_premier") == 1 and styles.get("zan_second") == 1, styles
    second = QgsVectorLayer(f"{gpkg}|layername=zan_second", "second", "ogr")
    assert second.isValid() and second.featureCount() == 5
    assert second.renderer() is not None and second.renderer().type() != "singleSymbol", \
        "the default style stored through GDAL is the one QGIS loads"
