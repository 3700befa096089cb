"""Areas of many small polygons inside a few hundred zones (communes), without a full GIS overlay.

Most OCS GE polygons lie wholly inside one commune: a raster of the commune boundaries (cells
touched by a boundary, dilated by one cell) and its summed-area table tell, for every polygon at
once, whether its bounding box meets a boundary. Those that do not take their whole area and the
zone of their box centre (a vectorised point-in-polygon per zone). Only the others are cut, by
:mod:`overlay_batch` (whole arrays on shapely 2, pair by pair on shapely 1.8).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np
import shapely
from shapely import wkb as shapely_wkb
from shapely.prepared import prep

SHAPELY2 = hasattr(shapely, "from_wkb")
MAX_CELLS_PER_AXIS = 2048
MIN_CELL = 5.0


def from_wkb(blobs: Sequence[bytes]):
    """WKB → geometries (a numpy object array)."""
    if SHAPELY2:
        return shapely.from_wkb(np.asarray(blobs, dtype=object))
    out = np.empty(len(blobs), dtype=object)
    for i, blob in enumerate(blobs):  # element by element: numpy would unpack multi-part geometries
        out[i] = shapely_wkb.loads(bytes(blob)) if blob is not None else None
    return out


def to_wkb(geoms) -> List[bytes]:
    if SHAPELY2:
        return list(shapely.to_wkb(np.asarray(geoms, dtype=object)))
    return [g.wkb for g in geoms]


def areas(geoms) -> np.ndarray:
    if SHAPELY2:
        return shapely.area(np.asarray(geoms, dtype=object))
    return np.fromiter((g.area for g in geoms), dtype=float, count=len(geoms))


def bounds(geoms, canceled: Callable[[], bool] = lambda: False, chunk: int = 20_000) -> np.ndarray:
    """(n, 4) bounds; computed by chunks so that a cancel is seen within a fraction of a second."""
    if len(geoms) > chunk:
        parts = []
        for start in range(0, len(geoms), chunk):
            if canceled():
                return np.full((len(geoms), 4), np.nan)
            parts.append(bounds(geoms[start:start + chunk], chunk=chunk))
        return np.vstack(parts)
    if SHAPELY2:
        return shapely.bounds(np.asarray(geoms, dtype=object))
    out = np.empty((len(geoms), 4))
    for i, g in enumerate(geoms):
        out[i] = g.bounds if g is not None and not g.is_empty else (np.nan,) * 4
    return out


def contains_xy(geom, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    if SHAPELY2:
        shapely.prepare(geom)
        return shapely.contains_xy(geom, x, y)
    from shapely import vectorized
    return vectorized.contains(prep(geom), x, y)


def _rings(geom):
    polygons = getattr(geom, "geoms", [geom])
    for polygon in polygons:
        if polygon.is_empty:
            continue
        yield np.asarray(polygon.exterior.coords)
        for interior in polygon.interiors:
            yield np.asarray(interior.coords)


@dataclass
class Zones:
    """Zone polygons (e.g. communes, EPSG:2154) indexed for :func:`overlay_areas`."""

    geoms: list
    x0: float = 0.0
    y0: float = 0.0
    cell: float = 1.0
    nx: int = 0
    ny: int = 0
    summed: np.ndarray = None
    bbox: np.ndarray = None
    _tree: Optional[tuple] = None  # STRtree + prepared zones, made by :mod:`overlay_batch`

    @classmethod
    def build(cls, geoms: Sequence) -> "Zones":
        zones = cls(list(geoms))
        zones.bbox = bounds(zones.geoms)
        minx, miny = np.nanmin(zones.bbox[:, 0]), np.nanmin(zones.bbox[:, 1])
        maxx, maxy = np.nanmax(zones.bbox[:, 2]), np.nanmax(zones.bbox[:, 3])
        zones.cell = max(MIN_CELL, max(maxx - minx, maxy - miny) / MAX_CELLS_PER_AXIS)
        zones.x0, zones.y0 = minx - 2 * zones.cell, miny - 2 * zones.cell
        zones.nx = int(math.ceil((maxx - zones.x0) / zones.cell)) + 3
        zones.ny = int(math.ceil((maxy - zones.y0) / zones.cell)) + 3
        mask = np.zeros((zones.ny, zones.nx), dtype=bool)
        step = zones.cell / 2.0
        for geom in zones.geoms:
            for ring in _rings(geom):
                start, end = ring[:-1], ring[1:]
                lengths = np.hypot(*(end - start).T)
                counts = np.maximum(1, np.ceil(lengths / step).astype(np.int64)) + 1
                seg = np.repeat(np.arange(len(start)), counts)
                t = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
                t = t / np.repeat(counts - 1, counts)
                pts = start[seg] + (end[seg] - start[seg]) * t[:, None]
                ix = ((pts[:, 0] - zones.x0) / zones.cell).astype(np.int64)
                iy = ((pts[:, 1] - zones.y0) / zones.cell).astype(np.int64)
                mask[iy, ix] = True
        dilated = mask.copy()
        dilated[1:, :] |= mask[:-1, :]
        dilated[:-1, :] |= mask[1:, :]
        grown = dilated.copy()
        grown[:, 1:] |= dilated[:, :-1]
        grown[:, :-1] |= dilated[:, 1:]
        summed = np.zeros((zones.ny + 1, zones.nx + 1), dtype=np.int32)
        np.cumsum(grown, axis=1, dtype=np.int32, out=summed[1:, 1:])
        np.cumsum(summed[1:, 1:], axis=0, out=summed[1:, 1:])
        zones.summed = summed
        return zones

    def cells_of(self, b: np.ndarray):
        ix0 = np.floor((b[:, 0] - self.x0) / self.cell).astype(np.int64)
        iy0 = np.floor((b[:, 1] - self.y0) / self.cell).astype(np.int64)
        ix1 = np.floor((b[:, 2] - self.x0) / self.cell).astype(np.int64)
        iy1 = np.floor((b[:, 3] - self.y0) / self.cell).astype(np.int64)
        return ix0, iy0, ix1, iy1

    def clean(self, b: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(clean, outside): box meets no boundary cell / box lies outside the zones' extent."""
        ix0, iy0, ix1, iy1 = self.cells_of(b)
        outside = (ix1 < 0) | (iy1 < 0) | (ix0 >= self.nx) | (iy0 >= self.ny) | np.isnan(b).any(axis=1)
        inside = (ix0 >= 0) & (iy0 >= 0) & (ix1 < self.nx) & (iy1 < self.ny)
        a0, b0 = np.clip(ix0, 0, self.nx - 1), np.clip(iy0, 0, self.ny - 1)
        a1, b1 = np.clip(ix1, 0, self.nx - 1) + 1, np.clip(iy1, 0, self.ny - 1) + 1
        s = self.summed
        hits = s[b1, a1] - s[b0, a1] - s[b1, a0] + s[b0, a0]
        return inside & (hits == 0), outside

    def zone_of_points(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Zone index of each point (−1 outside every zone); points are away from boundaries."""
        result = np.full(len(x), -1, dtype=np.int64)
        order = np.argsort(x, kind="stable")
        xs = x[order]
        for j, geom in enumerate(self.geoms):
            minx, miny, maxx, maxy = self.bbox[j]
            lo, hi = np.searchsorted(xs, minx, "left"), np.searchsorted(xs, maxx, "right")
            if lo >= hi:
                continue
            idx = order[lo:hi]
            idx = idx[(y[idx] >= miny) & (y[idx] <= maxy) & (result[idx] < 0)]
            if len(idx):
                result[idx[contains_xy(geom, x[idx], y[idx])]] = j
        return result


@dataclass
class Overlay:
    """Polygon i ∩ zone j: one row per pair with a positive area (m² in the layer's unit)."""

    polygon: np.ndarray
    zone: np.ndarray
    area: np.ndarray
    geometry: Optional[list] = None  # clipped geometries, when asked for


def overlay_areas(blobs: Sequence[bytes], zones: Zones, keep_geometry: bool = False,
                  poly_bounds: Optional[np.ndarray] = None, poly_areas: Optional[np.ndarray] = None,
                  canceled: Callable[[], bool] = lambda: False) -> Overlay:
    """Area of every WKB polygon inside every zone it meets (exact: GEOS intersection where it is cut).

    Geometry objects are built only for the polygons that cross a zone border (and for all kept
    ones when ``keep_geometry``): the others need only their bounds and area (:mod:`wkb_stats`).
    """
    from .wkb_stats import wkb_bounds_areas

    n = len(blobs)
    if n == 0:
        return Overlay(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [] if keep_geometry else None)
    if poly_bounds is None or poly_areas is None:
        poly_bounds, poly_areas = wkb_bounds_areas(blobs, canceled)
    b, whole_area = poly_bounds, poly_areas
    if canceled():
        return Overlay(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [] if keep_geometry else None)
    clean, outside = zones.clean(b)
    clean_idx = np.nonzero(clean)[0]
    cx = (b[clean_idx, 0] + b[clean_idx, 2]) / 2.0
    cy = (b[clean_idx, 1] + b[clean_idx, 3]) / 2.0
    zone = zones.zone_of_points(cx, cy)
    keep = zone >= 0
    polygons = [clean_idx[keep]]
    zone_ids = [zone[keep]]
    area_parts = [whole_area[clean_idx[keep]]]
    geometry = list(from_wkb([blobs[i] for i in clean_idx[keep]])) if keep_geometry else None

    dirty = np.nonzero(~clean & ~outside)[0]
    from .overlay_batch import cut_by_zones, cut_by_zones_loop

    cut = cut_by_zones if SHAPELY2 else cut_by_zones_loop
    d_poly, d_zone, d_area, d_geom = cut(from_wkb([blobs[i] for i in dirty]), whole_area[dirty], zones,
                                         keep_geometry, canceled)
    geometry = geometry + list(d_geom) if keep_geometry else None
    return Overlay(np.concatenate(polygons + [dirty[d_poly]]), np.concatenate(zone_ids + [d_zone]),
                   np.concatenate(area_parts + [d_area]), geometry)
