"""``aula:zan_counters`` — ZAN counters per territory from the Cerema consumption file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.insee import insee_code
from ..aula_toolkit.zan import cerema, counters, report, rules
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm
from .geometry import GeometryCheck, checked_features, require_crs
from .io import csv_file_of, fields_from_specs, save_style_in_geopackage, source_to_frame, style_output, write_frame

LEVELS = [counters.LEVEL_COMMUNE, counters.LEVEL_EPCI, counters.LEVEL_SCOT, counters.LEVEL_TABLE]
GUARANTEES = [counters.GUARANTEE_ALL, counters.GUARANTEE_LISTED, counters.GUARANTEE_NONE]
INSEE_GUESSES = ("insee_com", "INSEE_COM", "code_insee", "insee", "INSEE", "code", "codgeo", "idcom")

HELP = N_(
    "<p>Computes the ZAN counters of each territory from the Cerema communal consumption file of natural, "
    "agricultural and forest land (ENAF flows from the Fichiers fonciers): the 2011–2020 reference, the "
    "2021–2030 envelope, the consumption since 2021, the projection to 2030 and the status.</p>"
    "<h3>Inputs</h3><ul>"
    "<li><b>CONSUMPTION</b>: the Cerema file (any millésime from 2009–2019 to 2009–2025, ';' or ',' CSV, "
    "shapefile or any table; columns read by name, nafNNartMM and artNN{act,hab,mix,rou,fer,inc}MM), or the "
    "long layout of the Cerema API (idcom, annee, naf_arti).</li>"
    "<li><b>LEVEL</b>: commune, EPCI or SCoT columns of the file, or a membership table (<b>MEMBERSHIP</b>: "
    "commune INSEE code → territory code and name).</li>"
    "<li><b>COMMUNES</b> (optional): commune polygons; territories are dissolved from them.</li>"
    "<li><b>OBJECTIVES</b> (optional): reduction % per territory, with an optional parent field: a territory "
    "without an objective inherits the one of its nearest parent (SCoT, then SRADDET); otherwise "
    "<b>DEFAULT_OBJECTIVE</b> (50 %). Negative values widen the envelope.</li>"
    "<li><b>GUARANTEE</b>: the 1 ha garantie communale, applied commune by commune (all communes, only those "
    "flagged in <b>GUARANTEE_FIELD</b> of the membership table or listed in <b>GUARANTEE_COMMUNES</b>, or none) "
    "and summed per territory; <b>GUARANTEE_POOLING</b> pools it at EPCI level.</li>"
    "<li><b>PENE</b> (optional): consumption of projects of national or European scope to deduct, per commune or "
    "territory, in m².</li></ul>"
    "<h3>Outputs</h3><ul><li><b>OUTPUT</b>: one feature per territory with every counter, styled by status.</li>"
    "<li><b>TRAJECTORY</b>: territory × year 2011–2030, observed and objective, yearly and cumulative.</li>"
    "<li><b>REPORT</b>: an HTML page with a chart and the counters per territory, readable offline.</li></ul>"
    "<p>Communes of the membership missing from the file, and communes of the file outside every territory, are "
    "listed in the log, in the communes_absentes field and in the report.</p>"
)


class ZanCountersAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "zan_counters"
    GROUP_ID = "zan"
    DISPLAY_NAME = N_("ZAN counters (land consumption 2011–2030)")
    HELP = HELP

    CONSUMPTION = "CONSUMPTION"
    CONSUMPTION_INSEE_FIELD = "CONSUMPTION_INSEE_FIELD"
    LEVEL = "LEVEL"
    MEMBERSHIP = "MEMBERSHIP"
    MEMBERSHIP_INSEE_FIELD = "MEMBERSHIP_INSEE_FIELD"
    MEMBERSHIP_ID_FIELD = "MEMBERSHIP_ID_FIELD"
    MEMBERSHIP_NAME_FIELD = "MEMBERSHIP_NAME_FIELD"
    COMMUNES = "COMMUNES"
    COMMUNES_INSEE_FIELD = "COMMUNES_INSEE_FIELD"
    OBJECTIVES = "OBJECTIVES"
    OBJECTIVES_ID_FIELD = "OBJECTIVES_ID_FIELD"
    OBJECTIVES_VALUE_FIELD = "OBJECTIVES_VALUE_FIELD"
    OBJECTIVES_PARENT_FIELD = "OBJECTIVES_PARENT_FIELD"
    DEFAULT_OBJECTIVE = "DEFAULT_OBJECTIVE"
    GUARANTEE = "GUARANTEE"
    GUARANTEE_FIELD = "GUARANTEE_FIELD"
    GUARANTEE_COMMUNES = "GUARANTEE_COMMUNES"
    GUARANTEE_POOLING = "GUARANTEE_POOLING"
    PENE = "PENE"
    PENE_ID_FIELD = "PENE_ID_FIELD"
    PENE_AREA_FIELD = "PENE_AREA_FIELD"
    OUTPUT = "OUTPUT"
    TRAJECTORY = "TRAJECTORY"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        vector = [QgsProcessing.SourceType.TypeVector]

        optional_field = self.add_field_parameter

        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSUMPTION, tr("Cerema consumption file (CSV, shapefile or table)"), vector))
        optional_field(self.CONSUMPTION_INSEE_FIELD, tr("INSEE code field of the consumption file (default: idcom)"),
                       self.CONSUMPTION, advanced=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, tr("Territories"),
            [tr("Communes"), tr("EPCI (column epciYY of the file)"), tr("SCoT (column scot of the file)"),
             tr("Membership table")], defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MEMBERSHIP, tr("Membership table (commune → territory)"), vector, optional=True))
        optional_field(self.MEMBERSHIP_INSEE_FIELD, tr("Membership: commune INSEE code field"), self.MEMBERSHIP)
        optional_field(self.MEMBERSHIP_ID_FIELD, tr("Membership: territory code field"), self.MEMBERSHIP)
        optional_field(self.MEMBERSHIP_NAME_FIELD, tr("Membership: territory name field"), self.MEMBERSHIP)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, tr("Commune polygons (to draw the territories)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        optional_field(self.COMMUNES_INSEE_FIELD, tr("Commune polygons: INSEE code field"), self.COMMUNES)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OBJECTIVES, tr("Territorialised objectives (SRADDET, SCoT…)"), vector, optional=True))
        optional_field(self.OBJECTIVES_ID_FIELD, tr("Objectives: territory code field"), self.OBJECTIVES)
        optional_field(self.OBJECTIVES_VALUE_FIELD, tr("Objectives: reduction % field"), self.OBJECTIVES)
        optional_field(self.OBJECTIVES_PARENT_FIELD, tr("Objectives: parent territory code field"), self.OBJECTIVES)
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_OBJECTIVE, tr("Default reduction objective (%)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=rules.DEFAULT_OBJECTIVE_PCT,
            minValue=-1000.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GUARANTEE, tr("Garantie communale of 1 ha"),
            [tr("All communes (covered by a planning document)"), tr("Only communes flagged or listed"),
             tr("None")], defaultValue=0))
        optional_field(self.GUARANTEE_FIELD, tr("Guarantee: membership field flagging covered communes (1/oui)"),
                       self.MEMBERSHIP, advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.GUARANTEE_COMMUNES, tr("Guarantee: INSEE codes of covered communes (comma-separated)"),
            optional=True), advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(
            self.GUARANTEE_POOLING, tr("Guarantee pooled at EPCI level"), defaultValue=False), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PENE, tr("PENE consumption to deduct (m² per commune or territory)"), vector, optional=True),
            advanced=True)
        optional_field(self.PENE_ID_FIELD, tr("PENE: commune or territory code field"), self.PENE, advanced=True)
        optional_field(self.PENE_AREA_FIELD, tr("PENE: consumption field (m²)"), self.PENE, numeric=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("ZAN counters"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TRAJECTORY, tr("ZAN trajectory by year"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("ZAN report (HTML)"), tr("HTML files (*.html)"), optional=True))

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        feedback.setProgress(0)
        table = self._read_consumption(parameters, context, feedback)
        feedback.pushInfo(tr("Consumption file read: {n} communes, years {a}–{b} ({layout}).").format(
            n=len(table.communes), a=table.first_year, b=table.last_year, layout=table.layout))
        self.check_canceled(feedback)
        feedback.setProgress(30)

        membership = self._membership(parameters, context, table, feedback)
        objectives = self._objectives(parameters, context, feedback)
        guarantee = self._guarantee(parameters, context, feedback)
        pene = self._pene(parameters, context, feedback)
        default_objective = self.parameterAsDouble(parameters, self.DEFAULT_OBJECTIVE, context)
        result = counters.compute_counters(table, membership, objectives, default_objective, guarantee, pene)
        self.warn(feedback, result.warnings)
        feedback.pushInfo(tr("{n} territories computed.").format(n=len(result.counters)))
        self.check_canceled(feedback)
        feedback.setProgress(60)

        geometries, crs = self._territory_geometries(parameters, context, membership, feedback)
        french = self.french()
        fields = fields_from_specs(counters.COUNTER_FIELDS, french)
        wkb = QgsWkbTypes.Type.MultiPolygon if geometries is not None else QgsWkbTypes.Type.NoGeometry
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb, crs)
        write_frame(sink, fields, result.counters, geometries, "territoire_id", feedback)
        level_name = {counters.LEVEL_COMMUNE: tr("communes"), counters.LEVEL_EPCI: tr("EPCI"),
                      counters.LEVEL_SCOT: tr("SCoT")}.get(membership.level, tr("territories"))
        style_output(context, dest, "zan_counters_output", tr("ZAN counters – {level}").format(level=level_name))
        feedback.setProgress(80)

        traj_fields = fields_from_specs(counters.TRAJECTORY_FIELDS, french)
        traj_sink, traj_dest = self.parameterAsSink(parameters, self.TRAJECTORY, context, traj_fields,
                                                    QgsWkbTypes.Type.NoGeometry)
        write_frame(traj_sink, traj_fields, result.trajectory, feedback=feedback)
        style_output(context, traj_dest, "zan_counters_trajectory", tr("ZAN trajectory 2011–2030"))
        self._styles = [(dest, "zan_counters_output", tr("ZAN counters")),
                        (traj_dest, "zan_counters_trajectory", tr("ZAN trajectory 2011–2030"))]

        outputs = {self.OUTPUT: dest, self.TRAJECTORY: traj_dest}
        self.check_canceled(feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            described = self._described_parameters(parameters, context, table, membership)
            note = None
            if "GENERE" in Path(described["Fichier de consommation"]).name.upper():
                note = "Données de consommation GÉNÉRÉES pour la démonstration : ce ne sont pas les chiffres du Cerema."
            html = report.build_report(result, described, described["Fichier de consommation"], note)
            Path(report_path).write_text(html, encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        for dest, style, name in getattr(self, "_styles", []):
            save_style_in_geopackage(dest, style, name)
        return {}

    # --- inputs -----------------------------------------------------------------------------------

    def _read_consumption(self, parameters, context, feedback):
        insee_field = self.parameterAsString(parameters, self.CONSUMPTION_INSEE_FIELD, context) or None
        path = csv_file_of(parameters.get(self.CONSUMPTION), context)
        if path is not None:
            return cerema.read_consumption_csv(path, path.name, insee_field)
        source = self.parameterAsSource(parameters, self.CONSUMPTION, context)
        if source is None:
            raise AulaInputError(fr="Fichier de consommation illisible.", en="Unreadable consumption file.")
        label = source.sourceName()
        frame = source_to_frame(source, label, feedback=feedback)
        return cerema.consumption_from_frame(frame, label, insee_field)

    def _membership(self, parameters, context, table, feedback):
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        if level == counters.LEVEL_COMMUNE:
            return counters.membership_by_commune(table)
        if level in (counters.LEVEL_EPCI, counters.LEVEL_SCOT):
            return counters.membership_from_file(table, level, self._consumption_label(parameters, context))
        source = self.parameterAsSource(parameters, self.MEMBERSHIP, context)
        insee = self.parameterAsString(parameters, self.MEMBERSHIP_INSEE_FIELD, context)
        code = self.parameterAsString(parameters, self.MEMBERSHIP_ID_FIELD, context)
        name = self.parameterAsString(parameters, self.MEMBERSHIP_NAME_FIELD, context) or None
        if source is None or not insee or not code:
            raise AulaInputError(
                fr="Niveau « table d'appartenance » : donnez MEMBERSHIP, MEMBERSHIP_INSEE_FIELD et MEMBERSHIP_ID_FIELD.",
                en="Level 'membership table': give MEMBERSHIP, MEMBERSHIP_INSEE_FIELD and MEMBERSHIP_ID_FIELD.",
            )
        frame = source_to_frame(source, source.sourceName(), [insee, code, name], feedback)
        level_label = counters.LEVEL_EPCI if "epci" in code.lower() else counters.LEVEL_TABLE
        return counters.membership_from_frame(frame, insee, code, name, source.sourceName(), level_label)

    def _consumption_label(self, parameters, context):
        value = parameters.get(self.CONSUMPTION)
        return Path(str(value)).name if isinstance(value, str) else self.CONSUMPTION

    def _objectives(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.OBJECTIVES, context)
        if source is None:
            return None
        id_field = self.parameterAsString(parameters, self.OBJECTIVES_ID_FIELD, context)
        value_field = self.parameterAsString(parameters, self.OBJECTIVES_VALUE_FIELD, context)
        parent_field = self.parameterAsString(parameters, self.OBJECTIVES_PARENT_FIELD, context) or None
        if not id_field or not value_field:
            raise AulaInputError(
                fr="Objectifs : donnez OBJECTIVES_ID_FIELD et OBJECTIVES_VALUE_FIELD.",
                en="Objectives: give OBJECTIVES_ID_FIELD and OBJECTIVES_VALUE_FIELD.",
            )
        frame = source_to_frame(source, source.sourceName(), [id_field, value_field, parent_field], feedback)
        return counters.objectives_from_frame(frame, id_field, value_field, parent_field, source.sourceName())

    def _guarantee(self, parameters, context, feedback):
        mode = GUARANTEES[self.parameterAsEnum(parameters, self.GUARANTEE, context)]
        pooled = self.parameterAsBool(parameters, self.GUARANTEE_POOLING, context)
        if mode != counters.GUARANTEE_LISTED:
            if mode == counters.GUARANTEE_ALL:
                feedback.pushInfo(tr("Garantie communale: every commune is taken as covered by a planning document."))
            return counters.GuaranteeRule(mode=mode, pooled=pooled)
        covered = counters.parse_commune_list(self.parameterAsString(parameters, self.GUARANTEE_COMMUNES, context))
        flag_field = self.parameterAsString(parameters, self.GUARANTEE_FIELD, context)
        if flag_field:
            source = self.parameterAsSource(parameters, self.MEMBERSHIP, context)
            insee = self.parameterAsString(parameters, self.MEMBERSHIP_INSEE_FIELD, context)
            if source is None or not insee:
                raise AulaInputError(
                    fr="GUARANTEE_FIELD est un champ de la table d'appartenance : donnez MEMBERSHIP et MEMBERSHIP_INSEE_FIELD.",
                    en="GUARANTEE_FIELD is a field of the membership table: give MEMBERSHIP and MEMBERSHIP_INSEE_FIELD.",
                )
            frame = source_to_frame(source, source.sourceName(), [insee, flag_field], feedback)
            covered |= counters.covered_communes_from_flags(frame, insee, flag_field, source.sourceName())
        if not covered:
            raise AulaInputError(
                fr="Garantie « communes signalées » : aucune commune dans GUARANTEE_FIELD ni GUARANTEE_COMMUNES.",
                en="Guarantee 'flagged communes': no commune in GUARANTEE_FIELD nor GUARANTEE_COMMUNES.",
            )
        feedback.pushInfo(tr("Garantie communale applied to {n} communes.").format(n=len(covered)))
        return counters.GuaranteeRule(mode=mode, covered=covered, pooled=pooled)

    def _pene(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.PENE, context)
        if source is None:
            return None
        code = self.parameterAsString(parameters, self.PENE_ID_FIELD, context)
        area = self.parameterAsString(parameters, self.PENE_AREA_FIELD, context)
        if not code or not area:
            raise AulaInputError(fr="PENE : donnez PENE_ID_FIELD et PENE_AREA_FIELD.",
                                 en="PENE: give PENE_ID_FIELD and PENE_AREA_FIELD.")
        frame = source_to_frame(source, source.sourceName(), [code, area], feedback)
        return counters.pene_from_frame(frame, code, area, source.sourceName())

    def _territory_geometries(self, parameters, context, membership, feedback):
        source = self.parameterAsSource(parameters, self.COMMUNES, context)
        if source is None:
            return None, QgsCoordinateReferenceSystem()
        field = self.parameterAsString(parameters, self.COMMUNES_INSEE_FIELD, context)
        names = source.fields().names()
        field = field or next((g for g in INSEE_GUESSES if g in names), "")
        if not field:
            raise AulaInputError(
                fr=f"« {source.sourceName()} » : donnez COMMUNES_INSEE_FIELD (aucun champ {', '.join(INSEE_GUESSES)}).",
                en=f"'{source.sourceName()}': give COMMUNES_INSEE_FIELD (no field {', '.join(INSEE_GUESSES)}).",
            )
        require_crs(source.sourceCrs(), self.COMMUNES, source.sourceName())
        territory_of = membership.territory_of
        parts = {}
        request = QgsFeatureRequest().setSubsetOfAttributes([names.index(field)])
        check = GeometryCheck(self.COMMUNES, source.sourceName())
        for feature, geometry in checked_features(source, self.COMMUNES, lambda f: f[field], feedback, request, check):
            territory = territory_of.get(insee_code(feature[field]))
            if territory is not None:
                parts.setdefault(territory, []).append(geometry)
        self.warn(feedback, check.messages())
        geometries = {}
        for territory, geoms in parts.items():
            self.check_canceled(feedback)
            merged = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0]
            merged.convertToMultiType()
            geometries[territory] = merged
        return geometries, source.sourceCrs()

    def _described_parameters(self, parameters, context, table, membership):
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        return {
            "Fichier de consommation": self._consumption_label(parameters, context),
            "Format": table.layout,
            "Territoires": f"{level} — {membership.label}",
            "Objectif par défaut (%)": str(self.parameterAsDouble(parameters, self.DEFAULT_OBJECTIVE, context)),
            "Garantie communale": GUARANTEES[self.parameterAsEnum(parameters, self.GUARANTEE, context)],
            "Mutualisation EPCI": str(self.parameterAsBool(parameters, self.GUARANTEE_POOLING, context)),
        }
