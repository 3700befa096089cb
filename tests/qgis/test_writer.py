"""The fast output writer (processing/writer.py) against real QGIS, GDAL and SQLite: other layers of a
GeoPackage kept, NULLs and types right, a valid spatial index, cancel raising and leaving nothing; and the
ICU raster output equal to the polygon output cell for cell."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from aula_toolkit_plugin.aula_toolkit.fields import INTEGER, REAL, TEXT, FieldSpec
from aula_toolkit_plugin.processing import writer as W
from aula_toolkit_plugin.processing.io import fields_from_specs

SPECS = (FieldSpec("name", TEXT, "Nom", "Name"), FieldSpec("count", INTEGER, "Nombre", "Count"),
         FieldSpec("value", REAL, "Valeur", "Value"))
CRS = QgsCoordinateReferenceSystem("EPSG:2154")


class _SinkAlgorithm(QgsProcessingAlgorithm):
    """Just enough of an algorithm to resolve a sink parameter the way Processing does."""

    def name(self):
        return "writer_test"

    def displayName(self):  # noqa: N802
        return "writer test"

    def createInstance(self):  # noqa: N802
        return _SinkAlgorithm()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out", optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return {}


class _CancelAfter(QgsProcessingFeedback):
    """A user pressing Cancel after ``calls`` checks (the writer checks between batches)."""

    def __init__(self, calls: int):
        super().__init__()
        self.calls = calls

    def isCanceled(self):  # noqa: N802
        self.calls -= 1
        if self.calls < 0:
            self.cancel()
        return super().isCanceled()


@pytest.fixture()
def alg(qgis_app):
    algorithm = _SinkAlgorithm()
    algorithm.initAlgorithm()
    return algorithm


def _frame(n: int) -> pd.DataFrame:
    return pd.DataFrame({"name": [None if i % 3 == 0 else f"site {i}" for i in range(n)],
                         "count": pd.array([None if i % 4 == 0 else i for i in range(n)], dtype="Int64"),
                         "value": [np.nan if i % 5 == 0 else i / 2 for i in range(n)]})


def _boxes(n: int) -> W.GeometryColumn:
    x = 650_000 + (np.arange(n) % 100) * 200.0
    y = 7_030_000 + (np.arange(n) // 100) * 200.0
    return W.GeometryColumn.from_boxes(x, y, x + 200, y + 200)


def _write(alg, destination, frame, geometry=None, feedback=None, context=None):
    return W.write_output(alg, {"OUTPUT": destination}, "OUTPUT", context or QgsProcessingContext(),
                          fields_from_specs(SPECS, french=True), frame,
                          QgsWkbTypes.Type.MultiPolygon if geometry is not None else QgsWkbTypes.Type.NoGeometry,
                          CRS, geometry, [s.kind for s in SPECS], feedback)


def _existing_gpkg(path: Path, layer: str = "a_garder") -> None:
    """A GeoPackage the user owns, with one point layer of 3 features."""
    source = QgsVectorLayer("Point?crs=EPSG:2154&field=code:string", layer, "memory")
    features = []
    for i in range(3):
        f = QgsFeature(source.fields())
        f.setAttributes([f"P{i}"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650_000 + i, 7_030_000)))
        features.append(f)
    source.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer
    QgsVectorFileWriter.writeAsVectorFormatV2(source, str(path), QgsProject.instance().transformContext(), options)
    assert QgsVectorLayer(f"{path}|layername={layer}", "k", "ogr").featureCount() == 3


def _tables(path: Path):
    with sqlite3.connect(path) as con:
        return {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}


def test_nulls_types_and_geometry(alg, tmp_path):
    dest = _write(alg, str(tmp_path / "out.gpkg"), _frame(20), _boxes(20))
    layer = QgsVectorLayer(dest, "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 20
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    assert layer.crs().authid() == "EPSG:2154"
    fields = layer.fields()
    assert [fields.field(n).typeName().lower() for n in ("name", "count", "value")] == ["string", "integer", "real"]
    by_fid = {f.id(): f for f in layer.getFeatures()}
    for i in range(20):
        f = by_fid[i + 1]
        assert (f["name"] is None or f["name"] == "NULL" or (hasattr(f["name"], "isNull") and f["name"].isNull())) \
            == (i % 3 == 0)
        if i % 3:
            assert f["name"] == f"site {i}"
        assert _is_null(f["count"]) == (i % 4 == 0)
        if i % 4:
            assert f["count"] == i
        assert _is_null(f["value"]) == (i % 5 == 0)
        if i % 5:
            assert f["value"] == pytest.approx(i / 2)
        box = f.geometry().boundingBox()
        assert (box.xMinimum(), box.yMinimum()) == (650_000 + (i % 100) * 200.0, 7_030_000 + (i // 100) * 200.0)
        assert f.geometry().area() == pytest.approx(40_000)


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def test_spatial_index_valid_and_used(alg, tmp_path):
    n = 5000
    dest = _write(alg, str(tmp_path / "idx.gpkg"), _frame(n), _boxes(n))
    with sqlite3.connect(tmp_path / "idx.gpkg") as con:
        assert con.execute("SELECT rtreecheck('rtree_idx_geom')").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM rtree_idx_geom").fetchone()[0] == n
    layer = QgsVectorLayer(dest, "idx", "ogr")
    assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    hits = {f.id() for f in layer.getFeatures(QgsFeatureRequest(QgsRectangle(650_250, 7_030_250, 650_450, 7_030_350)))}
    assert hits == {102, 103}  # second row of squares, second and third columns (fid = index + 1)


def test_other_layers_of_a_geopackage_are_kept(alg, tmp_path):
    path = tmp_path / "projet.gpkg"
    _existing_gpkg(path)
    dest = _write(alg, f"ogr:dbname='{path}' table=\"resultat\" (geom)", _frame(10), _boxes(10))
    assert dest == f"{path}|layername=resultat"
    assert QgsVectorLayer(dest, "r", "ogr").featureCount() == 10
    assert QgsVectorLayer(f"{path}|layername=a_garder", "k", "ogr").featureCount() == 3
    # a plain path to the same file: the layer named after the file is added, the others stay
    dest = _write(alg, str(path), _frame(4), _boxes(4))
    assert dest == f"{path}|layername=projet"
    assert _tables(path) >= {"a_garder", "resultat", "projet"}
    # writing again replaces only the layer of that name
    _write(alg, f"ogr:dbname='{path}' table=\"resultat\" (geom)", _frame(7), _boxes(7))
    assert QgsVectorLayer(f"{path}|layername=resultat", "r", "ogr").featureCount() == 7
    assert QgsVectorLayer(f"{path}|layername=a_garder", "k", "ogr").featureCount() == 3
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT rtreecheck('rtree_resultat_geom')").fetchone()[0] == "ok"
        assert not [t for t in _tables(path) if t.endswith("_aula_tmp")]


def test_names_with_quotes(alg, tmp_path):
    """French file and layer names carry apostrophes (« l'îlot »): quoted everywhere in SQL."""
    path = tmp_path / "l'îlot \"nord\".gpkg"
    dest = _write(alg, str(path), _frame(60), _boxes(60))
    assert QgsVectorLayer(dest, "q", "ogr").featureCount() == 60
    dest = _write(alg, f"ogr:dbname='{path}' table=\"zone d'étude\" (geom)", _frame(3), _boxes(3))
    dest = _write(alg, f"ogr:dbname='{path}' table=\"zone d'étude\" (geom)", _frame(4), _boxes(4))  # replaced
    assert QgsVectorLayer(dest, "q", "ogr").featureCount() == 4
    assert QgsVectorLayer(f"{path}|layername=l'îlot \"nord\"", "q", "ogr").featureCount() == 60


@pytest.mark.parametrize("calls", [0, 1])
def test_cancel_raises_and_leaves_no_new_file(alg, tmp_path, calls):
    path = tmp_path / "annule.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        _write(alg, str(path), _frame(W.CHUNK + 10), _boxes(W.CHUNK + 10), _CancelAfter(calls))
    assert not path.exists()
    assert not list(tmp_path.glob("annule.gpkg*"))


def test_cancel_keeps_the_users_geopackage_intact(alg, tmp_path):
    path = tmp_path / "projet.gpkg"
    _existing_gpkg(path)
    _write(alg, f"ogr:dbname='{path}' table=\"resultat\" (geom)", _frame(5), _boxes(5))
    with pytest.raises(QgsProcessingException, match="Traitement annulé"):
        _write(alg, f"ogr:dbname='{path}' table=\"resultat\" (geom)", _frame(W.CHUNK + 10), _boxes(W.CHUNK + 10),
               _CancelAfter(1))
    assert _tables(path) == {"a_garder", "resultat"}
    assert QgsVectorLayer(f"{path}|layername=resultat", "r", "ogr").featureCount() == 5  # the previous result
    assert QgsVectorLayer(f"{path}|layername=a_garder", "k", "ogr").featureCount() == 3


class _SelfInsertingTable:
    """A table that inserts itself with one long SQL statement (as friches DETAILS does); the user presses
    Cancel once the statement has started."""

    def __init__(self, rows: int, feedback: QgsProcessingFeedback):
        self.rows, self.feedback, self.finished = rows, feedback, False

    def __len__(self):
        return self.rows

    def insert_rows(self, con, table, names, kinds):
        self.feedback.cancel()
        con.execute(f"WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < {self.rows - 1}) "
                    f"INSERT INTO {table} (name, count, value) SELECT 'x', i, i / 2.0 FROM r")
        self.finished = True


def test_cancel_stops_a_long_sql_statement(alg, tmp_path):
    """The writer's SQLite progress handler interrupts a statement in progress: without it the 20 million
    rows would all be inserted (several seconds) before the cancel is seen."""
    path = tmp_path / "projet.gpkg"
    _existing_gpkg(path)
    feedback = QgsProcessingFeedback()
    table = _SelfInsertingTable(20_000_000, feedback)
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        W.write_output(alg, {"OUTPUT": f"ogr:dbname='{path}' table=\"details\""}, "OUTPUT", QgsProcessingContext(),
                       fields_from_specs(SPECS, french=True), table, QgsWkbTypes.Type.NoGeometry, None, None,
                       [s.kind for s in SPECS], feedback)
    assert not table.finished
    assert _tables(path) == {"a_garder"}
    assert QgsVectorLayer(f"{path}|layername=a_garder", "k", "ogr").featureCount() == 3


def test_table_without_geometry_and_memory_output(alg, tmp_path):
    dest = _write(alg, str(tmp_path / "table.gpkg"), _frame(12))
    table = QgsVectorLayer(dest, "t", "ogr")
    assert table.featureCount() == 12 and table.wkbType() == QgsWkbTypes.Type.NoGeometry
    context = QgsProcessingContext()
    dest = _write(alg, "memory:", _frame(12), _boxes(12), context=context)
    from qgis.core import QgsProcessingUtils

    memory = QgsProcessingUtils.mapLayerFromString(dest, context)
    assert memory.featureCount() == 12
    values = sorted((f["count"] for f in memory.getFeatures() if not _is_null(f["count"])))
    assert values == [i for i in range(12) if i % 4]
    assert all(f.geometry().area() == pytest.approx(40_000) for f in memory.getFeatures())


@pytest.mark.parametrize("destination", ["memory:", "out.shp", "out.geojson"])
def test_decimals_kept_in_every_format(alg, tmp_path, destination):
    """Not only GeoPackages: a memory layer, a shapefile or GeoJSON keep 0.5 as 0.5 (they were written as
    integers once, the fields' kinds guessed from a type name that a field made by type alone lacks)."""
    from qgis.core import QgsProcessingUtils

    context = QgsProcessingContext()
    target = destination if destination == "memory:" else str(tmp_path / destination)
    dest = _write(alg, target, _frame(12), _boxes(12), context=context)
    layer = QgsProcessingUtils.mapLayerFromString(dest, context)
    values = sorted(f["value"] for f in layer.getFeatures() if not _is_null(f["value"]))
    assert values == pytest.approx(sorted(i / 2 for i in range(12) if i % 5))
    assert W._kinds_of(fields_from_specs(SPECS, french=True)) == [s.kind for s in SPECS]


def test_icu_raster_equals_polygons(aula_provider, tmp_path):
    """HOTSPOTS_RASTER holds, at the centre of every HOTSPOTS square, that square's gi_z and gi_bin."""
    import processing
    from osgeo import gdal

    demo = Path(__file__).resolve().parents[2] / "demo_data" / "icu"
    results = processing.run("aula:icu_hotspots", {
        "TEMPERATURE": str(demo / "lst_landsat_st_b10_lens_henin_GENERE.tif"), "DISTANCE": 400,
        "HOTSPOTS": str(tmp_path / "h.gpkg"), "HOTSPOTS_RASTER": str(tmp_path / "h.tif")})
    assert results["HOTSPOTS_RASTER"] == str(tmp_path / "h.tif")
    assert (tmp_path / "h.qml").exists()
    ds = gdal.Open(results["HOTSPOTS_RASTER"])
    x0, size, _, y0, _, minus = ds.GetGeoTransform()
    assert size == 200 and minus == -200 and x0 % 200 == 0 and y0 % 200 == 0
    assert ds.RasterCount == 2 and ds.GetRasterBand(2).GetDescription() == "gi_bin"
    z, bins = ds.GetRasterBand(1).ReadAsArray(), ds.GetRasterBand(2).ReadAsArray()
    layer = QgsVectorLayer(results["HOTSPOTS"], "h", "ogr")
    seen = np.zeros(z.shape, dtype=bool)
    for f in layer.getFeatures():
        c = f.geometry().centroid().asPoint()
        row, col = int((y0 - c.y()) // 200), int((c.x() - x0) // 200)
        assert z[row, col] == pytest.approx(f["gi_z"], abs=1e-5)
        assert bins[row, col] == f["gi_bin"]
        seen[row, col] = True
    assert seen.sum() == layer.featureCount() > 1000
    assert (bins[~seen] == -9999).all()
