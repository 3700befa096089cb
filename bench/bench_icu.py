"""Benchmark of ``aula:icu_hotspots`` end to end through ``processing.run``, files → files, on square grids of
200 m INSEE cells (an ST_B10 GeoTIFF of 100 m pixels in EPSG:3035, 4 pixels per cell, written beforehand).

Per size (default 250k, 1M and 4M cells; best of 3 at every size, ratios ours / baseline):
1. ``icu_<n>_polygons``: HOTSPOTS as a GeoPackage of one square per cell (+ the raster) against the floor
   "read the inputs + write the same features with GDAL" = reading the inputs (below) +
   ``gdal.VectorTranslate`` (ogr2ogr) of the same HOTSPOTS layer into a new GeoPackage (spatial index
   included, as ogr2ogr does). Aim ≤ 3.
2. ``icu_<n>_raster``: HOTSPOTS_RASTER only (GeoTIFF z-score + bin) against reading the inputs, the fastest
   fair read into arrays: GDAL ``ReadAsArray`` of the GeoTIFF + the five population columns through GDAL's
   columnar (Arrow) reader, geometry skipped, in batches of the algorithm's size; the floor and ours take
   turns, best of ``--repeat`` each. Aim ≤ 2. ``icu_<n>_raster_vs_sql`` (extra line): the same run
   against the earlier floor, the population attributes read by one pandas SQL query.
3. ``icu_growth_<run>_<n>``: seconds per million cells at each larger size against the smallest, for the
   raster-only and the polygon runs (linear: ≤ 1.3); the size column lists the three sizes.
4. Peak memory (``peak MiB``) of the algorithm's runs at each size (VmHWM reset before them: the inputs
   written beforehand do not count).
5. Extra lines at 1M: ``gistar_grid`` / ``gistar_sparse`` (our Gi* core) against
   ``esda.G_Local(transform='B', star=True, permutations=0)`` with the same weights (z checked equal to 1e-9),
   and ``pipeline_core`` (the QGIS-free chain) against reading the inputs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_icu.py --sizes 250000 1000000 4000000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import best_of, emit, import_core, peak_mib, qgis_processing, result, run_alg  # noqa: E402

import_core()

from aula_toolkit_plugin.aula_toolkit.icu import gistar, grid, pipeline as P, population, synthetic  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.icu import weights as W  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.icu.temperature import celsius_to_landsat_dn  # noqa: E402

BAND = 300.0
CELL = 200.0


def _field(side: int, seed: int = 1) -> np.ndarray:
    values, _, _ = synthetic.planted_discs(side, side, hot=(side // 4, side // 4), cold=(3 * side // 4, 2 * side // 3),
                                           radius=side / 10, amplitude=3.0, noise=1.0, seed=seed)
    return values + 2.0 * synthetic.smooth_noise((side, side), max(side / 50, 1), seed)


def bench_gistar(size: int, esda_baseline: bool = True):
    side = int(round(np.sqrt(size)))
    n = side * side
    values = _field(side)
    rows, cols = np.divmod(np.arange(n), side)
    x = values[rows, cols]

    t = time.perf_counter()
    gw = W.grid_distance_band_weights(rows, cols, CELL, BAND, shape=(side, side))
    z_grid = gistar.gi_star(x, gw)
    ours_grid = time.perf_counter() - t

    xy = np.column_stack([cols, rows]) * CELL + CELL / 2
    t = time.perf_counter()
    sw = W.distance_band_weights(xy, BAND)
    z_sparse = gistar.gi_star(x, sw)
    ours_sparse = time.perf_counter() - t
    assert np.abs(z_grid - z_sparse).max() < 1e-9

    baseline = float("nan")
    if esda_baseline:
        import esda
        import libpysal
        off = sw.matrix.tolil()
        off.setdiag(0)
        off = off.tocsr()
        off.eliminate_zeros()
        lw = libpysal.weights.WSP(off).to_W(silence_warnings=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t = time.perf_counter()
            g = esda.G_Local(x, lw, transform="B", star=True, permutations=0)
            baseline = time.perf_counter() - t
        diff = float(np.abs(g.Zs - z_grid).max())
        assert diff < 1e-9, diff
    return [
        dict(name="gistar_grid", size=n, ours_s=ours_grid, baseline_s=baseline, ratio=ours_grid / baseline,
             baseline="esda.G_Local(transform='B', star=True)", aim="≤ 0.2 (5× faster)"),
        dict(name="gistar_sparse", size=n, ours_s=ours_sparse, baseline_s=baseline, ratio=ours_sparse / baseline,
             baseline="esda.G_Local(transform='B', star=True)", aim="≤ 0.2 (5× faster)"),
    ]


def _write_inputs(folder: Path, side: int):
    from osgeo import gdal, osr
    px = 2 * side  # 100 m pixels, 4 per 200 m cell
    e0, n0 = 3_700_000.0, 2_900_000.0
    celsius = np.kron(_field(side, 3), np.ones((2, 2)))[::-1] + np.random.default_rng(4).normal(0, 0.5, (px, px))
    dn = celsius_to_landsat_dn(celsius)
    tif = folder / "st_b10.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), px, px, 1, gdal.GDT_UInt16, ["TILED=YES"])
    ds.SetGeoTransform((e0, 100.0, 0.0, n0 + px * 100.0, 0.0, -100.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(dn)
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds = None
    rows, cols = np.divmod(np.arange(side * side), side)
    rng = np.random.default_rng(5)
    ind = np.round(rng.gamma(1.5, 40, rows.size), 1)
    frame = pd.DataFrame({"Idcar_200m": grid.cell_ids(e0 + cols * CELL, n0 + rows * CELL), "Ind": ind,
                          "Ind_0_3": np.round(ind * 0.05, 1), "Ind_65_79": np.round(ind * 0.14, 1),
                          "Ind_80p": np.round(ind * 0.06, 1)})
    csv = folder / "filosofi.csv"
    frame.to_csv(csv, index=False)
    write_population_gpkg(folder / "filosofi_200m.gpkg", frame, e0 + cols * CELL, n0 + rows * CELL)
    return tif, csv


def write_population_gpkg(path: Path, frame: pd.DataFrame, east, north) -> None:
    """The Filosofi 200 m squares as INSEE delivers them (GeoPackage of polygons, EPSG:3035)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsWkbTypes

    from aula_toolkit_plugin.aula_toolkit.fields import REAL, TEXT
    from aula_toolkit_plugin.processing.compat import make_field
    from aula_toolkit_plugin.processing.writer import GeometryColumn, _write_geopackage

    fields, kinds = QgsFields(), []
    for name in frame.columns:
        kind = TEXT if name == "Idcar_200m" else REAL
        fields.append(make_field(name, kind))
        kinds.append(kind)
    _write_geopackage(path, "filosofi", fields, kinds, frame, QgsWkbTypes.Type.MultiPolygon,
                      QgsCoordinateReferenceSystem("EPSG:3035"),
                      GeometryColumn.from_boxes(east, north, east + CELL, north + CELL), None, spatial_index=False)


