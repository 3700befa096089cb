"""Geometry helpers on shapely, written for shapely 1.8 **and** 2.x (no 2-only API).

* :func:`load` — WKB/WKT/shapely → shapely geometry (the glue hands WKB bytes);
* :func:`points_in_polygons` — label of the polygon containing each point (−1 outside), vectorised
  per polygon after a sorted-x bounding-box prefilter;
* :func:`overlay_areas` — sparse matrix of intersection areas between two polygon sets (areal
  weighting), STR-tree indexed.
"""

from __future__ import annotations

import warnings
from typing import Sequence

import numpy as np
from scipy import sparse
from shapely import wkb, wkt
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep
from shapely.strtree import STRtree

try:  # shapely ≥ 2.0
    from shapely import contains_xy as _contains_xy
except ImportError:  # shapely 1.8
    from shapely.vectorized import contains as _contains_xy


def load(geometry) -> BaseGeometry:
    if isinstance(geometry, BaseGeometry):
        return geometry
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        return wkb.loads(bytes(geometry))
    if isinstance(geometry, str):
        return wkt.loads(geometry)
    raise TypeError(f"unsupported geometry {type(geometry)!r}")


def load_all(geometries) -> list:
    return [None if g is None else load(g) for g in geometries]


def contains_xy(geometry, x, y) -> np.ndarray:
    """Vectorised ``geometry contains (x, y)`` (interior; points on the boundary are outside)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.size == 0 or geometry is None or geometry.is_empty:
        return np.zeros(x.shape, dtype=bool)
    return np.asarray(_contains_xy(geometry, x, y), dtype=bool)


def points_in_polygons(x, y, polygons: Sequence) -> np.ndarray:
    """Index of the (first) polygon containing each point, −1 outside every polygon."""
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    label = np.full(x.size, -1, dtype=np.int64)
    if x.size == 0:
        return label
    order = np.argsort(x, kind="stable")
    xs = x[order]
    for i, poly in enumerate(polygons):
        if poly is None or poly.is_empty:
            continue
        xmin, ymin, xmax, ymax = poly.bounds
        lo, hi = np.searchsorted(xs, xmin, "left"), np.searchsorted(xs, xmax, "right")
        if hi <= lo:
            continue
        cand = order[lo:hi]
        cand = cand[(y[cand] >= ymin) & (y[cand] <= ymax) & (label[cand] < 0)]
        if cand.size:
            inside = contains_xy(poly, x[cand], y[cand])
            label[cand[inside]] = i
    return label


def _query_indices(tree: STRtree, geometry, source: Sequence, ids_by_object) -> np.ndarray:
    """STR-tree candidates as indices: shapely 2 returns indices, 1.8 returns geometries."""
    result = tree.query(geometry)
    if len(result) == 0:
        return np.empty(0, dtype=np.int64)
    first = result[0]
    if isinstance(first, (int, np.integer)):
        return np.asarray(result, dtype=np.int64)
    return np.array([ids_by_object[id(g)] for g in result], dtype=np.int64)


def overlay_areas(targets: Sequence, sources: Sequence) -> sparse.csr_matrix:
    """``A[t, s]`` = area of ``targets[t] ∩ sources[s]`` (same projected CRS), as CSR (n_t × n_s)."""
    valid = [(i, g) for i, g in enumerate(sources) if g is not None and not g.is_empty]
    if not valid or len(targets) == 0:
        return sparse.csr_matrix((len(targets), len(sources)))
    src_index = np.array([i for i, _ in valid], dtype=np.int64)
    src_geoms = [g for _, g in valid]
    with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 API change; we handle both
        warnings.simplefilter("ignore")
        tree = STRtree(src_geoms)
    ids_by_object = {id(g): k for k, g in enumerate(src_geoms)}
    rows, cols, vals = [], [], []
    for t, target in enumerate(targets):
        if target is None or target.is_empty:
            continue
        cand = _query_indices(tree, target, src_geoms, ids_by_object)
        if cand.size == 0:
            continue
        prepared = prep(target)
        for k in cand.tolist():
            src = src_geoms[k]
            if prepared.contains(src):
                area = src.area
            elif not prepared.intersects(src):
                continue
            else:
                area = target.intersection(src).area
            if area > 0:
                rows.append(t)
                cols.append(src_index[k])
                vals.append(area)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(targets), len(sources)))


def reproject(geometry, transform):
    """``geometry`` with every coordinate passed through ``transform(x, y) -> (x, y)`` (numpy arrays)."""
    if geometry is None or geometry.is_empty:
        return geometry
    from shapely.ops import transform as _transform

    def apply(x, y, z=None):
        tx, ty = transform(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64))
        return np.asarray(tx), np.asarray(ty)

    return _transform(apply, geometry)


def boxes(xmin, ymin, xmax, ymax) -> list:
    return [box(a, b, c, d) for a, b, c, d in zip(np.ravel(xmin).tolist(), np.ravel(ymin).tolist(),
                                                   np.ravel(xmax).tolist(), np.ravel(ymax).tolist())]


def centroids(polygons: Sequence) -> np.ndarray:
    """(n, 2) centroids (NaN for missing/empty geometries)."""
    out = np.full((len(polygons), 2), np.nan)
    for i, g in enumerate(polygons):
        if g is not None and not g.is_empty:
            c = g.centroid
            out[i] = (c.x, c.y)
    return out
