"""Run every benchmark (bench/bench_*.py) and print, per benchmark, data size, our time, baseline time, ratio.

Usage: .venv/bin/python bench/run.py [--quick] [name ...]
--quick runs each benchmark on a small size (a smoke run, not a measurement).
Benchmarks that drive QGIS need QT_QPA_PLATFORM=offscreen (set here).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_SIZES = {"zan": 2_000, "friches": 2_000, "icu": 20_000, "lizmap": 2_000}


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))
    results, failed = [], []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem[len("bench_"):]
        if args.names and name not in args.names:
            continue
        print(f"== {name}", flush=True)
        try:
            module = load(path)
            kwargs = {"size": QUICK_SIZES[name]} if args.quick and name in QUICK_SIZES else {}
            outcome = module.main(**kwargs)
            results.extend(outcome if isinstance(outcome, list) else [outcome])
        except Exception:
            traceback.print_exc()
            failed.append(name)
    print("\n| benchmark | data | ours (s) | baseline | baseline (s) | ratio | aim |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['name']} | {r['size']} | {r['ours_s']:.3f} | {r['baseline']} | {r['baseline_s']:.3f} | "
              f"{r['ratio']:.2f} | {r.get('aim', '')} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