def _read(tif: Path, csv: Path):
    from osgeo import gdal
    ds = gdal.Open(str(tif))
    band = ds.GetRasterBand(1)
    return band.ReadAsArray(), ds.GetGeoTransform(), band.GetNoDataValue(), pd.read_csv(csv)


def bench_pipeline(size: int, folder: Path, tif: Path, csv: Path, read_s: float):
    band, gt, nodata, frame = _read(tif, csv)
    t = time.perf_counter()
    band, gt, nodata, frame = _read(tif, csv)
    result = P.run_icu(P.TemperatureInput(P.RASTER, band, gt, nodata=nodata), P.IcuSettings(distance=BAND),
                       population=population.PopulationInput(frame))
    ours = time.perf_counter() - t
    assert result.units.n == size
    steps = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    return dict(name="icu_pipeline_core", size=f"{size:,} cells, core only (arrays in memory) [{steps}]",
                ours_s=ours, baseline="reading raster + population CSV", baseline_s=read_s,
                aim="extra line", aim_ratio=None)


POPULATION_COLUMNS = ["Idcar_200m", "Ind", "Ind_0_3", "Ind_65_79", "Ind_80p"]


def read_inputs(tif: Path, population: Path):
    """The strict floor, the fastest fair read of the same inputs into arrays: the raster band with GDAL
    ``ReadAsArray`` and the population attributes with GDAL's columnar (Arrow) reader, geometry skipped
    (GDAL ≥ 3.6; before, one SQL query), in batches of the size the algorithm reads (GDAL's reader fills the next
    batch on the other core: the size that reads fastest for both), a single batch kept as is as ours is."""
    from osgeo import gdal, ogr

    ds = gdal.Open(str(tif))
    ds.GetRasterBand(1).ReadAsArray()
    ds = None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return read_inputs_sql(tif, population)
    from aula_toolkit_plugin.processing.fastread import ARROW_BATCH

    source = ogr.Open(str(population))
    layer = source.GetLayerByName("filosofi")
    layer.SetIgnoredFields([layer.GetGeometryColumn()])
    stream = layer.GetArrowStreamAsNumPy(["INCLUDE_FID=NO", f"MAX_FEATURES_IN_BATCH={ARROW_BATCH}"])
    columns = {name: [] for name in POPULATION_COLUMNS}
    for batch in stream:
        for name in POPULATION_COLUMNS:
            columns[name].append(np.array(batch[name], copy=True))
    del stream
    source = None
    return {name: parts[0] if len(parts) == 1 else np.concatenate(parts) for name, parts in columns.items()}


