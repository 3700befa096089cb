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
TVB = DEMO / "tvb"
OCSGE = DEMO / "ocsge"
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
            "CONTEXT_GPKG": str(CONTEXT),  # stops, zoning, risks… found by their layer names
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
        "aula:tvb_continuity": {
            "LANDCOVER": str(TVB / "occupation_sol_call_20m_GENERE.tif"),
            "FRICTION": str(TVB / "friction_biodispersal_call.csv"),
            "SUBTRAME": "boisee", "HABITAT": "5", "MIN_AREA": 2.0, "DISTANCE": 10000, "PROBABILITY": 0.05,
            "BARRIERS": f"{TVB / 'obstacles_call_GENERE.gpkg'}|layername=obstacles",
            "BARRIER_ID_FIELD": "id_obst", "BARRIER_TRANSPARENCY_FIELD": "transpar",
            "PATCHES": table(gpkg, "tvb_reservoirs_boisee"), "LINKS": table(gpkg, "tvb_liens_boisee"),
            "PATHS": table(gpkg, "tvb_chemins_boisee"), "CORRIDOR_POLYGONS": table(gpkg, "tvb_corridors_boisee"),
            "CORRIDORS": str(out_dir / "tvb_corridors_boisee.tif"),
            "CONFLICTS": table(gpkg, "tvb_points_noirs_boisee"), "INDICES": table(gpkg, "tvb_indices_boisee", False),
            "CONEFOR": str(out_dir / "tvb_conefor"), "REPORT": str(out_dir / "tvb_rapport.html"),
        },
        "aula:zan_net_artificialisation": {
            "STOCK_BEFORE": str(OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"),
            "STOCK_AFTER": str(OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"),
            "DIFFERENCE": str(OCSGE / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"),
            "TERRITORIES": f"{OCSGE / 'communes_ca_lens_lievin.gpkg'}|layername=communes",
            "METHOD": 0,
            "CONSUMPTION": str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"),
            "OUTPUT": table(gpkg, "zan_artificialisation_nette"),
            "CHANGES": table(gpkg, "zan_artificialisation_changements"),
            "REPORT": str(out_dir / "zan_artificialisation_rapport.html"),
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
                       f"{gpkg}|layername=icu_enjeux_population",
                       f"{gpkg}|layername=zan_artificialisation_nette",
                       f"{gpkg}|layername=tvb_reservoirs_boisee", f"{gpkg}|layername=tvb_points_noirs_boisee",
                       f"{gpkg}|layername=zae_synthese_zones", f"{gpkg}|layername=zae_unites_foncieres"],
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
    "aula:tvb_continuity": ("Trame verte (sous-trame boisée) de Lens-Liévin : réservoirs, liens et points noirs",
                            ("PATCHES", "CONFLICTS", "PATHS"),
                            "Occupation du sol GÉNÉRÉE à 20 m sur les communes réelles de la CALL "
                            "(démonstration) ; table de friction au format BioDispersal. Limites : IGN Admin Express."),
    "aula:zan_net_artificialisation": ("Artificialisation nette 2018-2021 des communes de la CA de Lens-Liévin (OCS GE)",
                                       "OUTPUT", "OCS GE (format IGN artificialisation D062 2018/2021) GÉNÉRÉE pour la "
                                       "démonstration ; limites communales IGN Admin Express."),
    "aula:zae_inventory": ("Inventaire des zones d'activité de la CA de Lens-Liévin : taux de vacance légal",
                           "SUMMARY", "Parcelles, propriétaires, bâtiments et établissements GÉNÉRÉS aux formats "
                           "officiels (Etalab, DGFiP, BD TOPO, SIRENE) ; friches réelles (Cartofriches, 2024-03)."),
    "aula:lizmap_publish": ("Projet web publié pour Lizmap (rendu par QGIS depuis le dépôt)", None,
                            "Projet aula_demo_artois.qgs du dépôt Lizmap local, couches copiées dans son GeoPackage."),
}


LAYER_NAMES = {
    # output -> name for a map reader, when the algorithm stored none (outputs without a style)
    "DETAILS": "Mutabilité des friches – détail par critère",
    "SUMMARY": "Synthèse de la surchauffe par commune",
}
FONT_WARNINGS = []
GDAL_SPURIOUS = ("No geometry column",)
"""GDAL messages QGIS 3.22 causes itself and that mean nothing wrong: creating a table without geometry in an
existing GeoPackage makes QGIS ask for a spatial index it cannot have. Any other GDAL message is shown."""


def quiet_spurious_gdal_messages():
    """Show every GDAL message except the spurious ones above (a user takes 'ERROR 1' for a failure)."""
    from osgeo import gdal

    labels = {gdal.CE_Warning: "Warning", gdal.CE_Failure: "ERROR", gdal.CE_Fatal: "FATAL"}

    def handler(level, number, message):
        if level >= gdal.CE_Warning and not any(s in message for s in GDAL_SPURIOUS):
            print(f"{labels.get(level, 'GDAL')} {number}: {message}", file=sys.stderr, flush=True)

    gdal.PushErrorHandler(handler)
    return handler


def start_qgis():
    """A QGIS of its own (temporary profile) in French — locale, translations, number formats — whatever
    the machine's settings, so the demo project and maps look the same everywhere."""
    import tempfile

    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QLocale

    profile = tempfile.mkdtemp(prefix="aula_demo_profile_")
    app = QgsApplication([], False, profile)
    app.aula_profile = profile
    app.initQgis()
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    settings.setValue("locale/globalLocale", "fr_FR")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    app.aula_gdal_handler = quiet_spurious_gdal_messages()
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


def _set_font(item, size: float, bold: bool = False) -> None:
    """Label font in points, QGIS's default family (present everywhere)."""
    from qgis.PyQt.QtGui import QFont

    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(item, "setTextFormat"):  # QGIS >= 3.24
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size)
        item.setTextFormat(fmt)
    else:
        item.setFont(font)


def wrap(text: str, width: int = 34, mark: str = "~") -> str:
    """Break a legend text into lines of at most ``width`` characters (``mark`` is the legend's wrap string)."""
    import textwrap

    return mark.join(textwrap.wrap(text, width)) or text


def french_number_format():
    from qgis.core import QgsBasicNumericFormat

    number = QgsBasicNumericFormat()
    number.setShowThousandsSeparator(True)
    number.setThousandsSeparator("\u202f")
    number.setDecimalSeparator(",")
    number.setNumberDecimalPlaces(0)
    return number


def _nice(value: float) -> float:
    import math

    magnitude = 10 ** math.floor(math.log10(value))
    return max(s * magnitude for s in (1, 2, 5, 10) if s * magnitude <= value)


def render_map(project, layers, title: str, note: str, png: Path, focus_first: bool = True) -> dict:
    """A4 landscape map: title, map, legend that fits (wrapped labels, two columns when long), scale bar in km
    with French numbers, sources and date. Returns the item geometry (mm) for checks."""
    from datetime import date

    from qgis.PyQt.QtCore import QSize
    from qgis.core import (QgsCoordinateTransform, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend,
                           QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize,
                           QgsLegendRenderer, QgsLegendStyle, QgsMapLayerLegendUtils, QgsPrintLayout, QgsUnitTypes)

    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    page_w, page_h, margin = 297.0, 210.0, 10.0
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Orientation.Landscape)
    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    _set_font(heading, 15, bold=True)
    heading.attemptMove(QgsLayoutPoint(margin, 6, mm))
    heading.attemptResize(QgsLayoutSize(page_w - 2 * margin, 12, mm))
    layout.addLayoutItem(heading)

    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    legend.setWrapString("~")
    for layer in layers:
        node = root.addLayer(layer)
        node.setCustomProperty("legend/title-label", wrap(layer.name(), 30))  # the legend title: the layer keeps its name
        for i, legend_node in enumerate(legend.model().layerLegendNodes(node)):
            text = legend_node.data(0) or ""
            if len(text) > 30:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, i, wrap(text, 30))
        legend.model().refreshLayerLegend(node)
    legend.setTitle("Légende")
    for style, size, bold in ((QgsLegendStyle.Style.Title, 11, True), (QgsLegendStyle.Style.Group, 9, True),
                              (QgsLegendStyle.Style.Subgroup, 9, True), (QgsLegendStyle.Style.SymbolLabel, 8, False)):
        _set_font(legend.rstyle(style), size, bold)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6)
    def legend_size():
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        return size.width(), size.height()

    available_h = page_h - 22 - 28
    legend_w, legend_h = legend_size()
    if legend_h > available_h:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend_w, legend_h = legend_size()
    legend.setResizeToContents(True)
    legend.attemptResize(QgsLayoutSize(legend_w, legend_h, mm))
    legend_w = min(legend_w, 150.0)
    legend_x = page_w - margin - legend_w
    legend.attemptMove(QgsLayoutPoint(legend_x, 20, mm))

    crs = layers[0].crs()
    extent = None
    for layer in layers[:1] if focus_first else layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        layer_extent = transform.transformBoundingBox(layer.extent())
        extent = layer_extent if extent is None else (extent.combineExtentWith(layer_extent) or extent)
    extent.scale(1.05)
    aspect = extent.height() / max(extent.width(), 1e-9)
    max_w, max_h = legend_x - margin - 6, page_h - 20 - 40
    width = min(max_w, max_h / aspect)
    height = width * aspect
    item.attemptMove(QgsLayoutPoint(margin, 20, mm))
    item.attemptResize(QgsLayoutSize(width, height, mm))
    item.setCrs(crs)
    item.setLayers(layers)
    item.setExtent(extent)  # a new map item has an empty extent: zoomToExtent alone yields NaN
    item.zoomToExtent(extent)
    item.setFrameEnabled(True)

    bar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(bar)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(_nice(item.extent().width() / 1000.0 / 5))  # km per segment
    number_format = french_number_format()
    bar.setNumericFormat(number_format)
    bar.aula_number_format = number_format  # kept alive with the item
    _set_font(bar, 8)
    bar.attemptMove(QgsLayoutPoint(margin, 22 + height, mm))
    bar.update()

    source = QgsLayoutItemLabel(layout)
    source.setText(f"{note}  —  Réalisation : AULA Toolkit (QGIS), le {date.today().strftime('%d/%m/%Y')}.")
    _set_font(source, 7)
    source.attemptMove(QgsLayoutPoint(margin, page_h - 16, mm))
    source.attemptResize(QgsLayoutSize(page_w - 2 * margin, 10, mm))
    layout.addLayoutItem(source)

    # Rendered then saved by Qt: QgsLayoutExporter.exportToImage georeferences PNGs through GDAL, which cannot
    # update a PNG and prints "ERROR 6" on a successful export.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 120)
    if image.isNull() or not image.save(str(png), "PNG"):
        raise RuntimeError(f"map export failed for {png}")
    boxes = {}
    for name, it in (("map", item), ("legend", legend), ("scalebar", bar), ("title", heading), ("source", source)):
        r = it.sceneBoundingRect()
        boxes[name] = (r.left(), r.top(), r.right(), r.bottom())
    boxes["page"] = (0.0, 0.0, page_w, page_h)
    return boxes


