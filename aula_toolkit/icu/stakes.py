"""3 × 3 stake matrices: heat hazard level × sensitivity level → stake level.

No national standard exists (icu.md §5.1); the convention is explicit and every number is a parameter.
Documented defaults:

* **Heat hazard level** from the Gi* bin (``HEAT_BINS = 1, 3``): 1 = no significant hot spot (bin ≤ 0,
  cold spots included), 2 = hot spot at 90 or 95 % (bin ≥ 1), 3 = hot spot at 99 % (bin ≥ 3).
* **Population sensitivity** from the density in inhabitants/km² (``DENSITY_THRESHOLDS = 300, 1500``,
  the cell thresholds of the Eurostat/INSEE degree of urbanisation: ≥ 300 urban cluster, ≥ 1 500 dense
  urban centre): 1 = < 300, 2 = 300–1 500, 3 = ≥ 1 500. One 200 m Filosofi cell = 0.04 km².
* **ERP sensitivity** (``ERP_THRESHOLDS = 1, 3``): 1 = no sensitive establishment, 2 = at least 1,
  3 = at least 3, or at least one highly sensitive establishment (crèche, maternelle, EHPAD, health).
* **Matrix** (``STAKE_MATRIX = 1,1,1;1,2,3;2,3,4``, rows = heat 1→3, columns = sensitivity 1→3):

  =============  =========  =========  =========
  heat \\ sens    1 faible   2 moyenne  3 forte
  =============  =========  =========  =========
  1 (no hot)     1          1          1
  2 (90–95 %)    1          2          3
  3 (99 %)       2          3          4
  =============  =========  =========  =========

  Stake levels: 1 faible, 2 modéré, 3 fort, 4 très fort. ``stake_code`` = 10 × heat + sensitivity
  (11 … 33), the cell of the matrix, for the bivariate style.
"""

from __future__ import annotations

import math
import re
from typing import Tuple

import numpy as np

from ..errors import AulaInputError
from ..numbers import parse_number

DEFAULT_HEAT_BINS = (1, 3)
DEFAULT_DENSITY_THRESHOLDS = (300.0, 1500.0)
DEFAULT_ERP_THRESHOLDS = (1, 3)
DEFAULT_MATRIX = ((1, 1, 1), (1, 2, 3), (2, 3, 4))
STAKE_LABELS = {1: ("Faible", "Low"), 2: ("Modéré", "Moderate"), 3: ("Fort", "High"), 4: ("Très fort", "Very high"),
                5: ("Majeur", "Major")}
HEAT_LEVEL_LABELS = {1: ("pas de surchauffe significative", "no significant overheating"),
                     2: ("surchauffe (point chaud 90–95 %)", "overheating (hot spot 90–95 %)"),
                     3: ("forte surchauffe (point chaud 99 %)", "strong overheating (hot spot 99 %)")}
DENSITY_LEVEL_LABELS = {1: ("densité faible", "low density"), 2: ("densité moyenne", "medium density"),
                        3: ("densité forte", "high density")}
ERP_LEVEL_LABELS = {1: ("aucun ERP sensible", "no sensitive ERP"), 2: ("ERP sensible(s)", "sensitive ERP"),
                    3: ("ERP très sensible(s) ou nombreux", "highly sensitive or many ERP")}


def parse_pair(text, name: str, cast=float) -> Tuple:
    """``"300, 1500"`` → (300.0, 1500.0), increasing."""
    if isinstance(text, (tuple, list)):
        values = list(text)
    else:
        values = [v for v in re.split(r"[\s,;]+", str(text).strip()) if v]
    numbers = [parse_number(v) for v in values]
    if all(v is not None and math.isfinite(v) for v in numbers):
        values = [cast(v) for v in numbers]
    else:
        values = []
    if len(values) != 2 or not values[0] <= values[1]:
        raise AulaInputError(fr=f"{name} : deux seuils croissants attendus (ex. « 300, 1500 »), reçu « {text} ».",
                             en=f"{name}: two increasing thresholds expected (e.g. '300, 1500'), got '{text}'.")
    return tuple(values)


