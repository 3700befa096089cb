"""Spatial weights for Gi*: distance band or k nearest neighbours, binary or row-standardised.

All weights include the unit itself (Gi*: "the unit counts itself"): binary weights have ``w_ii = 1``;
row-standardised weights divide the row (self included) by its sum, so ``w_ii = 1/(k_i + 1)`` as in
PySAL. Row standardisation does **not** change Gi* z-scores (numerator and denominator scale alike;
ArcGIS Pro keeps the option only for backward compatibility) — it is offered for completeness.

* Distance band (:func:`distance_band_weights`): neighbours are the units whose centres lie within the
  threshold (``d ≤ threshold × (1 + 1e−9)``, the relative tolerance absorbs float noise on regular
  grids). Default threshold: the smallest distance giving every unit at least one neighbour, i.e. the
  largest nearest-neighbour distance (ArcGIS's default band) — reported in the messages.
* k nearest (:func:`knn_weights`): the ``k`` closest other units (asymmetric; ties broken by the
  KD-tree). Every unit then has ``W_i = k + 1``.
* Regular grids (:func:`grid_distance_band_weights`): the same distance band expressed as a disc
  kernel of cells, used by the convolution fast path of :func:`.gistar.gi_star`.

Distances are Euclidean in the units' CRS, which must be projected (``is_geographic`` → error).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from ..errors import AulaInputError, Message, preview
from .grid import fills_in_order

BINARY = "binary"
ROW_STANDARDISED = "row"
STANDARDISATIONS = (BINARY, ROW_STANDARDISED)
DISTANCE_BAND = "distance_band"
KNN = "knn"
DISTANCE_TOLERANCE = 1e-9
#: the grid fast path searches the default band ring by ring up to this radius (cells), then KD-tree
_GRID_RING_SEARCH_MAX_R2 = 25


@dataclass
class SpatialWeights:
    """Sparse weights, self-weight on the diagonal. ``matrix[i, j]`` = weight of unit j for unit i."""

    matrix: sparse.csr_matrix
    method: str
    standardisation: str
    threshold: Optional[float]
    threshold_is_default: bool
    k: Optional[int]
    n_neighbours: np.ndarray  #: neighbours per unit, the unit itself excluded
    messages: List[Message] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.matrix.shape[0]

    def describe(self) -> Message:
        return describe_weights(self)


@dataclass
class GridWeights:
    """Binary distance band on a regular grid as a disc kernel (self weight = kernel centre = 1)."""

    rows: np.ndarray
    cols: np.ndarray
    shape: Tuple[int, int]
    kernel: np.ndarray
    cell_size: float
    threshold: float
    threshold_is_default: bool
    standardisation: str
    n_neighbours: np.ndarray
    messages: List[Message] = field(default_factory=list)
    method: str = DISTANCE_BAND
    k: Optional[int] = None

    @property
    def n(self) -> int:
        return int(self.rows.size)

    def describe(self) -> Message:
        return describe_weights(self)

    def to_sparse(self) -> SpatialWeights:
        """The same weights as a sparse matrix (for permutations or comparison with other tools)."""
        index = np.full(self.shape, -1, dtype=np.int64)
        index[self.rows, self.cols] = np.arange(self.n)
        R, C = self.shape
        half = self.kernel.shape[0] // 2
        ii, jj, ww = [], [], []
        for dr, dc in zip(*np.nonzero(self.kernel)):
            dr, dc = dr - half, dc - half
            r2, c2 = self.rows + dr, self.cols + dc
            ok = (r2 >= 0) & (r2 < R) & (c2 >= 0) & (c2 < C)
            j = np.full(self.n, -1, dtype=np.int64)
            j[ok] = index[r2[ok], c2[ok]]
            keep = j >= 0
            ii.append(np.flatnonzero(keep))
            jj.append(j[keep])
            ww.append(np.full(int(keep.sum()), self.kernel[dr + half, dc + half]))
        m = sparse.csr_matrix((np.concatenate(ww), (np.concatenate(ii), np.concatenate(jj))),
                              shape=(self.n, self.n))
        m.sort_indices()
        if self.standardisation == ROW_STANDARDISED:
            m = row_standardise(m)
        return SpatialWeights(matrix=m, method=DISTANCE_BAND, standardisation=self.standardisation,
                              threshold=self.threshold, threshold_is_default=self.threshold_is_default,
                              k=None, n_neighbours=self.n_neighbours.copy(), messages=list(self.messages))


def describe_weights(w) -> Message:
    nn = np.asarray(w.n_neighbours)
    std_fr = "binaires" if w.standardisation == BINARY else "standardisés par ligne (sans effet sur Gi*)"
    std_en = "binary" if w.standardisation == BINARY else "row-standardised (no effect on Gi*)"
    stats = f"{nn.min()}–{nn.max()}, moy. {nn.mean():.1f}" if nn.size else "–"
    stats_en = f"{nn.min()}–{nn.max()}, mean {nn.mean():.1f}" if nn.size else "–"
    if w.method == KNN:
        return Message(f"Poids : {w.k} plus proches voisins + l'unité elle-même, {std_fr}.",
                       f"Weights: {w.k} nearest neighbours + the unit itself, {std_en}.")
    if w.threshold is None:  # contiguity or a weights file
        return Message(f"Poids : {w.method}, unité incluse, {std_fr} ; voisins par unité : {stats}.",
                       f"Weights: {w.method}, unit included, {std_en}; neighbours per unit: {stats_en}.")
    default_fr = " (distance minimale donnant un voisin à chaque unité)" if w.threshold_is_default else ""
    default_en = " (smallest distance giving every unit a neighbour)" if w.threshold_is_default else ""
    return Message(
        f"Poids : bande de distance {w.threshold:.6g} m{default_fr}, unité incluse, {std_fr} ; voisins par unité : {stats}.",
        f"Weights: distance band {w.threshold:.6g} m{default_en}, unit included, {std_en}; neighbours per unit: {stats_en}.",
    )


def _check_xy(xy, is_geographic: bool, what: str) -> np.ndarray:
    if is_geographic:
        raise AulaInputError(
            fr=(f"{what} : le SCR des unités est géographique (degrés) ; les distances exigent un SCR projeté "
                "en mètres (EPSG:2154 Lambert-93 ou EPSG:3035)."),
            en=(f"{what}: the units' CRS is geographic (degrees); distances need a projected CRS in metres "
                "(EPSG:2154 Lambert-93 or EPSG:3035)."),
        )
    a = np.asarray(xy, dtype=np.float64)
    if a.ndim != 2 or a.shape[1] != 2:
        raise ValueError("xy must have shape (n, 2)")
    if not np.isfinite(a).all():
        bad = np.flatnonzero(~np.isfinite(a).all(axis=1))
        raise AulaInputError(fr=f"{what} : {bad.size} unités sans coordonnées valides (géométrie vide ?).",
                             en=f"{what}: {bad.size} units without valid coordinates (empty geometry?).")
    if a.shape[0] < 3:
        raise AulaInputError(fr=f"{what} : au moins 3 unités sont nécessaires ({a.shape[0]} reçues).",
                             en=f"{what}: at least 3 units are needed ({a.shape[0]} given).")
    return a


def _check_standardisation(standardisation: str) -> None:
    if standardisation not in STANDARDISATIONS:
        raise AulaInputError(
            fr=f"Standardisation des poids inconnue « {standardisation} » (attendu : binary, row).",
            en=f"Unknown weights standardisation '{standardisation}' (expected: binary, row).",
        )


def row_standardise(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Divide each row by its sum (rows summing to 0 are left as they are)."""
    m = sparse.csr_matrix(matrix, dtype=np.float64, copy=True)
    s = np.asarray(m.sum(axis=1)).ravel()
    s[s == 0] = 1.0
    m.data /= np.repeat(s, np.diff(m.indptr))
    return m


