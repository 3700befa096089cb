"""Getis-Ord Gi* in the closed form used by ArcGIS "Hot Spot Analysis" (Getis & Ord 1992; Ord & Getis 1995).

For values x (n units), weights w (self included, ``w_ii > 0``), x̄ the mean, S the population s.d.::

           Σ_j w_ij x_j − x̄ Σ_j w_ij
    z_i = -----------------------------------------------------
           S · sqrt( [ n Σ_j w_ij² − (Σ_j w_ij)² ] / (n − 1) )

Gi* *is* this z-score. It equals PySAL ``esda.G_Local(y, w, transform='B', star=True).Zs`` on binary
weights with self-weight 1 (not esda's default ``transform='R'``), is unchanged by row standardisation
and by any affine change of the values (°C ↔ K, negative means: no sign flip, unlike esda's ratio form).

The numerator is computed on centred values (``Σ_j w_ij (x_j − x̄)``), which keeps full precision
whatever the offset of the values. Two implementations:

* sparse: one CSR mat-vec, O(nnz);
* regular grid: the same sums by 2-D correlation with the kernel over the grid (``x`` zero outside the
  units, ``W_i`` = correlation of the unit mask), O(cells × kernel), no neighbour lists at all.
"""

from __future__ import annotations

from typing import Optional, Union

import numpy as np
from scipy import sparse
from scipy.ndimage import correlate
from scipy.special import ndtr, ndtri

from ..errors import AulaInputError, Message, raise_if_cancelled
from .grid import fills_in_order
from .weights import GridWeights, SpatialWeights

#: relative threshold under which the temperature field is considered constant
CONSTANT_RTOL = 1e-12


def _check_values(values, n: int, layer: str) -> np.ndarray:
    x = np.asarray(values, dtype=np.float64).ravel()
    if x.size != n:
        raise ValueError(f"{x.size} values for {n} weighted units")
    bad = np.flatnonzero(~np.isfinite(x))
    if bad.size:
        raise AulaInputError(
            fr=f"{layer} : {bad.size} unités sans valeur (NaN) ; écartez-les avant le calcul des poids.",
            en=f"{layer}: {bad.size} units without value (NaN); leave them out before building the weights.",
        )
    return x


def _centre_and_scale(x: np.ndarray, layer: str):
    n = x.size
    mean = x.mean()
    xc = x - mean
    s = float(np.sqrt(np.mean(xc * xc)))
    if not s > CONSTANT_RTOL * max(1.0, abs(float(mean))):
        raise AulaInputError(
            fr=(f"{layer} : température constante ({mean:.6g}) sur les {n} unités : sans variance, Gi* n'est "
                "pas défini."),
            en=f"{layer}: constant temperature ({mean:.6g}) over the {n} units: without variance Gi* is undefined.",
        )
    return xc, s


def _z_from_sums(num, w_sum, w2_sum, s: float, n: int) -> np.ndarray:
    var = n * w2_sum  # the formula above, computed in place (the same operations, fewer temporaries)
    var -= w_sum * w_sum
    var /= n - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = np.sqrt(var)
        scale *= s
        z = np.divide(num, scale, out=scale)
    # a unit whose neighbourhood is every unit has no variance: undefined
    z[~(var > 0)] = np.nan
    return z


def gi_star_sparse(values, matrix, layer: str = "TEMPERATURE") -> np.ndarray:
    """Gi* z-scores for any non-negative weights matrix with positive diagonal (CSR or convertible)."""
    m = sparse.csr_matrix(matrix)
    n = m.shape[0]
    x = _check_values(values, n, layer)
    xc, s = _centre_and_scale(x, layer)
    num = m @ xc
    w_sum = np.asarray(m.sum(axis=1)).ravel()
    if np.all(m.data == 1.0):
        w2_sum = w_sum
    else:
        w2_sum = np.asarray(m.multiply(m).sum(axis=1)).ravel()
    return _z_from_sums(num, w_sum, w2_sum, s, n)


