"""The main job: every AULA Toolkit algorithm on the embedded Artois demo data.

Writes into OUT (default ./out/demo): one GeoPackage of results (styles stored inside), a QGIS project
grouping them per algorithm, one PNG map per algorithm rendered by QGIS (print layout: map, legend,
title, sources), and the HTML reports; then prints where they are.
Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py [OUT]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo_data"
ADMIN = DEMO / "admin" / "artois_admin_2026.gpkg"
GPKG_NAME = "aula_resultats_demo.gpkg"


def table(gpkg: Path, name: str, geometry: bool = True) -> str:
    """A Processing sink writing layer ``name`` into the shared results GeoPackage."""
    return f"ogr:dbname='{gpkg}' table=\"{name}\"" + (" (geom)" if geometry else "")


def demo_parameters(out_dir: Path) -> dict:
    """{algorithm id: parameters} for the demo run (also used by the qgis_process tests)."""
    out_dir = Path(out_dir)
    gpkg = out_dir / GPKG_NAME
    return {
        "aula:zan_counters": {
            "CONSUMPTION": str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"),
            "LEVEL": 1,
            "COMMUNES": f"{ADMIN}|layername=communes",
            "OUTPUT": table(gpkg, "zan_compteurs_epci"),
            "TRAJECTORY": table(gpkg, "zan_trajectoire_epci", geometry=False),
            "REPORT": str(out_dir / "zan_rapport.html"),
        },
    }


# algorithm id -> (map title, output shown on the map, note on the data)
MAPS = {
    "aula:zan_counters": ("Compteurs ZAN des EPCI de l'Artois : statut de l'enveloppe 2021-2030", "OUTPUT",
                          "Consommation d'espaces : données GÉNÉRÉES au format Cerema 2009-2023 (démonstration). "
                          "Limites : IGN Admin Express / data.gouv (2026)."),
}


def register_plugin_package():
    spec = importlib.util.spec_from_file_location("aula_toolkit_plugin", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["aula_toolkit_plugin"] = module
    spec.loader.exec_module(module)


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    register_plugin_package()
    from aula_toolkit_plugin.processing.provider import AulaProvider
    from aula_toolkit_plugin.toolbelt.i18n import install_translator

    install_translator("fr")  # the demo speaks like our users' QGIS

    provider = AulaProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def render_map(project, layers, title: str, note: str, png: Path) -> None:
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                           QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsUnitTypes)
    from qgis.PyQt.QtGui import QFont

    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Orientation.Landscape)
    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    heading.attemptMove(QgsLayoutPoint(10, 6, mm))
    heading.attemptResize(QgsLayoutSize(277, 12, mm))
    layout.addLayoutItem(heading)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    extent = layers[0].extent()
    for layer in layers[1:]:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.05)
    width = 200.0
    height = min(165.0, width * extent.height() / max(extent.width(), 1e-9))
    item.attemptMove(QgsLayoutPoint(10, 20, mm))
    item.attemptResize(QgsLayoutSize(width, height, mm))
    item.setCrs(layers[0].crs())
    item.setLayers(layers)
    item.setExtent(extent)  # a new map item has an empty extent: zoomToExtent alone yields NaN
    item.zoomToExtent(extent)
    item.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    for layer in layers:
        legend.model().rootGroup().addLayer(layer)
    legend.setTitle("Légende")
    legend.attemptMove(QgsLayoutPoint(215, 20, mm))
    legend.adjustBoxSize()
    bar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(bar)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize()
    bar.attemptMove(QgsLayoutPoint(12, 24 + height, mm))
    source = QgsLayoutItemLabel(layout)
    source.setText(note + "  —  Réalisation : AULA Toolkit (QGIS).")
    source.setFont(QFont("DejaVu Sans", 7))
    source.attemptMove(QgsLayoutPoint(10, 195, mm))
    source.attemptResize(QgsLayoutSize(277, 10, mm))
    layout.addLayoutItem(source)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 120
    result = QgsLayoutExporter(layout).exportToImage(str(png), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(f"map export failed for {png}: {result}")


def run_demo(out_dir: Path) -> dict:
    import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / GPKG_NAME
    if gpkg.exists():
        gpkg.unlink()
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsVectorLayer(f"{ADMIN}|layername=communes", "c", "ogr").crs())
    project.setTitle("AULA Toolkit – démonstration sur l'Artois")
    background = QgsVectorLayer(f"{ADMIN}|layername=communes", "Communes (2026)", "ogr")
    background.renderer().symbol().setColor(background.renderer().symbol().color().fromRgb(245, 245, 240))
    project.addMapLayer(background, False)
    written = {"geopackage": gpkg, "project": out_dir / "aula_demo.qgs", "maps": [], "reports": []}
    parameters = demo_parameters(out_dir)
    for algorithm_id, params in parameters.items():
        feedback = QgsProcessingFeedback()
        print(f"… {algorithm_id}", flush=True)
        results = processing.run(algorithm_id, params, feedback=feedback)
        display = QgsApplication.processingRegistry().algorithmById(algorithm_id).displayName()
        group = project.layerTreeRoot().addGroup(display)
        shown = []
        for key, value in results.items():
            if isinstance(value, str) and value.lower().endswith(".html"):
                written["reports"].append(Path(value))
                continue
            if not isinstance(value, str) or ".gpkg" not in value:
                continue
            layer = QgsVectorLayer(value, key, "ogr")
            if not layer.isValid():
                raise RuntimeError(f"{algorithm_id}: output {key} unreadable: {value}")
            styles = layer.listStylesInDatabase()
            if styles and styles[0] and styles[0] > 0:
                layer.setName(styles[2][0])
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            if key == MAPS[algorithm_id][1]:
                shown.append(layer)
        title, key, note = MAPS[algorithm_id]
        png = out_dir / f"carte_{algorithm_id.split(':')[1]}.png"
        render_map(project, shown + [background], title, note, png)
        written["maps"].append(png)
    project.layerTreeRoot().addLayer(background)
    project.write(str(written["project"]))
    return written


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]).resolve() if argv else ROOT / "out" / "demo"
    app, provider = start_qgis()  # noqa: F841 (kept alive)
    written = run_demo(out_dir)
    print("\nRésultats / results:")
    print(f"  GeoPackage : {written['geopackage']}")
    print(f"  Projet QGIS: {written['project']}")
    for png in written["maps"]:
        print(f"  Carte      : {png}")
    for html in written["reports"]:
        print(f"  Rapport    : {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
