"""Recognise toolkit results by their public field names: group, tooltip, locate field and chart.

Field names are public API of each algorithm (``aula_toolkit/zan/counters.py``,
``aula_toolkit/friches/fields.py``), so they identify a result even after it was saved elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from ..friches import fields as F
from .cfg import COMMUNE_FIELDS, EPCI_FIELDS, ChartDescription, FormFilter

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
    form_filters: List[FormFilter] = field(default_factory=list)


def territory_filters(field_names: Sequence[str]) -> List[FormFilter]:
    """Filter-form fields by EPCI and by commune, when the layer has such fields."""
    names = set(field_names)
    filters = []
    epci = _first(names, EPCI_FIELDS)
    if epci:
        filters.append(FormFilter(epci, "EPCI"))
    commune = _first(names, COMMUNE_FIELDS)
    if commune:
        filters.append(FormFilter(commune, "Commune"))
    return filters


def recognise(field_names: Sequence[str], layer_title: str = "") -> Recipe:
    """The publication recipe of a layer, from its field names (with its filters by EPCI and commune)."""
    recipe = _recognise(field_names, layer_title)
    names = set(field_names)
    filters = territory_filters(field_names)
    if recipe.kind in ("zan_counters", "zan_trajectory") and "territoire_nom" in names:
        filters.insert(0, FormFilter("territoire_nom", "Territoire"))
    recipe.form_filters = filters
    return recipe


def _recognise(field_names: Sequence[str], layer_title: str = "") -> Recipe:
    names = set(field_names)
    if {"territoire_id", "annee", "conso_cumul_ha", "objectif_cumul_ha"} <= names:
        return Recipe(
            "zan_trajectory", "ZAN – consommation d'espaces",
            charts=[ChartDescription(
                type="bar", title="Trajectoire ZAN : consommation cumulée depuis 2021 et objectif",
                x_field="annee", y_fields=("conso_cumul_ha", "objectif_cumul_ha"), aggregation="sum",
                colors=("#C0392B", "#2471A3"),
                description="Somme sur les territoires affichés (filtrer la table pour un territoire).",
            ), ChartDescription(
                type="scatter", title="Trajectoire ZAN : courbes de consommation et d'objectif", x_field="annee",
                y_fields=("conso_cumul_ha", "objectif_cumul_ha"), aggregation="sum", colors=("#C0392B", "#2471A3"),
                description="Consommation cumulée et trajectoire de réduction ; le filtre par territoire s'applique.",
            )],
        )
    if {"territoire_id", "territoire_nom", "statut"} <= names:
        tooltip = [f for f in ("territoire_nom", "statut_libelle", "utilisation_pct") if f in names]
        return Recipe("zan_counters", "ZAN – consommation d'espaces", tooltip_fields=tooltip,
                      locate_field="territoire_nom")
    index_fields = [f for use in FRICHES_USES for f in (f"idx_{use}", F.index_field(use)) if f in names]
    best = _first(names, (F.USAGE_1, "best_use"))
    if best or len(index_fields) >= 2:
        charts = []
        x_field = _first(names, (F.SITE_ID, "site_nom", "nom")) or best or ""
        if index_fields:
            charts.append(ChartDescription(
                type="bar", title="Friches : indice de mutabilité par usage", x_field=x_field,
                y_fields=tuple(index_fields), aggregation="avg",
                description="Indice de mutabilité de chaque friche affichée, une barre par usage.",
            ))
        if best:
            charts.append(ChartDescription(
                type="pie", title="Friches : usage le plus adapté (nombre de sites)", x_field=best,
                y_fields=(best,), aggregation="count",
                description="Nombre de friches par usage le plus adapté ; filtrer par EPCI pour un territoire.",
            ))
            epci = _first(names, EPCI_FIELDS)
            if epci:
                charts.append(ChartDescription(
                    type="bar", title="Friches : nombre de sites par EPCI", x_field=epci, y_fields=(best,),
                    aggregation="count", colors=("#8E44AD",),
                    description="Nombre de friches évaluées par EPCI (le filtre par usage s'applique).",
                ))
        tooltip = [f for f in (F.SITE_ID, "site_nom", "nom", best, F.INDICE_1, "best_index") if f and f in names]
        return Recipe("friches", "Friches – mutabilité", tooltip_fields=tooltip, charts=charts)
    locate = _first(names, ("nom", "nom_commune", "libelle", "name"))
    return Recipe("other", "Données de référence", tooltip_fields=[locate] if locate else [],
                  locate_field=locate or "")


def _first(names, candidates) -> Optional[str]:
    return next((c for c in candidates if c in names), None)
