"""QGIS-side fixtures: QGIS's own Processing initialised once, our provider registered once."""

from __future__ import annotations

import sys

import pytest

QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


@pytest.fixture(scope="session")
def aula_provider(qgis_app):
    """QGIS's ``processing`` plugin initialised and the ``aula`` provider registered (as the plugin does)."""
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    Processing.initialize()
    from aula_toolkit_plugin.processing.provider import PROVIDER_ID, AulaProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = AulaProvider()
        assert registry.addProvider(provider)
    yield provider


@pytest.fixture()
def run_algorithm(aula_provider):
    """Run an algorithm the way a model or the toolbox does; returns (results, feedback)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.infos = [], []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

        def pushInfo(self, text):  # noqa: N802
            self.infos.append(text)
            super().pushInfo(text)

    def run(algorithm_id, parameters):
        feedback = RecordingFeedback()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        return results, feedback

    return run
