"""The whole ``aula:icu_hotspots`` chain, QGIS-free: temperature → units → weights → Gi* → bins →
stakes (population, ERP) → summary per territory. The Processing glue reads the layers into the
``*Input`` dataclasses (geometries already in the analysis CRS) and writes the result frames.

Analysis CRS: with the default grid units, the grid CRS (``grid_epsg``, EPSG:3035 = the INSEE 200 m
grid); with polygon ``UNITS``, the CRS of that layer (it must be projected).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Union

import numpy as np
import pandas as pd
from scipy import sparse

from ..errors import AulaInputError, Message, raise_if_cancelled
from . import erp as erp_mod
from . import fields as F
from . import geometry as geo
from . import gistar, stakes
from .grid import INSEE_CELL_SIZE, INSEE_GRID_EPSG, GridSpec, GridUnits, grid_units_from_values
from .population import PopulationInput, population_to_units
from .temperature import READING_AUTO, TemperatureReading, read_temperature
from . import coverage as cov
from .contiguity import QUEEN, ROOK, WEIGHTS_FILE, contiguity_weights, weights_from_file
from .weights import (BINARY, DISTANCE_BAND, KNN, distance_band_weights,
                      grid_distance_band_weights, knn_weights)
from .zonal import check_unit_coverage, zonal_stats

RASTER, POINTS, POLYGONS = "raster", "points", "polygons"


# --------------------------------------------------------------------------------------------------
# inputs
# --------------------------------------------------------------------------------------------------
@dataclass
class TemperatureInput:
    kind: str  #: RASTER, POINTS or POLYGONS
    values: np.ndarray  #: the raster band (2-D), or one value per feature
    geotransform: Optional[Sequence[float]] = None  #: GDAL geotransform of the raster
    to_analysis_crs: Optional[Callable] = None  #: (x, y) raster CRS → analysis CRS (None: same CRS)
    to_raster_crs: Optional[Callable] = None  #: (x, y) analysis CRS → raster CRS (exact pixel coverage)
    x: Optional[np.ndarray] = None  #: points, analysis CRS
    y: Optional[np.ndarray] = None
    geometries: Optional[Sequence] = None  #: polygons (WKB or shapely), analysis CRS
    nodata: Optional[float] = None
    reading: str = READING_AUTO
    name: str = "TEMPERATURE"


@dataclass
class UnitsInput:
    ids: Sequence
    geometries: Sequence  #: polygons (WKB or shapely), analysis CRS
    is_geographic: bool = False
    name: str = "UNITS"


@dataclass
class ErpInput:
    x: np.ndarray  #: analysis CRS
    y: np.ndarray
    categories: Optional[Sequence] = None
    names: Optional[Sequence] = None
    name: str = "ERP"


@dataclass
class AreasInput:
    ids: Sequence
    names: Sequence
    geometries: Sequence  #: polygons, analysis CRS
    name: str = "SUMMARY_AREAS"


@dataclass
class IcuSettings:
    cell_size: float = INSEE_CELL_SIZE
    grid_epsg: int = INSEE_GRID_EPSG
    weights: str = DISTANCE_BAND  #: DISTANCE_BAND, KNN, ROOK, QUEEN or WEIGHTS_FILE
    contiguity_tolerance: float = 0.0  #: metres: polygons this close count as touching (slivers)
    weights_file: Optional[str] = None  #: GAL or GWT file (weights = WEIGHTS_FILE)
    zonal: str = cov.EXACT  #: raster temperature per unit: exact pixel fractions, or pixel centres
    distance: Optional[float] = None  #: metres; None = smallest band giving every unit a neighbour
    k: int = 8
    standardisation: str = BINARY
    permutations: int = 0
    seed: Optional[int] = 12345
    fdr: bool = False
    heat_bins: Sequence[int] = stakes.DEFAULT_HEAT_BINS
    density_thresholds: Sequence[float] = stakes.DEFAULT_DENSITY_THRESHOLDS
    erp_thresholds: Sequence[int] = stakes.DEFAULT_ERP_THRESHOLDS
    matrix: Sequence[Sequence[int]] = stakes.DEFAULT_MATRIX
    erp_codes: Sequence[str] = erp_mod.DEFAULT_CODES
    erp_codes_high: Sequence[str] = erp_mod.DEFAULT_CODES_HIGH
    min_count: int = 1  #: pixels (or points) a unit needs to be analysed
    clip_to_areas: bool = True  #: grid units: keep only cells whose centre lies in SUMMARY_AREAS
    lang: str = "fr"


# --------------------------------------------------------------------------------------------------
# units
# --------------------------------------------------------------------------------------------------
@dataclass
class Units:
    ids: Optional[np.ndarray]  #: None for grid units: the grid's ids, formatted on first use
    xy: Optional[np.ndarray]  #: centres (grid; None: computed on first use) or centroids (polygons), analysis CRS
    area_km2: np.ndarray
    n_obs: np.ndarray
    t_mean: np.ndarray
    t_std: np.ndarray
    grid: Optional[GridUnits] = None
    polygons: Optional[list] = None
    messages: List[Message] = field(default_factory=list)
    _lookup: Optional[np.ndarray] = None

    @property
    def n(self) -> int:
        return int(self.t_mean.size)

    def id_sequence(self) -> Sequence:
        """The ids for messages naming a few units: grid ids are formatted only if one is read."""
        return _UnitIds(self)

    def locate(self, x, y) -> np.ndarray:
        """Index of the unit containing each point (−1 outside every unit)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if self.grid is None:
            return geo.points_in_polygons(x, y, self.polygons)
        spec = self.grid.spec
        if self._lookup is None:
            self._lookup = np.full(spec.n_rows * spec.n_cols, -1, dtype=np.int64)
            self._lookup[self.grid.rows * spec.n_cols + self.grid.cols] = np.arange(self.n)
        label, _, _ = spec.locate(x, y)
        return np.where(label >= 0, self._lookup[np.maximum(label, 0)], -1)

    def corners(self):
        """Grid units: ``(xmin, ymin, xmax, ymax)`` arrays in the grid CRS."""
        return self.grid.spec.corners(self.grid.rows, self.grid.cols)

    def geometries(self) -> list:
        if self.grid is None:
            return self.polygons
        return geo.boxes(*self.corners())

    def subset(self, keep: np.ndarray) -> "Units":
        keep = np.asarray(keep)
        grid = None
        if self.grid is not None:
            g = self.grid
            grid = GridUnits(spec=g.spec, rows=g.rows[keep], cols=g.cols[keep],
                             unit_ids=g.unit_ids[keep] if g.ids_formatted else None,
                             n_obs=g.n_obs[keep], t_mean=g.t_mean[keep], t_std=g.t_std[keep], messages=g.messages)
        index = np.flatnonzero(keep) if keep.dtype == bool else keep
        polys = None if self.polygons is None else [self.polygons[i] for i in index]
        ids = self._ids[keep] if self._ids is not None else None
        xy = self._xy[keep] if self._xy is not None else None
        return Units(ids=ids, xy=xy, area_km2=self.area_km2[keep], n_obs=self.n_obs[keep],
                     t_mean=self.t_mean[keep], t_std=self.t_std[keep], grid=grid, polygons=polys,
                     messages=list(self.messages))


