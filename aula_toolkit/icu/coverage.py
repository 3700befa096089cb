"""Zonal temperature weighted by the exact fraction of each pixel inside a unit.

With the centre-point rule a unit takes the pixels whose centre falls inside it: a unit smaller than a
pixel, or thin, gets no value or a biased one. Here each pixel counts for the share of its area that lies
in the unit (``area(pixel ∩ unit) / area(pixel)``), as exactextract and QGIS's "zonal statistics
(weighted)" do. Statistics per unit: number of pixels touched, area-weighted mean, and area-weighted
population standard deviation ``√(Σ w (v − m)² / Σ w)``.

* :func:`polygon_coverage` — any polygons, given in the raster's CRS (the glue reprojects them): the
  pixels of each polygon's window are intersected with it (pixels strictly inside get 1 without an
  intersection); vectorised over the window's pixels on shapely 2, looped on shapely 1.8.
* :func:`aligned_grid_coverage` — cells of a regular grid in the raster's own CRS (north-up raster): the
  fraction is separable, ``fx × fy``, so every pixel is spread over at most 2 × 2 cells without any
  geometry — as fast as the centre rule.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np
from scipy import sparse

from ..arrays import zeros
from ..errors import AulaInputError

try:  # shapely ≥ 2.0: vectorised predicates and set operations
    import shapely as _shapely

    _VECTORISED = hasattr(_shapely, "intersection") and hasattr(_shapely, "box")
except ImportError:  # pragma: no cover
    _VECTORISED = False
from shapely.geometry import box as _box
from shapely.prepared import prep as _prep

EXACT = "exact"
CENTRE = "centre"
METHODS = (EXACT, CENTRE)


def _north_up(geotransform: Sequence[float]) -> Tuple[float, float, float, float]:
    g = [float(v) for v in geotransform]
    if g[2] != 0.0 or g[4] != 0.0:
        raise AulaInputError(
            fr="TEMPERATURE : raster tourné (géotransformation avec rotation) : la couverture exacte des pixels "
               "exige un raster orienté nord (reprojetez-le avec gdalwarp) ; ou choisissez la règle du centre.",
            en="TEMPERATURE: rotated raster (geotransform with rotation): exact pixel coverage needs a north-up "
               "raster (reproject it with gdalwarp); or choose the centre-point rule.")
    return g[0], g[1], g[3], g[5]


def polygon_coverage(polygons: Sequence, geotransform: Sequence[float], shape: Tuple[int, int],
                     is_canceled=None) -> sparse.csr_matrix:
    """``C[u, p]`` = fraction of pixel ``p`` (flat index ``row × n_cols + col``) inside polygon ``u``
    (polygons in the raster CRS; None or empty → an empty row)."""
    x0, px, y0, py = _north_up(geotransform)
    n_rows, n_cols = int(shape[0]), int(shape[1])
    pixel_area = abs(px * py)
    rows_out, cols_out, vals_out = [], [], []
    for u, poly in enumerate(polygons):
        if is_canceled is not None and u % 256 == 0 and is_canceled():
            return None
        if poly is None or poly.is_empty:
            continue
        xmin, ymin, xmax, ymax = poly.bounds
        c_lo = max(int(np.floor((xmin - x0) / px)), 0)
        c_hi = min(int(np.ceil((xmax - x0) / px)), n_cols)
        r_lo = max(int(np.floor((ymax - y0) / py)), 0)  # py < 0: the top row holds ymax
        r_hi = min(int(np.ceil((ymin - y0) / py)), n_rows)
        if c_hi <= c_lo or r_hi <= r_lo:
            continue
        rr, cc = np.meshgrid(np.arange(r_lo, r_hi), np.arange(c_lo, c_hi), indexing="ij")
        rr, cc = rr.ravel(), cc.ravel()
        bx0 = x0 + cc * px
        by0 = y0 + (rr + 1) * py
        by1 = y0 + rr * py
        if _VECTORISED:
            boxes = _shapely.box(bx0, by0, bx0 + px, by1)
            _shapely.prepare(poly)
            inside = _shapely.contains_properly(poly, boxes)
            frac = inside.astype(np.float64)
            edge = np.flatnonzero(~inside & _shapely.intersects(poly, boxes))
            if edge.size:
                frac[edge] = _shapely.area(_shapely.intersection(boxes[edge], poly)) / pixel_area
        else:
            prepared = _prep(poly)
            frac = np.zeros(rr.size)
            for k in range(rr.size):
                cell = _box(bx0[k], by0[k], bx0[k] + px, by1[k])
                if prepared.contains_properly(cell):
                    frac[k] = 1.0
                elif prepared.intersects(cell):
                    frac[k] = poly.intersection(cell).area / pixel_area
        keep = frac > 1e-12
        rows_out.append(np.full(int(keep.sum()), u, dtype=np.int64))
        cols_out.append(rr[keep] * n_cols + cc[keep])
        vals_out.append(np.minimum(frac[keep], 1.0))
    if not rows_out:
        return sparse.csr_matrix((len(polygons), n_rows * n_cols))
    return sparse.csr_matrix((np.concatenate(vals_out), (np.concatenate(rows_out), np.concatenate(cols_out))),
                             shape=(len(polygons), n_rows * n_cols))


def weighted_stats(coverage: sparse.csr_matrix, values) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(count, mean, std)`` per row of ``coverage`` over the finite ``values`` (flat, one per column):
    count = valid pixels touched; mean and population s.d. weighted by the fractions."""
    v = np.asarray(values, dtype=np.float64).ravel()
    ok = np.isfinite(v)
    c = sparse.csr_matrix(coverage)
    c = c @ sparse.diags(ok.astype(np.float64))
    c.eliminate_zeros()
    c = sparse.csr_matrix(c)
    x = np.where(ok, v, 0.0)
    w = np.asarray(c.sum(axis=1)).ravel()
    count = np.diff(c.indptr).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (c @ x) / w
        var = (c @ (x * x)) / w - mean * mean
    std = np.sqrt(np.maximum(var, 0.0))
    mean[count == 0] = np.nan
    std[count == 0] = np.nan
    return count, mean, std


