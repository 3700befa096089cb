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
    fmt.setSize(9)  # the font family is removed from the QML by portable_fonts(): QGIS's default font
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


OPACITY = {"zan_counters_output": 0.6, "friches_mutability_polygons": 0.75, "icu_hotspots": 0.7, "icu_stakes": 0.7}
"""Layer opacity of the filled styles: what lies beneath (communes, other results) stays readable."""
LABEL_MIN_SCALE = {"friches_mutability": 60000, "friches_mutability_polygons": 60000}
"""Labels drawn only closer than 1:N, where hundreds of sites no longer collide."""


def finish_styles():
    """Opacity and label scales set through QGIS, then portable fonts (text: the API always writes a family)."""
    for path in sorted(STYLES.glob("*.qml")):
        text = path.read_text(encoding="utf-8")
        geometry = ("Point" if 'type="marker"' in text else "LineString" if 'type="line"' in text and
                    'type="fill"' not in text else "MultiPolygon" if 'type="fill"' in text else "None")
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2154", "tmp", "memory")
        message, ok = layer.loadNamedStyle(str(path))
        if not ok:
            raise RuntimeError(f"{path}: {message}")
        changed = False
        if path.stem in OPACITY:
            layer.setOpacity(OPACITY[path.stem])
            changed = True
        if path.stem in LABEL_MIN_SCALE and layer.labeling() is not None:
            labeling = layer.labeling().clone()
            settings = labeling.settings()
            settings.scaleVisibility = True
            settings.minimumScale = LABEL_MIN_SCALE[path.stem]
            settings.maximumScale = 0
            labeling.setSettings(settings)
            layer.setLabeling(labeling)
            changed = True
        if changed:
            layer.saveNamedStyle(str(path))
        portable_fonts(path)


def portable_fonts(path: Path) -> None:
    """Drop the font family from a QML: QGIS then uses its default font, present on every system, and
    warns about no missing font (e.g. 'DejaVu LGC Sans' exists on no Windows or macOS machine)."""
    import re

    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'\s(fontFamily|namedStyle)="[^"]*"', "", text), encoding="utf-8")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    zan_counters()
    zan_trajectory()
    friches_polygons()
    finish_styles()
    print("styles written to", STYLES)
    app.exitQgis()