def nearest_neighbour_distances(xy) -> np.ndarray:
    """Distance of every point to its nearest other point (KD-tree)."""
    a = np.asarray(xy, dtype=np.float64)
    d, _ = cKDTree(a).query(a, k=2, workers=-1)
    return d[:, 1]


def min_threshold_distance(xy) -> float:
    """Smallest distance band giving every unit at least one neighbour (largest nearest-neighbour distance)."""
    return float(nearest_neighbour_distances(xy).max())


def _islands_error(islands: np.ndarray, unit_ids, threshold: float, minimum: float, n: int) -> AulaInputError:
    names = [unit_ids[i] for i in islands] if unit_ids is not None else islands.tolist()
    return AulaInputError(
        fr=(f"{islands.size} unités sur {n} n'ont aucun voisin à {threshold:.6g} m : {preview(names)}. "
            f"Augmentez la distance (au moins {minimum:.6g} m pour que chaque unité ait un voisin) ou "
            "utilisez les k plus proches voisins."),
        en=(f"{islands.size} of {n} units have no neighbour within {threshold:.6g} m: {preview(names)}. "
            f"Increase the distance (at least {minimum:.6g} m gives every unit a neighbour) or use "
            "k nearest neighbours."),
    )


def distance_band_weights(xy, threshold: Optional[float] = None, *, standardisation: str = BINARY,
                          unit_ids: Optional[Sequence] = None, is_geographic: bool = False) -> SpatialWeights:
    """Binary (or row-standardised) distance-band weights with self-weight, as CSR.

    ``threshold=None`` → :func:`min_threshold_distance`. A unit without neighbour at an explicit threshold
    raises :class:`AulaInputError` naming the units and how many.
    """
    _check_standardisation(standardisation)
    a = _check_xy(xy, is_geographic, "DISTANCE")
    n = a.shape[0]
    tree = cKDTree(a)
    is_default = threshold is None
    if is_default:
        d, _ = tree.query(a, k=2, workers=-1)
        threshold = float(d[:, 1].max())
    elif not (threshold > 0 and np.isfinite(threshold)):
        raise AulaInputError(fr=f"DISTANCE : distance invalide ({threshold}).",
                             en=f"DISTANCE: invalid distance ({threshold}).")
    threshold = float(threshold)
    pairs = tree.query_pairs(threshold * (1.0 + DISTANCE_TOLERANCE), output_type="ndarray")
    n_neigh = np.bincount(pairs.ravel(), minlength=n).astype(np.int64)
    islands = np.flatnonzero(n_neigh == 0)
    if islands.size:
        raise _islands_error(islands, unit_ids, threshold, min_threshold_distance(a), n)
    diag = np.arange(n)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1], diag])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0], diag])
    m = sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    m.sort_indices()
    if standardisation == ROW_STANDARDISED:
        m = row_standardise(m)
    w = SpatialWeights(matrix=m, method=DISTANCE_BAND, standardisation=standardisation, threshold=threshold,
                       threshold_is_default=is_default, k=None, n_neighbours=n_neigh)
    w.messages.append(w.describe())
    return w


