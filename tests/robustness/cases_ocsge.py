"""Robustness rows of ``aula:zan_net_artificialisation`` and ``aula:ocsge_to_postgis`` (ported from
tests/qgis/test_ocsge_robustness.py and the server-free case of tests/qgis/test_ocsge_postgis.py).

Rows that need a running PostgreSQL (loading, cancel while loading, the in-database path) stay in
tests/qgis/test_ocsge_postgis.py: the table's runner has no database server."""

from __future__ import annotations

import hashlib
import shutil

from .data import (MEMBERSHIP_CSV, OCSGE, OCSGE_COMMUNES, OCSGE_DIFF, OCSGE_STOCK_2018, OCSGE_STOCK_2021, gpkg_sql,
                   vector_translate)
from .table import CANCEL_EN, CANCEL_FR, ERROR, OK, Case

NET = "aula:zan_net_artificialisation"
LOADER = "aula:ocsge_to_postgis"
GUARD = (["détruirait vos données"], ["would destroy your data"])
STOCK_2018_GPKG = OCSGE_STOCK_2018 / "artif_2018_62.gpkg"


def base(tmp, **extra):
    params = {"STOCK_BEFORE": str(OCSGE_STOCK_2018), "STOCK_AFTER": str(OCSGE_STOCK_2021),
              "DIFFERENCE": str(OCSGE_DIFF), "TERRITORIES": OCSGE_COMMUNES, "METHOD": 0,
              "OUTPUT": str(tmp / "sortie.gpkg")}
    params.update(extra)
    return {k: v for k, v in params.items() if v is not None}


def _delivery_copy(tmp):
    folder = tmp / "livraison"
    if not folder.exists():
        shutil.copytree(OCSGE_STOCK_2018, folder)
    return folder


def _delivery_intact(results, tmp):
    """The copied delivery the output was aimed at is still byte-identical to IGN's file."""
    def digest(path):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest(tmp / "livraison" / STOCK_2018_GPKG.name) == digest(STOCK_2018_GPKG)


def _output_over_stock(tmp):
    folder = _delivery_copy(tmp)
    return base(tmp, STOCK_BEFORE=str(folder), OUTPUT=str(folder / STOCK_2018_GPKG.name))


def _report_in_delivery(tmp):
    folder = _delivery_copy(tmp)
    return base(tmp, STOCK_BEFORE=str(folder), REPORT=str(folder / "rapport.html"))


def _folder_with_7z_only(tmp):
    empty = tmp / "livraison_vide"
    empty.mkdir()
    (empty / (OCSGE_STOCK_2018.name + ".7z")).write_bytes(b"7z")
    return empty


def _without_artif(tmp):
    """The 2018 stock without its ``artif`` field (as a GeoPackage of the same layer name)."""
    return vector_translate(str(STOCK_2018_GPKG), tmp, "sans_artif.gpkg", "artif_2018_62", SQLDialect="SQLITE",
                            SQLStatement="SELECT geom, id, code_cs, code_us, millesime, crit_seuil, aire "
                                         "FROM artif_2018_62").split("|")[0]


def _odd_artif(tmp):
    path = gpkg_sql(STOCK_2018_GPKG, tmp, ["UPDATE artif_2018_62 SET artif = 'peut-être' WHERE fid = 1"])
    return base(tmp, STOCK_BEFORE=str(path), OUTPUT=str(tmp / "x.gpkg"))


def _territories_renamed(tmp):
    path = gpkg_sql(OCSGE / "communes_ca_lens_lievin.gpkg", tmp,
                    ["ALTER TABLE communes RENAME COLUMN insee_com TO numero"], "communes_numero.gpkg")
    return base(tmp, TERRITORIES=f"{path}|layername=communes")


def _territories_without_crs(tmp):
    path = gpkg_sql(OCSGE / "communes_ca_lens_lievin.gpkg", tmp, [
        "UPDATE gpkg_geometry_columns SET srs_id = 99999 WHERE table_name = 'communes'",
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition) "
        "VALUES ('none', 99999, 'NONE', 99999, 'undefined')"], "communes_sans_scr.gpkg")
    return base(tmp, TERRITORIES=f"{path}|layername=communes")


def _no_ocsge_folder(tmp):
    folder = tmp / "pas_ocsge"
    folder.mkdir()
    vector_translate(OCSGE_COMMUNES, folder, "communes.gpkg", "communes")
    return {"INPUT": str(folder), "DATABASE": "connexion_inexistante", "SCHEMA": "ocsge"}


