"""Robustness rows of ``aula:lizmap_publish`` for the generic classes (its own races and locks are tested in
tests/qgis/test_lizmap_publish.py)."""

from __future__ import annotations

from .data import ADMIN, copy
from .table import OK, Case

ALG = "aula:lizmap_publish"


def publish(tmp, name, layer_file):
    depot = tmp / "depot"
    depot.mkdir(exist_ok=True)
    layer = copy(ADMIN, depot, layer_file)
    return {"LAYERS": [f"{layer}|layername=epci"], "TITLE": "Test", "PROJECT_NAME": name, "TARGET": 0,
            "FOLDER": str(depot), "VERIFY": False}


def _published(results, tmp):
    """The map is published with its data under a versioned name (carte.<token>.gpkg), so a user's file of
    the repository, even one named like the project, is never replaced (the table checks it byte for byte)."""
    depot = tmp / "depot"
    assert (depot / "carte.qgs").exists()
    assert [p for p in depot.glob("carte.*.gpkg") if p.name != "carte.gpkg"]


CASES = [
    Case("layer-is-named-like-the-published-gpkg", ALG, "output-over-input",
         lambda tmp: publish(tmp, "carte", "carte.gpkg"), OK, check=_published),
    Case("layer-beside-published-project", ALG, "output-over-input",
         lambda tmp: publish(tmp, "carte", "mes_donnees.gpkg"), OK, check=_published),
]
