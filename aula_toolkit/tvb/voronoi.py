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


def euclidean_voronoi(labels: np.ndarray, dx: float = 1.0, dy: float = 1.0) -> np.ndarray:
    """Label of the nearest patch (edge to edge, Euclidean, pixel sizes ``dx`` × ``dy``) for every cell.

    Memory: the half-cell lattice is 4× the raster (int32 labels + the transform's two int32 index planes).
    """
    labels = np.asarray(labels)
    rows, cols = labels.shape
    lattice = np.zeros((2 * rows + 1, 2 * cols + 1), dtype=np.int32)
    for k in range(3):
        for m in range(3):
            view = lattice[k:k + 2 * rows:2, m:m + 2 * cols:2]
            np.maximum(view, labels, out=view)
    if not lattice.any():
        return np.zeros(labels.shape, dtype=np.int32)
    ir, ic = ndimage.distance_transform_edt(lattice == 0, sampling=(abs(dy) / 2.0, abs(dx) / 2.0),
                                           return_distances=False, return_indices=True)
    zone = lattice[ir[1::2, 1::2], ic[1::2, 1::2]]
    return np.where(labels > 0, labels, zone).astype(np.int32)


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
                         progress: Optional[Callable[[float], None]] = None):
    """Graphab 2's planar link set: patches whose Euclidean Voronoi zones touch, each linked by its exact
    least-cost path (searched from the lower-numbered patch, window widened until the neighbours are reached);
    ``remove_crossing`` = Graphab ``removeCrossPatch``. Costs equal Graphab's on its test landscape."""
    from .cost import GRAPHAB_DIAGONAL
    from .links import complete_links

    lo, hi = zone_neighbours(euclidean_voronoi(labels, dx, dy))
    return complete_links(friction, labels, count, GRAPHAB_DIAGONAL if diagonal is None else diagonal,
                          None, cancel, progress, targets=neighbour_lists(lo, hi, count),
                          remove_crossing=remove_crossing, first_bound=first_bound)
