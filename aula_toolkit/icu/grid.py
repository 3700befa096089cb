"""Regular grid units aligned on the INSEE 200 m grid, and zonal temperature per cell.

Alignment
---------
A cell of size ``s`` in a grid CRS is the square ``[E, E + s) × [N, N + s)`` where ``E`` and ``N`` are
**multiples of s** in that CRS. Its identifier names its **south-west corner** in the INSEE Filosofi
style: ``CRS{epsg}RES{s}mN{N}E{E}``, e.g. ``CRS3035RES200mN2029800E4252400``.

* With the default ``epsg=3035`` (ETRS89-LAEA) and ``s = 200`` this *is* the INSEE 200 m grid: our
  cells and identifiers coincide cell for cell with the Filosofi squares, so population joins by id
  (:func:`.population.join_by_cell_id`), without areal weighting.
* Cells are exact squares only in EPSG:3035. Units shown in Lambert-93 (EPSG:2154) are the same cells
  reprojected: slightly rotated quadrilaterals, exactly how INSEE delivers its 2154 geometry. The glue
  therefore (1) hands pixel centres to the core **in EPSG:3035** (``to_grid_crs`` callable wrapping a
  ``QgsCoordinateTransform``, or a raster already in 3035), and (2) builds output polygons from
  :meth:`GridSpec.corners` (in 3035) reprojected to the output CRS.
* A grid in another projected CRS (``epsg=2154``, any ``cell_size``) is aligned on multiples of the
  cell size in *that* CRS; it does not coincide with Filosofi cells, so population is areal-weighted.

Distances between cells (weights) are computed in the grid CRS: LAEA is equal-area and its distances
are within a few 10⁻⁴ of true distances over a French agglomeration.

Pixels are assigned to the cell that contains the pixel centre (no fractional coverage). With 30 m
Landsat pixels a 200 m cell receives 44 or 45 pixel centres; edge cells fewer (``n_obs`` reports it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from .zonal import check_unit_coverage, zonal_stats

INSEE_GRID_EPSG = 3035
INSEE_CELL_SIZE = 200.0
FILOSOFI_CELL_AREA_KM2 = 0.04

_CELL_ID_RE = re.compile(r"^\s*CR[SD](\d+)RES(\d+(?:\.\d+)?)mN(\d+)E(\d+)\s*$", re.IGNORECASE)


def _size_text(cell_size: float) -> str:
    return str(int(cell_size)) if float(cell_size).is_integer() else repr(float(cell_size))


def cell_ids(east, north, cell_size: float = INSEE_CELL_SIZE, epsg: int = INSEE_GRID_EPSG,
             pad: int = 0) -> np.ndarray:
    """Identifiers ``CRS{epsg}RES{size}mN{north}E{east}`` of the cells whose south-west corners are
    ``(east, north)`` (metres, multiples of ``cell_size``). ``pad`` zero-pads the coordinates
    (some Filosofi DOM files use 7 digits, e.g. ``E0359400``)."""
    e = np.rint(np.asarray(east, dtype=np.float64)).astype(np.int64).ravel()
    n = np.rint(np.asarray(north, dtype=np.float64)).astype(np.int64).ravel()
    # a grid has few distinct rows and columns: format each once, then join two strings per cell
    north_values, north_index = np.unique(n, return_inverse=True)
    east_values, east_index = np.unique(e, return_inverse=True)
    heads, tails = _id_parts(north_values, east_values, cell_size, epsg, pad)
    return heads[north_index.ravel()] + tails[east_index.ravel()]


def id_prefix(cell_size: float = INSEE_CELL_SIZE, epsg: int = INSEE_GRID_EPSG) -> str:
    """What every cell id of a grid starts with: ``CRS{epsg}RES{size}mN``."""
    return f"CRS{int(epsg)}RES{_size_text(cell_size)}mN"


def _id_parts(north_values, east_values, cell_size: float, epsg: int, pad: int = 0):
    """The id texts ``CRS…mN{north}E`` and ``{east}`` of integer coordinates (joined per cell by the caller)."""
    prefix = id_prefix(cell_size, epsg)
    fmt = f"{{:0{pad}d}}" if pad else "{:d}"
    heads = np.array([f"{prefix}{fmt.format(v)}E" for v in np.asarray(north_values).tolist()], dtype=object)
    tails = np.array([fmt.format(v) for v in np.asarray(east_values).tolist()], dtype=object)
    return heads, tails


def parse_cell_ids(ids, layer: str = "POPULATION") -> pd.DataFrame:
    """Columns ``epsg``, ``cell_size``, ``north``, ``east`` (south-west corner) of Filosofi-style ids.

    Accepts zero-padded coordinates, any case and the ``CRD`` typo seen in a Réunion file.
    Raises :class:`AulaInputError` naming the malformed ids.
    """
    rows, bad = [], []
    for s in ids:
        m = _CELL_ID_RE.match(str(s))
        if m is None:
            bad.append(s)
            rows.append((np.nan, np.nan, np.nan, np.nan))
        else:
            rows.append((int(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))))
    if bad:
        raise AulaInputError(
            fr=f"{layer} : {len(bad)} identifiants de carreau illisibles (attendu CRS3035RES200mN…E…) : {preview(bad)}.",
            en=f"{layer}: {len(bad)} unreadable cell identifiers (expected CRS3035RES200mN…E…): {preview(bad)}.",
        )
    return pd.DataFrame(rows, columns=["epsg", "cell_size", "north", "east"])


def normalise_cell_id(cell_id: str) -> str:
    """Canonical form of one id (no zero padding, ``CRS`` prefix, ``m`` lowercase) for joins."""
    m = _CELL_ID_RE.match(str(cell_id))
    if m is None:
        return str(cell_id).strip()
    size = float(m.group(2))
    return f"CRS{int(m.group(1))}RES{_size_text(size)}mN{int(m.group(3))}E{int(m.group(4))}"


def fills_in_order(rows, cols, shape) -> bool:
    """True when ``(rows, cols)`` are every cell of a grid of ``shape``, row after row (``row × n_cols + col``
    = 0, 1, 2…): arrays in that order map to the grid by a reshape, without scatter or gather (the grid
    of a raster covering its rectangle)."""
    n_rows, n_cols = int(shape[0]), int(shape[1])
    rows, cols = np.asarray(rows), np.asarray(cols)
    if rows.size == 0 or rows.size != n_rows * n_cols or cols.size != rows.size:
        return False
    flat = rows * n_cols
    flat += cols
    return bool(flat[0] == 0 and flat[-1] == rows.size - 1 and (flat[1:] > flat[:-1]).all())


@dataclass(frozen=True)
class GridSpec:
    """A block of aligned cells: global column ``col0 … col0+n_cols−1`` (west edge ``col × size``),
    global row ``row0 … row0+n_rows−1`` (south edge ``row × size``). Local indices start at 0 in the
    south-west; local row 0 is the **southernmost** row."""

    cell_size: float
    epsg: int
    col0: int
    row0: int
    n_cols: int
    n_rows: int

    @classmethod
    def from_bounds(cls, xmin: float, ymin: float, xmax: float, ymax: float,
                    cell_size: float = INSEE_CELL_SIZE, epsg: int = INSEE_GRID_EPSG) -> "GridSpec":
        """Smallest aligned block covering the bounds (grid CRS coordinates)."""
        if not cell_size > 0:
            raise AulaInputError(fr=f"CELL_SIZE : taille de maille invalide ({cell_size}).",
                                 en=f"CELL_SIZE: invalid cell size ({cell_size}).")
        c0 = int(np.floor(xmin / cell_size))
        r0 = int(np.floor(ymin / cell_size))
        c1 = int(np.floor(xmax / cell_size))
        r1 = int(np.floor(ymax / cell_size))
        return cls(float(cell_size), int(epsg), c0, r0, c1 - c0 + 1, r1 - r0 + 1)

    @property
    def shape(self) -> Tuple[int, int]:
        return (self.n_rows, self.n_cols)

    def locate(self, x, y) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(label, row, col)`` of the cells containing ``(x, y)``; label = row·n_cols + col, −1 outside."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        col = np.floor(x / self.cell_size).astype(np.int64) - self.col0
        row = np.floor(y / self.cell_size).astype(np.int64) - self.row0
        inside = (col >= 0) & (col < self.n_cols) & (row >= 0) & (row < self.n_rows) & np.isfinite(x) & np.isfinite(y)
        label = np.where(inside, row * self.n_cols + col, -1)
        return label, row, col

    def south_west(self, rows, cols) -> Tuple[np.ndarray, np.ndarray]:
        e = (np.asarray(cols, dtype=np.int64) + self.col0) * self.cell_size
        n = (np.asarray(rows, dtype=np.int64) + self.row0) * self.cell_size
        return e.astype(np.float64), n.astype(np.float64)

    def centres(self, rows, cols) -> Tuple[np.ndarray, np.ndarray]:
        e, n = self.south_west(rows, cols)
        return e + self.cell_size / 2.0, n + self.cell_size / 2.0

    def corners(self, rows, cols) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(xmin, ymin, xmax, ymax)`` of the cells in the grid CRS (for the glue to build squares)."""
        e, n = self.south_west(rows, cols)
        return e, n, e + self.cell_size, n + self.cell_size

    def cell_ids(self, rows, cols, pad: int = 0) -> np.ndarray:
        """:func:`cell_ids` of local cells; rows and columns index their texts directly (no sort: linear)."""
        rows = np.asarray(rows, dtype=np.int64).ravel()
        cols = np.asarray(cols, dtype=np.int64).ravel()
        if rows.size == 0 or rows.size != cols.size:
            e, n = self.south_west(rows, cols)
            return cell_ids(e, n, self.cell_size, self.epsg, pad=pad)
        r_lo, c_lo = int(rows.min()), int(cols.min())
        all_rows = np.arange(r_lo, int(rows.max()) + 1)
        all_cols = np.arange(c_lo, int(cols.max()) + 1)
        if all_rows.size + all_cols.size > 2 * rows.size + 64:  # a few cells far apart: sort them instead
            e, n = self.south_west(rows, cols)
            return cell_ids(e, n, self.cell_size, self.epsg, pad=pad)
        east, _ = self.south_west(np.zeros_like(all_cols), all_cols)
        _, north = self.south_west(all_rows, np.zeros_like(all_rows))
        heads, tails = _id_parts(np.rint(north).astype(np.int64), np.rint(east).astype(np.int64), self.cell_size,
                                 self.epsg, pad)
        return heads[rows - r_lo] + tails[cols - c_lo]