def _lazy_ids(self) -> np.ndarray:
    if self._ids is None and self.grid is not None:
        return self.grid.unit_ids
    return self._ids


def _set_ids(self, value) -> None:
    self._ids = value


Units.ids = property(_lazy_ids, _set_ids)


def _lazy_xy(self) -> np.ndarray:
    if self._xy is None and self.grid is not None:
        self._xy = np.column_stack(self.grid.spec.centres(self.grid.rows, self.grid.cols))
    return self._xy


def _set_xy(self, value) -> None:
    self._xy = value


Units.xy = property(_lazy_xy, _set_xy)


class _UnitIds(Sequence):
    def __init__(self, units: Units):
        self._units = units

    def __len__(self):
        return self._units.n

    def __getitem__(self, index):
        return self._units.ids[index]


def _temperature_points(temp: TemperatureInput, reading: TemperatureReading):
    """Valid temperatures (°C) and their coordinates in the analysis CRS (rasters: pixel centres)."""
    c = reading.celsius
    if temp.kind == RASTER:
        if c.ndim != 2 or temp.geotransform is None:
            raise ValueError("raster temperature needs a 2-D band and a geotransform")
        r, col = np.nonzero(np.isfinite(c))
        g = [float(v) for v in temp.geotransform]
        x = g[0] + (col + 0.5) * g[1] + (r + 0.5) * g[2]
        y = g[3] + (col + 0.5) * g[4] + (r + 0.5) * g[5]
        if temp.to_analysis_crs is not None:
            x, y = temp.to_analysis_crs(x, y)
        return c[r, col], np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    ok = np.isfinite(c)
    return c[ok], np.asarray(temp.x, dtype=np.float64)[ok], np.asarray(temp.y, dtype=np.float64)[ok]


def _areal_mean(targets: list, sources: list, values: np.ndarray):
    """Area-weighted mean, weighted s.d. and number of sources of each target."""
    ok = np.isfinite(values)
    a = geo.overlay_areas(targets, sources).tocsc()[:, np.flatnonzero(ok)].tocsr()
    x = values[ok]
    wsum = np.asarray(a.sum(axis=1)).ravel()
    count = np.diff(a.indptr).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = (a @ x) / wsum
        var = (a @ (x * x)) / wsum - mean * mean
    std = np.sqrt(np.maximum(var, 0.0))
    mean[count == 0] = np.nan
    std[count == 0] = np.nan
    return count, mean, std


