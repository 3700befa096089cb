"""Robustness rows of ``aula:icu_hotspots``."""

from __future__ import annotations

from .data import COLLEGES, ICU, ICU_COMMUNES, LST, POPULATION, copy, gpkg_query, gpkg_sql, raster_without_crs
from .table import CANCEL_EN, CANCEL_FR, ERROR, OK, WARNING, Case

ALG = "aula:icu_hotspots"
COMMUNES_GPKG = ICU / "communes_lens_henin.gpkg"
TEMPERATURE_SQL = ("SELECT geom, insee_com, replace(CAST(round(20 + (fid % 7) * 0.7 + (fid % 3), 1) AS TEXT), "
                   "'.', ',') AS temp_txt FROM communes")


def base(tmp, **extra):
    params = {"TEMPERATURE": str(LST), "DISTANCE": 400, "HOTSPOTS": str(tmp / "points_chauds.gpkg"),
              "REPORT": str(tmp / "rapport.html")}
    params.update(extra)
    return params


def with_units(tmp, **extra):
    return base(tmp, **{"UNITS": ICU_COMMUNES, "UNITS_ID_FIELD": "insee_com", "DISTANCE": 0, **extra})


def _text_temperature(tmp, sql=TEMPERATURE_SQL):
    return with_units(tmp, TEMPERATURE=gpkg_query(COMMUNES_GPKG, sql, tmp, "temperature_texte.gpkg", "temperature"),
                      TEMPERATURE_FIELD="temp_txt")


def _units(tmp, *statements):
    return f"{gpkg_sql(COMMUNES_GPKG, tmp, list(statements), 'unites.gpkg')}|layername=communes"


def _temperature_values_known(results, tmp):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(results["HOTSPOTS"], "h", "ogr")
    temperatures = [f["t_mean"] for f in layer.getFeatures()]
    assert layer.featureCount() == 50 and all(t is not None and 19 < t < 27 for t in temperatures), temperatures[:5]


