"""Robustness of ``aula:tvb_continuity``: cancel at every long stage stops within a second and is never a success;
bad inputs are refused with a French + English message naming the parameter; no output may overwrite an input and
the inputs are byte-identical after every run."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "tvb"


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture()
def inputs(tmp_path):
    """Copies of the demo inputs (the tests may try to overwrite them)."""
    out = {}
    for name in ("occupation_sol_call_20m_GENERE.tif", "friction_biodispersal_call.csv", "obstacles_call_GENERE.gpkg"):
        shutil.copy(DEMO / name, tmp_path / name)
        out[name.split("_")[0]] = tmp_path / name
    return out


def params(inputs, tmp_path, **extra):
    base = {"LANDCOVER": str(inputs["occupation"]), "FRICTION": str(inputs["friction"]), "SUBTRAME": "boisee",
            "HABITAT": "5", "MIN_AREA": 1, "DISTANCE": 10000,
            "BARRIERS": str(inputs["obstacles"]) + "|layername=obstacles", "BARRIER_ID_FIELD": "id_obst",
            "PATCHES": str(tmp_path / "p.gpkg"), "PATHS": str(tmp_path / "c.gpkg")}
    base.update(extra)
    return base


def write_raster(path: Path, values: np.ndarray, epsg: int = 2154, res: float = 10.0):
    from osgeo import gdal, osr

    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Byte)
    x0, y0 = (650000.0, 7050000.0) if epsg == 2154 else (2.7, 50.45)
    ds.SetGeoTransform((x0, res, 0, y0, 0, -res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return path


class CancelAt(QgsProcessingFeedback):
    """Cancels when the given stage is announced; records when."""

    def __init__(self, stage: str):
        super().__init__()
        self.stage = stage
        self.cancelled_at = None

    def pushInfo(self, text):  # noqa: N802
        super().pushInfo(text)
        if self.cancelled_at is None and text.startswith(self.stage):
            self.cancelled_at = time.perf_counter()
            self.cancel()


@pytest.mark.parametrize("stage", ["Accumulated costs", "Graph metrics", "Corridors", "Réservoirs"])
def test_cancel_stops_within_a_second_and_is_never_a_success(aula_provider, tmp_path, stage):
    import processing

    rng = np.random.default_rng(5)
    from scipy import ndimage

    noise = ndimage.gaussian_filter(rng.standard_normal((1500, 1500)), 4)
    lc = np.digitize(noise, np.quantile(noise, [0.5, 0.85])).astype(np.uint8) + 3  # 3 crops, 4 meadow, 5 wood
    raster = write_raster(tmp_path / "big.tif", lc)
    feedback = CancelAt(stage)
    with pytest.raises(QgsProcessingException) as err:
        processing.run("aula:tvb_continuity", {
            "LANDCOVER": str(raster), "FRICTION": str(DEMO / "friction_biodispersal_call.csv"), "SUBTRAME": "boisee",
            "HABITAT": "5", "MIN_AREA": 1, "DISTANCE": 1000, "PATCHES": str(tmp_path / "p.gpkg"),
            "PATHS": str(tmp_path / "c.gpkg"), "CORRIDORS": str(tmp_path / "c.tif")}, feedback=feedback)
    elapsed = time.perf_counter() - feedback.cancelled_at
    assert feedback.cancelled_at is not None, f"stage {stage} never announced"
    assert elapsed < 1.0, f"cancel at {stage} took {elapsed:.2f} s"
    assert "annulé" in str(err.value).lower() or "cancel" in str(err.value).lower()


BAD = [
    ("friction_no_code", dict(), "code"),
    ("missing_class", dict(), "sans coefficient"),
    ("habitat_absent", dict(HABITAT="42"), "HABITAT"),
    ("no_habitat", dict(HABITAT=""), "HABITAT"),
    ("probability_zero", dict(PROBABILITY=0.0), "PROBABILITY"),
    ("unknown_subtrame", dict(SUBTRAME="humide"), "humide"),
    ("no_friction", dict(FRICTION=None), "FRICTION"),
    ("geographic_crs", dict(), "LANDCOVER"),
    ("bad_transparency", dict(BARRIER_TRANSPARENCY_FIELD="transpar"), "BARRIERS"),
    ("landscape_too_small", dict(LANDSCAPE_AREA=1.0), "LANDSCAPE_AREA"),
    ("vector_without_field", dict(), "LANDCOVER_FIELD"),
]


@pytest.mark.parametrize("case,extra,word", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_are_named_in_french_and_english(aula_provider, inputs, tmp_path, case, extra, word):
    import processing

    p = params(inputs, tmp_path, **extra)
    if case == "friction_no_code":
        bad = tmp_path / "bad.csv"
        bad.write_text("classe;boisee\n1;3\n", encoding="utf-8")
        p["FRICTION"] = str(bad)
    elif case == "missing_class":
        bad = tmp_path / "short.csv"
        bad.write_text("class_descr;class;code;boisee\nBois;bois;5;1\n", encoding="utf-8")
        p["FRICTION"] = str(bad)
    elif case == "geographic_crs":
        p["LANDCOVER"] = str(write_raster(tmp_path / "wgs84.tif", np.full((20, 20), 5, np.uint8), 4326, 0.0002))
    elif case == "bad_transparency":
        from osgeo import ogr

        ds = ogr.Open(str(inputs["obstacles"]), 1)
        ds.ExecuteSQL("UPDATE obstacles SET transpar = 2 WHERE id_obst = 'A21'")
        ds = None
    elif case == "vector_without_field":
        p["LANDCOVER"] = str(inputs["obstacles"]) + "|layername=obstacles"
    if p.get("FRICTION") is None:
        p.pop("FRICTION")
    with pytest.raises(QgsProcessingException) as err:
        processing.run("aula:tvb_continuity", p)
    text = str(err.value)
    assert word.lower() in text.lower()
    assert "interne" not in text and "Traceback" not in text
    french, _, english = text.partition("\n")
    assert french and english, text  # French first, then English


@pytest.mark.parametrize("key,target", [("PATCHES", "obstacles"), ("COST_SURFACE", "occupation"),
                                        ("FRICTION_EXPORT", "friction"), ("REPORT", "friction"),
                                        ("CORRIDORS", "occupation")])
def test_no_output_may_overwrite_an_input(aula_provider, inputs, tmp_path, key, target):
    import processing

    before = {k: digest(v) for k, v in inputs.items()}
    with pytest.raises(QgsProcessingException) as err:
        processing.run("aula:tvb_continuity", params(inputs, tmp_path, **{key: str(inputs[target])}))
    text = str(err.value)  # the shared output guard (processing/guards.py) answers first
    assert key in text and "détruirait vos données" in text and "would destroy your data" in text
    assert {k: digest(v) for k, v in inputs.items()} == before


def test_inputs_are_byte_identical_after_a_full_run(aula_provider, inputs, tmp_path):
    import processing

    before = {k: digest(v) for k, v in inputs.items()}
    results = processing.run("aula:tvb_continuity", params(
        inputs, tmp_path, CONFLICTS=str(tmp_path / "x.gpkg"), FRICTION_EXPORT=str(tmp_path / "f.csv"),
        CONEFOR=str(tmp_path / "conefor"), REPORT=str(tmp_path / "r.html")))
    assert results["N_PATCHES"] > 0
    assert {k: digest(v) for k, v in inputs.items()} == before
