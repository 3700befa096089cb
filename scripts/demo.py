"""The main job: every AULA Toolkit algorithm on the embedded Artois demo data.

Writes into OUT (default ./out/demo): one GeoPackage of results (styles stored inside), a QGIS project
grouping them per algorithm, one PNG map per algorithm rendered by QGIS (print layout: map, legend,
title, sources), and the HTML reports; then prints where they are.
Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # this folder, when imported from a test
from plugin_package import register  # noqa: E402

sys.path.pop(0)
DEMO = ROOT / "demo_data"
ADMIN = DEMO / "admin" / "artois_admin_2026.gpkg"
CONTEXT = DEMO / "friches" / "contexte_artois_GENERE.gpkg"
ICU = DEMO / "icu"
GPKG_NAME = "aula_resultats_demo.gpkg"
LIZMAP_REPOSITORY = "depot_lizmap"


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
        "aula:friches_mutability": {
            "FRICHES": f"{DEMO / 'friches' / 'cartofriches_62_2024-03.gpkg'}|layername=friches_62",
            "MAIRIES": f"{ADMIN}|layername=mairies",
            "TRANSPORT_STOPS": f"{CONTEXT}|layername=arrets_tc_GENERE",
            "PLU_ZONES": f"{CONTEXT}|layername=zonage_plu_GENERE",
            "FLOOD_ZONES": f"{CONTEXT}|layername=zones_inondables_GENERE",
            "MOTORWAYS": f"{CONTEXT}|layername=autoroutes_GENERE",
            "COMMUNE_DATA": f"{CONTEXT}|layername=donnees_communales_GENERE",
            "OUTPUT": table(gpkg, "friches_mutabilite"),
            "DETAILS": table(gpkg, "friches_mutabilite_details", geometry=False),
            "REPORT": str(out_dir / "friches_rapport.html"),
        },
        "aula:icu_hotspots": {
            "TEMPERATURE": str(ICU / "lst_landsat_st_b10_lens_henin_GENERE.tif"),
            "POPULATION": str(ICU / "filosofi_200m_lens_henin_GENERE.gpkg"),
            "ERP": str(ICU / "colleges_lens_henin.gpkg"),
            "ERP_CATEGORY_FIELD": "nature_uai_libe",
            "ERP_NAME_FIELD": "appellation_officielle",
            "SUMMARY_AREAS": f"{ICU / 'communes_lens_henin.gpkg'}|layername=communes",
            "SUMMARY_ID_FIELD": "insee_com",
            "SUMMARY_NAME_FIELD": "nom",
            "DISTANCE": 400,
            "HOTSPOTS": table(gpkg, "icu_points_chauds_froids"),
            "STAKES_POPULATION": table(gpkg, "icu_enjeux_population"),
            "STAKES_ERP": table(gpkg, "icu_enjeux_erp"),
            "SUMMARY": table(gpkg, "icu_synthese_communes"),
            "REPORT": str(out_dir / "icu_rapport.html"),
        },
        "aula:zae_inventory": {
            "ZONES": f"{DEMO / 'zae' / 'zones_zae_GENERE.gpkg'}|layername=zae",
            "PARCELS": str(DEMO / "zae" / "cadastre-62-parcelles_GENERE.json"),
            "OWNERS": str(DEMO / "zae" / "parcelles_personnes_morales_62_GENERE.csv"),
            "ESTABLISHMENTS": str(DEMO / "zae" / "StockEtablissement_GENERE.csv"),
            "ESTABLISHMENTS_GEOLOC": str(DEMO / "zae" / "GeolocalisationEtablissement_Sirene_GENERE.csv"),
            "BUILDINGS": f"{DEMO / 'zae' / 'batiment_GENERE.gpkg'}|layername=batiment",
            "FRICHES": f"{DEMO / 'friches' / 'cartofriches_62_2024-03.gpkg'}|layername=friches_62",
            "STAGE": str(DEMO / "zae" / "stade_amenagement_GENERE.csv"),
            "COMMUNES": str(DEMO / "zae" / "communes_ca_lens_lievin.csv"),
            "YEAR": 2025,
            "OUTPUT": str(out_dir / "inventaire_zae_cnig.gpkg"),
            "UNITS": table(gpkg, "zae_unites_foncieres"),
            "SUMMARY": table(gpkg, "zae_synthese_zones"),
            "REPORT_FOLDER": str(out_dir / "zae_rapports"),
        },
        # Last: publishes what the others wrote (the order of this dict is the order of the run).
        "aula:lizmap_publish": {
            "LAYERS": [f"{gpkg}|layername=zan_compteurs_epci", f"{gpkg}|layername=zan_trajectoire_epci",
                       f"{gpkg}|layername=friches_mutabilite", f"{gpkg}|layername=icu_points_chauds_froids",
                       f"{gpkg}|layername=icu_enjeux_population", f"{gpkg}|layername=zae_synthese_zones",
                       f"{gpkg}|layername=zae_unites_foncieres"],
            "TITLE": "AULA Toolkit – démonstration sur l'Artois",
            "ABSTRACT": "Compteurs ZAN des EPCI (données de consommation GÉNÉRÉES) et mutabilité des friches.",
            "PROJECT_NAME": "aula_demo_artois",
            "TARGET": 0,
            "FOLDER": str(out_dir / LIZMAP_REPOSITORY),
            "VERIFY": False,
        },
    }


# algorithm id -> (map title, output shown on the map, note on the data)
MAPS = {
    "aula:zan_counters": ("Compteurs ZAN des EPCI de l'Artois : statut de l'enveloppe 2021-2030", "OUTPUT",
                          "Consommation d'espaces : données GÉNÉRÉES au format Cerema 2009-2023 (démonstration). "
                          "Limites : IGN Admin Express / data.gouv (2026)."),
    "aula:friches_mutability": ("Mutabilité des friches du Pas-de-Calais : usage le plus adapté (grille Mutafriches)",
                                "OUTPUT", "Sites : Cartofriches (Cerema, 2024-03). Couches de contexte GÉNÉRÉES "
                                "(arrêts, zonage, risques) pour la démonstration. Limites : IGN Admin Express."),
    "aula:icu_hotspots": ("Surchauffe urbaine à Lens-Liévin et Hénin-Carvin : points chauds et froids (Gi*)",
                          "HOTSPOTS",
                          "Température (format Landsat ST_B10) et population (format Filosofi 200 m) GÉNÉRÉES pour la "
                          "démonstration ; collèges réels (MEN). Maille INSEE 200 m, Gi* bande 400 m."),
    "aula:zae_inventory": ("Inventaire des zones d'activité de la CA de Lens-Liévin : taux de vacance légal",
                           "SUMMARY", "Parcelles, propriétaires, bâtiments et établissements GÉNÉRÉS aux formats "
                           "officiels (Etalab, DGFiP, BD TOPO, SIRENE) ; friches réelles (Cartofriches, 2024-03)."),
    "aula:lizmap_publish": ("Projet web publié pour Lizmap (rendu par QGIS depuis le dépôt)", None,
                            "Projet aula_demo_artois.qgs du dépôt Lizmap local, couches copiées dans son GeoPackage."),
}


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    register()
    from aula_toolkit_plugin.processing.provider import AulaProvider
    from aula_toolkit_plugin.toolbelt.i18n import install_translator

    install_translator("fr")  # the demo speaks like our users' QGIS

    provider = AulaProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def render_map(project, layers, title: str, note: str, png: Path, focus_first: bool = True) -> None:
    from qgis.core import (QgsCoordinateTransform, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
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
    crs = layers[0].crs()
    extent = None
    for layer in layers[:1] if focus_first else layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        layer_extent = transform.transformBoundingBox(layer.extent())
        extent = layer_extent if extent is None else (extent.combineExtentWith(layer_extent) or extent)
    extent.scale(1.05)
    aspect = extent.height() / max(extent.width(), 1e-9)
    width = min(200.0, 155.0 / aspect)
    height = width * aspect
    item.attemptMove(QgsLayoutPoint(10, 20, mm))
    item.attemptResize(QgsLayoutSize(width, height, mm))
    item.setCrs(crs)
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
    bar.attemptMove(QgsLayoutPoint(10, 22 + height, mm))
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
        if algorithm_id == "aula:lizmap_publish":
            Path(params["FOLDER"]).mkdir(parents=True, exist_ok=True)
            processing.run(algorithm_id, params, feedback=feedback)
            published = Path(params["FOLDER"]) / f"{params['PROJECT_NAME']}.qgs"
            written["web_project"] = published
            web = QgsProject()
            if not web.read(str(published)):
                raise RuntimeError(f"the published project does not open: {published}")
            title, _, note = MAPS[algorithm_id]
            spatial = [lay for lay in web.mapLayers().values() if lay.isSpatial()]
            png = out_dir / "carte_lizmap_publish.png"
            render_map(web, spatial, title, note, png, focus_first=False)
            written["maps"].append(png)
            continue
        results = processing.run(algorithm_id, params, feedback=feedback)
        display = QgsApplication.processingRegistry().algorithmById(algorithm_id).displayName()
        group = project.layerTreeRoot().addGroup(display)
        shown = []
        for key, value in results.items():
            if isinstance(value, str) and value.lower().endswith(".html"):
                written["reports"].append(Path(value))
                continue
            if isinstance(value, str) and Path(value).is_dir():  # a folder of reports (one per EPCI)
                written["reports"].extend(sorted(Path(value).glob("*.html")))
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
    if "web_project" in written:
        print(f"  Lizmap     : {written['web_project']} (+ .qgs.cfg, .gpkg)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
