"""Public names of the friches mutability outputs (``aula:friches_mutability``).

Field names are public API (a QGIS layer, a style and users' expressions depend on them): short,
lowercase, French, defined once here and documented in ``docs/friches.md``; never renamed.
"""

from __future__ import annotations

from typing import Sequence, Tuple

from ..fields import INTEGER, REAL, TEXT, FieldSpec

SITE_ID = "site_id"
LIST_SEPARATOR = "|"
"""Separator of multi-valued text fields (``exclus``, ``inconnus``), as in the CNIG standard."""

INDEX_PREFIX = "ind_"
RANK_PREFIX = "rang_"
USAGE_1 = "usage_1"
INDICE_1 = "indice_1"
USAGE_2 = "usage_2"
INDICE_2 = "indice_2"
POTENTIEL = "potentiel"
FIABILITE = "fiabilite"
FIABILITE_NIVEAU = "fiab_niveau"
EXCLUS = "exclus"
INCONNUS = "inconnus"
NB_CONNUS = "nb_connus"
NB_CRITERES = "nb_criteres"
GRILLE = "grille"
GRILLE_VERSION = "grille_version"
STABILITE = "stabilite"

# DETAILS (site × use × criterion)
D_USAGE = "usage"
D_CRITERE = "critere"
D_VALEUR = "valeur"
D_CODE = "code"
D_SCORE = "score"
D_POIDS = "poids"
D_POINTS = "points"
D_COTE = "cote"

SIDE_ADVANTAGE = "avantage"
SIDE_CONSTRAINT = "contrainte"
SIDE_NEUTRAL = "neutre"
SIDE_UNKNOWN = "inconnu"
SIDE_UNSCORED = "non-note"


def index_field(use: str) -> str:
    """Index field of a use: ``ind_residentiel``."""
    return INDEX_PREFIX + use


def rank_field(use: str) -> str:
    """Rank field of a use: ``rang_residentiel``."""
    return RANK_PREFIX + use


def score_fields(uses: Sequence[Tuple[str, str, str]], with_stability: bool = False) -> Tuple[FieldSpec, ...]:
    """OUTPUT fields for the uses of a grid, given as (id, French label, English label)."""
    specs = [FieldSpec(SITE_ID, TEXT, "Identifiant du site", "Site id",
                       "Identifiant du site dans la couche d'entrée", "Site id in the input layer")]
    for use, fr, en in uses:
        specs.append(FieldSpec(index_field(use), REAL, f"Indice de mutabilité {fr} (%)", f"Mutability index {en} (%)",
                               f"Atouts / (atouts + contraintes) du site pour l'usage {fr}, de 0 à 100",
                               f"Advantages / (advantages + constraints) of the site for the use {en}, 0 to 100"))
    for use, fr, en in uses:
        specs.append(FieldSpec(rank_field(use), INTEGER, f"Rang {fr}", f"Rank {en}",
                               f"Rang de l'usage {fr} pour ce site (1 = le plus adapté ; usages exclus derniers)",
                               f"Rank of the use {en} for this site (1 = best; excluded uses last)"))
    specs += [
        FieldSpec(USAGE_1, TEXT, "Usage le plus adapté", "Best use",
                  "Identifiant de l'usage au meilleur indice (residentiel, equipements, culture, tertiaire, industrie, "
                  "renaturation, photovoltaique) ; vide si aucun critère n'est renseigné",
                  "Id of the use with the best index; empty when no criterion is known"),
        FieldSpec(INDICE_1, REAL, "Indice de l'usage le plus adapté (%)", "Index of the best use (%)"),
        FieldSpec(USAGE_2, TEXT, "Deuxième usage", "Second use"),
        FieldSpec(INDICE_2, REAL, "Indice du deuxième usage (%)", "Index of the second use (%)"),
        FieldSpec(POTENTIEL, TEXT, "Potentiel de l'usage le plus adapté", "Potential of the best use",
                  "Classe de l'indice de l'usage le plus adapté (Excellent ≥ 70, Très bon ≥ 60, Bon ≥ 50, Moyen ≥ 40, "
                  "Faible)", "Class of the best use's index (Excellent ≥ 70, Very good ≥ 60, Good ≥ 50, Fair ≥ 40, Low)"),
        FieldSpec(FIABILITE, REAL, "Fiabilité (0 à 10)", "Reliability (0 to 10)",
                  "Part du poids des critères renseignés, sur 10 par pas de 0,5",
                  "Share of the weight of the known criteria, out of 10 by steps of 0.5"),
        FieldSpec(FIABILITE_NIVEAU, TEXT, "Niveau de fiabilité", "Reliability level"),
        FieldSpec(EXCLUS, TEXT, "Usages exclus", "Excluded uses",
                  "Usages exclus par une règle de la grille, séparés par |", "Uses excluded by a grid rule, separated by |"),
        FieldSpec(INCONNUS, TEXT, "Critères non renseignés", "Unknown criteria",
                  "Identifiants des critères sans valeur pour ce site, séparés par | (ils baissent la fiabilité)",
                  "Ids of the criteria with no value for this site, separated by | (they lower the reliability)"),
        FieldSpec(NB_CONNUS, INTEGER, "Nombre de critères renseignés", "Number of known criteria"),
        FieldSpec(NB_CRITERES, INTEGER, "Nombre de critères de la grille", "Number of criteria in the grid"),
        FieldSpec(GRILLE, TEXT, "Grille de notation", "Scoring grid"),
        FieldSpec(GRILLE_VERSION, TEXT, "Version de la grille", "Grid version"),
    ]
    if with_stability:
        specs.append(FieldSpec(STABILITE, REAL, "Stabilité de l'usage le plus adapté (% des tirages)",
                               "Best-use stability (% of draws)",
                               "Part des tirages de poids perturbés où l'usage le plus adapté reste premier",
                               "Share of the perturbed-weight draws in which the best use stays first"))
    return tuple(specs)


DETAIL_FIELDS = (
    FieldSpec(SITE_ID, TEXT, "Identifiant du site", "Site id"),
    FieldSpec(D_USAGE, TEXT, "Usage", "Use"),
    FieldSpec(D_CRITERE, TEXT, "Critère", "Criterion"),
    FieldSpec(D_VALEUR, TEXT, "Valeur du site", "Site value"),
    FieldSpec(D_CODE, TEXT, "Code de la grille (TP, P, N, NEG, TN)", "Grid score code"),
    FieldSpec(D_SCORE, REAL, "Score du code", "Code score"),
    FieldSpec(D_POIDS, REAL, "Poids du critère", "Criterion weight"),
    FieldSpec(D_POINTS, REAL, "Points (score × poids)", "Points (score × weight)",
              "Contribution du critère à l'indice de l'usage : positive = atout, négative = contrainte",
              "Contribution of the criterion to the use's index: positive = advantage, negative = constraint"),
    FieldSpec(D_COTE, TEXT, "Côté (avantage, contrainte, neutre, inconnu, non-note)",
              "Side (advantage, constraint, neutral, unknown, unscored)"),
)
"""DETAILS fields: one row per site × use × criterion."""
