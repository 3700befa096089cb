"""Reading the geometries of an input layer the same way in every algorithm: cancel checked at every
feature, NULL/empty geometries listed, invalid ones repaired with ``makeValid`` and listed, layers
without a CRS refused (a distance or a surface computed in an unknown CRS would be a wrong number)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, List, Optional, Tuple

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsWkbTypes

from ..aula_toolkit.errors import AulaInputError, Message, preview
from .cancel import check_canceled


def require_crs(crs, parameter: str, label: str) -> None:
    """Refuse a layer whose CRS is unknown ("Undefined Cartesian SRS" of a GeoPackage, a local engineering
    CRS that cannot be reprojected, or none), saying how to fix it."""
    if crs is None or not crs.isValid() or crs.description().lower().startswith("undefined") \
            or (not crs.authid() and not crs.toProj()):
        raise AulaInputError(
            fr=f"{parameter} « {label} » : la couche n'a pas de SCR (système de coordonnées) valide ; ses distances "
               "et surfaces seraient fausses. Attribuez-lui son SCR (Propriétés de la couche › Source, ou "
               "« Assigner une projection ») puis relancez.",
            en=f"{parameter} '{label}': the layer has no valid CRS (coordinate reference system); its distances and "
               "areas would be wrong. Assign its CRS (Layer properties › Source, or 'Assign projection') and run "
               "again.",
        )


@dataclass
class GeometryCheck:
    """Ids of the features whose geometry was missing or repaired while reading a layer."""

    parameter: str
    label: str
    missing: List[str] = field(default_factory=list)
    repaired: List[str] = field(default_factory=list)

    def messages(self) -> List[Message]:
        out = []
        if self.missing:
            out.append(Message(
                fr=f"{self.parameter} « {self.label} » : {len(self.missing)} entité(s) sans géométrie, ignorée(s) : "
                   f"{preview(self.missing)}",
                en=f"{self.parameter} '{self.label}': {len(self.missing)} feature(s) without geometry, left out: "
                   f"{preview(self.missing)}"))
        if self.repaired:
            out.append(Message(
                fr=f"{self.parameter} « {self.label} » : {len(self.repaired)} géométrie(s) invalide(s) réparée(s) "
                   f"(makeValid) : {preview(self.repaired)}",
                en=f"{self.parameter} '{self.label}': {len(self.repaired)} invalid geometry(ies) repaired "
                   f"(makeValid): {preview(self.repaired)}"))
        return out


def checked_features(source, parameter: str, id_of: Callable[[QgsFeature], object], feedback,
                     request: Optional[QgsFeatureRequest] = None,
                     check: Optional[GeometryCheck] = None) -> Iterator[Tuple[QgsFeature, QgsGeometry]]:
    """Features with a valid geometry (repaired when needed); the others are listed in ``check``."""
    check = check if check is not None else GeometryCheck(parameter, source.sourceName())
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    for feature in source.getFeatures(request or QgsFeatureRequest()):
        check_canceled(feedback)
        geometry = feature.geometry()
        if not feature.hasGeometry() or geometry.isNull() or geometry.isEmpty():
            check.missing.append(str(id_of(feature)))
            continue
        if not geometry.isGeosValid():
            repaired = geometry.makeValid()
            if QgsWkbTypes.geometryType(repaired.wkbType()) != geometry_type:
                repaired = repaired.convertToType(geometry_type, QgsWkbTypes.isMultiType(source.wkbType())) \
                    or repaired
            check.repaired.append(str(id_of(feature)))
            if repaired.isNull() or repaired.isEmpty():
                check.missing.append(str(id_of(feature)))
                continue
            geometry = repaired
        yield feature, geometry
