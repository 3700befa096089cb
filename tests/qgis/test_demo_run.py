"""README command 1's demo (scripts/demo.py), run as a user runs it: it succeeds and prints no GDAL error or
warning line, the Lizmap publishing step included (a user takes "ERROR 1" for a failure), and no Python
warning either (Python 3.13, QGIS 3.40's, reports every SQLite connection left to the garbage collector), and it
leaves no temporary file behind (its own QGIS profile included)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GDAL_LINE = re.compile(r"^(ERROR|FATAL|Warning) \d+:", re.MULTILINE)
PYTHON_WARNING = re.compile(r"^(\S+:\d+: )?\w*Warning: ", re.MULTILINE)


@pytest.mark.slow
def test_the_demo_prints_no_gdal_error_line(tmp_path):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(temporary))
    for inherited in ("QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH", "QGIS_OPTS"):
        env.pop(inherited, None)  # pytest-qgis sets these; the demo starts a QGIS of its own
    completed = subprocess.run(["/usr/bin/python3", "-u", str(ROOT / "scripts" / "demo.py"), str(out)],
                               env=env, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, (completed.stdout[-2000:], completed.stderr[-3000:])
    output = completed.stdout + completed.stderr
    assert "… aula:lizmap_publish" in completed.stdout and "Lizmap     :" in completed.stdout, completed.stdout
    assert GDAL_LINE.findall(output) == [], [line for line in output.splitlines() if GDAL_LINE.match(line)]
    assert PYTHON_WARNING.findall(output) == [], [line for line in output.splitlines() if PYTHON_WARNING.match(line)]
    published = out / "depot_lizmap" / "aula_demo_artois.qgs"
    assert published.is_file() and (out / "aula_demo.qgs").is_file()
    for project in (out / "aula_demo.qgs", published):  # layer names whole, not cut at a style name's 30 characters
        names = re.findall(r'<layer-tree-layer [^>]*name="([^"]*)"', project.read_text(encoding="utf-8"))
        assert "Taux de vacance des ZAE par zone" in names and not [n for n in names if "~" in n], names
    qgis_own = ("qt_temp", "oauth2-cache", "runtime-")  # a bare QgsApplication start leaves these
    assert [p.name for p in temporary.iterdir() if not p.name.startswith(qgis_own)] == []
