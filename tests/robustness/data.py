"""Damaged copies of the demo data for the robustness table (the demo files themselves are never touched)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Callable, List, Sequence

from .table import DEMO

ZAN_CSV = DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"
MEMBERSHIP_CSV = DEMO / "zan" / "appartenance_epci_artois_2026.csv"
ADMIN = DEMO / "admin" / "artois_admin_2026.gpkg"
COMMUNES = f"{ADMIN}|layername=communes"
FRICHES_GPKG = DEMO / "friches" / "cartofriches_62_2024-03.gpkg"
FRICHES = f"{FRICHES_GPKG}|layername=friches_62"
FRICHES_CONTEXT = DEMO / "friches" / "contexte_artois_GENERE.gpkg"
COMMUNE_DATA = f"{FRICHES_CONTEXT}|layername=donnees_communales_GENERE"
ICU = DEMO / "icu"
LST = ICU / "lst_landsat_st_b10_lens_henin_GENERE.tif"
POPULATION = ICU / "filosofi_200m_lens_henin_GENERE.gpkg"
COLLEGES = ICU / "colleges_lens_henin.gpkg"
ICU_COMMUNES = f"{ICU / 'communes_lens_henin.gpkg'}|layername=communes"


def copy(src: Path, tmp: Path, name: str = "") -> Path:
    dst = tmp / (name or src.name)
    shutil.copyfile(src, dst)
    return dst


def gpkg_sql(src: Path, tmp: Path, statements: Sequence[str], name: str = "") -> Path:
    """A copy of a GeoPackage changed by SQL statements run through GDAL (ST_ functions available)."""
    from osgeo import ogr

    dst = copy(src, tmp, name)
    dataset = ogr.Open(str(dst), 1)
    for statement in statements:
        result = dataset.ExecuteSQL(statement, dialect="SQLITE" if "ST_" in statement.upper() else "")
        if result is not None:
            dataset.ReleaseResultSet(result)
    dataset = None
    return dst


def csv_edit(src: Path, tmp: Path, edit: Callable[[List[str], List[List[str]]], None], name: str = "",
             delimiter: str = ";") -> Path:
    """A copy of a CSV whose rows (header, body) were changed in place by ``edit``."""
    with open(src, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    header, body = rows[0], rows[1:]
    edit(header, body)
    dst = tmp / (name or src.name)
    with open(dst, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows([header] + body)
    return dst


def set_cell(column: str, value: str, row: int = 0):
    def edit(header, body):
        body[row][header.index(column)] = value
    return edit


def gpkg_select(src: Path, layer: str, tmp: Path, replace: dict, name: str) -> Path:
    """A one-layer GeoPackage copy of ``layer`` whose columns in ``replace`` are SQL expressions."""
    from osgeo import gdal, ogr

    dataset = ogr.Open(str(src))
    definition = dataset.GetLayerByName(layer).GetLayerDefn()
    columns = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    dataset = None
    select = ", ".join(f"{replace[c]} AS {c}" if c in replace else c for c in columns)
    dst = tmp / name
    gdal.VectorTranslate(str(dst), str(src), format="GPKG", SQLStatement=f"SELECT geom, {select} FROM {layer}",
                         SQLDialect="SQLITE", layerName=layer)
    return dst


def gpkg_query(src: Path, sql: str, tmp: Path, name: str, layer: str) -> str:
    """A one-layer GeoPackage made by an SQL query (SQLite dialect) on ``src``; returns ``path|layername=…``."""
    from osgeo import gdal

    dst = tmp / name
    gdal.VectorTranslate(str(dst), str(src), format="GPKG", SQLStatement=sql, SQLDialect="SQLITE", layerName=layer)
    return f"{dst}|layername={layer}"


def raster_without_crs(src: Path, tmp: Path) -> Path:
    """A VRT of ``src`` with its CRS removed."""
    import re as _re

    from osgeo import gdal

    dst = tmp / (src.stem + "_sans_scr.vrt")
    gdal.Translate(str(dst), str(src), format="VRT")
    text = _re.sub(r"<SRS[^>]*>.*?</SRS>", "", dst.read_text(encoding="utf-8"), flags=_re.S)
    dst.write_text(text, encoding="utf-8")
    return dst


TVB = DEMO / "tvb"
TVB_LANDCOVER = TVB / "occupation_sol_call_20m_GENERE.tif"
TVB_FRICTION = TVB / "friction_biodispersal_call.csv"
TVB_OBSTACLES = TVB / "obstacles_call_GENERE.gpkg"
ZAE = DEMO / "zae"
ZAE_ZONES = ZAE / "zones_zae_GENERE.gpkg"
ZAE_PARCELS = ZAE / "cadastre-62-parcelles_GENERE.json"
ZAE_OWNERS = ZAE / "parcelles_personnes_morales_62_GENERE.csv"
ZAE_ESTABLISHMENTS = ZAE / "StockEtablissement_GENERE.csv"
ZAE_BUILDINGS = ZAE / "batiment_GENERE.gpkg"
ZAE_STAGE = ZAE / "stade_amenagement_GENERE.csv"
OCSGE = DEMO / "ocsge"
OCSGE_STOCK_2018 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2018-01-01"
OCSGE_STOCK_2021 = OCSGE / "OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D062_2021-01-01"
OCSGE_DIFF = OCSGE / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D062_2025-09-16"
OCSGE_COMMUNES = f"{OCSGE / 'communes_ca_lens_lievin.gpkg'}|layername=communes"


def raster_warped(src: Path, tmp: Path, crs: str) -> Path:
    """A GeoTIFF copy of ``src`` reprojected to ``crs`` (e.g. a geographic CRS the algorithm refuses)."""
    from osgeo import gdal

    dst = tmp / (src.stem + "_" + crs.replace(":", "") + ".tif")
    gdal.Warp(str(dst), str(src), dstSRS=crs)
    return dst


def vector_translate(src: str, tmp: Path, name: str, layer: str, **options) -> str:
    """A one-layer GeoPackage copy of ``src`` (GDAL VectorTranslate options: dstSRS, where, SQLStatement…)."""
    from osgeo import gdal

    dst = tmp / name
    gdal.VectorTranslate(str(dst), src.split("|")[0], format="GPKG", layerName=layer,
                         layers=[src.split("layername=")[1]] if "layername=" in src else None, **options)
    return f"{dst}|layername={layer}"
