"""An observatory map published by ``aula:lizmap_publish`` and served by a real QGIS Server running 3Liz's
``lizmap_server`` plugin: access per Lizmap group, ``/lizmap/server.json``, GetPrint of the layout, base
maps, hidden tables, rasters, a one-point layer, republishing merges, instance metadata through QGIS."""

from __future__ import annotations

import json
import re
import struct
import time
import urllib.parse
import urllib.request
import zlib
from pathlib import Path

import pytest
from qgis.PyQt.QtGui import QColor
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from aula_toolkit_plugin.aula_toolkit.lizmap import cfg as C
from aula_toolkit_plugin.aula_toolkit.lizmap.verify import capabilities_layer_names, distinct_colors
from aula_toolkit_plugin.processing import lizmap_project as LP
from aula_toolkit_plugin.processing.lizmap_publish import LizmapPublishAlgorithm
from aula_toolkit_plugin.tests.core.test_lizmap_observatory import lizmap_stub  # noqa: F401 (fixture)
from aula_toolkit_plugin.tests.qgis.lizmap_helpers import admin_layer, basic_authcfg
from aula_toolkit_plugin.tests.servers.fixtures import lizmap_qgis_server  # noqa: F401 (fixture)

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
USES = ["residentiel", "industrie", "renaturation"]


def friches_layer() -> QgsVectorLayer:
    """Friches results as ``aula:friches_mutability`` names them (a few GENERATED sites on real communes)."""
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string&field=nom_commune:string&field=nom_epci:string"
                           "&field=usage_1:string&field=indice_1:double" + "".join(f"&field=ind_{u}:double"
                                                                                    for u in USES),
                           "Friches – mutabilité (GENERE)", "memory")
    communes = admin_layer("communes", "Communes")
    features = []
    for i, commune in enumerate(communes.getFeatures()):
        if i % 40:
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(commune.geometry().centroid().asPoint()))
        feature.setAttributes([f"F{i:03d}", commune["nom"], commune["nom_epci"], USES[i % 3], 60.0 + i % 30,
                               55.0, 40.0, 70.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def one_point_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=nom:string", "Siège de l'agence", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(651500, 7033800)))
    feature.setAttributes(["Agence d'urbanisme de l'Artois"])
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer


def epci_table() -> QgsVectorLayer:
    layer = QgsVectorLayer("None?field=nom_epci:string&field=friches:integer", "Friches par EPCI (table)", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["CU d'Arras", 3])
    layer.dataProvider().addFeatures([feature])
    return layer


def heat_raster(folder: Path) -> QgsRasterLayer:
    """A small GeoTIFF in Lambert 93 (GENERATED values), as an ICU z-score grid."""
    from osgeo import gdal, osr

    path = folder / "icu_zscore_GENERE.tif"
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), 40, 20, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((640000, 500, 0, 7045000, 0, -500))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.WriteRaster(0, 0, 40, 20, struct.pack("800f", *[((x - 20) ** 2 + (y - 10) ** 2) ** 0.5 / 5
                                                         for y in range(20) for x in range(40)]))
    dataset = None
    layer = QgsRasterLayer(str(path), "Îlots de chaleur – z-score (GENERE)", "gdal")
    assert layer.isValid()
    return layer


def get(url: str, params: dict, groups: str = ""):
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(params))
    if groups:
        request.add_header("X-Lizmap-User-Groups", groups)
        request.add_header("X-Lizmap-User", "test")
    with urllib.request.urlopen(request, timeout=120) as answer:
        return answer.headers.get("Content-Type", ""), answer.read()


