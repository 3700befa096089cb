"""Run inside the real QGIS desktop (``qgis --code``): drive the installed plugin, unload it, quit.

Writes AULA_RESULT (JSON): whether the plugin loaded, the provider's algorithms, what the Lizmap panel
published when driven like a user (open it from its action, tick a layer, press Publish), what unload
left, and every message QGIS logged (collected since startup by startup.py).
"""

import json
import os
import time

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget
from qgis.utils import active_plugins, iface, plugins, unloadPlugin

NAME = "aula_toolkit_plugin"
result = {}


def save_and_quit():
    import builtins

    QgsMessageLog.logMessage("probe", "AULA probe", Qgis.Info)
    result["unloaded"] = bool(unloadPlugin(NAME))
    result["provider_after_unload"] = QgsApplication.processingRegistry().providerById("aula") is not None
    QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # let deleteLater() happen
    result["dock_after_unload"] = iface.mainWindow().findChild(QDockWidget, "AulaToolkitLizmapDock") is not None
    result["action_after_unload"] = iface.mainWindow().findChild(QAction, "AulaToolkitLizmapAction") is not None
    result["log"] = getattr(builtins, "AULA_LOG", [])
    with open(os.environ["AULA_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    QgsApplication.exit(0)


def check_plugin():
    result.update(loaded=NAME in active_plugins, instance=type(plugins.get(NAME)).__name__)
    provider = QgsApplication.processingRegistry().providerById("aula")
    result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
    result["provider_name"] = provider.name() if provider else None
    try:
        drive_lizmap_panel()
    except Exception as error:  # recorded for the test to report, never hidden
        result["panel_error"] = repr(error)
        save_and_quit()


def drive_lizmap_panel():
    plugin = plugins[NAME]
    layer = QgsVectorLayer(os.environ["AULA_DEMO_LAYER"], "EPCI de l'Artois", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    plugin.action.trigger()  # what the user clicks in the Web menu / toolbar
    dock = plugin.dock
    result["dock_visible"] = dock.isVisible()
    result["dock_layers"] = dock.layer_list.count()
    dock.target_combo.setCurrentIndex(dock.target_combo.findData("folder"))
    dock.folder_widget.setFilePath(os.environ["AULA_PUBLISH_DIR"])
    dock.title_edit.setText("EPCI de l'Artois")
    dock.name_edit.setText("epci_artois")
    dock.verify_check.setChecked(False)  # no server in this test; publishing to a server is tested elsewhere
    dock.set_checked_layers([layer.id()])
    dock.publish_button.click()
    started = time.monotonic()

    def wait():
        if dock.task is not None and time.monotonic() - started < 120:
            QTimer.singleShot(200, wait)
            return
        result["publish_error"] = dock.last_error
        result["published"] = sorted(os.listdir(os.environ["AULA_PUBLISH_DIR"]))
        result["result_text"] = dock.result_label.text() + " " + dock.status_label.text()
        iface.mainWindow().grab().save(os.environ["AULA_SCREENSHOT"])
        save_and_quit()

    QTimer.singleShot(200, wait)


QTimer.singleShot(3000, check_plugin)
