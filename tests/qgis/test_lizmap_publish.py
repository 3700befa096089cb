"""Publishing real toolkit results: web project, WebDAV upload (WsgiDAV), verification (qgis_mapserver)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
import requests
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

from aula_toolkit_plugin.aula_toolkit.lizmap import cfg as C
from aula_toolkit_plugin.aula_toolkit.lizmap.errors import PublishError
from aula_toolkit_plugin.aula_toolkit.lizmap.pipeline import web_project_items
from aula_toolkit_plugin.processing import lizmap_project as LP
from aula_toolkit_plugin.processing.lizmap_publish import LizmapPublishAlgorithm
from aula_toolkit_plugin.tests.qgis.lizmap_helpers import (
    basic_authcfg,
    files_containing,
    result_layers,
)
from aula_toolkit_plugin.tests.servers.fixtures import (  # noqa: F401 (fixtures)
    DAV_PASSWORD,
    DAV_USER,
    dav_root,
    launch,
    qgis_server,
    webdav_server,
)

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="module")
def layers(tmp_path_factory, qgis_processing):
    return result_layers(tmp_path_factory.mktemp("zan"))


def test_web_project_is_self_contained_styled_and_grouped(layers, tmp_path):
    project = LP.build_web_project(layers, tmp_path / "web", "resultats_aula", "Résultats de l'AULA",
                                   "Compteurs ZAN et référentiel administratif de l'Artois.")
    written = {p.name for p in (tmp_path / "web").iterdir()}
    attachments = "resultats_aula_attachments.zip"  # the project's style database, QGIS >= 3.26
    assert written - {attachments} == {"resultats_aula.gpkg", "resultats_aula.qgs", "resultats_aula.qgs.cfg"}
    uploaded = {item.name for item in web_project_items(tmp_path / "web", "resultats_aula")}
    assert uploaded == written  # everything QGIS wrote goes to the server, nothing else
    text = project.qgs_path.read_text(encoding="utf-8")
    assert "demo_data" not in text and str(tmp_path) not in text  # no link to the user's files
    assert "./resultats_aula.gpkg|layername=communes_de_l_artois" in text

    C.validate_cfg(project.cfg)  # every written cfg follows the schema
    C.validate_cfg(__import__("json").loads(project.cfg_path.read_text(encoding="utf-8")))

    web = QgsProject()
    assert web.read(str(project.qgs_path))
    assert web.readBoolEntry("WMSServiceCapabilities", "/")[0]
    assert web.readListEntry("WMSCrsList", "/")[0][0] == "EPSG:2154"
    assert len(web.readListEntry("WMSExtent", "/")[0]) == 4
    assert web.title() == "Résultats de l'AULA" and web.metadata().language() == "fr"
    groups = [g.name() for g in web.layerTreeRoot().findGroups()]
    names = {layer.name(): layer for layer in web.mapLayers().values()}
    assert set(names) == {lyr.name() for lyr in layers}
    assert "Données de référence" in groups
    for source in layers:
        copy = names[source.name()]
        assert copy.isValid() and copy.featureCount() == source.featureCount()
        assert copy.shortName() and copy.source().startswith(str(project.gpkg_path))
        if source.isSpatial():
            assert copy.renderer().type() == source.renderer().type()  # style kept
            assert copy.mapTipTemplate().startswith('<div class="aula-popup">')
    communes = names["Communes de l'Artois"]
    assert communes.attributeDisplayName(communes.fields().indexOf("nom")) == "Nom de la commune"
    assert "Nom de la commune" in project.cfg["layers"]["Communes de l'Artois"]["popupTemplate"]

    # styles are also saved inside the GeoPackage (default style of each layer)
    with sqlite3.connect(project.gpkg_path) as db:
        styled = {row[0] for row in db.execute("select f_table_name from layer_styles where useAsDefault")}
    assert {d.short_name for d in project.layers} <= styled

    if len(layers) > 2:  # ZAN results present
        assert "ZAN – consommation d'espaces" in groups
        assert project.cfg["datavizLayers"]["0"]["x_field"] == "annee"
        assert "Compteurs ZAN – EPCI" in project.cfg["tooltipLayers"]


@pytest.mark.slow
def test_publish_through_webdav_and_verify_with_qgis_server(layers, tmp_path, webdav_server, qgis_server, caplog):
    caplog.set_level(logging.DEBUG)
    authcfg = basic_authcfg()
    settings = LP.PublishSettings(
        target=LP.TARGET_WEBDAV, webdav_url=webdav_server.repository_url, instance_url="https://carto.example.org/",
        repository="aula", authcfg=authcfg, qgis_server_url=qgis_server.url,
        server_folder=str(webdav_server.root / "aula"))
    session = LP.session_for_authcfg(authcfg)
    assert session.verify is True
    project = LP.build_web_project(layers, tmp_path / "web", "resultats_aula", "Résultats de l'AULA",
                                   instance_url=settings.instance_url, repository="aula")
    steps = []
    report = LP.upload_web_project(project, settings, session, lambda f, m: steps.append((f, m)))
    assert report.verified and steps[-1][0] == 1.0
    assert set(project.wms_layer_names) <= set(report.verification.layers_listed)
    assert report.verification.distinct_colors >= 2
    assert report.map_url == "https://carto.example.org/index.php/view/map?repository=aula&project=resultats_aula"
    repo = webdav_server.root / "aula"
    assert (repo / "resultats_aula.qgs.cfg").is_file() and (repo / "resultats_aula.gpkg").is_file()

    # A GetMap of the published project, kept as an artefact
    params = {"MAP": str(repo / "resultats_aula.qgs"), "SERVICE": "WMS", "REQUEST": "GetMap", "VERSION": "1.1.1",
              "LAYERS": ",".join(project.wms_layer_names), "SRS": project.crs, "STYLES": "",
              "BBOX": ",".join(map(str, project.extent)), "WIDTH": "600", "HEIGHT": "400", "FORMAT": "image/png"}
    image = requests.get(qgis_server.url, params=params, timeout=60)
    assert image.headers["Content-Type"].startswith("image/png")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "lizmap_getmap.png").write_bytes(image.content)

    # Republishing updates the project and keeps the previous version
    project2 = LP.build_web_project(layers[:2], tmp_path / "web2", "resultats_aula", "Résultats (v2)")
    report2 = LP.upload_web_project(project2, settings, session)
    assert report2.verified
    assert "Résultats (v2)" in (repo / "resultats_aula.qgs").read_text(encoding="utf-8")
    assert "Résultats de l'AULA" in (repo / "resultats_aula.qgs.bak").read_text(encoding="utf-8")
    assert set(report2.upload.backups) - {"resultats_aula_attachments.zip.bak"} == {
        "resultats_aula.gpkg.bak", "resultats_aula.qgs.bak", "resultats_aula.qgs.cfg.bak"}

    # The password is nowhere: repository, staging folders, QGIS settings, logs
    assert not files_containing(webdav_server.root, DAV_PASSWORD)
    assert not files_containing(tmp_path, DAV_PASSWORD)
    assert not files_containing(Path(QgsApplication.qgisSettingsDirPath()), DAV_PASSWORD)
    assert DAV_PASSWORD not in caplog.text
    assert DAV_PASSWORD not in "\n".join(webdav_server.log)


@pytest.mark.slow
def test_algorithm_publishes_to_a_local_folder_and_verifies(layers, tmp_path, qgis_server, qgis_processing):
    import processing

    repo = tmp_path / "repository"
    repo.mkdir()
    result = processing.run(LizmapPublishAlgorithm(), {
        "LAYERS": layers, "TITLE": "Carte ZAN de l'Artois", "PROJECT_NAME": "zan_artois", "TARGET": 0,
        "FOLDER": str(repo), "QGIS_SERVER_URL": qgis_server.url, "VERIFY": True,
    })
    assert result["VERIFIED"] is True
    assert result["MAP_URL"] == (repo / "zan_artois.qgs").as_uri()
    assert {p.name for p in repo.iterdir()} - {"zan_artois_attachments.zip"} == {
        "zan_artois.gpkg", "zan_artois.qgs", "zan_artois.qgs.cfg"}
    C.validate_cfg(__import__("json").loads((repo / "zan_artois.qgs.cfg").read_text(encoding="utf-8")))


def test_algorithm_errors_are_bilingual_and_name_the_fault(layers, tmp_path, webdav_server, qgis_processing):
    import processing

    wrong = basic_authcfg(password="not-the-password")
    cases = [
        ({"TARGET": 1, "WEBDAV_URL": webdav_server.repository_url, "AUTHCFG": wrong},
         "Authentification refusée", "Authentication refused"),
        ({"TARGET": 1, "WEBDAV_URL": webdav_server.url + "absent/", "AUTHCFG": basic_authcfg()},
         "Répertoire Lizmap introuvable", "repository not found"),
        ({"TARGET": 1, "WEBDAV_URL": f"http://127.0.0.1:{launch.free_port()}/dav/aula/"},
         "injoignable", "unreachable"),
        ({"TARGET": 0, "FOLDER": str(tmp_path / "missing")}, "introuvable", "not found"),
    ]
    for params, fr, en in cases:
        with pytest.raises(QgsProcessingException) as error:
            processing.run(LizmapPublishAlgorithm(), {"LAYERS": layers[:1], "PROJECT_NAME": "p", "VERIFY": False,
                                                      **params})
        assert fr in str(error.value) and en in str(error.value), str(error.value)

    (webdav_server.root / "aula" / "p.qgs").write_text("<qgis/>")
    with pytest.raises(QgsProcessingException, match="Name clash"):
        processing.run(LizmapPublishAlgorithm(), {"LAYERS": layers[:1], "PROJECT_NAME": "p", "VERIFY": False,
                                                  "TARGET": 1, "WEBDAV_URL": webdav_server.repository_url,
                                                  "AUTHCFG": basic_authcfg()})


def test_unknown_authcfg_and_bad_project_name(layers, tmp_path):
    with pytest.raises(PublishError) as error:
        LP.session_for_authcfg("nope123")
    assert error.value.kind == "authentication"
    with pytest.raises(PublishError) as error:
        LP.build_web_project(layers[:1], tmp_path, "mon projet/1", "t")
    assert error.value.kind == "invalid"
    table = QgsVectorLayer("None?field=a:integer", "table", "memory")
    with pytest.raises(PublishError, match="nothing to map"):
        LP.build_web_project([table], tmp_path, "p", "t")