@pytest.fixture(scope="module")
def published(tmp_path_factory, qgis_processing, lizmap_qgis_server):
    folder = tmp_path_factory.mktemp("observatoire")
    repo = folder / "repository"
    repo.mkdir()
    communes = admin_layer("communes", "Communes de l'Artois")
    mairies = admin_layer("mairies", "Mairies")
    layers = [communes, mairies, friches_layer(), one_point_layer(), epci_table(), heat_raster(folder)]
    import processing

    result = processing.run(LizmapPublishAlgorithm(), {
        "LAYERS": layers, "TITLE": "Observatoire des friches de l'Artois", "PROJECT_NAME": "observatoire",
        "TARGET": 0, "FOLDER": str(repo), "QGIS_SERVER_URL": lizmap_qgis_server.url, "VERIFY": True,
        "BASEMAPS": [0, 2], "GROUPS": "elus, agence", "LAYER_GROUPS": "Mairies: agence", "HIDE_PROJECT": True,
    })
    cfg = json.loads((repo / "observatoire.qgs.cfg").read_text(encoding="utf-8"))
    return {"result": result, "repo": repo, "cfg": cfg, "layers": layers, "server": lizmap_qgis_server}


def test_published_observatory_cfg(published):
    cfg, repo = published["cfg"], published["repo"]
    assert published["result"]["VERIFIED"] is True
    C.validate_cfg(cfg)
    layers = cfg["layers"]
    assert cfg["metadata"]["lizmap_web_client_target_version"] == 30800  # no instance: the default
    # base maps as Lizmap expects them: a "baselayers" group of EPSG:3857 XYZ layers, Plan IGN first
    assert layers["baselayers"]["type"] == "group"
    assert layers["Plan IGN"]["toggled"] == "True" and layers["OpenStreetMap"]["toggled"] == "False"
    qgs = (repo / "observatoire.qgs").read_text(encoding="utf-8")
    assert "type=xyz" in qgs and "data.geopf.fr/wmts" in qgs and "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2" in qgs
    assert 'name="baselayers"' in qgs
    # tables without geometry: hidden group, not in the legend; attribute table kept
    table = layers["Friches par EPCI (table)"]
    assert table["geometryType"] == "none" and table["displayInLegend"] == "False"
    assert 'name="hidden"' in qgs and "Friches par EPCI (table)" in cfg["attributeLayers"]
    # raster published as a raster; the one-point layer accepted, with a usable extent
    raster = layers["Îlots de chaleur – z-score (GENERE)"]
    assert "geometryType" not in raster and raster["crs"] == "EPSG:2154"
    assert re.search(r"observatoire\.[0-9a-f]{12}\.[a-z0-9_]+\.tif", qgs)
    assert layers["Siège de l'agence"]["geometryType"] == "point"
    # access, filters, print layout
    assert cfg["options"]["acl"] == ["elus", "agence"] and cfg["options"]["hideProject"] == "True"
    assert layers["Mairies"]["group_visibility"] == ["agence"]
    fields = {(row["layerId"], row["field"]) for row in cfg["formFilterLayers"].values()}
    friches_id = layers["Friches – mutabilité (GENERE)"]["id"]
    assert (friches_id, "nom_epci") in fields and (friches_id, "nom_commune") in fields
    assert any(row["title"] == "Friches : nombre de sites par EPCI" for row in cfg["datavizLayers"].values())
    assert cfg["layouts"]["list"][0]["layout"] == "Carte A4 paysage"


def test_lizmap_server_answers_and_hides_a_layer_from_other_groups(published):
    server, repo = published["server"], published["repo"]
    kind, body = get(server.url.replace("/ows/", "/lizmap/server.json"), {})
    info = json.loads(body)
    assert "qgis_server" in info and info["qgis_server"]["metadata"]["version"].startswith("3.")
    assert "lizmap_server" in json.dumps(info["qgis_server"].get("plugins", {}))

    params = {"MAP": str(repo / "observatoire.qgs"), "SERVICE": "WMS", "REQUEST": "GetCapabilities",
              "VERSION": "1.3.0"}
    _, agence = get(server.url, params, groups="agence")
    _, elus = get(server.url, params, groups="elus")
    agence_names, elus_names = capabilities_layer_names(agence), capabilities_layer_names(elus)
    assert "mairies" in agence_names
    assert "mairies" not in elus_names  # hidden from the group that may not see it
    assert "communes_de_l_artois" in elus_names and "communes_de_l_artois" in agence_names