def aligned_grid_coverage(values, geotransform: Sequence[float], cell_size: float,
                          extent: Optional[Tuple[float, float, float, float]] = None):
    """Cells of ``cell_size`` aligned on multiples of it, in the raster's CRS, weighted by the exact
    fraction of each pixel: returns ``(col0, row0, n_cols, n_rows, count, weight_sum, mean, std)`` over
    the block covering the valid pixels (``extent`` restricts it), flattened south-west first like
    :class:`.grid.GridSpec`. Pixels larger than the cells are refused (use the centre rule).

    ``values``: the band (2-D, NaN = no value), or an object with ``shape`` and ``rows(start, stop)``
    giving the band's rows on demand (:class:`.temperature.TemperatureReading`).

    The fraction of a pixel in a cell is ``fx(column) × fy(row)``: every sum over pixels is two sparse
    products ``Fy · values · Fxᵀ`` (each pixel row and column touches at most 2 cells), linear in the
    pixels with no per-pixel index arrays. They run by strips of pixel rows that stay in the processor's
    cache (the band is never copied whole, in float64 or otherwise), so the time per pixel does not
    grow with the raster. Where a rounding sliver could make a product fall under the ``1e-12`` share a
    pixel needs to count, the per-pixel form below decides instead."""
    x0, px, y0, py = _north_up(geotransform)
    if hasattr(values, "rows"):
        shape, rows_of = tuple(values.shape), values.rows
    else:
        band = np.asarray(values, dtype=np.float64)
        shape, rows_of = band.shape, (lambda a, b: band[a:b])
    if abs(px) > cell_size or abs(py) > cell_size:
        raise AulaInputError(
            fr=f"TEMPERATURE : pixels ({abs(px):g} m) plus grands que les carreaux ({cell_size:g} m) : "
               "choisissez la règle du centre ou des carreaux plus grands.",
            en=f"TEMPERATURE: pixels ({abs(px):g} m) larger than the cells ({cell_size:g} m): "
               "choose the centre-point rule or larger cells.")
    n_r, n_c = shape
    left = x0 + np.arange(n_c) * px
    right = left + px
    top = y0 + np.arange(n_r) * py
    bottom = top + py
    if px < 0:
        left, right = right, left
    if py > 0:
        top, bottom = bottom, top
    col_ok = row_ok = None
    if extent is not None:
        col_ok = (right > extent[0]) & (left < extent[2])
        row_ok = (top > extent[1]) & (bottom < extent[3])
    s = float(cell_size)
    k0 = np.floor(left / s).astype(np.int64)
    j0 = np.floor(bottom / s).astype(np.int64)
    fx = _edge_shares(left, right, k0, s)  # (n_c, 2) overlap in metres with cells k0, k0 + 1
    fy = _edge_shares(bottom, top, j0, s)
    wx = fx / (right - left)[:, None]
    wy = fy / (top - bottom)[:, None]
    # the per-pixel form counts a pixel where fx·fy/area > 1e-12: equal to fx > 0 and fy > 0 unless slivers
    if _smallest_positive(wx) * _smallest_positive(wy) <= 4e-12:
        v = np.asarray(values.celsius if hasattr(values, "rows") else values, dtype=np.float64)
        return _aligned_grid_coverage_pixels(v, x0, px, y0, py, s, extent)
    # sums over the cells of the whole raster, strip by strip; trimmed to the valid pixels' block after
    c_all, r_all = int(k0.min()), int(j0.min())
    nc_all = int(np.floor(np.nextafter(right.max(), -np.inf) / s)) - c_all + 1
    nr_all = int(np.floor(np.nextafter(top.max(), -np.inf) / s)) - r_all + 1
    ax = _share_matrix(wx, k0 - c_all, nc_all)  # n_cols × n_c
    ay = _share_matrix(wy, j0 - r_all, nr_all).tocsc()  # n_rows × n_r, sliced by pixel rows below
    whole = bool(np.all(ax.data == 1.0) and np.all(ay.data == 1.0))  # every pixel inside one cell
    bx, by = ax.copy(), ay.copy()
    bx.data[:] = 1.0
    by.data[:] = 1.0
    sums = zeros((4, nr_all, nc_all))  # Σ share, Σ share·v, Σ share·v², pixels touched
    used_cols = np.zeros(n_c, dtype=bool)
    used_rows = np.zeros(n_r, dtype=bool)
    cell_row = j0 - r_all
    bounds = _strip_bounds(cell_row, wy, max(1, _STRIP_PIXELS // max(n_c, 1)))
    buffer = np.empty((int(np.diff(bounds).max()), 3, n_c))  # a strip's 1, v and v² where valid, side by side
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        v = rows_of(a, b)
        valid = np.isfinite(v)
        if row_ok is not None:
            valid &= row_ok[a:b, None] & col_ok[None, :]
        used_cols |= valid.any(axis=0)
        used_rows[a:b] = valid.any(axis=1)
        lo = max(int(cell_row[a:b].min()), 0)
        hi = min(int(cell_row[a:b].max()) + 2, nr_all)
        stacked = buffer[:b - a]
        np.copyto(stacked[:, 0], valid)
        np.copyto(stacked[:, 1], v)
        np.copyto(stacked[:, 1], 0.0, where=~valid)
        np.multiply(stacked[:, 1], stacked[:, 1], out=stacked[:, 2])
        along = ay[lo:hi, a:b] @ stacked.reshape(b - a, 3 * n_c)  # (cell rows, 3 × pixel columns)
        across = ax @ np.ascontiguousarray(along.reshape(-1, n_c).T)  # (cells, 3 × cell rows): one product
        sums[:3, lo:hi] += across.T.reshape(hi - lo, 3, nc_all).transpose(1, 0, 2)
        if not whole:  # pixels touched: the same products with every share 1 (else the share sum itself)
            sums[3, lo:hi] += (bx @ np.ascontiguousarray((by[lo:hi, a:b] @ stacked[:, 0]).T)).T
    if whole:
        sums[3] = sums[0]
    if not used_cols.any():
        raise AulaInputError(fr="TEMPERATURE : aucun pixel valide dans l'emprise des unités.",
                             en="TEMPERATURE: no valid pixel inside the units' extent.")
    col0, row0 = int(k0[used_cols].min()), int(j0[used_rows].min())
    n_cols = int(np.floor(np.nextafter(right[used_cols].max(), -np.inf) / s)) - col0 + 1
    n_rows = int(np.floor(np.nextafter(top[used_rows].max(), -np.inf) / s)) - row0 + 1
    block = sums[:, row0 - r_all:row0 - r_all + n_rows, col0 - c_all:col0 - c_all + n_cols]
    wsum, wv, wv2 = (block[q].ravel() for q in range(3))
    count = np.rint(block[3].ravel()).astype(np.int64)
    mean, std = _weighted_moments(wsum, wv, wv2, count)
    return col0, row0, n_cols, n_rows, count, wsum, mean, std


_STRIP_PIXELS = 1 << 16  # pixels per strip of aligned_grid_coverage: its float64 temporaries fit in cache


def _strip_bounds(cell_row: np.ndarray, wy: np.ndarray, step: int) -> np.ndarray:
    """Pixel rows where strips start (and the end), about ``step`` rows apart, only between two pixel rows
    that share no cell: every cell's sums are then made in one strip, in the order of the whole-band
    products (the same numbers to the last bit). Without such a place, one strip."""
    n = cell_row.size
    lo = cell_row
    hi = cell_row + (wy[:, 1] > 0)
    clean = np.flatnonzero((hi[1:] < lo[:-1]) | (hi[:-1] < lo[1:])) + 1
    bounds = [0]
    while True:
        at = int(np.searchsorted(clean, bounds[-1] + step, side="right")) - 1
        if at < 0 or clean[at] <= bounds[-1]:  # no clean place within a step: the next one after it
            at = int(np.searchsorted(clean, bounds[-1], side="right"))
            if at >= clean.size:
                break
        bounds.append(int(clean[at]))
    bounds.append(n)
    return np.asarray(bounds)


def _edge_shares(low: np.ndarray, high: np.ndarray, first: np.ndarray, s: float) -> np.ndarray:
    """Length of each interval ``[low, high)`` inside the cells ``first`` and ``first + 1`` (n × 2)."""
    out = np.empty((low.size, 2))
    for d in (0, 1):
        k = first + d
        out[:, d] = np.clip(np.minimum(high, (k + 1) * s) - np.maximum(low, k * s), 0.0, None)
    return out


def _smallest_positive(a: np.ndarray) -> float:
    positive = a[a > 0]
    return float(positive.min()) if positive.size else 1.0


def _share_matrix(shares: np.ndarray, first: np.ndarray, n_cells: int) -> sparse.csr_matrix:
    """``M[cell, pixel line]`` = share of the pixel line in the cell (cells ``first``, ``first + 1``)."""
    lines = np.repeat(np.arange(shares.shape[0]), 2)
    cells = (first[:, None] + np.array([0, 1])[None, :]).ravel()
    w = shares.ravel()
    keep = (w > 0) & (cells >= 0) & (cells < n_cells)
    return sparse.csr_matrix((w[keep], (cells[keep], lines[keep])), shape=(n_cells, shares.shape[0]))


def _aligned_grid_coverage_pixels(v, x0, px, y0, py, s, extent):
    """:func:`aligned_grid_coverage` pixel by pixel (vectorised): the rule the separable form reproduces."""
    r, c = np.nonzero(np.isfinite(v))
    vals = v[r, c]
    left = x0 + c * px
    right = left + px
    top = y0 + r * py
    bottom = top + py
    if px < 0:
        left, right = right, left
    if py > 0:
        top, bottom = bottom, top
    if extent is not None:
        ok = (right > extent[0]) & (left < extent[2]) & (top > extent[1]) & (bottom < extent[3])
        r, c, vals, left, right, top, bottom = (a[ok] for a in (r, c, vals, left, right, top, bottom))
    if vals.size == 0:
        raise AulaInputError(fr="TEMPERATURE : aucun pixel valide dans l'emprise des unités.",
                             en="TEMPERATURE: no valid pixel inside the units' extent.")
    area = (right - left) * (top - bottom)
    k0 = np.floor(left / s).astype(np.int64)
    j0 = np.floor(bottom / s).astype(np.int64)
    col0, row0 = int(k0.min()), int(j0.min())
    n_cols = int(np.floor(np.nextafter(right.max(), -np.inf) / s)) - col0 + 1
    n_rows = int(np.floor(np.nextafter(top.max(), -np.inf) / s)) - row0 + 1
    n_cells = n_cols * n_rows
    wsum = np.zeros(n_cells)
    wv = np.zeros(n_cells)
    wv2 = np.zeros(n_cells)
    count = np.zeros(n_cells, dtype=np.int64)
    for dk in (0, 1):
        kx = k0 + dk
        fx = np.clip(np.minimum(right, (kx + 1) * s) - np.maximum(left, kx * s), 0.0, None)
        for dj in (0, 1):
            jy = j0 + dj
            fy = np.clip(np.minimum(top, (jy + 1) * s) - np.maximum(bottom, jy * s), 0.0, None)
            w = fx * fy / area
            hit = w > 1e-12
            label = (jy[hit] - row0) * n_cols + (kx[hit] - col0)
            ww = w[hit]
            wsum += np.bincount(label, weights=ww, minlength=n_cells)
            wv += np.bincount(label, weights=ww * vals[hit], minlength=n_cells)
            wv2 += np.bincount(label, weights=ww * vals[hit] ** 2, minlength=n_cells)
            count += np.bincount(label, minlength=n_cells)
    mean, std = _weighted_moments(wsum, wv, wv2, count)
    return col0, row0, n_cols, n_rows, count, wsum, mean, std


# --------------------------------------------------------------------------------------------------
# many small polygons (grid cells reprojected into the raster's CRS): clipping in numpy
# --------------------------------------------------------------------------------------------------
def _clip_half_plane(pts: np.ndarray, valid: np.ndarray, axis: int, bound: np.ndarray, keep_above: bool):
    """Sutherland–Hodgman step for M polygons at once: keep the side ``x[axis] ≥ bound`` (or ≤).

    ``pts`` (M, K, 2) with ``valid`` (M, K) marking the first n vertices of each row (packed in front)."""
    m, k, _ = pts.shape
    n = valid.sum(axis=1)
    idx = np.arange(k)
    nxt = np.where(idx[None, :] + 1 < n[:, None], idx[None, :] + 1, 0)
    cur = pts
    nex = np.take_along_axis(pts, nxt[:, :, None].repeat(2, axis=2), axis=1)
    b = bound[:, None]
    d_cur = (cur[:, :, axis] - b) if keep_above else (b - cur[:, :, axis])
    d_nex = (nex[:, :, axis] - b) if keep_above else (b - nex[:, :, axis])
    in_cur, in_nex = d_cur >= 0, d_nex >= 0
    with np.errstate(invalid="ignore", divide="ignore"):
        t = d_cur / (d_cur - d_nex)
        cross = cur + t[:, :, None] * (nex - cur)
    out = np.empty((m, 2 * k, 2))
    out[:, 0::2] = cur
    out[:, 1::2] = cross
    ok = np.empty((m, 2 * k), dtype=bool)
    ok[:, 0::2] = in_cur & valid
    ok[:, 1::2] = (in_cur != in_nex) & valid
    counts = ok.sum(axis=1)
    width = max(int(counts.max()), 1)
    position = np.cumsum(ok, axis=1) - 1  # valid vertices packed in front, order kept
    packed = np.zeros((m, width, 2))
    rows = np.broadcast_to(np.arange(m)[:, None], ok.shape)
    packed[rows[ok], position[ok]] = out[ok]
    return packed, np.arange(width)[None, :] < counts[:, None]


def clipped_areas(rings: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Area of ``rings[i] ∩ boxes[i]`` for M simple polygons against axis-aligned boxes
    ``(xmin, ymin, xmax, ymax)``: exact (Sutherland–Hodgman against the box, then the shoelace formula),
    vectorised; ``rings`` is (M, K, 2), open (last vertex ≠ first)."""
    pts = np.asarray(rings, dtype=np.float64)
    valid = np.ones(pts.shape[:2], dtype=bool)
    bx = np.asarray(boxes, dtype=np.float64)
    for axis, column, above in ((0, 0, True), (0, 2, False), (1, 1, True), (1, 3, False)):
        pts, valid = _clip_half_plane(pts, valid, axis, bx[:, column], above)
    n = valid.sum(axis=1)
    idx = np.arange(pts.shape[1])
    nxt = np.where(idx[None, :] + 1 < n[:, None], idx[None, :] + 1, 0)
    x, y = pts[:, :, 0], pts[:, :, 1]
    xn = np.take_along_axis(x, nxt, axis=1)
    yn = np.take_along_axis(y, nxt, axis=1)
    cross = np.where(valid, x * yn - xn * y, 0.0)
    return np.abs(cross.sum(axis=1)) / 2.0


def _inside_or_outside(quads: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """1 where the box lies inside the convex quad, 0 where an edge of the quad separates them, NaN
    elsewhere (to be clipped). Each edge is a half-plane ``n·p ≥ c`` (inner side, whatever the winding);
    its extreme values over the box come from the box's bounds, without enumerating corners."""
    a = quads
    b = np.roll(quads, -1, axis=1)
    winding = np.sign(np.sum(a[:, :, 0] * b[:, :, 1] - b[:, :, 0] * a[:, :, 1], axis=1))[:, None]
    nx = -(b[:, :, 1] - a[:, :, 1]) * winding
    ny = (b[:, :, 0] - a[:, :, 0]) * winding
    c = nx * a[:, :, 0] + ny * a[:, :, 1]
    x0, y0, x1, y1 = (boxes[:, k:k + 1] for k in range(4))
    low = np.minimum(nx * x0, nx * x1) + np.minimum(ny * y0, ny * y1) - c
    high = np.maximum(nx * x0, nx * x1) + np.maximum(ny * y0, ny * y1) - c
    out = np.full(boxes.shape[0], np.nan)
    out[(low >= 0).all(axis=1)] = 1.0
    out[(high <= 0).any(axis=1)] = 0.0
    return out


def quad_coverage(quads: np.ndarray, geotransform: Sequence[float], shape: Tuple[int, int],
                  chunk: int = 2_000_000) -> sparse.csr_matrix:
    """:func:`polygon_coverage` for many small convex quadrilaterals (N, 4, 2) in the raster's CRS —
    grid cells reprojected — without shapely: every (cell, pixel of its window) pair is clipped in numpy."""
    x0, px, y0, py = _north_up(geotransform)
    n_rows, n_cols = int(shape[0]), int(shape[1])
    q = np.asarray(quads, dtype=np.float64)
    n = q.shape[0]
    xmin, xmax = q[:, :, 0].min(axis=1), q[:, :, 0].max(axis=1)
    ymin, ymax = q[:, :, 1].min(axis=1), q[:, :, 1].max(axis=1)
    c_lo = np.clip(np.floor((xmin - x0) / px).astype(np.int64), 0, n_cols)
    c_hi = np.clip(np.ceil((xmax - x0) / px).astype(np.int64), 0, n_cols)
    r_lo = np.clip(np.floor((ymax - y0) / py).astype(np.int64), 0, n_rows)
    r_hi = np.clip(np.ceil((ymin - y0) / py).astype(np.int64), 0, n_rows)
    w = np.maximum(c_hi - c_lo, 0)
    h = np.maximum(r_hi - r_lo, 0)
    sizes = w * h
    pixel_area = abs(px * py)
    rows_out, cols_out, vals_out = [], [], []
    start = 0
    while start < n:
        stop = start + 1
        total = sizes[start]
        while stop < n and total + sizes[stop] <= chunk:
            total += sizes[stop]
            stop += 1
        units = np.arange(start, stop)
        per = sizes[units]
        u = np.repeat(units, per)
        offset = np.arange(per.sum()) - np.repeat(np.cumsum(per) - per, per)
        ww = np.maximum(w[u], 1)
        r = r_lo[u] + offset // ww
        c = c_lo[u] + offset % ww
        left = x0 + c * px
        right = left + px
        top = y0 + r * py
        bottom = top + py
        boxes = np.column_stack([np.minimum(left, right), np.minimum(top, bottom),
                                 np.maximum(left, right), np.maximum(top, bottom)])
        frac = _inside_or_outside(q[u], boxes)
        edge = np.flatnonzero(np.isnan(frac))
        if edge.size:
            frac[edge] = clipped_areas(q[u[edge]], boxes[edge]) / pixel_area
        keep = frac > 1e-12
        rows_out.append(u[keep])
        cols_out.append(r[keep] * n_cols + c[keep])
        vals_out.append(np.minimum(frac[keep], 1.0))
        start = stop
    if not rows_out:
        return sparse.csr_matrix((n, n_rows * n_cols))
    return sparse.csr_matrix((np.concatenate(vals_out), (np.concatenate(rows_out), np.concatenate(cols_out))),
                             shape=(n, n_rows * n_cols))


def _weighted_moments(wsum, wv, wv2, count):
    """Coverage-weighted mean and standard deviation per cell from the weighted sums (NaN where no pixel)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = wv / wsum
        std = wv2 / wsum
        std -= mean * mean
        np.maximum(std, 0.0, out=std)
        np.sqrt(std, out=std)
    empty = count == 0
    if empty.any():
        mean[empty] = np.nan
        std[empty] = np.nan
    return mean, std
