"""Version-dependent QGIS API behind one helper per concept (QGIS 3.22 → 3.40 LTR → QGIS 4 / Qt6)."""

from __future__ import annotations

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QVariant

from ..aula_toolkit.fields import INTEGER, REAL, TEXT

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {TEXT: QMetaType.Type.QString, INTEGER: QMetaType.Type.Int, REAL: QMetaType.Type.Double}
else:
    _TYPES = {TEXT: QVariant.String, INTEGER: QVariant.Int, REAL: QVariant.Double}


def make_field(name: str, kind: str, alias: str = "") -> QgsField:
    field = QgsField(name, _TYPES[kind])
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


def layer_short_name(layer) -> str:
    """The layer's server short name (see ``set_layer_server_metadata``)."""
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).shortName()


def layer_title(layer) -> str:
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).title()


def layer_abstract(layer) -> str:
    return (layer.serverProperties() if QGIS_VERSION_INT >= 33800 else layer).abstract()

