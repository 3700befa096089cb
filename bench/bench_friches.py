"""Benchmark of ``aula:friches_mutability`` end to end, through ``processing.run``, files → files.

1. ``friches_618``: the 618 real Cartofriches sites of the Pas-de-Calais with the 19 demo context layers,
   the town halls and the commune table; OUTPUT, DETAILS (site × use × criterion) and REPORT (HTML) written.
   Aim: under 1 second (absolute budget; the "baseline" column is that budget).
2. ``friches_<N>``: N random sites (GeoPackage) × 15 context layers (GeoPackages with spatial indexes),
   OUTPUT GeoPackage. Baseline: the chain of QGIS native algorithms a géomaticien builds for the same
   criteria — per point/line layer ``native:distancetonearesthubpoints`` (QGIS ≥ 3.28) or else
   ``native:joinbynearest`` (C++, one neighbour, distance field); per polygon layer
   ``native:joinattributesbylocation`` (intersects, one-to-one "first matching" = method 1); intermediate
   results in memory with ``native:createspatialindex`` before each polygon join; last step to a
   GeoPackage. Aim: ours ≤ 0.1 × the chain (10× faster). The core alone (no reading/writing) is an extra line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_friches.py --size 100000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import DEMO, best_of, emit, import_core, peak_mib, qgis_processing, result, run_alg  # noqa: E402

BENCH_KEYS = ("MAIRIES", "TRANSPORT_STOPS", "SHOPS", "SUBSTATIONS", "MOTORWAYS", "CAVITIES", "TECH_RISKS",
              "FLOOD_ZONES", "WETLANDS", "CLAY", "ENV_ZONES", "HERITAGE", "PLU_ZONES", "ZAER", "QPV")
CONTEXT = DEMO / "friches" / "contexte_artois_GENERE.gpkg"
ADMIN = DEMO / "admin" / "artois_admin_2026.gpkg"


def context_parameters(keys=None) -> dict:
    import_core()
    from aula_toolkit_plugin.aula_toolkit.friches.context import DEMO_LAYER_KEYS

    params = {key: f"{CONTEXT}|layername={layer}" for layer, key in DEMO_LAYER_KEYS.items()
              if keys is None or key in keys}
    if keys is None or "MAIRIES" in keys:
        params["MAIRIES"] = f"{ADMIN}|layername=mairies"
    return params


def bench_real(out: Path, repeat: int = 3) -> dict:
    params = dict(context_parameters(), FRICHES=str(DEMO / "friches" / "cartofriches_62_2024-03.gpkg")
                  + "|layername=friches_62", COMMUNE_DATA=f"{CONTEXT}|layername=donnees_communales_GENERE",
                  OUTPUT=str(out / "friches.gpkg"), DETAILS=str(out / "details.gpkg"), REPORT=str(out / "report.html"))

    def clean():
        for name in ("friches.gpkg", "details.gpkg", "report.html"):
            (out / name).unlink(missing_ok=True)

    seconds = best_of(lambda: run_alg("aula:friches_mutability", params), repeat, clean)
    from qgis.core import QgsVectorLayer

    details = QgsVectorLayer(str(out / "details.gpkg"), "d", "ogr").featureCount()
    return result("friches_618", f"618 real sites × 20 layers + communes, DETAILS {details} rows + REPORT",
                  seconds, "budget of 1 s", 1.0, "< 1 s", 1.0)


def write_sites(path: Path, size: int):
    """N random points inside the Artois communes, written once with GDAL (spatial index)."""
    import_core()
    from osgeo import ogr, osr
    from shapely.ops import unary_union

    from aula_toolkit_plugin.aula_toolkit.friches import gpkg, synthetic

    _, communes, _ = gpkg.read_layer(ADMIN, "communes")
    xy = synthetic.random_sites(unary_union(communes), size, seed=7)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("sites", srs, ogr.wkbPoint, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn("site_id", ogr.OFTString))
    layer.StartTransaction()
    for i, (x, y) in enumerate(xy):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField(0, f"S{i:07d}")
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds = None
    return xy


def native_chain(sites: str, layers: dict, output: str) -> None:
    """The QGIS native chain for the same criteria (see module docstring)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject
    import processing

    registry = QgsApplication.processingRegistry()
    hub = registry.algorithmById("native:distancetonearesthubpoints")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    current = sites
    items = list(layers.items())
    for i, (key, (uri, kind)) in enumerate(items):
        last = i == len(items) - 1
        dest = output if last else "memory:"
        if kind in ("point", "line"):
            if hub is not None:
                res = processing.run("native:distancetonearesthubpoints",
                                     {"INPUT": current, "HUBS": uri, "FIELD": "fid", "UNIT": 0, "OUTPUT": dest},
                                     context=context, feedback=feedback)
            else:
                res = processing.run("native:joinbynearest",
                                     {"INPUT": current, "INPUT_2": uri, "FIELDS_TO_COPY": [], "DISCARD_NONMATCHING": False,
                                      "PREFIX": f"{key.lower()}_", "NEIGHBORS": 1, "MAX_DISTANCE": None, "OUTPUT": dest},
                                     context=context, feedback=feedback)
        else:
            if not isinstance(current, str):
                processing.run("native:createspatialindex", {"INPUT": current}, context=context, feedback=feedback)
            res = processing.run("native:joinattributesbylocation",
                                 {"INPUT": current, "JOIN": uri, "PREDICATE": [0], "METHOD": 1,
                                  "DISCARD_NONMATCHING": False, "PREFIX": f"{key.lower()}_", "OUTPUT": dest},
                                 context=context, feedback=feedback)
        current = res["OUTPUT"]