def knn_weights(xy, k: int = 8, *, standardisation: str = BINARY, unit_ids: Optional[Sequence] = None,
                is_geographic: bool = False) -> SpatialWeights:
    """Binary (or row-standardised) weights on the ``k`` nearest other units, plus self-weight."""
    _check_standardisation(standardisation)
    a = _check_xy(xy, is_geographic, "K_NEIGHBOURS")
    n = a.shape[0]
    if not (int(k) == k and 1 <= k <= n - 1):
        raise AulaInputError(fr=f"K_NEIGHBOURS : k = {k} invalide (entre 1 et {n - 1} pour {n} unités).",
                             en=f"K_NEIGHBOURS: invalid k = {k} (between 1 and {n - 1} for {n} units).")
    k = int(k)
    _, idx = cKDTree(a).query(a, k=k + 1, workers=-1)
    idx = np.asarray(idx).reshape(n, k + 1)
    is_self = idx == np.arange(n)[:, None]
    # drop the unit itself; if a duplicate point hid it from the query, drop the farthest instead
    no_self = ~is_self.any(axis=1)
    is_self[no_self, k] = True
    first_self = np.argmax(is_self, axis=1)
    drop = np.zeros_like(is_self)
    drop[np.arange(n), first_self] = True
    neigh = idx[~drop].reshape(n, k)
    rows = np.concatenate([np.repeat(np.arange(n), k), np.arange(n)])
    cols = np.concatenate([neigh.ravel(), np.arange(n)])
    m = sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    m.sort_indices()
    if standardisation == ROW_STANDARDISED:
        m = row_standardise(m)
    w = SpatialWeights(matrix=m, method=KNN, standardisation=standardisation, threshold=None,
                       threshold_is_default=False, k=k, n_neighbours=np.full(n, k, dtype=np.int64))
    w.messages.append(w.describe())
    return w


