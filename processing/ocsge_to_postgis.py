"""``aula:ocsge_to_postgis`` — load IGN OCS GE artificialisation deliveries into a normalised PostGIS schema."""

from __future__ import annotations

import uuid
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFile,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.zan import ocsge_io, ocsge_schema
from ..aula_toolkit.zan.ocsge_sql import quote_ident, quote_literal
from ..toolbelt.i18n import N_, tr
from .base import AulaAlgorithm

HELP = N_(
    "<p>Loads IGN OCS GE artificialisation deliveries (stock and difference layers of one or many "
    "départements, 7z archives unpacked) into a PostGIS schema, ready for the net artificialisation to run "
    "inside the database. Each product gets one table with the département and millésime as columns and a "
    "spatial index; reloading a département and millésime replaces its rows in one transaction, so a failed "
    "load leaves the previous rows untouched.</p><h3>In the form</h3><ul><li><b>IGN deliveries (folder or "
    "GeoPackage)</b>: searched through subfolders.</li><li><b>PostgreSQL connection</b>: one of QGIS's "
    "connections (its credentials or authentication configuration); <b>Schema</b>: created if "
    "needed.</li><li>Under <i>Advanced</i>: the names of the tables.</li></ul><p>Table layout and examples: "
    "the <i>Help</i> button opens the full documentation.</p>"
)


class OcsgeToPostgisAlgorithm(AulaAlgorithm):
    ALGORITHM_ID = "ocsge_to_postgis"
    GROUP_ID = "zan"
    DISPLAY_NAME = N_("Load OCS GE deliveries into PostGIS")
    HELP = HELP

    INPUT = "INPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    STOCK_TABLE = "STOCK_TABLE"
    DIFFERENCE_TABLE = "DIFFERENCE_TABLE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("IGN deliveries (folder or GeoPackage)"), QgsProcessingParameterFile.Behavior.Folder))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.DATABASE, tr("PostgreSQL connection"), "postgres"))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, tr("Schema"), self.DATABASE, defaultValue="ocsge"))
        self.add_parameter(QgsProcessingParameterString(
            self.STOCK_TABLE, tr("Table of the stock layers"), defaultValue=ocsge_schema.STOCK_TABLE), advanced=True)
        self.add_parameter(QgsProcessingParameterString(
            self.DIFFERENCE_TABLE, tr("Table of the difference layers"),
            defaultValue=ocsge_schema.DIFFERENCE_TABLE), advanced=True)
        self.addOutput(QgsProcessingOutputString(self.STOCK_TABLE, tr("Table of the stock layers")))
        self.addOutput(QgsProcessingOutputString(self.DIFFERENCE_TABLE, tr("Table of the difference layers")))
        self.addOutput(QgsProcessingOutputString("LOADED", tr("Deliveries loaded")))

    def compute(self, parameters, context, feedback):
        from osgeo import gdal

        location = Path(self.parameterAsString(parameters, self.INPUT, context))
        found = ocsge_io.find_gpkg_layers(location)
        layers = [layer for layer in found if ocsge_io.is_ocsge_layer(layer)]
        for layer in found:
            if layer not in layers:
                feedback.pushWarning(tr("{layer}: not an OCS GE layer, skipped.").format(layer=layer.label))
        if not layers:
            raise AulaInputError(fr=f"INPUT : aucune couche OCS GE dans « {location} ».",
                                 en=f"INPUT: no OCS GE layer in '{location}'.")
        name = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            connection = metadata.findConnection(name)
        except Exception:  # noqa: BLE001 (QGIS raises QgsProviderConnectionException)
            connection = None
        if connection is None:
            raise AulaInputError(fr=f"DATABASE : connexion PostgreSQL « {name} » introuvable dans QGIS.",
                                 en=f"DATABASE: PostgreSQL connection '{name}' not found in QGIS.")
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "ocsge"
        tables = {"stock": self.parameterAsString(parameters, self.STOCK_TABLE, context) or ocsge_schema.STOCK_TABLE,
                  "difference": self.parameterAsString(parameters, self.DIFFERENCE_TABLE, context)
                  or ocsge_schema.DIFFERENCE_TABLE}
        try:
            connection.executeSql(ocsge_schema.create_sql(schema, tables["stock"], tables["difference"]), feedback)
        except QgsProviderConnectionException as error:
            raise AulaInputError(fr=f"DATABASE : la connexion « {name} » ne répond pas ou refuse d'écrire ({error}).",
                                 en=f"DATABASE: connection '{name}' does not answer or refuses to write ({error}).") \
                from None
        conninfo = QgsDataSourceUri(connection.uri()).connectionInfo(True)
        gdal.UseExceptions()
        loaded = []
        for i, layer in enumerate(layers):
            self.check_canceled(feedback)
            delivery = ocsge_io.delivery_of(layer)
            key = ocsge_schema.delivery_key(delivery, layer.label, layer.columns)
            stage = f"_aula_stage_{uuid.uuid4().hex[:12]}"
            feedback.pushInfo(tr("Loading {layer} (département {dep}, {years})…").format(
                layer=layer.label, dep=key["departement"], years="–".join(map(str, key["years"]))))
            try:
                gdal.VectorTranslate(
                    f"PG:{conninfo}", str(layer.path), layers=[layer.layer], layerName=f"{schema}.{stage}",
                    accessMode=None, dstSRS="EPSG:2154", geometryType="MULTIPOLYGON",
                    layerCreationOptions=["GEOMETRY_NAME=geom", "SPATIAL_INDEX=NONE", "FID=stage_fid",
                                          "LAUNDER=NO"],
                    callback=lambda *args: 0 if feedback.isCanceled() else 1)
            except RuntimeError as error:
                connection.executeSql(f"DROP TABLE IF EXISTS {quote_ident(schema)}.{quote_ident(stage)}", feedback)
                self.check_canceled(feedback)
                raise AulaInputError(fr=f"« {layer.label} » : chargement impossible ({error}).",
                                     en=f"'{layer.label}': cannot be loaded ({error}).") from None
            connection.executeSql(ocsge_schema.replace_sql(schema, tables[delivery.product], stage, delivery.product,
                                                           key["departement"], key["years"], layer.columns), feedback)
            loaded.append(f"{delivery.product} D{key['departement'].zfill(3)} {'-'.join(map(str, key['years']))}")
            feedback.setProgress(100.0 * (i + 1) / (len(layers) + 1))
        for table in set(tables.values()):
            connection.executeSql(f"ANALYZE {quote_ident(schema)}.{quote_ident(table)}", feedback)
        feedback.pushInfo(tr("Loaded: {list}").format(list=", ".join(loaded)))
        return {self.STOCK_TABLE: f"{schema}.{tables['stock']}",
                self.DIFFERENCE_TABLE: f"{schema}.{tables['difference']}", "LOADED": ", ".join(loaded)}


def table_uri(connection_uri: str, schema: str, table: str, where: str = "") -> str:
    """A ``postgres://`` value for STOCK_BEFORE/STOCK_AFTER/DIFFERENCE pointing to a loaded table."""
    uri = QgsDataSourceUri(connection_uri)
    uri.setDataSource(schema, table, "geom", where, "id")
    uri.setSrid("2154")
    return "postgres://" + uri.uri(False)


__all__ = ["OcsgeToPostgisAlgorithm", "table_uri", "quote_literal"]
