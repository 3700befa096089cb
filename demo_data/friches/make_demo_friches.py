"""Build demo_data/friches/: copy the real Cartofriches sites and collèges, and write the GENERATED
context layers (contexte_artois_GENERE.gpkg) over the real Artois communes and town halls.

Run with QGIS's Python:  QT_QPA_PLATFORM=offscreen /usr/bin/python3 demo_data/friches/make_demo_friches.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared" / "data"


sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register as plugin_package  # noqa: E402

sys.path.pop(0)


def as_multipolygon(geom):
    from shapely.geometry import MultiPolygon

    if geom.geom_type == "Polygon":
        return MultiPolygon([geom])
    if geom.geom_type == "MultiPolygon":
        return geom
    parts = []
    for part in getattr(geom, "geoms", []):
        if part.geom_type == "Polygon":
            parts.append(part)
        elif part.geom_type == "MultiPolygon":
            parts.extend(part.geoms)
    return MultiPolygon(parts) if parts else None


def write_layers(path: Path, layers, crs="EPSG:2154"):
    from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsField,
                           QgsGeometry, QgsVectorFileWriter, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    if path.exists():
        path.unlink()
    for name, (kind, geoms, attrs) in layers.items():
        wkb = {"point": "Point", "line": "LineString", "polygon": "MultiPolygon", "none": "None"}[kind]
        layer = QgsVectorLayer(f"{wkb}?crs={crs}" if kind != "none" else "None", name, "memory")
        prov = layer.dataProvider()
        fields = []
        for key, values in attrs.items():
            sample = next((v for v in values if v is not None), "")
            qtype = QVariant.Double if isinstance(sample, float) else QVariant.String
            fields.append(QgsField(key, qtype))
        prov.addAttributes(fields)
        layer.updateFields()
        feats = []
        n = len(geoms)
        for i in range(n):
            f = QgsFeature(layer.fields())
            f.setAttributes([attrs[k][i] for k in attrs])
            geom = geoms[i]
            if geom is not None and kind == "polygon":
                geom = as_multipolygon(geom)
            if geom is not None:
                g = QgsGeometry()
                g.fromWkb(geom.wkb)
                f.setGeometry(g)
            feats.append(f)
        ok, _ = prov.addFeatures(feats)
        if not ok or layer.featureCount() != n:
            raise RuntimeError(f"{name}: {layer.featureCount()} of {n} features added")
        opts = QgsVectorFileWriter.SaveVectorOptions()
        opts.driverName = "GPKG"
        opts.layerName = name
        opts.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if path.exists()
                                     else QgsVectorFileWriter.CreateOrOverwriteFile)
        err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), opts)
        if err[0] != QgsVectorFileWriter.NoError:
            raise RuntimeError(f"{name}: {err}")


def main():
    plugin_package()
    from aula_toolkit_plugin.aula_toolkit.friches import gpkg, synthetic
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    shutil.copyfile(SHARED / "friches_62" / "cartofriches_62_2024-03.gpkg", HERE / "cartofriches_62_2024-03.gpkg")
    shutil.copyfile(SHARED / "education_62" / "colleges_62.gpkg", HERE / "colleges_62.gpkg")
    admin = ROOT / "demo_data" / "admin" / "artois_admin_2026.gpkg"
    communes, cgeoms, _ = gpkg.read_layer(admin, "communes")
    _, mgeoms, _ = gpkg.read_layer(admin, "mairies")
    mairies = np.array([[g.x, g.y] for g in mgeoms if g is not None])
    layers = synthetic.generate_context(cgeoms, communes["insee_com"].astype(str).tolist(), mairies, seed=62)
    write_layers(HERE / "contexte_artois_GENERE.gpkg", layers)
    print("written", HERE / "contexte_artois_GENERE.gpkg", len(layers), "layers")


if __name__ == "__main__":
    main()
