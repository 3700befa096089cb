"""The daily observatory update as cron runs it: ``publier_observatoire.sh`` → ``qgis_process run`` of the
model ``observatoire_zan_quotidien.model3`` (``aula:zan_counters`` then ``aula:lizmap_publish``), with the
plugin installed from its zip; exit code and log."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from aula_toolkit_plugin.tests.qgis.test_qgis_process import installed  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "lizmap_daily" / "publier_observatoire.sh"
DEMO = ROOT / "demo_data"


def run_daily(env, depot: Path, log: Path, **extra):
    env = dict(env, AULA_CONSO=str(DEMO / "zan" / "conso_enaf_artois_2009_2023_GENERE.csv"),
               AULA_COMMUNES=f"{DEMO / 'admin' / 'artois_admin_2026.gpkg'}|layername=communes",
               AULA_DEPOT=str(depot), AULA_LOG=str(log), **extra)
    return subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_daily_update_from_cron_publishes_then_updates_and_logs(installed, tmp_path):  # noqa: F811
    _work, env = installed
    depot = tmp_path / "depot"
    depot.mkdir()
    log = tmp_path / "logs" / "observatoire.log"

    first = run_daily(env, depot, log)
    assert first.returncode == 0, log.read_text(encoding="utf-8")[-3000:] if log.exists() else first.stderr
    cfg = json.loads((depot / "observatoire_zan.qgs.cfg").read_text(encoding="utf-8"))
    assert {"Compteurs ZAN – EPCI", "Trajectoire ZAN"} & set(cfg["layers"]) or len(cfg["layers"]) >= 3
    # the administrator changes an option in Lizmap's plugin between two runs
    cfg["options"]["popupLocation"] = "right-dock"
    (depot / "observatoire_zan.qgs.cfg").write_text(json.dumps(cfg, ensure_ascii=False), encoding="utf-8")

    second = run_daily(env, depot, log)
    assert second.returncode == 0
    merged = json.loads((depot / "observatoire_zan.qgs.cfg").read_text(encoding="utf-8"))
    assert merged["options"]["popupLocation"] == "right-dock"  # kept
    assert (depot / "observatoire_zan.qgs.bak").is_file()
    text = log.read_text(encoding="utf-8")
    assert text.count("publié / published (rc=0)") == 2
    assert "Administrator settings kept" in text or "Réglages de l'administrateur" in text or "kept" in text
    data = [p.name for p in depot.iterdir() if p.suffix == ".gpkg"]
    assert all(re.fullmatch(r"observatoire_zan\.[0-9a-f]{12}\.gpkg", n) for n in data) and len(data) <= 2

    # a failing day: non-zero exit code, the reason in the log, the published map unchanged
    before = (depot / "observatoire_zan.qgs").read_bytes()
    failed = run_daily(env, tmp_path / "depot_absent", log)
    assert failed.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "ÉCHEC / FAILED" in text and ("introuvable" in text or "not found" in text)
    assert (depot / "observatoire_zan.qgs").read_bytes() == before
    assert os.access(SCRIPT, os.X_OK)
