"""Run every benchmark (bench/bench_*.py), each in its own process, and print one table: benchmark, size,
ours, baseline, ratio (ours / baseline: below 1 we are faster), aim, met or not, peak memory.

Usage: .venv/bin/python bench/run.py [--quick] [--size N] [name ...]
       (names: friches, icu, icu_weights, lizmap, ocsge, tvb, zae, zan; none = all)
--quick runs each benchmark on a small size, once (a smoke run, not a measurement).
--size N runs the named benchmarks at that one size (e.g. a moderate size on another QGIS version).
Exit status: 1 when a benchmark fails or an aim is missed (a regression is visible), else 0.
Benchmarks are run on purpose, not in the test suite. QT_QPA_PLATFORM=offscreen is set here.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_SIZES = {"zan": 2_000, "friches": 2_000, "icu": 20_000, "lizmap": 2_000, "tvb": 1_000, "ocsge": 20_000,
               "zae": 5_000, "icu_weights": 5_000}
RESULT_TAG = "BENCH_RESULTS "


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child(name: str, quick: bool, size: int = 0) -> int:
    """In the benchmark's own process: run its main, print its results as one JSON line."""
    sys.path.insert(0, str(HERE))
    import resource

    module = load(HERE / f"bench_{name}.py")
    accepted = inspect.signature(module.main).parameters
    if "argv" in accepted:
        argv = ["--size", str(QUICK_SIZES[name]), "--repeat", "1"] if quick else []
        if size:
            argv = ["--size", str(size)] + argv[2:]
        outcome = module.main(argv=argv)
    else:  # older form: main(size=…, repeat=…)
        kwargs = {"size": QUICK_SIZES[name]} if quick and "size" in accepted else {}
        outcome = module.main(**kwargs)
    lines = outcome if isinstance(outcome, list) else [outcome]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    for line in lines:
        line.setdefault("aim_ratio", None)
        line.setdefault("met", None)
        line.setdefault("peak_mib", None)
        line.setdefault("process_peak_mib", peak)
    print(RESULT_TAG + json.dumps(lines, default=str), flush=True)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", help="also write the results to this file (bench/compare_qgis.py reads two of them)")
    parser.add_argument("--size", type=int, default=0,
                        help="one size for the benchmarks whose main takes argv (e.g. a moderate run on QGIS 3.40)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        return child(args.child, args.quick, args.size)
    results, failed = [], []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem[len("bench_"):]
        if args.names and name not in args.names:
            continue
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        command = [sys.executable, str(Path(__file__).resolve()), "--child", name] + (["--quick"] if args.quick else [])
        command += ["--size", str(args.size)] if args.size else []
        process = subprocess.run(command, stdout=subprocess.PIPE, text=True)
        lines = [line for line in process.stdout.splitlines() if line.startswith(RESULT_TAG)]
        for line in process.stdout.splitlines():
            if not line.startswith(RESULT_TAG):
                print(line)
        if process.returncode != 0 or not lines:
            failed.append(name)
            print(f"!! {name} failed (exit {process.returncode})", flush=True)
            continue
        results.extend(json.loads(lines[-1][len(RESULT_TAG):]))
        print(f"== {name} done in {time.perf_counter() - start:.0f} s", flush=True)
    print()
    print("| benchmark | size | ours (s) | baseline | baseline (s) | ours/baseline | aim | met | peak MiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    missed = []
    for r in results:
        ratio = r["ours_s"] / r["baseline_s"] if r["baseline_s"] else float("inf")
        met = r.get("met")
        verdict = "–" if met is None else ("yes" if met else "**NO**")
        if met is False:
            missed.append(r["name"])
        peak = r.get("peak_mib")
        print(f"| {r['name']} | {r['size']} | {r['ours_s']:.3f} | {r.get('baseline', '')} | {r['baseline_s']:.3f} | "
              f"{ratio:.3g} | {r.get('aim', '')} | {verdict} | {'' if peak is None else f'{peak:.0f}'} |")
    if args.json:
        from qgis.core import Qgis

        Path(args.json).write_text(json.dumps({"qgis": Qgis.QGIS_VERSION, "python": sys.version.split()[0],
                                               "results": results, "failed": failed}, default=str, indent=1))
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    if missed:
        print(f"aims missed: {', '.join(missed)}")
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
