"""Moving data between QGIS and the core: layers → pandas, core tables → features, styled outputs."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

import pandas as pd
from osgeo import gdal, ogr
from qgis.PyQt.QtXml import QDomDocument
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.fields import FieldSpec, comment
from ..toolbelt.resources import style_path
from .cancel import check_canceled
from .compat import make_field

_KEEP_ALIVE: List[QgsProcessingLayerPostProcessorInterface] = []
_FIELD_TEXTS: Dict[str, Dict[str, tuple]] = {}
"""Destination id -> {field name: (alias, comment)}: what a file format does not keep (GeoPackage in QGIS
3.22) is put back on the loaded layer and in the style stored in the GeoPackage."""


def fields_from_specs(specs: Sequence[FieldSpec], french: bool) -> QgsFields:
    """QgsFields with aliases and comments in the user's language."""
    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(spec.name, spec.kind, spec.fr if french else spec.en, comment(spec, french)))
    return fields


def apply_field_texts(layer: QgsVectorLayer, texts: Optional[Dict[str, tuple]]) -> None:
    """Set the aliases and comments of ``texts`` ({name: (alias, comment)}) on a layer's fields."""
    if not texts:
        return
    fields = layer.fields()
    for name, (alias, note) in texts.items():
        index = fields.indexOf(name)
        if index < 0:
            continue
        layer.setFieldAlias(index, alias)
        if note and hasattr(layer, "setFieldComment"):  # QGIS >= 3.30 keeps comments in styles
            layer.setFieldComment(index, note)


def source_to_frame(source, label: str, columns: Optional[Iterable[str]] = None,
                    feedback: Optional[QgsProcessingFeedback] = None) -> pd.DataFrame:
    """Attributes of a feature source as a DataFrame (NULL → None), geometry not read; raises
    "Traitement annulé / Cancelled" when the user cancels (never a partial table)."""
    names = source.fields().names()
    wanted = [c for c in (columns or names) if c]
    missing = [c for c in wanted if c not in names]
    if missing:
        raise AulaInputError(
            fr=f"« {label} » : champ(s) introuvable(s) : {', '.join(missing)} ; champs : {', '.join(names)}",
            en=f"'{label}': field(s) not found: {', '.join(missing)}; fields: {', '.join(names)}",
        )
    indices = [names.index(c) for c in wanted]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(indices)
    rows = []
    for feature in source.getFeatures(request):
        check_canceled(feedback)
        attrs = feature.attributes()
        rows.append([plain_value(attrs[i]) for i in indices])
    return pd.DataFrame(rows, columns=wanted, dtype=object)


def plain_value(value):
    """QVariant NULL and Qt types → plain Python values."""
    if value is None:
        return None
    try:
        if value.isNull():
            return None
    except AttributeError:
        pass
    return value


def csv_file_of(value, context: QgsProcessingContext) -> Optional[Path]:
    """The CSV file behind a parameter value (path or layer), so the core can read it at full speed."""
    if isinstance(value, str) and value.lower().split("|")[0].endswith((".csv", ".txt")):
        path = Path(value.split("|")[0])
        return path if path.exists() else None
    layer = QgsProcessingUtils.mapLayerFromString(str(value), context) if isinstance(value, str) else value
    if isinstance(layer, QgsVectorLayer) and layer.providerType() in ("ogr", "delimitedtext"):
        uri = layer.source()
        raw = uri[len("file://"):] if uri.startswith("file://") else uri
        raw = raw.split("?")[0].split("|")[0]
        path = Path(raw)
        if path.suffix.lower() in (".csv", ".txt") and path.exists() and not layer.subsetString():
            return path
    return None