def _canvas_extent_writer(project, extent, crs):
    """Write the saved map view of the project (what QGIS's canvas writes): the project opens on ``extent``."""
    from qgis.core import QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    def write(document):
        settings = QgsMapSettings()
        settings.setDestinationCrs(crs)
        settings.setOutputSize(QSize(1000, 600))
        settings.setExtent(extent)
        root = document.documentElement()
        for old in [root.childNodes().at(i) for i in range(root.childNodes().count())]:
            if old.nodeName() == "mapcanvas":
                root.removeChild(old)
        canvas = document.createElement("mapcanvas")
        canvas.setAttribute("name", "theMapCanvas")
        canvas.setAttribute("annotationsVisible", "1")
        settings.writeXml(canvas, document)
        root.appendChild(canvas)

    project.writeProject.connect(write)
    return write


def add_map_themes(project, groups) -> list:
    """One QGIS map theme per algorithm (its group + the communes), the first one shown."""
    from qgis.core import QgsLayerTreeModel, QgsMapThemeCollection

    root = project.layerTreeRoot()
    model = QgsLayerTreeModel(root)
    names = []
    for name, group in groups:
        for _, other in groups:
            other.setItemVisibilityChecked(other is group)
            for child in other.findLayers():
                child.setItemVisibilityChecked(True)
        state = QgsMapThemeCollection.createThemeFromCurrentState(root, model)
        project.mapThemeCollection().insert(name, state)
        names.append(name)
    first = groups[0][1]
    for _, other in groups:
        other.setItemVisibilityChecked(other is first)
    return names


