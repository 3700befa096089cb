"""Bounds and areas of millions of WKB polygons with numpy, without building geometry objects.

Most OCS GE polygons lie inside one commune and need only their bounding box and their area: parsing
the WKB structure level by level (parts, then rings) over all geometries at once and applying the
shoelace formula to the coordinates (relative to each ring's first point, for precision) gives
both in C speed on any shapely version. 2D little-endian Polygon and MultiPolygon are read here;
anything else (big-endian, Z/M, curves) falls back to shapely for those geometries only.
"""

from __future__ import annotations

from typing import Callable, List, Tuple

import numpy as np

CHUNK = 50_000


def _u32(buf: np.ndarray, pos: np.ndarray) -> np.ndarray:
    b = buf[pos[:, None] + np.arange(4)].astype(np.uint64)
    return (b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16) | (b[:, 3] << 24)).astype(np.int64)


def _walk_rings(buf, geom, part_pos, rings: List[tuple]) -> np.ndarray:
    """Record the rings of polygon parts starting at ``part_pos``; return where each part ends."""
    n_rings = _u32(buf, part_pos + 5)
    pos = part_pos + 9
    r = 0
    active = np.nonzero(n_rings > r)[0]
    while len(active):
        count = _u32(buf, pos[active])
        rings.append((geom[active], pos[active] + 4, count, np.full(len(active), r == 0)))
        pos[active] = pos[active] + 4 + 16 * count
        r += 1
        active = active[n_rings[active] > r]
    return pos


def _chunk(blobs) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = len(blobs)
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=n)
    raw = b"".join(blobs)
    buf = np.frombuffer(raw + b"\x00" * 32, dtype=np.uint8)
    starts = np.zeros(n, dtype=np.int64)
    starts[1:] = np.cumsum(lengths)[:-1]
    supported = (lengths >= 9) & (buf[starts] == 1)
    kind = np.full(n, -1, dtype=np.int64)
    kind[supported] = _u32(buf, starts[supported] + 1)
    polygon = np.nonzero(kind == 3)[0]
    multi = np.nonzero(kind == 6)[0]
    rings: List[tuple] = []
    _walk_rings(buf, polygon, starts[polygon].copy(), rings)
    n_parts = _u32(buf, starts[multi] + 5)
    cursor = starts[multi] + 9
    k = 0
    active = np.nonzero(n_parts > k)[0]
    bad_multi = np.zeros(len(multi), dtype=bool)
    while len(active):
        part = cursor[active]
        ok = (buf[part] == 1) & (_u32(buf, part + 1) == 3)
        bad_multi[active[~ok]] = True
        good = active[ok]
        cursor[good] = _walk_rings(buf, multi[good], cursor[good].copy(), rings)
        k += 1
        active = good[n_parts[good] > k]
    fallback = (kind != 3) & (kind != 6)
    fallback[multi[bad_multi]] = True

    area = np.zeros(n)
    box = np.full((n, 4), np.nan)
    if rings:
        geom = np.concatenate([r[0] for r in rings])
        offset = np.concatenate([r[1] for r in rings])
        count = np.concatenate([r[2] for r in rings])
        exterior = np.concatenate([r[3] for r in rings])
        keep = (count > 0) & ~fallback[geom]
        geom, offset, count, exterior = geom[keep], offset[keep], count[keep], exterior[keep]
        total = int(count.sum())
        first = np.cumsum(count) - count
        point_ring = np.repeat(np.arange(len(count)), count)
        x_off = np.repeat(offset, count) + 16 * (np.arange(total) - first[point_ring])
        m = (len(buf) - 8) // 8
        views = np.stack([buf[a:a + 8 * m].view("<f8") for a in range(8)])
        x = views[x_off % 8, x_off // 8]
        y = views[(x_off + 8) % 8, (x_off + 8) // 8]
        x0, y0 = x[first][point_ring], y[first][point_ring]
        dx, dy = x - x0, y - y0
        nxt = np.arange(1, total + 1)
        last = first + count - 1
        nxt[last] = last  # the closing point pairs with itself: no term
        terms = dx * dy[nxt] - dx[nxt] * dy
        ring_area = np.abs(np.add.reduceat(terms, first)) / 2.0 if total else np.zeros(0)
        area = np.bincount(geom, weights=np.where(exterior, ring_area, -ring_area), minlength=n)
        ring_box = [np.minimum.reduceat(x, first), np.minimum.reduceat(y, first),
                    np.maximum.reduceat(x, first), np.maximum.reduceat(y, first)]
        ext = np.nonzero(exterior)[0]
        g = geom[ext]
        order = np.argsort(g, kind="stable")
        g_sorted = g[order]
        starts_g = np.nonzero(np.r_[True, g_sorted[1:] != g_sorted[:-1]])[0]
        owners = g_sorted[starts_g]
        for k, (values, reduce) in enumerate(zip(ring_box, (np.minimum, np.minimum, np.maximum, np.maximum))):
            box[owners, k] = reduce.reduceat(values[ext][order], starts_g)
    return box, area, fallback


def wkb_bounds_areas(blobs, canceled: Callable[[], bool] = lambda: False):
    """(bounds (n, 4) minx miny maxx maxy, area (n,)) of WKB polygons; NaN bounds for empty ones."""
    from .overlay import areas, bounds, from_wkb

    n = len(blobs)
    out_box = np.full((n, 4), np.nan)
    out_area = np.zeros(n)
    for start in range(0, n, CHUNK):
        if canceled():
            break
        part = blobs[start:start + CHUNK]
        box, area, fallback = _chunk(part)
        if fallback.any():
            idx = np.nonzero(fallback)[0]
            geoms = from_wkb([part[i] for i in idx])
            box[idx] = bounds(geoms)
            area[idx] = areas(geoms)
        out_box[start:start + len(part)] = box
        out_area[start:start + len(part)] = area
    return out_box, out_area
