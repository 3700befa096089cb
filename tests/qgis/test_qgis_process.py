"""Every algorithm runs through ``qgis_process run … --json`` on the demo data, from the built zip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's qgis_process wrapper passes an option it rejects


def demo_runs(out_dir: Path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import demo
    finally:
        sys.path.pop(0)
    return demo.demo_parameters(out_dir)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("qgis_process")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--out", str(work)], check=True)
    plugins = work / "plugins"
    with zipfile.ZipFile(work / "aula_toolkit_plugin.zip") as archive:
        archive.extractall(plugins)
    env = dict(os.environ, HOME=str(work / "home"), XDG_DATA_HOME=str(work / "home" / "data"),
               QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen")
    for inherited in ("QGIS_OPTS", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis sets these
        env.pop(inherited, None)
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "aula_toolkit_plugin"], env=env,
                             capture_output=True, text=True, timeout=180)
    assert enabled.returncode == 0, enabled.stderr
    return work, env


def test_provider_is_listed_by_qgis_process(installed):
    work, env = installed
    listed = subprocess.run([QGIS_PROCESS, "--json", "list"], env=env, capture_output=True, text=True, timeout=180)
    providers = json.loads(listed.stdout)["providers"]
    assert "aula" in providers
    assert "aula:zan_counters" in providers["aula"]["algorithms"]


@pytest.mark.parametrize("algorithm_id", list(demo_runs(Path("/tmp"))))  # in demo order: publishing comes last
def test_algorithm_runs_with_qgis_process_json(installed, algorithm_id):
    work, env = installed
    out = work / "demo"
    out.mkdir(exist_ok=True)
    parameters = demo_runs(out)[algorithm_id]
    if "FOLDER" in parameters:
        Path(parameters["FOLDER"]).mkdir(exist_ok=True)
    args = [QGIS_PROCESS, "--json", "run", algorithm_id, "--"]
    for key, value in parameters.items():
        args += [f"{key}={item}" for item in value] if isinstance(value, list) else [f"{key}={value}"]
    completed = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-3000:]
    report = json.loads(completed.stdout)
    assert report["algorithm_details"]["id"] == algorithm_id
    for key, value in report["results"].items():
        if isinstance(value, str) and value.startswith(str(out)):
            assert Path(value.split("|")[0]).exists(), f"{key}: {value}"