def effective_zonal(temp: TemperatureInput, settings: IcuSettings) -> str:
    """The zonal rule that can run: exact coverage needs the raster's CRS (no transform, or its inverse)."""
    if settings.zonal == cov.EXACT and temp.to_analysis_crs is not None and temp.to_raster_crs is None:
        return cov.CENTRE
    return settings.zonal


def build_units(temp: TemperatureInput, reading: TemperatureReading, settings: IcuSettings,
                units: Optional[UnitsInput] = None, areas: Optional[AreasInput] = None, cancelled=None) -> Units:
    """The analysis units with their temperature (mean, s.d., count); units without any are dropped;
    ``cancelled()`` is checked between blocks of the exact pixel coverage."""
    if temp.kind == RASTER and effective_zonal(temp, settings) != settings.zonal:
        from dataclasses import replace

        settings = replace(settings, zonal=effective_zonal(temp, settings))
    area_geoms = geo.load_all(areas.geometries) if areas is not None else None
    if units is None:
        return _grid_units(temp, reading, settings, area_geoms, cancelled)
    polys = geo.load_all(units.geometries)
    ids = np.array([str(i) for i in units.ids], dtype=object)
    if len(set(ids.tolist())) != ids.size:
        raise AulaInputError(fr=f"{units.name} : identifiants d'unité en double ; choisissez un champ identifiant unique.",
                             en=f"{units.name}: duplicate unit identifiers; choose a unique identifier field.")
    if temp.kind == POLYGONS:
        count, mean, std = _areal_mean(polys, geo.load_all(temp.geometries), reading.celsius.astype(np.float64))
    elif temp.kind == RASTER and settings.zonal == cov.EXACT:
        in_raster_crs = polys if temp.to_raster_crs is None else [geo.reproject(p, temp.to_raster_crs) for p in polys]
        c = np.asarray(reading.celsius, dtype=np.float64)
        coverage = cov.polygon_coverage(in_raster_crs, temp.geotransform, c.shape)
        count, mean, std = cov.weighted_stats(coverage, c.ravel())
    else:
        v, x, y = _temperature_points(temp, reading)
        bounds = np.array([p.bounds for p in polys if p is not None and not p.is_empty])
        if bounds.size:
            inside = (x >= bounds[:, 0].min()) & (x <= bounds[:, 2].max()) & (y >= bounds[:, 1].min()) & (y <= bounds[:, 3].max())
            v, x, y = v[inside], x[inside], y[inside]
        labels = geo.points_in_polygons(x, y, polys)
        count, mean, std = zonal_stats(v, labels, len(polys))
    messages = check_unit_coverage(np.where(count >= settings.min_count, count, 0), ids, temp.name, units.name)
    if temp.kind == RASTER:
        messages.insert(0, zonal_method_message(settings.zonal))
    keep = count >= max(settings.min_count, 1)
    xy = geo.centroids(polys)
    area = np.array([p.area / 1e6 if p is not None else np.nan for p in polys])
    u = Units(ids=ids, xy=xy, area_km2=area, n_obs=count.astype(np.int64), t_mean=mean, t_std=std, polygons=polys,
              messages=messages)
    return u.subset(keep)


_COVERAGE_BLOCK = 2_000  # grid cells per block of exact coverage (a cancel is heard between blocks)