def weights_from_matrix(matrix, *, standardisation: str = BINARY, method: str = "custom") -> SpatialWeights:
    """Wrap any non-negative weights matrix (e.g. contiguity from the glue). A zero diagonal gets the
    self-weight 1 (binary) — Gi* needs ``w_ii > 0``."""
    _check_standardisation(standardisation)
    m = sparse.csr_matrix(matrix, dtype=np.float64, copy=True)
    if m.shape[0] != m.shape[1]:
        raise ValueError("weights matrix must be square")
    if (m.data < 0).any():
        raise AulaInputError(fr="Poids : valeurs négatives.", en="Weights: negative values.")
    diag = m.diagonal()
    if (diag == 0).any():
        m = m + sparse.diags(np.where(diag == 0, 1.0, 0.0))
        m = sparse.csr_matrix(m)
    m.eliminate_zeros()
    m.sort_indices()
    off = m - sparse.diags(m.diagonal())
    off.eliminate_zeros()
    n_neigh = np.diff(sparse.csr_matrix(off).indptr).astype(np.int64)
    if standardisation == ROW_STANDARDISED:
        m = row_standardise(m)
    return SpatialWeights(matrix=m, method=method, standardisation=standardisation, threshold=None,
                          threshold_is_default=False, k=None, n_neighbours=n_neigh)


# --------------------------------------------------------------------------------------------------
# regular grid: disc kernel
# --------------------------------------------------------------------------------------------------
def disc_kernel(radius_cells: float) -> np.ndarray:
    """Binary disc kernel (odd square array) of the cells whose centre lies within ``radius_cells``
    of the centre cell, centre included (``√(dr² + dc²) ≤ r (1 + 1e−9)``)."""
    r = float(radius_cells) * (1.0 + DISTANCE_TOLERANCE)
    h = int(np.floor(r))
    d = np.arange(-h, h + 1)
    dist = np.sqrt(d[:, None] ** 2 + d[None, :] ** 2)
    return (dist <= r).astype(np.float64)


def _shift(a: np.ndarray, dr: int, dc: int) -> np.ndarray:
    """``b[r, c] = a[r + dr, c + dc]`` (0 outside)."""
    b = np.zeros_like(a)
    R, C = a.shape
    rs_dst = slice(max(0, -dr), R - max(0, dr))
    cs_dst = slice(max(0, -dc), C - max(0, dc))
    rs_src = slice(max(0, dr), R + min(0, dr))
    cs_src = slice(max(0, dc), C + min(0, dc))
    b[rs_dst, cs_dst] = a[rs_src, cs_src]
    return b


