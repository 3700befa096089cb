"""Regenerate the QML styles of ``aula:tvb_continuity`` (resources/styles/tvb_*.qml) from code.

Usage: QT_QPA_PLATFORM=offscreen python3 scripts/make_styles_tvb.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register  # noqa: E402

register()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from aula_toolkit_plugin.aula_toolkit.tvb import fields as F  # noqa: E402

STYLES = ROOT / "resources" / "styles"
STROKE_WIDTH = getattr(QgsSymbolLayer, "PropertyStrokeWidth", None) or QgsSymbolLayer.Property.StrokeWidth


def memory_layer(specs, geometry):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154&" + "&".join(
        f"field={s.name}:{'string' if s.kind == 'text' else ('integer' if s.kind == 'integer' else 'double')}"
        for s in specs), "style", "memory")
    for i, s in enumerate(specs):
        layer.setFieldAlias(i, s.fr)
    return layer


def labels(layer, expression, size=8):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    font = QFont("Sans")
    fmt.setFont(font)
    fmt.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def patches():
    layer = memory_layer(F.PATCH_FIELDS, "MultiPolygon")
    colors = ["#fff7bc", "#fec44f", "#ec7014", "#993404"]
    bounds = [(0, 0.01), (0.01, 0.05), (0.05, 0.15), (0.15, 1e9)]
    names = ["dPC < 0,01", "0,01 – 0,05", "0,05 – 0,15", "≥ 0,15 (réservoir clé)"]
    ranges = [QgsRendererRange(lo, hi, QgsFillSymbol.createSimple({"color": c, "outline_color": "#4d4d4d",
                                                                  "outline_width": "0.3"}), n)
              for (lo, hi), c, n in zip(bounds, colors, names)]
    layer.setRenderer(QgsGraduatedSymbolRenderer(F.DPC.name, ranges))
    labels(layer, f"if(\"{F.RANK_DPC.name}\" <= 10, '#' || \"{F.RANK_DPC.name}\", '')")
    layer.saveNamedStyle(str(STYLES / "tvb_patches.qml"))


def lines(name, width_min, width_max, functional_color, other_color):
    layer = memory_layer(F.LINK_FIELDS, "LineString")
    root = QgsRuleBasedRenderer.Rule(None)
    width = (f"scale_linear(\"{F.DPC.name}\", 0, maximum(\"{F.DPC.name}\"), {width_min}, {width_max})")
    for label, expr, color in (("Lien fonctionnel", f"\"{F.FUNCTIONAL.name}\" = 1", functional_color),
                               ("Lien non fonctionnel", f"\"{F.FUNCTIONAL.name}\" = 0", other_color)):
        symbol = QgsLineSymbol.createSimple({"color": color, "width": str(width_min), "capstyle": "round"})
        symbol.symbolLayer(0).setDataDefinedProperty(STROKE_WIDTH, QgsProperty.fromExpression(width))
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(STYLES / f"{name}.qml"))


def corridors():
    layer = memory_layer(F.CORRIDOR_FIELDS, "MultiPolygon")
    symbol = QgsFillSymbol.createSimple({"color": "65,171,93,110", "outline_color": "#238b45", "outline_width": "0.2"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.saveNamedStyle(str(STYLES / "tvb_corridors.qml"))


def conflicts():
    layer = memory_layer(F.CONFLICT_FIELDS, "Point")
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expr, size in (("Priorité 1 à 10", f"\"{F.RANK.name}\" <= 10", "4.5"),
                              ("Autres points de conflit", f"\"{F.RANK.name}\" > 10", "2.8")):
        symbol = QgsMarkerSymbol.createSimple({"name": "cross2", "color": "#d7301f", "outline_color": "#d7301f",
                                               "outline_width": "0.8", "size": size})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    labels(layer, f"if(\"{F.RANK.name}\" <= 10, \"{F.RANK.name}\", '')", 9)
    layer.saveNamedStyle(str(STYLES / "tvb_conflicts.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    patches()
    lines("tvb_links", 0.2, 1.6, "#6a51a3", "#bdbdbd")
    lines("tvb_paths", 0.3, 2.0, "#2b8cbe", "#9e9e9e")
    corridors()
    conflicts()
    print("styles written to", STYLES)
