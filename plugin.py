"""The QGIS plugin object: translator, Processing provider and the Lizmap publishing panel."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from .toolbelt.i18n import install_translator, remove_translator, tr
from .toolbelt.resources import icon_path


class AulaToolkitPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        # Installed here, not in initGui: qgis_process only calls initProcessing.
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .processing.provider import AulaProvider

        if self.provider is None:
            self.provider = AulaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        from qgis.PyQt.QtWidgets import QAction

        from .gui.lizmap_dock import LizmapDock

        self.dock = LizmapDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(str(icon_path())), tr("AULA Toolkit — Lizmap"), self.iface.mainWindow())
        self.action.setObjectName("AulaToolkitLizmapAction")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToWebMenu(tr("AULA Toolkit"), self.action)
        self.iface.addWebToolBarIcon(self.action)

    def unload(self):
        if self.action is not None:
            self.iface.removePluginWebMenu(tr("AULA Toolkit"), self.action)
            self.iface.removeWebToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
