"""Robustness rows of ``aula:zae_inventory`` (ported from tests/qgis/test_zae_robustness.py)."""

from __future__ import annotations

from .data import (ZAE_BUILDINGS, ZAE_ESTABLISHMENTS, ZAE_OWNERS, ZAE_PARCELS, ZAE_STAGE, ZAE_ZONES, copy,
                   vector_translate)
from .table import CANCEL_EN, CANCEL_FR, DEMO, ERROR, OK, Case

ALG = "aula:zae_inventory"
TEMPLATE = DEMO.parent / "resources" / "cnig" / "sites_economiques_template.gpkg"
GUARD = (["détruirait vos données"], ["would destroy your data"])


def base(tmp, **extra):
    params = {"ZONES": f"{ZAE_ZONES}|layername=zae", "PARCELS": str(ZAE_PARCELS), "OWNERS": str(ZAE_OWNERS),
              "ESTABLISHMENTS": str(ZAE_ESTABLISHMENTS), "BUILDINGS": f"{ZAE_BUILDINGS}|layername=batiment",
              "STAGE": str(ZAE_STAGE), "YEAR": 2025, "OUTPUT": str(tmp / "o.gpkg"), "UNITS": str(tmp / "u.gpkg"),
              "SUMMARY": str(tmp / "s.gpkg")}
    params.update(extra)
    return params


def _text(name, content, key):
    def build(tmp):
        path = tmp / name
        path.write_text(content, encoding="utf-8")
        return base(tmp, **{key: str(path)})
    return build


BAD_PARCEL = ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"62498AB12",'
              '"contenance":10},"geometry":{"type":"Polygon","coordinates":[[[2.83,50.43],[2.831,50.43],'
              '[2.831,50.431],[2.83,50.43]]]}}]}')


def _unknown_state(tmp):
    lines = ZAE_ESTABLISHMENTS.read_text(encoding="utf-8").splitlines()
    path = tmp / "StockEtablissement.csv"
    path.write_text("\n".join([lines[0], lines[1].replace(",A,", ",Z,")] + lines[2:5]), encoding="utf-8")
    return base(tmp, ESTABLISHMENTS=str(path))


def _zones_wgs84(tmp):
    return base(tmp, ZONES=vector_translate(f"{ZAE_ZONES}|layername=zae", tmp, "zones_wgs84.gpkg", "zae",
                                            dstSRS="EPSG:4326", reproject=True))


def _zones_overseas_wgs84(tmp):
    """The demo zones moved to Guadeloupe, in longitude/latitude: outside Lambert-93, no metric CRS to use."""
    wgs84 = vector_translate(f"{ZAE_ZONES}|layername=zae", tmp, "zones_wgs84.gpkg", "zae", dstSRS="EPSG:4326",
                             reproject=True)
    return base(tmp, ZONES=vector_translate(
        wgs84, tmp, "zones_971.gpkg", "zae", SQLDialect="SQLite",
        SQLStatement="SELECT ST_Translate(geom, -64.4, -34.2, 0) AS geom, * FROM zae"))


def _lambert93_outputs(results, tmp):
    """Zones in longitude/latitude in mainland France: computed and written in Lambert-93."""
    from osgeo import ogr

    for name in ("u.gpkg", "s.gpkg"):
        dataset = ogr.Open(str(tmp / name))
        layer = dataset.GetLayer(0)
        assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154" and layer.GetFeatureCount() > 0


def _plu_without_business_zone(tmp):
    return base(tmp, ZONES=vector_translate(f"{ZAE_ZONES}|layername=zone_urba", tmp, "plu.gpkg", "zone_urba",
                                            where="destdomi = '01'"))


def _output_over_zones(tmp):
    zones = copy(ZAE_ZONES, tmp)
    return base(tmp, ZONES=f"{zones}|layername=zae", OUTPUT=str(zones))


def _units_over_parcels(tmp):
    parcels = copy(ZAE_PARCELS, tmp)
    return base(tmp, PARCELS=str(parcels), UNITS=str(parcels))


def _two_layers(results, tmp):
    """UNITS and SUMMARY named on the same GeoPackage become two layers of it, neither overwriting the other."""
    from osgeo import ogr

    dataset = ogr.Open(str(tmp / "x.gpkg"))
    names = {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
             for i in range(dataset.GetLayerCount())}
    assert names.get("units", 0) > 0 and names.get("summary", 0) > 0, names


def _inventory_written(results, tmp):
    assert results["OUTPUT"] == str(tmp / "o.gpkg") and (tmp / "o.gpkg").exists(), results


