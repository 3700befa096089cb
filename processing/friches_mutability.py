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
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from shapely import wkb as shapely_wkb

from ..aula_toolkit.errors import AulaInputError, Message
from ..aula_toolkit.insee import insee_code
from ..aula_toolkit.friches import context as ctx
from ..aula_toolkit.friches import fields as F
from ..aula_toolkit.friches import grid as G
from ..aula_toolkit.friches import harmonise as H
from ..aula_toolkit.friches import pipeline, report
from ..toolbelt.i18n import N_, tr
from ..aula_toolkit.keys import check_ids, require_field
from ..aula_toolkit.numbers import Domain, numbers_or_error
from .base import AulaAlgorithm
from .cancel import cancel_probe
from .geometry import GeometryCheck, checked_features, require_crs
from .io import fields_from_specs, save_style_in_geopackage, source_to_frame, style_output, write_frame

CONTEXT_LABELS = {
    "MAIRIES": N_("Town halls (centre-ville ≤ 1 km)"),
    "TRANSPORT_STOPS": N_("Public transport stops (< 500 m)"),
    "MOTORWAYS": N_("Motorways or motorway accesses"),
    "SUBSTATIONS": N_("Electricity substations"),
    "SHOPS": N_("Shops and services (BPE, field typequ)"),
    "FLOOD_ZONES": N_("Flood zones"),
    "CAVITIES": N_("Underground cavities (points)"),
    "CLAY": N_("Clay shrink-swell zones (field alea)"),
    "TECH_RISKS": N_("Technological risks (ICPE/SIS points or PPRT zones)"),
    "ENV_ZONES": N_("Environmental zonings (field type: Natura 2000, ZNIEFF…)"),
    "HERITAGE": N_("Heritage servitudes (field type: AC1, AC2, AC4)"),
    "PLU_ZONES": N_("PLU/GPU zoning (typezone, destdomi, libelong)"),
    "ZAER": N_("Renewable energy acceleration zones (ZAER)"),
    "QPV": N_("Priority neighbourhoods (QPV)"),
    "ZAE": N_("Business parks (ZAE)"),
    "GRID_SATURATION": N_("Saturated grid zones for renewables"),
    "TVB": N_("Green and blue network (field type)"),
    "WETLANDS": N_("Wetlands"),
    "ITE": N_("Rail freight sidings (ITE, field etat)"),
    "HEAT_NETWORK": N_("District heating networks"),
}

# Vacancy rate in %: ≤ 0 marks a secret value (→ unknown), more than 100 is impossible.
VACANCY = Domain("taux de vacance en %", "vacancy rate in %", -math.inf, 100.0)

HELP = N_(
    "<p>Scores every brownfield site of a layer for the seven Mutafriches uses (housing, public facilities, "
    "culture, offices, industry, renaturation, ground PV) with the published Mutafriches arithmetic, offline, "
    "from the agency's own layers.</p><h3>Inputs</h3><ul>"
    "<li><b>FRICHES</b>: points or polygons. CNIG Friches fields and Cartofriches exports are recognised; "
    "fields named after a criterion id (e.g. typeProprietaire) are read as is. Features sharing a site id "
    "(<b>SITE_ID_FIELD</b>) are one site made of several parcels.</li>"
    "<li><b>GRID</b>: a preset (Mutafriches v1.11, v1.16, v1.19 — default the latest) or <b>GRID_FILE</b>, a "
    "JSON grid of your own (copy a preset and edit it; format in docs/friches_grid_format.md).</li>"
    "<li>Optional context layers, one per criterion family: MAIRIES, TRANSPORT_STOPS, MOTORWAYS, SUBSTATIONS, "
    "SHOPS, FLOOD_ZONES, CAVITIES, CLAY, TECH_RISKS, ENV_ZONES, HERITAGE, PLU_ZONES, ZAER, QPV, ZAE, "
    "GRID_SATURATION, TVB, WETLANDS, ITE, HEAT_NETWORK; COMMUNE_DATA gives the vacancy rate (taux_vacance) and "
    "ABC zone (zone_abc) per commune (insee_com). They are reprojected to the sites' CRS.</li>"
    "<li><b>SENSITIVITY</b> (%) and <b>SENSITIVITY_DRAWS</b>: perturb every weight by ±N % over M seeded draws "
    "and report how often the best use stays first (field stabilite).</li></ul>"
    "<p>A criterion with no source stays unknown and lowers the reliability (fiabilite); it never becomes a "
    "default.</p><h3>Outputs</h3><ul><li><b>OUTPUT</b>: the sites with ind_* and rang_* per use, usage_1, "
    "indice_1, potentiel, fiabilite, fiab_niveau, exclus, inconnus, grille.</li>"
    "<li><b>DETAILS</b>: site × use × criterion: value, code, score, weight, points, side.</li>"
    "<li><b>REPORT</b>: an HTML page, one card per site and a territory summary, readable offline.</li></ul>"
)


class FrichesMutabilityAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "friches_mutability"
    GROUP_ID = "friches"
    DISPLAY_NAME = N_("Friches mutability (Mutafriches, all sites at once)")
    HELP = HELP

    FRICHES = "FRICHES"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    GRID = "GRID"
    GRID_FILE = "GRID_FILE"
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
        self.add_field_parameter(self.SITE_ID_FIELD, tr("Site id field (default: site_id)"), self.FRICHES)
        self.addParameter(QgsProcessingParameterEnum(
            self.GRID, tr("Scoring grid"), [f"Mutafriches {p.split('-')[-1]}" for p in G.PRESETS],
            defaultValue=len(G.PRESETS) - 1))
        self.addParameter(QgsProcessingParameterFile(
            self.GRID_FILE, tr("Grid file of your own (JSON, replaces GRID)"), extension="json", optional=True))
        for key in ctx.LAYER_CRITERIA:
            geometry = ctx.LAYER_CRITERIA[key][2]
            types = {"point": [QgsProcessing.SourceType.TypeVectorPoint],
                     "line": [QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint],
                     "polygon": [QgsProcessing.SourceType.TypeVectorPolygon]}.get(
                geometry, [QgsProcessing.SourceType.TypeVectorAnyGeometry])
            self.addParameter(QgsProcessingParameterFeatureSource(key, tr(CONTEXT_LABELS[key]), types, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNE_DATA, tr("Commune data (insee_com, taux_vacance, zone_abc)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        sens = QgsProcessingParameterNumber(self.SENSITIVITY, tr("Weight sensitivity ± % (0 = none)"),
                                            QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=99.0)
        draws = QgsProcessingParameterNumber(self.SENSITIVITY_DRAWS, tr("Sensitivity draws"),
                                             QgsProcessingParameterNumber.Type.Integer, 100, minValue=1, maxValue=10000)
        for p in (sens, draws):
            self.add_parameter(p, advanced=True)
        self.add_parameter(QgsProcessingParameterEnum(
            self.DEVIATIONS, tr("Deliberate deviations from Mutafriches (none by default)"),
            [f"{name} : {(m.fr if self.french() else m.en)}" for name, m in H.DEVIATIONS.items()],
            allowMultiple=True, optional=True, defaultValue=[]), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Friches mutability"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DETAILS, tr("Friches mutability details (site × use × criterion)"),
            QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Friches mutability report (HTML)"), tr("HTML files (*.html)"), optional=True))

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
        frame = source_to_frame(source, source.sourceName(), feedback=feedback)
        id_field = self.parameterAsString(parameters, self.SITE_ID_FIELD, context) or \
            pipeline.guess_field(frame.columns, pipeline.SITE_ID_GUESSES)
        if id_field:
            require_field(id_field, list(frame.columns), self.SITE_ID_FIELD, source.sourceName())
            frame[id_field] = check_ids(frame[id_field].tolist(), source.sourceName(), id_field, unique=False)
        geoms_q, shapes = [], []
        repaired = GeometryCheck(self.FRICHES, source.sourceName())
        for row, f in enumerate(source.getFeatures(QgsFeatureRequest().setNoAttributes())):
            self.check_canceled(feedback)
            g = f.geometry()
            if f.hasGeometry() and not g.isEmpty() and not g.isGeosValid():
                g = g.makeValid()
                repaired.repaired.append(str(frame[id_field].iloc[row]) if id_field else str(row + 1))
            geoms_q.append(QgsGeometry(g) if f.hasGeometry() else None)
            shapes.append(shapely_wkb.loads(bytes(g.asWkb())) if f.hasGeometry() and not g.isEmpty() else None)
        self.warn(feedback, repaired.messages())
        areas = None
        site_shapes = shapes
        if id_field and frame[id_field].duplicated().any():
            ids, site_shapes, _ = pipeline.merge_parcels(frame[id_field].tolist(), shapes)
            feedback.pushInfo(tr("{n} features merged into {m} multi-parcel sites.").format(n=len(frame), m=len(ids)))
            merged_q = {}
            for sid, g in zip(frame[id_field].astype(str), geoms_q):
                if g is not None:
                    merged_q[sid] = g if sid not in merged_q else merged_q[sid].combine(g)
            geoms_q = [merged_q.get(str(s)) for s in ids]
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry:
            areas = [s.area if s is not None else np.nan for s in shapes]  # per parcel: summed per site
        xy = pipeline.site_points(site_shapes, source.sourceName())
        self.check_canceled(feedback)
        feedback.setProgress(20)
        layers = {}
        for key in ctx.LAYER_CRITERIA:
            layer = self._context_layer(parameters, context, key, crs, feedback)
            if layer is not None:
                layers[key] = layer
        communes = self._communes(parameters, context, feedback)
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
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(source.wkbType()) if areas is not None else source.wkbType(), crs)
        table = table.copy()
        table["_k"] = np.arange(len(table))
        write_frame(sink, fields, table, {i: g for i, g in enumerate(geoms_q) if g is not None}, "_k", feedback)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        style = "friches_mutability_polygons" if polygons else "friches_mutability"
        style_output(context, dest, style, tr("Friches mutability – best use"))
        self._styles = [(dest, style, tr("Friches mutability"))]
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.DETAILS) is not None:
            d_fields = fields_from_specs(F.DETAIL_FIELDS, french)
            d_sink, d_dest = self.parameterAsSink(parameters, self.DETAILS, context, d_fields, QgsWkbTypes.Type.NoGeometry)
            if d_sink is not None:
                write_frame(d_sink, d_fields, assessment.details(french), feedback=feedback)
                outputs[self.DETAILS] = d_dest
        self.check_canceled(feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            described = {"Sites": source.sourceName(), "Grille": grid.name,
                         "Couches de contexte": ", ".join(layers) or "aucune",
                         "Données communales": "oui" if communes else "non",
                         "Écarts à Mutafriches": ", ".join(assessment.deviations) or "aucun (Mutafriches exact)"}
            note = None
            if any("GENERE" in (L.name or "").upper() for L in layers.values()):
                note = "Couches de contexte GÉNÉRÉES pour la démonstration : ces valeurs ne sont pas des faits."
            Path(report_path).write_text(report.build_report(assessment, described=described, note=note),
                                         encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        for dest, style, name in getattr(self, "_styles", []):
            save_style_in_geopackage(dest, style, name)
        return {}

    # --- inputs -----------------------------------------------------------------------------------

    def _grid(self, parameters, context):
        path = self.parameterAsFile(parameters, self.GRID_FILE, context)
        if path:
            return G.load_grid(path)
        return G.load_grid(G.PRESETS[self.parameterAsEnum(parameters, self.GRID, context)])

    def _context_layer(self, parameters, context, key, crs, feedback):
        source = self.parameterAsSource(parameters, key, context)
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
        shapes, attrs = [], {n: [] for n in names}
        check = GeometryCheck(key, name)
        for f, geometry in checked_features(source, key, lambda f: f.id(), feedback, check=check):
            g = QgsGeometry(geometry)
            if transform is not None:
                g.transform(transform)
            shapes.append(shapely_wkb.loads(bytes(g.asWkb())))
            for n, v in zip(names, f.attributes()):
                attrs[n].append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
        self.warn(feedback, check.messages())
        return ctx.layer_from_shapes(name, shapes, attrs)

    def _communes(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.COMMUNE_DATA, context)
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
