"""Recognise toolkit results by their public field names: group, tooltip, locate field and chart.

Field names are public API of each algorithm (``aula_toolkit/zan/counters.py``,
``aula_toolkit/friches/fields.py``), so they identify a result even after it was saved elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from .cfg import ChartDescription

FRICHES_USES = ("residentiel", "equipements", "culture", "tertiaire", "industrie", "renaturation",
                "photovoltaique")


@dataclass
class Recipe:
    """How a recognised result is published."""

    kind: str  # zan_counters, zan_trajectory, friches, other
    group: str  # French group title in the web map (one group per algorithm)
    tooltip_fields: List[str] = field(default_factory=list)
    locate_field: str = ""
    charts: List[ChartDescription] = field(default_factory=list)


def recognise(field_names: Sequence[str], layer_title: str = "") -> Recipe:
    """The publication recipe of a layer, from its field names."""
    names = set(field_names)
    if {"territoire_id", "annee", "conso_cumul_ha", "objectif_cumul_ha"} <= names:
        return Recipe(
            "zan_trajectory", "ZAN – consommation d'espaces",
            charts=[ChartDescription(
                type="bar", title="Trajectoire ZAN : consommation cumulée depuis 2021 et objectif",
                x_field="annee", y_fields=("conso_cumul_ha", "objectif_cumul_ha"), aggregation="sum",
                colors=("#C0392B", "#2471A3"),
                description="Somme sur les territoires affichés (filtrer la table pour un territoire).",
            )],
        )
    if {"territoire_id", "territoire_nom", "statut"} <= names:
        tooltip = [f for f in ("territoire_nom", "statut_libelle", "utilisation_pct") if f in names]
        return Recipe("zan_counters", "ZAN – consommation d'espaces", tooltip_fields=tooltip,
                      locate_field="territoire_nom")
    index_fields = [f"idx_{use}" for use in FRICHES_USES if f"idx_{use}" in names]
    if "best_use" in names or len(index_fields) >= 2:
        charts = []
        x_field = _first(names, ("site_id", "site_nom", "nom")) or "best_use"
        if index_fields:
            charts.append(ChartDescription(
                type="bar", title="Friches : indice de mutabilité par usage", x_field=x_field,
                y_fields=tuple(index_fields), aggregation="" if x_field != "best_use" else "avg",
                description="Indice de mutabilité de chaque friche affichée, une barre par usage.",
            ))
        if "best_use" in names:
            charts.append(ChartDescription(
                type="pie", title="Friches : usage recommandé", x_field="best_use",
                y_fields=("best_use",), aggregation="count",
            ))
        tooltip = [f for f in ("site_id", "site_nom", "nom", "best_use", "best_index") if f in names]
        return Recipe("friches", "Friches – mutabilité", tooltip_fields=tooltip, charts=charts)
    locate = _first(names, ("nom", "nom_commune", "libelle", "name"))
    return Recipe("other", "Données de référence", tooltip_fields=[locate] if locate else [],
                  locate_field=locate or "")


def _first(names, candidates) -> Optional[str]:
    return next((c for c in candidates if c in names), None)
