"""Corridor bands and conflict points (points noirs).

Corridor of link (i, j): the cells x with acc_i(x) + acc_j(x) ≤ (1 + tolerance) × cost_ij, acc_i and acc_j the
accumulated costs from the two patches (the sum is the cost of the best i → x → j path, equal to cost_ij on the
least-cost path). Both surfaces are computed in a window around the path wide enough for that tolerance
(a detour of k cells costs at least 2·k·min friction). Each cell keeps the link whose band is relatively
tightest there (``value`` = relative extra cost, 0 on the path).

Conflicts: where a link's least-cost path enters a barrier (road, railway…), one point per crossing (run of
barrier cells), ranked by the dPC of the link it cuts (1 = the most important link).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np

from .cost import GRAPHAB_DIAGONAL, Cancelled, accumulated_cost, min_friction


@dataclass
class Corridors:
    link: np.ndarray  # int32 raster, link index + 1 (0 = outside every corridor)
    excess: np.ndarray  # float32 raster, relative extra cost in [0, tolerance] (NaN outside)
    cells: np.ndarray  # number of cells per link


def corridor_bands(friction: np.ndarray, labels: np.ndarray, u: np.ndarray, v: np.ndarray, cost: np.ndarray,
                   paths: Sequence[Tuple[np.ndarray, np.ndarray]], tolerance: float,
                   diagonal: float = GRAPHAB_DIAGONAL, selected: Optional[np.ndarray] = None,
                   cancel: Optional[Callable[[], bool]] = None,
                   progress: Optional[Callable[[float], None]] = None) -> Corridors:
    rows, cols = labels.shape
    fmin = min_friction(friction)
    link_r = np.zeros((rows, cols), dtype=np.int32)
    excess = np.full((rows, cols), np.nan, dtype=np.float32)
    cells = np.zeros(len(paths), dtype=np.int64)
    todo = np.flatnonzero(selected) if selected is not None else np.arange(len(paths))
    for n, k in enumerate(todo.tolist()):
        if cancel is not None and cancel():
            raise Cancelled()
        pr, pc = paths[k]
        c = float(cost[k])
        if pr.size == 0 or not math.isfinite(c):
            continue
        margin = int(math.ceil(tolerance * c / (2 * fmin))) + 2
        r0, r1 = max(0, int(pr.min()) - margin), min(rows, int(pr.max()) + margin + 1)
        c0, c1 = max(0, int(pc.min()) - margin), min(cols, int(pc.max()) + margin + 1)
        lab = labels[r0:r1, c0:c1]
        fr = friction[r0:r1, c0:c1]
        limit = c * (1 + tolerance)
        acc_i, _, _ = accumulated_cost(fr, (lab == u[k] + 1).astype(np.int32), diagonal, limit, cancel)
        acc_j, _, _ = accumulated_cost(fr, (lab == v[k] + 1).astype(np.int32), diagonal, limit, cancel)
        total = acc_i + acc_j
        best = float(np.nanmin(np.where(np.isfinite(total), total, np.nan))) if np.isfinite(total).any() else c
        base = min(best, c) if best > 0 else c
        rel = (total - base) / base if base > 0 else np.where(np.isfinite(total), 0.0, np.inf)
        band = np.isfinite(rel) & (rel <= tolerance) & (lab == 0)
        if not band.any():
            continue
        sub_ex = excess[r0:r1, c0:c1]
        sub_link = link_r[r0:r1, c0:c1]
        take = band & ~(sub_ex <= rel)  # NaN (free) or looser than this link
        sub_ex[take] = rel[take].astype(np.float32)
        sub_link[take] = k + 1
        cells[k] = int(band.sum())
        if progress is not None:
            progress((n + 1) / max(1, todo.size))
    return Corridors(link_r, excess, cells)


@dataclass
class Conflicts:
    link: np.ndarray  # link index
    barrier: np.ndarray  # barrier feature index + 1 (value of the barrier raster)
    row: np.ndarray
    col: np.ndarray
    position: np.ndarray  # index of the cell along the path


def path_conflicts(paths: Sequence[Tuple[np.ndarray, np.ndarray]], barriers: np.ndarray,
                   merge_gap: int = 10) -> Conflicts:
    """One point per crossing of a barrier along each path (first cell of a run of its cells; runs of the same
    barrier less than ``merge_gap`` cells apart are one crossing)."""
    links, ids, rr, cc, pos = [], [], [], [], []
    for k, (pr, pc) in enumerate(paths):
        if pr.size == 0:
            continue
        b = barriers[pr, pc]
        start = (b > 0) & np.concatenate(([True], b[1:] != b[:-1]))
        idx = np.flatnonzero(start)
        if idx.size > 1:  # a path brushing the same barrier again within ``merge_gap`` cells is one crossing
            last_end = {}
            keep = []
            for i in idx.tolist():
                bid = int(b[i])
                if bid in last_end and i - last_end[bid] <= merge_gap + 1:
                    keep.append(False)
                else:
                    keep.append(True)
                j = i
                while j + 1 < b.size and b[j + 1] == bid:
                    j += 1
                last_end[bid] = j
            idx = idx[np.array(keep, dtype=bool)]
        links.append(np.full(idx.size, k))
        ids.append(b[idx])
        rr.append(pr[idx])
        cc.append(pc[idx])
        pos.append(idx)
    if not links:
        z = np.zeros(0, dtype=np.int64)
        return Conflicts(z, z, z, z, z)
    return Conflicts(*(np.concatenate(x).astype(np.int64) for x in (links, ids, rr, cc, pos)))


def apply_barriers(friction: np.ndarray, barriers: np.ndarray, transparency: np.ndarray) -> np.ndarray:
    """Friction through barriers: friction / transparency (1 = no effect, 0 = impassable).

    ``transparency``: one value per barrier feature (index = raster value − 1).
    """
    out = np.array(friction, dtype=np.float64, copy=True)
    on = barriers > 0
    if not on.any():
        return out
    t = np.asarray(transparency, dtype=np.float64)[barriers[on] - 1]
    with np.errstate(divide="ignore"):
        out[on] = np.where(t > 0, out[on] / np.where(t > 0, t, 1.0), np.inf)
    return out


def rank_desc(values: np.ndarray) -> np.ndarray:
    """1 = largest value (stable on ties)."""
    order = np.argsort(-np.asarray(values, dtype=np.float64), kind="stable")
    rank = np.empty(order.size, dtype=np.int64)
    rank[order] = np.arange(1, order.size + 1)
    return rank


def select_links(costs: np.ndarray, max_cost: Optional[float]) -> np.ndarray:
    return np.ones(costs.size, dtype=bool) if max_cost is None else costs <= max_cost


def path_cells(paths: Sequence[Tuple[np.ndarray, np.ndarray]]) -> List[int]:
    return [int(p[0].size) for p in paths]