@dataclass
class GridUnits:
    """Grid cells that received a temperature, with their zonal statistics (°C)."""

    spec: GridSpec
    rows: np.ndarray  #: local row (0 = south)
    cols: np.ndarray  #: local column (0 = west)
    unit_ids: Optional[np.ndarray]  #: None: formatted from the grid on first use
    n_obs: np.ndarray
    t_mean: np.ndarray
    t_std: np.ndarray
    messages: List[Message] = field(default_factory=list)

    @property
    def n(self) -> int:
        return int(self.rows.size)

    @property
    def ids_formatted(self) -> bool:
        return self._unit_ids is not None

    @property
    def xy(self) -> np.ndarray:
        """Cell centres, shape (n, 2), grid CRS."""
        x, y = self.spec.centres(self.rows, self.cols)
        return np.column_stack([x, y])

    @property
    def cell_area_m2(self) -> float:
        return self.spec.cell_size ** 2

    def table(self) -> pd.DataFrame:
        x, y = self.spec.centres(self.rows, self.cols)
        return pd.DataFrame({"unit_id": self.unit_ids, "row": self.rows, "col": self.cols, "x": x, "y": y,
                             "n_obs": self.n_obs, "t_mean": self.t_mean, "t_std": self.t_std})


def _lazy_unit_ids(self) -> np.ndarray:
    """The cells' text ids, formatted on first use: a million Python strings cost about 0.1 s, and a run
    that writes only the raster never needs them."""
    if self._unit_ids is None:
        self._unit_ids = self.spec.cell_ids(self.rows, self.cols)
    return self._unit_ids


