"""Graphab's planar topology: the Euclidean Voronoi of the patches on the raster and its neighbouring zones.

Graphab 2 (``Project.neighborhoodEuclid``) gives every non-habitat cell the patch whose polygon (the union of its
pixel squares) is nearest to the cell centre, in map units; two patches are planar neighbours when their zones
touch in 4-connexity. The nearest point of a union of closed squares to a cell centre is a point of the
half-cell lattice (corners, edge midpoints, centres), so one exact Euclidean distance transform on that lattice,
with the pixel sizes as sampling, reproduces the zones (ties between equidistant patches aside).
"""

from __future__ import annotations

from typing import Callable, List, Optional, Tuple

import numpy as np
from scipy import ndimage

from .cost import GRAPHAB_DIAGONAL, Cancelled
from .links import LinkSet, complete_links


def _window_voronoi(labels: np.ndarray, dx: float, dy: float):
    """Nearest patch and its distance (map units) for every cell of ``labels``, by one exact transform."""
    rows, cols = labels.shape
    lattice = np.zeros((2 * rows + 1, 2 * cols + 1), dtype=np.int32)
    for k in range(3):
        for m in range(3):
            view = lattice[k:k + 2 * rows:2, m:m + 2 * cols:2]
            np.maximum(view, labels, out=view)
    if not lattice.any():
        return np.zeros(labels.shape, dtype=np.int32), np.full(labels.shape, np.inf)
    dist, (ir, ic) = ndimage.distance_transform_edt(lattice == 0, sampling=(abs(dy) / 2.0, abs(dx) / 2.0),
                                                   return_indices=True)
    return lattice[ir[1::2, 1::2], ic[1::2, 1::2]], dist[1::2, 1::2]


def euclidean_voronoi(labels: np.ndarray, dx: float = 1.0, dy: float = 1.0, tile: int = 512,
                      cancel: Optional[Callable[[], bool]] = None) -> np.ndarray:
    """Label of the nearest patch (edge to edge, Euclidean, pixel sizes ``dx`` × ``dy``) for every cell.

    Rasters larger than one tile are done tile by tile, each inside a halo that doubles until every cell's nearest
    patch edge is closer than the halo's border (then no patch outside can be nearer): exact, memory bounded by
    the window, and ``cancel`` is checked between windows.
    """
    labels = np.asarray(labels)
    rows, cols = labels.shape
    if rows <= 2 * tile and cols <= 2 * tile:
        zone, _ = _window_voronoi(labels, dx, dy)
        return np.where(labels > 0, labels, zone).astype(np.int32)
    out = np.zeros(labels.shape, dtype=np.int32)
    for r0 in range(0, rows, tile):
        for c0 in range(0, cols, tile):
            r1, c1 = min(rows, r0 + tile), min(cols, c0 + tile)
            halo = max(1, tile // 4)
            while True:
                if cancel is not None and cancel():
                    raise Cancelled()
                wr0, wr1 = max(0, r0 - halo), min(rows, r1 + halo)
                wc0, wc1 = max(0, c0 - halo), min(cols, c1 + halo)
                zone, dist = _window_voronoi(labels[wr0:wr1, wc0:wc1], dx, dy)
                zone = zone[r0 - wr0:r1 - wr0, c0 - wc0:c1 - wc0]
                dist = dist[r0 - wr0:r1 - wr0, c0 - wc0:c1 - wc0]
                whole = wr0 == 0 and wc0 == 0 and wr1 == rows and wc1 == cols
                if whole:
                    break
                rr = np.arange(r0, r1, dtype=np.float64)[:, None]
                cc = np.arange(c0, c1, dtype=np.float64)[None, :]
                border = np.full(zone.shape, np.inf)  # distance from each centre to a cut side of the window
                if wr0 > 0:
                    np.minimum(border, (rr - wr0 + 0.5) * abs(dy), out=border)
                if wr1 < rows:
                    np.minimum(border, (wr1 - rr - 0.5) * abs(dy), out=border)
                if wc0 > 0:
                    np.minimum(border, (cc - wc0 + 0.5) * abs(dx), out=border)
                if wc1 < cols:
                    np.minimum(border, (wc1 - cc - 0.5) * abs(dx), out=border)
                if np.all(dist < border):
                    break
                halo *= 2
            out[r0:r1, c0:c1] = zone
    return np.where(labels > 0, labels, out).astype(np.int32)


def zone_neighbours(zones: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs (lo, hi) of 1-based labels whose zones touch in 4-connexity, sorted, each once."""
    keys = []
    for a, b in ((zones[:, 1:], zones[:, :-1]), (zones[1:, :], zones[:-1, :])):
        m = (a != b) & (a > 0) & (b > 0)
        lo = np.minimum(a[m], b[m]).astype(np.int64)
        hi = np.maximum(a[m], b[m]).astype(np.int64)
        keys.append(np.unique(lo * (1 << 32) + hi))
    k = np.unique(np.concatenate(keys)) if keys else np.zeros(0, np.int64)
    return k >> 32, k & 0xFFFFFFFF


def neighbour_lists(lo: np.ndarray, hi: np.ndarray, count: int) -> List[np.ndarray]:
    """For each patch i (index i-1), the higher-numbered neighbours it links to."""
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    bounds = np.searchsorted(lo, np.arange(1, count + 2))
    return [hi[bounds[i]:bounds[i + 1]] for i in range(count)]


def graphab_planar_links(friction: np.ndarray, labels: np.ndarray, count: int, dx: float = 1.0, dy: float = 1.0,
                         diagonal: Optional[float] = None, remove_crossing: bool = False, first_bound: float = 512.0,
                         cancel: Optional[Callable[[], bool]] = None,
                         progress: Optional[Callable[[float], None]] = None) -> LinkSet:
    """Graphab 2's planar link set: patches whose Euclidean Voronoi zones touch, each linked by its exact
    least-cost path (searched from the lower-numbered patch, window widened until the neighbours are reached);
    ``remove_crossing`` = Graphab ``removeCrossPatch``. Costs equal Graphab's on its test landscape."""
    lo, hi = zone_neighbours(euclidean_voronoi(labels, dx, dy, cancel=cancel))
    return complete_links(friction, labels, count, GRAPHAB_DIAGONAL if diagonal is None else diagonal,
                          None, cancel, progress, targets=neighbour_lists(lo, hi, count),
                          remove_crossing=remove_crossing, first_bound=first_bound)
