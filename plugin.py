"""The QGIS plugin object: translator, Processing provider and the Lizmap publishing panel."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from .toolbelt.dependencies import install_instructions, missing_dependencies
from .toolbelt.i18n import install_translator, qgis_locale, remove_translator, tr
from .toolbelt.resources import icon_path


class AulaToolkitPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        # Installed here, not in initGui: qgis_process only calls initProcessing.
        install_translator()
        self.missing = missing_dependencies()

    def missing_message(self) -> str:
        """The missing packages and how to install them, in QGIS's language (French or English)."""
        return install_instructions(self.missing)["fr" if qgis_locale() == "fr" else "en"]

    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.missing:
            QgsMessageLog.logMessage(self.missing_message(), "AULA Toolkit", Qgis.MessageLevel.Critical)
            return
        from .processing.provider import AulaProvider

        if self.provider is None:
            self.provider = AulaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        if self.missing:
            self.iface.messageBar().pushMessage("AULA Toolkit", self.missing_message(),
                                                level=Qgis.MessageLevel.Critical, duration=0)
            self.initProcessing()
            return
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
