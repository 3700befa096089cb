"""Version-dependent QGIS API behind one helper per concept (QGIS 3.22 → 3.40 LTR → QGIS 4 / Qt6)."""

from __future__ import annotations

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QVariant

from ..aula_toolkit.fields import INTEGER, REAL, TEXT

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {TEXT: QMetaType.Type.QString, INTEGER: QMetaType.Type.Int, REAL: QMetaType.Type.Double}
    _REAL = {QMetaType.Type.Double, QMetaType.Type.Float}
    _INTEGER = {QMetaType.Type.Int, QMetaType.Type.LongLong, QMetaType.Type.UInt, QMetaType.Type.ULongLong,
                QMetaType.Type.Bool, QMetaType.Type.Short, QMetaType.Type.UShort}
else:
    _TYPES = {TEXT: QVariant.String, INTEGER: QVariant.Int, REAL: QVariant.Double}
    _REAL = {QVariant.Double}
    _INTEGER = {QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong, QVariant.Bool}


def field_kind(field: QgsField) -> str:
    """The FieldSpec kind (TEXT/INTEGER/REAL) of a QGIS field, by its type (a field made by type alone has no
    type name to go by)."""
    kind = field.type()
    return REAL if kind in _REAL else INTEGER if kind in _INTEGER else TEXT


def make_field(name: str, kind: str, alias: str = "", comment: str = "") -> QgsField:
    field = QgsField(name, _TYPES[kind])
    if comment:
        field.setComment(comment)
    if alias:
        field.setAlias(alias)
    return field


def set_layer_server_metadata(layer, short_name: str, title: str, abstract: str) -> None:
    """Short name, title and abstract that QGIS Server publishes (on the layer's server properties
    since QGIS 3.38; the QgsMapLayer setters are deprecated there)."""
    target = layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer
    target.setShortName(short_name)
    target.setTitle(title)
    target.setAbstract(abstract)


def set_layer_attribution(layer, text: str, url: str) -> None:
    """Attribution shown by QGIS Server (server properties since QGIS 3.38)."""
    target = layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer
    target.setAttribution(text)
    target.setAttributionUrl(url)


def layer_short_name(layer) -> str:
    """The layer's server short name (see ``set_layer_server_metadata``)."""
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).shortName()


def layer_title(layer) -> str:
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).title()


def layer_abstract(layer) -> str:
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).abstract()


def layer_attribution(layer) -> str:
    """The layer's server attribution (see ``set_layer_attribution``)."""
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).attribution()


# --- print layouts and projects (Lizmap publication) ---------------------------------------------

def scale_bar_fit_width(scale_bar) -> None:
    """Scale bar segments sized to fit between its minimum and maximum width."""
    if hasattr(Qgis, "ScaleBarSegmentSizeMode"):  # QGIS >= 3.24
        scale_bar.setSegmentSizeMode(Qgis.ScaleBarSegmentSizeMode.FitWidth)
    else:
        from qgis.core import QgsScaleBarSettings

        scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)


def set_label_font(label, font) -> None:
    """Font of a layout label (``setTextFormat`` from QGIS 3.24, ``setFont`` before)."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


def french_number_format():
    """Space as thousands separator, decimal comma (``15 000``), where QGIS lets us choose them."""
    from qgis.core import QgsBasicNumericFormat

    number = QgsBasicNumericFormat()
    number.setShowThousandsSeparator(True)
    number.setNumberDecimalPlaces(0)
    if hasattr(number, "setThousandsSeparator"):
        number.setThousandsSeparator(" ")
        number.setDecimalSeparator(",")
    return number


def write_project_alone(project, path) -> bool:
    """Write a ``.qgs`` and nothing beside it. QGIS >= 3.26 attaches a style database (empty for us) and zips it
    as ``<name>_attachments.zip``, and the archive fails when the database's temporary file is gone: detach it.
    QGIS 3.40 also keeps the previous file as ``<name>.qgs~`` when it writes again: remove it."""
    from pathlib import Path

    path = Path(path)
    detach_project_attachments(project)
    written = project.write(str(path))
    if not written:
        detach_project_attachments(project)
        written = project.write(str(path))
    backup = path.with_name(path.name + "~")
    if written and backup.exists():
        backup.unlink()
    return written


def detach_project_attachments(project) -> None:
    """Drop the files QGIS >= 3.26 attaches to a project (an empty style database), so that writing a
    ``.qgs`` does not also write ``<name>_attachments.zip``."""
    if hasattr(project, "attachedFiles"):
        for attached in project.attachedFiles():
            project.removeAttachedFile(attached)
