"""Fast output writing: core tables → GeoPackage layers and GeoTIFF rasters, at GDAL speed.

A GeoPackage destination (a ``.gpkg`` path, a temporary output, or ``ogr:dbname='….gpkg' table="…"``) is
written in one SQLite transaction: GDAL creates the layer (schema, CRS, GeoPackage metadata), the rows go in
with one ``executemany`` whose geometry column is built vectorised (GeoPackage binary = header + ISO WKB),
then GDAL builds the spatial index once. Any other destination (memory layer, PostGIS, Shapefile…) goes
through the QGIS sink in large batches.

Rules shared by every algorithm: an existing GeoPackage keeps its other layers (a layer of the same name is
replaced only once the new one is complete); cancelling raises the base class's cancellation error and
leaves no partial output (a file we created is removed, a layer we created is dropped).
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..aula_toolkit.sqlbulk import BulkInsert
from .compat import field_kind

CHUNK = 50_000  #: rows per executemany / sink batch: cancel is checked between chunks (well under a second)
_CANCELLED = "Traitement annulé par l'utilisateur.\nCancelled by the user."
_OGR_URI = re.compile(r"""^ogr:\s*dbname=(['"]?)(?P<path>.+?)\1\s+table=(?:"(?P<t1>(?:[^"]|"")+)"|'(?P<t2>(?:[^']|'')+)'|"""
                      r"""(?P<t3>[^\s(]+))(\s*\(.*\))?\s*$""", re.IGNORECASE)


# --------------------------------------------------------------------------------------------------
# geometry columns built without a Python object per feature where possible
# --------------------------------------------------------------------------------------------------
@dataclass
class GeometryColumn:
    """One geometry per output row: either axis-aligned boxes (vectorised) or ISO WKB blobs (None = no
    geometry), with their bounds (n × 4: xmin, ymin, xmax, ymax; NaN for empty)."""

    boxes: Optional[Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = None
    wkb: Optional[List[Optional[bytes]]] = None
    bounds: Optional[np.ndarray] = None

    @classmethod
    def from_boxes(cls, xmin, ymin, xmax, ymax) -> "GeometryColumn":
        arrays = tuple(np.asarray(a, dtype=np.float64).ravel() for a in (xmin, ymin, xmax, ymax))
        return cls(boxes=arrays, bounds=np.column_stack(arrays))

    @classmethod
    def from_qgs(cls, geometries: Sequence[Optional[QgsGeometry]]) -> "GeometryColumn":
        wkbs, bounds = [], np.full((len(geometries), 4), np.nan)
        for i, g in enumerate(geometries):
            if g is None or g.isNull():
                wkbs.append(None)
                continue
            wkbs.append(bytes(g.asWkb()))
            if not g.isEmpty():
                box = g.boundingBox()
                bounds[i] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
        return cls(wkb=wkbs, bounds=bounds)

    @classmethod
    def from_keyed(cls, geometries: Dict, keys: Sequence) -> "GeometryColumn":
        """Geometries ``geometries[key]`` (QgsGeometry) in the order of ``keys`` (missing key = no geometry)."""
        return cls.from_qgs([geometries.get(k) for k in keys])

    def __len__(self) -> int:
        return int(self.boxes[0].size) if self.boxes is not None else len(self.wkb)

    def gpkg_blobs(self, srs_id: int, multi: bool) -> List[Optional[bytes]]:
        """GeoPackage binary geometries (little-endian, no envelope in the header)."""
        header = b"GP\x00\x01" + struct.pack("<i", int(srs_id))
        if self.boxes is not None:
            return _box_blobs(*self.boxes, header=header, multi=multi)
        wrap = _multi_prefix if multi else None
        out = []
        for w in self.wkb:
            if w is None:
                out.append(None)
            else:
                out.append(header + (wrap(w) if wrap else w))
        return out

    def qgs(self, i: int, multi: bool) -> Optional[QgsGeometry]:
        if self.boxes is not None:
            xmin, ymin, xmax, ymax = (float(a[i]) for a in self.boxes)
            w = _box_blobs(*(np.array([v]) for v in (xmin, ymin, xmax, ymax)), header=b"", multi=multi)[0]
        else:
            w = self.wkb[i]
            if w is None:
                return None
        g = QgsGeometry()
        g.fromWkb(w)
        if multi:
            g.convertToMultiType()
        return g


def _multi_prefix(wkb: bytes) -> bytes:
    """A single Polygon/LineString/Point WKB wrapped as its Multi type (GeoPackage columns are typed)."""
    little = wkb[0] == 1
    kind = struct.unpack("<I" if little else ">I", wkb[1:5])[0]
    base = kind % 1000
    if base in (1, 2, 3):
        return struct.pack("<BII", 1, kind + 3, 1) + wkb
    return wkb


_BOX_DTYPE = {
    multi: np.dtype([("head", "S8"), *([("mbo", "u1"), ("mtype", "<u4"), ("mnum", "<u4")] if multi else []),
                     ("bo", "u1"), ("type", "<u4"), ("rings", "<u4"), ("npts", "<u4"), ("xy", "<f8", (10,))])
    for multi in (True, False)
}


def _box_blobs(xmin, ymin, xmax, ymax, header: bytes, multi: bool) -> List[bytes]:
    """Closed rectangles as WKB (Multi)Polygons, all built in one numpy record array."""
    dtype = _BOX_DTYPE[multi]
    if not header:
        dtype = np.dtype([(name, dtype.fields[name][0]) for name in dtype.names if name != "head"])
    n = int(np.asarray(xmin).size)
    rec = np.zeros(n, dtype=dtype)
    if header:
        rec["head"] = header
    if multi:
        rec["mbo"], rec["mtype"], rec["mnum"] = 1, 6, 1
    rec["bo"], rec["type"], rec["rings"], rec["npts"] = 1, 3, 1, 5
    rec["xy"] = np.column_stack([xmin, ymin, xmax, ymin, xmax, ymax, xmin, ymax, xmin, ymin])
    return rec.view(f"V{dtype.itemsize}").ravel().tolist()


# --------------------------------------------------------------------------------------------------
# attribute columns
# --------------------------------------------------------------------------------------------------
def column_values(series: pd.Series, kind: str) -> list:
    """Plain Python values of one column for its declared type, NULL (None) for NaN/NA/None."""
    from ..aula_toolkit.fields import INTEGER, REAL

    if kind == REAL:
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        out = values.astype(object)
        out[np.isnan(values)] = None
        return out.tolist()
    missing = series.isna().to_numpy()
    if kind == INTEGER:
        if not missing.any() and pd.api.types.is_integer_dtype(series.dtype):
            return series.to_numpy(dtype=np.int64).tolist()
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        missing = missing | np.isnan(numbers)
        out = np.where(missing, 0, numbers).astype(np.int64).astype(object)
        out[missing] = None
        return out.tolist()
    values = series.to_numpy(dtype=object)
    if not missing.any():
        texts = values.tolist()
        return texts if set(map(type, texts)) <= {str} else [v if type(v) is str else str(v) for v in texts]
    if missing.any() and set(map(type, values[~missing].tolist())) <= {str}:  # text with NULLs, in array calls
        out = values.copy()
        out[missing] = None
        return out.tolist()
    return [None if m else (v if type(v) is str else str(v)) for v, m in zip(values.tolist(), missing.tolist())]


# --------------------------------------------------------------------------------------------------
# destinations
# --------------------------------------------------------------------------------------------------
def geopackage_target(destination: str) -> Optional[Tuple[Path, str]]:
    """``(file, layer name)`` when the destination is a GeoPackage layer we can write directly, else None."""
    if not destination:
        return None
    match = _OGR_URI.match(destination.strip())
    if match:
        path = Path(match.group("path").replace("\\'", "'"))
        table = (match.group("t1") or "").replace('""', '"') or (match.group("t2") or "").replace("''", "'") or \
            match.group("t3")
        return (path, table) if path.suffix.lower() == ".gpkg" else None
    if "|" in destination:
        path_text, _, options = destination.partition("|")
        layer = re.search(r"layername=([^|]+)", options)
        path = Path(path_text)
        if path.suffix.lower() == ".gpkg" and layer:
            return path, layer.group(1)
        return None
    if ":" in destination.split("/")[0] and not re.match(r"^[A-Za-z]:[\\/]", destination):
        return None  # memory:, postgres:, spatialite:… (but not C:\ on Windows)
    path = Path(destination)
    return (path, path.stem) if path.suffix.lower() == ".gpkg" else None


def write_output(algorithm, parameters, key: str, context: QgsProcessingContext, fields: QgsFields,
                 frame: pd.DataFrame, wkb_type, crs: Optional[QgsCoordinateReferenceSystem],
                 geometry: Optional[GeometryColumn] = None, kinds: Optional[Sequence[str]] = None,
                 feedback: Optional[QgsProcessingFeedback] = None) -> Optional[str]:
    """Write ``frame`` (columns = ``fields`` names, in order) to the sink parameter ``key``; returns the
    destination id to report (``file.gpkg|layername=…`` for GeoPackages), None when the optional output
    is not requested. ``kinds`` are the fields' FieldSpec kinds (TEXT/INTEGER/REAL)."""
    value = parameters.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        definition = algorithm.parameterDefinition(key)
        if definition is not None and definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            return None
    destination = algorithm.parameterAsOutputLayer(parameters, key, context)
    if not destination:
        return None
    kinds = list(kinds) if kinds is not None else _kinds_of(fields)
    target = geopackage_target(destination)
    if target is None:
        return _write_sink(algorithm, parameters, key, context, fields, kinds, frame, wkb_type, crs, geometry,
                           feedback)
    path, layer = target
    alone = _write_geopackage(path, layer, fields, kinds, frame, wkb_type, crs, geometry, feedback)
    plain = not destination.lower().startswith("ogr:") and "|" not in destination
    dest = destination if plain and alone else f"{path}|layername={layer}"
    _rekey_layer_to_load(context, destination, dest)
    return dest


def _kinds_of(fields: QgsFields) -> List[str]:
    return [field_kind(field) for field in fields]


def _rekey_layer_to_load(context: QgsProcessingContext, old: str, new: str) -> None:
    if old == new or not context.willLoadLayerOnCompletion(old):
        return
    layers = context.layersToLoadOnCompletion()
    details = layers.pop(old)
    layers[new] = details
    context.setLayersToLoadOnCompletion(layers)


def _raise_cancelled():
    raise QgsProcessingException(_CANCELLED)


def _canceled(feedback) -> bool:
    return feedback is not None and feedback.isCanceled()


def _ogr_type(kind: str):
    from osgeo import ogr

    from ..aula_toolkit.fields import INTEGER, REAL

    return {INTEGER: ogr.OFTInteger, REAL: ogr.OFTReal}.get(kind, ogr.OFTString)


def _ogr_geometry_type(wkb_type):
    from osgeo import ogr

    if wkb_type is None or wkb_type == QgsWkbTypes.Type.NoGeometry:
        return ogr.wkbNone
    flat = QgsWkbTypes.flatType(wkb_type)
    return int(getattr(flat, "value", flat))  # QGIS 2-D WKB codes are the OGR codes (enums in QGIS ≥ 3.30)


def _osr(crs):
    from osgeo import osr

    if crs is None or not crs.isValid():
        return None
    srs = osr.SpatialReference()
    authid = crs.authid()
    if authid.upper().startswith("EPSG:") and srs.ImportFromEPSG(int(authid.split(":")[1])) == 0:
        pass
    else:
        srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _write_geopackage(path: Path, layer: str, fields: QgsFields, kinds, frame, wkb_type, crs, geometry,
                      feedback, spatial_index: bool = True) -> bool:
    """Write the layer; True when it is the only layer of the file."""
    from osgeo import gdal, ogr

    existed = path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"]) if existed else None
    if ds is None:
        if existed:
            _remove_file(path)  # not a GeoPackage: replaced, as QGIS does
            existed = False
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        if ds is None:
            raise QgsProcessingException(f"Impossible de créer {path}.\nCannot create {path}.")
    replace = ds.GetLayerByName(layer) is not None
    name = f"{layer}_aula_tmp" if replace else layer
    if ds.GetLayerByName(name) is not None:
        ds.DeleteLayer(name)
    geom_type = _ogr_geometry_type(wkb_type) if geometry is not None else ogr.wkbNone
    options = ["FID=fid", "SPATIAL_INDEX=NO"] + (["GEOMETRY_NAME=geom"] if geom_type != ogr.wkbNone else [])
    lyr = ds.CreateLayer(name, _osr(crs) if geom_type != ogr.wkbNone else None, geom_type, options)
    if lyr is None:
        raise QgsProcessingException(f"Impossible de créer la couche {layer} dans {path}.\n"
                                     f"Cannot create layer {layer} in {path}.")
    for field, kind in zip(fields, kinds):
        definition = ogr.FieldDefn(field.name(), _ogr_type(kind))
        if field.alias() and hasattr(definition, "SetAlternativeName"):
            definition.SetAlternativeName(field.alias())
        lyr.CreateField(definition)
    lyr = None
    if geom_type != ogr.wkbNone and spatial_index:  # created empty: filled in bulk after the rows
        ds.ExecuteSQL(f"SELECT CreateSpatialIndex({_literal(name)}, 'geom')")
    ds = None

    def undo():
        if not existed:
            _remove_file(path)
            return
        handle = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        if handle is not None:
            for i in range(handle.GetLayerCount()):
                if handle.GetLayerByIndex(i).GetName() == name:
                    handle.DeleteLayer(i)
                    break
            handle = None

    try:
        _insert_rows(path, name, fields, kinds, frame, geometry, geom_type, feedback)
    except BaseException:
        undo()
        raise
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    if replace:
        for i in range(ds.GetLayerCount()):
            if ds.GetLayerByIndex(i).GetName() == layer:
                ds.DeleteLayer(i)
                break
        ds.ExecuteSQL(f"ALTER TABLE {_ident(name)} RENAME TO {_ident(layer)}")
    alone = ds.GetLayerCount() == 1
    ds = None
    return alone


def _insert_rows(path, table, fields, kinds, frame, geometry, geom_type, feedback):
    from osgeo import ogr

    names = fields.names()
    n = len(frame)
    inserts_itself = getattr(frame, "insert_rows", None) if geom_type == ogr.wkbNone else None
    columns = [] if inserts_itself else [column_values(frame[name], kind) for name, kind in zip(names, kinds)]
    con = sqlite3.connect(str(path), isolation_level=None)
    if feedback is not None:  # a cancel also stops a long statement (an R-tree, a table expanded in SQL)
        con.set_progress_handler(lambda: int(_canceled(feedback)), 100_000)
    try:
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -131072")  # 128 MiB of page cache for the bulk insert
        con.execute("BEGIN")
        quoted = ", ".join(_ident(c) for c in names)
        if geom_type != ogr.wkbNone:
            srs_id = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()[0]
            multi = geom_type in (ogr.wkbMultiPoint, ogr.wkbMultiLineString, ogr.wkbMultiPolygon)
            blobs = geometry.gpkg_blobs(srs_id, multi) if n else []
            columns = [blobs] + columns
            quoted = '"geom", ' + quoted if names else '"geom"'
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                               (table,)).fetchall()
        for trigger, _ in triggers:
            con.execute(f"DROP TRIGGER {_ident(trigger)}")
        sql = f'INSERT INTO {_ident(table)} ({quoted}) VALUES ({", ".join("?" * len(columns))})'
        bulk = BulkInsert(_ident(table), (['"geom"'] if geom_type != ogr.wkbNone else []) +
                          [_ident(c) for c in names], columns) if n and columns else None
        for start in range(0, n if not inserts_itself else 0, CHUNK):
            if _canceled(feedback):
                con.execute("ROLLBACK")
                _raise_cancelled()
            if bulk is None:
                con.executemany(sql, zip(*(c[start:start + CHUNK] for c in columns)))
            else:
                bulk.insert(con, start, min(n, start + CHUNK))
        if inserts_itself:  # a table given as small parts (``insert_rows(con, table, names, kinds)``) expands them in SQL
            inserts_itself(con, _ident(table), names, kinds)
        if _canceled(feedback):
            con.execute("ROLLBACK")
            _raise_cancelled()
        if geom_type != ogr.wkbNone and geometry is not None and n:
            b = geometry.bounds
            ok = np.isfinite(b).all(axis=1)
            if ok.any():
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                            (float(b[ok, 0].min()), float(b[ok, 1].min()), float(b[ok, 2].max()),
                             float(b[ok, 3].max()), table))
        rtree = f"rtree_{table}_geom"
        if n and geometry is not None and con.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
            low, high, count = con.execute(f"SELECT min(fid), max(fid), count(*) FROM {_ident(table)}").fetchone()
            if count != n or high - low + 1 != n:
                raise RuntimeError(f"unexpected feature ids in {table}")
            b = geometry.bounds
            ok = np.isfinite(b).all(axis=1)
            if ok.any():
                _pack_rtree(con, rtree, np.arange(low, high + 1, dtype=np.int64)[ok], b[ok])
        con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (n, table))
        for _, trigger_sql in triggers:
            con.execute(trigger_sql)
        con.execute("COMMIT")
    except sqlite3.OperationalError:
        if _canceled(feedback):  # interrupted by the progress handler: closing rolls the transaction back
            _raise_cancelled()
        raise
    finally:
        con.close()


@contextmanager
def gdal_without_fsync():
    """GDAL's SQLite writes (a GeoPackage style saved by QGIS, a layer created) without waiting for the
    disk at each commit, as the bulk insert above (``PRAGMA synchronous = OFF``): outputs are rewritten
    by running again, the tens of milliseconds of each fsync are not worth it."""
    from osgeo import gdal

    local = hasattr(gdal, "SetThreadLocalConfigOption")  # this thread only: other runs keep their setting
    get = gdal.GetThreadLocalConfigOption if local else gdal.GetConfigOption
    put = gdal.SetThreadLocalConfigOption if local else gdal.SetConfigOption
    previous = get("OGR_SQLITE_SYNCHRONOUS")
    put("OGR_SQLITE_SYNCHRONOUS", "OFF")
    try:
        yield
    finally:
        put("OGR_SQLITE_SYNCHRONOUS", previous)


def _float32_down(values: np.ndarray) -> np.ndarray:
    f = values.astype(np.float32)
    low = f.astype(np.float64) > values
    f[low] = np.nextafter(f[low], np.float32(-np.inf))
    return f


def _float32_up(values: np.ndarray) -> np.ndarray:
    f = values.astype(np.float32)
    high = f.astype(np.float64) < values
    f[high] = np.nextafter(f[high], np.float32(np.inf))
    return f


def _pack_rtree(con, rtree: str, ids: np.ndarray, bounds: np.ndarray) -> None:
    """Fill an empty SQLite R*Tree (``rtree``: its virtual table, 2-D) in one pass: a packed tree built
    bottom-up (Sort-Tile-Recursive leaves), written straight into its shadow tables. SQLite inserting one
    box at a time costs ~20 µs per feature; this costs about 1 µs. Boxes are rounded outwards to float32
    as SQLite does."""
    node_size = con.execute(f"SELECT length(data) FROM {_ident(rtree + '_node')} WHERE nodeno = 1").fetchone()[0]
    capacity = min((node_size - 4) // 24, 51)
    n = ids.size
    boxes = np.column_stack([bounds[:, 0], bounds[:, 2], bounds[:, 1], bounds[:, 3]])  # minx maxx miny maxy
    # leaves: sort by x in vertical slices, by y within each slice
    cx, cy = (bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2
    leaves = -(-n // capacity)
    slices = int(np.ceil(np.sqrt(leaves)))
    by_x = np.argsort(cx, kind="stable")
    slice_of = np.empty(n, dtype=np.int64)
    slice_of[by_x] = np.arange(n) // (slices * capacity)
    order = np.lexsort((cy, slice_of))
    child_ids, child_boxes = ids[order].astype(np.int64), boxes[order]
    next_node = 2
    node_rows, parent_rows, rowid_rows = [], [], None
    depth = 0
    while True:
        count = child_ids.size
        groups = -(-count // capacity)
        root = groups == 1
        numbers = np.array([1], dtype=np.int64) if root else np.arange(next_node, next_node + groups, dtype=np.int64)
        next_node += 0 if root else groups
        group_of = np.arange(count) // capacity
        if rowid_rows is None:
            rowid_rows = (child_ids, numbers[group_of])
        else:
            parent_rows.append((child_ids, numbers[group_of]))
        cells = np.zeros(count, dtype=[("id", ">i8"), ("box", ">f4", (4,))])
        cells["id"] = child_ids
        cells["box"][:, 0] = _float32_down(child_boxes[:, 0])
        cells["box"][:, 1] = _float32_up(child_boxes[:, 1])
        cells["box"][:, 2] = _float32_down(child_boxes[:, 2])
        cells["box"][:, 3] = _float32_up(child_boxes[:, 3])
        raw = cells.tobytes()
        starts = np.arange(groups) * capacity
        sizes = np.minimum(capacity, count - starts)
        for g in range(groups):
            head = struct.pack(">HH", depth if root else 0, int(sizes[g]))
            body = raw[starts[g] * 24:(starts[g] + sizes[g]) * 24]
            node_rows.append((int(numbers[g]), head + body + bytes(node_size - 4 - len(body))))
        if root:
            break
        reduce = np.minimum.reduceat, np.maximum.reduceat
        child_boxes = np.column_stack([reduce[0](child_boxes[:, 0], starts), reduce[1](child_boxes[:, 1], starts),
                                       reduce[0](child_boxes[:, 2], starts), reduce[1](child_boxes[:, 3], starts)])
        child_ids = numbers
        depth += 1
    con.execute(f"DELETE FROM {_ident(rtree + '_node')}")
    con.executemany(f"INSERT INTO {_ident(rtree + '_node')} (nodeno, data) VALUES (?, ?)", node_rows)
    con.executemany(f"INSERT INTO {_ident(rtree + '_rowid')} (rowid, nodeno) VALUES (?, ?)",
                    zip(rowid_rows[0].tolist(), rowid_rows[1].tolist()))
    for children, parents in parent_rows:
        con.executemany(f"INSERT INTO {_ident(rtree + '_parent')} (nodeno, parentnode) VALUES (?, ?)",
                        zip(children.tolist(), parents.tolist()))


pack_rtree = _pack_rtree  #: public name for algorithms filling GeoPackage templates of their own (ZAE's CNIG copy)


def _ident(name: str) -> str:
    """An SQL identifier (layer names come from file names: « l'îlot "nord" » must work)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except OSError:
            pass


def _write_sink(algorithm, parameters, key, context, fields, kinds, frame, wkb_type, crs, geometry, feedback):
    """Any non-GeoPackage destination: the QGIS sink, fed in large batches."""
    destination = algorithm.parameterAsOutputLayer(parameters, key, context)
    file_path = Path(destination.split("|")[0]) if destination and "://" not in destination else None
    existed = bool(file_path and file_path.suffix and file_path.exists())
    sink, dest = algorithm.parameterAsSink(parameters, key, context, fields,
                                           wkb_type if geometry is not None else QgsWkbTypes.Type.NoGeometry,
                                           crs or QgsCoordinateReferenceSystem())
    if sink is None:
        return None
    columns = [column_values(frame[name], kind) for name, kind in zip(fields.names(), kinds)]
    multi = geometry is not None and QgsWkbTypes.isMultiType(wkb_type)
    n = len(frame)
    try:
        for start in range(0, n, CHUNK):
            if _canceled(feedback):
                _raise_cancelled()
            batch = []
            for offset, row in enumerate(zip(*(c[start:start + CHUNK] for c in columns)) if columns
                                         else ([] for _ in range(min(CHUNK, n - start)))):
                feature = QgsFeature(fields)
                feature.setAttributes(list(row))
                if geometry is not None:
                    g = geometry.qgs(start + offset, multi)
                    if g is not None:
                        feature.setGeometry(g)
                batch.append(feature)
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        if _canceled(feedback):
            _raise_cancelled()
    except QgsProcessingException:
        del sink
        if file_path is not None and not existed:
            if file_path.suffix.lower() == ".shp":
                QgsVectorFileWriter.deleteShapeFile(str(file_path))
            else:
                _remove_file(file_path)
        raise
    return dest


# --------------------------------------------------------------------------------------------------
# rasters
# --------------------------------------------------------------------------------------------------
def write_geotiff(path: str, bands: Sequence[np.ndarray], names: Sequence[str], geotransform: Sequence[float],
                  crs: QgsCoordinateReferenceSystem, nodata: float, feedback=None) -> str:
    """A tiled, compressed Float32 GeoTIFF (one band per array, named), removed again if cancelled.
    DEFLATE at level 1 without predictor: on Gi* z-scores and classes as small as with the floating-point
    predictor and 40 % faster to write (the predictor pays off on smooth fields, not on these)."""
    from osgeo import gdal

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    rows, cols = bands[0].shape
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(target), cols, rows, len(bands), gdal.GDT_Float32,
                       ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"])
    if ds is None:
        raise QgsProcessingException(f"Impossible de créer {path}.\nCannot create {path}.")
    ds.SetGeoTransform([float(v) for v in geotransform])
    srs = _osr(crs)
    if srs is not None:
        ds.SetProjection(srs.ExportToWkt())
    try:
        for i, (array, name) in enumerate(zip(bands, names), start=1):
            if _canceled(feedback):
                _raise_cancelled()
            band = ds.GetRasterBand(i)
            band.SetNoDataValue(float(nodata))
            band.SetDescription(name)
            array = np.asarray(array)
            band.WriteArray(array if array.dtype.kind == "f" else array.astype(np.float32))  # GDAL: to Float32
        if _canceled(feedback):
            _raise_cancelled()
        ds.FlushCache()
        ds = None
    except BaseException:
        ds = None
        driver.Delete(str(target)) if target.exists() else None
        raise
    return str(target)


class _StyledRaster(QgsProcessingLayerPostProcessorInterface):
    """Applies the raster's QML style and map-reader name when QGIS loads the result."""

    def __init__(self, style: str, name: str):
        super().__init__()
        self.style, self.name = style, name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        from ..toolbelt.resources import style_path

        path = style_path(self.style)
        if path.exists():
            layer.loadNamedStyle(str(path))
            layer.triggerRepaint()
        layer.setName(self.name)


_KEEP_ALIVE: List[QgsProcessingLayerPostProcessorInterface] = []


def style_raster_output(context: QgsProcessingContext, path: str, style: str, name: str) -> None:
    """The style as a sidecar ``.qml`` (QGIS applies it whenever the GeoTIFF is opened) and on loading."""
    import shutil

    from ..toolbelt.resources import style_path

    qml = style_path(style)
    if qml.exists():
        shutil.copyfile(qml, Path(path).with_suffix(".qml"))
    if context.willLoadLayerOnCompletion(path):
        details = context.layerToLoadOnCompletionDetails(path)
        details.name = name
        processor = _StyledRaster(style, name)
        _KEEP_ALIVE.append(processor)
        details.setPostProcessor(processor)