def write_frame(sink, fields: QgsFields, frame: pd.DataFrame,
                geometries: Optional[Dict[str, QgsGeometry]] = None, key: Optional[str] = None,
                feedback: Optional[QgsProcessingFeedback] = None) -> int:
    """Add one feature per row (NaN → NULL), with the geometry of ``geometries[row[key]]`` if given.
    Raises the cancellation error when cancelled. Prefer ``processing.writer.write_output`` (GDAL speed)."""
    names = fields.names()
    values = frame[names].astype(object).where(frame[names].notna(), None).to_numpy().tolist()
    keys = frame[key].tolist() if key else None
    batch = []
    for i, row in enumerate(values):
        feature = QgsFeature(fields)
        feature.setAttributes([_python(v) for v in row])
        if geometries is not None and keys is not None and keys[i] in geometries:
            feature.setGeometry(geometries[keys[i]])
        batch.append(feature)
        if len(batch) == 5000:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            check_canceled(feedback)
    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return len(values)


def _python(value):
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


class StyledOutput(QgsProcessingLayerPostProcessorInterface):
    """Applies the output's QML style and map-reader name when QGIS loads the result."""

    def __init__(self, style: Optional[str], name: str, texts: Optional[Dict[str, tuple]] = None):
        super().__init__()
        self.style = style
        self.name = name
        self.texts = texts

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if isinstance(layer, QgsVectorLayer):
            path = style_path(self.style) if self.style else None
            if path is not None and path.exists():
                layer.loadNamedStyle(str(path))
                layer.triggerRepaint()
            apply_field_texts(layer, self.texts)
            layer.setName(self.name)


def style_output(context: QgsProcessingContext, dest_id: str, style: Optional[str], name: str,
                 fields: Optional[QgsFields] = None) -> None:
    """Name and style the result when loaded (QML ``style`` if any, aliases and comments of ``fields``);
    :func:`save_style_in_geopackage` then stores the same in a GeoPackage output."""
    texts = {f.name(): (f.alias(), f.comment()) for f in fields} if fields is not None else None
    if texts:
        _FIELD_TEXTS[dest_id] = texts
    if context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = name
        processor = StyledOutput(style, name, texts)
        _KEEP_ALIVE.append(processor)
        details.setPostProcessor(processor)


def save_style_in_geopackage(dest_id: str, style: Optional[str], name: str) -> Optional[str]:
    """Write the QML (if any), the field aliases and the layer name as the default style inside a GeoPackage
    output (read by QGIS and Lizmap); returns an error text or None."""
    path = style_path(style) if style else None
    texts = _FIELD_TEXTS.pop(dest_id, None)
    if ".gpkg" not in dest_id.lower() or ((path is None or not path.exists()) and not texts):
        return None
    layer = QgsVectorLayer(dest_id, name, "ogr")
    if not layer.isValid():
        return None
    if path is not None and path.exists():
        layer.loadNamedStyle(str(path))
    apply_field_texts(layer, texts)
    qml = QDomDocument("qgis")
    layer.exportNamedStyle(qml)
    table = layer.dataProvider().uri().param("layerName") or dest_id.partition("layername=")[2].split("|")[0]
    del layer
    return write_default_style(dest_id.split("|")[0], table or None, portable_fonts(qml.toString()),
                               name[:30], name)


def stored_layer_name(layer) -> Optional[str]:
    """The map-reader name stored with a layer's default style by :func:`style_output`: the style's description
    (QGIS's schema cuts style names at 30 characters, « Taux de vacance des ZAE par zo »), else its name."""
    if not hasattr(layer, "listStylesInDatabase"):
        return None
    count, _ids, names, descriptions, _error = layer.listStylesInDatabase()
    if not count or not names or not names[0]:
        return None
    description = descriptions[0] if descriptions else ""
    return description if description and description.startswith(names[0]) else names[0]


def portable_fonts(qml: str) -> str:
    """QGIS writes the font family it resolved (this machine's default) into a saved style: dropped, so the
    layer opens with the default font of whichever QGIS reads it, without a 'font not available' warning."""
    return re.sub(r'\s(fontFamily|namedStyle)="[^"]*"', "", qml)


