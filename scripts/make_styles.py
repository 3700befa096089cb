"""Regenerate the QML styles of resources/styles from code (run with the system python3 + QGIS).

Styles are committed; this script documents how they were made and rebuilds them after a change
of output fields. Usage: QT_QPA_PLATFORM=offscreen python3 scripts/make_styles.py
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
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QFont  # noqa: E402

from aula_toolkit_plugin.aula_toolkit.zan import counters, rules  # noqa: E402

STYLES = ROOT / "resources" / "styles"


def memory_layer(specs, geometry="MultiPolygon"):
    types = {"text": "string", "integer": "integer", "real": "double"}
    uri = f"{geometry}?crs=EPSG:2154&" + "&".join(f"field={s.name}:{types[s.kind]}" for s in specs)
    layer = QgsVectorLayer(uri, "tmp", "memory")
    for i, spec in enumerate(specs):
        layer.setFieldAlias(i, spec.fr)
    return layer


def label_settings(expression):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Sans Serif", 9))
    fmt.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


def zan_counters():
    layer = memory_layer(counters.COUNTER_FIELDS)
    colours = {rules.STATUS_OVERSHOT: "#c0392b", rules.STATUS_WILL_OVERSHOOT: "#e67e22",
               rules.STATUS_ON_TRACK: "#27ae60", rules.STATUS_NO_DATA: "#bdc3c7"}
    categories = []
    for code, colour in colours.items():
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.4"})
        symbol.setOpacity(0.85)
        categories.append(QgsRendererCategory(code, symbol, rules.STATUS_LABELS[code][0]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("statut", categories))
    layer.setLabeling(label_settings(
        "\"territoire_nom\" || '\\n' || format_number(\"utilisation_pct\", 0) || ' % de l''enveloppe'"))
    layer.setLabelsEnabled(True)
    layer.setDisplayExpression('"territoire_nom"')
    layer.saveNamedStyle(str(STYLES / "zan_counters_output.qml"))


def zan_trajectory():
    layer = memory_layer(counters.TRAJECTORY_FIELDS, "None")
    layer.setDisplayExpression("\"territoire_nom\" || ' ' || \"annee\"")
    layer.saveNamedStyle(str(STYLES / "zan_counters_trajectory.qml"))


def friches_polygons():
    """The friches style for polygon sites: the point style's categories and labels, as fills."""
    from qgis.core import QgsVectorLayer

    point = QgsVectorLayer("Point?crs=EPSG:2154&field=usage_1:string&field=indice_1:double", "p", "memory")
    message, ok = point.loadNamedStyle(str(STYLES / "friches_mutability.qml"))
    if not ok:
        raise RuntimeError(message)
    polygon = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=usage_1:string&field=indice_1:double", "q", "memory")
    categories = [
        QgsRendererCategory(c.value(), QgsFillSymbol.createSimple(
            {"color": c.symbol().color().name(), "outline_color": "#3a3a3a", "outline_width": "0.3"}),
            c.label(), c.renderState())
        for c in point.renderer().categories()]
    polygon.setRenderer(QgsCategorizedSymbolRenderer(point.renderer().classAttribute(), categories))
    if point.labeling() is not None:
        polygon.setLabeling(point.labeling().clone())
        polygon.setLabelsEnabled(point.labelsEnabled())
    polygon.saveNamedStyle(str(STYLES / "friches_mutability_polygons.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    zan_counters()
    zan_trajectory()
    friches_polygons()
    print("styles written to", STYLES)
    app.exitQgis()
