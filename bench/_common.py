"""Shared by the benchmarks: QGIS + Processing + the ``aula`` provider, best-of timing, one result line each.

A result is a dict ``{name, size, ours_s, baseline, baseline_s, ratio, aim, aim_ratio, met, peak_mib}``
with ``ratio = ours_s / baseline_s`` (below 1: we are faster) and ``aim_ratio`` the largest ratio that meets
the aim (None: informative line, no aim). Each benchmark script, run with ``--json``, prints its results as
one JSON line last, so ``bench/run.py`` can run it in its own process (peak memory per benchmark).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Callable, List, Optional

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo_data"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
RESULT_TAG = "BENCH_RESULTS "


def import_core():
    """The plugin package, imported from the repository without putting its root on ``sys.path``
    (our ``processing/`` would shadow QGIS's)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from plugin_package import register
    finally:
        sys.path.pop(0)
    return register()


_APP = None
_PROVIDER = None


def qgis_processing():
    """QGIS initialised headless, QGIS's Processing framework and our provider registered; returns
    the ``processing`` module (``processing.run`` as a user's script calls it)."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        _APP = QgsApplication([], False)
        _APP.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    import_core()
    from aula_toolkit_plugin.processing.provider import PROVIDER_ID, AulaProvider

    global _PROVIDER
    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        _PROVIDER = AulaProvider()
        if not registry.addProvider(_PROVIDER):
            raise RuntimeError("the aula provider could not be registered")
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    import processing

    return processing


def run_alg(algorithm_id: str, parameters: dict) -> dict:
    """``processing.run`` with a fresh context and feedback, as a user's script does."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())


def best_of(function: Callable[[], object], repeat: int = 3, before: Optional[Callable[[], object]] = None) -> float:
    """Best wall time of ``repeat`` runs (``before`` runs untimed before each, e.g. to remove outputs)."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_mib() -> float:
    """Peak resident memory of this process so far (MiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def result(name: str, size: str, ours_s: float, baseline: str, baseline_s: float, aim: str = "",
           aim_ratio: Optional[float] = None, peak: Optional[float] = None, note: str = "") -> dict:
    ratio = ours_s / baseline_s if baseline_s else float("inf")
    met = None if aim_ratio is None else bool(ratio <= aim_ratio)
    line = {"name": name, "size": size, "ours_s": ours_s, "baseline": baseline, "baseline_s": baseline_s,
            "ratio": ratio, "aim": aim, "aim_ratio": aim_ratio, "met": met, "peak_mib": peak, "note": note}
    verdict = "" if met is None else ("  MET" if met else "  MISSED")
    print(f"[{name}] {size}: ours {ours_s:.3f} s | {baseline}: {baseline_s:.3f} s | ours/baseline "
          f"{ratio:.2f}" + (f" (aim {aim})" if aim else "") + verdict
          + (f" | peak {peak:.0f} MiB" if peak else "") + (f" | {note}" if note else ""), flush=True)
    return line


def report(name: str, size: str, ours_s: float, baseline: str, baseline_s: float, aim: str = "") -> dict:
    """Older single-line form (kept for benchmarks not yet converted)."""
    return result(name, size, ours_s, baseline, baseline_s, aim)


def emit(results: List[dict]) -> None:
    print(RESULT_TAG + json.dumps(results), flush=True)
