"""Benchmark of ``aula:icu_hotspots``'s core on a square grid of ``size`` units (default one million).

1. ``gistar_grid``: our Gi* with its weights (distance band 300 m on 200 m cells = queen + self, grid
   convolution path) against ``esda.G_Local(transform='B', star=True, permutations=0)`` on the same
   weights (libpysal ``W`` built beforehand, not timed), same run. ``gistar_sparse``: our sparse path
   (KD-tree band + CSR mat-vec) against the same esda time. z-scores are checked equal (1e-9).
2. ``pipeline``: the whole core chain (ST_B10 GeoTIFF 100 m pixels → read → °C → 200 m INSEE cells →
   weights → Gi* → bins → Filosofi population joined by id → stakes) against merely reading the inputs
   (GDAL ``ReadAsArray`` of the GeoTIFF + ``pandas.read_csv`` of the population table).

Usage: ``.venv/bin/python bench/bench_icu.py [--size 1000000] [--no-esda]``. Prints and returns dicts
``{name, size, ours_s, baseline_s, ratio}`` (ratio = baseline / ours for the esda comparison — how many
times faster we are; ours / read time for the pipeline — the aim is ≤ 3).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register  # noqa: E402

sys.path.pop(0)
register()

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
    return tif, csv


def _read(tif: Path, csv: Path):
    from osgeo import gdal
    ds = gdal.Open(str(tif))
    band = ds.GetRasterBand(1)
    return band.ReadAsArray(), ds.GetGeoTransform(), band.GetNoDataValue(), pd.read_csv(csv)


def bench_pipeline(size: int):
    side = int(round(np.sqrt(size)))
    with tempfile.TemporaryDirectory() as tmp:
        tif, csv = _write_inputs(Path(tmp), side)
        _read(tif, csv)  # warm the file cache for both timings
        t = time.perf_counter()
        _read(tif, csv)
        read_s = time.perf_counter() - t

        t = time.perf_counter()
        band, gt, nodata, frame = _read(tif, csv)
        result = P.run_icu(P.TemperatureInput(P.RASTER, band, gt, nodata=nodata),
                           P.IcuSettings(distance=BAND),
                           population=population.PopulationInput(frame))
        ours = time.perf_counter() - t
        assert result.units.n == side * side
        assert result.stakes_population["pop"].sum() == pytest_approx(frame["Ind"].sum())
    steps = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    return [dict(name="pipeline_vs_read", size=side * side, ours_s=ours, baseline_s=read_s, ratio=ours / read_s,
                 baseline="reading the raster and population inputs", aim="≤ 3",
                 steps=steps)]


def pytest_approx(value, rel=1e-9):
    class _A:
        def __eq__(self, other):
            return abs(other - value) <= rel * max(abs(value), 1.0)
    return _A()


def main(size: int = 1_000_000, esda_baseline: bool = True):
    results = bench_gistar(size, esda_baseline) + bench_pipeline(size)
    for r in results:
        extra = f"  [{r['steps']}]" if "steps" in r else ""
        print(f"{r['name']:<18} size={r['size']:>9,}  ours={r['ours_s']:.3f}s  baseline={r['baseline_s']:.3f}s  "
              f"ratio={r['ratio']:.2f}{extra}")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--no-esda", action="store_true", help="skip the esda baseline")
    args = parser.parse_args()
    main(args.size, not args.no_esda)
