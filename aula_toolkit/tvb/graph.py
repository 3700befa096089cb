"""Connectivity metrics of a patch graph: PC, EC, IIC, dPC (intra / flux / connector), link dPC, components.

Definitions (Saura & Rubio 2010, Conefor 2.7, Graphab 2 code; see docs/tvb.md):
p_ij = exp(−α d_ij), α = −ln(p)/d; p*_ij = exp(−α d*_ij) with d* the shortest-path cost through the graph
(p*_ii = 1). PCnum = Σ_i Σ_j a_i a_j p*_ij, PC = PCnum / A², EC = √PCnum. IICnum = Σ_i Σ_j a_i a_j / (1 + nl_ij)
on the binary graph. dI_k = (I − I'_k) / I after removing node k (A unchanged); dPCintra_k = a_k² / PCnum,
dPCflux_k = 2 Σ_{j≠k} a_k a_j p*_kj / PCnum, dPCconnector_k = dPC_k − intra − flux (code convention, not the
Graphab manual's). Fractions by default (Graphab), × 100 for Conefor's percentages.

Removing k only changes the rows i whose shortest-path tree uses k as an intermediate node (read from the
predecessor matrix): only those rows are recomputed. Searches stop where p* < ``floor`` (1e-12 by default).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from ..errors import AulaInputError

PROBABILITY_FLOOR = 1e-12
BLOCK = 256


def alpha_from(distance: float, probability: float) -> float:
    """α = −ln(p) / d (Graphab ``d, p``; Conefor ``-confProb d p``)."""
    if not (distance > 0):
        raise AulaInputError(fr=f"DISTANCE : {distance} ; une distance de dispersion > 0 est attendue.",
                             en=f"DISTANCE: {distance}; a dispersal distance > 0 is expected.")
    if not (0 < probability <= 1):
        raise AulaInputError(fr=f"PROBABILITY : {probability} ; une probabilité dans ]0 ; 1] est attendue.",
                             en=f"PROBABILITY: {probability}; a probability in ]0, 1] is expected.")
    return -math.log(probability) / distance


@dataclass
class GraphMetrics:
    pc_num: float
    pc: float
    ec: float
    iic_num: float
    iic: float
    ec_iic: float
    components: int
    pc_intra: float  # fractions of PCnum (Conefor PCintra/direct/step)
    pc_direct: float
    pc_step: float
    node_contribution: np.ndarray  # a_i Σ_j a_j p*_ij / PCnum
    dpc: np.ndarray
    dpc_intra: np.ndarray
    dpc_flux: np.ndarray
    dpc_connector: np.ndarray
    diic: np.ndarray
    component: np.ndarray  # 1-based component of each node (binary graph)
    link_dpc: np.ndarray
    flux: np.ndarray  # F_i = Σ_{j≠i} a_j p*_ij


def _graph(n, u, v, w):
    return csr_matrix((np.concatenate([w, w]), (np.concatenate([u, v]), np.concatenate([v, u]))), shape=(n, n))


class _Delta:
    """Sum Σ_i Σ_j a_i a_j k(d*_ij) and its changes when a node or a link is removed."""

    def __init__(self, n, u, v, w, a, kernel: Callable[[np.ndarray], np.ndarray], limit: float,
                 cancel: Optional[Callable[[], bool]] = None):
        self.n, self.u, self.v, self.w, self.a = n, u, v, w, a
        self.kernel, self.limit, self.cancel = kernel, limit, cancel
        self.graph = _graph(n, u, v, w)
        self.rowsum = np.zeros(n)  # Σ_j a_j k(d*_ij)
        self.node_pairs_i, self.node_pairs_k = [], []
        self.link_pairs_i, self.link_pairs_l = [], []
        for start in range(0, n, BLOCK):
            self._check()
            rows = np.arange(start, min(n, start + BLOCK))
            dist, pred = dijkstra(self.graph, directed=False, indices=rows, limit=limit, return_predecessors=True)
            self.rowsum[rows] = self._kernel(dist) @ a
            s = np.sort(pred, axis=1)
            first = np.ones(s.shape, dtype=bool)
            first[:, 1:] = s[:, 1:] != s[:, :-1]
            rr, cc = np.nonzero(first & (s >= 0) & (s != rows[:, None]))
            self.node_pairs_i.append(rows[rr])
            self.node_pairs_k.append(s[rr, cc])
            if u.size:
                used = (pred[:, v] == u[None, :]) | (pred[:, u] == v[None, :])
                rr, ll = np.nonzero(used)
                self.link_pairs_i.append(rows[rr])
                self.link_pairs_l.append(ll)
        self.total = float(a @ self.rowsum)

    def _check(self):
        if self.cancel is not None and self.cancel():
            from .cost import Cancelled
            raise Cancelled()

    def _kernel(self, dist):
        out = np.zeros(dist.shape)
        fin = np.isfinite(dist)
        out[fin] = self.kernel(dist[fin])
        return out

    @staticmethod
    def _groups(keys_list, vals_list):
        if not keys_list:
            return {}
        keys = np.concatenate(keys_list)
        vals = np.concatenate(vals_list)
        order = np.argsort(keys, kind="stable")
        keys, vals = keys[order], vals[order]
        bounds = np.flatnonzero(np.diff(keys)) + 1
        return {int(k[0]): g for k, g in zip(np.split(keys, bounds), np.split(vals, bounds)) if k.size}

    def _recomputed(self, graph, rows, exclude: Optional[int]):
        dist = dijkstra(graph, directed=False, indices=rows, limit=self.limit)
        k = self._kernel(dist)
        if exclude is not None:
            k[:, exclude] = 0.0
        return k @ self.a

    def node_removal(self) -> np.ndarray:
        """Σ without node k, for every k."""
        a, n = self.a, self.n
        groups = self._groups(self.node_pairs_k, self.node_pairs_i)
        # rows unaffected by k keep their sums minus the pairs with k (p*_ik: k's own row by symmetry)
        out = np.empty(n)
        for k in range(n):
            self._check()
            rows_changed = groups.get(k)
            own = dijkstra(self.graph, directed=False, indices=k, limit=self.limit)
            pk = self._kernel(own)  # k(d*_ki) for every i
            base = self.total - 2 * a[k] * (pk @ a) + a[k] * a[k] * pk[k]  # drop row k and column k
            if rows_changed is not None and rows_changed.size:
                keep = (self.u != k) & (self.v != k)
                graph = _graph(n, self.u[keep], self.v[keep], self.w[keep])
                new = self._recomputed(graph, rows_changed, exclude=k)
                old = self.rowsum[rows_changed] - a[k] * pk[rows_changed]
                base += a[rows_changed] @ (new - old)
            out[k] = base
        return out

    def link_removal(self) -> np.ndarray:
        groups = self._groups(self.link_pairs_l, self.link_pairs_i)
        out = np.full(self.u.size, self.total)
        for l, rows in groups.items():
            self._check()
            keep = np.ones(self.u.size, dtype=bool)
            keep[l] = False
            graph = _graph(self.n, self.u[keep], self.v[keep], self.w[keep])
            new = self._recomputed(graph, rows, exclude=None)
            out[l] = self.total + self.a[rows] @ (new - self.rowsum[rows])
        return out


def graph_metrics(capacity, u, v, cost, alpha: float, landscape_area: float, binary_threshold: Optional[float] = None,
                  floor: float = PROBABILITY_FLOOR, cancel: Optional[Callable[[], bool]] = None,
                  with_links: bool = True) -> GraphMetrics:
    """Every global, node and link metric of the graph (n nodes with ``capacity``; links u–v with ``cost``).

    ``binary_threshold``: links with cost ≤ threshold form the binary graph of IIC and of the components
    (default: all links). ``landscape_area``: A of PC = PCnum / A² (same unit as the capacities).
    """
    a = np.asarray(capacity, dtype=np.float64)
    n = a.size
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    w = np.asarray(cost, dtype=np.float64)
    if n == 0:
        raise AulaInputError(fr="Aucune tache d'habitat : le graphe est vide.", en="No habitat patch: the graph is empty.")
    if np.any(a < 0) or not np.all(np.isfinite(a)):
        raise AulaInputError(fr="Capacités des taches négatives ou manquantes.", en="Negative or missing patch capacities.")
    if not landscape_area or landscape_area <= 0:
        raise AulaInputError(fr="Surface du paysage nulle.", en="Landscape area is zero.")
    # zero-cost links are real (touching patches): keep them as a tiny positive weight for csgraph
    w = np.where(w <= 0, 1e-12, w)
    limit = -math.log(floor) / alpha if alpha > 0 else np.inf
    pk = (lambda d: np.exp(-alpha * d))
    pc_delta = _Delta(n, u, v, w, a, pk, limit, cancel)
    pc_num = pc_delta.total
    removed = pc_delta.node_removal()
    dpc = (pc_num - removed) / pc_num
    intra = a * a / pc_num
    flux = 2 * a * (pc_delta.rowsum - a) / pc_num
    connector = dpc - intra - flux
    for arr in (dpc, flux, connector):
        arr[np.abs(arr) < 1e-14] = 0.0
    link_dpc = ((pc_num - pc_delta.link_removal()) / pc_num) if (with_links and u.size) else np.zeros(u.size)
    link_dpc[np.abs(link_dpc) < 1e-14] = 0.0
    direct = 2 * float(np.sum(a[u] * a[v] * np.exp(-alpha * w))) if u.size else 0.0
    # binary graph: IIC and components
    keep = np.ones(u.size, dtype=bool) if binary_threshold is None else (w <= binary_threshold)
    ub, vb = u[keep], v[keep]
    iic_delta = _Delta(n, ub, vb, np.ones(ub.size), a, lambda d: 1.0 / (1.0 + d), np.inf, cancel)
    iic_num = iic_delta.total
    diic = (iic_num - iic_delta.node_removal()) / iic_num
    diic[np.abs(diic) < 1e-14] = 0.0
    ncomp, comp = connected_components(_graph(n, ub, vb, np.ones(ub.size)), directed=False)
    area2 = landscape_area * landscape_area
    return GraphMetrics(
        pc_num=pc_num, pc=pc_num / area2, ec=math.sqrt(pc_num), iic_num=iic_num, iic=iic_num / area2,
        ec_iic=math.sqrt(iic_num), components=int(ncomp),
        pc_intra=float(np.sum(a * a)) / pc_num, pc_direct=direct / pc_num,
        pc_step=1.0 - float(np.sum(a * a)) / pc_num - direct / pc_num,
        node_contribution=a * pc_delta.rowsum / pc_num, dpc=dpc, dpc_intra=intra, dpc_flux=flux,
        dpc_connector=connector, diic=diic, component=_ranked_components(comp, a), link_dpc=link_dpc,
        flux=pc_delta.rowsum - a,
    )


def _ranked_components(comp: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Component numbers 1..C, 1 = the largest total capacity."""
    totals = np.bincount(comp, weights=a)
    order = np.argsort(-totals, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(1, order.size + 1)
    return rank[comp]