def _grid_default_r2(occ: np.ndarray, xy_cells: np.ndarray) -> int:
    """Smallest squared radius (in cells², an integer dr² + dc²) giving every occupied cell a neighbour."""
    offsets = {}
    h = int(np.ceil(np.sqrt(_GRID_RING_SEARCH_MAX_R2)))
    for dr in range(-h, h + 1):
        for dc in range(-h, h + 1):
            r2 = dr * dr + dc * dc
            if 0 < r2 <= _GRID_RING_SEARCH_MAX_R2:
                offsets.setdefault(r2, []).append((dr, dc))
    counts = np.zeros(occ.shape, dtype=np.int32)
    occ_i = occ.astype(np.int32)
    for r2 in sorted(offsets):
        for dr, dc in offsets[r2]:
            counts += _shift(occ_i, dr, dc)
        if counts[occ].min() >= 1:
            return r2
    d = min_threshold_distance(xy_cells)  # in cells
    return int(round(d * d))


def grid_distance_band_weights(rows, cols, cell_size: float, threshold: Optional[float] = None, *,
                               shape: Optional[Tuple[int, int]] = None, standardisation: str = BINARY,
                               unit_ids: Optional[Sequence] = None, is_geographic: bool = False,
                               islands: str = "error") -> GridWeights:
    """Distance band on regular-grid units (local ``rows``/``cols``), as a disc kernel.

    ``islands="keep"`` keeps units without neighbour (self only, listed in a message) instead of raising:
    the rule of contiguity weights, for which no band can be widened.

    Equivalent to :func:`distance_band_weights` on the cell centres (same neighbours, same default
    threshold), but Gi* then runs by convolution in O(cells × kernel).
    """
    _check_standardisation(standardisation)
    rows = np.asarray(rows, dtype=np.int64).ravel()
    cols = np.asarray(cols, dtype=np.int64).ravel()
    _check_xy(np.zeros((min(rows.size, 3), 2)), is_geographic, "DISTANCE")  # CRS and count (cells: finite)
    if shape is None:
        shape = (int(rows.max()) + 1, int(cols.max()) + 1)
    occ = np.zeros(shape, dtype=bool)
    occ[rows, cols] = True
    if int(np.count_nonzero(occ)) != rows.size:
        raise ValueError("duplicate grid cells")

    def xy_cells():
        return np.column_stack([cols, rows]).astype(np.float64)

    is_default = threshold is None
    if is_default:
        r2 = _grid_default_r2(occ, xy_cells())
        threshold = float(np.sqrt(r2) * cell_size)
    elif not (threshold > 0 and np.isfinite(threshold)):
        raise AulaInputError(fr=f"DISTANCE : distance invalide ({threshold}).",
                             en=f"DISTANCE: invalid distance ({threshold}).")
    threshold = float(threshold)
    kernel = disc_kernel(threshold / cell_size)
    from scipy.ndimage import correlate
    # cells within the band, each cell included: integers, counted exactly in int32 (a quarter of float64)
    counts = correlate(occ.view(np.uint8), kernel, output=np.empty(shape, dtype=np.int32), mode="constant", cval=0)
    if fills_in_order(rows, cols, shape):  # every cell, in order
        n_neigh = counts.ravel().astype(np.int64)
    else:
        n_neigh = counts[rows, cols].astype(np.int64)
    n_neigh -= 1
    islands_at = np.flatnonzero(n_neigh == 0)
    if islands_at.size and islands != "keep":
        minimum = min_threshold_distance(xy_cells()) * cell_size
        raise _islands_error(islands_at, unit_ids, threshold, minimum, rows.size)
    w = GridWeights(rows=rows, cols=cols, shape=tuple(shape), kernel=kernel, cell_size=float(cell_size),
                    threshold=threshold, threshold_is_default=is_default, standardisation=standardisation,
                    n_neighbours=n_neigh)
    w.messages.append(w.describe())
    if islands_at.size:
        names = [unit_ids[i] for i in islands_at] if unit_ids is not None else islands_at.tolist()
        w.messages.append(Message(
            f"{islands_at.size} unités sans voisin à {threshold:.6g} m : {preview(names)}. Leur Gi* ne compte "
            "qu'elles-mêmes (comme esda).",
            f"{islands_at.size} units without any neighbour within {threshold:.6g} m: {preview(names)}. Their Gi* "
            "counts only themselves (as esda does)."))
    return w