CASES = [
    Case("output-over-zones", ALG, "output-over-input", _output_over_zones, ERROR,
         fr=["OUTPUT", "ZONES", *GUARD[0]], en=["OUTPUT", "ZONES", *GUARD[1]]),
    Case("units-over-parcels", ALG, "output-over-input", _units_over_parcels, ERROR,
         fr=["UNITS", "PARCELS", *GUARD[0]], en=["UNITS", "PARCELS", *GUARD[1]]),
    Case("output-over-cnig-template", ALG, "output-over-input", lambda tmp: base(tmp, OUTPUT=str(TEMPLATE)), ERROR,
         fr=["OUTPUT", "modèle CNIG"], en=["OUTPUT", "template"], inputs=(str(TEMPLATE),)),
    Case("units-inside-the-cnig-output", ALG, "output-over-output",
         lambda tmp: base(tmp, OUTPUT=str(tmp / "tout.gpkg"), UNITS=f"ogr:dbname='{tmp / 'tout.gpkg'}' table=\"units\""),
         ERROR, fr=["OUTPUT", "UNITS", "même sortie"], en=["OUTPUT", "UNITS", "same output"]),
    Case("units-and-summary-one-gpkg", ALG, "output-over-output",
         lambda tmp: base(tmp, UNITS=str(tmp / "x.gpkg"), SUMMARY=str(tmp / "x.gpkg")), OK, check=_two_layers),
    Case("parcel-id-malformed", ALG, "domain", _text("parcelles.geojson", BAD_PARCEL, "PARCELS"), ERROR,
         fr=["PARCELS", "identifiant(s) de parcelle", "62498AB12"], en=["PARCELS", "parcel id(s)", "62498AB12"]),
    Case("zones-geographic-crs-mainland", ALG, "crs", _zones_wgs84, OK, check=_lambert93_outputs),
    Case("zones-geographic-crs-overseas", ALG, "crs", _zones_overseas_wgs84, ERROR,
         fr=["ZONES", "géographique"], en=["ZONES", "geographic"]),
    Case("plu-without-business-zone", ALG, "domain", _plu_without_business_zone, ERROR,
         fr=["ZONES", "aucune zone"], en=["ZONES", "no business zone"]),
    Case("establishment-unknown-state", ALG, "domain", _unknown_state, ERROR,
         fr=["ESTABLISHMENTS", "etatAdministratifEtablissement", "valeur(s) d'état inconnue(s)"],
         en=["ESTABLISHMENTS", "unknown state value"]),
    Case("owners-without-account", ALG, "missing-field",
         _text("proprietaires.csv", "idu,nom\n62523000AB0001,ACME\n", "OWNERS"), ERROR,
         fr=["OWNERS", "compte propriétaire"], en=["OWNERS", "owner account"]),
    Case("stage-outside-cnig-list", ALG, "domain",
         _text("stade.csv", "idu,terr_stade_amngt\n62523000AB0001,presque prêt\n", "STAGE"), ERROR,
         fr=["STAGE", "presque prêt", "terr_stade_amngt", "CNIG"], en=["STAGE", "presque prêt", "CNIG"]),
    Case("locomvac-without-parcel-columns", ALG, "missing-field",
         _text("LOCOMVAC25.CSV", "ANNEE;CODE DSF;ADRESSE\n2025;620;1 RUE X\n", "VACANT_PREMISES"), ERROR,
         fr=["VACANT_PREMISES", "LOCOMVAC", "SECTION CADASTRALE"], en=["VACANT_PREMISES", "LOCOMVAC columns"]),
    Case("locomvac-bad-parcel", ALG, "domain",
         _text("LOCOMVAC25.CSV", "ANNEE;CODE DSF;CODE COMMUNE;PREFIXE DE SECTION;SECTION CADASTRALE;NUMERO DE PLAN\n"
                                 "2025;620;523;;AB;12345\n", "VACANT_PREMISES"), ERROR,
         fr=["VACANT_PREMISES", "identifiant(s) de parcelle"], en=["VACANT_PREMISES", "parcel id(s)"]),
    Case("pole-distance-negative", ALG, "domain", lambda tmp: base(tmp, POLE_DISTANCE=-5), ERROR,
         fr=["POLE_DISTANCE"], en=["POLE_DISTANCE"]),
    Case("year-out-of-range", ALG, "parameter", lambda tmp: base(tmp, YEAR=1850), ERROR,
         fr=["YEAR"], en=["YEAR"]),
    Case("min-share-nan", ALG, "non-finite", lambda tmp: base(tmp, MIN_SHARE=float("nan")), ERROR,
         fr=["MIN_SHARE"], en=["MIN_SHARE"]),
    Case("min-share-above-1", ALG, "domain", lambda tmp: base(tmp, MIN_SHARE=1.5), ERROR,
         fr=["MIN_SHARE"], en=["MIN_SHARE"]),
    Case("occupant-distance-inf", ALG, "non-finite", lambda tmp: base(tmp, OCCUPANT_DISTANCE="inf"), ERROR,
         fr=["OCCUPANT_DISTANCE"], en=["OCCUPANT_DISTANCE"]),
    Case("establishments-unreadable", ALG, "parameter",
         _text("StockEtablissement.csv", "\x00\x01PK garbage;;\n\x00", "ESTABLISHMENTS"), ERROR,
         fr=["ESTABLISHMENTS"], en=["ESTABLISHMENTS"]),
    Case("full-run-with-reports", ALG, "inputs-unchanged", lambda tmp: base(tmp, REPORT_FOLDER=str(tmp / "r")), OK,
         check=_inventory_written, inputs=(str(TEMPLATE),)),
    Case("cancel-before-start", ALG, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=0.0),
    Case("cancel-at-progress", ALG, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=2),
    Case("cancel-timer", ALG, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=0.2),
]
