"""Run inside the real QGIS desktop (``qgis --code``), French profile, 1366×768 screen: open the demo
project as a user would, record what the canvas and the layer tree show, open every algorithm dialog at its
default size and record whether it needs a horizontal scrollbar; screenshots in AULA_ARTIFACTS; quit.
Writes AULA_RESULT (JSON)."""

import json
import os

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QScrollArea, QSplitter, QWidget
from qgis.utils import iface

result = {"dialogs": {}}
artifacts = os.environ["AULA_ARTIFACTS"]


def finish():
    with open(os.environ["AULA_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2)
    QgsApplication.exit(0)


def open_project():
    try:
        iface.addProject(os.environ["AULA_PROJECT"])
        QTimer.singleShot(2500, record_project)
    except Exception as error:  # recorded for the test, never hidden
        result["error"] = repr(error)
        finish()


def record_project():
    try:
        canvas = iface.mapCanvas()
        extent = canvas.extent()
        project = QgsProject.instance()
        result["extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
        result["scale"] = canvas.scale()
        result["crs"] = canvas.mapSettings().destinationCrs().authid()
        result["themes"] = project.mapThemeCollection().mapThemes()
        root = project.layerTreeRoot()
        result["visible_layers"] = sorted(n.name() for n in root.findLayers() if n.isVisible())
        result["groups"] = [(g.name(), g.isVisible()) for g in root.findGroups()]
        result["theme_layers"] = {t: sorted(project.mapLayer(i).name() for i in
                                            project.mapThemeCollection().mapThemeVisibleLayerIds(t))
                                  for t in result["themes"]}
        result["message_bar"] = [f"{item.title()} {item.text()}" for item in iface.messageBar().items()]
        iface.mainWindow().grab().save(os.path.join(artifacts, "desktop_demo_project.png"))
        QTimer.singleShot(200, record_dialogs)
    except Exception as error:
        result["error"] = repr(error)
        finish()


def lacking(dialog):
    """Pixels the form lacks at the dialog's current size (0: no horizontal scrollbar)."""
    try:
        from aula_toolkit_plugin.gui.algorithm_dialog import overflow
    except ImportError:
        return None
    return overflow(dialog)


def record_dialogs():
    try:
        from processing.gui.AlgorithmDialog import AlgorithmDialog

        provider = QgsApplication.processingRegistry().providerById("aula")
        for algorithm in provider.algorithms():
            # QGIS's default size for each dialog: forget the size and splitter the previous dialog left behind
            QgsSettings().remove("/Processing/dialogBaseSplitter")
            for key in [k for k in QgsSettings().allKeys() if k.startswith("Windows/") and "Processing" in k]:
                QgsSettings().remove(key)
            created = algorithm.create()  # as the Toolbox opens it: the algorithm's own dialog, else QGIS's
            dialog = created.createCustomParametersWidget(iface.mainWindow()) or \
                AlgorithmDialog(created, False, iface.mainWindow())
            dialog.show()
            before = {"size": [dialog.width(), dialog.height()], "lacking": lacking(dialog)}  # QGIS's own size
            for _ in range(3):  # the dialog fits itself once shown, from the event loop
                QgsApplication.processEvents()
            areas = [a for a in dialog.findChildren(QScrollArea) if a.isVisible()]
            scrollbars = [a.horizontalScrollBar().maximum() for a in areas]
            wide = []
            for area in areas:
                if area.horizontalScrollBar().maximum() > 0 and area.widget() is not None:
                    for child in area.widget().findChildren(QWidget):
                        if child.isVisible() and child.sizeHint().width() > area.viewport().width() - 10:
                            text = child.text() if hasattr(child, "text") and callable(child.text) else ""
                            wide.append([type(child).__name__, child.sizeHint().width(), str(text)[:80]])
            screen = QgsApplication.primaryScreen().availableGeometry()
            result["dialogs"][algorithm.id()] = {
                "size": [dialog.width(), dialog.height()], "screen": [screen.width(), screen.height()],
                "horizontal_scroll": max(scrollbars) if scrollbars else 0, "wide": wide,
                "class": type(dialog).__name__, "qgis_default": before,
                "splitter": next((s.sizes() for s in dialog.findChildren(QSplitter)), [])}
            dialog.grab().save(os.path.join(artifacts, f"dialog_{algorithm.name()}.png"))
            dialog.close()
    except Exception as error:
        result["error"] = repr(error)
    finish()


QTimer.singleShot(3000, open_project)