CASES = [
    # aula:zan_net_artificialisation
    Case("output-over-stock-file", NET, "output-over-input", _output_over_stock, ERROR,
         fr=["OUTPUT", "STOCK_BEFORE", *GUARD[0]], en=["OUTPUT", "STOCK_BEFORE", *GUARD[1]],
         check=_delivery_intact),
    Case("report-in-delivery-folder", NET, "output-over-input", _report_in_delivery, ERROR,
         fr=["REPORT", "STOCK_BEFORE"], en=["REPORT", "STOCK_BEFORE"], check=_delivery_intact),
    Case("output-over-territories", NET, "output-over-input",
         lambda tmp: base(tmp, TERRITORIES=f"{shutil.copyfile(OCSGE / 'communes_ca_lens_lievin.gpkg', tmp / 'c.gpkg')}"
                          "|layername=communes", OUTPUT=str(tmp / "c.gpkg")), ERROR,
         fr=["OUTPUT", "TERRITORIES", *GUARD[0]], en=["OUTPUT", "TERRITORIES", *GUARD[1]]),
    Case("changes-over-output", NET, "output-over-output",
         lambda tmp: base(tmp, OUTPUT=str(tmp / "r.csv"), CHANGES=str(tmp / "r.csv")), ERROR,
         fr=["OUTPUT", "CHANGES"], en=["OUTPUT", "CHANGES"]),
    Case("stock-folder-missing", NET, "parameter", lambda tmp: base(tmp, STOCK_BEFORE=str(tmp / "nulle_part")),
         ERROR, fr=["STOCK_BEFORE", "nulle_part"], en=["STOCK_BEFORE", "nulle_part"]),
    Case("folder-without-geopackage", NET, "parameter",
         lambda tmp: base(tmp, STOCK_BEFORE=str(_folder_with_7z_only(tmp))), ERROR,
         fr=["livraison_vide", ".7z"], en=["livraison_vide", ".7z"]),
    Case("no-stock-nor-difference", NET, "parameter",
         lambda tmp: base(tmp, STOCK_BEFORE=None, STOCK_AFTER=None, DIFFERENCE=None), ERROR,
         fr=["STOCK_BEFORE", "DIFFERENCE"], en=["STOCK_BEFORE", "DIFFERENCE"]),
    Case("single-stock-millesime", NET, "parameter", lambda tmp: base(tmp, STOCK_AFTER=None, DIFFERENCE=None),
         ERROR, fr=["STOCK_BEFORE", "STOCK_AFTER"], en=["STOCK_BEFORE", "STOCK_AFTER"]),
    Case("stock-without-artif-field", NET, "missing-field",
         lambda tmp: base(tmp, STOCK_BEFORE=_without_artif(tmp), DIFFERENCE=None), ERROR,
         fr=["sans_artif", "artif"], en=["sans_artif", "artif"]),
    Case("stock-without-artif-matrix-method", NET, "missing-field",
         lambda tmp: base(tmp, STOCK_BEFORE=_without_artif(tmp), DIFFERENCE=None, METHOD=1), OK),
    Case("artif-unexpected-value", NET, "domain", _odd_artif, ERROR,
         fr=["peut-être", "artif"], en=["peut-être", "artif"]),
    Case("territories-without-insee-field", NET, "missing-field", _territories_renamed, ERROR,
         fr=["TERRITORIES_INSEE_FIELD"], en=["TERRITORIES_INSEE_FIELD"]),
    Case("territories-without-crs", NET, "crs", _territories_without_crs, ERROR,
         fr=["TERRITORIES", "SCR"], en=["TERRITORIES", "CRS"]),
    Case("membership-without-fields", NET, "missing-field", lambda tmp: base(tmp, MEMBERSHIP=str(MEMBERSHIP_CSV)),
         ERROR, fr=["MEMBERSHIP_INSEE_FIELD", "MEMBERSHIP_ID_FIELD"], en=["MEMBERSHIP_INSEE_FIELD", "MEMBERSHIP_ID_FIELD"]),
    Case("method-out-of-range", NET, "parameter", lambda tmp: base(tmp, METHOD=7), ERROR,
         fr=["METHOD"], en=["METHOD"]),
    Case("full-run-inputs-unchanged", NET, "inputs-unchanged",
         lambda tmp: base(tmp, CHANGES=str(tmp / "changements.gpkg"), REPORT=str(tmp / "rapport.html")), OK),
    Case("cancel-at-progress", NET, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=2),
    Case("cancel-timer", NET, "cancel", base, ERROR, fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=0.05),
    # aula:ocsge_to_postgis (server-free cases)
    Case("unknown-connection", LOADER, "parameter",
         lambda tmp: {"INPUT": str(OCSGE), "DATABASE": "connexion_inexistante", "SCHEMA": "ocsge"}, ERROR,
         fr=["DATABASE", "connexion_inexistante", "introuvable"], en=["DATABASE", "connexion_inexistante", "not found"]),
    Case("input-without-ocsge-layer", LOADER, "missing-field", _no_ocsge_folder, ERROR,
         fr=["INPUT", "aucune couche OCS GE"], en=["INPUT", "no OCS GE layer"]),
    Case("input-folder-missing", LOADER, "parameter",
         lambda tmp: {"INPUT": str(tmp / "nulle_part"), "DATABASE": "connexion_inexistante", "SCHEMA": "ocsge"},
         ERROR, fr=["nulle_part", "introuvable"], en=["nulle_part", "not found"]),
]
