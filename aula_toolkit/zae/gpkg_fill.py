"""Fill a copy of the CNIG GeoPackage template straight through sqlite3 (no QGIS feature per row): rows
are inserted in bulk, with GeoPackage binary headers carrying the envelope; the template's R-tree triggers
get the ST_* functions they call, read from that envelope."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..fields import INTEGER, REAL, FieldSpec
from ..sqlbulk import BulkInsert

_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags (LE, envelope xy, not empty), srs, minx maxx miny maxy


def blob(wkb: Optional[bytes], box: Sequence[float], srs: int = 2154) -> Optional[bytes]:
    """WKB → GeoPackage binary geometry with an xy envelope (box = xmin, ymin, xmax, ymax)."""
    if wkb is None:
        return None
    return _HEADER.pack(b"GP", 0, 0b00000011, srs, box[0], box[2], box[1], box[3]) + wkb


_HEADER_DTYPE = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("env", "<f8", (4,))])


def blobs(wkbs: Sequence[Optional[bytes]], boxes: np.ndarray, ok: np.ndarray, srs: int = 2154) -> list:
    """:func:`blob` of every row (None where ``ok`` is False), the headers built in one numpy array."""
    head = np.zeros(len(wkbs), dtype=_HEADER_DTYPE)
    head["magic"], head["flags"], head["srs"] = b"GP", 0b00000011, srs
    if len(wkbs):
        head["env"] = np.asarray(boxes, dtype=float).reshape(-1, 4)[:, [0, 2, 1, 3]]
    heads = head.view(f"V{_HEADER_DTYPE.itemsize}").ravel().tolist()
    return [h + w if k else None for h, w, k in zip(heads, wkbs, np.asarray(ok, dtype=bool).tolist())]


_POINT_DTYPE = np.dtype([("bo", "u1"), ("type", "<u4"), ("parts", "<u4"), ("bo1", "u1"), ("type1", "<u4"),
                         ("x", "<f8"), ("y", "<f8")])


def multipoint_wkbs(xs: np.ndarray, ys: np.ndarray) -> list:
    """One-point MultiPoint WKB (little-endian) per coordinate pair; None where a coordinate is not finite."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    rec = np.zeros(len(xs), dtype=_POINT_DTYPE)
    rec["bo"], rec["type"], rec["parts"], rec["bo1"], rec["type1"] = 1, 4, 1, 1, 1
    rec["x"], rec["y"] = xs, ys
    out = rec.view(f"V{_POINT_DTYPE.itemsize}").ravel().tolist()
    for i in np.nonzero(~(np.isfinite(xs) & np.isfinite(ys)))[0].tolist():
        out[i] = None
    return out


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


def fill(path: Path, tables: Dict[str, Tuple[pd.DataFrame, List[Optional[bytes]], np.ndarray]],
         additions: Dict[str, List[FieldSpec]], srs: int = 2154,
         pack_rtree: Optional[Callable] = None, cancelled: Optional[Callable[[], bool]] = None,
         chunk: int = 50_000) -> Dict[str, int]:
    """Insert ``tables`` {layer: (attributes, WKB per row, boxes per row)} into the empty layers of the
    GeoPackage ``path``; columns absent from a layer are ignored, ``additions`` are added first. The R-tree
    is filled by ``pack_rtree(con, rtree, ids, boxes)`` when given (bulk), else row by row. ``cancelled``
    is polled between chunks: on True nothing is committed and InterruptedError is raised."""
    written = {}
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        _register(con)
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -131072")
        con.execute("BEGIN")
        for name, (frame, wkbs, boxes) in tables.items():
            existing = [r[1] for r in con.execute(f'pragma table_info("{name}")')]
            for spec in additions.get(name, []):
                if spec.name not in existing:
                    kind = "INTEGER" if spec.kind == INTEGER else "REAL" if spec.kind == REAL else "TEXT"
                    con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{spec.name}" {kind}')
                    existing.append(spec.name)
            cols = [c for c in frame.columns if c in existing and c not in ("fid", "geom")]
            values = [_plain(frame[c]) for c in cols]
            boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
            ok = np.array([w is not None for w in wkbs], dtype=bool) & np.isfinite(boxes).all(axis=1)
            geoms = blobs(wkbs, boxes, ok, srs)
            # bulk load: the table's triggers (R-tree, feature count) are lifted, then replayed once
            triggers = con.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ?",
                                   (name,)).fetchall()
            for trigger, _ in triggers:
                con.execute(f'DROP TRIGGER "{trigger}"')
            start = con.execute(f'select coalesce(max(fid), 0) from "{name}"').fetchone()[0]
            bulk = BulkInsert(f'"{name}"', ['"geom"'] + [f'"{c}"' for c in cols], [geoms, *values])
            for lo in range(0, len(geoms), chunk):
                if cancelled is not None and cancelled():
                    con.execute("ROLLBACK")
                    raise InterruptedError("cancelled")
                bulk.insert(con, lo, min(len(geoms), lo + chunk))
            rtree = f"rtree_{name}_geom"
            if ok.any() and con.execute("select 1 from sqlite_master where name = ?", (rtree,)).fetchone():
                fids = np.arange(start + 1, start + 1 + len(geoms), dtype=np.int64)[ok]
                empty = con.execute(f'select count(*) from "{rtree}"').fetchone()[0] == 0
                if pack_rtree is not None and empty:
                    pack_rtree(con, rtree, fids, boxes[ok])
                else:
                    con.executemany(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)',
                                    ((int(f), float(b[0]), float(b[2]), float(b[1]), float(b[3]))
                                     for f, b in zip(fids, boxes[ok])))
            if con.execute("select 1 from sqlite_master where name = 'gpkg_ogr_contents'").fetchone():
                con.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM \"%s\") "
                            "WHERE lower(table_name) = lower(?)" % name, (name,))
            for _, sql in triggers:
                con.execute(sql)
            finite = boxes[ok]
            if len(finite):
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
                            (float(finite[:, 0].min()), float(finite[:, 1].min()), float(finite[:, 2].max()),
                             float(finite[:, 3].max()), name))
            written[name] = len(geoms)
        con.execute("COMMIT")
    finally:
        con.close()
    return written


def _plain(series: pd.Series) -> list:
    """Plain Python values (NULL for NaN/NaT/None) without a Python call per value where the dtype allows."""
    missing = series.isna().to_numpy()
    if series.dtype != object:
        values = series.to_numpy()
        if values.dtype.kind in "mM":
            values = series.astype(str).to_numpy(dtype=object)
        out = values.astype(object)
        out[missing] = None
        return out.tolist()
    values = series.to_numpy(dtype=object).copy()
    values[missing] = None
    if any(isinstance(v, np.generic) for v in values[:1000]):
        return [v.item() if isinstance(v, np.generic) else v for v in values.tolist()]
    return values.tolist()