def test_getprint_of_the_layout_returns_a_pdf_page_with_the_map(published):
    server, repo, cfg = published["server"], published["repo"], published["cfg"]
    extent = [float(v) for v in cfg["options"]["bbox"]]
    thematic = "communes_de_l_artois,friches_mutabilite_genere,siege_de_l_agence"
    params = {"MAP": str(repo / "observatoire.qgs"), "SERVICE": "WMS", "REQUEST": "GetPrint", "VERSION": "1.3.0",
              "TEMPLATE": "Carte A4 paysage", "CRS": "EPSG:2154", "map0:EXTENT": ",".join(map(str, extent)),
              "map0:LAYERS": thematic, "LAYERS": thematic, "DPI": "100"}
    kind, pdf = get(server.url, {**params, "FORMAT": "pdf"}, groups="agence")
    if not pdf:  # seen once on QGIS Server 3.40 under heavy load: an empty 200 answer; asked again once
        print("GetPrint: empty answer, asked again; server log:\n" + "\n".join(server.log[-20:]))
        time.sleep(1)
        kind, pdf = get(server.url, {**params, "FORMAT": "pdf"}, groups="agence")
    assert kind.startswith("application/pdf"), (kind, pdf[:300])
    assert pdf.startswith(b"%PDF")
    counts = re.findall(rb"/Type /Pages\s*/Kids \[[^\]]*\]\s*/Count (\d+)", pdf) or \
        re.findall(rb"/Count (\d+)", pdf)
    assert counts and int(counts[-1]) == 1, counts  # one page (QGIS may append an incremental update)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "lizmap_getprint.pdf").write_bytes(pdf)
    kind, png = get(server.url, {**params, "FORMAT": "png", "DPI": "60"}, groups="agence")
    assert kind.startswith("image/png")
    (ARTIFACTS / "lizmap_getprint.png").write_bytes(png)
    width, height = struct.unpack(">II", png[16:24])
    assert width > height  # landscape
    assert distinct_colors(png, limit=32) >= 8  # map, legend, title: far from a blank page


def test_republishing_keeps_administrator_changes_and_says_what_it_dropped(published, run_algorithm):
    repo = published["repo"]
    cfg_path = repo / "observatoire.qgs.cfg"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["layers"]["Communes de l'Artois"]["popupMaxFeatures"] = 30
    cfg["options"]["popupLocation"] = "right-dock"
    cfg["options"]["lizmap_future_option"] = "x"
    cfg_path.write_text(json.dumps(cfg, ensure_ascii=False), encoding="utf-8")

    layers = [layer for layer in published["layers"] if layer.name() != "Siège de l'agence"]
    result, feedback = run_algorithm("aula:lizmap_publish", {
        "LAYERS": layers, "TITLE": "Observatoire des friches de l'Artois", "PROJECT_NAME": "observatoire",
        "TARGET": 0, "FOLDER": str(repo), "VERIFY": False, "BASEMAPS": [0], "GROUPS": "elus, agence",
        "LAYER_GROUPS": "Mairies: agence"})
    merged = json.loads(cfg_path.read_text(encoding="utf-8"))
    assert merged["layers"]["Communes de l'Artois"]["popupMaxFeatures"] == 30
    assert merged["options"]["popupLocation"] == "right-dock" and merged["options"]["lizmap_future_option"] == "x"
    assert "Siège de l'agence" not in merged["layers"]
    assert any("Siège de l'agence" in w for w in feedback.warnings), feedback.warnings
    assert (repo / "observatoire.qgs.cfg.bak").is_file()


