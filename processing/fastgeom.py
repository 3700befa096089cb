"""Geometries (and plain attributes) of a whole GeoPackage layer read in one SQL query each.

For the common clean case only: every geometry present, non-empty and valid, attributes of plain types
(integer, real, text). Then the WKB inside the GeoPackage blobs is what QGIS's reader gives, without a
Python object per feature (the QGIS iterator costs ~10 µs a feature). In any other case (NULL, empty or
invalid geometries, dates, booleans, blobs, shapely 1.8, unreadable file) these functions return None and
the caller reads the layer through QGIS, which lists and repairs what needs it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_PLAIN_TYPE = re.compile(r"^(INTEGER|INT|MEDIUMINT|SMALLINT|TINYINT|REAL|FLOAT|DOUBLE|TEXT(\s*\(\s*\d+\s*\))?)$",
                         re.IGNORECASE)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connect(path: Path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _geometry_column(con, table: str) -> Optional[str]:
    row = con.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                      (table,)).fetchone()
    return row[0] if row else None


def _wkbs(path: Path, table: str) -> Optional[List[bytes]]:
    """The WKB inside every GeoPackage blob, in feature id order; None if any is NULL, empty or extended."""
    try:
        con = _connect(path)
        try:
            column = _geometry_column(con, table)
            if column is None:
                return None
            g = _ident(column)
            # the WKB after the header (8 bytes + envelope); NULL for a NULL, empty or extended geometry
            start = " ".join(f"WHEN '{flags:02X}' THEN {9 + size}" for envelope, size in _ENVELOPE_BYTES.items()
                             for flags in (envelope << 1, (envelope << 1) | 1))
            wkbs = [r[0] for r in con.execute(
                f"SELECT CASE WHEN substr({g}, 1, 2) = X'4750' THEN substr({g}, CASE hex(substr({g}, 4, 1)) {start} "
                f"END) END FROM {_ident(table)} ORDER BY rowid")]
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if None in wkbs else wkbs


def clean_geometries(path: Path, table: str) -> Optional[Tuple[List[bytes], list]]:
    """``(wkb, shapely geometries)`` of every feature in feature id order, or None (see module)."""
    try:
        import shapely
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(shapely, "from_wkb"):
        return None  # shapely 1.8: no array calls
    wkbs = _wkbs(path, table)
    if wkbs is None:
        return None
    try:
        shapes = shapely.from_wkb(np.array(wkbs, dtype=object))
    except Exception:  # noqa: BLE001 (curves or anything GEOS cannot read: QGIS reads them)
        return None
    if len(shapes) and (shapely.is_empty(shapes).any() or not shapely.is_valid(shapes).all()):
        return None
    return wkbs, list(shapes)


_POINT = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def clean_points(path: Path, table: str) -> Optional[Tuple[List[bytes], np.ndarray]]:
    """``(wkb, (n, 2) coordinates)`` when every feature is a finite 2-D point in little-endian WKB (what
    GDAL and QGIS write), read from the bytes without a geometry object per point; else None."""
    wkbs = _wkbs(path, table)
    if wkbs is None or set(map(len, wkbs)) - {21}:
        return None
    points = np.frombuffer(b"".join(wkbs), dtype=_POINT)
    if not ((points["order"] == 1).all() and (points["type"] == 1).all()):
        return None
    xy = np.column_stack([points["x"], points["y"]]).reshape(-1, 2)
    return (wkbs, xy) if np.isfinite(xy).all() else None


def plain_attributes(path: Path, table: str, names: Sequence[str]) -> Optional[Dict[str, list]]:
    """``{name: values}`` in feature id order (NULL → None) when every column is an integer, a real or
    a text, as QGIS gives them; else None."""
    try:
        con = _connect(path)
        try:
            declared = {row[1]: (row[2] or "").strip() for row in con.execute(f"PRAGMA table_info({_ident(table)})")}
            if any(name not in declared or not _PLAIN_TYPE.match(declared[name]) for name in names):
                return None
            if not names:
                return {}
            rows = con.execute(f"SELECT {', '.join(_ident(n) for n in names)} FROM {_ident(table)} ORDER BY rowid"
                               ).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    columns = list(zip(*rows)) if rows else [()] * len(names)
    out = {}
    for name, values in zip(names, columns):
        kind = declared[name].upper()
        if kind.startswith(("REAL", "FLOAT", "DOUBLE")):
            values = [None if v is None else float(v) for v in values]  # a REAL column may hold an integer
        elif not kind.startswith("TEXT"):
            if any(v is not None and type(v) is not int for v in values):
                return None  # an integer column holding text or reals: QGIS converts, we do not guess
        elif any(v is not None and type(v) is not str for v in values):
            return None
        out[name] = list(values)
    return out


def whole_table(value, context) -> Optional[Tuple[Path, str]]:
    """``(file, table)`` of a parameter value that is a whole GeoPackage layer not being edited (an edit
    buffer is only seen through QGIS), else None."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsVectorLayer

    from .fastread import geopackage_layer_of

    layer = value.source.staticValue() if isinstance(value, QgsProcessingFeatureSourceDefinition) else value
    if isinstance(layer, str) and layer:
        layer = QgsProcessingUtils.mapLayerFromString(layer, context)
    if not isinstance(layer, QgsVectorLayer) or layer.isEditable():
        return None
    return geopackage_layer_of(value, context)
