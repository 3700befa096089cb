"""Generate the TVB demo of CA de Lens-Liévin (GENERE): a 20 m land-cover raster over the 36 real communes,
a friction table in BioDispersal's layout (two sous-trames) and a barriers layer (A21, railways).

Real: commune outlines, populations and town halls (demo_data/admin/artois_admin_2026.gpkg). Generated: every
land-cover cell. Urban cores grow around the real town halls in proportion to the real populations; slag heaps
(terrils), the Canal de Lens / Deûle, the A21 (rocade minière) and the railways follow hand-placed approximate
tracks; fields, meadows and woods are a seeded random mosaic. Usage (system python3 with GDAL):
    python3 scripts/make_demo_tvb.py
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

ROOT = Path(__file__).resolve().parents[1]
ADMIN = ROOT / "demo_data" / "admin" / "artois_admin_2026.gpkg"
OUT = ROOT / "demo_data" / "tvb"
CALL = "246200364"
RES = 20.0
SEED = 62

CLASSES = [  # code, class, description, friction boisée, friction ouverte (milieux ouverts et thermophiles)
    (1, "urbain_dense", "Tissu urbain continu", 1000, 1000),
    (2, "urbain_discontinu", "Tissu urbain discontinu, zones d'activités", 150, 100),
    (3, "culture", "Terres arables", 30, 20),
    (4, "prairie", "Prairies et pelouses", 10, 1),
    (5, "bois", "Bois et forêts", 1, 10),
    (6, "terril", "Terrils et friches minières", 5, 1),
    (7, "eau", "Canaux et plans d'eau", 500, 500),
    (8, "zone_humide", "Berges et zones humides", 10, 5),
    (9, "autoroute", "Autoroute A21 (rocade minière)", 1000, 1000),
    (10, "voie_ferree", "Voies ferrées", 300, 100),
    (11, "route", "Routes principales", 200, 100),
]

# approximate tracks (WGS84 lon, lat) — hand-placed, not surveyed
A21 = [(2.655, 50.445), (2.705, 50.432), (2.745, 50.425), (2.790, 50.418), (2.830, 50.414), (2.875, 50.412),
       (2.920, 50.413), (2.960, 50.418)]
RAILWAYS = {
    "Lens–Béthune": [(2.829, 50.428), (2.790, 50.440), (2.745, 50.455), (2.700, 50.470), (2.650, 50.485)],
    "Lens–Lille": [(2.829, 50.428), (2.860, 50.445), (2.895, 50.462), (2.930, 50.478)],
    "Lens–Arras": [(2.829, 50.428), (2.815, 50.405), (2.800, 50.380), (2.790, 50.355)],
    "Lens–Hénin": [(2.829, 50.428), (2.880, 50.420), (2.930, 50.418), (2.960, 50.420)],
}
CANAL = [(2.790, 50.420), (2.830, 50.435), (2.870, 50.450), (2.905, 50.465), (2.945, 50.478)]
ROADS = [[(2.700, 50.400), (2.760, 50.420), (2.829, 50.428), (2.900, 50.440), (2.950, 50.445)],
         [(2.829, 50.428), (2.830, 50.470), (2.835, 50.500)],
         [(2.760, 50.420), (2.750, 50.380), (2.745, 50.350)]]
TERRILS = [("Terrils jumeaux 11/19 (Loos-en-Gohelle)", 2.7795, 50.4565, 260), ("Pinchonvalles (Avion)", 2.7602, 50.403, 300),
           ("Terril 58 (Grenay)", 2.745, 50.452, 160), ("Terril de Liévin", 2.775, 50.430, 140),
           ("Terril 94 (Noeux)", 2.66, 50.475, 150), ("Terril de Wingles", 2.855, 50.490, 180),
           ("Terril 84 (Harnes)", 2.900, 50.455, 150), ("Terril de Sallaumines", 2.860, 50.415, 120)]
WOODS = [("Colline de Lorette", 2.720, 50.401, 700), ("Crête de Vimy", 2.774, 50.379, 900),
         ("Bois de Givenchy", 2.745, 50.390, 450), ("Bois de Bouvigny", 2.680, 50.420, 650),
         ("Marais de Wingles", 2.860, 50.495, 400), ("Parc de la Glissoire (Avion)", 2.830, 50.405, 250)]


def to_l93():
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(2154)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    return lambda pts: [ct.TransformPoint(lon, lat)[:2] for lon, lat in pts]


def main():
    rng = np.random.default_rng(SEED)
    project = to_l93()
    ds = ogr.Open(str(ADMIN))
    communes = ds.GetLayerByName("communes")
    communes.SetAttributeFilter(f"siren_epci = '{CALL}'")
    union = None
    pops = {}
    for f in communes:
        g = f.GetGeometryRef().Clone()
        union = g if union is None else union.Union(g)
        pops[f.GetField("insee_com")] = f.GetField("population")
    xmin, xmax, ymin, ymax = union.GetEnvelope()
    xmin, ymin = math.floor(xmin / RES) * RES - 400, math.floor(ymin / RES) * RES - 400
    xmax, ymax = math.ceil(xmax / RES) * RES + 400, math.ceil(ymax / RES) * RES + 400
    cols, rows = int((xmax - xmin) / RES), int((ymax - ymin) / RES)
    gt = (xmin, RES, 0.0, ymax, 0.0, -RES)
    yy, xx = np.mgrid[0:rows, 0:cols]
    x = xmin + (xx + 0.5) * RES
    y = ymax - (yy + 0.5) * RES

    # agricultural mosaic: fields, meadows, small woods
    noise = ndimage.gaussian_filter(rng.standard_normal((rows, cols)), 6)
    noise2 = ndimage.gaussian_filter(rng.standard_normal((rows, cols)), 3)
    lc = np.full((rows, cols), 3, dtype=np.uint8)
    lc[noise > np.quantile(noise, 0.72)] = 4
    lc[noise2 > np.quantile(noise2, 0.955)] = 5
    for _, lon, lat, radius in WOODS:
        (cx, cy), = project([(lon, lat)])
        d = np.hypot(x - cx, y - cy) / radius + 0.35 * noise2 / noise2.std()
        lc[d < 1.0] = 5
    # urban cores around the real town halls, sized by the real population
    mairies = ds.GetLayerByName("mairies")
    for f in mairies:
        pop = pops.get(f.GetField("insee_com"))
        if not pop:
            continue
        p = f.GetGeometryRef()
        radius = 90 + 8 * math.sqrt(pop)
        d = np.hypot(x - p.GetX(), y - p.GetY()) / radius + 0.25 * noise / noise.std()
        lc[d < 1.3] = np.where(lc[d < 1.3] == 5, 5, 2)
        lc[d < 0.65] = 1
    for _, lon, lat, radius in TERRILS:
        (cx, cy), = project([(lon, lat)])
        d = np.hypot(x - cx, y - cy) / radius + 0.15 * noise2 / noise2.std()
        lc[d < 1.0] = 6
    # linear features, burnt with OGR (canal with its banks, A21, railways, roads)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    mem = ogr.GetDriverByName("Memory").CreateDataSource("m")
    layer = mem.CreateLayer("lines", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))

    def add(points, code, width):
        line = ogr.Geometry(ogr.wkbLineString)
        for px, py in project(points):
            line.AddPoint_2D(px, py)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(line.Buffer(width / 2))
        f.SetField("code", code)
        layer.CreateFeature(f)

    add(CANAL, 8, 140)
    add(CANAL, 7, 50)
    for track in ROADS:
        add(track, 11, 20)
    for track in RAILWAYS.values():
        add(track, 10, 20)
    add(A21, 9, 40)
    burn = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    burn.SetGeoTransform(gt)
    burn.SetProjection(srs.ExportToWkt())
    gdal.RasterizeLayer(burn, [1], layer, options=["ATTRIBUTE=code", "ALL_TOUCHED=TRUE"])
    lines = burn.GetRasterBand(1).ReadAsArray()
    for code in (8, 7, 11, 10, 9):
        lc[lines == code] = code
    # outside the CA: nodata (0)
    mask_ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mask_ds.SetGeoTransform(gt)
    mask_ds.SetProjection(srs.ExportToWkt())
    ml = mem.CreateLayer("union", srs, ogr.wkbMultiPolygon)
    f = ogr.Feature(ml.GetLayerDefn())
    f.SetGeometry(union.Buffer(300))
    ml.CreateFeature(f)
    gdal.RasterizeLayer(mask_ds, [1], ml, burn_values=[1])
    lc[mask_ds.GetRasterBand(1).ReadAsArray() == 0] = 0

    OUT.mkdir(parents=True, exist_ok=True)
    tif = OUT / "occupation_sol_call_20m_GENERE.tif"
    out = gdal.GetDriverByName("GTiff").Create(str(tif), cols, rows, 1, gdal.GDT_Byte, ["COMPRESS=DEFLATE", "PREDICTOR=2"])
    out.SetGeoTransform(gt)
    out.SetProjection(srs.ExportToWkt())
    band = out.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(lc)
    out = None

    with open(OUT / "friction_biodispersal_call.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("class_descr;class;code;boisee;ouverte\n")
        for code, name, descr, fb, fo in CLASSES:
            fh.write(f"{descr};{name};{code};{fb};{fo}\n")

    gpkg = OUT / "obstacles_call_GENERE.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    gds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    bl = gds.CreateLayer("obstacles", srs, ogr.wkbLineString)
    for name, kind in (("id_obst", ogr.OFTString), ("nature", ogr.OFTString), ("transpar", ogr.OFTReal)):
        bl.CreateField(ogr.FieldDefn(name, kind))
    tracks = [("A21", "autoroute", 0.05, A21)] + [(n, "voie ferrée", 0.3, t) for n, t in RAILWAYS.items()]
    for ident, nature, transparency, pts in tracks:
        line = ogr.Geometry(ogr.wkbLineString)
        for px, py in project(pts):
            line.AddPoint_2D(px, py)
        f = ogr.Feature(bl.GetLayerDefn())
        f.SetGeometry(line)
        f.SetField("id_obst", ident)
        f.SetField("nature", nature)
        f.SetField("transpar", transparency)
        bl.CreateFeature(f)
    gds = None
    counts = np.bincount(lc.ravel(), minlength=12)
    print(f"{tif.name}: {cols}×{rows} cells at {RES:g} m; cells per class: "
          + ", ".join(f"{c}={counts[c]}" for c in range(12)))


if __name__ == "__main__":
    main()
