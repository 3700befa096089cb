"""Benchmark of aula:friches_mutability's core: N random sites in the Artois × 15 context layers.

Ours: the vectorised core (cKDTree distances, windowed point-in-polygon, table scoring).
Baseline: the same criteria with the chain of QGIS native algorithms, one call per layer
(native:distancetonearesthubpoints for the point/line layers, native:joinattributesbylocation for the
polygon layers), in the same run. Without QGIS, a naive per-site shapely loop is the baseline.
Also times the 618 real Cartofriches sites end to end (fields + 20 layers + scoring).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_friches.py --size 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo_data"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
HUB_ALG = "qgis:distancetonearesthubpoints"  # native: in QGIS ≥ 3.28, qgis: (Python) in 3.22
BENCH_KEYS = ("MAIRIES", "TRANSPORT_STOPS", "SHOPS", "SUBSTATIONS", "MOTORWAYS", "CAVITIES", "TECH_RISKS",
              "FLOOD_ZONES", "WETLANDS", "CLAY", "ENV_ZONES", "HERITAGE", "PLU_ZONES", "ZAER", "QPV")


sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register as plugin  # noqa: E402

sys.path.pop(0)


def inputs(size: int):
    plugin()
    from shapely.ops import unary_union

    from aula_toolkit_plugin.aula_toolkit.friches import context, gpkg, synthetic

    _, communes, _ = gpkg.read_layer(DEMO / "admin" / "artois_admin_2026.gpkg", "communes")
    sites = synthetic.random_sites(unary_union(communes), size, seed=7)
    layers = context.load_demo_context(DEMO / "friches" / "contexte_artois_GENERE.gpkg",
                                       DEMO / "admin" / "artois_admin_2026.gpkg", keys=BENCH_KEYS)
    return sites, layers


def ours(sites, layers) -> float:
    from aula_toolkit_plugin.aula_toolkit.friches import context, grid, scoring

    g = grid.load_grid()
    start = time.perf_counter()
    values, _ = context.context_criteria(sites, layers)
    scoring.score_sites(g, values)
    return time.perf_counter() - start


def _qgis():
    try:
        from qgis.core import QgsApplication
    except ImportError:
        return None
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    app = QgsApplication.instance() or QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    return app


def _memory_points(name, xy, attrs=None):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Point?crs=EPSG:2154", name, "memory")
    prov = layer.dataProvider()
    prov.addAttributes([QgsField("k", QVariant.Int)] + [QgsField(a, QVariant.String) for a in (attrs or {})])
    layer.updateFields()
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setAttributes([i] + [str(v[i]) for v in (attrs or {}).values()])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feats.append(f)
    prov.addFeatures(feats)
    return layer


def _memory_polygons(name, polys, attrs):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", name, "memory")
    prov = layer.dataProvider()
    prov.addAttributes([QgsField(a, QVariant.String) for a in attrs])
    layer.updateFields()
    feats = []
    for i, p in enumerate(polys):
        f = QgsFeature(layer.fields())
        f.setAttributes([str(v[i]) for v in attrs.values()])
        g = QgsGeometry()
        g.fromWkb(p.wkb)
        g.convertToMultiType()
        f.setGeometry(g)
        feats.append(f)
    prov.addFeatures(feats)
    return layer


def baseline_qgis(sites, layers) -> float:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    site_layer = _memory_points("sites", sites)
    targets = {}
    for key, layer in layers.items():
        if layer.points is not None:
            targets[key] = ("points", _memory_points(key, layer.points))
        else:
            attrs = {k: list(v) for k, v in layer.attributes.items()} or {"id": list(range(len(layer.polygons)))}
            targets[key] = ("polygons", _memory_polygons(key, layer.polygons, attrs))
    ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
    from qgis.core import QgsApplication

    hub = "native:distancetonearesthubpoints"
    if QgsApplication.processingRegistry().algorithmById(hub) is None:
        hub = HUB_ALG
    start = time.perf_counter()
    for key, (kind, target) in targets.items():
        if kind == "points":
            processing.run(hub,
                           {"INPUT": site_layer, "HUBS": target, "FIELD": "k", "UNIT": 0,
                            "OUTPUT": "memory:"}, context=ctx, feedback=fb)
        else:
            processing.run("native:joinattributesbylocation",
                           {"INPUT": site_layer, "JOIN": target, "PREDICATE": [5], "METHOD": 2,
                            "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"}, context=ctx, feedback=fb)
    return time.perf_counter() - start


def baseline_shapely(sites, layers) -> float:
    from shapely.geometry import MultiPoint, Point
    from shapely.ops import nearest_points

    start = time.perf_counter()
    multis = {k: MultiPoint([tuple(p) for p in L.points]) for k, L in layers.items() if L.points is not None}
    for x, y in sites:
        p = Point(x, y)
        for k, mp in multis.items():
            nearest_points(p, mp)
        for k, L in layers.items():
            if L.polygons is not None:
                for poly in L.polygons:
                    if poly.contains(p):
                        break
    return time.perf_counter() - start


def real_sites_seconds() -> float:
    from aula_toolkit_plugin.aula_toolkit.friches import context, gpkg, grid, pipeline

    start = time.perf_counter()
    frame, geoms, _ = gpkg.read_layer(DEMO / "friches" / "cartofriches_62_2024-03.gpkg", "friches_62")
    layers = context.load_demo_context(DEMO / "friches" / "contexte_artois_GENERE.gpkg",
                                       DEMO / "admin" / "artois_admin_2026.gpkg")
    communes = context.load_demo_communes(DEMO / "friches" / "contexte_artois_GENERE.gpkg")
    a = pipeline.assess_sites(frame, pipeline.site_points(geoms), grid.load_grid(), layers, communes)
    a.details()
    return time.perf_counter() - start


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--no-qgis", action="store_true", help="naive shapely loop as the baseline")
    args = parser.parse_args(argv)
    sites, layers = inputs(args.size)
    print(f"data size: {len(sites)} sites x {len(layers)} context layers")
    ours_s = ours(sites, layers)
    print(f"ours: {ours_s:.3f} s")
    app = None if args.no_qgis else _qgis()
    if app is not None:
        name = "QGIS native chain (distancetonearesthubpoints + joinattributesbylocation)"
        baseline_s = baseline_qgis(sites, layers)
    else:
        name = "naive per-site shapely loop"
        baseline_s = baseline_shapely(sites, layers)
    print(f"baseline ({name}): {baseline_s:.3f} s")
    ratio = baseline_s / ours_s if ours_s > 0 else float("inf")
    print(f"speed-up (baseline/ours): {ratio:.1f}x")
    real = real_sites_seconds()
    print(f"618 real Cartofriches sites end to end (20 layers, scores, details): {real:.3f} s")
    result = {"name": "friches_mutability", "size": len(sites), "ours_s": round(ours_s, 4),
              "baseline_s": round(baseline_s, 4), "ratio": round(ratio, 1), "baseline": name, "aim": "≤ 0.1 (10× faster)",
              "real_618_s": round(real, 3)}
    print(result)
    return result


if __name__ == "__main__":
    main()