def _set_unit_ids(self, value) -> None:
    self._unit_ids = value


# None = formatted from the grid when first read (see _lazy_unit_ids)
GridUnits.unit_ids = property(_lazy_unit_ids, _set_unit_ids)


def pixel_centres(geotransform: Sequence[float], shape: Tuple[int, int]) -> Tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates (2-D arrays) from a GDAL geotransform
    ``(x0, pixel_width, row_rotation, y0, column_rotation, pixel_height)`` (pixel_height < 0 north-up)."""
    g = [float(v) for v in geotransform]
    r = np.arange(shape[0], dtype=np.float64)[:, None] + 0.5
    c = np.arange(shape[1], dtype=np.float64)[None, :] + 0.5
    x = g[0] + c * g[1] + r * g[2]
    y = g[3] + c * g[4] + r * g[5]
    return np.broadcast_to(x, shape), np.broadcast_to(y, shape)


def _check_projected(is_geographic: bool, what: str) -> None:
    if is_geographic:
        raise AulaInputError(
            fr=(f"{what} : le SCR est géographique (degrés) ; une maille ou une distance en mètres exige un "
                "SCR projeté (EPSG:3035 pour la grille INSEE, EPSG:2154 Lambert-93)."),
            en=(f"{what}: the CRS is geographic (degrees); a cell size or distance in metres needs a "
                "projected CRS (EPSG:3035 for the INSEE grid, EPSG:2154 Lambert-93)."),
        )


def grid_units_from_values(values, x, y, *, cell_size: float = INSEE_CELL_SIZE, epsg: int = INSEE_GRID_EPSG,
                           extent: Optional[Tuple[float, float, float, float]] = None, min_count: int = 1,
                           is_geographic: bool = False, layer: str = "TEMPERATURE") -> GridUnits:
    """Aggregate values (°C, NaN = masked) located at ``(x, y)`` **in the grid CRS** onto aligned cells.

    Cells keep only if they hold at least ``min_count`` valid values. ``extent`` (grid CRS) restricts the
    grid; by default it is the bounds of the valid values.
    """
    _check_projected(is_geographic, "CELL_SIZE")
    v = np.asarray(values, dtype=np.float64).ravel()
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    ok = np.isfinite(v) & np.isfinite(x) & np.isfinite(y)
    if extent is not None:
        ok &= (x >= extent[0]) & (y >= extent[1]) & (x < extent[2]) & (y < extent[3])
    if not ok.any():
        raise AulaInputError(
            fr=f"{layer} : aucune valeur valide dans l'emprise des unités : vérifiez l'emprise et le SCR.",
            en=f"{layer}: no valid value inside the units' extent: check the extent and CRS.",
        )
    v, x, y = v[ok], x[ok], y[ok]
    if extent is None:
        spec = GridSpec.from_bounds(x.min(), y.min(), x.max(), y.max(), cell_size, epsg)
    else:
        spec = GridSpec.from_bounds(extent[0], extent[1], extent[2], extent[3], cell_size, epsg)
    label, _, _ = spec.locate(x, y)
    inside = label >= 0
    n_cells = spec.n_rows * spec.n_cols
    if n_cells <= max(4 * v.size, 1_000_000):  # dense block: label = cell
        cells = np.arange(n_cells)
        count, mean, std = zonal_stats(v[inside], label[inside], n_cells)
    else:  # few values over a huge block: compact the labels first
        cells, inv = np.unique(label[inside], return_inverse=True)
        count, mean, std = zonal_stats(v[inside], inv, cells.size)
    sel = np.flatnonzero(count >= max(min_count, 1))
    keep = cells[sel]
    rows, cols = keep // spec.n_cols, keep % spec.n_cols
    return _make_units(spec, rows, cols, count[sel], mean[sel], std[sel], min_count, layer)


def _make_units(spec, rows, cols, count, mean, std, min_count, layer) -> GridUnits:
    if rows.size == 0:
        raise AulaInputError(
            fr=f"{layer} : aucun carreau ne reçoit au moins {min_count} pixel(s) valide(s).",
            en=f"{layer}: no cell receives at least {min_count} valid pixel(s).",
        )
    msgs = [Message(
        f"Grille : {rows.size} carreaux de {_size_text(spec.cell_size)} m (EPSG:{spec.epsg}), alignés sur les "
        f"multiples de {_size_text(spec.cell_size)} m ; {int(np.sum(count))} pixels, {np.min(count)} à "
        f"{np.max(count)} par carreau.",
        f"Grid: {rows.size} cells of {_size_text(spec.cell_size)} m (EPSG:{spec.epsg}), aligned on multiples of "
        f"{_size_text(spec.cell_size)} m; {int(np.sum(count))} pixels, {np.min(count)} to {np.max(count)} per cell.",
    )]
    return GridUnits(spec=spec, rows=rows.astype(np.int64), cols=cols.astype(np.int64),
                     unit_ids=spec.cell_ids(rows, cols), n_obs=np.asarray(count, dtype=np.int64),
                     t_mean=np.asarray(mean, dtype=np.float64), t_std=np.asarray(std, dtype=np.float64),
                     messages=msgs)


def grid_units_from_raster(celsius, geotransform: Sequence[float], *, cell_size: float = INSEE_CELL_SIZE,
                           epsg: int = INSEE_GRID_EPSG,
                           to_grid_crs: Optional[Callable[[np.ndarray, np.ndarray], Tuple[np.ndarray, np.ndarray]]] = None,
                           extent: Optional[Tuple[float, float, float, float]] = None, min_count: int = 1,
                           is_geographic: bool = False, layer: str = "TEMPERATURE") -> GridUnits:
    """Mean/count/std of a °C raster (NaN = masked, e.g. from :func:`.temperature.read_temperature`)
    on aligned grid cells.

    ``to_grid_crs(x, y) -> (x', y')`` maps raster-CRS coordinates (1-D arrays) to the grid CRS; omit it
    when the raster is already in the grid CRS. ``is_geographic`` is the *grid* CRS flag (the raster may
    be geographic as long as ``to_grid_crs`` projects it).
    """
    a = np.asarray(celsius, dtype=np.float64)
    if a.ndim != 2:
        raise ValueError("celsius must be a 2-D raster band")
    valid = np.isfinite(a)
    if not valid.any():
        raise AulaInputError(fr=f"{layer} : le raster ne contient aucun pixel valide.",
                             en=f"{layer}: the raster holds no valid pixel.")
    r, c = np.nonzero(valid)
    g = [float(v) for v in geotransform]
    x = g[0] + (c + 0.5) * g[1] + (r + 0.5) * g[2]
    y = g[3] + (c + 0.5) * g[4] + (r + 0.5) * g[5]
    if to_grid_crs is not None:
        x, y = to_grid_crs(x, y)
    return grid_units_from_values(a[valid], x, y, cell_size=cell_size, epsg=epsg, extent=extent,
                                  min_count=min_count, is_geographic=is_geographic, layer=layer)


__all__ = [
    "INSEE_GRID_EPSG", "INSEE_CELL_SIZE", "FILOSOFI_CELL_AREA_KM2", "cell_ids", "parse_cell_ids",
    "normalise_cell_id", "GridSpec", "GridUnits", "pixel_centres", "grid_units_from_values",
    "grid_units_from_raster", "check_unit_coverage",
]
