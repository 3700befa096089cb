"""The plugin object in real QGIS: provider and algorithms registered on load, gone on unload; i18n."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

ROOT = Path(__file__).resolve().parents[2]


def algorithm_classes():
    from aula_toolkit_plugin.processing.provider import algorithm_classes as classes

    return classes()


def test_qgis_processing_resolves_to_qgis_not_ours(aula_provider):
    import processing

    assert Path(processing.__file__).resolve().parent == Path("/usr/share/qgis/python/plugins/processing")
    from processing.core.Processing import Processing  # noqa: F401  (ours has no such module)


def test_plugin_registers_every_algorithm_and_removes_them_on_unload(qgis_iface, aula_provider):
    import aula_toolkit_plugin

    registry = QgsApplication.processingRegistry()
    registry.removeProvider(aula_provider)  # start from "not installed"
    assert registry.providerById("aula") is None
    plugin = aula_toolkit_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("aula")
        assert provider is not None
        ids = {alg.id() for alg in provider.algorithms()}
        expected = {f"aula:{cls.ALGORITHM_ID}" for cls in algorithm_classes()}
        assert ids == expected and "aula:zan_counters" in ids
    finally:
        plugin.unload()
    assert registry.providerById("aula") is None
    assert not any(a.id().startswith("aula:") for a in registry.algorithms())
    new = type(aula_provider)()
    assert registry.addProvider(new)  # leave the session as we found it
    aula_provider.__dict__.setdefault("_replacement", new)


def french_catalogue():
    root = ET.parse(ROOT / "i18n" / "aula_toolkit_fr.ts").getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda c: c.ALGORITHM_ID)
def test_every_algorithm_has_name_group_and_help_in_french_and_english(cls):
    from aula_toolkit_plugin.processing.base import GROUPS

    catalogue = french_catalogue()
    for text in (cls.DISPLAY_NAME, GROUPS[cls.GROUP_ID], cls.HELP):
        assert text.strip(), cls
        translation = catalogue.get(text)
        assert translation is not None and translation.get("type") != "unfinished" and translation.text, text[:80]
        assert translation.text != text or len(text) < 12, f"not translated: {text[:80]}"


def test_french_names_appear_under_a_french_locale(aula_provider):
    from aula_toolkit_plugin.toolbelt import i18n

    settings = QgsSettings()
    saved = settings.value("locale/userLocale", ""), settings.value("locale/overrideFlag", False, type=bool)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        assert i18n.qgis_locale() == "fr"
        assert i18n.install_translator() and i18n.install_translator().endswith("aula_toolkit_fr.qm")
        algorithm = QgsApplication.processingRegistry().algorithmById("aula:zan_counters")
        assert algorithm.displayName() == "Compteurs ZAN (consommation d'espaces 2011–2030)"
        assert algorithm.group() == "ZAN – consommation d'espaces"
        assert algorithm.shortHelpString().startswith("<p>Calcule les compteurs ZAN")
        fresh = algorithm.create()  # parameters are built when an instance is created, as at plugin load
        assert fresh.parameterDefinition("CONSUMPTION").description().startswith("Fichier de consommation")
    finally:
        settings.setValue("locale/userLocale", saved[0])
        settings.setValue("locale/overrideFlag", saved[1])
        i18n.install_translator("en")
    assert algorithm.displayName() == "ZAN counters (land consumption 2011–2030)"


@pytest.mark.parametrize("locale, words", [("fr", "module(s) Python manquant(s) : shapely"),
                                           ("en", "missing Python module(s): shapely")])
def test_a_missing_dependency_is_named_in_the_message_bar_with_how_to_install_it(
        qgis_iface, monkeypatch, locale, words):
    """Without shapely, QGIS would only say "error starting plugin": we say which package and how."""
    import sys

    import aula_toolkit_plugin
    from qgis.core import Qgis

    monkeypatch.setitem(sys.modules, "shapely", None)  # import shapely now raises ImportError
    monkeypatch.setattr(aula_toolkit_plugin.plugin, "qgis_locale", lambda: locale)
    registry = QgsApplication.processingRegistry()
    before = {p.id() for p in registry.providers()}
    qgis_iface.messageBar().clear_messages()
    plugin = aula_toolkit_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        (message,) = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
        assert words in message
        for platform in ("OSGeo4W", "macOS", "Debian", "python3-shapely", "pip install shapely"):
            assert platform in message
        assert {p.id() for p in registry.providers()} == before  # no half-loaded provider
    finally:
        plugin.unload()
