"""The "AULA Toolkit — Lizmap" panel in a QGIS application: tick layers, publish, screenshot."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt

from aula_toolkit_plugin.gui.lizmap_dock import LizmapDock
from aula_toolkit_plugin.tests.core.test_lizmap_observatory import lizmap_stub  # noqa: F401 (fixture)
from aula_toolkit_plugin.tests.qgis.lizmap_helpers import admin_layer, basic_authcfg, files_containing
from aula_toolkit_plugin.tests.servers.fixtures import qgis_server  # noqa: F401 (fixture)

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def dock(qgis_iface, qgis_new_project):
    communes = admin_layer("communes", "Communes de l'Artois")
    mairies = admin_layer("mairies", "Mairies")
    epci = admin_layer("epci", "EPCI")
    QgsProject.instance().addMapLayers([communes, mairies, epci])
    widget = LizmapDock(qgis_iface)
    widget.resize(420, 900)
    widget.show()
    yield widget, [communes, mairies, epci]
    widget.close()
    widget.deleteLater()


def _fill(widget, repo, server):
    widget.target_combo.setCurrentIndex(widget.target_combo.findData("folder"))
    widget.folder_widget.setFilePath(str(repo))
    widget.title_edit.setText("Référentiel administratif de l'Artois")
    widget.name_edit.setText("admin_artois")
    widget.qgis_server_edit.setText(server.url)


def test_dock_publishes_ticked_layers_to_a_folder(dock, tmp_path, qgis_server, monkeypatch):
    widget, (communes, mairies, epci) = dock
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert widget.windowTitle() == "AULA Toolkit — Lizmap"
    assert widget.layer_list.count() == 3
    repo = tmp_path / "repository"
    repo.mkdir()
    _fill(widget, repo, qgis_server)
    widget.set_checked_layers([communes.id(), epci.id()])
    assert widget.checked_layer_ids() == [communes.id(), epci.id()] or \
        set(widget.checked_layer_ids()) == {communes.id(), epci.id()}

    widget.synchronous = True
    widget.publish_button.click()
    assert widget.last_error is None, widget.last_error
    assert widget.last_report.verified
    assert "admin_artois.qgs" in widget.result_label.text()
    assert widget.progress_bar.value() == 100
    names = sorted(p.name for p in repo.iterdir())
    assert names[1:] == ["admin_artois.qgs", "admin_artois.qgs.cfg"] and names[0].endswith(".gpkg"), names
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / "lizmap_dock.png"))

    # published again in the background (QgsTask): previous version kept
    widget.synchronous = False
    widget.publish()
    deadline = time.monotonic() + 60
    while widget.task is not None and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert widget.last_error is None, widget.last_error
    assert (repo / "admin_artois.qgs.bak").is_file()
    assert "bak" in widget.status_label.text()
    assert not list(temporary.iterdir())  # the staging folders of both publications are removed


def test_dock_reports_errors_and_keeps_no_secret(dock, tmp_path, qgis_server):
    widget, layers = dock
    _fill(widget, tmp_path / "absent", qgis_server)
    widget.synchronous = True
    widget.publish()
    assert "Cochez au moins une couche" in widget.last_error  # nothing ticked
    widget.set_checked_layers([layers[0].id()])
    widget.publish()
    assert "introuvable" in widget.last_error and "not found" in widget.last_error
    widget.save_settings()
    keys = QgsSettings().allKeys()
    assert any(k.startswith("aula_toolkit/lizmap/") for k in keys)
    assert not any("password" in k.lower() for k in keys if k.startswith("aula_toolkit/"))


def test_dock_reads_the_instance_and_every_field_has_a_tooltip(dock, lizmap_stub):  # noqa: F811
    widget, _layers = dock
    widget.instance_edit.setText(lizmap_stub)
    widget.auth_select.setConfigId(basic_authcfg("publieur", "mot-de-passe"))
    widget.read_instance_button.click()
    assert widget.version_combo.currentData() == "3.9"
    repositories = [widget.repository_edit.itemText(i) for i in range(widget.repository_edit.count())]
    assert sorted(repositories) == ["interne", "observatoire"]
    assert "3.9.2" in widget.status_label.text()
    fields = [widget.layer_list, widget.title_edit, widget.abstract_edit, widget.name_edit, widget.target_combo,
              widget.folder_widget, widget.webdav_edit, widget.instance_edit, widget.repository_edit,
              widget.auth_select, widget.version_combo, widget.verify_check, widget.qgis_server_edit,
              widget.server_folder_edit, widget.groups_edit, widget.layer_groups_edit, widget.hide_check,
              widget.logo_widget, widget.read_instance_button, widget.publish_button, widget.cancel_button,
              *widget.basemap_checks.values()]
    assert [f.objectName() or type(f).__name__ for f in fields if not f.toolTip()] == []
