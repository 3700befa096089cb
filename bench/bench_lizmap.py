"""Benchmark of the Lizmap publication: 10 result layers (``size`` features in all, generated polygons
with the attributes of a toolkit result) published end to end to a local WebDAV server (WsgiDAV).

Ours: build the web project (GeoPackage copy with styles, .qgs, .qgs.cfg validated against the schema),
atomic upload through WebDAV (temporary names, backup of the previous version, renames), then
verification by QGIS Server (qgis_mapserver: GetCapabilities + GetMap). The repository already holds a
previous version, so the backup step runs as in a real republication.
Baseline: merely copying the same three files into the repository folder (shutil.copy).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_lizmap.py --size 50000
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
N_LAYERS = 10


sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register as plugin  # noqa: E402

sys.path.pop(0)


def launch_module():
    spec = importlib.util.spec_from_file_location("aula_lizmap_launch", ROOT / "scripts" / "servers" / "launch.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


def qgis_app():
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    return app


def generated_layers(size: int, seed: int = 7):
    """10 memory layers of square cells over the Artois (EPSG:2154), ZAN-counter-like attributes."""
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    rng = random.Random(seed)
    per_layer = max(1, size // N_LAYERS)
    layers = []
    for index in range(N_LAYERS):
        layer = QgsVectorLayer(
            "Polygon?crs=EPSG:2154&field=territoire_id:string&field=territoire_nom:string"
            "&field=statut:string&field=statut_libelle:string&field=utilisation_pct:double"
            "&field=conso_2021_ha:double&field=enveloppe_ha:double", f"Résultat généré {index + 1}", "memory")
        features = []
        side = 300.0
        for i in range(per_layer):
            x = 611000 + rng.random() * 94000
            y = 7010000 + rng.random() * 50000
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + side, y + side)))
            used = rng.random() * 120
            feature.setAttributes([f"T{index:02d}{i:06d}", f"Territoire {i}", "ok" if used < 100 else "depasse",
                                   "Dans l'enveloppe" if used < 100 else "Dépassement", used, used / 10, 10.0])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layers.append(layer)
    return layers


def main(size: int = 50_000, repeat: int = 1) -> dict:
    sys.path.insert(0, str(HERE))
    from _common import report

    qgis_app()
    plugin()
    import requests

    from aula_toolkit_plugin.processing import lizmap_project as LP

    launch = launch_module()
    work = Path(tempfile.mkdtemp(prefix="aula_bench_lizmap_"))
    root = work / "dav_root"
    (root / "bench").mkdir(parents=True)
    layers = generated_layers(size)
    dav = launch.start_webdav(root)
    qgis = launch.start_qgis_server()
    try:
        settings = LP.PublishSettings(target=LP.TARGET_WEBDAV, webdav_url=dav.url + "bench/",
                                      qgis_server_url=qgis.url, server_folder=str(root / "bench"))

        def publish_once(tag: str):
            start = time.perf_counter()
            project = LP.build_web_project(layers, work / f"web_{tag}", "bench_lizmap", "Benchmark Lizmap")
            published = LP.upload_web_project(project, settings, requests.Session())
            assert published.verified
            return time.perf_counter() - start, project

        publish_once("warmup")  # a previous version in the repository, QGIS Server warmed up
        runs = [publish_once(str(i)) for i in range(repeat)]
        ours_s = min(t for t, _ in runs)
        project = runs[-1][1]

        copy_target = work / "copy_repository"
        copy_target.mkdir()
        files = [project.gpkg_path, project.qgs_path, project.cfg_path]
        baseline = []
        for _ in range(max(repeat, 3)):
            start = time.perf_counter()
            for path in files:
                shutil.copy(path, copy_target / path.name)
            baseline.append(time.perf_counter() - start)
        baseline_s = min(baseline)
        megabytes = sum(p.stat().st_size for p in files) / 1e6
    finally:
        dav.stop()
        qgis.stop()
        shutil.rmtree(work, ignore_errors=True)
    result = report("lizmap", f"{N_LAYERS} layers, {size} features, {megabytes:.1f} MB",
                    ours_s, "copy the 3 files into the repository folder", baseline_s,
                    "end to end incl. verification; copying does no build, no atomicity, no check")
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    main(args.size, args.repeat)
