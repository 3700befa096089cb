"""The QGIS plugin object: translator, Processing provider, and (later) the Lizmap panel."""

from __future__ import annotations

from qgis.core import QgsApplication

from .toolbelt.i18n import install_translator, remove_translator


class AulaToolkitPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        # Installed here, not in initGui: qgis_process only calls initProcessing.
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .processing.provider import AulaProvider

        if self.provider is None:
            self.provider = AulaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
