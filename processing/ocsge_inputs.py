"""OCS GE inputs of the ZAN algorithms: a GeoPackage, a folder of IGN deliveries, any layer, or a PostGIS table.

Files in Lambert-93 are read by the core at SQLite speed; any other layer goes through QGIS and is
reprojected to EPSG:2154; PostGIS tables are not read at all but described for the SQL path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.zan import ocsge, ocsge_io
from ..aula_toolkit.zan.ocsge_sql import SqlTable
from .io import plain_value

LAMBERT93 = QgsCoordinateReferenceSystem("EPSG:2154")
POSTGRES_PREFIXES = ("postgres://", "postgis://", "postgres:", "postgis:")


@dataclass
class OcsInput:
    """What one of STOCK_BEFORE / STOCK_AFTER / DIFFERENCE points to."""

    parameter: str
    gpkg: List[ocsge_io.GpkgLayer] = field(default_factory=list)
    layers: List[QgsVectorLayer] = field(default_factory=list)
    tables: List[SqlTable] = field(default_factory=list)
    connection_uri: Optional[str] = None
    paths: List[Path] = field(default_factory=list)


def resolve(parameter: str, value, context) -> Optional[OcsInput]:
    """Classify a parameter value; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, QgsVectorLayer):
        return _from_layer(parameter, value)
    text = str(value).strip()
    for prefix in POSTGRES_PREFIXES:
        if text.lower().startswith(prefix):
            layer = QgsVectorLayer(text[len(prefix):], parameter, "postgres")
            if not layer.isValid():
                raise AulaInputError(fr=f"{parameter} : table PostGIS illisible « {text[len(prefix):]} ».",
                                     en=f"{parameter}: unreadable PostGIS table '{text[len(prefix):]}'.")
            return _from_layer(parameter, layer)
    path = Path(text.split("|")[0])
    if path.is_dir() or (path.suffix.lower() == ".gpkg" and path.exists()):
        layers = ocsge_io.find_gpkg_layers(path)
        if "|layername=" in text:
            name = text.split("|layername=")[1].split("|")[0]
            layers = [layer for layer in layers if layer.layer == name]
        return OcsInput(parameter, gpkg=layers, paths=[path])
    layer = QgsProcessingUtils.mapLayerFromString(text, context)
    if isinstance(layer, QgsVectorLayer):
        return _from_layer(parameter, layer)
    raise AulaInputError(
        fr=f"{parameter} : « {text} » n'est ni un fichier, ni un dossier de livraisons IGN, ni une couche.",
        en=f"{parameter}: '{text}' is neither a file, nor a folder of IGN deliveries, nor a layer.")


def _from_layer(parameter: str, layer: QgsVectorLayer) -> OcsInput:
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        table = SqlTable(uri.schema() or "public", uri.table(), uri.geometryColumn() or "geom",
                         layer.crs().postgisSrid() or int(uri.srid() or 2154), layer.fields().names(), uri.sql())
        connection = QgsDataSourceUri(layer.source())
        connection.setDataSource("", "", "")
        return OcsInput(parameter, tables=[table], connection_uri=connection.uri(False))
    source = layer.source().split("|")[0]
    if layer.providerType() == "ogr" and source.lower().endswith(".gpkg") and not layer.subsetString() \
            and layer.crs().authid() == "EPSG:2154":
        name = layer.source().split("|layername=")[1].split("|")[0] if "|layername=" in layer.source() else None
        layers = [g for g in ocsge_io.find_gpkg_layers(Path(source)) if name is None or g.layer == name]
        return OcsInput(parameter, gpkg=layers, paths=[Path(source)])
    return OcsInput(parameter, layers=[layer], paths=[Path(source)] if Path(source).exists() else [])


def read_layer(layer: QgsVectorLayer, context, canceled) -> ocsge_io.PolygonLayer:
    """Any vector layer → attributes + geometries in EPSG:2154 (QGIS does the reprojection)."""
    transform = QgsCoordinateTransform(layer.crs(), LAMBERT93, context.transformContext())
    names = layer.fields().names()
    rows, blobs = [], []
    for feature in layer.getFeatures(QgsFeatureRequest()):
        if len(rows) % 10000 == 0 and canceled():
            break
        if not feature.hasGeometry():
            continue
        geometry = feature.geometry()
        if layer.crs() != LAMBERT93:
            geometry.transform(transform)
        rows.append([plain_value(v) for v in feature.attributes()])
        blobs.append(bytes(geometry.asWkb()))
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    label = layer.name() or layer.source()
    delivery = ocsge.parse_delivery(layer.name()) or ocsge.parse_delivery(Path(layer.source().split("|")[0]).stem)
    return ocsge_io.PolygonLayer(frame, blobs, label, delivery)


def polygon_layers(inputs: List[OcsInput], product: str, method: str, context,
                   canceled) -> List[ocsge_io.PolygonLayer]:
    """Every layer of ``product`` (stock / difference) of the file inputs, each read once."""
    seen, out = set(), []
    for item in inputs:
        if item.gpkg:
            for layer in ocsge_io.select_layers(item.gpkg, product, item.parameter):
                key = (str(layer.path), layer.layer)
                if key in seen:
                    continue
                seen.add(key)
                if layer.srs_id != 2154:  # not Lambert-93: QGIS reads and reprojects it
                    other = QgsVectorLayer(f"{layer.path}|layername={layer.layer}", layer.layer, "ogr")
                    polygons = read_layer(other, context, canceled)
                    polygons.delivery = ocsge_io.delivery_of(layer)
                else:
                    polygons = ocsge_io.read_ocsge_layer(layer, product, method, canceled)
                out.append(polygons)
        for layer in item.layers:
            if layer.id() in seen:
                continue
            seen.add(layer.id())
            out.append(read_layer(layer, context, canceled))
    return out


def sql_connection(uri: str):
    """A QGIS PostgreSQL connection (credentials from the connection or the authentication database)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return metadata.createConnection(uri, {})
