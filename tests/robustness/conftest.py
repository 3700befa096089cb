"""Robustness table: its modules are imported as the package ``aula_robustness`` (pytest runs in
importlib mode, so the folder is not on sys.path); QGIS's Processing and our provider set up once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def _register_package() -> None:
    if "aula_robustness" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location("aula_robustness", HERE / "__init__.py",
                                                  submodule_search_locations=[str(HERE)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["aula_robustness"] = module
    spec.loader.exec_module(module)


_register_package()


@pytest.fixture(scope="session")
def aula_processing(qgis_app):
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    Processing.initialize()
    from aula_toolkit_plugin.processing.provider import PROVIDER_ID, AulaProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        assert registry.addProvider(AulaProvider())
    yield registry
