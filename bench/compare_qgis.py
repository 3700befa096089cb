"""Two runs of bench/run.py --json (e.g. QGIS 3.22 and QGIS 3.40) side by side: ours and ratio per benchmark.

Usage: python3 bench/compare_qgis.py results_322.json results_340.json
"""

import json
import sys


def main(a: str, b: str) -> None:
    left, right = (json.loads(open(p, encoding="utf-8").read()) for p in (a, b))
    rows = {r["name"]: r for r in left["results"]}
    other = {r["name"]: r for r in right["results"]}
    print(f"| benchmark | size | ours QGIS {left['qgis'][:4]} (s) | ratio | ours QGIS {right['qgis'][:4]} (s) | ratio |")
    print("|---|---|---|---|---|---|")
    for name in list(rows) + [n for n in other if n not in rows]:
        cells = []
        for run in (rows, other):
            r = run.get(name)
            if r is None:
                cells += ["–", "–"]
            else:
                ratio = r["ours_s"] / r["baseline_s"] if r["baseline_s"] else float("inf")
                cells += [f"{r['ours_s']:.3f}", f"{ratio:.3g}"]
        size = (rows.get(name) or other.get(name))["size"]
        print(f"| {name} | {size} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
