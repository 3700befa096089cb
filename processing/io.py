"""Moving data between QGIS and the core: layers → pandas, core tables → features, styled outputs."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

import pandas as pd
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
    output (read by QGIS and Lizmap)."""
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
    style_name = name[:30]  # layer_styles.styleName is 30 characters wide in GDAL's GeoPackage schema
    error = layer.saveStyleToDatabase(style_name, name, True, "") or None
    del layer
    _portable_fonts_in_geopackage(dest_id.split("|")[0], style_name)
    return error


def _portable_fonts_in_geopackage(gpkg: str, style_name: str) -> None:
    """QGIS writes the font family it resolved (this machine's default) into a saved style: drop it, so the
    layer opens with the default font of whichever QGIS reads it, without a 'font not available' warning."""
    import re
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(gpkg)) as connection, connection as db:
            db.execute("PRAGMA synchronous = OFF")  # no wait for the disk (see writer.gdal_without_fsync)
            rows = db.execute("SELECT id, styleQML FROM layer_styles WHERE styleName = ?", (style_name,)).fetchall()
            for row_id, qml in rows:
                cleaned = re.sub(r'\s(fontFamily|namedStyle)="[^"]*"', "", qml or "")
                if cleaned != qml:
                    db.execute("UPDATE layer_styles SET styleQML = ? WHERE id = ?", (cleaned, row_id))
    except sqlite3.Error:
        pass  # the style stays as QGIS wrote it
