"""Regenerate the QML styles of aula:zae_inventory (units by status, zones by legal vacancy rate).

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_styles_zae.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register  # noqa: E402

register()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
)

from aula_toolkit_plugin.aula_toolkit.zae import cnig, inventory  # noqa: E402
from make_styles import STYLES, label_settings, memory_layer  # noqa: E402


def units():
    layer = memory_layer(cnig.UNIT_FIELDS)
    colours = [(inventory.SYNTH_OCCUPIED, "#4e79a7", "Occupée"), (inventory.SYNTH_VACANT, "#e15759", "Vacante (art. 220)"),
               (inventory.SYNTH_FREE, "#59a14f", "Libre sans occupation antérieure")]
    categories = []
    for value, colour, label in colours:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.2"})
        symbol.setOpacity(0.8)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("synth", categories))
    layer.setDisplayExpression('"parcel"')
    layer.saveNamedStyle(str(STYLES / "zae_inventory_units.qml"))


def summary():
    layer = memory_layer(cnig.SUMMARY_FIELDS)
    ranges = []
    for lo, hi, colour, label in ((0, 4.5, "#fee5d9", "moins de 5 %"), (4.5, 9.5, "#fcae91", "5 à 9 %"),
                                  (9.5, 19.5, "#fb6a4a", "10 à 19 %"), (19.5, 100, "#cb181d", "20 % et plus")):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#1b4965", "outline_width": "0.6"})
        symbol.setOpacity(0.75)
        ranges.append(QgsRendererRange(lo, hi, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("site_taux_vacance", ranges))
    layer.setLabeling(label_settings(
        "\"site_nom\" || '\\n' || coalesce(\"site_taux_vacance\", '–') || ' % vacant, ' || "
        "format_number(\"surf_dispo_amenagee_ha\" + \"surf_dispo_non_amenagee_ha\", 1) || ' ha disponibles'"))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression('"site_nom"')
    layer.saveNamedStyle(str(STYLES / "zae_inventory_summary.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    units()
    summary()
    print("styles written to", STYLES)
    app.exitQgis()
