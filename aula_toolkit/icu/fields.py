"""Output fields of ``aula:icu_hotspots`` — public API, declared once here, never renamed.

Names are lowercase and at most 10 characters (a Shapefile export keeps them); each field has a French
and an English alias. The Processing glue turns them into ``QgsFields`` with
``processing.io.fields_from_specs``. Documented in ``docs/icu.md``.
"""

from __future__ import annotations

from typing import Tuple

from ..fields import INTEGER, REAL, TEXT, FieldSpec

# --- shared ---------------------------------------------------------------------------------------
UNIT_ID = FieldSpec("unit_id", TEXT, "Identifiant de l'unité", "Unit identifier")
GI_BIN = FieldSpec("gi_bin", INTEGER, "Classe de confiance Gi* (−3 à +3)", "Gi* confidence bin (−3 to +3)",
                   "+3/+2/+1 : point chaud à 99/95/90 % de confiance ; −1/−2/−3 : point froid ; 0 : non significatif",
                   "+3/+2/+1: hot spot at 99/95/90 % confidence; −1/−2/−3: cold spot; 0: not significant")
HEAT_LABEL = FieldSpec("heat_label", TEXT, "Classe de chaleur", "Heat class")

# --- HOTSPOTS (one row per unit) ------------------------------------------------------------------
T_MEAN = FieldSpec("t_mean", REAL, "Température de surface moyenne (°C)", "Mean surface temperature (°C)")
T_STD = FieldSpec("t_std", REAL, "Écart-type de la température (°C)", "Temperature standard deviation (°C)")
N_OBS = FieldSpec("n_obs", INTEGER, "Nombre de pixels ou de mesures", "Number of pixels or measurements")
N_NEIGH = FieldSpec("n_neigh", INTEGER, "Nombre de voisins (hors l'unité)", "Number of neighbours (unit excluded)")
GI_Z = FieldSpec("gi_z", REAL, "Gi* (score z)", "Gi* (z-score)",
                 "Écart du voisinage à une répartition au hasard des températures, en écarts-types",
                 "How far the neighbourhood is from a random spread of temperatures, in standard deviations")
GI_P = FieldSpec("gi_p", REAL, "p bilatérale analytique", "Two-sided analytical p-value",
                 "Probabilité d'un score au moins aussi extrême par hasard (loi normale)",
                 "Probability of a score at least as extreme by chance (normal law)")
GI_P_SIM = FieldSpec("gi_p_sim", REAL, "Pseudo-p par permutations", "Permutation pseudo p-value")

HOTSPOT_FIELDS: Tuple[FieldSpec, ...] = (
    UNIT_ID, T_MEAN, T_STD, N_OBS, N_NEIGH, GI_Z, GI_P, GI_P_SIM, GI_BIN, HEAT_LABEL,
)

# --- STAKES_POPULATION / STAKES_ERP (one row per unit) ------------------------------------------
HEAT_LEVEL = FieldSpec("heat_lvl", INTEGER, "Niveau d'aléa chaleur (1 à 3)", "Heat hazard level (1 to 3)",
                       "1 : pas de point chaud, 2 : point chaud à 90–95 %, 3 : point chaud à 99 %",
                       "1: no hot spot, 2: 90–95 % hot spot, 3: 99 % hot spot")
POP = FieldSpec("pop", REAL, "Population", "Population",
                "Habitants de l'unité (carreaux Filosofi répartis au prorata de la surface)",
                "Inhabitants of the unit (Filosofi squares shared by area)")
POP_LT4 = FieldSpec("pop_lt4", REAL, "Population de moins de 4 ans", "Population under 4")
POP_65P = FieldSpec("pop_65p", REAL, "Population de 65 ans ou plus", "Population aged 65 or over")
DENSITY = FieldSpec("density", REAL, "Densité (hab./km²)", "Density (inhabitants/km²)",
                    "Population de l'unité divisée par sa surface", "Population of the unit over its area")