def bench_many(out: Path, size: int, repeat: int = 3):
    import_core()
    from aula_toolkit_plugin.aula_toolkit.friches import context as ctx

    sites = out / "sites.gpkg"
    write_sites(sites, size)
    params = context_parameters(BENCH_KEYS)
    geometry_of = {key: ctx.LAYER_CRITERIA[key][2] for key in params}
    layers = {key: (uri, geometry_of[key] if geometry_of[key] in ("point", "line") else "polygon")
              for key, uri in params.items()}
    ours_params = dict(params, FRICHES=f"{sites}|layername=sites", SITE_ID_FIELD="site_id",
                       OUTPUT=str(out / "ours.gpkg"))
    ours = best_of(lambda: run_alg("aula:friches_mutability", ours_params), repeat,
                   lambda: (out / "ours.gpkg").unlink(missing_ok=True))
    peak = peak_mib()
    baseline = best_of(lambda: native_chain(f"{sites}|layername=sites", layers, str(out / "chain.gpkg")), repeat,
                       lambda: (out / "chain.gpkg").unlink(missing_ok=True))
    from qgis.core import QgsApplication

    method = ("distancetonearesthubpoints" if QgsApplication.processingRegistry().algorithmById(
        "native:distancetonearesthubpoints") else "joinbynearest")
    lines = [result(f"friches_{size}", f"{size} sites × {len(params)} layers, files → GeoPackage", ours,
                    f"QGIS native chain ({method} + joinattributesbylocation m1, indexed)", baseline,
                    "≤ 0.1 (10× faster)", 0.1, peak)]
    lines.append(core_only(size, baseline, method))
    return lines


def core_only(size: int, baseline_s: float, method: str) -> dict:
    import_core()
    from shapely.ops import unary_union

    from aula_toolkit_plugin.aula_toolkit.friches import context, gpkg, grid, scoring, synthetic

    _, communes, _ = gpkg.read_layer(ADMIN, "communes")
    xy = synthetic.random_sites(unary_union(communes), size, seed=7)
    layers = context.load_demo_context(CONTEXT, ADMIN, keys=BENCH_KEYS)
    g = grid.load_grid()

    def run():
        values, _ = context.context_criteria(xy, layers)
        scoring.score_sites(g, values)

    seconds = best_of(run, 3)
    return result(f"friches_{size}_core", f"{size} sites × {len(layers)} layers, core only (arrays in memory)",
                  seconds, f"same native chain ({method})", baseline_s, "extra line", None)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    qgis_processing()
    out = Path(tempfile.mkdtemp(prefix="aula_bench_friches_"))
    try:
        lines = [bench_real(out, args.repeat)] + bench_many(out, args.size, args.repeat)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if args.json:
        emit(lines)
    return lines


if __name__ == "__main__":
    main()