def run_demo(out_dir: Path) -> dict:
    import processing
    from qgis.core import (QgsApplication, QgsProcessingFeedback, QgsProject, QgsReferencedRectangle,
                           QgsVectorLayer)

    from aula_toolkit_plugin.processing.io import stored_layer_name

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
    written = {"geopackage": gpkg, "project": out_dir / "aula_demo.qgs", "maps": [], "reports": [], "boxes": {}}
    parameters = demo_parameters(out_dir)
    # Every analysis writes the shared GeoPackage before any of its layers is opened. QGIS opens GeoPackage
    # layers read-only without SQLite locking (GDAL's NOLOCK); when QGIS then opens the same file for writing
    # (an algorithm storing its style there, or writing through a QGIS sink) it switches it to WAL, which such a
    # connection cannot read: the layer's next query prints "ERROR 1: … unable to open database file" (QGIS 3.22
    # and 3.40). Then the publication, which only reads; then the project and the maps.
    outputs = {}
    for algorithm_id, params in parameters.items():
        print(f"… {algorithm_id}", flush=True)
        if algorithm_id == "aula:lizmap_publish":
            Path(params["FOLDER"]).mkdir(parents=True, exist_ok=True)
        outputs[algorithm_id] = processing.run(algorithm_id, params, feedback=QgsProcessingFeedback())
    groups = []
    for algorithm_id, results in outputs.items():
        if algorithm_id == "aula:lizmap_publish":
            continue
        display = QgsApplication.processingRegistry().algorithmById(algorithm_id).displayName()
        group = project.layerTreeRoot().addGroup(display)
        groups.append((display, group))
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
            stored = stored_layer_name(layer)
            if stored:
                layer.setName(stored)
            else:
                layer.setName(LAYER_NAMES.get(key, key))
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            if not layer.isSpatial():
                node.setItemVisibilityChecked(False)
            wanted = MAPS[algorithm_id][1]
            if key in (wanted if isinstance(wanted, tuple) else (wanted,)):
                layer.setCustomProperty("aula_demo_key", key)
                shown.append(layer)
        title, key, note = MAPS[algorithm_id]
        if isinstance(key, tuple):  # several layers: in the order given, the first one frames the map
            shown.sort(key=lambda lay: key.index(lay.customProperty("aula_demo_key")))
        png = out_dir / f"carte_{algorithm_id.split(':')[1]}.png"
        written["boxes"][png.name] = render_map(project, shown + [background], title, note, png)
        written["maps"].append(png)
    if "aula:lizmap_publish" in outputs:
        params = parameters["aula:lizmap_publish"]
        published = Path(params["FOLDER"]) / f"{params['PROJECT_NAME']}.qgs"
        written["web_project"] = published
        web = QgsProject()
        if not web.read(str(published)):
            raise RuntimeError(f"the published project does not open: {published}")
        title, _, note = MAPS["aula:lizmap_publish"]
        spatial = [lay for lay in web.mapLayers().values()
                   if lay.isSpatial() and lay.providerType() != "wms"]  # not the online base maps
        png = out_dir / "carte_lizmap_publish.png"
        written["boxes"][png.name] = render_map(web, spatial, title, note, png, focus_first=False)
        written["maps"].append(png)
    project.layerTreeRoot().addLayer(background)
    written["themes"] = add_map_themes(project, groups)
    artois = next(lay for lay in project.mapLayers().values() if lay.name().startswith("Compteurs ZAN")).extent()
    artois.scale(1.25)  # room for the panels a desktop opens around the canvas after loading
    written["extent"] = (artois.xMinimum(), artois.yMinimum(), artois.xMaximum(), artois.yMaximum())
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(artois, project.crs()))
    writer = _canvas_extent_writer(project, artois, project.crs())
    from aula_toolkit_plugin.processing.compat import write_project_alone

    write_project_alone(project, written["project"])
    project.writeProject.disconnect(writer)
    portable_fonts(written["project"])
    return written


def portable_fonts(path: Path) -> None:
    """Drop the font families QGIS wrote in the project (the default of this headless QGIS, which a desktop
    may not have): labels then use the default font of the QGIS that opens it, with no warning."""
    import re

    text = Path(path).read_text(encoding="utf-8")
    clean = lambda m: re.sub(r'\s(fontFamily|namedStyle)="[^"]*"', "", m.group(0))  # noqa: E731
    Path(path).write_text(re.sub(r"<text-style[^>]*>", clean, text), encoding="utf-8")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]).resolve() if argv else ROOT / "out" / "demo"
    app, provider = start_qgis()  # noqa: F841 (kept alive)
    try:
        written = run_demo(out_dir)
    finally:
        import atexit
        import shutil

        atexit.register(shutil.rmtree, app.aula_profile, True)  # the temporary profile leaves nothing behind
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
