"""Regenerate demo_data/zan/conso_enaf_artois_2009_2023_GENERE.csv (GENERATED data, seeded).

Real inputs: the 2026 communes of the five Artois EPCI (population, area from the geometries).
Output: a consumption file in the exact Cerema 2009-2023 layout; the values are generated.
Usage: python3 scripts/make_demo_zan.py (needs GDAL's Python bindings, no QGIS).
"""

import sys
from pathlib import Path

import pandas as pd
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register  # noqa: E402

sys.path.pop(0)
register()
from aula_toolkit_plugin.aula_toolkit.zan.synthetic import generate_cerema_file, write_cerema_csv  # noqa: E402


def artois_communes() -> pd.DataFrame:
    source = ogr.Open(str(ROOT / "demo_data/admin/artois_admin_2026.gpkg"))
    layer = source.GetLayerByName("communes")
    rows = []
    for feature in layer:
        if not feature.GetField("siren_epci"):
            continue
        rows.append({
            "insee": feature.GetField("insee_com"),
            "nom": feature.GetField("nom"),
            "population": feature.GetField("population"),
            "area_m2": feature.GetGeometryRef().GetArea(),
            "epci": feature.GetField("siren_epci"),
            "epci_nom": feature.GetField("nom_epci"),
            "reg": "32", "reg_nom": "Hauts-de-France",
            "dep": feature.GetField("insee_dep"), "dep_nom": "Pas-de-Calais",
        })
    return pd.DataFrame(rows).sort_values("insee").reset_index(drop=True)


if __name__ == "__main__":
    communes = artois_communes()
    members = pd.read_csv(ROOT / "demo_data/zan/appartenance_epci_artois_2026.csv", dtype=str)
    communes = communes[communes["insee"].isin(members["insee_com"])]
    frame = generate_cerema_file(communes, seed=62)
    out = ROOT / "demo_data/zan/conso_enaf_artois_2009_2023_GENERE.csv"
    write_cerema_csv(frame, out)
    print(f"{len(frame)} communes -> {out}")
