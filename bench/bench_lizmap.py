"""Benchmark of the Lizmap publication through ``processing.run("aula:lizmap_publish")``, files to files:
10 result layers (``size`` features in all, generated polygons with the attributes of a toolkit result)
read from a GeoPackage on disk, published to a local repository folder.

- first publication (a new project name: no cached data) — aim ≤ 3× the baseline;
- republication with the data unchanged — aim under 1 second;
- extra lines: the same through WebDAV (WsgiDAV) with verification by QGIS Server (GetCapabilities + GetMap).
Baseline: ``ogr2ogr`` of the same 10 layers into one GeoPackage (what any publication must at least do).
Best of ``repeat`` (default 3) for each.

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


def source_geopackage(layers, path: Path) -> list:
    """Write the generated layers into one GeoPackage (the user's result file); their URIs."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    uris = []
    for index, layer in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = f"resultat_{index + 1:02d}"
        options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                                        if path.exists() else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        uri = f"{path}|layername={options.layerName}"
        saved = QgsVectorLayer(uri, layer.name(), "ogr")  # a default style inside, as toolkit results have
        saved.renderer().symbol().setColor(QColor.fromHsv(36 * index, 160, 200))
        saved.saveStyleToDatabase(layer.name(), "AULA Toolkit (benchmark)", True, "")
        uris.append(uri)
    return uris


def best(function, repeat: int) -> float:
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        function(i)
        times.append(time.perf_counter() - start)
    return min(times)


def main(size: int = 50_000, repeat: int = 3) -> list:
    import subprocess

    sys.path.insert(0, str(HERE))
    from _common import report

    app = qgis_app()  # noqa: F841 - kept alive for the whole run
    plugin()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from aula_toolkit_plugin.processing.lizmap_publish import LizmapPublishAlgorithm


    launch = launch_module()
    work = Path(tempfile.mkdtemp(prefix="aula_bench_lizmap_"))
    source = work / "resultats.gpkg"
    uris = source_geopackage(generated_layers(size), source)
    megabytes = source.stat().st_size / 1e6
    results = []
    root = work / "dav_root"
    (root / "bench").mkdir(parents=True)
    dav = launch.start_webdav(root)
    qgis = launch.start_qgis_server()
    try:
        def baseline(i):
            out = work / f"ogr2ogr_{i}.gpkg"
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(out), str(source)], check=True)

        baseline_s = best(baseline, repeat)

        def publish(name, folder, **extra):
            folder.mkdir(parents=True, exist_ok=True)
            result = processing.run(LizmapPublishAlgorithm(), {  # aula:lizmap_publish
               
                "LAYERS": uris, "TITLE": "Benchmark Lizmap", "PROJECT_NAME": name, "TARGET": 0,
                "FOLDER": str(folder), "VERIFY": False, "LWC_VERSION": 1, **extra})
            return result

        first_s = best(lambda i: publish(f"bench_first_{i}_{time.time_ns()}", work / f"first_{i}"), repeat)
        publish("bench_again", work / "again")
        again_s = best(lambda i: publish("bench_again", work / "again"), repeat)

        dav_params = {"TARGET": 1, "WEBDAV_URL": dav.url + "bench/", "QGIS_SERVER_URL": qgis.url,
                      "SERVER_FOLDER": str(root / "bench"), "VERIFY": True}

        def publish_dav(name):
            result = processing.run(LizmapPublishAlgorithm(), {  # aula:lizmap_publish
               
                "LAYERS": uris, "TITLE": "Benchmark Lizmap", "PROJECT_NAME": name, "LWC_VERSION": 1, **dav_params})
            assert result["VERIFIED"]

        dav_first_s = best(lambda i: publish_dav(f"bench_dav_{i}_{time.time_ns()}"), repeat)
        publish_dav("bench_dav_again")
        dav_again_s = best(lambda i: publish_dav("bench_dav_again"), repeat)
    finally:
        dav.stop()
        qgis.stop()
        shutil.rmtree(work, ignore_errors=True)
    size_text = f"{N_LAYERS} layers, {size} features, {megabytes:.1f} MB"
    results.append(report("lizmap_first", size_text, first_s, "ogr2ogr of the 10 layers into one GeoPackage",
                          baseline_s, "≤ 3"))
    results.append(report("lizmap_republish_unchanged", size_text, again_s, "1 second", 1.0, "≤ 1"))
    results.append(report("lizmap_first_webdav_verified", size_text, dav_first_s, "ogr2ogr (same)", baseline_s,
                          "extra: WebDAV upload + QGIS Server check"))
    results.append(report("lizmap_republish_webdav_verified", size_text, dav_again_s, "1 second", 1.0,
                          "extra: WebDAV + QGIS Server check"))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    main(args.size, args.repeat)
