"""``aula:zan_counters`` on a national-size Cerema file, end to end through ``processing.run``, files → files.

Data: a generated file in the exact 2009–2023 layout (every column), ~35,000 communes in ~1,250 EPCI.
Ours: ``processing.run("aula:zan_counters")`` from the CSV to the counters and trajectory GeoPackages (EPCI
level). Baseline: ``pandas.read_csv`` of the same file (dtype str for the codes), same run. Aim: ≤ 2.
Extra lines: the same run with the HTML report (1,250 territory cards with their charts), and the core alone
(read + validate + counters, no QGIS).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import best_of, emit, import_core, peak_mib, qgis_processing, result, run_alg  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=35_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    qgis_processing()
    import_core()
    from aula_toolkit_plugin.aula_toolkit.zan import cerema, counters, synthetic

    with tempfile.TemporaryDirectory(prefix="aula_bench_zan_") as tmp:
        folder = Path(tmp)
        path = folder / "conso_national_GENERE.csv"
        frame = synthetic.generate_cerema_file(synthetic.national_communes(args.size))
        synthetic.write_cerema_csv(frame, path)
        megabytes = path.stat().st_size / 1e6
        outputs = [folder / "compteurs.gpkg", folder / "trajectoire.gpkg", folder / "rapport.html"]
        params = {"CONSUMPTION": str(path), "LEVEL": 1, "OUTPUT": str(outputs[0]), "TRAJECTORY": str(outputs[1])}

        def clean():
            for p in outputs:
                p.unlink(missing_ok=True)

        def baseline():
            pd.read_csv(path, sep=";", dtype={"idcom": str, "epci23": str, "scot": str})

        def core():
            table = cerema.read_consumption_csv(path, path.name)
            membership = counters.membership_from_file(table, counters.LEVEL_EPCI, path.name)
            counters.compute_counters(table, membership)

        baseline()
        baseline_s = best_of(baseline, args.repeat)
        ours_s = best_of(lambda: run_alg("aula:zan_counters", params), args.repeat, clean)
        report_s = best_of(lambda: run_alg("aula:zan_counters", dict(params, REPORT=str(outputs[2]))), args.repeat,
                           clean)
        peak = peak_mib()
        core_s = best_of(core, args.repeat)
    size = f"{args.size} communes × {len(frame.columns)} columns ({megabytes:.1f} MB CSV)"
    lines = [result("zan_counters", size + " → 2 GeoPackages", ours_s, "pandas.read_csv of the same file",
                    baseline_s, "≤ 2", 2.0, peak),
             result("zan_counters_report", size + " → 2 GeoPackages + HTML report", report_s,
                    "pandas.read_csv of the same file", baseline_s, "extra line"),
             result("zan_counters_core", size + ", core only", core_s, "pandas.read_csv of the same file",
                    baseline_s, "extra line")]
    if args.json:
        emit(lines)
    return lines


if __name__ == "__main__":
    main()
