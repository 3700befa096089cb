"""Accumulated cost distance on a friction raster (8 neighbours, Graphab/GRASS step rule).

Step cost from cell a to its neighbour b = (c_a + c_b) / 2 × L, L = 1 for N/S/E/W and ``diagonal`` (Graphab:
1.4142136, GRASS/skimage: exact √2) for diagonals, in cell units. Sources start at 0. Impassable cells carry an
infinite friction.

The engine is a label-correcting relaxation in raster order ("fast sweeping"): alternate downward and upward
passes; in each row the three cells of the previous row relax the row (vectorised), then the row is relaxed along
itself in both directions with a running minimum of ``acc - S`` (S = cumulative step cost along the row), which is
exact min-plus algebra, not an approximation. Passes repeat, touching only rows below (above) a row that changed,
until a pass changes nothing: the fixed point is the Dijkstra solution on the same graph. Everything is numpy on
whole rows, 64-bit indices, memory = friction + cost + allocation arrays.
"""

from __future__ import annotations

import math
from typing import Callable, Optional, Tuple

import numpy as np

GRAPHAB_DIAGONAL = 1.4142136
EXACT_DIAGONAL = math.sqrt(2.0)
_REL = 1e-12  # along-row candidates must improve by more than rounding noise


class Cancelled(Exception):
    """Raised when the caller's ``cancel()`` returns True."""


