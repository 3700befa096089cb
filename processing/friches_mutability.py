"""``aula:friches_mutability`` — score every brownfield of a layer for the seven Mutafriches uses."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import wkb as shapely_wkb

from ..aula_toolkit.errors import AulaInputError, Message
from ..aula_toolkit.insee import insee_code
from ..aula_toolkit.friches import context as ctx
from ..aula_toolkit.friches import discovery
from ..aula_toolkit.friches import fields as F
from ..aula_toolkit.friches import grid as G
from ..aula_toolkit.friches import harmonise as H
from ..aula_toolkit.friches import pipeline, report
from ..aula_toolkit.friches.scoring import explanation_parts
from ..toolbelt.i18n import N_, tr
from ..aula_toolkit.keys import check_ids, require_field
from ..aula_toolkit.numbers import Domain, numbers_or_error
from .base import AulaAlgorithm
from .cancel import cancel_probe
from .friches_details import DetailsTable
from .fastgeom import clean_geometries, clean_points, plain_attributes, whole_table
from .fastread import geopackage_layer_of, read_columns
from .geometry import GeometryCheck, checked_features, require_crs
from .io import fields_from_specs, source_to_frame, style_output
from .writer import GeometryColumn, write_output

CONTEXT_LABELS = {
    "MAIRIES": N_("Town halls (centre-ville ≤ 1 km)"),
    "TRANSPORT_STOPS": N_("Public transport stops"),
    "MOTORWAYS": N_("Motorways or accesses"),
    "SUBSTATIONS": N_("Electricity substations"),
    "SHOPS": N_("Shops and services (BPE)"),
    "FLOOD_ZONES": N_("Flood zones"),
    "CAVITIES": N_("Underground cavities (points)"),
    "CLAY": N_("Clay shrink-swell zones"),
    "TECH_RISKS": N_("Technological risks"),
    "ENV_ZONES": N_("Environmental zonings"),
    "HERITAGE": N_("Heritage servitudes"),
    "PLU_ZONES": N_("PLU/GPU zoning"),
    "ZAER": N_("Renewable acceleration (ZAER)"),
    "QPV": N_("Priority neighbourhoods (QPV)"),
    "ZAE": N_("Business parks (ZAE)"),
    "GRID_SATURATION": N_("Saturated grid (renewables)"),
    "TVB": N_("Green and blue network"),
    "WETLANDS": N_("Wetlands"),
    "ITE": N_("Rail freight sidings (ITE)"),
    "HEAT_NETWORK": N_("District heating networks"),
}

# Vacancy rate in %: ≤ 0 marks a secret value (→ unknown), more than 100 is impossible.
VACANCY = Domain("taux de vacance en %", "vacancy rate in %", -math.inf, 100.0)

HELP = N_(
    "<p>Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, "
    "culture, offices, industry, renaturation, ground-mounted solar) at once, offline. Each criterion (area, "
    "distance to a stop, flood zone, zoning…) gives the site advantages or constraints for each use, weighted by "
    "the grid; the mutability index of a use is its advantages over advantages plus constraints, and a missing "
    "criterion lowers the reliability instead of being guessed.</p><h3>In the form</h3><ul><li><b>Brownfield "
    "sites</b>: points or polygons, e.g. a Cartofriches export or the CNIG Friches standard; parcels sharing a "
    "site id are one site.</li><li><b>Scoring grid</b>: Mutafriches v1.11, v1.16 or v1.19, or <b>Your own "
    "grid</b>.</li><li><b>Context GeoPackage</b>: the town halls, stops, flood zones, PLU zoning… are found in it"
    " by their names (e.g. <i>mairies</i>, <i>arrets_tc</i>, <i>zones_inondables</i>, <i>zonage_plu</i>); tick "
    "<b>Also look in the project's layers</b> to take them from the project. Under <i>Advanced</i>, one picker "
    "per context layer chooses or replaces a layer by hand.</li><li>Under <i>Advanced</i>: weight sensitivity, "
    "<b>Report language</b>.</li></ul><h3>Results</h3><ul><li><b>Friches mutability</b>: each site with its index"
    " and rank per use, best use, potential and reliability.</li><li><b>Details</b> (optional): why, site × use ×"
    " criterion.</li><li><b>Report</b>: a sortable table of every site and one card per site, readable "
    "offline.</li></ul><p>Field names, layer names recognised and the grid format: the <i>Help</i> button opens "
    "the full documentation.</p>"
)


class FrichesMutabilityAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "friches_mutability"
    GROUP_ID = "friches"
    DISPLAY_NAME = N_("Friches mutability (Mutafriches, all sites at once)")
    HELP = HELP
    DECIMALS = {"SENSITIVITY": 0}

    FRICHES = "FRICHES"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    GRID = "GRID"
    GRID_FILE = "GRID_FILE"
    CONTEXT_GPKG = "CONTEXT_GPKG"
    CONTEXT_FROM_PROJECT = "CONTEXT_FROM_PROJECT"
    COMMUNE_DATA = "COMMUNE_DATA"
    SENSITIVITY = "SENSITIVITY"
    SENSITIVITY_DRAWS = "SENSITIVITY_DRAWS"
    DEVIATIONS = "DEVIATIONS"
    OUTPUT = "OUTPUT"
    DETAILS = "DETAILS"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FRICHES, tr("Brownfield sites (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.add_field_parameter(self.SITE_ID_FIELD, tr("Site id field"), self.FRICHES)
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID, tr("Scoring grid"), [f"Mutafriches {p.split('-')[-1]}" for p in G.PRESETS],
            defaultValue=len(G.PRESETS) - 1))
        self.addParameter(QgsProcessingParameterFile(
            self.GRID_FILE, tr("Your own grid (JSON)"), extension="json", optional=True))
        self.add_parameter(QgsProcessingParameterFile(
            self.CONTEXT_GPKG, tr("Context GeoPackage"), extension="gpkg",
            optional=True), help_text=tr("Town halls, stops, flood zones, PLU zoning… recognised by their layer names "
                                         "(mairies, arrets_tc, zones_inondables, zonage_plu…)."))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CONTEXT_FROM_PROJECT, tr("Also look in the project's layers"), defaultValue=False))
        for key in ctx.LAYER_CRITERIA:
            geometry = ctx.LAYER_CRITERIA[key][2]
            types = {"point": [QgsProcessing.SourceType.TypeVectorPoint],
                     "line": [QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint],
                     "polygon": [QgsProcessing.SourceType.TypeVectorPolygon]}.get(
                geometry, [QgsProcessing.SourceType.TypeVectorAnyGeometry])
            self.add_parameter(QgsProcessingParameterFeatureSource(key, tr(CONTEXT_LABELS[key]), types, optional=True),
                               advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.COMMUNE_DATA, tr("Commune data"),
            [QgsProcessing.SourceType.TypeVector], optional=True), advanced=True)
        sens = QgsProcessingParameterNumber(self.SENSITIVITY, tr("Weight sensitivity ± % (0 = none)"),
                                            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=99.0)
        draws = QgsProcessingParameterNumber(self.SENSITIVITY_DRAWS, tr("Sensitivity draws"),
                                             QgsProcessingParameterNumber.Type.Integer, 100, minValue=1, maxValue=10000)
        for p in (sens, draws):
            self.add_parameter(p, advanced=True)
        self.add_parameter(QgsProcessingParameterEnum(
            self.DEVIATIONS, tr("Deviations from Mutafriches"),
            [f"{name} : {(m.fr if self.french() else m.en)}" for name, m in H.DEVIATIONS.items()],
            allowMultiple=True, optional=True, defaultValue=[]), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Friches mutability"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DETAILS, tr("Details (site × use × criterion)"),
            QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Friches report (HTML)"), tr("HTML files (*.html)"), optional=True))
        self.add_report_language_parameter()

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        french = self.french()
        source = self.parameterAsSource(parameters, self.FRICHES, context)
        if source is None:
            raise AulaInputError(fr="FRICHES : couche illisible.", en="FRICHES: unreadable layer.")
        crs = source.sourceCrs()
        require_crs(crs, self.FRICHES, source.sourceName())
        if crs.isGeographic():
            raise AulaInputError(
                fr=f"FRICHES : SCR {crs.authid() or 'inconnu'} géographique ou invalide ; les distances demandent un "
                   f"SCR métrique : reprojetez la couche (par ex. EPSG:2154 Lambert-93).",
                en=f"FRICHES: CRS {crs.authid() or 'unknown'} is geographic or invalid; distances need a metric CRS: "
                   f"reproject the layer (e.g. EPSG:2154 Lambert-93).")
        grid = self._grid(parameters, context)
        feedback.pushInfo(tr("Grid: {name} ({n} criteria).").format(name=grid.name, n=len(grid.criteria)))
        table = geopackage_layer_of(parameters.get(self.FRICHES), context)
        if table is not None:  # a whole GeoPackage layer: its attributes in one query, as the reader gives them
            fast = read_columns(table[0], table[1], source.fields().names())
            frame = fast.astype(object).where(fast.notna(), None)
        else:
            frame = source_to_frame(source, source.sourceName(), feedback=feedback)
        id_field = self.parameterAsString(parameters, self.SITE_ID_FIELD, context) or \
            pipeline.guess_field(frame.columns, pipeline.SITE_ID_GUESSES)
        if id_field:
            require_field(id_field, list(frame.columns), self.SITE_ID_FIELD, source.sourceName())
            frame[id_field] = check_ids(frame[id_field].tolist(), source.sourceName(), id_field, unique=False)
        # numbers of the sites (text with a decimal comma, 1e308, negative surfaces, km or m) are read and
        # checked once, in the core's harmonisation, which names the sites in a warning and leaves them unscored
        whole = whole_table(parameters.get(self.FRICHES), context)
        merging = bool(id_field) and frame[id_field].duplicated().any()
        points = clean_points(*whole) if whole and not merging and \
            QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry else None
        clean = clean_geometries(*whole) if whole and points is None else None
        xy = None
        if points is not None and len(points[0]) == len(frame):
            (wkbs, xy), shapes, geoms_q = points, None, None  # point sites: coordinates straight from the WKB
        elif clean is not None and len(clean[0]) == len(frame):
            (wkbs, shapes), geoms_q = clean, None
        else:
            wkbs, shapes, geoms_q = self._read_sites(source, frame, id_field, feedback)
        areas = None
        site_shapes = shapes
        if merging:
            ids, site_shapes, _ = pipeline.merge_parcels(frame[id_field].tolist(), shapes)
            feedback.pushInfo(tr("{n} features merged into {m} multi-parcel sites.").format(n=len(frame), m=len(ids)))
            merged_q = {}
            geoms_q = geoms_q if geoms_q is not None else [_qgs_geometry(w) for w in wkbs]
            for sid, g in zip(frame[id_field].astype(str), geoms_q):
                if g is not None:
                    merged_q[sid] = g if sid not in merged_q else merged_q[sid].combine(g)
            geoms_q = [merged_q.get(str(s)) for s in ids]
            wkbs = None
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry:
            areas = [s.area if s is not None else np.nan for s in shapes]  # per parcel: summed per site
        xy = pipeline.site_points(site_shapes, source.sourceName()) if xy is None else xy
        self.check_canceled(feedback)
        feedback.setProgress(20)
        found = self._found_context_layers(parameters, context, feedback)
        layers = {}
        for key in ctx.LAYER_CRITERIA:
            layer = self._context_layer(parameters, context, key, crs, feedback, found.get(key))
            if layer is not None:
                layers[key] = layer
        communes = self._communes(parameters, context, feedback, found.get(self.COMMUNE_DATA))
        feedback.setProgress(50)
        assessment = pipeline.assess_sites(
            frame, xy, grid, layers, communes, site_id_field=id_field, polygon_areas=areas,
            sensitivity_percent=self.parameterAsDouble(parameters, self.SENSITIVITY, context),
            sensitivity_draws=self.parameterAsInt(parameters, self.SENSITIVITY_DRAWS, context), french=french,
            deviations=[list(H.DEVIATIONS)[i] for i in self.parameterAsEnums(parameters, self.DEVIATIONS, context)],
            cancelled=cancel_probe(feedback))
        self.check_canceled(feedback)
        for m in assessment.messages:
            if isinstance(m, H.Warn):
                self.warn(feedback, [m])
            else:
                feedback.pushInfo(str(m))
        table = assessment.table
        feedback.setProgress(70)
        specs = F.score_fields([(u, *grid.use_labels[u]) for u in grid.uses], assessment.sensitivity is not None)
        fields = fields_from_specs(specs, french)
        wkb_type = QgsWkbTypes.multiType(source.wkbType()) if areas is not None else source.wkbType()
        dest = write_output(self, parameters, self.OUTPUT, context, fields, table, wkb_type, crs,
                            GeometryColumn.from_qgs(geoms_q) if wkbs is None else
                            GeometryColumn(wkb=wkbs, bounds=_bounds(shapes) if shapes is not None else
                                           np.column_stack([xy, xy])), [s.kind for s in specs], feedback)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        style = "friches_mutability_polygons" if polygons else "friches_mutability"
        style_output(context, dest, style, tr("Friches mutability – best use"), fields)
        self._styles = [(dest, style, tr("Friches mutability"))]
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.DETAILS) is not None:
            d_fields = fields_from_specs(F.DETAIL_FIELDS, french)
            d_dest = write_output(self, parameters, self.DETAILS, context, d_fields,
                                  DetailsTable(explanation_parts(assessment.result)),
                                  QgsWkbTypes.Type.NoGeometry, None, None, [s.kind for s in F.DETAIL_FIELDS], feedback)
            if d_dest:
                outputs[self.DETAILS] = d_dest
                style_output(context, d_dest, None, tr("Friches – details by criterion"), d_fields)
                self._styles.append((d_dest, None, tr("Friches – details by criterion")))
        self.check_canceled(feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            lang = self.report_language(parameters, context)
            fr = lang == "fr"
            described = {
                "Sites" if fr else "Sites": source.sourceName(),
                "Grille" if fr else "Grid": grid.name,
                "Couches de contexte" if fr else "Context layers":
                    ", ".join(f"{report.context_words(k, lang)} ({L.name})"
                              for k, L in layers.items()) or ("aucune" if fr else "none"),
                "Données communales" if fr else "Commune data": ("oui" if fr else "yes") if communes else
                ("non" if fr else "no"),
                "Écarts à Mutafriches" if fr else "Deviations from Mutafriches":
                    ", ".join(assessment.deviations) or ("aucun (Mutafriches exact)" if fr else "none (exact Mutafriches)")}
            note = None
            if any("GENERE" in (L.name or "").upper() for L in layers.values()):
                note = ("Couches de contexte GÉNÉRÉES pour la démonstration : ces valeurs ne sont pas des faits." if fr
                        else "Context layers GENERATED for the demonstration: these values are not facts.")
            name_field = pipeline.guess_field(frame.columns, ("site_nom", "nom_site", "nom", "name", "libelle"))
            commune_field = pipeline.guess_field(frame.columns, ("comm_nom", "nom_commune", "commune", "nom_com"))
            Path(report_path).write_text(report.build_report(
                assessment, described=described, note=note, lang=lang,
                names=frame[name_field].tolist() if name_field else None,
                communes=frame[commune_field].tolist() if commune_field else None), encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    # --- inputs -----------------------------------------------------------------------------------

    def _read_sites(self, source, frame, id_field, feedback):
        """WKB, shapely and QGIS geometries of the sites through QGIS (invalid ones repaired and listed)."""
        geoms_q, wkbs = [], []
        repaired = GeometryCheck(self.FRICHES, source.sourceName())
        for row, f in enumerate(source.getFeatures(QgsFeatureRequest().setNoAttributes())):
            if row % 1000 == 0:
                self.check_canceled(feedback)
            g = f.geometry()
            if f.hasGeometry() and not g.isEmpty() and not g.isGeosValid():
                g = g.makeValid()
                repaired.repaired.append(str(frame[id_field].iloc[row]) if id_field else str(row + 1))
            geoms_q.append(QgsGeometry(g) if f.hasGeometry() else None)
            wkbs.append(bytes(g.asWkb()) if f.hasGeometry() and not g.isEmpty() else None)
        self.warn(feedback, repaired.messages())
        return wkbs, _shapes(wkbs), geoms_q

    def _grid(self, parameters, context):
        path = self.parameterAsFile(parameters, self.GRID_FILE, context)
        if path:
            return G.load_grid(path)
        return G.load_grid(G.PRESETS[self.parameterAsEnum(parameters, self.GRID, context)])

    def _found_context_layers(self, parameters, context, feedback):
        """{key: QgsVectorLayer} found by name in CONTEXT_GPKG, then in the project (CONTEXT_FROM_PROJECT)."""
        candidates = []
        path = self.parameterAsFile(parameters, self.CONTEXT_GPKG, context)
        if path:
            from osgeo import ogr

            dataset = ogr.Open(path)
            if dataset is None:
                raise AulaInputError(fr=f"CONTEXT_GPKG : GeoPackage illisible : {path}",
                                     en=f"CONTEXT_GPKG: unreadable GeoPackage: {path}")
            for i in range(dataset.GetLayerCount()):
                name = dataset.GetLayer(i).GetName()
                candidates.append((name, lambda n=name: QgsVectorLayer(f"{path}|layername={n}", n, "ogr")))
            dataset = None
        if self.parameterAsBool(parameters, self.CONTEXT_FROM_PROJECT, context) and context.project() is not None:
            for layer in context.project().mapLayers().values():
                if isinstance(layer, QgsVectorLayer):
                    candidates.append((layer.name(), lambda lay=layer: lay))
        if not candidates:
            return {}
        keys = list(ctx.LAYER_CRITERIA) + [self.COMMUNE_DATA]
        matched = discovery.find_context_layers([name for name, _ in candidates], keys)
        makers = dict(reversed(candidates))
        found = {}
        for key, name in matched.items():
            if parameters.get(key):
                continue  # a layer given by hand replaces the one found
            layer = makers[name]()
            if layer is not None and layer.isValid():
                found[key] = layer
                feedback.pushInfo(tr("{key}: layer '{name}' found by its name.").format(key=key, name=name))
        return found

    def _context_layer(self, parameters, context, key, crs, feedback, found=None):
        source = self.parameterAsSource(parameters, key, context)
        source = found if source is None else source
        if source is None:
            return None
        name = source.sourceName()
        require_crs(source.sourceCrs(), key, name)
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            self.warn(feedback, [Message(
                fr=f"{key} « {name} » : reprojeté de {source.sourceCrs().authid()} vers {crs.authid()}.",
                en=f"{key} '{name}': reprojected from {source.sourceCrs().authid()} to {crs.authid()}.")])
        names = source.fields().names()
        table = whole_table(parameters.get(key) or found, context) if transform is None else None
        clean = clean_geometries(*table) if table else None
        attrs = plain_attributes(*table, names) if clean else None
        if clean is not None and attrs is not None and all(len(v) == len(clean[0]) for v in attrs.values()):
            return ctx.layer_from_shapes(name, clean[1], attrs)
        shapes, attrs = [], {n: [] for n in names}
        check = GeometryCheck(key, name)
        for f, geometry in checked_features(source, key, lambda f: f.id(), feedback, check=check):
            g = QgsGeometry(geometry)
            if transform is not None:
                g = QgsGeometry(g)
                g.transform(transform)
            shapes.append(bytes(g.asWkb()))
            for n, v in zip(names, f.attributes()):
                attrs[n].append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
        self.warn(feedback, check.messages())
        return ctx.layer_from_shapes(name, _shapes(shapes), attrs)

    def _communes(self, parameters, context, feedback, found=None):
        source = self.parameterAsSource(parameters, self.COMMUNE_DATA, context)
        source = found if source is None else source
        if source is None:
            return None
        frame = source_to_frame(source, source.sourceName(), feedback=feedback)
        cols = {c.lower(): c for c in frame.columns}
        code = next((cols[c] for c in ("insee_com", "code_insee", "insee", "codgeo") if c in cols), None)
        if code is None:
            raise AulaInputError(fr=f"COMMUNE_DATA « {source.sourceName()} » : champ insee_com introuvable.",
                                 en=f"COMMUNE_DATA '{source.sourceName()}': field insee_com not found.")
        vac, abc = cols.get("taux_vacance"), cols.get("zone_abc")
        label = f"COMMUNE_DATA ({source.sourceName()})"
        codes = check_ids([insee_code(v) for v in frame[code]], label, code)
        rates = numbers_or_error(frame[vac].tolist(), label, vac, VACANCY, codes) if vac else [None] * len(codes)
        return {c: {"taux_vacance": None if r is None or r != r else float(r), "zone_abc": z}
                for c, r, z in zip(codes, rates, frame[abc].tolist() if abc else [None] * len(codes))}
        return {insee_code(r[code]): {"taux_vacance": r[vac] if vac else None, "zone_abc": r[abc] if abc else None}
                for r in frame.to_dict("records")}


def _qgs_geometry(wkb):
    if wkb is None:
        return None
    g = QgsGeometry()
    g.fromWkb(wkb)
    return g


def _shapes(wkbs):
    """Shapely geometries from WKB (None kept), in one vectorised call where shapely 2 offers it."""
    try:
        import shapely

        if hasattr(shapely, "from_wkb"):
            return list(shapely.from_wkb(np.array(wkbs, dtype=object)))
    except ImportError:  # pragma: no cover
        pass
    return [shapely_wkb.loads(w) if w is not None else None for w in wkbs]


def _bounds(shapes) -> np.ndarray:
    """(n, 4) xmin, ymin, xmax, ymax of shapely geometries (NaN for None), vectorised on shapely 2."""
    try:
        import shapely

        if hasattr(shapely, "bounds"):
            arr = np.empty(len(shapes), dtype=object)
            arr[:] = list(shapes)
            return np.asarray(shapely.bounds(arr), dtype=np.float64).reshape(len(shapes), 4)
    except ImportError:  # pragma: no cover
        pass
    return np.array([s.bounds if s is not None and not s.is_empty else (np.nan,) * 4 for s in shapes],
                    dtype=np.float64).reshape(len(shapes), 4)