def _grid_units(temp, reading, settings, area_geoms, cancelled=None) -> Units:
    extent = None
    if area_geoms is not None and settings.clip_to_areas:
        b = np.array([g.bounds for g in area_geoms if g is not None and not g.is_empty])
        if b.size:
            extent = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
    if temp.kind == POLYGONS:
        sources = geo.load_all(temp.geometries)
        b = np.array([g.bounds for g in sources if g is not None and not g.is_empty])
        lo, hi = b[:, :2].min(axis=0), b[:, 2:].max(axis=0)
        if extent is not None:  # intersect with the territories' extent
            lo, hi = np.maximum(lo, extent[:2]), np.minimum(hi, extent[2:])
        if not (hi > lo).all():
            raise AulaInputError(fr=f"{temp.name} ne recouvre pas les territoires de SUMMARY_AREAS.",
                                 en=f"{temp.name} does not overlap the SUMMARY_AREAS territories.")
        spec = GridSpec.from_bounds(lo[0], lo[1], hi[0], hi[1], settings.cell_size, settings.grid_epsg)
        rr, cc = np.divmod(np.arange(spec.n_rows * spec.n_cols), spec.n_cols)
        count, mean, std = _areal_mean(geo.boxes(*spec.corners(rr, cc)), sources, reading.celsius.astype(np.float64))
        keep = count >= max(settings.min_count, 1)
        if not keep.any():
            raise AulaInputError(fr=f"{temp.name} : aucun carreau ne reçoit de température.",
                                 en=f"{temp.name}: no cell receives a temperature.")
        g = GridUnits(spec=spec, rows=rr[keep], cols=cc[keep], unit_ids=None,
                      n_obs=count[keep], t_mean=mean[keep], t_std=std[keep])
    elif temp.kind == RASTER and settings.zonal == cov.EXACT and temp.to_analysis_crs is None:
        g = _aligned_exact_grid(temp, reading, settings, extent)
    else:
        v, x, y = _temperature_points(temp, reading)
        if extent is not None:
            inside = (x >= extent[0]) & (y >= extent[1]) & (x < extent[2]) & (y < extent[3])
            if not inside.any():
                raise AulaInputError(
                    fr=(f"{temp.name} ne recouvre pas les territoires de SUMMARY_AREAS (aucun pixel valide dans leur "
                        "emprise) : vérifiez l'emprise et le SCR des couches."),
                    en=(f"{temp.name} does not overlap the SUMMARY_AREAS territories (no valid pixel inside their "
                        "extent): check the layers' extent and CRS."),
                )
        g = grid_units_from_values(v, x, y, cell_size=settings.cell_size, epsg=settings.grid_epsg, extent=extent,
                                   min_count=settings.min_count, layer=temp.name)
        if temp.kind == RASTER and settings.zonal == cov.EXACT:
            raise_if_cancelled(cancelled)
            g = _reprojected_exact_grid(g, temp, reading, settings, cancelled)
    u = Units(ids=None, xy=None, area_km2=np.full(g.rows.size, g.spec.cell_size ** 2 / 1e6), n_obs=g.n_obs,
              t_mean=g.t_mean, t_std=g.t_std, grid=g, messages=list(g.messages))
    if temp.kind == RASTER:
        u.messages.insert(0, zonal_method_message(settings.zonal))
    if area_geoms is not None and settings.clip_to_areas:
        inside = geo.points_in_polygons(u.xy[:, 0], u.xy[:, 1], area_geoms) >= 0
        if not inside.any():
            raise AulaInputError(
                fr=(f"{temp.name} ne recouvre pas les territoires de SUMMARY_AREAS (aucun carreau dont le centre "
                    "y tombe) : vérifiez l'emprise et le SCR des couches."),
                en=(f"{temp.name} does not overlap the SUMMARY_AREAS territories (no cell centre inside them): "
                    "check the layers' extent and CRS."),
            )
        u = u.subset(inside)
        u.messages.append(Message(f"Grille restreinte aux territoires de SUMMARY_AREAS : {u.n} carreaux.",
                                  f"Grid restricted to the SUMMARY_AREAS territories: {u.n} cells."))
    return u


def zonal_method_message(method: str) -> Message:
    """Which zonal rule gave each unit its temperature (said in the log and the report)."""
    if method == cov.EXACT:
        return Message("Température par unité : moyenne des pixels pondérée par la part exacte de chaque pixel "
                       "dans l'unité.",
                       "Temperature per unit: mean of the pixels weighted by the exact share of each pixel inside "
                       "the unit.")
    return Message("Température par unité : moyenne des pixels dont le centre tombe dans l'unité (règle du centre).",
                   "Temperature per unit: mean of the pixels whose centre falls inside the unit (centre-point rule).")


def _aligned_exact_grid(temp, reading, settings, extent) -> GridUnits:
    """Grid in the raster's own CRS: separable exact fractions, no geometry."""
    col0, row0, n_cols, n_rows, count, _, mean, std = cov.aligned_grid_coverage(
        reading, temp.geotransform, settings.cell_size, extent)
    spec = GridSpec(float(settings.cell_size), int(settings.grid_epsg), col0, row0, n_cols, n_rows)
    keep = np.flatnonzero(count >= max(settings.min_count, 1))
    if keep.size == 0:
        raise AulaInputError(fr=f"{temp.name} : aucun carreau ne reçoit de température.",
                             en=f"{temp.name}: no cell receives a temperature.")
    if keep.size == count.size:  # every cell (a raster covering its rectangle): no division, no gather
        rows = np.repeat(np.arange(n_rows, dtype=np.int64), n_cols)
        cols = np.tile(np.arange(n_cols, dtype=np.int64), n_rows)
        return GridUnits(spec=spec, rows=rows, cols=cols, unit_ids=None, n_obs=count, t_mean=mean, t_std=std)
    rows, cols = keep // n_cols, keep % n_cols
    return GridUnits(spec=spec, rows=rows, cols=cols, unit_ids=None, n_obs=count[keep],
                     t_mean=mean[keep], t_std=std[keep])


