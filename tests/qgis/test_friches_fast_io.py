"""aula:friches_mutability reads clean GeoPackage layers and writes DETAILS by fast paths: the results
must be those of the QGIS reader (memory layers) and of the QGIS sink (a memory DETAILS layer)."""

import pytest


def _rows(layer, with_geometry=True):
    out = []
    for f in layer.getFeatures():
        attrs = [None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v for v in f.attributes()]
        attrs = [a for a, name in zip(attrs, layer.fields().names()) if name != "fid"]
        out.append((f.geometry().asWkt(3) if with_geometry else None, attrs))
    return out


def _memory(uri):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(uri, uri.rsplit("=", 1)[-1], "ogr")
    assert layer.isValid(), uri
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(layer.name())
    return copy


@pytest.fixture(scope="module")
def inputs(demo_data):
    ctx = demo_data / "friches" / "contexte_artois_GENERE.gpkg"
    return {
        "FRICHES": str(demo_data / "friches" / "cartofriches_62_2024-03.gpkg") + "|layername=friches_62",
        "MAIRIES": str(demo_data / "admin" / "artois_admin_2026.gpkg") + "|layername=mairies",
        "PLU_ZONES": f"{ctx}|layername=zonage_plu_GENERE",
        "MOTORWAYS": f"{ctx}|layername=autoroutes_GENERE",
        "SHOPS": f"{ctx}|layername=commerces_bpe_GENERE",
    }


def test_fast_readers_and_details_writer_match_qgis(aula_provider, run_algorithm, inputs, tmp_path):
    from qgis.core import QgsVectorLayer

    fast, _ = run_algorithm("aula:friches_mutability", dict(
        inputs, OUTPUT=str(tmp_path / "fast.gpkg"), DETAILS=str(tmp_path / "fast_details.gpkg")))
    memory_inputs = {key: _memory(uri) for key, uri in inputs.items()}  # read through QGIS's iterator
    plain, _ = run_algorithm("aula:friches_mutability", dict(
        memory_inputs, SITE_ID_FIELD="site_id", OUTPUT=str(tmp_path / "plain.gpkg"), DETAILS="memory:"))
    fast_out = QgsVectorLayer(fast["OUTPUT"], "fast", "ogr")
    plain_out = QgsVectorLayer(plain["OUTPUT"], "plain", "ogr")
    assert fast_out.featureCount() == plain_out.featureCount() == 618
    assert _rows(fast_out) == _rows(plain_out)
    fast_details = QgsVectorLayer(fast["DETAILS"], "d", "ogr")
    plain_details = plain["DETAILS"]
    plain_details = plain_details if isinstance(plain_details, QgsVectorLayer) else \
        QgsVectorLayer(plain_details, "d", "memory")
    assert fast_details.featureCount() == plain_details.featureCount() == 618 * 7 * 32
    assert _rows(fast_details, False) == _rows(plain_details, False)


def test_point_sites_read_from_their_bytes_match_qgis(aula_provider, run_algorithm, inputs, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    points = str(tmp_path / "points.gpkg")
    processing.run("native:centroids", {"INPUT": inputs["FRICHES"], "ALL_PARTS": False, "OUTPUT": points})
    context_layers = {k: v for k, v in inputs.items() if k != "FRICHES"}
    fast, _ = run_algorithm("aula:friches_mutability", dict(
        context_layers, FRICHES=points, SITE_ID_FIELD="site_id", OUTPUT=str(tmp_path / "fast.gpkg")))
    plain, _ = run_algorithm("aula:friches_mutability", dict(
        context_layers, FRICHES=_memory(points + "|layername=points"), SITE_ID_FIELD="site_id",
        OUTPUT=str(tmp_path / "plain.gpkg")))
    fast_out = QgsVectorLayer(fast["OUTPUT"], "fast", "ogr")
    plain_out = QgsVectorLayer(plain["OUTPUT"], "plain", "ogr")
    assert fast_out.featureCount() == plain_out.featureCount() == 618
    assert fast_out.extent() == plain_out.extent()
    assert _rows(fast_out) == _rows(plain_out)
