"""The zip built by the project installs into a fresh profile and loads in the real QGIS desktop (Xvfb)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "artifacts"
pytestmark = pytest.mark.desktop


def build_zip(out: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_plugin.py"), "--out", str(out)], check=True)
    return out / "aula_toolkit_plugin.zip"


@pytest.fixture(scope="module")
def xvfb_display():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: run scripts/install.sh (apt-get install xvfb)")
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    yield display
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def desktop_session(tmp_path_factory, xvfb_display):
    work = tmp_path_factory.mktemp("desktop")
    archive = build_zip(work / "dist")
    profile = work / "profiles" / "default"
    plugins_dir = profile / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(plugins_dir)
    startup_home = work / "xdg" / "QGIS" / "QGIS3"  # QGIS runs <data home>/QGIS/QGIS3/startup.py first
    startup_home.mkdir(parents=True)
    shutil.copy(HERE / "startup.py", startup_home / "startup.py")
    settings = profile / "QGIS" / "QGIS3.ini"
    settings.parent.mkdir(parents=True)
    config = configparser.ConfigParser()
    config.optionxform = str
    config["PythonPlugins"] = {"aula_toolkit_plugin": "true"}
    config["qgis"] = {"checkVersion": "false", "showTips322": "false"}
    with settings.open("w") as handle:
        config.write(handle)
    ARTIFACTS.mkdir(exist_ok=True)
    publish_dir = work / "lizmap_repository"
    publish_dir.mkdir()
    env = dict(os.environ, DISPLAY=xvfb_display, AULA_RESULT=str(work / "result.json"),
               AULA_SCREENSHOT=str(ARTIFACTS / "desktop_lizmap_panel.png"), QT_QPA_PLATFORM="xcb",
               AULA_DEMO_LAYER=str(ROOT / "demo_data" / "admin" / "artois_admin_2026.gpkg") + "|layername=epci",
               AULA_PUBLISH_DIR=str(publish_dir),
               XDG_DATA_HOME=str(work / "xdg"))
    for inherited in ("QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis sets these
        env.pop(inherited, None)
    completed = subprocess.run(
        ["/usr/bin/qgis", "--profiles-path", str(work), "--profile", "default", "--nologo",
         "--noversioncheck", "--code", str(HERE / "qgis_session.py")],
        env=env, capture_output=True, text=True, timeout=240)
    result_file = work / "result.json"
    assert result_file.exists(), f"QGIS did not run the session script:\n{completed.stderr[-3000:]}"
    session = json.loads(result_file.read_text())
    session["stderr"] = completed.stderr
    return session


def test_plugin_loads_from_the_zip_in_real_qgis(desktop_session):
    assert desktop_session["loaded"], desktop_session
    assert desktop_session["instance"] == "AulaToolkitPlugin"


def test_every_algorithm_is_registered_then_removed_on_unload(desktop_session):
    for expected in ("aula:zan_counters", "aula:friches_mutability", "aula:lizmap_publish"):
        assert expected in desktop_session["algorithms"], desktop_session["algorithms"]
    assert desktop_session["unloaded"]
    assert desktop_session["provider_after_unload"] is False
    assert desktop_session["dock_after_unload"] is False
    assert desktop_session["action_after_unload"] is False


def test_lizmap_panel_opens_from_its_action_and_publishes_the_ticked_layer(desktop_session):
    assert "panel_error" not in desktop_session, desktop_session.get("panel_error")
    assert desktop_session["dock_visible"] and desktop_session["dock_layers"] == 1
    assert desktop_session["publish_error"] is None, desktop_session["publish_error"]
    assert set(desktop_session["published"]) - {"epci_artois_attachments.zip"} == {
        "epci_artois.gpkg", "epci_artois.qgs", "epci_artois.qgs.cfg"}  # attachments: QGIS >= 3.26
    assert (ARTIFACTS / "desktop_lizmap_panel.png").stat().st_size > 10_000


def test_no_error_or_warning_from_the_plugin_in_the_log(desktop_session):
    assert any(m["tag"] == "AULA probe" for m in desktop_session["log"]), "the log recorder must be live"
    assert "Traceback" not in desktop_session["stderr"], desktop_session["stderr"][-3000:]
    ours = [m for m in desktop_session["log"]
            if m["level"] >= 1 and ("aula" in m["message"].lower() or m["tag"] in ("Python error", "Python warning",
                                                                                   "AULA Toolkit"))]
    assert ours == [], ours