def test_unchanged_file_data_is_reused_and_not_sent_again(tmp_path, qgis_processing):
    repo = tmp_path / "repository"
    repo.mkdir()
    layers = [admin_layer("communes", "Communes de l'Artois"), admin_layer("epci", "EPCI")]
    settings = LP.PublishSettings(folder=str(repo), verify=False)
    first = LP.build_web_project(layers, tmp_path / "a", "reutilise", "Carte")
    LP.upload_web_project(first, settings)
    second = LP.build_web_project(layers, tmp_path / "b", "reutilise", "Carte (titre changé)")
    assert second.reused and second.gpkg_path.name == first.gpkg_path.name
    report = LP.upload_web_project(second, settings)
    assert report.upload.reused == [first.gpkg_path.name]
    assert "Carte (titre changé)" in (repo / "reutilise.qgs").read_text(encoding="utf-8")

    # nothing changed at all: the project itself is taken from the previous run
    third = LP.build_web_project(layers, tmp_path / "c", "reutilise", "Carte (titre changé)")
    assert third.qgs_path.read_bytes() == second.qgs_path.read_bytes()
    assert third.wms_layer_names == second.wms_layer_names and third.extent == second.extent
    # a new style is a new project (same data file)
    layers[0].renderer().symbol().setColor(QColor("#123456"))
    fourth = LP.build_web_project(layers, tmp_path / "d", "reutilise", "Carte (titre changé)")
    assert fourth.gpkg_path.name == first.gpkg_path.name
    assert "18,52,86" in fourth.qgs_path.read_text(encoding="utf-8")
    assert "18,52,86" not in third.qgs_path.read_text(encoding="utf-8")


def test_a_300_character_project_name_gets_a_clear_bilingual_error(tmp_path, qgis_processing):
    import processing

    with pytest.raises(QgsProcessingException) as error:
        processing.run(LizmapPublishAlgorithm(), {"LAYERS": [admin_layer("epci", "EPCI")], "PROJECT_NAME": "a" * 300,
                                                  "TARGET": 0, "FOLDER": str(tmp_path), "VERIFY": False})
    text = str(error.value)
    assert "Nom de projet trop long : 300 caractères" in text and "Project name too long: 300 characters" in text
    assert "Traceback" not in text


def test_instance_metadata_read_through_qgis_with_the_auth_db(lizmap_stub, tmp_path, qgis_processing):  # noqa: F811
    authcfg = basic_authcfg("publieur", "mot-de-passe")
    info = LP.read_lizmap_instance(lizmap_stub, authcfg)
    assert info.version == "3.9.2" and info.target == "3.9" and "observatoire" in info.repositories

    import processing

    result = processing.run(LizmapPublishAlgorithm(), {
        "LAYERS": [admin_layer("epci", "EPCI")], "PROJECT_NAME": "epci", "TARGET": 0, "FOLDER": str(tmp_path),
        "VERIFY": False, "INSTANCE_URL": lizmap_stub, "AUTHCFG": authcfg, "REPOSITORY": "observatoire"})
    cfg = json.loads((tmp_path / "epci.qgs.cfg").read_text(encoding="utf-8"))
    assert cfg["metadata"]["lizmap_web_client_target_version"] == 30900  # read from the instance
    assert cfg["metadata"]["instance_target_repository"] == "observatoire"
    assert result["MAP_URL"].endswith("index.php/view/map?repository=observatoire&project=epci")
    with pytest.raises(QgsProcessingException) as error:
        processing.run(LizmapPublishAlgorithm(), {
            "LAYERS": [admin_layer("epci", "EPCI")], "PROJECT_NAME": "epci", "TARGET": 0, "FOLDER": str(tmp_path),
            "VERIFY": False, "INSTANCE_URL": lizmap_stub, "AUTHCFG": authcfg, "REPOSITORY": "inconnu"})
    assert "observatoire (Observatoires de l'agence)" in str(error.value)
    assert "répertoires disponibles" in str(error.value) and "available repositories" in str(error.value)
    QgsProject.instance().clear()
