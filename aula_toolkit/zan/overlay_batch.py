"""Shapely 2 batch cut of the polygons that meet a zone border: whole arrays, no per-pair Python loop.

One STRtree bulk ``query`` gives every (polygon, zone) pair whose boxes meet; against the prepared
zones a vectorised ``contains_properly`` keeps the whole area of the polygons lying inside one zone,
a vectorised ``intersects`` drops the pairs that only share boxes, and the remaining few pairs are cut
by one vectorised ``intersection`` (GEOS clips the large zone to the small polygon's envelope first).
Used by :func:`overlay.overlay_areas` on shapely 2; shapely 1.8 keeps the tiled loop of :mod:`overlay`.
"""

from __future__ import annotations

from typing import Callable, Optional, Tuple

import numpy as np

CHUNK = 50_000


def zone_tree(zones):
    """STRtree of the zone polygons and the prepared zones, built once per :class:`overlay.Zones`."""
    import shapely

    if getattr(zones, "_tree", None) is None:
        geoms = np.asarray(zones.geoms, dtype=object)
        shapely.prepare(geoms)
        zones._tree = (shapely.STRtree(geoms), geoms)
    return zones._tree


def cut_by_zones(geoms: np.ndarray, whole_area: np.ndarray, zones, keep_geometry: bool = False,
                 canceled: Callable[[], bool] = lambda: False
                 ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, Optional[list]]:
    """(polygon index, zone index, area, clipped geometries or None) of every pair with a positive area."""
    import shapely

    tree, zone_geoms = zone_tree(zones)
    out_poly, out_zone, out_area, out_geom = [], [], [], []
    for start in range(0, len(geoms), CHUNK):
        if canceled():
            break
        part = geoms[start:start + CHUNK]
        poly, zone = tree.query(part)
        inside = shapely.contains_properly(zone_geoms[zone], part[poly])
        rest = np.nonzero(~inside)[0]
        touching = rest[shapely.intersects(zone_geoms[zone[rest]], part[poly[rest]])]
        pieces = shapely.intersection(part[poly[touching]], zone_geoms[zone[touching]])
        cut_area = shapely.area(pieces)
        positive = cut_area > 0
        inside_idx = np.nonzero(inside)[0]
        out_poly += [start + poly[inside_idx], start + poly[touching[positive]]]
        out_zone += [zone[inside_idx], zone[touching[positive]]]
        out_area += [whole_area[start + poly[inside_idx]], cut_area[positive]]
        if keep_geometry:
            out_geom += [part[poly[inside_idx]], pieces[positive]]
    if not out_poly:
        empty = np.zeros(0, np.int64)
        return empty, empty, np.zeros(0), [] if keep_geometry else None
    geometry = list(np.concatenate(out_geom)) if keep_geometry else None
    return (np.concatenate(out_poly).astype(np.int64), np.concatenate(out_zone).astype(np.int64),
            np.concatenate(out_area).astype(float), geometry)


def cut_by_zones_loop(geoms, whole_area: np.ndarray, zones, keep_geometry: bool = False,
                      canceled: Callable[[], bool] = lambda: False
                      ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, Optional[list]]:
    """Shapely 1.8 form of :func:`cut_by_zones`: the same tests, pair by pair (STRtree ``query_items``,
    prepared zones); a polygon inside one zone takes its whole area and stops there."""
    import warnings

    from shapely.prepared import prep
    from shapely.strtree import STRtree

    if getattr(zones, "_tree", None) is None:
        with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 API, not used here
            warnings.simplefilter("ignore")
            zones._tree = (STRtree(list(zones.geoms)), [prep(g) for g in zones.geoms])
    tree, prepared = zones._tree
    out_poly, out_zone, out_area, out_geom = [], [], [], []
    for k, geom in enumerate(geoms):
        if k % 2000 == 0 and canceled():
            break
        candidates = sorted(tree.query_items(geom))
        for j in candidates:
            if prepared[j].contains_properly(geom):
                out_poly.append(k)
                out_zone.append(j)
                out_area.append(whole_area[k])
                if keep_geometry:
                    out_geom.append(geom)
                break
        else:
            for j in candidates:
                if not prepared[j].intersects(geom):
                    continue
                piece = geom.intersection(zones.geoms[j])
                area = piece.area
                if area > 0:
                    out_poly.append(k)
                    out_zone.append(j)
                    out_area.append(area)
                    if keep_geometry:
                        out_geom.append(piece)
    return (np.asarray(out_poly, dtype=np.int64), np.asarray(out_zone, dtype=np.int64),
            np.asarray(out_area, dtype=float), out_geom if keep_geometry else None)