CASES = [
    Case("summary-is-areas-layer", ALG, "output-over-input",
         lambda tmp: base(tmp, SUMMARY_AREAS=f"{copy(COMMUNES_GPKG, tmp)}|layername=communes",
                          SUMMARY_ID_FIELD="insee_com",
                          SUMMARY=f"ogr:dbname='{tmp / COMMUNES_GPKG.name}' table=\"communes\""),
         ERROR, fr=["SUMMARY", "SUMMARY_AREAS", "détruirait"], en=["SUMMARY", "SUMMARY_AREAS", "destroy"]),
    Case("summary-is-areas-gpkg", ALG, "output-over-input",
         lambda tmp: base(tmp, SUMMARY_AREAS=f"{copy(COMMUNES_GPKG, tmp)}|layername=communes",
                          SUMMARY_ID_FIELD="insee_com", SUMMARY=str(tmp / COMMUNES_GPKG.name)),
         ERROR, fr=["SUMMARY", "SUMMARY_AREAS"], en=["SUMMARY", "SUMMARY_AREAS", "destroy"]),
    Case("hotspots-is-temperature-raster", ALG, "output-over-input",
         lambda tmp: base(tmp, TEMPERATURE=str(copy(LST, tmp)), HOTSPOTS=str(tmp / LST.name)),
         ERROR, fr=["HOTSPOTS", "TEMPERATURE"], en=["HOTSPOTS", "TEMPERATURE", "destroy"]),
    Case("report-is-population", ALG, "output-over-input",
         lambda tmp: base(tmp, POPULATION=str(copy(POPULATION, tmp)), REPORT=str(tmp / POPULATION.name)),
         ERROR, fr=["REPORT", "POPULATION"], en=["REPORT", "POPULATION"]),
    Case("two-outputs-one-gpkg", ALG, "output-gpkg-layers",
         lambda tmp: base(tmp, POPULATION=str(POPULATION), HOTSPOTS=str(tmp / "icu.gpkg"),
                          STAKES_POPULATION=str(tmp / "icu.gpkg")), OK,
         check=lambda results, tmp: _layers_are(tmp / "icu.gpkg", {"hotspots", "stakes_population"})),
    Case("raster-without-crs", ALG, "crs", lambda tmp: base(tmp, TEMPERATURE=str(raster_without_crs(LST, tmp))),
         ERROR, fr=["TEMPERATURE", "pas de SCR"], en=["TEMPERATURE", "no valid CRS"]),
    Case("points-without-crs", ALG, "crs",
         lambda tmp: base(tmp, ERP=f"{gpkg_sql(COLLEGES, tmp, ['UPDATE gpkg_geometry_columns SET srs_id = -1'])}"
                                   "|layername=colleges"),
         ERROR, fr=["ERP", "pas de SCR"], en=["ERP", "no valid CRS"]),
    Case("temperature-text-decimal-comma", ALG, "text-number", _text_temperature, OK,
         check=_temperature_values_known),
    Case("temperature-text-unreadable", ALG, "text-number",
         lambda tmp: _text_temperature(tmp, TEMPERATURE_SQL.replace("AS temp_txt", "AS temp_txt0").replace(
             "insee_com,", "insee_com, CASE WHEN fid = 3 THEN 'chaud' ELSE '21,5' END AS temp_txt,")),
         ERROR, fr=["temp_txt", "'chaud'"], en=["temp_txt", "unreadable"]),
    Case("population-without-age-fields", ALG, "missing-field",
         lambda tmp: base(tmp, POPULATION=gpkg_query(POPULATION, "SELECT geom, Idcar_200m, Ind FROM filosofi_200m_GENERE",
                                                     tmp, "population_sans_ages.gpkg", "population"),
                          STAKES_POPULATION=str(tmp / "enjeux.gpkg")),
         WARNING, fr=["champs d'âge absents"], en=["age fields missing"]),
    Case("population-text-numbers", ALG, "text-number",
         lambda tmp: base(tmp, POPULATION=gpkg_query(
             POPULATION, "SELECT geom, Idcar_200m, replace(CAST(Ind AS TEXT), '.', ',') AS Ind, Ind_0_3, Ind_65_79, "
             "Ind_80p FROM filosofi_200m_GENERE", tmp, "population_texte.gpkg", "population"),
             STAKES_POPULATION=str(tmp / "enjeux.gpkg")), OK),
    Case("units-null-geometry", ALG, "geometry",
         lambda tmp: with_units(tmp, UNITS=_units(tmp, "UPDATE communes SET geom = NULL WHERE insee_com = '62498'")),
         WARNING, fr=["sans géométrie", "62498"], en=["without geometry", "62498"]),
    Case("units-duplicated-id", ALG, "duplicate-key",
         lambda tmp: with_units(tmp, UNITS=_units(tmp, "UPDATE communes SET insee_com = '62498' WHERE fid = 1")),
         ERROR, fr=["en double", "62498"], en=["duplicated", "62498"]),
    Case("units-null-id", ALG, "null-id",
         lambda tmp: with_units(tmp, UNITS=_units(tmp, "UPDATE communes SET insee_com = NULL WHERE fid = 1")),
         ERROR, fr=["sans identifiant", "insee_com"], en=["without an id", "insee_com"]),
    Case("units-id-field-missing", ALG, "missing-field",
         lambda tmp: with_units(tmp, UNITS_ID_FIELD="code_absent"),
         ERROR, fr=["UNITS_ID_FIELD", "code_absent"], en=["UNITS_ID_FIELD", "not found"]),
    Case("cell-size-nan", ALG, "parameter", lambda tmp: base(tmp, CELL_SIZE=float("nan")),
         ERROR, fr=["CELL_SIZE", "≥ 1"], en=["CELL_SIZE", "≥ 1"]),
    Case("permutations-negative", ALG, "parameter", lambda tmp: base(tmp, PERMUTATIONS=-5),
         ERROR, fr=["PERMUTATIONS", "entre 0 et 99999"], en=["PERMUTATIONS", "between 0 and 99999"]),
    # Cancelled once the result layer is written into the user's GeoPackage: the layer is dropped, the file's
    # own layers stay.
    Case("cancel-after-writing-into-existing-gpkg", ALG, "cancel",
         lambda tmp: base(tmp, HOTSPOTS=str(copy(COMMUNES_GPKG, tmp, "mes_couches.gpkg"))), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=5,
         check=lambda results, tmp: _layers_exactly(tmp / "mes_couches.gpkg", {"communes", "epci"})),
    Case("density-threshold-inf", ALG, "non-finite", lambda tmp: base(tmp, DENSITY_THRESHOLDS="300, inf"),
         ERROR, fr=["DENSITY_THRESHOLDS", "deux seuils croissants"], en=["DENSITY_THRESHOLDS", "two increasing"]),
    Case("heat-bins-inf", ALG, "non-finite", lambda tmp: base(tmp, HEAT_BINS="1, inf"),
         ERROR, fr=["HEAT_BINS", "deux seuils croissants"], en=["HEAT_BINS", "two increasing"]),
    Case("cancel-timer", ALG, "cancel", lambda tmp: base(tmp, PERMUTATIONS=499), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_after=1.0),
    Case("cancel-before-analysis", ALG, "cancel", lambda tmp: base(tmp, PERMUTATIONS=499), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=3),
    Case("cancel-during-writing", ALG, "cancel",
         lambda tmp: base(tmp, POPULATION=str(POPULATION), STAKES_POPULATION=str(tmp / "enjeux.gpkg")), ERROR,
         fr=[CANCEL_FR], en=[CANCEL_EN], cancel_at_progress=4),
]


def _layers_exactly(path, expected):
    """The user's GeoPackage keeps its own layers, and the half-written result layer is gone."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())} - {"layer_styles"}
    assert names == expected, names


def _layers_are(path, expected):
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    names = {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())}
    assert expected <= names, names