def gi_star_raster(values_2d, kernel, mask=None, layer: str = "TEMPERATURE", w_sum=None) -> np.ndarray:
    """Gi* z-scores on a 2-D array; ``mask`` True = unit (default: finite values). NaN outside units.

    ``kernel``: odd-sized 2-D weights (centre = self weight), e.g. :func:`.weights.disc_kernel`.
    Equals :func:`gi_star_sparse` with the matching distance-band weights on the cell centres.
    ``w_sum`` (2-D, optional): each unit's sum of weights when already known (one correlation less).
    """
    a = np.asarray(values_2d, dtype=np.float64)
    m = np.isfinite(a) if mask is None else (np.asarray(mask, dtype=bool) & np.isfinite(a))
    k = np.asarray(kernel, dtype=np.float64)
    n = int(m.sum())
    if n < 3:
        raise AulaInputError(fr=f"{layer} : au moins 3 unités sont nécessaires ({n}).",
                             en=f"{layer}: at least 3 units are needed ({n}).")
    x = a[m]
    xc, s = _centre_and_scale(x, layer)
    grid = np.zeros(a.shape, dtype=np.float64)
    grid[m] = xc
    mf = m.astype(np.float64)
    num = correlate(grid, k, mode="constant", cval=0.0)[m]
    w_sum = correlate(mf, k, mode="constant", cval=0.0)[m] if w_sum is None else np.asarray(w_sum, dtype=np.float64)[m]
    w2_sum = w_sum if np.all((k == 0) | (k == 1)) else correlate(mf, k * k, mode="constant", cval=0.0)[m]
    out = np.full(a.shape, np.nan)
    out[m] = _z_from_sums(num, w_sum, w2_sum, s, n)
    return out