def parse_matrix(text, name: str = "STAKE_MATRIX") -> Tuple[Tuple[int, ...], ...]:
    """``"1,1,1;1,2,3;2,3,4"`` → 3 rows (heat 1→3) of 3 stake levels (sensitivity 1→3), levels 1…5."""
    if isinstance(text, (tuple, list)):
        rows = [list(r) for r in text]
    else:
        rows = [[v for v in re.split(r"[\s,]+", r.strip()) if v] for r in str(text).strip().split(";")]
    try:
        m = tuple(tuple(int(v) for v in r) for r in rows)
    except (TypeError, ValueError, OverflowError):
        m = ()
    if len(m) != 3 or any(len(r) != 3 for r in m) or any(not 1 <= v <= 5 for r in m for v in r):
        raise AulaInputError(
            fr=f"{name} : 3 lignes de 3 niveaux de 1 à 5 séparées par « ; » attendues (ex. « 1,1,1;1,2,3;2,3,4 »), reçu « {text} ».",
            en=f"{name}: 3 rows of 3 levels from 1 to 5 separated by ';' expected (e.g. '1,1,1;1,2,3;2,3,4'), got '{text}'.",
        )
    return m


def heat_level(bins, heat_bins=DEFAULT_HEAT_BINS) -> np.ndarray:
    b = np.asarray(bins)
    return (1 + (b >= heat_bins[0]).astype(np.int64) + (b >= heat_bins[1]).astype(np.int64)).astype(np.int64)


def density_level(density, thresholds=DEFAULT_DENSITY_THRESHOLDS) -> np.ndarray:
    d = np.nan_to_num(np.asarray(density, dtype=np.float64))
    return (1 + (d >= thresholds[0]).astype(np.int64) + (d >= thresholds[1]).astype(np.int64)).astype(np.int64)


def erp_level(n_sensitive, n_high, thresholds=DEFAULT_ERP_THRESHOLDS) -> np.ndarray:
    n = np.asarray(n_sensitive)
    lvl = 1 + (n >= thresholds[0]).astype(np.int64)
    lvl[(n >= thresholds[1]) | (np.asarray(n_high) > 0)] = 3
    return lvl.astype(np.int64)


def stakes(heat, sens, matrix=DEFAULT_MATRIX, lang: str = "fr"):
    """``(stake_code, stake_level, stake_label)`` arrays."""
    m = np.asarray(matrix, dtype=np.int64)
    heat = np.asarray(heat, dtype=np.int64)
    sens = np.asarray(sens, dtype=np.int64)
    level = m[heat - 1, sens - 1]
    i = 0 if lang == "fr" else 1
    lo, hi = min(STAKE_LABELS), max(STAKE_LABELS)  # levels 1…5, every one labelled
    if level.size and (level.min() < lo or level.max() > hi):
        raise KeyError(f"stake level outside {lo}…{hi}")
    labels = np.array([STAKE_LABELS[k][i] for k in range(lo, hi + 1)], dtype=object)[level - lo]
    return 10 * heat + sens, level, labels


def cell_label(heat: int, sens: int, sens_labels, lang: str = "fr") -> str:
    i = 0 if lang == "fr" else 1
    return f"{HEAT_LEVEL_LABELS[heat][i]} × {sens_labels[sens][i]}"


def matrix_counts(heat, sens, weights=None) -> np.ndarray:
    """3 × 3 totals (rows heat 1→3, columns sensitivity 1→3) of ``weights`` (default: unit counts)."""
    w = np.ones(np.size(heat)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=np.float64))
    out = np.zeros((3, 3))
    np.add.at(out, (np.asarray(heat) - 1, np.asarray(sens) - 1), w)
    return out
