"""Generate the OCS GE demo of CA de Lens-Liévin in IGN's delivery layout (GENERATED land cover).

No OCS GE geometry is reachable here: this script draws a plausible land cover over the real commune
shapes of CA de Lens-Liévin (246200364) and writes it as IGN ships the "OCS GE artificialisation"
products of the Pas-de-Calais (D062): two stock millésimes 2018 and 2021 and their difference.

Land cover: a 150 m grid (75 m in town) clipped to the communes; built fabric and roads around each
commune's centre, denser with population; fields elsewhere, a few woods, the slag heaps (terrils) of
the mining basin as bare ground and shrubs; isolated farm buildings of 40–200 m² (the smallest fall
under the 50 m² threshold of the décret). Between 2018 and 2021: housing and business extensions at
the edge of town, a few renaturations of brownfields, and some cover changes without artificialisation.

Usage: /usr/bin/python3 demo_data/ocsge/make_demo_ocsge.py  (seed 62; deterministic)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
from osgeo import ogr, osr
from shapely import wkb as shapely_wkb
from shapely.geometry import Point, box
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from aula_toolkit.zan import ocsge  # noqa: E402

ADMIN = Path("/work/shared/data/admin_62/admin_62.gpkg")
COMMUNES_OUT = HERE / "communes_ca_lens_lievin.gpkg"
EPCI = "246200364"
STOCK_DIR = "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_{year}-01-01"
DIFF_DIR = "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"
TERRILS_WGS84 = [(2.7796, 50.4575, 420), (2.7640, 50.4045, 300), (2.7430, 50.4310, 250), (2.8580, 50.4330, 220),
                 (2.8110, 50.4690, 200)]  # Loos-en-Gohelle 11/19, Pinchonvalles, Liévin, Sallaumines, Grenay (approx.)


def read_communes():
    if COMMUNES_OUT.exists():
        source = ogr.Open(str(COMMUNES_OUT))
    else:
        source = ogr.Open(str(ADMIN))
    layer = source.GetLayerByName("communes")
    layer.SetAttributeFilter(f"siren_epci = '{EPCI}'")
    out = []
    for feature in layer:
        geom = shapely_wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
        out.append({"insee_com": feature["insee_com"], "nom": feature["nom"], "siren_epci": feature["siren_epci"],
                    "nom_epci": feature["nom_epci"], "population": feature["population"], "geom": geom})
    return out


def write_communes(communes):
    if COMMUNES_OUT.exists():
        return
    fields = [("insee_com", ogr.OFTString), ("nom", ogr.OFTString), ("siren_epci", ogr.OFTString),
              ("nom_epci", ogr.OFTString), ("population", ogr.OFTInteger)]
    write_gpkg(COMMUNES_OUT, "communes", fields, [({k: c[k] for k, _ in fields}, c["geom"]) for c in communes])


def write_gpkg(path: Path, layer_name: str, fields, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    driver = ogr.GetDriverByName("GPKG")
    if path.exists():
        path.unlink()
    data = driver.CreateDataSource(str(path))
    layer = data.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for attributes, geom in rows:
        feature = ogr.Feature(definition)
        for name, value in attributes.items():
            feature.SetField(name, value)
        geometry = ogr.CreateGeometryFromWkb(geom.wkb)
        feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    data = None


def terrils():
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(2154)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    return [Point(*transform.TransformPoint(lon, lat)[:2]).buffer(radius, 8) for lon, lat, radius in TERRILS_WGS84]


def land_cover(communes, rng):
    """Polygons of the 2018 stock: (cs, us, geometry)."""
    area = unary_union([c["geom"] for c in communes])
    centres = [(c["geom"].representative_point(), c["population"] or 500) for c in communes]
    heaps = terrils()
    minx, miny, maxx, maxy = area.bounds
    polygons = []
    step = 200.0
    for x in np.arange(minx, maxx, step):
        for y in np.arange(miny, maxy, step):
            cell = box(x, y, x + step, y + step)
            if not cell.intersects(area):
                continue
            centre = Point(x + step / 2, y + step / 2)
            urban = max(np.exp(-centre.distance(p) / (250 + 5.0 * np.sqrt(pop))) for p, pop in centres)
            pieces = [cell] if urban < 0.35 else [box(x + i * 100, y + j * 100, x + (i + 1) * 100, y + (j + 1) * 100)
                                                    for i in range(2) for j in range(2)]
            for piece in pieces:
                clipped = piece.intersection(area)
                if clipped.is_empty or clipped.area < 1:
                    continue
                polygons.append(classify(clipped, urban, heaps, rng))
    return [p for p in polygons if p is not None]


def classify(geom, urban, heaps, rng):
    r = rng.random()
    if any(geom.centroid.within(h) for h in heaps):
        return ("CS1.2.1" if r < 0.4 else "CS2.1.2", "US6.3", geom)
    if r < urban * 0.55:
        return ("CS1.1.1.1", "US5" if rng.random() < 0.8 else "US3", geom)
    if r < urban * 0.75:
        return ("CS1.1.1.2", "US4.1.1" if rng.random() < 0.7 else "US2", geom)
    if r < urban * 0.9:
        return ("CS2.2.1", "US5", geom)  # gardens
    if r < urban * 0.95:
        return ("CS2.2.1", "US3", geom)  # sports grounds
    if rng.random() < 0.08:
        return ("CS2.1.1.1", "US1.2", geom)
    return ("CS2.2.1", "US1.1", geom)


def farm_buildings(polygons, rng):
    """Isolated farm buildings carved out of fields (40–200 m²): a few under the 50 m² threshold."""
    out = []
    for cs, us, geom in polygons:
        if us == "US1.1" and rng.random() < 0.04:
            side = np.sqrt(rng.uniform(40, 200))
            c = geom.representative_point()
            building = box(c.x, c.y, c.x + side, c.y + side)
            if geom.contains(building):
                out.append((cs, us, geom.difference(building)))
                out.append(("CS1.1.1.1", "US1.1", building))
                continue
        out.append((cs, us, geom))
    return out


def status(polygons):
    cs = np.array([p[0] for p in polygons], dtype=object)
    us = np.array([p[1] for p in polygons], dtype=object)
    area = np.array([p[2].area for p in polygons])
    artificial, below = ocsge.artificial_with_thresholds(cs, us, area)
    return artificial, below


def evolve(polygons, artificial, rng):
    """2021 stock and the 2018→2021 changes: extensions at the edge of town (a part of a field, cut by a
    straight line), renaturation of business yards, afforestation (a change without change of status)."""
    urban_geoms = [p[2] for p, a in zip(polygons, artificial) if a]
    from shapely.strtree import STRtree  # noqa: PLC0415

    tree = STRtree(urban_geoms)
    after, changes = [], []
    for (cs, us, geom), art in zip(polygons, artificial):
        r = rng.random()
        if not art and us == "US1.1" and cs == "CS2.2.1" and r < 0.012 and geom.area > 3000:
            if len(tree.query(geom.buffer(10))):
                minx, miny, maxx, maxy = geom.bounds
                cut = minx + (maxx - minx) * rng.uniform(0.3, 1.0)
                built = geom.intersection(box(minx, miny, cut, maxy))
                rest = geom.difference(built)
                new = ("CS1.1.1.1" if rng.random() < 0.7 else "CS1.1.1.2", "US5" if rng.random() < 0.6 else "US2")
                after.append((*new, built))
                changes.append((cs, us, *new, built))
                if rest.area > 1:
                    after.append((cs, us, rest))
                continue
        if art and cs == "CS1.1.1.2" and us == "US2" and r < 0.05:
            after.append(("CS2.2.1", "US6.3", geom))  # business yard renaturalised
            changes.append((cs, us, "CS2.2.1", "US6.3", geom))
            continue
        if not art and us == "US1.1" and r < 0.005:
            after.append(("CS2.1.1.1", "US1.2", geom))  # afforestation: no change of status
            changes.append((cs, us, "CS2.1.1.1", "US1.2", geom))
            continue
        after.append((cs, us, geom))
    return after, changes


def main():
    rng = np.random.default_rng(62)
    communes = read_communes()
    write_communes(communes)
    before = farm_buildings(land_cover(communes, rng), rng)
    art_before, below_before = status(before)
    after, changes = evolve(before, art_before, rng)
    art_after, below_after = status(after)
    fields = [("id", ogr.OFTString), ("code_cs", ogr.OFTString), ("code_us", ogr.OFTString),
              ("millesime", ogr.OFTString), ("artif", ogr.OFTString), ("crit_seuil", ogr.OFTInteger),
              ("aire", ogr.OFTReal)]
    for year, polygons, art, below in ((2018, before, art_before, below_before), (2021, after, art_after, below_after)):
        folder = HERE / STOCK_DIR.format(year=year)
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        rows = [({"id": f"ARTIF{year}_62_{i:07d}", "code_cs": cs, "code_us": us, "millesime": str(year),
                  "artif": "artif" if a else "non artif", "crit_seuil": int(b), "aire": round(g.area, 2)}, g)
                for i, ((cs, us, g), a, b) in enumerate(zip(polygons, art, below))]
        write_gpkg(folder / f"artif_{year}_62.gpkg", f"artif_{year}_62", fields, rows)
    diff_fields = [("id", ogr.OFTString), ("cs_2018", ogr.OFTString), ("us_2018", ogr.OFTString),
                   ("artif_2018", ogr.OFTString), ("cs_2021", ogr.OFTString), ("us_2021", ogr.OFTString),
                   ("artif_2021", ogr.OFTString), ("artificialisation", ogr.OFTInteger)]
    rows = []
    for i, (cs1, us1, cs2, us2, g) in enumerate(changes):
        (a1, a2), _ = status([(cs1, us1, g), (cs2, us2, g)])
        rows.append(({"id": f"DIFF_62_{i:07d}", "cs_2018": cs1, "us_2018": us1,
                      "artif_2018": "artif" if a1 else "non artif", "cs_2021": cs2, "us_2021": us2,
                      "artif_2021": "artif" if a2 else "non artif", "artificialisation": int(a2) - int(a1)}, g))
    folder = HERE / DIFF_DIR
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    write_gpkg(folder / "artif_diff_2018_2021_62.gpkg", "artif_diff_2018_2021_62", diff_fields, rows)
    print(f"{len(before)} polygons 2018, {len(after)} polygons 2021, {len(rows)} changes "
          f"({sum(1 for r in rows if r[0]['artificialisation'] == 1)} artificialisations, "
          f"{sum(1 for r in rows if r[0]['artificialisation'] == -1)} renaturations)")


if __name__ == "__main__":
    main()
