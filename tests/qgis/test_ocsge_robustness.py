"""Robustness of ``aula:zan_net_artificialisation`` the table cannot express: cancel within a second on a large
synthetic département (150 000 polygons), at two moments of the run.

Bad inputs, outputs over inputs, a full run leaving the inputs byte-identical and cancel on the demo data are
rows of tests/robustness/cases_ocsge.py."""

from __future__ import annotations

import threading
import time

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from aula_toolkit_plugin.aula_toolkit.zan import ocsge_synthetic

def run(parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("aula:zan_net_artificialisation", parameters, context=context,
                          feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="module")
def big_departement(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetique")
    return ocsge_synthetic.write_departement(folder, 150_000)


def _parameters(paths, tmp_path, with_difference, name):
    return {"STOCK_BEFORE": str(paths["stock_2018"].parent), "STOCK_AFTER": str(paths["stock_2021"].parent),
            "DIFFERENCE": str(paths["difference"].parent) if with_difference else None,
            "TERRITORIES": f"{paths['communes']}|layername=communes", "METHOD": 0,
            "OUTPUT": str(tmp_path / f"{name}.gpkg"), "CHANGES": str(tmp_path / f"{name}_ch.gpkg")}


@pytest.fixture(scope="module")
def full_run_seconds(aula_provider, big_departement, tmp_path_factory):
    """How long an uncancelled run takes here, with and without the difference layer: the cancels below fall at a
    share of it, early and late, whatever the machine's speed (a fixed delay fell after the end once the run got
    faster)."""
    out = {}
    for with_difference in (True, False):
        times = []
        for _ in range(2):  # the first run also warms the caches: the shorter one is the run to cancel
            start = time.perf_counter()
            run(_parameters(big_departement, tmp_path_factory.mktemp("complet"), with_difference, "complet"))
            times.append(time.perf_counter() - start)
        out[with_difference] = min(times)
    return out


@pytest.mark.parametrize("share, with_difference", [(0.25, True), (0.7, True), (0.25, False), (0.7, False)])
def test_cancel_stops_within_a_second_and_is_not_a_success(aula_provider, big_departement, full_run_seconds,
                                                           tmp_path, share, with_difference):
    """With the difference layer, and with the two stocks alone (their overlay, CHANGES from it)."""
    for attempt in range(3):  # a run faster than measured (load of the shared machine) is retried, cancelled earlier
        feedback = QgsProcessingFeedback()
        cancelled_at = []

        def cancel():
            cancelled_at.append(time.perf_counter())
            feedback.cancel()

        timer = threading.Timer(share * full_run_seconds[with_difference] / 2 ** attempt, cancel)
        timer.start()
        try:
            run(_parameters(big_departement, tmp_path, with_difference, f"annule{attempt}"), feedback)
        except QgsProcessingException:
            stopped = time.perf_counter()
            timer.cancel()
            assert cancelled_at, "failed without being cancelled"
            assert stopped - cancelled_at[0] < 1.0
            return
        ended = time.perf_counter()
        timer.cancel()
        assert not cancelled_at or ended - cancelled_at[0] < 1.0, "cancelled, yet ran on and reported a success"
    pytest.fail("the run ended before the cancel three times: make the data larger")
