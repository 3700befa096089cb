"""Robustness of ``aula:tvb_continuity`` that the robustness table cannot express: cancel at every long stage
(announced by ``pushInfo``, on a large synthetic raster) stops within a second and is never a success.

Bad inputs, outputs over inputs, a full run leaving the inputs byte-identical and cancel on the demo data are
rows of the table: tests/robustness/cases_tvb.py."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "tvb"


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

