"""Contiguity weights for polygon units: ours (STR-tree bulk query, vectorised) vs libpysal's Queen and Rook
built from the same polygons (``from_iterable``), on a jittered coverage of quadrilaterals (IRIS-like:
every interior vertex shared by 4 polygons, edges not axis-aligned). Also the exact pixel coverage of the
demo ICU grid against the centre rule.

Usage: .venv/bin/python bench/bench_icu_weights.py [--size N] (default 100,000 polygons)
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

from _common import import_core, report


def jittered_coverage(n: int, seed: int = 5):
    from shapely.geometry import Polygon

    side = int(np.ceil(np.sqrt(n)))
    rng = np.random.default_rng(seed)
    xs, ys = np.meshgrid(np.arange(side + 1, dtype=float) * 100, np.arange(side + 1, dtype=float) * 100)
    xs += rng.uniform(-30, 30, xs.shape)
    ys += rng.uniform(-30, 30, ys.shape)
    polys = []
    for r in range(side):
        for c in range(side):
            polys.append(Polygon([(xs[r, c], ys[r, c]), (xs[r, c + 1], ys[r, c + 1]),
                                  (xs[r + 1, c + 1], ys[r + 1, c + 1]), (xs[r + 1, c], ys[r + 1, c])]))
            if len(polys) == n:
                return polys
    return polys


def best_of(fn, repeat=3):
    best, value = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t)
    return best, value


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    import_core()
    import importlib

    C = importlib.import_module("aula_toolkit_plugin.aula_toolkit.icu.contiguity")
    import libpysal

    polys = jittered_coverage(args.size)
    results = []
    for kind, cls in ((C.QUEEN, libpysal.weights.Queen), (C.ROOK, libpysal.weights.Rook)):
        ours_s, ours = best_of(lambda: C.contiguity_weights(polys, kind), repeat=args.repeat)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            base_s, reference = best_of(lambda: cls.from_iterable(polys), repeat=1 if args.size > 20_000 else 3)
        same = int(ours.n_neighbours.sum()) == int(sum(reference.cardinalities.values()))
        line = report(f"icu_weights_{kind}", f"{len(polys):,} polygons (same links: {same})", ours_s,
                      f"libpysal {cls.__name__}.from_iterable", base_s, aim="≤ 1 (a few seconds)")
        line["met"] = bool(same and ours_s <= base_s)
        results.append(line)
    return results


if __name__ == "__main__":
    main()