def _reprojected_exact_grid(g: GridUnits, temp, reading, settings, cancelled=None) -> GridUnits:
    """Grid cells found by the pixel centres, their temperature recomputed with exact pixel fractions
    (cells reprojected into the raster's CRS). Cells next to the found ones are tried too: a cell may be
    touched by pixels whose centres all fall outside it."""
    spec = g.spec
    occupied = np.zeros(spec.shape, dtype=bool)
    occupied[g.rows, g.cols] = True
    from scipy.ndimage import binary_dilation

    rows, cols = np.nonzero(binary_dilation(occupied))
    x_lo, y_lo, x_hi, y_hi = spec.corners(rows, cols)
    xs = np.column_stack([x_lo, x_hi, x_hi, x_lo])
    ys = np.column_stack([y_lo, y_lo, y_hi, y_hi])
    if temp.to_raster_crs is not None:
        xs, ys = (np.asarray(a).reshape(xs.shape) for a in temp.to_raster_crs(xs.ravel(), ys.ravel()))
    c = np.asarray(reading.celsius, dtype=np.float64)
    quads = np.stack([xs, ys], axis=2)
    parts = []
    for start in range(0, len(quads), _COVERAGE_BLOCK):  # by blocks of cells: a cancel is heard in between
        raise_if_cancelled(cancelled)
        coverage = cov.quad_coverage(quads[start:start + _COVERAGE_BLOCK], temp.geotransform, c.shape)
        parts.append(cov.weighted_stats(coverage, c.ravel()))
    count, mean, std = (np.concatenate([p[k] for p in parts]) if parts else np.zeros(0) for k in range(3))
    keep = count >= max(settings.min_count, 1)
    rows, cols = rows[keep], cols[keep]
    return GridUnits(spec=spec, rows=rows, cols=cols, unit_ids=None, n_obs=count[keep],
                     t_mean=mean[keep], t_std=std[keep], messages=g.messages)


# --------------------------------------------------------------------------------------------------
# the chain
# --------------------------------------------------------------------------------------------------
@dataclass
class IcuResult:
    units: Units
    reading: TemperatureReading
    weights: object
    hotspots: pd.DataFrame
    stakes_population: Optional[pd.DataFrame]
    stakes_erp: Optional[pd.DataFrame]
    summary: Optional[pd.DataFrame]
    erp_detail: Optional[pd.DataFrame]
    settings: IcuSettings
    messages: List[Message] = field(default_factory=list)  #: everything, in order (for the report)
    warnings: List[Message] = field(default_factory=list)  #: the subset the user should look at
    population_method: Optional[Message] = None
    permutations_used: int = 0
    timings: Dict[str, float] = field(default_factory=dict)
    z: Optional[np.ndarray] = None  #: Gi* z-score per unit (the hotspots' column, without building the table)
    bins: Optional[np.ndarray] = None  #: Gi* class per unit


def _deferred(name: str):
    """A table field that may be given as a function building it: built on first read. The tables name
    every unit by its text id; a run that writes only the raster never builds them."""
    private = "_" + name

    def get(self):
        value = getattr(self, private)
        if callable(value):
            value = value()
            setattr(self, private, value)
        return value

    def put(self, value):
        setattr(self, private, value)

    return property(get, put)


IcuResult.hotspots = _deferred("hotspots")
IcuResult.stakes_population = _deferred("stakes_population")


def _labels(table: Dict[int, tuple], codes: np.ndarray, lang: str, offset: int = 0) -> np.ndarray:
    i = 0 if lang == "fr" else 1
    lo = min(table)
    arr = np.array([table[k][i] for k in range(lo, max(table) + 1)], dtype=object)
    return arr[np.asarray(codes, dtype=np.int64) - lo]


def make_weights(units: Units, settings: IcuSettings, is_geographic: bool = False):
    if settings.weights not in (DISTANCE_BAND, KNN, ROOK, QUEEN, WEIGHTS_FILE):
        raise AulaInputError(fr=f"WEIGHTS : type de poids inconnu « {settings.weights} ».",
                             en=f"WEIGHTS: unknown weights type '{settings.weights}'.")
    if units.n < 3:
        raise AulaInputError(fr=f"Au moins 3 unités avec une température sont nécessaires ({units.n}).",
                             en=f"At least 3 units with a temperature are needed ({units.n}).")
    if settings.weights == WEIGHTS_FILE:
        if not settings.weights_file:
            raise AulaInputError(fr="WEIGHTS_FILE : choisissez le fichier de poids (.gal ou .gwt).",
                                 en="WEIGHTS_FILE: choose the weights file (.gal or .gwt).")
        return weights_from_file(settings.weights_file, units.ids, standardisation=settings.standardisation)
    if settings.weights in (ROOK, QUEEN):
        if units.grid is not None:  # square cells: rook = 4 edge neighbours, queen = the 3 × 3 window
            g = units.grid
            band = g.spec.cell_size * (1.0 if settings.weights == ROOK else np.sqrt(2.0))
            return grid_distance_band_weights(g.rows, g.cols, g.spec.cell_size, band, shape=g.spec.shape,
                                              standardisation=settings.standardisation, unit_ids=units.id_sequence(),
                                              islands="keep")
        return contiguity_weights(units.polygons, settings.weights, settings.contiguity_tolerance,
                                  standardisation=settings.standardisation, unit_ids=units.id_sequence(),
                                  is_geographic=is_geographic)
    if settings.weights == KNN:
        return knn_weights(units.xy, settings.k, standardisation=settings.standardisation, unit_ids=units.id_sequence(),
                           is_geographic=is_geographic)
    if units.grid is not None:
        g = units.grid
        return grid_distance_band_weights(g.rows, g.cols, g.spec.cell_size, settings.distance, shape=g.spec.shape,
                                          standardisation=settings.standardisation, unit_ids=units.id_sequence())
    return distance_band_weights(units.xy, settings.distance, standardisation=settings.standardisation,
                                 unit_ids=units.id_sequence(), is_geographic=is_geographic)


