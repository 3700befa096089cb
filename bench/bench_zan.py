"""ZAN counters on a national-size Cerema file vs merely reading that CSV with pandas.

Data: a generated file in the exact 2009–2023 layout (every column), ~35,000 communes in ~1,250 EPCI.
Ours: read + validate the file, counters and trajectory for every EPCI (aula_toolkit.zan).
Baseline: ``pandas.read_csv`` of the same file (dtype str for the codes), in the same run.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd

from _common import import_core, report

import_core()
from aula_toolkit_plugin.aula_toolkit.zan import cerema, counters, synthetic  # noqa: E402


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main(size: int = 35_000, repeat: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "conso_national_GENERE.csv"
        frame = synthetic.generate_cerema_file(synthetic.national_communes(size))
        synthetic.write_cerema_csv(frame, path)
        megabytes = path.stat().st_size / 1e6

        def baseline():
            pd.read_csv(path, sep=";", dtype={"idcom": str, "epci23": str, "scot": str})

        def ours():
            table = cerema.read_consumption_csv(path, path.name)
            membership = counters.membership_from_file(table, counters.LEVEL_EPCI, path.name)
            result = counters.compute_counters(table, membership)
            assert len(result.counters) >= size // 40  # ~28 communes per EPCI

        baseline_s = best_of(baseline, repeat)
        ours_s = best_of(ours, repeat)
    return report("zan_counters", f"{size} communes × {len(frame.columns)} columns ({megabytes:.1f} MB CSV)",
                  ours_s, "pandas.read_csv of the same file", baseline_s, aim="≤ 2")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=35_000)
    args = parser.parse_args()
    main(args.size)