_STYLE_FIELDS = (("f_table_catalog", ogr.OFTString, 256), ("f_table_schema", ogr.OFTString, 256),
                 ("f_table_name", ogr.OFTString, 256), ("f_geometry_column", ogr.OFTString, 256),
                 ("styleName", ogr.OFTString, 30), ("styleQML", ogr.OFTString, 0), ("styleSLD", ogr.OFTString, 0),
                 ("useAsDefault", ogr.OFTInteger, 0), ("description", ogr.OFTString, 0),
                 ("owner", ogr.OFTString, 30), ("ui", ogr.OFTString, 30), ("update_time", ogr.OFTDateTime, 0))
"""QGIS's ``layer_styles`` table (the OGR provider's schema, shared with its PostGIS and SpatiaLite ones)."""


def write_default_style(gpkg: str, table: Optional[str], qml: str, style_name: str,
                        description: str) -> Optional[str]:
    """Store ``qml`` as the default style of ``table`` in QGIS's ``layer_styles`` table, through GDAL.

    Not through ``QgsVectorLayer.saveStyleToDatabase``: QGIS opens the GeoPackage for writing in WAL mode, and
    the read-only connections of the layers a user already has open on that file then fail with
    'unable to open database file'. GDAL keeps the file's journal mode."""
    try:
        dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError:  # GDAL's exceptions may be on
        dataset = None
    if dataset is None:
        return f"GDAL cannot open {gpkg} for writing"
    try:
        user = dataset.GetLayerByName(table) if table else next(
            (dataset.GetLayer(i) for i in range(dataset.GetLayerCount())
             if dataset.GetLayer(i).GetName() != "layer_styles"), None)
        if user is None:
            return f"no layer {table} in {gpkg}"
        styles = dataset.GetLayerByName("layer_styles")
        if styles is None:
            styles = dataset.CreateLayer("layer_styles", None, ogr.wkbNone, ["FID=id"])
            for field_name, kind, width in _STYLE_FIELDS:
                definition = ogr.FieldDefn(field_name, kind)
                if width:
                    definition.SetWidth(width)
                if field_name == "useAsDefault":
                    definition.SetSubType(ogr.OFSTBoolean)
                if field_name == "update_time":
                    definition.SetDefault("CURRENT_TIMESTAMP")
                styles.CreateField(definition)
        quoted = "f_table_schema='' AND f_table_name={} AND f_geometry_column={}".format(
            _sql_text(user.GetName()), _sql_text(user.GetGeometryColumn()))
        dataset.StartTransaction()
        styles.SetAttributeFilter(f"useAsDefault = 1 AND {quoted}")
        for previous in list(styles):
            previous.SetField("useAsDefault", 0)
            styles.SetFeature(previous)
        styles.SetAttributeFilter(f"{quoted} AND styleName={_sql_text(style_name)}")
        feature = next(iter(styles), None)
        styles.SetAttributeFilter(None)
        new = feature is None
        if new:
            feature = ogr.Feature(styles.GetLayerDefn())
            for field_name, value in (("f_table_catalog", ""), ("f_table_schema", ""),
                                      ("f_table_name", user.GetName()),
                                      ("f_geometry_column", user.GetGeometryColumn()), ("styleName", style_name)):
                feature.SetField(field_name, value)
        for field_name, value in (("styleQML", qml), ("styleSLD", ""), ("useAsDefault", 1),
                                  ("description", description), ("owner", "")):
            feature.SetField(field_name, value)
        error = styles.CreateFeature(feature) if new else styles.SetFeature(feature)
        dataset.CommitTransaction()
        return None if error == 0 else f"GDAL could not write the style of {user.GetName()} in {gpkg}"
    finally:
        dataset = None


def _sql_text(value: str) -> str:
    return "'" + (value or "").replace("'", "''") + "'"