def run_icu(temperature: TemperatureInput, settings: Optional[IcuSettings] = None,
            units: Optional[UnitsInput] = None,
            population: Union[PopulationInput, Callable[[], Optional[PopulationInput]], None] = None,
            erp: Optional[ErpInput] = None, areas: Optional[AreasInput] = None, cancelled=None,
            on_units: Optional[Callable[["Units"], None]] = None,
            on_classes: Optional[Callable[["Units", np.ndarray, np.ndarray], None]] = None) -> IcuResult:
    """Every step of the analysis; ``cancelled()`` is checked between steps and in the permutations.
    ``population`` may be a function giving the input: it is called only when the join needs it, after Gi*, so
    that the caller can read the population meanwhile (the glue reads it in a thread on the other core).
    ``on_units(units)`` is called as soon as the units are built (the glue hands them to the population read,
    which joins each batch as it comes: :class:`.population.BatchJoin`). ``on_classes(units, z, bins)`` is called
    as soon as the Gi* classes are known, before the population and ERP steps (the glue starts writing the
    raster output then, on the other core)."""
    settings = settings or IcuSettings()
    lang = settings.lang
    timings: Dict[str, float] = {}
    t0 = time.perf_counter()
    messages: List[Message] = []

    reading = read_temperature(temperature.values, temperature.reading, nodata=temperature.nodata,
                               layer=temperature.name)
    messages.append(Message(f"{temperature.name} : {reading.description.fr}.", f"{temperature.name}: {reading.description.en}."))
    messages += reading.warnings
    warnings_: List[Message] = list(reading.warnings)
    timings["reading"] = time.perf_counter() - t0

    raise_if_cancelled(cancelled)
    u = build_units(temperature, reading, settings, units, areas, cancelled)
    if on_units is not None:
        on_units(u)
    messages += u.messages
    warnings_ += [m for m in u.messages if "left out" in m.en]
    timings["units"] = time.perf_counter() - t0

    raise_if_cancelled(cancelled)
    w = make_weights(u, settings, is_geographic=bool(units is not None and units.is_geographic))
    messages += w.messages
    warnings_ += [m for m in w.messages if "without any neighbour" in m.en or "not among" in m.en]
    z = gistar.gi_star(u.t_mean, w, layer=temperature.name)
    p_cache: List[np.ndarray] = []

    def analytical_p() -> np.ndarray:  # computed for the table or the FDR only: the classes need no p
        if not p_cache:
            p_cache.append(gistar.two_sided_p(z))
        return p_cache[0]
    timings["gistar"] = time.perf_counter() - t0

    raise_if_cancelled(cancelled)
    p_sim = np.full(u.n, np.nan)
    used = 0
    if settings.permutations and settings.permutations > 0:
        kmax = int(np.max(w.n_neighbours)) if u.n else 0
        work = gistar.permutation_work(u.n, settings.permutations, kmax)
        if work > gistar.MAX_PERMUTATION_WORK:
            messages.append(Message(
                f"PERMUTATIONS : {settings.permutations} permutations sur {u.n} unités ({kmax} voisins au plus) "
                f"dépasseraient la limite pratique ({gistar.MAX_PERMUTATION_WORK:.0e} tirages) ; p analytiques "
                "utilisées (elles n'ont pas de plancher).",
                f"PERMUTATIONS: {settings.permutations} permutations over {u.n} units (up to {kmax} neighbours) "
                f"would exceed the practical limit ({gistar.MAX_PERMUTATION_WORK:.0e} draws); analytical p-values "
                "used (they have no floor).",
            ))
            warnings_.append(messages[-1])
        else:
            p_sim = gistar.permutation_p_values(u.t_mean, w, settings.permutations, settings.seed,
                                                layer=temperature.name, cancelled=cancelled)
            used = int(settings.permutations)
            messages.append(gistar.permutation_floor_warning(u.n, used, settings.fdr))
            warnings_.append(messages[-1])
    if used or settings.fdr:
        p_bins = p_sim if used else analytical_p()
        bins = gistar.confidence_bins(z, p_bins, fdr=settings.fdr)
    else:
        bins = gistar.analytical_bins(z)
    if settings.fdr:
        raw = gistar.confidence_bins(z, p_bins, fdr=False)
        messages.append(Message(
            f"Correction FDR (Benjamini–Hochberg par niveau) : {int((raw != 0).sum())} unités significatives sans "
            f"correction, {int((bins != 0).sum())} avec ; z et p inchangés.",
            f"FDR correction (Benjamini–Hochberg per level): {int((raw != 0).sum())} significant units without "
            f"correction, {int((bins != 0).sum())} with; z and p unchanged.",
        ))
    timings["bins"] = time.perf_counter() - t0
    if on_classes is not None:
        on_classes(u, z, bins)

    n_neigh = np.asarray(w.n_neighbours, dtype=np.int64)

    def hotspots():
        return pd.DataFrame({
            F.UNIT_ID.name: u.ids, F.T_MEAN.name: u.t_mean, F.T_STD.name: u.t_std, F.N_OBS.name: u.n_obs,
            F.N_NEIGH.name: n_neigh, F.GI_Z.name: z, F.GI_P.name: analytical_p(), F.GI_P_SIM.name: p_sim, F.GI_BIN.name: bins,
            F.HEAT_LABEL.name: _labels(gistar.BIN_LABELS, bins, lang),
        }, copy=False)  # columns as computed, not consolidated into blocks (a copy of every column)
    heat_cache: List[np.ndarray] = []

    def heat_levels() -> np.ndarray:  # for the stake tables only
        if not heat_cache:
            heat_cache.append(stakes.heat_level(bins, settings.heat_bins))
        return heat_cache[0]

    raise_if_cancelled(cancelled)
    stakes_pop = None
    pop_method = None
    pop = lt4 = o65 = None
    if callable(population):
        population = population()
    if population is not None:
        up = population_to_units(u, population)
        messages += up.messages
        warnings_ += [m for m in up.messages if "missing" in m.en]
        pop_method = up.method
        pop, lt4, o65 = up.pop, up.under4, up.over65

        def stakes_pop(pop=pop, lt4=lt4, o65=o65):  # built when written or read
            heat = heat_levels()
            density = pop / u.area_km2
            sens = stakes.density_level(density, settings.density_thresholds)
            code, level, label = stakes.stakes(heat, sens, settings.matrix, lang)  # labels: one object per unit
            return pd.DataFrame({
                F.UNIT_ID.name: u.ids, F.GI_BIN.name: bins, F.HEAT_LEVEL.name: heat, F.POP.name: pop,
                F.POP_LT4.name: lt4, F.POP_65P.name: o65, F.DENSITY.name: density, F.SENS_LEVEL.name: sens,
                F.STAKE_CODE.name: code, F.STAKE_LEVEL.name: level, F.STAKE_LABEL.name: label,
            }, copy=False)
    timings["population"] = time.perf_counter() - t0

    raise_if_cancelled(cancelled)
    stakes_erp = erp_detail = None
    erp_unit = erp_sens = None
    if erp is not None:
        classes = erp_mod.classify_erp(erp.categories, settings.erp_codes, settings.erp_codes_high,
                                       n=len(erp.x), layer=erp.name)
        messages += classes.messages
        warnings_ += [m for m in classes.messages if "unrecognised" in m.en]
        erp_sens = classes.sensitivity
        erp_unit = u.locate(erp.x, erp.y)
        sensitive = erp_sens > 0
        hit = sensitive & (erp_unit >= 0)
        n_sens = np.bincount(erp_unit[hit], minlength=u.n).astype(np.int64)
        n_high = np.bincount(erp_unit[hit & (erp_sens == 3)], minlength=u.n).astype(np.int64)
        kinds = np.empty(u.n, dtype=object)
        kinds[:] = ""
        by_unit: Dict[int, set] = {}
        for i in np.flatnonzero(hit):
            by_unit.setdefault(int(erp_unit[i]), set()).add(str(classes.kind[i]))
        for i, ks in by_unit.items():
            kinds[i] = ", ".join(sorted(ks))
        sens = stakes.erp_level(n_sens, n_high, settings.erp_thresholds)
        heat = heat_levels()
        code, level, label = stakes.stakes(heat, sens, settings.matrix, lang)
        stakes_erp = pd.DataFrame({
            F.UNIT_ID.name: u.ids, F.GI_BIN.name: bins, F.HEAT_LEVEL.name: heat, F.ERP_N.name: n_sens,
            F.ERP_N3.name: n_high, F.ERP_KINDS.name: kinds, F.SENS_LEVEL.name: sens, F.STAKE_CODE.name: code,
            F.STAKE_LEVEL.name: level, F.STAKE_LABEL.name: label,
        }, copy=False)
        names = erp.names if erp.names is not None else [""] * len(erp.x)
        inside = erp_unit >= 0
        unit_bin = np.where(inside, bins[np.maximum(erp_unit, 0)], 0)
        erp_detail = pd.DataFrame({
            "name": [str(v) if v is not None else "" for v in names], "kind": classes.kind, "sensitivity": erp_sens,
            "unit_id": np.where(inside, u.ids[np.maximum(erp_unit, 0)], None),
            "gi_bin": np.where(inside, unit_bin, np.nan),
            "t_mean": np.where(inside, u.t_mean[np.maximum(erp_unit, 0)], np.nan),
        })
        outside = int((sensitive & ~inside).sum())
        if outside:
            messages.append(Message(f"{erp.name} : {outside} établissements sensibles hors des unités analysées.",
                                    f"{erp.name}: {outside} sensitive establishments outside the analysed units."))
            warnings_.append(messages[-1])
    timings["erp"] = time.perf_counter() - t0

    raise_if_cancelled(cancelled)
    summary = None
    if areas is not None:
        summary = summarise(u, bins, areas, pop, lt4, o65, erp, erp_unit, erp_sens)
    timings["summary"] = time.perf_counter() - t0
    return IcuResult(units=u, reading=reading, weights=w, hotspots=hotspots, stakes_population=stakes_pop,
                     stakes_erp=stakes_erp, summary=summary, erp_detail=erp_detail, settings=settings,
                     messages=messages, warnings=warnings_, population_method=pop_method, permutations_used=used, timings=timings,
                     z=z, bins=bins)


