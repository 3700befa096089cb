"""Habitat patches and least-cost links between them (Graphab semantics).

Patches: connected components of habitat cells in 4-connexity (Graphab's default), numbered in row-major order
(= ``scipy.ndimage.label``), patches below the minimum area dropped, or réservoirs given as a label raster.

Links:
* planar — one multi-source cost pass from every patch: each cell gets its nearest patch (a Voronoi of cost).
  Two patches are linked when their zones touch; the link cost is min over touching cell pairs (x, y) of
  acc(x) + step(x, y) + acc(y): the least-cost path between the two patches inside their two zones. Such a path
  never crosses a third patch (Graphab ``remcrosspath``).
* complete — one search per patch (bounded by the maximum cost, and by the window that cost can reach), links to
  every patch reached; Graphab ``complete[=dmax]`` with edge-to-edge least-cost distances.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np
from scipy import ndimage

from ..errors import AulaInputError
from .cost import GRAPHAB_DIAGONAL, Cancelled, accumulated_cost, min_friction, path_length, trace_paths

FOUR = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]])
EIGHT = np.ones((3, 3), dtype=int)


def habitat_patches(habitat: np.ndarray, min_cells: int = 1, eight: bool = False) -> Tuple[np.ndarray, int]:
    """Label the habitat cells into patches (1..P, row-major order), dropping those smaller than ``min_cells``."""
    labels, count = ndimage.label(habitat, structure=EIGHT if eight else FOUR)
    return relabel(labels, count, min_cells)


def relabel(labels: np.ndarray, count: Optional[int] = None, min_cells: int = 1) -> Tuple[np.ndarray, int]:
    """Keep labels with at least ``min_cells`` cells, renumbered 1..P in order of first appearance (row-major)."""
    labels = np.asarray(labels)
    flat = labels.ravel()
    count = int(flat.max()) if count is None else count
    if count == 0:
        return np.zeros(labels.shape, dtype=np.int32), 0
    sizes = np.bincount(flat, minlength=count + 1)
    keep = sizes >= max(1, min_cells)
    keep[0] = False
    present = np.flatnonzero(keep)
    # row-major order of first cell
    firsts = np.full(count + 1, np.iinfo(np.int64).max, dtype=np.int64)
    nz = np.flatnonzero(flat)
    np.minimum.at(firsts, flat[nz], nz)
    order = present[np.argsort(firsts[present], kind="stable")]
    lut = np.zeros(count + 1, dtype=np.int32)
    lut[order] = np.arange(1, order.size + 1, dtype=np.int32)
    return lut[labels], int(order.size)


@dataclass
class LinkSet:
    u: np.ndarray  # 0-based patch indices, u < v
    v: np.ndarray
    cost: np.ndarray  # cell units
    length: np.ndarray  # cell units (1 per straight step)
    paths: List[Tuple[np.ndarray, np.ndarray]]  # (rows, cols) from u to v


def keep_links(links: LinkSet, keep: np.ndarray) -> LinkSet:
    """The links where ``keep`` is True."""
    idx = np.flatnonzero(keep)
    return LinkSet(links.u[idx], links.v[idx], links.cost[idx], links.length[idx], [links.paths[i] for i in idx])


OFFSETS = ((0, 1, False), (1, 0, False), (1, 1, True), (1, -1, True))


def planar_links(acc: np.ndarray, alloc: np.ndarray, friction: np.ndarray, diagonal: float = GRAPHAB_DIAGONAL,
                 max_cost: Optional[float] = None, block: int = 512) -> LinkSet:
    """Links between patches whose cost zones touch (see module doc), with their least-cost paths."""
    rows, cols = acc.shape
    h = friction  # gathered cell by cell below (× 0.5): no full-size copy
    keys, costs, xa, xb = [], [], [], []
    for r0 in range(0, rows, block):
        r1 = min(rows, r0 + block)
        for dr, dc, diag in OFFSETS:
            ra1 = min(r1, rows - dr)
            if ra1 <= r0:
                continue
            ca0, ca1 = max(0, -dc), cols - max(0, dc)
            la = alloc[r0:ra1, ca0:ca1]
            lb = alloc[r0 + dr:ra1 + dr, ca0 + dc:ca1 + dc]
            m = (la != lb) & (la > 0) & (lb > 0)
            if not m.any():
                continue
            rr, cc = np.nonzero(m)
            ar, ac = rr + r0, cc + ca0
            br, bc = ar + dr, ac + dc
            step = (h[ar, ac] * 0.5 + h[br, bc] * 0.5) * (diagonal if diag else 1.0)
            cost = acc[ar, ac] + step + acc[br, bc]
            ok = np.isfinite(cost)
            a_lab, b_lab = alloc[ar, ac][ok].astype(np.int64), alloc[br, bc][ok].astype(np.int64)
            swap = a_lab > b_lab
            lo = np.where(swap, b_lab, a_lab)
            hi = np.where(swap, a_lab, b_lab)
            ia = ar[ok] * cols + ac[ok]
            ib = br[ok] * cols + bc[ok]
            keys.append(lo * (1 << 32) + hi)
            costs.append(cost[ok])
            xa.append(np.where(swap, ib, ia))  # cell on the lower-label side
            xb.append(np.where(swap, ia, ib))
    if not keys:
        return LinkSet(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0), [])
    keys = np.concatenate(keys)
    costs = np.concatenate(costs)
    xa = np.concatenate(xa)
    xb = np.concatenate(xb)
    order = np.lexsort((costs, keys))
    keys, costs, xa, xb = keys[order], costs[order], xa[order], xb[order]
    first = np.ones(keys.size, dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    keys, costs, xa, xb = keys[first], costs[first], xa[first], xb[first]
    if max_cost is not None:
        keep = costs <= max_cost
        keys, costs, xa, xb = keys[keep], costs[keep], xa[keep], xb[keep]
    u = (keys >> 32) - 1
    v = (keys & 0xFFFFFFFF) - 1
    starts = np.concatenate([xa, xb])
    traced = trace_paths(acc, friction, starts // cols, starts % cols, diagonal)
    k = keys.size
    paths, lengths = [], np.empty(k)
    for i in range(k):
        (ra, ca), (rb, cb) = traced[i], traced[k + i]
        pr = np.concatenate([ra[::-1], rb])
        pc = np.concatenate([ca[::-1], cb])
        paths.append((pr, pc))
        lengths[i] = path_length(pr, pc, diagonal)
    return LinkSet(u.astype(np.int64), v.astype(np.int64), costs, lengths, paths)


def crosses_third_patch(pr: np.ndarray, pc: np.ndarray, labels: np.ndarray, i: int, j: int) -> bool:
    """True when the cell path from patch ``i`` to ``j`` (1-based labels) touches another patch (Graphab
    ``removeCrossPatch``: the line through the cell centres intersects its pixels; a diagonal step touches the
    two cells sharing its corner)."""
    lab = labels[pr, pc]
    if np.any((lab != 0) & (lab != i) & (lab != j)):
        return True
    if pr.size < 2:
        return False
    diag = (pr[1:] != pr[:-1]) & (pc[1:] != pc[:-1])
    if not diag.any():
        return False
    corners = np.concatenate([labels[pr[:-1][diag], pc[1:][diag]], labels[pr[1:][diag], pc[:-1][diag]]])
    return bool(np.any((corners != 0) & (corners != i) & (corners != j)))


def _links_from(i: int, friction: np.ndarray, labels: np.ndarray, sl, fmin: float, diagonal: float,
                bound: Optional[float], wanted: Optional[np.ndarray], remove_crossing: bool, cancel):
    """Least-cost links from patch ``i`` to the higher-numbered patches reached within ``bound`` (exact: a path of
    cost ≤ bound stays within bound / min friction cells of the patch, the window searched)."""
    rows, cols = labels.shape
    if bound is not None and math.isfinite(bound):
        reach = int(math.ceil(bound / fmin)) + 1
        r0, r1 = max(0, sl[0].start - reach), min(rows, sl[0].stop + reach)
        c0, c1 = max(0, sl[1].start - reach), min(cols, sl[1].stop + reach)
    else:
        r0, r1, c0, c1 = 0, rows, 0, cols
    lab = labels[r0:r1, c0:c1]
    fr = friction[r0:r1, c0:c1]
    acc, _alloc, _ = accumulated_cost(fr, (lab == i).astype(np.int32), diagonal, bound, cancel)
    reached = (lab > i) & np.isfinite(acc)
    if wanted is not None:
        reached &= np.isin(lab, wanted)
    out = []
    if not reached.any():
        return out, (r0, r1, c0, c1)
    flat_lab = lab[reached]
    flat_acc = acc[reached]
    flat_idx = np.flatnonzero(reached.ravel())
    order = np.lexsort((flat_acc, flat_lab))
    flat_lab, flat_acc, flat_idx = flat_lab[order], flat_acc[order], flat_idx[order]
    first = np.ones(flat_lab.size, dtype=bool)
    first[1:] = flat_lab[1:] != flat_lab[:-1]
    found, tcost, tidx = flat_lab[first], flat_acc[first], flat_idx[first]
    wc = c1 - c0
    traced = trace_paths(acc, fr, tidx // wc, tidx % wc, diagonal)
    for j, cost, (pr, pc) in zip(found.tolist(), tcost.tolist(), traced):
        pr = pr[::-1] + r0
        pc = pc[::-1] + c0
        crossing = remove_crossing and crosses_third_patch(pr, pc, labels, i, j)
        out.append((j, cost, pr, pc, crossing))
    return out, (r0, r1, c0, c1)


def complete_links(friction: np.ndarray, labels: np.ndarray, count: int, diagonal: float = GRAPHAB_DIAGONAL,
                   max_cost: Optional[float] = None, cancel: Optional[Callable[[], bool]] = None,
                   progress: Optional[Callable[[float], None]] = None,
                   targets: Optional[Sequence[np.ndarray]] = None, remove_crossing: bool = False,
                   first_bound: float = 256.0) -> LinkSet:
    """Links from every patch to every patch it reaches (within ``max_cost``), one bounded search per patch.

    ``targets[i-1]``: the only patches (labels > i) patch i links to (Graphab's planar topology: its Voronoi
    neighbours); without ``max_cost`` each such search starts bounded by ``first_bound`` (cost, cell units) and
    widens ×4 until every target is reached or the whole raster is searched. ``remove_crossing``: drop links
    whose path touches a third patch (Graphab ``removeCrossPatch``).
    """
    rows, cols = labels.shape
    fmin = min_friction(friction)
    slices = ndimage.find_objects(labels, max_label=count)
    us, vs, cs, ls, ps = [], [], [], [], []
    for i in range(1, count + 1):
        if cancel is not None and cancel():
            raise Cancelled()
        sl = slices[i - 1]
        if sl is None:
            continue
        wanted = None
        if targets is not None:
            wanted = np.asarray(targets[i - 1], dtype=np.int64)
            wanted = wanted[wanted > i]
            if wanted.size == 0:
                continue
        widen = wanted is not None and (max_cost is None or not math.isfinite(max_cost))
        bound = first_bound if widen else max_cost
        while True:
            found, (r0, r1, c0, c1) = _links_from(i, friction, labels, sl, fmin, diagonal, bound, wanted,
                                                  remove_crossing, cancel)
            if not widen or bound is None or len(found) == wanted.size:
                break
            whole = r0 == 0 and c0 == 0 and r1 == rows and c1 == cols
            bound = None if whole else bound * 4.0
        for j, cost, pr, pc, crossing in found:
            if crossing:
                continue
            us.append(i - 1)
            vs.append(j - 1)
            cs.append(cost)
            ls.append(path_length(pr, pc, diagonal))
            ps.append((pr, pc))
        if progress is not None:
            progress(i / count)
    return LinkSet(np.array(us, dtype=np.int64), np.array(vs, dtype=np.int64), np.array(cs, dtype=np.float64),
                   np.array(ls, dtype=np.float64), ps)


def check_patches(count: int, label: str) -> None:
    if count == 0:
        raise AulaInputError(
            fr=f"{label} : aucune tache d'habitat (classes absentes du raster ou toutes sous la surface minimale).",
            en=f"{label}: no habitat patch (classes absent from the raster or all below the minimum area).")
