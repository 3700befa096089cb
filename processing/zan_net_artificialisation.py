"""``aula:zan_net_artificialisation`` — net artificialisation per territory from IGN's OCS GE."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from shapely.ops import unary_union

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.insee import insee_code
from ..aula_toolkit.zan import artif, artif_report, cerema, counters, ocsge, ocsge_sql
from ..aula_toolkit.zan.overlay import bounds, from_wkb, to_wkb
from ..toolbelt.i18n import N_, tr
from . import ocsge_inputs
from .base import AulaAlgorithm
from .geometry import require_crs
from .guards import Location
from .guards import refuse_output_over_input
from .io import csv_file_of, fields_from_specs, source_to_frame, style_output
from .writer import GeometryColumn, write_output

METHODS = list(ocsge.METHODS)
INSEE_GUESSES = ("insee_com", "INSEE_COM", "code_insee", "insee", "INSEE", "codgeo", "idcom", "code")
NAME_GUESSES = ("nom", "nom_com", "NOM", "NOM_COM", "libgeo", "nom_commune")

HELP = N_(
    "<p>Net artificialisation of each territory between two OCS GE millésimes, the ZAN measure from 2031: land "
    "that became artificial minus land renatured, with the artificial stock at each millésime. Polygons are "
    "cut by the communes and measured in Lambert-93; the result is checked against the change of the stocks "
    "(0.5 ha tolerance, as Mon Diagnostic Artificialisation).</p><h3>In the form</h3><ul><li><b>OCS GE stock, "
    "first millésime</b>, <b>OCS GE stock, last millésime</b>, <b>OCS GE difference</b>: IGN layers as a "
    "GeoPackage, a folder of unpacked deliveries (one or several départements) or PostGIS tables; the "
    "difference alone, or the two stocks alone, are enough.</li><li><b>Communes (polygons)</b>, grouped into "
    "EPCI, SCoT or any territory by a <b>Membership table</b> (optional).</li><li><b>Artificial land</b>: "
    "IGN's artif field, or the cover × use matrix followed by the thresholds of the décret of 27 November "
    "2023.</li><li><b>Cerema consumption file</b> (optional): for the 2011–2050 trajectory of the "
    "report.</li><li>Under <i>Advanced</i>: the PostGIS results table, <b>Report "
    "language</b>.</li></ul><h3>Results</h3><ul><li><b>Net artificialisation</b>: one territory per "
    "feature.</li><li><b>Artificialised / renatured polygons</b>: with cover and use before and "
    "after.</li><li>An HTML <b>report</b> with the 2011–2050 trajectory of each territory, readable "
    "offline.</li></ul><p>Rules, field names and the PostGIS path: the <i>Help</i> button opens the full "
    "documentation.</p>"
)


class ZanNetArtificialisationAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "zan_net_artificialisation"
    GROUP_ID = "zan"
    DISPLAY_NAME = N_("ZAN net artificialisation (OCS GE)")
    HELP = HELP

    STOCK_BEFORE = "STOCK_BEFORE"
    STOCK_AFTER = "STOCK_AFTER"
    DIFFERENCE = "DIFFERENCE"
    TERRITORIES = "TERRITORIES"
    TERRITORIES_INSEE_FIELD = "TERRITORIES_INSEE_FIELD"
    TERRITORIES_NAME_FIELD = "TERRITORIES_NAME_FIELD"
    MEMBERSHIP = "MEMBERSHIP"
    MEMBERSHIP_INSEE_FIELD = "MEMBERSHIP_INSEE_FIELD"
    MEMBERSHIP_ID_FIELD = "MEMBERSHIP_ID_FIELD"
    MEMBERSHIP_NAME_FIELD = "MEMBERSHIP_NAME_FIELD"
    METHOD = "METHOD"
    CONSUMPTION = "CONSUMPTION"
    RESULT_TABLE = "RESULT_TABLE"
    OUTPUT = "OUTPUT"
    CHANGES = "CHANGES"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        for name, label in ((self.STOCK_BEFORE, tr("OCS GE stock, first millésime")),
                            (self.STOCK_AFTER, tr("OCS GE stock, last millésime")),
                            (self.DIFFERENCE, tr("OCS GE difference"))):
            self.addParameter(QgsProcessingParameterFile(name, label, QgsProcessingParameterFile.Behavior.Folder,
                                                         optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TERRITORIES, tr("Communes (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.add_field_parameter(self.TERRITORIES_INSEE_FIELD, tr("Communes: INSEE code field"), self.TERRITORIES)
        self.add_field_parameter(self.TERRITORIES_NAME_FIELD, tr("Communes: name field"), self.TERRITORIES)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MEMBERSHIP, tr("Membership table"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.add_field_parameter(self.MEMBERSHIP_INSEE_FIELD, tr("Membership: INSEE code"), self.MEMBERSHIP)
        self.add_field_parameter(self.MEMBERSHIP_ID_FIELD, tr("Membership: territory code"), self.MEMBERSHIP)
        self.add_field_parameter(self.MEMBERSHIP_NAME_FIELD, tr("Membership: territory name"), self.MEMBERSHIP)
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, tr("Artificial land"),
            [tr("IGN artif field"), tr("CS × US matrix, with US6.1/US6.2"),
             tr("CS × US matrix, without US6.1/US6.2")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSUMPTION, tr("Cerema consumption file"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.add_parameter(QgsProcessingParameterString(
            self.RESULT_TABLE, tr("PostGIS results table (schema.table)"),
            optional=True), advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Net artificialisation"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CHANGES, tr("Artificialised / renatured polygons"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Net artificialisation report (HTML)"), tr("HTML files (*.html)"), optional=True))
        self.add_report_language_parameter()

    # --- run --------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        canceled = feedback.isCanceled
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        inputs = {name: ocsge_inputs.resolve(name, parameters.get(name), context)
                  for name in (self.STOCK_BEFORE, self.STOCK_AFTER, self.DIFFERENCE)}
        stocks = [i for i in (inputs[self.STOCK_BEFORE], inputs[self.STOCK_AFTER]) if i is not None]
        diffs = [i for i in (inputs[self.DIFFERENCE],) if i is not None]
        if not diffs and not stocks:
            raise AulaInputError(
                fr="Donnez STOCK_BEFORE et STOCK_AFTER (deux millésimes), ou DIFFERENCE (la couche de différence de l'IGN).",
                en="Give STOCK_BEFORE and STOCK_AFTER (two millésimes), or DIFFERENCE (IGN's difference layer).")
        self._check_outputs_apart(parameters, context, [i for i in inputs.values() if i is not None])
        communes = self._communes(parameters, context, feedback)
        membership = self._membership(parameters, context, feedback)
        self.check_canceled(feedback)
        feedback.setProgress(10)

        all_inputs = stocks + diffs
        on_server = [i for i in all_inputs if i.tables]
        if on_server and len(on_server) < len(all_inputs):
            raise AulaInputError(
                fr="Mélange de tables PostGIS et de fichiers : donnez toutes les couches OCS GE dans la même base, "
                   "ou toutes en fichiers.",
                en="PostGIS tables mixed with files: give every OCS GE layer from the same database, or all as files.")
        want_changes = bool(parameters.get(self.CHANGES))
        if on_server:
            uris = {i.connection_uri for i in on_server}
            if len(uris) > 1:
                raise AulaInputError(fr="Les tables PostGIS doivent venir de la même base de données.",
                                     en="The PostGIS tables must come from the same database.")
            connection = ocsge_inputs.sql_connection(uris.pop())
            feedback.pushInfo(tr("PostGIS path: the computation runs inside the database."))
            run = lambda sql: connection.executeSql(sql, feedback)  # noqa: E731
            measures = ocsge_sql.measure(run, communes, [t for i in stocks for t in i.tables],
                                         [t for i in diffs for t in i.tables], method, want_changes)
            self.check_canceled(feedback)
            result = artif.aggregate(communes, measures, membership, method, bool(stocks), bool(diffs))
        else:
            stock_layers = ocsge_inputs.polygon_layers(stocks, "stock", method, context, canceled)
            self.check_canceled(feedback)
            diff_layers = ocsge_inputs.polygon_layers(diffs, "difference", method, context, canceled)
            self.check_canceled(feedback)
            feedback.pushInfo(tr("{n} polygons read.").format(
                n=sum(len(layer.blobs) for layer in stock_layers + diff_layers)))
            feedback.setProgress(40)
            result = artif.compute(communes, stock_layers, diff_layers, membership, method, want_changes, canceled)
        self.check_canceled(feedback)
        self.warn(feedback, result.warnings)
        feedback.setProgress(80)

        outputs = self._write(parameters, context, feedback, communes, membership, result, method)
        if on_server:
            table = self.parameterAsString(parameters, self.RESULT_TABLE, context)
            if table:
                self._write_result_table(connection, table, result, feedback)
                outputs[self.RESULT_TABLE] = table
        feedback.setProgress(100)
        return outputs

    # --- inputs -----------------------------------------------------------------------------------

    def _check_outputs_apart(self, parameters, context, inputs):
        """No output may overwrite an input file, nor a file inside an input delivery folder (the shared guard
        sees the folders, not the GeoPackages found in them); refused in the shared guard's words."""
        sources = {p.resolve(): i.parameter for i in inputs for p in i.paths}
        for name in (self.TERRITORIES, self.MEMBERSHIP, self.CONSUMPTION):
            value = parameters.get(name)
            if isinstance(value, str) and value:
                sources[Path(value.split("|")[0]).resolve()] = name
        for name in (self.OUTPUT, self.CHANGES, self.REPORT):
            value = parameters.get(name)
            value = getattr(value, "sink", value)
            text = value.staticValue() if hasattr(value, "staticValue") else value
            if not isinstance(text, str) or not text or text.startswith("memory:") or text == "TEMPORARY_OUTPUT":
                continue
            path = text[len("ogr:dbname="):].split(" table=")[0].strip("'\"") if text.startswith("ogr:") else text
            path = Path(path.split("|")[0]).resolve()
            for source, source_name in sources.items():
                if path == source or (source.is_dir() and source in path.parents):
                    refuse_output_over_input(Location(name, str(path)), Location(source_name, str(source)))

    def _communes(self, parameters, context, feedback) -> artif.Communes:
        source = self.parameterAsSource(parameters, self.TERRITORIES, context)
        if source is None:
            raise AulaInputError(fr="TERRITORIES : couche des communes illisible.",
                                 en="TERRITORIES: unreadable commune layer.")
        require_crs(source.sourceCrs(), self.TERRITORIES, source.sourceName())
        names = source.fields().names()
        insee = self.parameterAsString(parameters, self.TERRITORIES_INSEE_FIELD, context) or \
            next((g for g in INSEE_GUESSES if g in names), "")
        name_field = self.parameterAsString(parameters, self.TERRITORIES_NAME_FIELD, context) or \
            next((g for g in NAME_GUESSES if g in names), "")
        if not insee:
            raise AulaInputError(
                fr=f"« {source.sourceName()} » : donnez TERRITORIES_INSEE_FIELD (aucun champ {', '.join(INSEE_GUESSES)}).",
                en=f"'{source.sourceName()}': give TERRITORIES_INSEE_FIELD (no field {', '.join(INSEE_GUESSES)}).")
        from qgis.core import QgsCoordinateTransform
        transform = QgsCoordinateTransform(source.sourceCrs(), ocsge_inputs.LAMBERT93, context.transformContext())
        codes, labels, blobs = [], [], []
        for feature in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            if not feature.hasGeometry():
                continue
            geometry = QgsGeometry(feature.geometry())
            if source.sourceCrs() != ocsge_inputs.LAMBERT93:
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            code = insee_code(feature[insee])
            if not code:
                continue
            codes.append(code)
            labels.append(str(feature[name_field]) if name_field and feature[name_field] is not None else code)
            blobs.append(bytes(geometry.asWkb()))
        self.check_canceled(feedback)
        if not codes:
            raise AulaInputError(fr=f"« {source.sourceName()} » : aucune commune avec un code INSEE dans « {insee} ».",
                                 en=f"'{source.sourceName()}': no commune with an INSEE code in '{insee}'.")
        return artif.Communes(codes, labels, list(from_wkb(blobs)))

    def _membership(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.MEMBERSHIP, context)
        if source is None:
            return None
        insee = self.parameterAsString(parameters, self.MEMBERSHIP_INSEE_FIELD, context)
        code = self.parameterAsString(parameters, self.MEMBERSHIP_ID_FIELD, context)
        name = self.parameterAsString(parameters, self.MEMBERSHIP_NAME_FIELD, context) or None
        if not insee or not code:
            raise AulaInputError(
                fr="Table d'appartenance : donnez MEMBERSHIP_INSEE_FIELD et MEMBERSHIP_ID_FIELD.",
                en="Membership table: give MEMBERSHIP_INSEE_FIELD and MEMBERSHIP_ID_FIELD.")
        frame = source_to_frame(source, source.sourceName(), [insee, code, name], feedback)
        level = counters.LEVEL_EPCI if "epci" in code.lower() else counters.LEVEL_TABLE
        return counters.membership_from_frame(frame, insee, code, name, source.sourceName(), level)

    def _consumption(self, parameters, context, feedback, communes, membership):
        value = parameters.get(self.CONSUMPTION)
        if not value:
            return None
        path = csv_file_of(value, context)
        if path is not None:
            table = cerema.read_consumption_csv(path, path.name)
        else:
            source = self.parameterAsSource(parameters, self.CONSUMPTION, context)
            if source is None:
                raise AulaInputError(fr="CONSUMPTION : fichier de consommation illisible.",
                                     en="CONSUMPTION: unreadable consumption file.")
            table = cerema.consumption_from_frame(source_to_frame(source, source.sourceName(), feedback=feedback),
                                                  source.sourceName())
        import pandas as pd
        territory_of = membership.territory_of if membership is not None else \
            pd.Series(communes.insee, index=communes.insee)
        return artif_report.consumption_by_territory(table, territory_of)

    # --- outputs ----------------------------------------------------------------------------------

    def _write(self, parameters, context, feedback, communes, membership, result, method):
        french = self.french()
        fields = fields_from_specs(artif.OUTPUT_FIELDS, french)
        territory_geoms = self._territory_geometries(communes, membership, result)
        column = GeometryColumn.from_keyed(territory_geoms, result.territories["territoire_id"].tolist())
        dest = write_output(self, parameters, self.OUTPUT, context, fields, result.territories,
                            QgsWkbTypes.Type.MultiPolygon, ocsge_inputs.LAMBERT93, column,
                            [s.kind for s in artif.OUTPUT_FIELDS], feedback)
        style_output(context, dest, "zan_net_artificialisation", tr("Net artificialisation"), fields)
        self._styles = [(dest, "zan_net_artificialisation", tr("Net artificialisation"))]
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.CHANGES):
            change_fields = fields_from_specs(artif.CHANGE_FIELDS, french)
            changes = GeometryColumn(wkb=to_wkb(result.change_geoms), bounds=bounds(result.change_geoms))
            change_dest = write_output(self, parameters, self.CHANGES, context, change_fields, result.changes,
                                       QgsWkbTypes.Type.MultiPolygon, ocsge_inputs.LAMBERT93, changes,
                                       [s.kind for s in artif.CHANGE_FIELDS], feedback)
            if change_dest is not None:
                style_output(context, change_dest, "zan_artificialisation_changes",
                             tr("OCS GE changes"), change_fields)
                self._styles.append((change_dest, "zan_artificialisation_changes",
                                     tr("OCS GE changes")))
                outputs[self.CHANGES] = change_dest
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            consumption = self._consumption(parameters, context, feedback, communes, membership)
            lang = self.report_language(parameters, context)
            fr = lang == "fr"
            described = {
                "Stock initial" if fr else "First stock": str(parameters.get(self.STOCK_BEFORE) or "–"),
                "Stock final" if fr else "Last stock": str(parameters.get(self.STOCK_AFTER) or "–"),
                "Différence" if fr else "Difference": str(parameters.get(self.DIFFERENCE) or "–"),
                "Méthode" if fr else "Method": ocsge.METHOD_LABELS[method][0 if fr else 1],
                "Consommation (Cerema)" if fr else "Consumption (Cerema)": str(parameters.get(self.CONSUMPTION) or "–"),
            }
            note = None
            if any("GENERE" in str(v).upper() for v in described.values()):
                note = ("Données OCS GE GÉNÉRÉES pour la démonstration : ce ne sont pas les mesures de l'IGN." if fr
                        else "OCS GE data GENERATED for the demonstration: these are not IGN's measurements.")
            html = artif_report.build_report(result, described, consumption, note, lang=lang)
            Path(report_path).write_text(html, encoding="utf-8")
            outputs[self.REPORT] = report_path
        return outputs

    @staticmethod
    def _territory_geometries(communes, membership, result):
        territory_of = (membership.territory_of if membership is not None else None)
        parts = {}
        for code, geom in zip(communes.insee, communes.geoms):
            territory = code if territory_of is None else territory_of.get(code)
            if territory is not None:
                parts.setdefault(territory, []).append(geom)
        out = {}
        for territory, geoms in parts.items():
            merged = geoms[0] if len(geoms) == 1 else unary_union(geoms)
            geometry = QgsGeometry()
            geometry.fromWkb(to_wkb([merged])[0])
            geometry.convertToMultiType()
            out[territory] = geometry
        return out

    @staticmethod
    def _write_result_table(connection, table, result, feedback):
        """Replace ``schema.table`` with the per-territory results (no geometry); one batch = one transaction."""
        schema, _, name = table.rpartition(".")
        schema = schema or "public"
        q = ocsge_sql.quote_ident
        kinds = {"text": "text", "integer": "integer", "real": "double precision"}
        columns = ", ".join(f"{q(f.name)} {kinds[f.kind]}" for f in artif.OUTPUT_FIELDS)
        rows = []
        for values in result.territories.astype(object).where(result.territories.notna(), None).itertuples(index=False):
            rows.append("(" + ", ".join("NULL" if v is None else (ocsge_sql.quote_literal(v) if isinstance(v, str)
                                                                   else repr(float(v)) if isinstance(v, float)
                                                                   else str(int(v))) for v in values) + ")")
        sql = (f"DROP TABLE IF EXISTS {q(schema)}.{q(name)}; CREATE TABLE {q(schema)}.{q(name)} ({columns}); "
               + (f"INSERT INTO {q(schema)}.{q(name)} VALUES {', '.join(rows)}; " if rows else ""))
        connection.executeSql(sql, feedback)
