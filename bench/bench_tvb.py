"""Benchmark of ``aula:tvb_continuity``.

1. ``end_to_end``: ``processing.run`` from files to files (GeoTIFF land cover, BioDispersal CSV, barriers
   GeoPackage → réservoirs, links, paths, corridors raster + polygons, conflicts, indices) on generated square
   landscapes of side 2,500 → 5,000 → 10,000 cells (10 m) with about 1,000 patches per 10,000² (same density at
   every size); prints the growth. Baseline: reading the land cover with GDAL (the floor of any tool).
   Aim: 10,000² within 5 minutes.
2. ``accumulated_cost``: our multi-source cost surface (core call) beside GRASS ``r.cost`` (8 neighbours, exact √2
   diagonal, start raster = the patches) on the same friction raster, same run; the maximum relative difference of
   the two surfaces is printed. Skipped with a printed reason when GRASS is absent. Aim: ratio ≤ 1.
3. ``graph_metrics``: PC and every node's dPC on the links of the planar graph, ours beside networkx (the same PC,
   recomputed after each node removal with Dijkstra cutoffs at the same probability floor); networkx is timed on a
   sample of removals and extrapolated to all nodes (printed). Aim: ratio ≤ 0.1.

Usage: ``.venv/bin/python bench/bench_tvb.py [--size 10000] [--sizes 2500,5000,10000] [--cost-size 5000]``.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import import_core, report  # noqa: E402

import_core()

from aula_toolkit_plugin.aula_toolkit.tvb import friction as FR  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.tvb import graph as G  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.tvb.cost import EXACT_DIAGONAL, accumulated_cost  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.tvb.links import habitat_patches, planar_links  # noqa: E402

RES = 10.0
FRICTION = {1: 1000, 2: 150, 3: 30, 4: 10, 5: 1, 9: 1000}  # urban, suburban, crops, meadows, woods, motorway
PATCHES_PER_1E8 = 1000


def landscape(side: int, seed: int = 1) -> np.ndarray:
    """Land-cover classes: smooth crop/meadow/urban mosaic, ~1,000 wood patches per 10,000², two motorways."""
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    coarse = max(8, side // 16)
    small = ndimage.gaussian_filter(rng.standard_normal((coarse, coarse)), 2)
    noise = ndimage.zoom(small, side / coarse, order=1)[:side, :side]
    lc = np.full((side, side), 3, dtype=np.uint8)
    q = np.quantile(noise[::16, ::16], [0.55, 0.88, 0.95])
    lc[noise > q[0]] = 4
    lc[noise > q[1]] = 2
    lc[noise > q[2]] = 1
    n = max(4, round(PATCHES_PER_1E8 * side * side / 1e8))
    rr, cc = rng.integers(0, side, n), rng.integers(0, side, n)
    radius = rng.uniform(8, 40, n)
    for r, c, rad in zip(rr.tolist(), cc.tolist(), radius.tolist()):
        k = int(rad) + 1
        r0, r1, c0, c1 = max(0, r - k), min(side, r + k + 1), max(0, c - k), min(side, c + k + 1)
        yy, xx = np.ogrid[r0:r1, c0:c1]
        lc[r0:r1, c0:c1][(yy - r) ** 2 + (xx - c) ** 2 <= rad * rad] = 5
    lc[side // 3: side // 3 + 3, :] = 9
    lc[:, (2 * side) // 3: (2 * side) // 3 + 3] = 9
    return lc


def write_inputs(side: int, folder: Path):
    from osgeo import gdal, ogr, osr

    lc = landscape(side)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    x0, y0 = 650000.0, 7050000.0 + side * RES
    tif = folder / f"landcover_{side}.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), side, side, 1, gdal.GDT_Byte,
                                              ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((x0, RES, 0, y0, 0, -RES))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(lc)
    ds = None
    csv = folder / "friction.csv"
    csv.write_text("class_descr;class;code;boisee\n" + "".join(f"c{k};c{k};{k};{v}\n" for k, v in FRICTION.items()),
                   encoding="utf-8")
    gpkg = folder / f"barriers_{side}.gpkg"
    gds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = gds.CreateLayer("barriers", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("id_obst", ogr.OFTString))
    for name, (xa, ya, xb, yb) in (("A1", (x0, y0 - (side // 3 + 1.5) * RES, x0 + side * RES, y0 - (side // 3 + 1.5) * RES)),
                                   ("A2", (x0 + ((2 * side) // 3 + 1.5) * RES, y0, x0 + ((2 * side) // 3 + 1.5) * RES,
                                           y0 - side * RES))):
        line = ogr.Geometry(ogr.wkbLineString)
        line.AddPoint_2D(xa, ya)
        line.AddPoint_2D(xb, yb)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(line)
        f.SetField("id_obst", name)
        layer.CreateFeature(f)
    gds = None
    return tif, csv, gpkg, lc


def end_to_end(sizes, folder: Path):
    from osgeo import gdal
    from qgis.core import QgsApplication

    from aula_toolkit_plugin.processing.provider import AulaProvider

    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = AulaProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    results, previous = [], None
    for side in sizes:
        tif, csv, gpkg, lc = write_inputs(side, folder)
        del lc
        out = folder / f"out_{side}"
        out.mkdir(exist_ok=True)
        t = time.perf_counter()
        ds = gdal.Open(str(tif))
        ds.GetRasterBand(1).ReadAsArray()
        ds = None
        read_s = time.perf_counter() - t
        t = time.perf_counter()
        res = processing.run("aula:tvb_continuity", {
            "LANDCOVER": str(tif), "FRICTION": str(csv), "SUBTRAME": "boisee", "HABITAT": "5", "MIN_AREA": 1.0,
            "DISTANCE": 1000, "PROBABILITY": 0.05, "BARRIERS": str(gpkg), "BARRIER_ID_FIELD": "id_obst",
            "PATCHES": str(out / "p.gpkg"), "LINKS": str(out / "l.gpkg"), "PATHS": str(out / "c.gpkg"),
            "CORRIDORS": str(out / "corr.tif"), "CORRIDOR_POLYGONS": str(out / "corr.gpkg"),
            "CONFLICTS": str(out / "x.gpkg"), "INDICES": str(out / "i.gpkg")})
        ours = time.perf_counter() - t
        growth = f", × {ours / previous:.2f} for × 4 cells" if previous else ""
        print(f"[tvb end_to_end] {side}² = {side * side / 1e6:.1f} M cells: {res['N_PATCHES']} patches, "
              f"{res['N_LINKS']} links, {ours:.1f} s{growth}", flush=True)
        previous = ours
        results.append(report("tvb_end_to_end", f"{side}x{side} cells, {res['N_PATCHES']} patches, "
                              f"{res['N_LINKS']} planar links", ours, "GDAL read of the land cover", read_s,
                              "10000² within 300 s"))
        shutil.rmtree(out, ignore_errors=True)
    return results


def grass_rcost(friction: np.ndarray, sources: np.ndarray, folder: Path):
    """Time GRASS r.cost (only the r.cost call) on the same rasters; returns (seconds, surface) or (None, reason)."""
    grass = shutil.which("grass")
    if grass is None:
        return None, "GRASS GIS is not installed (Debian package grass-core)"
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    side_r, side_c = friction.shape
    gt = (650000.0, RES, 0, 7050000.0 + side_r * RES, 0, -RES)
    for name, arr, kind in (("friction.tif", friction, gdal.GDT_Float32), ("start.tif", sources, gdal.GDT_Int32)):
        ds = gdal.GetDriverByName("GTiff").Create(str(folder / name), side_c, side_r, 1, kind, ["BIGTIFF=IF_SAFER"])
        ds.SetGeoTransform(gt)
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(0)
        band.WriteArray(arr)
        ds = None
    script = folder / "rcost.sh"
    script.write_text(
        "set -e\n"
        f"r.in.gdal -o input={folder / 'friction.tif'} output=friction --quiet\n"
        f"r.in.gdal -o input={folder / 'start.tif'} output=start --quiet\n"
        "g.region raster=friction\n"
        "t0=$(date +%s.%N)\n"
        "r.cost input=friction start_raster=start output=cost memory=2000 --quiet\n"
        "t1=$(date +%s.%N)\n"
        "echo RCOST_SECONDS $(echo \"$t1 - $t0\" | bc -l)\n"
        f"r.out.gdal input=cost output={folder / 'cost.tif'} type=Float64 --quiet\n")
    proc = subprocess.run([grass, "--tmp-location", "EPSG:2154", "--exec", "bash", str(script)],
                          capture_output=True, text=True)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RCOST_SECONDS")), None)
    if proc.returncode != 0 or line is None:
        return None, f"GRASS r.cost failed: {proc.stderr[-400:]}"
    ds = gdal.Open(str(folder / "cost.tif"))
    return float(line.split()[1]), ds.GetRasterBand(1).ReadAsArray()


def accumulated(side: int, folder: Path):
    lc = landscape(side)
    f = FR.friction_raster(lc, {k: float(v) for k, v in FRICTION.items()})
    labels, count = habitat_patches(lc == 5, 100)
    del lc
    t = time.perf_counter()
    acc, _, passes = accumulated_cost(f, labels, EXACT_DIAGONAL)
    ours = time.perf_counter() - t
    print(f"[tvb accumulated_cost] {side}²: {count} sources, {passes} passes, {ours:.1f} s", flush=True)
    seconds, grass = grass_rcost(f.astype(np.float32), labels, folder)
    if seconds is None:
        print(f"[tvb accumulated_cost] baseline skipped: {grass}", flush=True)
        return [report("tvb_accumulated_cost", f"{side}x{side} cells, {count} sources", ours,
                       "GRASS r.cost (absent)", 0.0, "≤ 1")]
    fin = np.isfinite(acc) & np.isfinite(grass)
    rel = float(np.max(np.abs(acc[fin] - grass[fin]) / np.maximum(acc[fin], 1.0))) if fin.any() else float("nan")
    print(f"[tvb accumulated_cost] max relative difference with r.cost: {rel:.2e}", flush=True)
    return [report("tvb_accumulated_cost", f"{side}x{side} cells, {count} sources (friction float32 for both)", ours,
                   "GRASS r.cost (8 neighbours)", seconds, "≤ 1")]


def metrics_vs_networkx(side: int, sample: int = 40):
    import networkx as nx

    lc = landscape(side)
    f = FR.friction_raster(lc, {k: float(v) for k, v in FRICTION.items()})
    labels, count = habitat_patches(lc == 5, 100)
    del lc
    acc, alloc, _ = accumulated_cost(f, labels)
    links = planar_links(acc, alloc, f)
    del acc, alloc
    area = np.bincount(labels.ravel(), minlength=count + 1)[1:] * RES * RES / 1e4
    cost = links.cost * RES
    alpha = G.alpha_from(1000.0, 0.05)
    limit = -math.log(G.PROBABILITY_FLOOR) / alpha
    t = time.perf_counter()
    delta = G._Delta(count, links.u, links.v, np.where(cost <= 0, 1e-12, cost), area, lambda d: np.exp(-alpha * d),
                     limit)
    removed = delta.node_removal()
    ours = time.perf_counter() - t
    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    graph.add_weighted_edges_from(zip(links.u.tolist(), links.v.tolist(), cost.tolist()))

    def pcnum(g):
        total = 0.0
        for i, lengths in nx.all_pairs_dijkstra_path_length(g, cutoff=limit):
            for j, d in lengths.items():
                total += area[i] * area[j] * math.exp(-alpha * d)
        return total

    t = time.perf_counter()
    full = pcnum(graph)
    base = time.perf_counter() - t
    picks = np.random.default_rng(0).choice(count, size=min(sample, count), replace=False)
    t = time.perf_counter()
    for k in picks.tolist():
        h = graph.copy()
        h.remove_node(k)
        value = pcnum(h)
        assert abs(value - removed[k]) <= 1e-9 * full, (k, value, removed[k])
    per_removal = (time.perf_counter() - t) / picks.size
    nx_total = base + per_removal * count
    print(f"[tvb graph_metrics] {count} nodes, {links.u.size} links: networkx PC {base:.2f} s + {per_removal:.2f} s "
          f"per removal (timed on {picks.size}, extrapolated to {count}); values equal to 1e-9", flush=True)
    return [report("tvb_graph_metrics", f"{count} patches, {links.u.size} planar links, PC + all dPC", ours,
                   "networkx (extrapolated from a sample of removals)", nx_total, "≤ 0.1")]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N where the benchmark repeats (bench/run.py --quick: 1)")
    parser.add_argument("--sizes", default="")
    parser.add_argument("--cost-size", type=int, default=0)
    parser.add_argument("--skip", default="", help="comma-separated: end_to_end, cost, metrics")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [int(s) for s in args.sizes.split(",") if s] or [s for s in (2_500, 5_000, 10_000) if s < args.size] + [
        args.size]
    skip = set(args.skip.split(","))
    results = []
    with tempfile.TemporaryDirectory(prefix="bench_tvb_") as tmp:
        folder = Path(tmp)
        if "metrics" not in skip:
            results += metrics_vs_networkx(min(args.size, 10_000))
        if "cost" not in skip:
            results += accumulated(args.cost_size or min(args.size, 5_000), folder)
        if "end_to_end" not in skip:
            from qgis.core import QgsApplication

            app = QgsApplication([], False)
            app.initQgis()
            results += end_to_end(sizes, folder)
    return results


if __name__ == "__main__":
    main()