def summarise(u: Units, bins, areas: AreasInput, pop=None, lt4=None, o65=None, erp: Optional[ErpInput] = None,
              erp_unit=None, erp_sens=None) -> pd.DataFrame:
    """Per territory: area analysed, area in hot/cold spots, population and ERP in hot spots.

    Grid units count in the territory containing their centre; polygon units are shared in proportion
    to their area inside each territory (population likewise)."""
    polys = geo.load_all(areas.geometries)
    m = len(polys)
    hot = (np.asarray(bins) > 0).astype(np.float64)
    cold = (np.asarray(bins) < 0).astype(np.float64)
    if u.grid is not None:
        lab = geo.points_in_polygons(u.xy[:, 0], u.xy[:, 1], polys)
        ok = lab >= 0
        frac = sparse.csr_matrix((np.ones(int(ok.sum())), (lab[ok], np.flatnonzero(ok))), shape=(m, u.n))
    else:
        inter = geo.overlay_areas(polys, u.polygons)  # m × n, m²
        frac = inter @ sparse.diags(1.0 / np.maximum(u.area_km2 * 1e6, 1e-12))
    area = frac @ u.area_km2
    with np.errstate(invalid="ignore", divide="ignore"):
        t_area = (frac @ (u.area_km2 * u.t_mean)) / area
    out = pd.DataFrame({
        F.TERR_ID.name: [str(i) for i in areas.ids], F.TERR_NAME.name: [str(v) if v is not None else "" for v in areas.names],
        F.AREA_KM2.name: area, F.T_AREA.name: t_area, F.HOT_KM2.name: frac @ (u.area_km2 * hot),
        F.COLD_KM2.name: frac @ (u.area_km2 * cold),
    })
    with np.errstate(invalid="ignore", divide="ignore"):
        out[F.HOT_PCT.name] = np.where(area > 0, 100.0 * out[F.HOT_KM2.name] / area, np.nan)
    if pop is not None:
        out[F.POP.name] = frac @ pop
        out[F.POP_HOT.name] = frac @ (pop * hot)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[F.POP_HOT_PCT.name] = np.where(out[F.POP.name] > 0, 100.0 * out[F.POP_HOT.name] / out[F.POP.name], np.nan)
        out[F.LT4_HOT.name] = frac @ np.where(np.isnan(lt4), 0, lt4 * hot) if not np.isnan(lt4).all() else np.nan
        out[F.P65_HOT.name] = frac @ np.where(np.isnan(o65), 0, o65 * hot) if not np.isnan(o65).all() else np.nan
    else:
        for f in (F.POP, F.POP_HOT, F.POP_HOT_PCT, F.LT4_HOT, F.P65_HOT):
            out[f.name] = np.nan
    if erp is not None:
        sensitive = erp_sens > 0
        where = geo.points_in_polygons(np.asarray(erp.x)[sensitive], np.asarray(erp.y)[sensitive], polys)
        unit = erp_unit[sensitive]
        in_hot = (unit >= 0) & (np.asarray(bins)[np.maximum(unit, 0)] > 0)
        ok = where >= 0
        out[F.ERP_N.name] = np.bincount(where[ok], minlength=m).astype(np.int64)
        out[F.ERP_HOT.name] = np.bincount(where[ok & in_hot], minlength=m).astype(np.int64)
    else:
        out[F.ERP_N.name] = pd.array([None] * m, dtype="Int64")
        out[F.ERP_HOT.name] = pd.array([None] * m, dtype="Int64")
    return out[[f.name for f in F.SUMMARY_FIELDS]]
