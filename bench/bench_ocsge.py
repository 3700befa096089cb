"""Net artificialisation of a synthetic OCS GE département, ``processing.run`` end to end.

Data: ``aula_toolkit.zan.ocsge_synthetic`` (GENERATED): N polygons per stock millésime (2018, 2021),
their difference (~1.5 % of N), ~N/1100 Voronoi communes with densified borders, GeoPackages in
IGN's layout. (a) ``aula:zan_net_artificialisation`` (file path, outputs to GeoPackage) against the
equivalent chain of native QGIS algorithms in the same run (per layer: extract artif → intersection
with the communes → area → statistics by categories; outputs in memory, which favours the baseline).
(b) the PostGIS path (tables loaded by ``aula:ocsge_to_postgis`` in a throw-away PostgreSQL 15 +
PostGIS 3, loading not timed) against the file path. Sizes: ``--size`` (default 250 000 and 1 000 000).

Both paths of (a) run in this process: their CPU times are printed too (fair on a shared, loaded machine);
the PostGIS path works in the server's processes, so (b) compares wall-clock times.

Both paths also run with the two stocks alone (no DIFFERENCE: artificialisation and renaturation by overlay),
beside each other at each size (``--no-stocks-only`` skips them).

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_ocsge.py [--size N ...] [--no-native] [--no-postgis]
       [--no-stocks-only]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import ROOT, import_core, peak_mib, result  # noqa: E402

import_core()
from aula_toolkit_plugin.aula_toolkit.zan import ocsge_synthetic  # noqa: E402

_APP = []


def start_qgis():
    from qgis.core import QgsApplication

    if not _APP:
        app = QgsApplication.instance() or QgsApplication([], False)
        app.initQgis()
        if "/usr/share/qgis/python/plugins" not in sys.path:
            sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        Processing.initialize()
        from aula_toolkit_plugin.processing.provider import AulaProvider

        provider = AulaProvider()
        registry = QgsApplication.processingRegistry()
        if registry.providerById("aula") is None:
            registry.addProvider(provider)
        _APP.extend([app, provider])


def postgis_module():
    spec = importlib.util.spec_from_file_location("aula_postgis_launch", ROOT / "scripts" / "servers" / "postgis.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def timed(function):
    """Wall-clock seconds and the value; the CPU seconds of this process go to ``CPU[-1]``."""
    start, cpu = time.perf_counter(), time.process_time()
    value = function()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - start, value


CPU = []


def ours_files(paths, out: Path):
    import processing

    return processing.run("aula:zan_net_artificialisation", {
        "STOCK_BEFORE": str(paths["stock_2018"].parent), "STOCK_AFTER": str(paths["stock_2021"].parent),
        "DIFFERENCE": str(paths["difference"].parent), "TERRITORIES": f"{paths['communes']}|layername=communes",
        "METHOD": 0, "OUTPUT": str(out / "artif.gpkg"), "CHANGES": str(out / "changements.gpkg")})


def native_chain(paths):
    """What a géomaticien would chain in the Modeler to get the same per-commune sums."""
    import processing

    communes = f"{paths['communes']}|layername=communes"
    tables = []
    for key, layer, where, categories in (
            ("stock_2018", "artif_2018_99", "\"artif\" = 'artif'", ["insee_com"]),
            ("stock_2021", "artif_2021_99", "\"artif\" = 'artif'", ["insee_com"]),
            ("difference", "artif_diff_2018_2021_99", "\"artificialisation\" <> 0",
             ["insee_com", "artificialisation"])):
        extracted = processing.run("native:extractbyexpression", {
            "INPUT": f"{paths[key]}|layername={layer}", "EXPRESSION": where, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        cut = processing.run("native:intersection", {
            "INPUT": extracted, "OVERLAY": communes, "INPUT_FIELDS": [], "OVERLAY_FIELDS": ["insee_com"],
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        measured = processing.run("native:fieldcalculator", {
            "INPUT": cut, "FIELD_NAME": "surface_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 4,
            "FORMULA": "area($geometry)", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        tables.append(processing.run("qgis:statisticsbycategories", {
            "INPUT": measured, "VALUES_FIELD_NAME": "surface_m2", "CATEGORIES_FIELD_NAME": categories,
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"])
    return tables


def ours_postgis(server, out: Path, stocks_only: bool = False):
    import processing

    from aula_toolkit_plugin.processing.ocsge_to_postgis import table_uri

    parameters = {
        "STOCK_BEFORE": table_uri(server.uri, "ocsge", "ocsge_artif"),
        "DIFFERENCE": table_uri(server.uri, "ocsge", "ocsge_artif_difference"),
        "TERRITORIES": f"{out.parent / 'data' / 'communes_GENERE.gpkg'}|layername=communes",
        "METHOD": 0, "OUTPUT": str(out / "artif_postgis.gpkg"), "CHANGES": str(out / "changements_postgis.gpkg")}
    if stocks_only:
        parameters.update(DIFFERENCE=None, CHANGES=None, OUTPUT=str(out / "artif_postgis_stocks.gpkg"))
    return processing.run("aula:zan_net_artificialisation", parameters)


def check_same(a_path, b_path, fields=("net_ha",)):
    """Largest difference in m² between two outputs over ``fields`` (fails beyond 1 m²)."""
    from qgis.core import QgsVectorLayer

    worst = 0.0
    for field in fields:
        a = {f["territoire_id"]: f[field] for f in QgsVectorLayer(a_path, "a", "ogr").getFeatures()}
        b = {f["territoire_id"]: f[field] for f in QgsVectorLayer(b_path, "b", "ogr").getFeatures()}
        assert set(a) == set(b), f"file and PostGIS paths give other territories for {field}"
        worst = max(worst, max(abs(a[k] - b[k]) * 1e4 for k in a))
    assert worst < 1.0, f"file and PostGIS paths differ by {worst:.3f} m²"
    return worst


TWO_STOCKS_FIELDS = ("artificialisation_ha", "renaturation_ha", "net_ha", "stock_avant_ha", "stock_apres_ha")


def server_cpu(server) -> float:
    """CPU seconds of the PostgreSQL server so far: postmaster (with its reaped workers) + live backends."""
    pid = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid:
            total += sum(int(v) for v in fields[11:15]) / tick  # utime stime cutime cstime
        elif int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def load() -> str:
    return "load " + " ".join(f"{v:.1f}" for v in os.getloadavg())


def generate(folder: Path, n: int) -> dict:
    """The synthetic département, written by a child process (its memory is not this process's peak)."""
    import subprocess

    code = ("import sys; sys.path.insert(0, %r); from _common import import_core; import_core(); "
            "from aula_toolkit_plugin.aula_toolkit.zan import ocsge_synthetic; "
            "ocsge_synthetic.write_departement(__import__('pathlib').Path(%r), %d)") % (str(HERE), str(folder), n)
    subprocess.run([sys.executable, "-c", code], check=True)
    data = Path(folder)
    return {"stock_2018": data / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D099_2018-01-01" / "artif_2018_99.gpkg",
            "stock_2021": data / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D099_2021-01-01" / "artif_2021_99.gpkg",
            "difference": data / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D099_2025-09-16"
                          / "artif_diff_2018_2021_99.gpkg",
            "communes": data / "communes_GENERE.gpkg"}


def ours_stocks_only(paths, out: Path):
    import processing

    return processing.run("aula:zan_net_artificialisation", {
        "STOCK_BEFORE": str(paths["stock_2018"].parent), "STOCK_AFTER": str(paths["stock_2021"].parent),
        "TERRITORIES": f"{paths['communes']}|layername=communes", "METHOD": 0,
        "OUTPUT": str(out / "artif_stocks.gpkg")})


def main(size: int = 0, argv=None) -> list:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, nargs="*", default=[size] if size else [250_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=1, help="accepted for bench/run.py; each path runs once per "
                                                              "size (minutes at 1 M polygons)")
    parser.add_argument("--no-native", action="store_true")
    parser.add_argument("--native-max", type=int, default=1_000_000,
                        help="largest size at which the native chain runs (it takes minutes per million)")
    parser.add_argument("--no-postgis", action="store_true")
    parser.add_argument("--stocks-only", action="store_true", default=True,
                        help="also time both paths with the two stocks alone (artificialisation/renaturation "
                             "overlay); the default")
    parser.add_argument("--no-stocks-only", dest="stocks_only", action="store_false",
                        help="skip the two-stocks-alone lines")
    args = parser.parse_args(argv if argv is not None else [])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start_qgis()
    results = []
    growth = {}
    server = None
    if not args.no_postgis:
        from qgis.core import QgsProviderRegistry

        server = postgis_module().start_postgis(workers=2)
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        metadata.saveConnection(metadata.createConnection(server.uri, {"saveUsername": True}), "aula_bench")
    try:
        for n in args.size:
            tmp = Path(tempfile.mkdtemp(prefix=f"aula_bench_ocsge_{n}_"))
            try:
                paths = generate(tmp / "data", n)
                out = tmp / "out"
                out.mkdir()
                size = f"{n:,} polygons × 2 millésimes + difference, {len(_communes(paths))} communes".replace(",", " ")
                before = load()
                ours_s, outputs = timed(lambda: ours_files(paths, out))
                ours_cpu = CPU[-1]
                peak = peak_mib()
                print(f"[ocsge_file_{n}] ours: {ours_s:.1f} s wall, {ours_cpu:.1f} s CPU, peak {peak:.0f} MiB "
                      f"(process so far) | {before} → {load()}", flush=True)
                growth.setdefault("file path (wall)", {})[n] = ours_s
                growth.setdefault("file path (CPU)", {})[n] = ours_cpu
                if not args.no_native and n <= args.native_max:
                    before = load()
                    native_s, _ = timed(lambda: native_chain(paths))
                    native_cpu = CPU[-1]
                    print(f"[ocsge_native_{n}] native chain: {native_s:.1f} s wall, {native_cpu:.1f} s CPU | "
                          f"{before} → {load()}", flush=True)
                    growth.setdefault("native chain (wall)", {})[n] = native_s
                    growth.setdefault("native chain (CPU)", {})[n] = native_cpu
                    results.append(result(f"ocsge_file_vs_native_{n}", size, ours_s,
                                          "native chain extract → intersection → area → statistics by categories",
                                          native_s, aim="≤ 0.1", aim_ratio=0.1, peak=peak))
                    results.append(result(f"ocsge_file_vs_native_cpu_{n}", size + " (CPU time of the process)",
                                          ours_cpu, "same native chain, CPU time", native_cpu, aim="≤ 0.1",
                                          aim_ratio=0.1))
                if args.stocks_only:
                    before = load()
                    stocks_s, stocks_outputs = timed(lambda: ours_stocks_only(paths, out))
                    stocks_cpu = CPU[-1]
                    print(f"[ocsge_stocks_file_{n}] two stocks alone, file path: {stocks_s:.1f} s wall, "
                          f"{stocks_cpu:.1f} s CPU | {before} → {load()}", flush=True)
                    growth.setdefault("two stocks, file path (wall)", {})[n] = stocks_s
                    results.append(result(f"ocsge_stocks_only_{n}", size + " (two stocks alone: overlay)",
                                          stocks_s, "file path with the difference layer", ours_s))
                if server is not None:
                    import processing

                    server.psql("DROP SCHEMA IF EXISTS ocsge CASCADE")
                    load_s, _ = timed(lambda: processing.run("aula:ocsge_to_postgis", {
                        "INPUT": str(tmp / "data"), "DATABASE": "aula_bench", "SCHEMA": "ocsge"}))
                    print(f"[ocsge_postgis_{n}] loading with aula:ocsge_to_postgis: {load_s:.1f} s (not timed below)")
                    before, server_before = load(), server_cpu(server)
                    postgis_s, db_outputs = timed(lambda: ours_postgis(server, out))
                    postgis_cpu = CPU[-1] + server_cpu(server) - server_before
                    worst = check_same(outputs["OUTPUT"], db_outputs["OUTPUT"])
                    print(f"[ocsge_postgis_{n}] PostGIS path: {postgis_s:.1f} s wall, {postgis_cpu:.1f} s CPU (QGIS + "
                          f"server); largest difference file vs PostGIS: {worst:.6f} m² | {before} → {load()}",
                          flush=True)
                    growth.setdefault("PostGIS path (wall)", {})[n] = postgis_s
                    growth.setdefault("PostGIS path (CPU, QGIS + server)", {})[n] = postgis_cpu
                    results.append(result(f"ocsge_postgis_vs_file_{n}", size, postgis_s,
                                          "file path of the same algorithm", ours_s))
                    results.append(result(f"ocsge_postgis_vs_file_cpu_{n}", size + " (CPU: QGIS + server)",
                                          postgis_cpu, "file path of the same algorithm, CPU", ours_cpu))
                    if args.stocks_only:
                        before, server_before = load(), server_cpu(server)
                        stocks_pg_s, stocks_db = timed(lambda: ours_postgis(server, out, stocks_only=True))
                        stocks_pg_cpu = CPU[-1] + server_cpu(server) - server_before
                        worst = check_same(stocks_outputs["OUTPUT"], stocks_db["OUTPUT"], TWO_STOCKS_FIELDS)
                        print(f"[ocsge_stocks_postgis_{n}] two stocks alone, PostGIS path: {stocks_pg_s:.1f} s wall, "
                              f"{stocks_pg_cpu:.1f} s CPU (QGIS + server) | file path {stocks_s:.1f} s: ratio "
                              f"{stocks_pg_s / stocks_s:.2f}; largest difference over {', '.join(TWO_STOCKS_FIELDS)}"
                              f": {worst:.6f} m² | {before} → {load()}", flush=True)
                        growth.setdefault("two stocks, PostGIS path (wall)", {})[n] = stocks_pg_s
                        growth.setdefault("two stocks, PostGIS path (CPU, QGIS + server)", {})[n] = stocks_pg_cpu
                        results.append(result(f"ocsge_postgis_stocks_only_{n}", size + " (two stocks alone)",
                                              stocks_pg_s, "file path, two stocks alone", stocks_s))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        if server is not None:
            server.stop()
    print_growth(growth)
    return results


def print_growth(growth: dict) -> None:
    """Seconds per million polygons at each size, and the growth factor against the smallest size."""
    for name, by_size in growth.items():
        sizes = sorted(by_size)
        first = sizes[0]
        cells = []
        for n in sizes:
            per_million = by_size[n] / (n / 1e6)
            cells.append(f"{n:,}: {by_size[n]:.1f} s ({per_million:.1f} s/M, ×{by_size[n] / by_size[first]:.2f} "
                         f"for ×{n / first:.0f} polygons)".replace(",", " "))
        print(f"[ocsge_growth] {name}: " + " | ".join(cells), flush=True)


def _communes(paths):
    import sqlite3

    with sqlite3.connect(str(paths["communes"])) as db:
        return [r[0] for r in db.execute("SELECT insee_com FROM communes")]


if __name__ == "__main__":
    main(argv=sys.argv[1:])
