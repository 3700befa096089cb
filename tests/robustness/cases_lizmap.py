"""Robustness rows of ``aula:lizmap_publish`` for the generic classes (its own races and locks are tested in
tests/qgis/test_lizmap_publish.py)."""

from __future__ import annotations

from .data import ADMIN, copy
from .table import ERROR, OK, Case

ALG = "aula:lizmap_publish"


def publish(tmp, name, layer_file):
    depot = tmp / "depot"
    depot.mkdir(exist_ok=True)
    layer = copy(ADMIN, depot, layer_file)
    return {"LAYERS": [f"{layer}|layername=epci"], "TITLE": "Test", "PROJECT_NAME": name, "TARGET": 0,
            "FOLDER": str(depot), "VERIFY": False}


def _published(results, tmp):
    assert (tmp / "depot" / "carte.qgs").exists() and (tmp / "depot" / "carte.gpkg").exists()


CASES = [
    Case("layer-is-published-gpkg", ALG, "output-over-input", lambda tmp: publish(tmp, "carte", "carte.gpkg"),
         ERROR, fr=["FOLDER (carte.gpkg)", "LAYERS", "détruirait"], en=["FOLDER (carte.gpkg)", "LAYERS", "destroy"]),
    Case("layer-beside-published-project", ALG, "output-over-input",
         lambda tmp: publish(tmp, "carte", "mes_donnees.gpkg"), OK, check=_published),
]