def read_inputs_sql(tif: Path, population: Path):
    """The earlier floor: the raster band with GDAL and the population attributes in one SQL query (pandas)."""
    import sqlite3

    from osgeo import gdal

    ds = gdal.Open(str(tif))
    ds.GetRasterBand(1).ReadAsArray()
    ds = None
    from contextlib import closing

    with closing(sqlite3.connect(str(population))) as con:
        return pd.read_sql_query("SELECT " + ", ".join(f'"{c}"' for c in POPULATION_COLUMNS) + " FROM filosofi", con)


def reset_peak() -> bool:
    """Start a new peak-memory measurement of this process (Linux: clear_refs 5 resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_since_reset() -> float:
    """Peak resident memory (MiB) since :func:`reset_peak` (the process's peak where it cannot be reset)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return peak_mib()


def best_of_interleaved(floor, ours, repeat: int, before_ours=None):
    """Best of ``repeat`` runs of each, the floor and ours taking turns, so that both meet the same moments of
    a shared machine's load (a floor timed before ours alone could catch a quieter or a busier minute)."""
    floors, times = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        floor()
        floors.append(time.perf_counter() - start)
        if before_ours is not None:
            before_ours()
        start = time.perf_counter()
        ours()
        times.append(time.perf_counter() - start)
    return min(floors), min(times)


def bench_end_to_end(size: int, repeat: int, with_core: bool, esda_baseline: bool, polygons: bool = True,
                     floor_repeat: int = 0):
    """Lines for one size, and the seconds of the raster-only and polygon runs (for the growth lines)."""
    from osgeo import gdal

    side = int(round(np.sqrt(size)))
    n = side * side
    lines = []
    with tempfile.TemporaryDirectory(prefix="aula_bench_icu_") as tmp:
        folder = Path(tmp)
        tif, csv = _write_inputs(folder, side)
        pop = folder / "filosofi_200m.gpkg"
        read_inputs(tif, pop)
        read_sql_s = best_of(lambda: read_inputs_sql(tif, pop), repeat)
        hot, ras = folder / "hotspots.gpkg", folder / "hotspots.tif"

        def clean():
            for p in (hot, ras, ras.with_suffix(".qml")):
                p.unlink(missing_ok=True)

        common = {"TEMPERATURE": str(tif), "DISTANCE": BAND, "CELL_SIZE": CELL, "POPULATION": f"{pop}|layername=filosofi"}
        clean()
        reset_peak()
        read_s, raster_s = best_of_interleaved(
            lambda: read_inputs(tif, pop), lambda: run_alg("aula:icu_hotspots", dict(common, HOTSPOTS_RASTER=str(ras))),
            repeat, clean)
        raster_peak = peak_since_reset()
        runs = f"best of {repeat}" if repeat > 1 else "1 run"
        polygons_s = None
        if polygons:
            reset_peak()
            polygons_s = best_of(lambda: run_alg("aula:icu_hotspots", dict(common, HOTSPOTS=str(hot),
                                                                             HOTSPOTS_RASTER=str(ras))), repeat, clean)
            polygons_peak = peak_since_reset()
            copy = folder / "ogr2ogr.gpkg"

            def ogr2ogr():
                read_inputs(tif, pop)
                gdal.VectorTranslate(str(copy), str(hot), format="GPKG")

            floors = floor_repeat or repeat
            floor_s = best_of(ogr2ogr, floors, lambda: copy.unlink(missing_ok=True))
            lines.append(result(f"icu_{n}_polygons", f"{n:,} cells → HOTSPOTS GeoPackage + raster ({runs}; floor "
                                f"{'best of ' + str(floors) if floors > 1 else '1 run'})", polygons_s,
                                "read inputs + ogr2ogr of the same HOTSPOTS", floor_s, "≤ 3", 3.0, polygons_peak))
        lines.append(result(f"icu_{n}_raster", f"{n:,} cells → HOTSPOTS_RASTER GeoTIFF only ({runs})", raster_s,
                            "read inputs (raster ReadAsArray + population columns, GDAL Arrow reader)", read_s,
                            "≤ 2", 2.0, raster_peak))
        lines.append(result(f"icu_{n}_raster_vs_sql", f"{n:,} cells → HOTSPOTS_RASTER only, against the earlier floor",
                            raster_s, "read inputs (raster ReadAsArray + population attributes, pandas SQL)",
                            read_sql_s, "extra line"))
        if with_core:
            t = time.perf_counter()
            _read(tif, csv)
            core_read = time.perf_counter() - t
            lines.append(bench_pipeline(n, folder, tif, csv, core_read))
    if with_core and esda_baseline:
        for r in bench_gistar(n, esda_baseline):
            lines.append(result(r["name"], f"{n:,} cells, Gi* core", r["ours_s"], r["baseline"], r["baseline_s"],
                                r["aim"], 0.2))
    return lines, {"raster": raster_s, "polygons": polygons_s}


def growth_lines(times):
    """Seconds per million cells at every size, and each larger size against the smallest (linear: ≤ 1.3)."""
    lines = []
    sizes = sorted(times)
    for run, label in (("raster", "HOTSPOTS_RASTER only"), ("polygons", "HOTSPOTS GeoPackage + raster")):
        if any(times[n][run] is None for n in sizes):
            continue
        per_million = {n: times[n][run] / n * 1e6 for n in sizes}
        listing = ", ".join(f"{n:,}: {v:.2f}" for n, v in per_million.items())
        small = sizes[0]
        for n in sizes[1:]:
            lines.append(result(f"icu_growth_{run}_{n}", f"s per million cells, {label} (best of each size) — "
                                f"{listing}", per_million[n], f"s per million cells at {small:,}",
                                per_million[small], "≤ 1.3 (linear)", 1.3))
    return lines


def pytest_approx(value, rel=1e-9):
    class _A:
        def __eq__(self, other):
            return abs(other - value) <= rel * max(abs(value), 1.0)
    return _A()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 1_000_000, 4_000_000])
    parser.add_argument("--size", type=int, help="one size only (quick runs)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-esda", action="store_true", help="skip the esda baseline")
    parser.add_argument("--no-core", action="store_true", help="skip the core-only extra lines")
    parser.add_argument("--raster-only", action="store_true", help="only the HOTSPOTS_RASTER runs (growth, memory)")
    parser.add_argument("--floor-repeat", type=int, default=0,
                        help="runs of the read + ogr2ogr floor of the polygon runs (default: --repeat; minutes per run at 4M "
                             "on a loaded machine); the raster-only floor always takes turns with ours, "
                             "best of --repeat each")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = [args.size] if args.size else sorted(args.sizes)
    qgis_processing()
    lines, times = [], {}
    core_size = 1_000_000 if 1_000_000 in sizes else sizes[0]
    for size in sizes:
        part, seconds = bench_end_to_end(size, args.repeat, size == core_size and not args.no_core,
                                         not args.no_esda, not args.raster_only, args.floor_repeat)
        lines += part
        times[int(round(np.sqrt(size))) ** 2] = seconds
    if len(times) > 1:
        lines += growth_lines(times)
    if args.json:
        emit(lines)
    return lines


if __name__ == "__main__":
    main()
