"""Translation: one Qt context for the whole plugin, a translator chosen from QGIS's locale.

English is the source language; French comes from ``i18n/aula_toolkit_fr.qm``. Strings are
translated when they are shown (``tr`` at call time), never at import time.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import plugin_path

CONTEXT = "AulaToolkit"
_translator: Optional[QTranslator] = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:  # noqa: N802
    """Mark a string for extraction without translating it now (translate later with ``tr``)."""
    return text


def qgis_locale() -> str:
    """Two-letter language QGIS runs in (its override setting first, then the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = settings.value("locale/globalLocale", "") or QLocale.system().name()
    return (locale or "en")[:2].lower()


def install_translator(locale: Optional[str] = None) -> Optional[str]:
    """Install the plugin's translator for ``locale`` (default: QGIS's); returns the .qm used."""
    global _translator
    remove_translator()
    locale = (locale or qgis_locale())[:2]
    path = plugin_path("i18n", f"aula_toolkit_{locale}.qm")
    if not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return str(path)


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
