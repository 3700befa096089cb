"""Regenerate the QML styles of aula:zan_net_artificialisation (system python3 + QGIS).

Usage: QT_QPA_PLATFORM=offscreen python3 scripts/make_styles_ocsge.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_styles import STYLES, label_settings, memory_layer  # noqa: E402

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
)

from aula_toolkit_plugin.aula_toolkit.zan import artif  # noqa: E402

NET_CLASSES = [(-1e9, -0.01, "#1a9850", "Renaturation nette"), (-0.01, 0.01, "#f7f7f7", "Aucun changement net"),
               (0.01, 1.0, "#fee08b", "0 à 1 ha"), (1.0, 3.0, "#fdae61", "1 à 3 ha"), (3.0, 6.0, "#f46d43", "3 à 6 ha"),
               (6.0, 1e9, "#a50026", "Plus de 6 ha")]


def net_artificialisation():
    layer = memory_layer(artif.OUTPUT_FIELDS)
    ranges = []
    for low, high, colour, label in NET_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.3"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("net_ha", ranges)
    layer.setRenderer(renderer)
    layer.setLabeling(label_settings("\"territoire_nom\" || '\\n' || format_number(\"net_ha\", 1) || ' ha'"))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "zan_net_artificialisation.qml"))


def changes():
    layer = memory_layer(artif.CHANGE_FIELDS)
    categories = []
    for value, colour, label in (("artificialisation", "#d7191c", "Artificialisation"),
                                 ("renaturation", "#1a9641", "Renaturation")):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": colour, "outline_width": "0.2"})
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("classe", categories))
    layer.saveNamedStyle(str(STYLES / "zan_artificialisation_changes.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    net_artificialisation()
    changes()
    print("styles written to", STYLES)
