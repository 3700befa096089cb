"""Robustness rows of ``aula:zan_counters``."""

from __future__ import annotations

from .data import ADMIN, COMMUNES, MEMBERSHIP_CSV, ZAN_CSV, copy, csv_edit, gpkg_sql, set_cell
from .table import CANCEL_EN, CANCEL_FR, ERROR, OK, WARNING, Case

ALG = "aula:zan_counters"
EPCI_CA_LENS = "246200364"


def base(tmp, **extra):
    params = {"CONSUMPTION": str(ZAN_CSV), "LEVEL": 1, "COMMUNES": COMMUNES,
              "OUTPUT": str(tmp / "compteurs.gpkg"), "TRAJECTORY": str(tmp / "trajectoire.gpkg"),
              "REPORT": str(tmp / "rapport.html")}
    params.update(extra)
    return params


def _with_cell(value, column="naf12art13", row=0):
    return lambda tmp: base(tmp, CONSUMPTION=str(csv_edit(ZAN_CSV, tmp, set_cell(column, value, row))))


def _objectives(tmp, rows):
    path = tmp / "objectifs.csv"
    path.write_text("code;objectif\n" + "\n".join(f"{c};{v}" for c, v in rows) + "\n", encoding="utf-8")
    return base(tmp, OBJECTIVES=str(path), OBJECTIVES_ID_FIELD="code", OBJECTIVES_VALUE_FIELD="objectif")


def _duplicated_membership(tmp):
    def edit(header, body):
        body.append(list(body[0]))
    path = csv_edit(MEMBERSHIP_CSV, tmp, edit, delimiter=",")
    return base(tmp, LEVEL=3, MEMBERSHIP=str(path), MEMBERSHIP_INSEE_FIELD="insee_com",
                MEMBERSHIP_ID_FIELD="siren_epci", MEMBERSHIP_NAME_FIELD="nom_epci")


def _kept_layers(results, tmp):
    from osgeo import ogr

    dataset = ogr.Open(str(tmp / "admin_copy.gpkg"))
    names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}
    assert {"communes", "epci", "admin_copy"} <= names, names
    assert "admin_copy" in results["OUTPUT"]


def _bowtie_commune(tmp):
    # A self-intersecting (bow-tie) ring in place of commune 62001's polygon.
    path = gpkg_sql(ADMIN, tmp, [
        "UPDATE communes SET geom = AsGPB(ST_GeomFromText('MULTIPOLYGON(((680000 7030000, 690000 7040000, "
        "690000 7030000, 680000 7040000, 680000 7030000)))', 2154)) WHERE insee_com = '62001'"],
        "admin_bowtie.gpkg")
    return base(tmp, COMMUNES=f"{path}|layername=communes")


def _epci_area_positive(results, tmp):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["OUTPUT"], "o", "ogr")
    areas = {f["territoire_id"]: f.geometry().area() for f in layer.getFeatures()}
    assert areas[EPCI_CA_LENS] > 1e8, areas[EPCI_CA_LENS]


def _null_geometry_commune(tmp):
    path = gpkg_sql(ADMIN, tmp, ["UPDATE communes SET geom = NULL WHERE insee_com = '62001'"], "admin_null.gpkg")
    return base(tmp, COMMUNES=f"{path}|layername=communes")


def _no_crs_communes(tmp):
    path = gpkg_sql(ADMIN, tmp, ["UPDATE gpkg_geometry_columns SET srs_id = 99999 WHERE table_name = 'communes'",
                                 "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                                 "organization_coordsys_id, definition) VALUES ('none', 99999, 'NONE', 99999, "
                                 "'undefined')"], "admin_nocrs.gpkg")
    return base(tmp, COMMUNES=f"{path}|layername=communes")


