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
from ..aula_toolkit.fields import FieldSpec
from ..toolbelt.resources import style_path
from .compat import make_field

_KEEP_ALIVE: List[QgsProcessingLayerPostProcessorInterface] = []


def fields_from_specs(specs: Sequence[FieldSpec], french: bool) -> QgsFields:
    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(spec.name, spec.kind, spec.fr if french else spec.en))
    return fields


def source_to_frame(source, label: str, columns: Optional[Iterable[str]] = None,
                    feedback: Optional[QgsProcessingFeedback] = None) -> pd.DataFrame:
    """Attributes of a feature source as a DataFrame (NULL → None), geometry not read."""
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
        if feedback is not None and feedback.isCanceled():
            break
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
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException("Traitement annulé par l'utilisateur.\nCancelled by the user.")
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

    def __init__(self, style: str, name: str):
        super().__init__()
        self.style = style
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if isinstance(layer, QgsVectorLayer):
            path = style_path(self.style)
            if path.exists():
                layer.loadNamedStyle(str(path))
                layer.triggerRepaint()
            layer.setName(self.name)


def style_output(context: QgsProcessingContext, dest_id: str, style: str, name: str) -> None:
    """Name and style the result when loaded, and store the style in a GeoPackage output as its default."""
    if context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = name
        processor = StyledOutput(style, name)
        _KEEP_ALIVE.append(processor)
        details.setPostProcessor(processor)


def save_style_in_geopackage(dest_id: str, style: str, name: str) -> Optional[str]:
    """Write the QML as the default style inside a GeoPackage output (read by QGIS and Lizmap)."""
    path = style_path(style)
    if not path.exists() or ".gpkg" not in dest_id.lower():
        return None
    layer = QgsVectorLayer(dest_id, name, "ogr")
    if not layer.isValid():
        return None
    layer.loadNamedStyle(str(path))
    return layer.saveStyleToDatabase(name, name, True, "") or None
