"""Runs every row of the robustness table (cases_*.py) under the French and the English translator."""

from __future__ import annotations

import hashlib
import importlib
import re
import threading
import time
from pathlib import Path

import pytest

from aula_robustness.table import CANCEL_DELAY_S, CANCEL_EN, CANCEL_FR, ERROR, INTERNAL_ERROR, OK, WARNING, DEMO

HERE = Path(__file__).resolve().parent
CASES = []
for module_path in sorted(HERE.glob("cases_*.py")):
    CASES += importlib.import_module(f"aula_robustness.{module_path.stem}").CASES
assert len({(c.algorithm, c.id) for c in CASES}) == len(CASES), "case ids must be unique per algorithm"
LOCALES = ("fr", "en")


def _files_in(value) -> list:
    """Existing files named by a parameter value (path, path|layername=…, ogr:dbname='…')."""
    text = str(value)
    match = re.match(r"^ogr:dbname='([^']*)'", text)
    candidate = Path(match.group(1) if match else text.split("|")[0])
    try:
        return [candidate] if candidate.is_file() else []
    except OSError:
        return []


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _output_files(algorithm, parameters) -> list:
    files = []
    for definition in algorithm.destinationParameterDefinitions():
        value = parameters.get(definition.name())
        if isinstance(value, str) and value and value != "TEMPORARY_OUTPUT":
            files.append(Path(value.split("|")[0]))
    return files


@pytest.fixture(params=LOCALES)
def locale(request, qgis_app):
    from qgis.core import QgsSettings

    from aula_toolkit_plugin.toolbelt.i18n import install_translator, remove_translator

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", request.param)
    install_translator(request.param)
    yield request.param
    remove_translator()
    settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
    settings.setValue("locale/userLocale", saved[1] or "")


@pytest.mark.parametrize("case", CASES, ids=[f"{c.algorithm.split(':')[-1]}-{c.kind}-{c.id}" for c in CASES])
def test_case(case, locale, aula_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

    algorithm = aula_processing.algorithmById(case.algorithm)
    if algorithm is None:
        pytest.skip(f"{case.algorithm} is not registered in this branch (printed reason: algorithm absent)")
    parameters = case.parameters(tmp_path)
    inputs = {p for v in parameters.values() for p in _files_in(v)} | {Path(p) for p in case.inputs}
    inputs |= set(DEMO.rglob("*.gpkg")) | set(DEMO.rglob("*.csv")) | set(DEMO.rglob("*.tif"))
    outputs = set(_output_files(algorithm, parameters))
    before = {p: _digest(p) for p in inputs if p.is_file() and p not in outputs}
    preexisting_outputs = {p for p in outputs if p.exists()}

    cancelled_at = {}

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.progress_calls = [], 0

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

        def setProgress(self, value):  # noqa: N802
            self.progress_calls += 1
            if case.cancel_at_progress is not None and self.progress_calls >= case.cancel_at_progress \
                    and not self.isCanceled():
                cancelled_at.setdefault("t", time.monotonic())
                self.cancel()
            super().setProgress(value)

    feedback = Feedback()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    timer = None
    if case.cancel_after is not None:
        def cancel():
            cancelled_at["t"] = time.monotonic()
            feedback.cancel()
        timer = threading.Timer(case.cancel_after, cancel)
        timer.start()
    error, results = None, None
    try:
        results = processing.run(case.algorithm, parameters, context=context, feedback=feedback)
    except QgsProcessingException as exc:
        error = str(exc.args[0]) if exc.args else str(exc)
    finally:
        ended = time.monotonic()
        if timer is not None:
            timer.cancel()

    if case.outcome == ERROR:
        assert error is not None, f"{case.id}: expected an error, the run succeeded ({results})"
        for fragment in (*case.fr, *case.en):
            assert fragment in error, f"{case.id}: {fragment!r} not in the message:\n{error}"
        assert not any(w in error for w in INTERNAL_ERROR), f"{case.id}: reached the internal-error wrapper"
    else:
        assert error is None, f"{case.id}: expected success, got:\n{error}"
        if case.outcome == WARNING:
            joined = "\n".join(feedback.warnings)
            for fragment in (*case.fr, *case.en):
                assert fragment in joined, f"{case.id}: {fragment!r} not in the warnings:\n{joined}"
    if case.cancel_after is not None or case.cancel_at_progress is not None:
        assert "t" in cancelled_at, f"{case.id}: the run ended before the cancel (make it cancel earlier)"
        assert CANCEL_FR in error and CANCEL_EN in error
        delay = ended - cancelled_at["t"]
        print(f"{case.id}: stopped {delay:.3f} s after the cancel")
        assert delay < CANCEL_DELAY_S, f"{case.id}: stopped {delay:.2f} s after the cancel"
        for path in outputs - preexisting_outputs:
            assert not path.exists(), f"{case.id}: partial output left: {path}"
    for path, digest in before.items():
        assert path.is_file() and _digest(path) == digest, f"{case.id}: input changed: {path}"
    if case.check is not None:
        case.check(results or {}, tmp_path)
