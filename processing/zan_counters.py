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
from .io import csv_file_of, fields_from_specs, source_to_frame, style_output
from .writer import GeometryColumn, write_output

LEVELS = [counters.LEVEL_COMMUNE, counters.LEVEL_EPCI, counters.LEVEL_SCOT, counters.LEVEL_TABLE]
GUARANTEES = [counters.GUARANTEE_ALL, counters.GUARANTEE_LISTED, counters.GUARANTEE_NONE]
INSEE_GUESSES = ("insee_com", "INSEE_COM", "code_insee", "insee", "INSEE", "code", "codgeo", "idcom")

HELP = N_(
    "<p>Computes, for each territory, the ZAN counters of land consumption from the Cerema file: the 2011–2020 "
    "reference, the 2021–2030 envelope with the 1 ha garantie communale, what has been consumed since 2021, the "
    "projection to 2030 at the current pace and a status (on track, will exceed, already exceeded). The envelope "
    "is the reference reduced by the objective; the guarantee raises each covered commune to 1 ha at "
    "least.</p><h3>In the form</h3><ul><li><b>Cerema consumption file</b>: the communal file of the Cerema (any "
    "millésime, CSV or table) or its API long layout.</li><li><b>Territories</b>: communes, the EPCI or SCoT of "
    "the file, or your <b>Membership table</b> (commune → territory).</li><li><b>Commune polygons</b> (optional):"
    " to draw the territories on the map.</li><li><b>Territorialised objectives</b> (optional), otherwise the "
    "<b>Default reduction objective (%)</b>; <b>Garantie communale of 1 ha</b>: all communes, only those listed, "
    "or none.</li><li>Under <i>Advanced</i>: PENE consumption to deduct, guarantee pooled at EPCI level, "
    "<b>Report language</b>.</li></ul><h3>Results</h3><ul><li><b>ZAN counters</b>: one territory per feature, "
    "coloured by status.</li><li><b>ZAN trajectory by year</b>: observed and allowed consumption, "
    "2011–2030.</li><li><b>ZAN report</b>: an HTML page with a chart per territory, readable "
    "offline.</li></ul><p>Field names, rules and examples: the <i>Help</i> button opens the full "
    "documentation.</p>"
)


class ZanCountersAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "zan_counters"
    GROUP_ID = "zan"
    DISPLAY_NAME = N_("ZAN counters (land consumption 2011–2030)")
    HELP = HELP
    DECIMALS = {"DEFAULT_OBJECTIVE": 1}

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
            self.CONSUMPTION, tr("Cerema consumption file"), vector))
        optional_field(self.CONSUMPTION_INSEE_FIELD, tr("INSEE code field (default idcom)"),
                       self.CONSUMPTION, advanced=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.LEVEL, tr("Territories"),
            [tr("Communes"), tr("EPCI (epciYY column)"), tr("SCoT (scot column)"),
             tr("Membership table")], defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MEMBERSHIP, tr("Membership table"), vector, optional=True))
        optional_field(self.MEMBERSHIP_INSEE_FIELD, tr("Membership: INSEE code"), self.MEMBERSHIP)
        optional_field(self.MEMBERSHIP_ID_FIELD, tr("Membership: territory code"), self.MEMBERSHIP)
        optional_field(self.MEMBERSHIP_NAME_FIELD, tr("Membership: territory name"), self.MEMBERSHIP)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, tr("Commune polygons"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        optional_field(self.COMMUNES_INSEE_FIELD, tr("Communes: INSEE code field"), self.COMMUNES)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OBJECTIVES, tr("Territorialised objectives"), vector, optional=True))
        optional_field(self.OBJECTIVES_ID_FIELD, tr("Objectives: territory code"), self.OBJECTIVES)
        optional_field(self.OBJECTIVES_VALUE_FIELD, tr("Objectives: reduction %"), self.OBJECTIVES)
        optional_field(self.OBJECTIVES_PARENT_FIELD, tr("Objectives: parent code"), self.OBJECTIVES)
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_OBJECTIVE, tr("Default reduction objective (%)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=rules.DEFAULT_OBJECTIVE_PCT,
            minValue=-1000.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.GUARANTEE, tr("Garantie communale of 1 ha"),
            [tr("All covered communes"), tr("Communes flagged or listed"),
             tr("None")], defaultValue=0))
        optional_field(self.GUARANTEE_FIELD, tr("Guarantee: 1/oui field"),
                       self.MEMBERSHIP, advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.GUARANTEE_COMMUNES, tr("Guarantee: INSEE codes (a,b)"),
            optional=True), advanced=True)
        self.add_parameter(QgsProcessingParameterBoolean(
            self.GUARANTEE_POOLING, tr("Guarantee pooled at EPCI level"), defaultValue=False), advanced=True)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PENE, tr("PENE to deduct (m²)"), vector, optional=True),
            advanced=True)
        optional_field(self.PENE_ID_FIELD, tr("PENE: code field"), self.PENE, advanced=True)
        optional_field(self.PENE_AREA_FIELD, tr("PENE: area field (m²)"), self.PENE, numeric=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("ZAN counters"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TRAJECTORY, tr("ZAN trajectory by year"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("ZAN report (HTML)"), tr("HTML files (*.html)"), optional=True))
        self.add_report_language_parameter()

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
        column = (GeometryColumn.from_keyed(geometries, result.counters["territoire_id"].tolist())
                  if geometries is not None else None)
        dest = write_output(self, parameters, self.OUTPUT, context, fields, result.counters, wkb, crs, column,
                            [s.kind for s in counters.COUNTER_FIELDS], feedback)
        level_name = {counters.LEVEL_COMMUNE: tr("communes"), counters.LEVEL_EPCI: tr("EPCI"),
                      counters.LEVEL_SCOT: tr("SCoT")}.get(membership.level, tr("territories"))
        style_output(context, dest, "zan_counters_output", tr("ZAN counters – {level}").format(level=level_name),
                     fields)
        feedback.setProgress(80)

        traj_fields = fields_from_specs(counters.TRAJECTORY_FIELDS, french)
        traj_dest = write_output(self, parameters, self.TRAJECTORY, context, traj_fields, result.trajectory,
                                 QgsWkbTypes.Type.NoGeometry, None, None, [s.kind for s in counters.TRAJECTORY_FIELDS],
                                 feedback)
        style_output(context, traj_dest, "zan_counters_trajectory", tr("ZAN trajectory 2011–2030"), traj_fields)
        self._styles = [(dest, "zan_counters_output", tr("ZAN counters")),
                        (traj_dest, "zan_counters_trajectory", tr("ZAN trajectory 2011–2030"))]

        outputs = {self.OUTPUT: dest, self.TRAJECTORY: traj_dest}
        self.check_canceled(feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            lang = self.report_language(parameters, context)
            described = self._described_parameters(parameters, context, table, membership, lang)
            source_label = self._consumption_label(parameters, context)
            note = None
            if "GENERE" in Path(source_label).name.upper():
                note = ("Données de consommation GÉNÉRÉES pour la démonstration : ce ne sont pas les chiffres du Cerema."
                        if lang == "fr" else
                        "Consumption data GENERATED for the demonstration: these are not the Cerema figures.")
            html = report.build_report(result, described, source_label, note, lang=lang)
            Path(report_path).write_text(html, encoding="utf-8")
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

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

    def _described_parameters(self, parameters, context, table, membership, lang="fr"):
        """The report's parameter table, in words of the report's language (no ids, no True/False)."""
        fr = lang == "fr"
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        levels = {counters.LEVEL_COMMUNE: ("communes", "communes"), counters.LEVEL_EPCI: ("EPCI", "EPCI"),
                  counters.LEVEL_SCOT: ("SCoT", "SCoT"),
                  counters.LEVEL_TABLE: ("table d'appartenance", "membership table")}
        guarantees = {counters.GUARANTEE_ALL: ("toutes les communes couvertes", "every covered commune"),
                      counters.GUARANTEE_LISTED: ("communes signalées ou listées", "flagged or listed communes"),
                      counters.GUARANTEE_NONE: ("aucune", "none")}
        guarantee = GUARANTEES[self.parameterAsEnum(parameters, self.GUARANTEE, context)]
        pooled = self.parameterAsBool(parameters, self.GUARANTEE_POOLING, context)
        objective = self.parameterAsDouble(parameters, self.DEFAULT_OBJECTIVE, context)
        objective_text = f"{objective:g}".replace(".", "," if fr else ".") + ("\u00a0%" if fr else "%")
        pick = 0 if fr else 1
        return {
            "Fichier de consommation" if fr else "Consumption file": self._consumption_label(parameters, context),
            "Format" if fr else "Layout": table.layout,
            "Territoires" if fr else "Territories": f"{levels[level][pick]} — {membership.label}",
            "Objectif de réduction par défaut" if fr else "Default reduction objective": objective_text,
            "Garantie communale de 1 ha" if fr else "1 ha garantie communale": guarantees[guarantee][pick],
            "Garantie mutualisée à l'EPCI" if fr else "Guarantee pooled at EPCI level":
                ("oui" if pooled else "non") if fr else ("yes" if pooled else "no"),
        }
