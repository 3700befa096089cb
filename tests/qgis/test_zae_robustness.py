"""aula:zae_inventory robustness the table cannot express: cancel before the start and when progress first
reaches 3, 21, 35, 50, 70 and 88 % of a large synthetic inventory (40 000 parcels) stops within a second and is
never a success.

Bad inputs (malformed parcel ids, geographic zones, PLU without business zone, unknown SIRENE state, owners without
account, stage outside the CNIG list, unreadable CSV), outputs over inputs and over the CNIG template, a full run
leaving the inputs byte-identical and cancel on the demo data are rows of tests/robustness/cases_zae.py.
"""

from __future__ import annotations

import time

import pytest

ZAE = "aula:zae_inventory"


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory):
    from aula_toolkit_plugin.aula_toolkit.zae import synthetic

    folder = tmp_path_factory.mktemp("zae_synth")
    return synthetic.write_files(folder, synthetic.generate(40, 40_000, 20_000, seed=11))


def synthetic_params(files, tmp_path):
    return {"ZONES": str(files["zones"]), "PARCELS": str(files["parcels"]), "OWNERS": str(files["owners"]),
            "ESTABLISHMENTS": str(files["establishments"]), "YEAR": 2025,
            "OUTPUT": str(tmp_path / "out.gpkg"), "UNITS": str(tmp_path / "u.gpkg"),
            "SUMMARY": str(tmp_path / "s.gpkg"), "REPORT_FOLDER": str(tmp_path / "r")}


# --- cancel ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("at", [None, 3, 21, 35, 50, 70, 88])
def test_cancel_stops_within_a_second_and_is_never_a_success(aula_provider, synthetic_files, tmp_path, at):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

    class CancelAt(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.cancelled_at = None

        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if at is not None and value >= at and self.cancelled_at is None:
                self.cancelled_at = time.perf_counter()
                self.cancel()

    feedback = CancelAt()
    if at is None:
        feedback.cancelled_at = time.perf_counter()
        feedback.cancel()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = None
    with pytest.raises(QgsProcessingException) as err:
        results = processing.run(ZAE, synthetic_params(synthetic_files, tmp_path), context=context, feedback=feedback)
    stopped = time.perf_counter()
    assert results is None
    assert feedback.cancelled_at is not None, f"progress never reached {at} %"
    assert stopped - feedback.cancelled_at < 1.0, f"cancel at {at} % took {stopped - feedback.cancelled_at:.2f} s"
    assert "annulé" in str(err.value).lower() or "cancel" in str(err.value).lower()
