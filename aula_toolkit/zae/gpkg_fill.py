"""Fill a copy of the CNIG GeoPackage template straight through sqlite3 (no QGIS feature per row): rows
are inserted in bulk, with GeoPackage binary headers carrying the envelope; the template's R-tree triggers
get the ST_* functions they call, read from that envelope."""

from __future__ import annotations

import sqlite3
from contextlib import closing
import struct
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from shapely import wkb as shapely_wkb

from ..fields import INTEGER, REAL, FieldSpec

_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags (LE, envelope xy, not empty), srs, minx maxx miny maxy


def blob(wkb: Optional[bytes], box: Sequence[float], srs: int = 2154) -> Optional[bytes]:
    """WKB → GeoPackage binary geometry with an xy envelope (box = xmin, ymin, xmax, ymax)."""
    if wkb is None:
        return None
    return _HEADER.pack(b"GP", 0, 0b00000011, srs, box[0], box[2], box[1], box[3]) + wkb


def _envelope(value) -> Optional[Tuple[float, float, float, float]]:
    if value is None or len(value) < 8 + 32 or value[:2] != b"GP":
        return None
    return struct.unpack_from("<4d", value, 8)  # minx, maxx, miny, maxy


def _register(con: sqlite3.Connection) -> None:
    con.create_function("ST_IsEmpty", 1, lambda g: 0 if g is not None and len(g) > 8 and not (g[3] & 0b10000) else 1,
                        deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, lambda g, i=i: (_envelope(g) or (None,) * 4)[i], deterministic=True)


def as_multipolygon(wkb: bytes) -> bytes:
    """Polygon WKB → MultiPolygon WKB of one part (little-endian header); MultiPolygons unchanged."""
    kind = struct.unpack_from("<I" if wkb[0] == 1 else ">I", wkb, 1)[0] % 1000
    if kind == 6:
        return wkb
    return struct.pack("<BII", 1, 6, 1) + wkb


def largest_polygon(raw) -> Optional[bytes]:
    """A single 2D Polygon WKB from a WKB or shapely (multi)polygon: the largest part."""
    if raw is None:
        return None
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw)
        if raw[0] == 1 and struct.unpack_from("<I", raw, 1)[0] == 3:
            return raw
        raw = shapely_wkb.loads(raw)
    shape = raw
    if shape.is_empty:
        return None
    if shape.geom_type == "MultiPolygon":
        shape = max(shape.geoms, key=lambda p: p.area)
    return shapely_wkb.dumps(shape, output_dimension=2)


def fill(path: Path, tables: Dict[str, Tuple[pd.DataFrame, List[Optional[bytes]], np.ndarray]],
         additions: Dict[str, List[FieldSpec]], srs: int = 2154) -> Dict[str, int]:
    """Insert ``tables`` {layer: (attributes, WKB per row, boxes per row)} into the GeoPackage ``path``;
    columns absent from a layer are ignored, ``additions`` are added first. Returns rows written."""
    written = {}
    con = sqlite3.connect(str(path))
    try:
        _register(con)
        con.execute("PRAGMA synchronous = OFF")
        for name, (frame, wkbs, boxes) in tables.items():
            existing = [r[1] for r in con.execute(f'pragma table_info("{name}")')]
            for spec in additions.get(name, []):
                if spec.name not in existing:
                    kind = "INTEGER" if spec.kind == INTEGER else "REAL" if spec.kind == REAL else "TEXT"
                    con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{spec.name}" {kind}')
                    existing.append(spec.name)
            cols = [c for c in frame.columns if c in existing and c not in ("fid", "geom")]
            values = [_plain(frame[c]) for c in cols]
            ok = [w is not None and bool(np.isfinite(b).all()) for w, b in zip(wkbs, boxes)]
            geoms = [blob(w, b, srs) if k else None for w, b, k in zip(wkbs, boxes, ok)]
            # bulk load: the table's triggers (R-tree, feature count) are lifted, then replayed once
            triggers = con.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ?",
                                   (name,)).fetchall()
            for trigger, _ in triggers:
                con.execute(f'DROP TRIGGER "{trigger}"')
            start = con.execute(f'select coalesce(max(fid), 0) from "{name}"').fetchone()[0]
            rows = zip(geoms, *values) if cols else ((g,) for g in geoms)
            names = ", ".join(['"geom"'] + [f'"{c}"' for c in cols])
            marks = ", ".join(["?"] * (len(cols) + 1))
            con.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
            rtree = f"rtree_{name}_geom"
            if con.execute("select 1 from sqlite_master where name = ?", (rtree,)).fetchone():
                fids = np.arange(start + 1, start + 1 + len(geoms))
                con.executemany(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                                ((int(f), float(b[0]), float(b[2]), float(b[1]), float(b[3]))
                                 for f, b, k in zip(fids, boxes, ok) if k))
            if con.execute("select 1 from sqlite_master where name = 'gpkg_ogr_contents'").fetchone():
                con.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM \"%s\") "
                            "WHERE lower(table_name) = lower(?)" % name, (name,))
            for _, sql in triggers:
                con.execute(sql)
            finite = boxes[np.isfinite(boxes).all(axis=1)] if len(boxes) else boxes
            if len(finite):
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
                            (float(finite[:, 0].min()), float(finite[:, 1].min()), float(finite[:, 2].max()),
                             float(finite[:, 3].max()), name))
            written[name] = len(geoms)
        con.commit()
    finally:
        con.close()
    return written


def fill_table(path: Path, name: str, frame: pd.DataFrame, wkbs: List[Optional[bytes]], boxes: np.ndarray) -> int:
    """Bulk-insert rows into an existing (empty) feature table of a GeoPackage made by QGIS/OGR; the SRS
    is the table's own."""
    with closing(sqlite3.connect(str(path))) as con, con:
        row = con.execute("select srs_id, column_name from gpkg_geometry_columns where table_name = ?",
                          (name,)).fetchone()
    srs, geom_col = row
    if geom_col != "geom":
        raise ValueError(f"unexpected geometry column {geom_col}")
    return fill(path, {name: (frame, wkbs, boxes)}, {}, srs=int(srs))[name]


def _plain(series: pd.Series) -> list:
    values = series.astype(object).where(series.notna(), None).tolist()
    return [v.item() if hasattr(v, "item") else v for v in values]
