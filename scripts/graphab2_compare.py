"""Print our TVB core's numbers beside Graphab 2's on its published test landscape (tests/fixtures/graphab2),
including the unbounded complete link sets that take minutes and so stay out of the test suite.

    /usr/bin/python3 scripts/graphab2_compare.py          # ~6 min on a 2-core machine (152 unbounded searches)

The fast part of this comparison is asserted by tests/core/test_tvb_graphab2.py; docs/tvb.md holds the table.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
pkg = ROOT.name
graph = importlib.import_module(f"{pkg}.aula_toolkit.tvb.graph")
links_mod = importlib.import_module(f"{pkg}.aula_toolkit.tvb.links")
voronoi = importlib.import_module(f"{pkg}.aula_toolkit.tvb.voronoi")

FIX = ROOT / "tests" / "fixtures" / "graphab2"
DX, DY = 13.998903636200005, 13.999781617000233
COST10 = np.array([0, 1, 2, 3, 4, 5, 6, 0, 8, 9, 10], dtype=np.float64)
# ProjectTest / GlobalMetricLauncherTest (Graphab 2.0.6)
LINKSETS = {"comp_cout10_all": (11476, 14145418.8672805), "comp_cout10": (605, 317252.9343452),
            "comp_cout10_500_nopath": (1704, 493887.4475448), "comp_cout10_500": (361, 73311.1909156),
            "plan_cout10_keep_links": (399, 78962.696132), "plan_cout10": (304, 58782.0487)}
GLOBAL = {"graph_comp_cout10": {"PC": 2.597275864295179e-4, "IIC": 4.2943441897345247e-4, "NC": 1},
          "graph_comp_cout10_500_nopath": {"PC": 3.2880609909219453e-4, "IIC": 4.885949077592436e-4, "NC": 1}}


def reference(name):
    path = FIX / "project" / f"{name}-links.csv"
    if not path.exists():
        return None
    r = pd.read_csv(path)
    return {(min(a, b) - 1, max(a, b) - 1): c for a, b, c in zip(r.ID1.tolist(), r.ID2.tolist(), r.Dist.tolist())}


def main():
    from osgeo import gdal

    codes = gdal.Open(str(FIX / "source.tif")).ReadAsArray().astype(np.int64)
    labels, count = links_mod.habitat_patches(codes == 1)
    friction = COST10[codes]
    t = time.perf_counter()
    every = links_mod.complete_links(friction, labels, count)
    print(f"complete links, unbounded: {every.u.size} in {time.perf_counter() - t:.0f} s")
    crossing = np.array([links_mod.crosses_third_patch(pr, pc, labels, i + 1, j + 1)
                         for (pr, pc), i, j in zip(every.paths, every.u.tolist(), every.v.tolist())])
    lo, hi = voronoi.zone_neighbours(voronoi.euclidean_voronoi(labels, DX, DY))
    planar = np.isin((every.u + 1) * (1 << 32) + every.v + 1, lo * (1 << 32) + hi)
    within = every.cost <= 500
    keep = {"comp_cout10_all": np.ones(every.u.size, bool), "comp_cout10": ~crossing,
            "comp_cout10_500_nopath": within, "comp_cout10_500": within & ~crossing,
            "plan_cout10_keep_links": planar, "plan_cout10": planar & ~crossing}
    print(f"{'link set':26} {'Graphab n':>9} {'ours n':>7} {'Graphab Σ cost':>18} {'ours Σ cost':>18} "
          f"{'same pairs':>10} {'max rel. diff':>13}")
    for name, (n_ref, sum_ref) in LINKSETS.items():
        k = keep[name]
        mine = {(i, j): c for i, j, c in zip(every.u[k].tolist(), every.v[k].tolist(), every.cost[k].tolist())}
        theirs = reference(name)
        same = "—" if theirs is None else str(set(mine) == set(theirs))
        worst = "—" if theirs is None or set(mine) != set(theirs) else \
            f"{max(abs(mine[p] - theirs[p]) / theirs[p] for p in theirs):.1e}"
        print(f"{name:26} {n_ref:9d} {len(mine):7d} {sum_ref:18.7f} {sum(mine.values()):18.7f} {same:>10} {worst:>13}")
    area = np.bincount(labels.ravel(), minlength=count + 1)[1:] * DX * DY
    extent = labels.size * DX * DY
    alpha = graph.alpha_from(1000, 0.05)
    for name, k in (("graph_comp_cout10", ~crossing), ("graph_comp_cout10_500_nopath", within)):
        m = graph.graph_metrics(area, every.u[k], every.v[k], every.cost[k], alpha, extent, with_links=False)
        ref = GLOBAL[name]
        print(f"{name}: PC {m.pc:.16g} (Graphab {ref['PC']:.16g}, {m.pc / ref['PC'] - 1:+.2e}), "
              f"IIC {m.iic:.16g} (Graphab {ref['IIC']:.16g}, {m.iic / ref['IIC'] - 1:+.2e}), "
              f"NC {m.components} (Graphab {ref['NC']})")
    print("graph_comp_cout10 has intraPatchDist = true in Graphab (crossing a patch costs): PC differs by design.")


if __name__ == "__main__":
    main()