def gi_star(values, weights: Union[SpatialWeights, GridWeights, sparse.spmatrix],
            layer: str = "TEMPERATURE") -> np.ndarray:
    """Gi* z-scores of ``values`` (one per unit, in the weights' unit order).

    Dispatches to the convolution fast path for :class:`.weights.GridWeights`, to the sparse form
    otherwise. Raises :class:`AulaInputError` on NaN values or a constant field.
    """
    if isinstance(weights, GridWeights):
        x = _check_values(values, weights.n, layer)
        k = np.asarray(weights.kernel, dtype=np.float64)
        if np.all((k == 0) | (k == 1)) and k[k.shape[0] // 2, k.shape[1] // 2] == 1 and weights.n >= 3:
            return _gi_star_binary_grid(x, weights, k, layer)
        grid = np.full(weights.shape, np.nan)
        grid[weights.rows, weights.cols] = x
        w_sum = None
        k = np.asarray(weights.kernel)
        if np.all((k == 0) | (k == 1)) and k[k.shape[0] // 2, k.shape[1] // 2] == 1:  # binary: neighbours + self
            w_sum = np.zeros(weights.shape)
            w_sum[weights.rows, weights.cols] = np.asarray(weights.n_neighbours, dtype=np.float64) + 1.0
        return gi_star_raster(grid, weights.kernel, layer=layer, w_sum=w_sum)[weights.rows, weights.cols]
    if isinstance(weights, SpatialWeights):
        return gi_star_sparse(values, weights.matrix, layer=layer)
    return gi_star_sparse(values, weights, layer=layer)


def _gi_star_binary_grid(x: np.ndarray, weights: GridWeights, kernel: np.ndarray, layer: str) -> np.ndarray:
    """:func:`gi_star_raster` for binary disc weights, in unit order: each unit's weight sum is its
    neighbour count + 1 (known from the weights), one correlation for the numerator, and no scatter or
    gather at all when the units are every cell of the grid in order (a raster covering its rectangle)."""
    xc, s = _centre_and_scale(x, layer)
    rows, cols = weights.rows, weights.cols
    n_rows, n_cols = weights.shape
    full = fills_in_order(rows, cols, weights.shape)
    if full:
        grid = xc.reshape(n_rows, n_cols)
    else:
        grid = np.zeros(weights.shape)
        grid[rows, cols] = xc
    num = correlate(grid, kernel, output=np.empty(grid.shape), mode="constant", cval=0.0)  # see arrays.py
    num = num.ravel() if full else num[rows, cols]
    w_sum = np.asarray(weights.n_neighbours, dtype=np.float64) + 1.0
    return _z_from_sums(num, w_sum, w_sum, s, x.size)


def two_sided_p(z) -> np.ndarray:
    """p = 2 (1 − Φ(|z|)) (NaN stays NaN)."""
    z = np.asarray(z, dtype=np.float64)
    p = np.abs(z)
    np.negative(p, out=p)
    ndtr(p, out=p)
    p *= 2.0
    return p


# --------------------------------------------------------------------------------------------------
# conditional permutations (optional, small n)
# --------------------------------------------------------------------------------------------------
#: permutations are offered only while n × R × (max neighbours) stays below this (≈ 10 s of numpy)
MAX_PERMUTATION_WORK = 1.0e9
#: elements gathered per chunk (memory bound: ×8 bytes)
_PERMUTATION_CHUNK = 4_000_000


def permutation_work(n: int, permutations: int, max_neighbours: int) -> float:
    return float(n) * float(permutations) * float(max(max_neighbours, 1))


def permutation_p_values(values, weights, permutations: int = 999, seed: Optional[int] = 12345,
                         layer: str = "TEMPERATURE", cancelled=None) -> np.ndarray:
    """Two-sided pseudo p-values of Gi* by conditional randomisation (esda's scheme, two-sided).

    For each unit i, ``x_i`` stays in place and its ``k_i`` neighbours are drawn without replacement
    from the other n − 1 values (one table of R draws shared by every unit, as ``esda.crand``); the
    weighted neighbour sum of each draw is compared with the observed one, folded around its exact
    conditional expectation ``W_i (Σx − x_i)/(n − 1)``::

        p_i = (1 + #{ r : |sim_r − E_i| ≥ |obs_i − E_i| }) / (R + 1)

    The smallest reachable p is 1/(R + 1) (see :func:`permutation_floor_warning`). Seeded: the same
    seed gives the same p-values. Gi*'s mean and variance do not change under permutation, so
    comparing neighbour sums is comparing z-scores.
    """
    if isinstance(weights, GridWeights):
        weights = weights.to_sparse()
    m = sparse.csr_matrix(weights.matrix if isinstance(weights, SpatialWeights) else weights, dtype=np.float64)
    n = m.shape[0]
    x = _check_values(values, n, layer)
    _centre_and_scale(x, layer)
    R = int(permutations)
    if R < 1:
        raise AulaInputError(fr=f"PERMUTATIONS : nombre invalide ({permutations}).",
                             en=f"PERMUTATIONS: invalid number ({permutations}).")
    off = m - sparse.diags(m.diagonal())
    off = sparse.csr_matrix(off)
    off.eliminate_zeros()
    off.sort_indices()
    k = np.diff(off.indptr)
    kmax = int(k.max()) if n else 0
    if kmax == 0:
        return np.ones(n)
    if kmax > n - 1:
        raise ValueError("more neighbours than other units")
    rng = np.random.default_rng(seed)
    table = np.empty((R, kmax), dtype=np.int64)
    for r in range(R):
        if r % 256 == 0:
            raise_if_cancelled(cancelled)
        table[r] = rng.choice(n - 1, size=kmax, replace=False)
    # padded neighbour weights (c × kmax), CSR order
    pos = np.arange(off.nnz) - np.repeat(off.indptr[:-1], k)
    wpad = np.zeros((n, kmax))
    wpad[np.repeat(np.arange(n), k), pos] = off.data
    obs = off @ x
    w_off = wpad.sum(axis=1)
    expected = w_off * (x.sum() - x) / (n - 1)
    tol = 1e-9 * (np.abs(x).max() * np.maximum(w_off, 1.0))
    p = np.empty(n)
    chunk = max(1, _PERMUTATION_CHUNK // (R * kmax))
    for start in range(0, n, chunk):
        raise_if_cancelled(cancelled)
        i = np.arange(start, min(n, start + chunk))
        idx = table[None, :, :] + (table[None, :, :] >= i[:, None, None])
        sim = np.einsum("crk,ck->cr", x[idx], wpad[i])
        dev = np.abs(sim - expected[i, None])
        extreme = np.count_nonzero(dev >= (np.abs(obs[i] - expected[i]) - tol[i])[:, None], axis=1)
        p[i] = (extreme + 1.0) / (R + 1.0)
    return p


def permutation_floor_warning(n: int, permutations: int, fdr: bool):
    """The 1/(R+1) floor of pseudo p-values, and its consequence with FDR (icu.md §2.4)."""
    floor = 1.0 / (permutations + 1)
    fr = (f"Permutations : {permutations} tirages, la plus petite pseudo-p atteignable est 1/(R+1) = {floor:.4g} ; "
          f"la classe 99 % exige p ≤ 0,01")
    en = (f"Permutations: {permutations} draws, the smallest reachable pseudo p-value is 1/(R+1) = {floor:.4g}; "
          f"the 99 % bin needs p ≤ 0.01")
    if fdr:
        need = int(np.ceil(n / (0.01 * (permutations + 1))))
        fr += (f" ; avec la correction FDR, au moins {min(need, n)} unités sur {n} doivent atteindre ce plancher "
               "pour qu'une seule soit classée à 99 % — préférez les p analytiques ou augmentez R")
        en += (f"; with the FDR correction at least {min(need, n)} of {n} units must sit at this floor for any to "
               "reach the 99 % bin — prefer analytical p-values or raise R")
    return Message(fr + ".", en + ".")


# --------------------------------------------------------------------------------------------------
# confidence bins, FDR and labels (ArcGIS Gi_Bin)
# --------------------------------------------------------------------------------------------------
#: (bin level, alpha): 3 = 99 %, 2 = 95 %, 1 = 90 %
CONFIDENCE_LEVELS = ((1, 0.10), (2, 0.05), (3, 0.01))
CONFIDENCE_PERCENT = {1: 90, 2: 95, 3: 99}


def fdr_cutoff(p, alpha: float) -> float:
    """Benjamini–Hochberg step-up: the largest p_(k) with p_(k) ≤ k·α/n (−1 when none passes)."""
    p = np.asarray(p, dtype=np.float64)
    p = np.sort(p[np.isfinite(p)])
    n = p.size
    if n == 0:
        return -1.0
    ok = np.flatnonzero(p <= alpha * np.arange(1, n + 1) / n)
    return float(p[ok[-1]]) if ok.size else -1.0


def confidence_bins(z, p, fdr: bool = False) -> np.ndarray:
    """Gi_Bin: sign(z) × the highest level (1: 90 %, 2: 95 %, 3: 99 %) whose α the p-value passes.

    With ``fdr`` the critical p-values are those of Benjamini–Hochberg at each α (ArcGIS's FDR option:
    only the bins change, never z or p). NaN z or p → 0.
    """
    z = np.asarray(z, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    level = np.zeros(z.shape, dtype=np.int64)
    finite = np.isfinite(p) & np.isfinite(z)
    for lvl, alpha in CONFIDENCE_LEVELS:
        cut = fdr_cutoff(p[finite], alpha) if fdr else alpha
        with np.errstate(invalid="ignore"):
            level[finite & (p <= cut)] = lvl
    return (np.sign(np.nan_to_num(z)).astype(np.int64) * level).astype(np.int64)


def analytical_bins(z) -> np.ndarray:
    """:func:`confidence_bins` of the analytical p-values (no FDR) without computing them: p falls as |z|
    grows, so each level is a threshold on |z|. Only the values within a millionth of a threshold, where
    rounding could tell otherwise, get their p computed and compared as :func:`confidence_bins` does: the
    classes are the same to the last unit."""
    z = np.asarray(z, dtype=np.float64)
    a = np.abs(z)
    edges = [-float(ndtri(alpha / 2.0)) for _, alpha in CONFIDENCE_LEVELS]  # p(edge) = alpha, rising
    above = np.zeros(z.shape, dtype=np.int8)  # levels passed with a margin
    below = np.zeros(z.shape, dtype=np.int8)  # levels that could be passed
    with np.errstate(invalid="ignore"):
        for edge in edges:
            above += a > edge * (1.0 + 1e-6)
            below += a >= edge * (1.0 - 1e-6)
    near = np.flatnonzero(above != below)
    if near.size:
        p = two_sided_p(z[near])
        level = np.zeros(near.size, dtype=np.int8)
        for lvl, alpha in CONFIDENCE_LEVELS:
            level[p <= alpha] = lvl
        above[near] = level
    above[~np.isfinite(z)] = 0  # as confidence_bins: an infinite z has no class
    sign = (z > 0).view(np.int8) - (z < 0).view(np.int8)
    return (sign * above).astype(np.int64)


BIN_LABELS = {
    3: ("Point chaud (confiance 99 %)", "Hot spot (99 % confidence)"),
    2: ("Point chaud (confiance 95 %)", "Hot spot (95 % confidence)"),
    1: ("Point chaud (confiance 90 %)", "Hot spot (90 % confidence)"),
    0: ("Non significatif", "Not significant"),
    -1: ("Point froid (confiance 90 %)", "Cold spot (90 % confidence)"),
    -2: ("Point froid (confiance 95 %)", "Cold spot (95 % confidence)"),
    -3: ("Point froid (confiance 99 %)", "Cold spot (99 % confidence)"),
}


def bin_labels(bins, lang: str = "fr") -> np.ndarray:
    i = 0 if lang == "fr" else 1
    table = {b: lab[i] for b, lab in BIN_LABELS.items()}
    return np.array([table[int(b)] for b in np.asarray(bins).ravel()], dtype=object)