def _definition(path):
    """An output as the Processing dialog gives it (QgsProcessingOutputLayerDefinition), not a plain path."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    return QgsProcessingOutputLayerDefinition(str(path))


def _pene(tmp, value):
    path = tmp / "pene.csv"
    path.write_text(f"insee;surface_m2\n62001;{value}\n", encoding="utf-8")
    return base(tmp, PENE=str(path), PENE_ID_FIELD="insee", PENE_AREA_FIELD="surface_m2")


CASES = [
    Case("output-is-consumption-csv", ALG, "output-over-input",
         lambda tmp: base(tmp, CONSUMPTION=str(copy(ZAN_CSV, tmp)), OUTPUT=str(tmp / ZAN_CSV.name)),
         ERROR, fr=["OUTPUT", "CONSUMPTION", "détruirait"], en=["OUTPUT", "CONSUMPTION", "destroy"]),
    Case("report-is-consumption-csv", ALG, "output-over-input",
         lambda tmp: base(tmp, CONSUMPTION=str(copy(ZAN_CSV, tmp)), REPORT=str(tmp / ZAN_CSV.name)),
         ERROR, fr=["REPORT", "CONSUMPTION"], en=["REPORT", "CONSUMPTION", "destroy"]),
    Case("output-is-communes-gpkg", ALG, "output-over-input",
         lambda tmp: base(tmp, COMMUNES=f"{copy(ADMIN, tmp)}|layername=communes", OUTPUT=str(tmp / ADMIN.name)),
         ERROR, fr=["OUTPUT", "COMMUNES"], en=["OUTPUT", "COMMUNES", "destroy"]),
    Case("output-is-communes-layer", ALG, "output-over-input",
         lambda tmp: base(tmp, COMMUNES=f"{copy(ADMIN, tmp)}|layername=communes",
                          OUTPUT=f"ogr:dbname='{tmp / ADMIN.name}' table=\"communes\""),
         ERROR, fr=["OUTPUT", "COMMUNES", "communes"], en=["OUTPUT", "COMMUNES", "destroy"]),
    Case("trajectory-is-output", ALG, "output-over-output",
         lambda tmp: base(tmp, OUTPUT=str(tmp / "r.csv"), TRAJECTORY=str(tmp / "r.csv")),
         ERROR, fr=["OUTPUT et TRAJECTORY"], en=["OUTPUT and TRAJECTORY"]),
    Case("gpkg-keeps-other-layers", ALG, "output-gpkg-layers",
         lambda tmp: base(tmp, OUTPUT=str(copy(ADMIN, tmp, "admin_copy.gpkg"))), OK, check=_kept_layers),
    Case("output-definition-is-consumption", ALG, "output-over-input",
         lambda tmp: base(tmp, CONSUMPTION=str(copy(ZAN_CSV, tmp)), OUTPUT=_definition(tmp / ZAN_CSV.name)),
         ERROR, fr=["OUTPUT", "CONSUMPTION"], en=["OUTPUT", "CONSUMPTION", "destroy"]),
    Case("gpkg-definition-keeps-other-layers", ALG, "output-gpkg-layers",
         lambda tmp: base(tmp, OUTPUT=_definition(copy(ADMIN, tmp, "admin_copy.gpkg"))), OK, check=_kept_layers),
    Case("default-objective-nan", ALG, "non-finite", lambda tmp: base(tmp, DEFAULT_OBJECTIVE=float("nan")),
         ERROR, fr=["DEFAULT_OBJECTIVE", "entre -1000 et 100"], en=["DEFAULT_OBJECTIVE", "between -1000 and 100"]),
    Case("default-objective-inf-text", ALG, "non-finite", lambda tmp: base(tmp, DEFAULT_OBJECTIVE="inf"),
         ERROR, fr=["DEFAULT_OBJECTIVE", "entre -1000 et 100"], en=["DEFAULT_OBJECTIVE", "between -1000 and 100"]),
    Case("default-objective-above-100", ALG, "domain", lambda tmp: base(tmp, DEFAULT_OBJECTIVE=150),
         ERROR, fr=["DEFAULT_OBJECTIVE", "entre -1000 et 100"], en=["DEFAULT_OBJECTIVE", "between -1000 and 100"]),
    Case("level-out-of-range", ALG, "parameter", lambda tmp: base(tmp, LEVEL=7),
         ERROR, fr=["LEVEL", "valeurs permises", "3 = "], en=["LEVEL", "allowed values", "3 = "]),
    Case("consumption-missing", ALG, "parameter", lambda tmp: base(tmp, CONSUMPTION=None),
         ERROR, fr=["Paramètre obligatoire manquant", "CONSUMPTION"], en=["Missing mandatory parameter", "CONSUMPTION"]),
    Case("cell-inf", ALG, "non-finite", _with_cell("inf"), ERROR,
         fr=["naf12art13", "62001"], en=["naf12art13", "non-finite", "62001"]),
    Case("cell-1e308", ALG, "domain", _with_cell("1e308"), ERROR,
         fr=["naf12art13", "62001", "entre 0 et"], en=["naf12art13", "62001", "between 0 and"]),
    Case("cell-negative-surface", ALG, "domain", _with_cell("-500"), ERROR,
         fr=["naf12art13", "62001=-500"], en=["naf12art13", "62001=-500"]),
    Case("cell-decimal-comma", ALG, "text-number", _with_cell("1 234,5"), OK),
    Case("objectives-duplicated", ALG, "duplicate-key",
         lambda tmp: _objectives(tmp, [(EPCI_CA_LENS, 50), (EPCI_CA_LENS, 40)]),
         ERROR, fr=["en double", EPCI_CA_LENS], en=["duplicated", EPCI_CA_LENS]),
    Case("objectives-nan", ALG, "non-finite", lambda tmp: _objectives(tmp, [(EPCI_CA_LENS, "nan")]),
         ERROR, fr=["objectif", EPCI_CA_LENS, "entre -1000 et 100"], en=["objective", "between -1000 and 100"]),
    Case("objectives-decimal-comma", ALG, "text-number",
         lambda tmp: _objectives(tmp, [(EPCI_CA_LENS, "42,5")]), OK),
    Case("pene-text-number", ALG, "text-number", lambda tmp: _pene(tmp, "1 234,5"), OK),
    Case("pene-negative", ALG, "domain", lambda tmp: _pene(tmp, "-20"), ERROR,
         fr=["PENE", "62001", "négative"], en=["PENE", "62001", "negative"]),
    Case("membership-duplicated", ALG, "duplicate-key", _duplicated_membership,
         ERROR, fr=["en double", "62001"], en=["duplicated", "62001"]),
    Case("commune-self-intersecting", ALG, "geometry", _bowtie_commune, WARNING,
         fr=["invalide", "62001"], en=["invalid", "62001"], check=_epci_area_positive),
    Case("commune-without-geometry", ALG, "geometry", _null_geometry_commune, WARNING,
         fr=["sans géométrie", "62001"], en=["without geometry", "62001"]),
    Case("communes-without-crs", ALG, "crs", _no_crs_communes, ERROR,
         fr=["COMMUNES", "SCR"], en=["COMMUNES", "CRS"]),
    Case("cancel-after-first-progress", ALG, "cancel", lambda tmp: base(tmp), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=2),
    Case("cancel-timer", ALG, "cancel", lambda tmp: base(tmp), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=0.05),
]
