"""Run every benchmark (bench/bench_*.py) and print, per benchmark, data size, our time, baseline time, ratio.

Usage: .venv/bin/python bench/run.py [--quick] [name ...]
--quick runs each benchmark on a small size (a smoke run, not a measurement).
Benchmarks that drive QGIS need QT_QPA_PLATFORM=offscreen (set here).
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_SIZES = {"zan": 2_000, "friches": 2_000, "icu": 20_000, "lizmap": 2_000, "tvb": 1_000, "ocsge": 20_000,
               "zae": 5_000}


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
            accepted = inspect.signature(module.main).parameters
            size_arg = "size" if "size" in accepted else next((a for a in ("n_sites", "n") if a in accepted), None)
            quick = args.quick and name in QUICK_SIZES
            if "argv" in accepted:  # a benchmark with its own command line
                kwargs = {"argv": ["--size", str(QUICK_SIZES[name])] if quick else []}
            else:
                kwargs = {size_arg: QUICK_SIZES[name]} if quick and size_arg else {}
            outcome = module.main(**kwargs)
            results.extend(outcome if isinstance(outcome, list) else [outcome])
        except Exception:
            traceback.print_exc()
            failed.append(name)
    print("\n| benchmark | data | ours (s) | baseline | baseline (s) | ratio ours/baseline | aim |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        r["ratio"] = r["ours_s"] / r["baseline_s"] if r["baseline_s"] else float("inf")  # one convention for all
        print(f"| {r['name']} | {r['size']} | {r['ours_s']:.3f} | {r.get('baseline', '')} | "
              f"{r['baseline_s']:.3f} | {r['ratio']:.3g} | {r.get('aim', '')} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
