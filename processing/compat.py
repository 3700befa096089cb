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


def make_field(name: str, kind: str, alias: str = "", comment: str = "") -> QgsField:
    field = QgsField(name, _TYPES[kind])
    if comment:
        field.setComment(comment)
    if alias:
        field.setAlias(alias)
    return field