SENS_LEVEL = FieldSpec("sens_lvl", INTEGER, "Niveau de sensibilité (1 à 3)", "Sensitivity level (1 to 3)")
STAKE_CODE = FieldSpec("stake_code", INTEGER, "Case de la matrice (aléa × sensibilité, 11 à 33)",
                       "Matrix cell (hazard × sensitivity, 11 to 33)",
                       "Dizaine = niveau d'aléa chaleur (1 à 3), unité = niveau de sensibilité (1 à 3)",
                       "Tens = heat hazard level (1 to 3), units = sensitivity level (1 to 3)")
STAKE_LEVEL = FieldSpec("stake_lvl", INTEGER, "Niveau d'enjeu", "Stake level")
STAKE_LABEL = FieldSpec("stake_lbl", TEXT, "Enjeu", "Stake")
ERP_N = FieldSpec("erp_n", INTEGER, "Établissements sensibles", "Sensitive establishments")
ERP_N3 = FieldSpec("erp_n3", INTEGER, "Établissements très sensibles", "Highly sensitive establishments")
ERP_KINDS = FieldSpec("erp_kinds", TEXT, "Types d'établissements", "Establishment types")

STAKES_POPULATION_FIELDS: Tuple[FieldSpec, ...] = (
    UNIT_ID, GI_BIN, HEAT_LEVEL, POP, POP_LT4, POP_65P, DENSITY, SENS_LEVEL, STAKE_CODE, STAKE_LEVEL, STAKE_LABEL,
)
STAKES_ERP_FIELDS: Tuple[FieldSpec, ...] = (
    UNIT_ID, GI_BIN, HEAT_LEVEL, ERP_N, ERP_N3, ERP_KINDS, SENS_LEVEL, STAKE_CODE, STAKE_LEVEL, STAKE_LABEL,
)

# --- SUMMARY (one row per commune / EPCI) --------------------------------------------------------
TERR_ID = FieldSpec("terr_id", TEXT, "Code du territoire", "Territory code")
TERR_NAME = FieldSpec("terr_name", TEXT, "Nom du territoire", "Territory name")
AREA_KM2 = FieldSpec("area_km2", REAL, "Surface analysée (km²)", "Area analysed (km²)")
HOT_KM2 = FieldSpec("hot_km2", REAL, "Surface en point chaud significatif (km²)", "Area in significant hot spots (km²)")
HOT_PCT = FieldSpec("hot_pct", REAL, "Part de la surface en point chaud (%)", "Share of area in hot spots (%)")
COLD_KM2 = FieldSpec("cold_km2", REAL, "Surface en point froid significatif (km²)", "Area in significant cold spots (km²)")
POP_HOT = FieldSpec("pop_hot", REAL, "Population en point chaud", "Population in hot spots")
POP_HOT_PCT = FieldSpec("pop_hotpct", REAL, "Part de la population en point chaud (%)", "Share of population in hot spots (%)")
LT4_HOT = FieldSpec("lt4_hot", REAL, "Moins de 4 ans en point chaud", "Under-4s in hot spots")
P65_HOT = FieldSpec("p65_hot", REAL, "65 ans ou plus en point chaud", "Aged 65 or over in hot spots")
ERP_HOT = FieldSpec("erp_hot", INTEGER, "Établissements sensibles en point chaud", "Sensitive establishments in hot spots")
T_AREA = FieldSpec("t_mean", REAL, "Température moyenne des unités (°C)", "Mean temperature of the units (°C)")

SUMMARY_FIELDS: Tuple[FieldSpec, ...] = (
    TERR_ID, TERR_NAME, AREA_KM2, T_AREA, HOT_KM2, HOT_PCT, COLD_KM2, POP, POP_HOT, POP_HOT_PCT, LT4_HOT, P65_HOT,
    ERP_N, ERP_HOT,
)
