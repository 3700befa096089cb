"""A tiny GeoPackage reader (sqlite3 + WKB) so the core, its tests and the benchmark read the demo data
without QGIS or GDAL. Read-only; geometries come back as shapely objects."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import List, Optional, Tuple

import pandas as pd
from shapely import wkb

_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def geometry_from_blob(blob):
    """GeoPackage binary geometry → shapely geometry (None for NULL / empty)."""
    if blob is None:
        return None
    blob = bytes(blob)
    if blob[:2] != b"GP":
        return wkb.loads(blob)
    flags = blob[3]
    if flags & 0b10000:  # empty geometry flag
        return None
    offset = 8 + _ENVELOPE[(flags >> 1) & 0b111]
    return wkb.loads(blob[offset:])


def layers(path) -> List[Tuple[str, int]]:
    with closing(sqlite3.connect(str(path))) as con, con:
        return con.execute("select table_name, srs_id from gpkg_contents").fetchall()


def read_layer(path, layer: Optional[str] = None, where: str = "") -> Tuple[pd.DataFrame, list, int]:
    """(attributes, shapely geometries, EPSG code) of one layer of a GeoPackage."""
    path = Path(path)
    with closing(sqlite3.connect(str(path))) as con, con:
        if layer is None:
            layer = con.execute("select table_name from gpkg_contents limit 1").fetchone()[0]
        row = con.execute(
            "select column_name, srs_id from gpkg_geometry_columns where table_name = ?", (layer,)).fetchone()
        frame = pd.read_sql_query(f'select * from "{layer}" {where}', con)
    if row is None:  # attribute-only table
        return frame, [None] * len(frame), 0
    geom_col, srs = row
    blobs = frame.pop(geom_col).tolist()
    return frame, [geometry_from_blob(b) for b in blobs], int(srs)
