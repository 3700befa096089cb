"""``aula:zae_inventory`` — the inventory of business zones (art. L318-8-2 CU) in the CNIG standard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import wkb as shapely_wkb

from ..aula_toolkit.errors import AulaInputError, Message
from ..aula_toolkit.zae import cnig, inventory, loaders, report
from ..aula_toolkit.zae.geom import PolygonArray, bounds_with_known, flat_wkbs
from ..aula_toolkit.zae.locomvac import load_locomvac
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm
from .io import fields_from_specs, plain_value, source_to_frame, style_output
from .guards import Location, refuse_output_over_input
from .writer import GeometryColumn, write_output
from .zae_io import TEMPLATE
from . import zae_io


HELP = N_(
    "<p>Builds the inventory of business zones required by article L318-8-2 of the Code de l'urbanisme: per "
    "zone, the land units with their area and owner, the occupants, the legal vacancy rate and the land still "
    "available, in the CNIG Sites économiques standard. A land unit groups contiguous parcels of the same "
    "owner; it is occupied when a SIRENE establishment (SCI excluded) located in it was active in the two "
    "years before 1 January of the inventory year, vacant when it is not occupied but had an activity "
    "before or holds a LOCOMVAC vacant premise. The part of a zone outside its parcels (roads, public domain) "
    "is measured on its own, so the surface closure check can reveal overlapping parcels; zones closer than "
    "the pole distance form an economic pole.</p><h3>In the form</h3><ul><li><b>Business zones (or PLU zoning)</b>: perimeters, or the PLU "
    "zones of economic activity.</li><li><b>Cadastral parcels (Etalab)</b>; <b>Parcel owners (DGFiP)</b> "
    "(optional: without it every parcel is a unit).</li><li><b>Vacant business premises (LOCOMVAC, DGFiP)</b> "
    "(optional): the yearly file sent to communes and EPCI, as delivered.</li><li><b>SIRENE establishments</b>: the stock or "
    "geolocated file, or a point layer.</li><li>Optional: <b>Buildings (BD TOPO)</b>, <b>Brownfields "
    "(Cartofriches)</b>, <b>Aménagement stage per parcel</b>; <b>Inventory year</b>.</li><li>Under "
    "<i>Advanced</i>: SIRENE geolocation, communes and EPCI, thresholds of contiguity, occupancy and "
    "availability, <b>Economic pole: sites closer than (m, 0 = none)</b>, <b>Report language</b>.</li></ul><h3>Results</h3><ul><li><b>ZAE inventory (CNIG GeoPackage)</b>: the standard's "
    "template filled.</li><li><b>Land units (UF-ECO)</b> and <b>ZAE summary per zone</b>: legal and surface "
    "vacancy rates side by side.</li><li><b>Reports folder</b>: one HTML page per EPCI, readable "
    "offline.</li></ul><p>Natural persons' names are never exported. Rules, field names and the CNIG layout: "
    "the <i>Help</i> button opens the full documentation.</p>"
)

THRESHOLDS = [
    # (parameter, label, settings attribute, type, default, min, max)
    ("MIN_SHARE", N_("Parcel share inside a zone (0–1)"), "min_share", "d", 0.5, 0.0, 1.0),
    ("MIN_SHARED_LENGTH", N_("Contiguity: minimum shared boundary (m)"), "min_shared_length", "d", 0.5, 0.0, 1000.0),
    ("TOLERANCE", N_("Contiguity: topology tolerance (m)"), "tolerance", "d", 0.1, 0.0, 10.0),
    ("OCCUPANT_DISTANCE", N_("Establishment distance to a unit (m)"), "occupant_distance", "d", 5.0,
     0.0, 500.0),
    ("ACTIVITY_YEARS", N_("Years of inactivity before vacancy"), "activity_years", "i", 2, 0, 50),
    ("MIN_BUILDING_AREA", N_("Built unit: minimum footprint (m²)"), "min_building_area", "d", 20.0, 0.0, 1e6),
    ("MIN_AVAILABLE_AREA", N_("Available land: minimum area (m²)"), "min_available_area",
     "d", 1000.0, 0.0, 1e7),
    ("DENT_CREUSE_SHARE", N_("Infill plot: built perimeter share (0–1)"),
     "dent_creuse_share", "d", 0.75, 0.0, 1.0),
    ("DENT_CREUSE_MAX_AREA", N_("Infill plot: maximum area (m²)"), "dent_creuse_max_area", "d", 10000.0, 0.0, 1e8),
    ("CES_THRESHOLD", N_("Densifiable below this building coverage (0–1)"), "ces_threshold", "d", 0.3, 0.0, 1.0),
    ("ISOLATED_JOBS", N_("Isolated establishment: more jobs than"), "isolated_jobs", "i", 150, 0, 1000000),
    ("ISOLATED_AREA", N_("Isolated establishment: area at least (ha)"), "isolated_area_ha", "d", 2.0, 0.0, 1e5),
    ("DOMINANT_SHARE", N_("Dominant vocation: share of employees above (0–1)"), "dominant_share", "d", 0.6, 0.0, 1.0),
    ("POLE_DISTANCE", N_("Economic pole: sites closer than (m, 0 = none)"), "pole_distance", "d", 1000.0, 0.0, 1e5),
]
SWITCHES = [
    ("EXCLUDE_SCI", N_("Leave out SCI (legal category 6540)"), "exclude_sci", True),
    ("RESIDENTIAL_OCCUPIES", N_("A dwelling occupies a unit"), "residential_occupies", True),
    ("VACANT_UNBUILT_AVAILABLE", N_("Count unbuilt vacant units as available"), "vacant_unbuilt_available", False),
]


class ZaeInventoryAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "zae_inventory"
    GROUP_ID = "zae"
    DISPLAY_NAME = N_("Business zones inventory (L318-8-2, CNIG standard)")
    HELP = HELP

    ZONES, PARCELS, OWNERS, ESTABLISHMENTS = "ZONES", "PARCELS", "OWNERS", "ESTABLISHMENTS"
    BUILDINGS, FRICHES, STAGE, YEAR = "BUILDINGS", "FRICHES", "STAGE", "YEAR"
    GEOLOC, COMMUNES, VACANT_PREMISES = "ESTABLISHMENTS_GEOLOC", "COMMUNES", "VACANT_PREMISES"
    OUTPUT, UNITS, SUMMARY, REPORT_FOLDER = "OUTPUT", "UNITS", "SUMMARY", "REPORT_FOLDER"

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONES, tr("Business zones (or PLU zoning)"), poly))
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, tr("Cadastral parcels (Etalab)"), poly))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OWNERS, tr("Parcel owners (DGFiP)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ESTABLISHMENTS, tr("SIRENE establishments"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, tr("Buildings (BD TOPO)"), poly, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FRICHES, tr("Brownfields (Cartofriches)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STAGE, tr("Aménagement stage per parcel"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VACANT_PREMISES, tr("Vacant business premises (LOCOMVAC, DGFiP)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, tr("Inventory year"), QgsProcessingParameterNumber.Type.Integer,
            dt.date.today().year, minValue=2000, maxValue=2100))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.GEOLOC, tr("SIRENE geolocation (siret, x, y)"),
            [QgsProcessing.SourceType.TypeVector], optional=True), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, tr("Communes and EPCI table"),
            [QgsProcessing.SourceType.TypeVector], optional=True), advanced=True)
        for name, label, _, kind, default, lo, hi in THRESHOLDS:
            ptype = QgsProcessingParameterNumber.Type.Integer if kind == "i" else QgsProcessingParameterNumber.Type.Double
            self.add_parameter(QgsProcessingParameterNumber(name, tr(label), ptype, default, minValue=lo, maxValue=hi),
                               advanced=True)
        for name, label, _, default in SWITCHES:
            self.add_parameter(QgsProcessingParameterBoolean(name, tr(label), default), advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("ZAE inventory (CNIG GeoPackage)"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNITS, tr("Land units (UF-ECO)"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, tr("ZAE summary per zone"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.REPORT_FOLDER, tr("Reports folder (one page per EPCI)"), optional=True,
            createByDefault=False))
        self.add_report_language_parameter()

    # --- run ------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        french = self.french()
        settings = inventory.Settings(year=self.parameterAsInt(parameters, self.YEAR, context))
        for name, _, attr, kind, _, _, _ in THRESHOLDS:
            value = self.parameterAsInt(parameters, name, context) if kind == "i" else \
                self.parameterAsDouble(parameters, name, context)
            setattr(settings, attr, value)
        for name, _, attr, _ in SWITCHES:
            setattr(settings, attr, self.parameterAsBoolean(parameters, name, context))
        out_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        report_dir = self.parameterAsString(parameters, self.REPORT_FOLDER, context) \
            if parameters.get(self.REPORT_FOLDER) else ""
        self._refuse_template(str(out_path))
        self._check_report_folder(parameters, context, report_dir)

        zones_src = self._source(parameters, self.ZONES, context, required=True)
        crs = self._analysis_crs(zones_src, context)
        if crs != zones_src.sourceCrs():
            feedback.pushInfo(tr("Zones in {crs}: every layer is reprojected to Lambert-93 (EPSG:2154), the CRS of "
                                 "the CNIG standard, and surfaces are measured there.").format(
                                     crs=zones_src.sourceCrs().authid()))
        if not crs.isValid() or crs.isGeographic():
            raise AulaInputError(
                fr=f"ZONES : SCR {crs.authid() or 'inconnu'} géographique ou invalide ; les surfaces demandent un SCR "
                   f"métrique (EPSG:2154 Lambert-93 en métropole).",
                en=f"ZONES: CRS {crs.authid() or 'unknown'} is geographic or invalid; areas need a metric CRS "
                   f"(EPSG:2154 Lambert-93 in mainland France).")
        feedback.pushInfo(tr("Reading the zones…"))
        zone_attrs, zone_wkb = self._polygons(parameters, self.ZONES, zones_src, crs, context, feedback)
        keep = loaders.zones_from_plu(zone_attrs)
        if loaders.find_column(zone_attrs, ["destdomi"]) is not None:
            self.warn(feedback, [Message(
                fr=f"ZONES : zonage de PLU reconnu (champ destdomi) : {int(keep.sum())} zone(s) d'activité "
                   f"(destdomi = '02') sur {len(keep)}.",
                en=f"ZONES: PLU zoning recognised (field destdomi): {int(keep.sum())} business zone(s) "
                   f"(destdomi = '02') out of {len(keep)}.")])
            zone_attrs = zone_attrs[keep].reset_index(drop=True)
            zone_wkb = [w for w, k in zip(zone_wkb, keep) if k]
        zones = PolygonArray.from_wkb(zone_wkb)
        self.check_canceled(feedback)
        feedback.setProgress(5)

        feedback.pushInfo(tr("Reading the parcels…"))
        parcels_src = self._source(parameters, self.PARCELS, context, required=True)
        p_attrs, p_wkb = self._polygons(parameters, self.PARCELS, parcels_src, crs, context, feedback,
                                        columns=zae_io.parcel_columns(parcels_src.fields().names()))
        self.check_canceled(feedback)
        parcel_attrs = loaders.load_parcels(p_attrs, "PARCELS")
        self.check_canceled(feedback)
        parcels = PolygonArray.from_wkb(p_wkb)
        del p_wkb
        self.check_canceled(feedback)
        feedback.setProgress(20)

        owners = self._table(parameters, self.OWNERS, context, feedback)
        owners = loaders.load_owners(owners, "OWNERS") if owners is not None else None
        est = self._establishments(parameters, context, crs, feedback)
        self.check_canceled(feedback)
        feedback.setProgress(30)
        buildings = battrs = None
        if parameters.get(self.BUILDINGS):
            bsrc = self._source(parameters, self.BUILDINGS, context)
            if bsrc is not None:
                b_attrs, b_wkb = self._polygons(parameters, self.BUILDINGS, bsrc, crs, context, feedback)
                battrs = loaders.load_buildings(b_attrs, "BUILDINGS")
                buildings = PolygonArray.from_wkb(b_wkb)
        friches = fshapes = None
        if parameters.get(self.FRICHES):
            fsrc = self._source(parameters, self.FRICHES, context)
            if fsrc is not None:
                f_attrs, f_wkb = self._features(fsrc, crs, context, feedback)
                friches = loaders.load_friches(f_attrs, "FRICHES")
                fshapes = [shapely_wkb.loads(w) if w else None for w in f_wkb]
        stage = self._table(parameters, self.STAGE, context, feedback)
        stage = loaders.load_stage(stage, "STAGE") if stage is not None else None
        communes = loaders.communes_table(self._table(parameters, self.COMMUNES, context, feedback))
        premises = self._table(parameters, self.VACANT_PREMISES, context, feedback)
        premises = load_locomvac(premises, self.VACANT_PREMISES) if premises is not None else None
        self.check_canceled(feedback)
        feedback.setProgress(40)

        def progress(value, text):
            feedback.setProgress(40 + 45 * value)
            return not feedback.isCanceled()

        data = inventory.Inputs(zones, zone_attrs, parcels, parcel_attrs, owners=owners, establishments=est,
                                buildings=buildings, building_attrs=battrs, friches=friches, friche_shapes=fshapes,
                                stage=stage, communes=communes, vacant_premises=premises)
        try:
            result = inventory.run_inventory(data, settings, progress)
        except InterruptedError:
            self.check_canceled(feedback)
            raise
        for m in result.messages:
            feedback.pushInfo(str(m))
        self.check_canceled(feedback)
        feedback.setProgress(85)

        outputs = {}
        today = dt.date.today()
        units = cnig.unit_table(result)
        summary = cnig.summary_table(result, settings.year)
        bad = summary[summary["controle_surfaces"] != "ok"]
        if len(bad):
            self.warn(feedback, [Message(
                fr=f"Contrôle de bouclage des surfaces en écart pour {len(bad)} zone(s) : {', '.join(bad['site_id'][:10])}.",
                en=f"Surface closure check off for {len(bad)} zone(s): {', '.join(bad['site_id'][:10])}.")])
        zone_flat = [zae_io.flat(w) for w in zone_wkb]
        unit_wkb = flat_wkbs(result.unit_shapes)
        unit_box = bounds_with_known(unit_wkb, result.unit_parcel, parcels.bounds())
        self.check_canceled(feedback)
        u_fields = fields_from_specs(cnig.UNIT_FIELDS, french)
        u_dest = write_output(self, parameters, self.UNITS, context, u_fields, units.reindex(columns=u_fields.names()),
                              QgsWkbTypes.Type.MultiPolygon, crs, GeometryColumn(wkb=unit_wkb, bounds=unit_box),
                              [f.kind for f in cnig.UNIT_FIELDS], feedback)
        outputs[self.UNITS] = u_dest
        self.check_canceled(feedback)
        s_fields = fields_from_specs(cnig.SUMMARY_FIELDS, french)
        s_dest = write_output(self, parameters, self.SUMMARY, context, s_fields,
                              summary.reindex(columns=s_fields.names()), QgsWkbTypes.Type.MultiPolygon, crs,
                              GeometryColumn(wkb=zone_flat, bounds=zones.bounds()),
                              [f.kind for f in cnig.SUMMARY_FIELDS], feedback)
        outputs[self.SUMMARY] = s_dest
        style_output(context, u_dest, "zae_inventory_units", tr("ZAE land units"), u_fields)
        style_output(context, s_dest, "zae_inventory_summary", tr("ZAE vacancy rate per zone"), s_fields)
        self._styles = [(u_dest, "zae_inventory_units", tr("ZAE land units")),
                        (s_dest, "zae_inventory_summary", tr("ZAE vacancy rate per zone"))]
        self.check_canceled(feedback)

        feedback.pushInfo(tr("Writing the CNIG GeoPackage…"))
        zae_io.write_cnig(out_path, result, settings.year, today, zone_flat, unit_wkb, unit_box, zones.bounds(), crs,
                         context, feedback)
        outputs[self.OUTPUT] = str(out_path)
        feedback.setProgress(95)
        self.check_canceled(feedback)
        if report_dir:
            folder = Path(report_dir)
            folder.mkdir(parents=True, exist_ok=True)
            lang = self.report_language(parameters, context)
            note = None
            if "GENERE" in (parcels_src.sourceName() or "").upper() or "GENERE" in str(parameters.get(self.PARCELS)).upper():
                note = ("Données GÉNÉRÉES pour la démonstration : ces chiffres ne décrivent aucune zone réelle."
                        if lang == "fr" else "Data GENERATED for the demonstration: these figures describe no real zone.")
            pages = report.build_reports(summary, result.units, result.unit_shapes,
                                         [shapely_wkb.loads(w) if w else None for w in zone_wkb], settings.year,
                                         note=note, messages=result.messages, lang=lang)
            for stem, html in pages.items():
                (folder / f"{stem}.html").write_text(html, encoding="utf-8")
            outputs[self.REPORT_FOLDER] = str(folder)
            feedback.pushInfo(tr("{n} report(s) written in {folder}.").format(n=len(pages), folder=folder))
        self.check_canceled(feedback)
        feedback.setProgress(100)
        return outputs

    # --- outputs --------------------------------------------------------------------------------

    def check_parameters(self, parameters, context) -> None:
        """The CNIG template is refused as OUTPUT before the shared output guard turns the path into a layer."""
        value = parameters.get(self.OUTPUT)
        self._refuse_template(value if isinstance(value, str) else "")

    @staticmethod
    def _refuse_template(path_text: str) -> None:
        """The template is no input parameter: the shared output guard cannot see it."""
        if path_text and Path(path_text.split("|")[0]).resolve() == TEMPLATE.resolve():
            raise AulaInputError(fr="OUTPUT ne peut pas être le modèle CNIG lui-même.",
                                 en="OUTPUT cannot be the CNIG template itself.")

    def _check_report_folder(self, parameters, context, report_dir: str) -> None:
        """The report pages (``inventaire_zae_*.html``) over an input held in REPORT_FOLDER: the shared output
        guard (processing/guards.py) answers for OUTPUT, UNITS, SUMMARY and the folder itself, not for the
        files a folder will hold."""
        if not report_dir:
            return
        folder = Path(report_dir).resolve()
        for key in (self.ZONES, self.PARCELS, self.OWNERS, self.ESTABLISHMENTS, self.BUILDINGS, self.FRICHES,
                    self.STAGE, self.GEOLOC, self.COMMUNES, self.VACANT_PREMISES):
            path = self._input_file(parameters.get(key), context)
            if path is not None and path.parent == folder and path.name.startswith(report.PAGE_PREFIX) and \
                    path.suffix.lower() == ".html":
                refuse_output_over_input(Location(self.REPORT_FOLDER, str(path)), Location(key, str(path)))

    @staticmethod
    def _input_file(value, context) -> Optional[Path]:
        if value is None:
            return None
        value = getattr(value, "source", value)
        if hasattr(value, "staticValue"):
            value = value.staticValue()
        layer = value if isinstance(value, QgsVectorLayer) else (
            QgsProcessingUtils.mapLayerFromString(str(value), context) if isinstance(value, str) and value else None)
        raw = layer.source() if isinstance(layer, QgsVectorLayer) else (value if isinstance(value, str) else "")
        raw = raw[len("file://"):] if raw.startswith("file://") else raw
        raw = raw.split("|")[0].split("?")[0]
        if not raw:
            return None
        try:
            path = Path(raw).resolve()
        except OSError:
            return None
        return path if path.exists() else None

    # --- inputs ---------------------------------------------------------------------------------

    def _source(self, parameters, key, context, required=False):
        source = self.parameterAsSource(parameters, key, context)
        if source is None and (required or parameters.get(key)):
            raise AulaInputError(fr=f"{key} : couche introuvable ou illisible ({parameters.get(key)}).",
                                 en=f"{key}: layer not found or unreadable ({parameters.get(key)}).")
        return source

    def _layer(self, parameters, key, context) -> Optional[QgsVectorLayer]:
        value = parameters.get(key)
        value = getattr(value, "source", value)
        selected = bool(getattr(parameters.get(key), "selectedFeaturesOnly", False))
        if hasattr(value, "staticValue"):
            value = value.staticValue()
        if selected:
            return None
        layer = value if isinstance(value, QgsVectorLayer) else (
            QgsProcessingUtils.mapLayerFromString(str(value), context) if isinstance(value, str) and value else None)
        return layer if isinstance(layer, QgsVectorLayer) else None

    @staticmethod
    def _analysis_crs(source, context) -> QgsCoordinateReferenceSystem:
        """The CRS the zones are measured in (``inventory.measured_in_lambert93`` decides from their extent)."""
        crs = source.sourceCrs()
        lambert93 = QgsCoordinateReferenceSystem(f"EPSG:{inventory.LAMBERT93_EPSG}")
        if crs == lambert93 or not crs.isValid():
            return crs
        try:
            extent = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                            context.transformContext()).transformBoundingBox(source.sourceExtent())
        except QgsCsException:
            return crs
        if extent.isEmpty():
            return crs
        bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        return lambert93 if inventory.measured_in_lambert93(bounds) else crs

    def _fast_gpkg(self, parameters, key, context, crs, columns=None, feedback=None):
        """Attributes and WKB straight from a GeoPackage table (no subset, same CRS): 10× faster than features."""
        layer = self._layer(parameters, key, context)
        if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.crs() != crs:
            return None
        return zae_io.read_gpkg_table(layer.source(), columns, feedback)

    def _polygons(self, parameters, key, source, crs, context, feedback, columns=None):
        fast = self._fast_gpkg(parameters, key, context, crs, columns, feedback)
        if fast is not None:
            return fast
        return self._features(source, crs, context, feedback, columns)

    def _features(self, source, crs, context, feedback, columns=None):
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        names = source.fields().names()
        wanted = [n for n in names if columns is None or n.lower() in {c.lower() for c in columns}]
        index = [names.index(n) for n in wanted]
        rows, wkbs = [], []
        request = QgsFeatureRequest().setSubsetOfAttributes(index)
        for i, f in enumerate(source.getFeatures(request)):
            if i % 10000 == 0 and feedback.isCanceled():
                self.check_canceled(feedback)
            attrs = f.attributes()
            rows.append([plain_value(attrs[k]) for k in index])
            if f.hasGeometry():
                g = f.geometry()
                if transform is not None:
                    g = QgsGeometry(g)
                    g.transform(transform)
                wkbs.append(bytes(g.asWkb()))
            else:
                wkbs.append(None)
        return pd.DataFrame(rows, columns=wanted, dtype=object), wkbs

    def _table(self, parameters, key, context, feedback) -> Optional[pd.DataFrame]:
        if not parameters.get(key):
            return None
        path = self._input_file(parameters.get(key), context)
        layer = self._layer(parameters, key, context)
        if path is not None and path.suffix.lower() in (".csv", ".txt") and (layer is None or not layer.subsetString()):
            return zae_io.read_csv(path, key, feedback)
        source = self._source(parameters, key, context)
        return source_to_frame(source, key, feedback=feedback)

    def _establishments(self, parameters, context, crs, feedback) -> Optional[pd.DataFrame]:
        if not parameters.get(self.ESTABLISHMENTS):
            return None
        source = self._source(parameters, self.ESTABLISHMENTS, context)
        geoloc = self._table(parameters, self.GEOLOC, context, feedback)
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
            frame, wkbs = self._features(source, crs, context, feedback)
            xy = np.array([zae_io.point(w) for w in wkbs], dtype=float).reshape(-1, 2)
            est = loaders.load_establishments(frame, "ESTABLISHMENTS", geoloc)
            if geoloc is None:
                est["x"], est["y"], est["epsg"] = xy[: len(est), 0], xy[: len(est), 1], np.nan
                return est
            has_geom = np.isfinite(xy[:, 0])
            est.loc[np.isnan(est["x"].to_numpy(dtype=float)) & has_geom[: len(est)], ["x", "y"]] = xy[: len(est)][
                np.isnan(est["x"].to_numpy(dtype=float)) & has_geom[: len(est)]]
        else:
            frame = self._table(parameters, self.ESTABLISHMENTS, context, feedback)
            parts = []
            for lo in range(0, max(len(frame), 1), 100000):
                self.check_canceled(feedback)
                parts.append(loaders.load_establishments(frame.iloc[lo:lo + 100000], "ESTABLISHMENTS", geoloc))
            est = pd.concat(parts, ignore_index=True).drop_duplicates("siret").reset_index(drop=True)
        self._reproject_rows(est, crs, context, feedback)
        return est

    def _reproject_rows(self, est: pd.DataFrame, crs, context, feedback) -> None:
        """Coordinates carry their EPSG per row (SIRENE geolocated file; Lambert-93 when absent)."""
        epsg = est["epsg"].to_numpy(dtype=float)
        epsg = np.where(np.isnan(epsg), 2154, epsg).astype(int)
        target = crs.postgisSrid()
        dropped = 0
        for code in np.unique(epsg):
            if code == target:
                continue
            idx = np.nonzero(epsg == code)[0]
            source_crs = QgsCoordinateReferenceSystem(f"EPSG:{code}")
            if not source_crs.isValid():
                est.loc[idx, ["x", "y"]] = np.nan
                dropped += len(idx)
                continue
            tr_ = QgsCoordinateTransform(source_crs, crs, context.transformContext())
            xs, ys = est["x"].to_numpy(dtype=float), est["y"].to_numpy(dtype=float)
            for i in idx:
                if np.isfinite(xs[i]) and np.isfinite(ys[i]):
                    try:
                        p = tr_.transform(QgsPointXY(xs[i], ys[i]))
                        xs[i], ys[i] = p.x(), p.y()
                    except Exception:  # noqa: BLE001 (QgsCsException: out of the projection's domain)
                        xs[i], ys[i] = np.nan, np.nan
            est["x"], est["y"] = xs, ys
        missing = int((~np.isfinite(est["x"].to_numpy(dtype=float))).sum())
        if missing:
            self.warn(feedback, [Message(
                fr=f"ESTABLISHMENTS : {missing} établissement(s) sans coordonnées (non localisés) ne sont pas "
                   f"rattachés à une zone.",
                en=f"ESTABLISHMENTS: {missing} establishment(s) without coordinates (not located) are not attached "
                   f"to a zone.")])


