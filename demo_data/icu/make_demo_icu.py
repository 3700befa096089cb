"""Build the demo data of ``aula:icu_hotspots`` (seeded, reproducible). Run from the repo root:

    .venv/bin/python demo_data/icu/make_demo_icu.py

Writes, in ``demo_data/icu/``:

* ``lst_landsat_st_b10_lens_henin_GENERE.tif`` — a GENERATED Landsat Collection 2 Level-2 ``ST_B10``
  band (raw uint16 DN, K = DN × 0.00341802 + 149.0, fill 0), 30 m, EPSG:32631 (UTM 31N, the CRS of
  real Landsat scenes over the Artois), summer-afternoon-like surface temperatures;
* ``filosofi_200m_lens_henin_GENERE.gpkg`` — a GENERATED population grid in the INSEE Filosofi 2017
  layout (``Idcar_200m`` … ``Ind_80p``, ``lcog_geo``), squares of the EPSG:3035 200 m grid delivered
  in EPSG:2154 like the INSEE GeoPackage; commune totals equal the real legal populations;
* ``colleges_lens_henin.gpkg`` — the REAL collèges of the two EPCI (copied from
  ``../shared/data/education_62``, Licence Ouverte);
* ``communes_lens_henin.gpkg`` — the REAL communes (layer ``communes``) and the two EPCI (layer
  ``epci``) of CA de Lens-Liévin and CA d'Hénin-Carvin, copied from ``demo_data/admin``.

Needs GDAL's Python bindings (osgeo), numpy, scipy, pandas, shapely. The repo root is registered as the
package ``aula_toolkit_plugin`` as in the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import wkb
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "demo_data" / "icu"
ADMIN = ROOT / "demo_data" / "admin" / "artois_admin_2026.gpkg"
COLLEGES = ROOT.parent / "shared" / "data" / "education_62" / "colleges_62.gpkg"
EPCI = {"246200364": "CA de Lens - Liévin", "246200299": "CA d'Hénin-Carvin"}
SEED = 2022
PIXEL = 30.0


sys.path.insert(0, str(ROOT / "scripts"))
from plugin_package import register as _register  # noqa: E402

sys.path.pop(0)


_register()
from aula_toolkit_plugin.aula_toolkit.icu import synthetic as S  # noqa: E402
from aula_toolkit_plugin.aula_toolkit.icu.temperature import celsius_to_landsat_dn  # noqa: E402


def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def transform(x, y, src, dst):
    ct = osr.CoordinateTransformation(srs(src), srs(dst))
    out = np.array(ct.TransformPoints(np.column_stack([np.ravel(x), np.ravel(y)])))
    return out[:, 0].reshape(np.shape(x)), out[:, 1].reshape(np.shape(x))


def read_communes():
    ds = ogr.Open(str(ADMIN))
    layer = ds.GetLayer("communes")
    rows = []
    for f in layer:
        if f["siren_epci"] in EPCI:
            rows.append(dict(insee=f["insee_com"], nom=f["nom"], population=int(f["population"]),
                             siren_epci=f["siren_epci"], nom_epci=f["nom_epci"],
                             geom=wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))))
    return rows


def model_celsius(x, y, communes, rng_seed=SEED, shape=None):
    """Surface temperature (°C) at EPSG:2154 points ``x, y`` (arrays of ``shape``)."""
    by_name = {c["nom"]: c for c in communes}
    centres = [(c["geom"].representative_point().x, c["geom"].representative_point().y) for c in communes]
    pops = np.array([c["population"] for c in communes], float)
    sig = 250.0 + 6.0 * np.sqrt(pops)
    dens = S.gaussian_bumps(x, y, centres, sig, pops / (2 * np.pi * sig ** 2))  # inhabitants / m²
    imperv = 1.0 - np.exp(-dens / 0.0008)
    t = 25.0 + 9.5 * imperv

    def near(name, dx, dy, w, h):
        cx, cy = centres[[c["nom"] for c in communes].index(name)]
        return (cx + dx - w / 2, cy + dy - h / 2, cx + dx + w / 2, cy + dy + h / 2)

    # INVENTED business zones (positions plausible, not mapped): big roofs and car parks
    zones = [near("Hénin-Beaumont", 2300, -600, 1500, 900), near("Lens", 1200, 1900, 1100, 700),
             near("Liévin", -1900, 600, 900, 700), near("Carvin", 600, -1900, 1200, 800),
             near("Harnes", -1500, 900, 800, 600), near("Vendin-le-Vieil", 600, -900, 900, 700)]
    t += S.soft_rectangles(x, y, zones, 8.5, edge=50)
    # INVENTED slag heaps (terrils): dark schist, hot in the afternoon
    heaps = [near("Loos-en-Gohelle", -800, 700, 0, 0)[:2], near("Noyelles-sous-Lens", 500, -400, 0, 0)[:2],
             near("Avion", -1200, -900, 0, 0)[:2], near("Libercourt", -600, 800, 0, 0)[:2]]
    t += S.gaussian_bumps(x, y, heaps, [220] * 4, [5.0] * 4)
    # INVENTED woods and parks: cooler
    woods = [near("Givenchy-en-Gohelle", -300, -900, 0, 0)[:2], near("Liévin", -200, -1900, 0, 0)[:2],
             near("Drocourt", 900, 300, 0, 0)[:2], near("Carvin", -2500, -800, 0, 0)[:2],
             near("Lens", -400, -300, 0, 0)[:2]]
    t -= S.gaussian_bumps(x, y, woods, [650, 500, 450, 800, 220], [6.5, 6.0, 6.0, 5.5, 4.0])
    # INVENTED canal and ponds: water is much cooler, with a cool fringe
    canal = [near("Vendin-le-Vieil", -2500, 1500, 0, 0)[:2], near("Harnes", -800, 1200, 0, 0)[:2],
             near("Courrières", 200, 700, 0, 0)[:2], near("Courrières", 2500, 1500, 0, 0)[:2],
             near("Carvin", 1000, 2200, 0, 0)[:2]]
    d = S.distance_to_polyline(x, y, canal)
    t -= 10.0 * np.exp(-(d / 35.0) ** 2) + 2.5 * np.exp(-(d / 250.0) ** 2)
    t -= S.gaussian_bumps(x, y, [near("Drocourt", 1400, 600, 0, 0)[:2]], [180], [9.0])
    # fields: bare harvested plots warm, crops cooler (smooth noise), pixel noise
    if shape is not None:
        field = S.smooth_noise(shape, 6, rng_seed)
        t += (1.0 - imperv) * 1.4 * field
        t += np.random.default_rng(rng_seed + 1).normal(0.0, 0.6, shape)
    return t, dens


def write_raster(communes):
    union = unary_union([c["geom"] for c in communes])
    xmin, ymin, xmax, ymax = union.buffer(1500).bounds
    ux, uy = transform(np.array([xmin, xmin, xmax, xmax]), np.array([ymin, ymax, ymin, ymax]), 2154, 32631)
    x0 = np.floor((ux.min() - 15) / 30) * 30 + 15  # Landsat UTM grids: corners at 15 m mod 30
    y1 = np.ceil((uy.max() - 15) / 30) * 30 + 15
    nc = int(np.ceil((ux.max() - x0) / PIXEL))
    nr = int(np.ceil((y1 - uy.min()) / PIXEL))
    cols, rows = np.meshgrid(np.arange(nc) + 0.5, np.arange(nr) + 0.5)
    px, py = x0 + cols * PIXEL, y1 - rows * PIXEL
    lx, ly = transform(px, py, 32631, 2154)
    celsius, _ = model_celsius(lx, ly, communes, shape=(nr, nc))
    # scene edge of a WRS-2 path (tilted), in the south-east corner: fill
    fill = (cols / nc) + 0.22 * (rows / nr) > 1.12
    dn = celsius_to_landsat_dn(celsius, mask=fill)
    path = OUT / "lst_landsat_st_b10_lens_henin_GENERE.tif"
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), nc, nr, 1, gdal.GDT_UInt16,
                    ["COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES", "ZLEVEL=9"])
    ds.SetGeoTransform((x0, PIXEL, 0.0, y1, 0.0, -PIXEL))
    ds.SetProjection(srs(32631).ExportToWkt())
    band = ds.GetRasterBand(1)
    band.WriteArray(dn)
    band.SetNoDataValue(0)
    band.SetDescription("ST_B10")
    band.SetScale(0.00341802)
    band.SetOffset(149.0)
    ds.SetMetadata({"GENERATED": "GENERE - donnees fictives pour la demonstration (AULA Toolkit), pas une scene Landsat",
                    "PRODUCT": "Landsat C2 L2 ST_B10 layout (raw DN, K = DN * 0.00341802 + 149.0, fill 0)",
                    "SEED": str(SEED)})
    ds = None
    return path, (nr, nc), float(np.nanmin(celsius)), float(np.nanmax(celsius))


def write_population(communes):
    union = unary_union([c["geom"] for c in communes])
    xmin, ymin, xmax, ymax = union.bounds
    ex, ey = transform(np.array([xmin, xmin, xmax, xmax]), np.array([ymin, ymax, ymin, ymax]), 2154, 3035)
    e0, e1 = int(np.floor(ex.min() / 200) * 200), int(np.ceil(ex.max() / 200) * 200)
    n0, n1 = int(np.floor(ey.min() / 200) * 200), int(np.ceil(ey.max() / 200) * 200)
    E, N = np.meshgrid(np.arange(e0, e1, 200), np.arange(n0, n1, 200))
    E, N = E.ravel(), N.ravel()
    cx, cy = transform(E + 100.0, N + 100.0, 3035, 2154)
    _, dens = model_celsius(cx, cy, communes)
    from aula_toolkit_plugin.aula_toolkit.icu.geometry import points_in_polygons
    which = points_in_polygons(cx, cy, [c["geom"] for c in communes])
    rng = np.random.default_rng(SEED + 2)
    expected = dens * 40_000 * rng.lognormal(0, 0.35, E.size)
    keep = (which >= 0) & (expected >= 2.5)
    ind = np.zeros(E.size)
    for k, c in enumerate(communes):
        sel = keep & (which == k)
        if sel.any():
            ind[sel] = expected[sel] * c["population"] / expected[sel].sum()
    keep &= ind >= 2.0
    frame = S.filosofi_cells(E[keep], N[keep], ind[keep], [communes[k]["insee"] for k in which[keep]], seed=SEED)
    path = OUT / "filosofi_200m_lens_henin_GENERE.gpkg"
    if path.exists():
        path.unlink()
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    layer = ds.CreateLayer("filosofi_200m_GENERE", srs(2154), ogr.wkbPolygon, ["SPATIAL_INDEX=NO"])
    types = {"O": ogr.OFTString, "i": ogr.OFTInteger, "f": ogr.OFTReal}
    for name in frame.columns:
        layer.CreateField(ogr.FieldDefn(name, types[frame[name].dtype.kind]))
    ct = osr.CoordinateTransformation(srs(3035), srs(2154))
    layer.StartTransaction()
    defn = layer.GetLayerDefn()
    for (e, n), row in zip(zip(E[keep], N[keep]), frame.itertuples(index=False)):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for px, py in ((e, n), (e + 200, n), (e + 200, n + 200), (e, n + 200), (e, n)):
            ring.AddPoint_2D(float(px), float(py))
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        poly.Transform(ct)
        f = ogr.Feature(defn)
        for name, value in zip(frame.columns, row):
            f.SetField(name, value.item() if hasattr(value, "item") else value)
        f.SetGeometry(poly)
        layer.CreateFeature(f)
    layer.CommitTransaction()
    ds.ExecuteSQL("VACUUM")
    ds = None
    return path, int(keep.sum()), float(ind[keep].sum())


def copy_layers(communes):
    union = unary_union([c["geom"] for c in communes])
    path = OUT / "communes_lens_henin.gpkg"
    if path.exists():
        path.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lay = ds.CreateLayer("communes", srs(2154), ogr.wkbMultiPolygon)
    for name in ("insee_com", "nom", "siren_epci", "nom_epci"):
        lay.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lay.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    for c in communes:
        f = ogr.Feature(lay.GetLayerDefn())
        f.SetField("insee_com", c["insee"]), f.SetField("nom", c["nom"]), f.SetField("siren_epci", c["siren_epci"])
        f.SetField("nom_epci", c["nom_epci"]), f.SetField("population", c["population"])
        f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(c["geom"].wkb)))
        lay.CreateFeature(f)
    lay = ds.CreateLayer("epci", srs(2154), ogr.wkbMultiPolygon)
    for name in ("siren_epci", "nom_epci"):
        lay.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lay.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    for siren in EPCI:
        members = [c for c in communes if c["siren_epci"] == siren]
        f = ogr.Feature(lay.GetLayerDefn())
        f.SetField("siren_epci", siren), f.SetField("nom_epci", members[0]["nom_epci"])
        f.SetField("population", sum(c["population"] for c in members))
        f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(unary_union([c["geom"] for c in members]).wkb)))
        lay.CreateFeature(f)
    ds = None

    src = ogr.Open(str(COLLEGES))
    sl = src.GetLayer(0)
    out = OUT / "colleges_lens_henin.gpkg"
    if out.exists():
        out.unlink()
    dst = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    dl = dst.CreateLayer("colleges", srs(2154), ogr.wkbPoint)
    sdefn = sl.GetLayerDefn()
    for i in range(sdefn.GetFieldCount()):
        dl.CreateField(sdefn.GetFieldDefn(i))
    n = 0
    for f in sl:
        g = wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
        if union.contains(g):
            nf = ogr.Feature(dl.GetLayerDefn())
            nf.SetFrom(f)
            dl.CreateFeature(nf)
            n += 1
    dst = None
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    communes = read_communes()
    tif, shape, tmin, tmax = write_raster(communes)
    pop_path, n_cells, pop = write_population(communes)
    n_col = copy_layers(communes)
    print(f"{tif.name}: {shape[0]}×{shape[1]} px, {tmin:.1f}–{tmax:.1f} °C")
    print(f"{pop_path.name}: {n_cells} cells, {pop:.0f} inhabitants")
    print(f"colleges: {n_col}; communes: {len(communes)}")


if __name__ == "__main__":
    main()