def min_friction(friction: np.ndarray, chunk: int = 1 << 22) -> float:
    """Smallest passable friction (finite, > 0), read in chunks of about ``chunk`` cells: no raster-sized
    temporary, so it also works on broadcast or disk-backed (memmap) rasters of billions of cells. 1.0 when
    nothing is passable."""
    friction = np.asanyarray(friction)
    rows, cols = friction.shape
    best = math.inf
    step_r = max(1, chunk // max(1, cols))
    step_c = cols if step_r > 1 else max(1, chunk)
    for r0 in range(0, rows, step_r):
        for c0 in range(0, cols, step_c):
            block = friction[r0:r0 + step_r, c0:c0 + step_c]
            low = float(block.min())
            if math.isfinite(low) and low > 0:  # one pass when the block holds no NaN, inf or ≤ 0
                best = min(best, low)
                continue
            ok = np.isfinite(block) & (block > 0)
            if ok.any():
                best = min(best, float(block[ok].min()))
    return best if math.isfinite(best) else 1.0


def _runs(finite: np.ndarray):
    """(start, stop) of the runs of True in a 1-D boolean array."""
    edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
    return edges[0::2], edges[1::2]


def _scan_segment(a: np.ndarray, lab: np.ndarray, h: np.ndarray) -> bool:
    """Relax a finite run of a row along itself, left→right then right→left (in place)."""
    n = a.size
    if n < 2:
        return False
    s = np.empty(n)
    s[0] = 0.0
    np.cumsum(h[:-1] + h[1:], out=s[1:])
    changed = False
    for direction in (1, -1):
        aa, ll, ss = (a, lab, s) if direction == 1 else (a[::-1], lab[::-1], s[-1] - s[::-1])
        key = aa - ss
        run = np.minimum.accumulate(key)
        cand = run + ss
        better = cand < aa * (1.0 - _REL)
        if better.any():
            record = key <= run
            idx = np.maximum.accumulate(np.where(record, np.arange(n), 0))
            src = ll[idx]
            np.copyto(aa, cand, where=better)
            np.copyto(ll, src, where=better)
            changed = True
    return changed


def _scan_row(a, lab, h, all_finite: bool) -> bool:
    if all_finite:
        return _scan_segment(a, lab, h)
    starts, stops = _runs(np.isfinite(h))
    changed = False
    for s0, s1 in zip(starts.tolist(), stops.tolist()):
        if s1 - s0 > 1:
            changed |= _scan_segment(a[s0:s1], lab[s0:s1], h[s0:s1])
    return changed


def _relax_from(a, lab, h, ap, lp, hp, diagonal, max_cost) -> bool:
    """Relax row ``a`` from the adjacent row ``ap`` (N/S and the two diagonals)."""
    changed = False
    for sl_to, sl_from, factor in ((slice(None), slice(None), 1.0),
                                   (slice(1, None), slice(None, -1), diagonal),
                                   (slice(None, -1), slice(1, None), diagonal)):
        cand = hp[sl_from] + h[sl_to]
        if factor != 1.0:
            cand *= factor
        cand += ap[sl_from]
        if max_cost is not None:
            cand[cand > max_cost] = np.inf
        better = cand < a[sl_to]
        if better.any():
            np.copyto(a[sl_to], cand, where=better)
            np.copyto(lab[sl_to], lp[sl_from], where=better)
            changed = True
    return changed


def accumulated_cost(friction: np.ndarray, sources: np.ndarray, diagonal: float = GRAPHAB_DIAGONAL,
                     max_cost: Optional[float] = None, cancel: Optional[Callable[[], bool]] = None,
                     progress: Optional[Callable[[int, int], None]] = None,
                     ) -> Tuple[np.ndarray, np.ndarray, int]:
    """Cost from the nearest source to every cell, in cell units, and the label of that source.

    ``friction``: 2-D friction (> 0; inf or NaN = impassable). ``sources``: 2-D integer labels, > 0 on source cells.
    ``max_cost``: cells beyond stay unreached (inf, label 0). Returns (cost, allocation, passes).
    """
    if cancel is not None and cancel():
        raise Cancelled()
    friction = np.asarray(friction, dtype=np.float64)
    if friction.ndim != 2 or friction.shape != sources.shape:
        raise ValueError("friction and sources must be 2-D arrays of the same shape")
    h = friction * 0.5
    h[~np.isfinite(h)] = np.inf
    h[h <= 0] = np.inf
    rows = h.shape[0]
    lab = np.array(sources, dtype=np.int32, copy=True)
    lab[lab < 0] = 0
    lab[~np.isfinite(h)] = 0
    acc = np.where(lab > 0, 0.0, np.inf)
    row_finite = np.isfinite(h).all(axis=1)
    changed_prev = np.zeros(rows, dtype=bool)
    source_rows = np.flatnonzero((lab > 0).any(axis=1))
    for count, r in enumerate(source_rows.tolist()):
        if cancel is not None and (count & 127) == 0 and cancel():
            raise Cancelled()
        _scan_row(acc[r], lab[r], h[r], bool(row_finite[r]))
    changed_prev[source_rows] = True
    passes = 0
    direction = 1
    while True:
        passes += 1
        changed_now = np.zeros(rows, dtype=bool)
        order = range(1, rows) if direction == 1 else range(rows - 2, -1, -1)
        any_change = False
        for count, r in enumerate(order):
            p = r - direction
            if not (changed_now[p] or changed_prev[p]):
                continue
            if cancel is not None and (count & 127) == 0 and cancel():
                raise Cancelled()
            a, lb, hr = acc[r], lab[r], h[r]
            if _relax_from(a, lb, hr, acc[p], lab[p], h[p], diagonal, max_cost):
                _scan_row(a, lb, hr, bool(row_finite[r]))
                changed_now[r] = True
                any_change = True
        if progress is not None:
            progress(passes, int(changed_now.sum()))
        if not any_change and passes >= 2:
            break
        changed_prev = changed_now | (changed_prev if passes == 1 else False)
        direction = -direction
    if max_cost is not None:
        beyond = acc > max_cost
        acc[beyond] = np.inf
        lab[beyond] = 0
    return acc, lab, passes


def dijkstra_reference(friction: np.ndarray, sources: np.ndarray, diagonal: float = GRAPHAB_DIAGONAL) -> np.ndarray:
    """Exact multi-source Dijkstra with scipy.sparse.csgraph on the explicit grid graph (small rasters: tests)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    f = np.asarray(friction, dtype=np.float64)
    rows, cols = f.shape
    n = rows * cols
    idx = np.arange(n, dtype=np.int64).reshape(rows, cols)
    a_list, b_list, w_list = [], [], []
    for dr, dc, length in ((0, 1, 1.0), (1, 0, 1.0), (1, 1, diagonal), (1, -1, diagonal)):
        r0, r1 = 0, rows - dr
        c0, c1 = max(0, -dc), cols - max(0, dc)
        a = idx[r0:r1, c0:c1]
        b = idx[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
        fa = f[r0:r1, c0:c1]
        fb = f[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
        w = (fa * 0.5 + fb * 0.5) * length
        ok = np.isfinite(w) & (fa > 0) & (fb > 0)
        a_list.append(a[ok])
        b_list.append(b[ok])
        w_list.append(w[ok])
    a = np.concatenate(a_list)
    b = np.concatenate(b_list)
    w = np.concatenate(w_list)
    graph = csr_matrix((np.concatenate([w, w]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n))
    starts = np.flatnonzero(np.asarray(sources).ravel() > 0)
    dist = dijkstra(graph, directed=True, indices=starts, min_only=True)
    return dist.reshape(rows, cols)


NEIGHBOURS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


def trace_paths(acc: np.ndarray, friction: np.ndarray, starts_r: np.ndarray, starts_c: np.ndarray,
                diagonal: float = GRAPHAB_DIAGONAL, max_steps: Optional[int] = None):
    """Least-cost paths from each start cell down the cost surface to a source (acc = 0), all paths at once.

    At each step every active path moves to the neighbour n minimising acc[n] + step(n, cell) (the predecessor
    on a shortest path). Returns a list of (rows, cols) arrays, start first, source last.
    """
    rows, cols = acc.shape
    f = friction
    r = np.asarray(starts_r, dtype=np.int64).copy()
    c = np.asarray(starts_c, dtype=np.int64).copy()
    k = r.size
    tracks_r = [r.copy()]
    tracks_c = [c.copy()]
    active = np.isfinite(acc[r, c]) & (acc[r, c] > 0)
    limit = max_steps or (rows + cols) * 8
    step = 0
    while active.any() and step < limit:
        step += 1
        ai = np.flatnonzero(active)
        ar, ac = r[ai], c[ai]
        best = np.full(ai.size, np.inf)
        br, bc = ar.copy(), ac.copy()
        for dr, dc in NEIGHBOURS:
            nr, nc = ar + dr, ac + dc
            ok = (nr >= 0) & (nr < rows) & (nc >= 0) & (nc < cols)
            nr_, nc_ = np.where(ok, nr, 0), np.where(ok, nc, 0)
            length = diagonal if dr and dc else 1.0
            val = acc[nr_, nc_] + (f[nr_, nc_] * 0.5 + f[ar, ac] * 0.5) * length
            val[~ok] = np.inf
            take = val < best
            best[take] = val[take]
            br[take] = nr[take]
            bc[take] = nc[take]
        stuck = ~np.isfinite(best)
        r[ai] = br
        c[ai] = bc
        tracks_r.append(r.copy())
        tracks_c.append(c.copy())
        done = stuck | (acc[br, bc] <= 0)
        active[ai[done]] = False
    tr = np.stack(tracks_r, axis=1)
    tc = np.stack(tracks_c, axis=1)
    out = []
    for i in range(k):
        pr, pc = tr[i], tc[i]
        keep = np.ones(pr.size, dtype=bool)
        keep[1:] = (pr[1:] != pr[:-1]) | (pc[1:] != pc[:-1])
        out.append((pr[keep], pc[keep]))
    return out


def path_length(pr: np.ndarray, pc: np.ndarray, diagonal: float = GRAPHAB_DIAGONAL) -> float:
    """Length of a cell path in cell units (1 per straight step, ``diagonal`` per diagonal step)."""
    if pr.size < 2:
        return 0.0
    diag = (np.diff(pr) != 0) & (np.diff(pc) != 0)
    return float((pr.size - 1 - diag.sum()) + diag.sum() * diagonal)
