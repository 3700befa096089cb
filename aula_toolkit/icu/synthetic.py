"""Generated temperature and population fields (tests, demo data, benchmarks) — seeded, numpy only.

Nothing here is measured: the demo files built from these functions are labelled ``*_GENERE*``.

* :func:`planted_discs` — a noisy field with one hot and one cold disc of known centre and radius
  (correctness tests: Gi* must find them with the right sign and extent);
* :func:`gaussian_bumps`, :func:`soft_rectangles`, :func:`distance_to_polyline`, :func:`smooth_noise` —
  the ingredients of a summer-afternoon land-surface temperature over an urban area (dense cores and
  business zones warmer, parks, woods and water cooler, bare harvested fields warm patches);
* :func:`filosofi_cells` — a Filosofi-layout 200 m population table from a density field.
"""

from __future__ import annotations

from typing import Dict, Sequence, Tuple

import numpy as np
import pandas as pd
from scipy.ndimage import gaussian_filter

from .grid import cell_ids


def planted_discs(n_rows: int = 60, n_cols: int = 60, hot=(15, 15), cold=(45, 42), radius: float = 6.0,
                  amplitude: float = 4.0, base: float = 30.0, noise: float = 1.0, seed: int = 5):
    """``(values, hot_mask, cold_mask)`` on a ``n_rows × n_cols`` grid of units: base + N(0, noise),
    + amplitude inside the hot disc, − amplitude inside the cold disc (centres in (row, col))."""
    rng = np.random.default_rng(seed)
    r, c = np.mgrid[0:n_rows, 0:n_cols]
    hot_mask = (r - hot[0]) ** 2 + (c - hot[1]) ** 2 <= radius ** 2
    cold_mask = (r - cold[0]) ** 2 + (c - cold[1]) ** 2 <= radius ** 2
    values = base + rng.normal(0.0, noise, (n_rows, n_cols)) + amplitude * hot_mask - amplitude * cold_mask
    return values, hot_mask, cold_mask


def gaussian_bumps(x, y, centres: Sequence[Tuple[float, float]], sigmas: Sequence[float],
                   amplitudes: Sequence[float]) -> np.ndarray:
    out = np.zeros(np.shape(x))
    for (cx, cy), s, a in zip(centres, sigmas, amplitudes):
        out += a * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2.0 * s * s))
    return out


def soft_rectangles(x, y, rects: Sequence[Tuple[float, float, float, float]], amplitude: float,
                    edge: float = 60.0) -> np.ndarray:
    """Sum of rectangles ``(xmin, ymin, xmax, ymax)`` with logistic edges of width ``edge`` (metres)."""
    out = np.zeros(np.shape(x))
    for x0, y0, x1, y1 in rects:
        fx = 1.0 / (1.0 + np.exp(-(x - x0) / edge)) * 1.0 / (1.0 + np.exp((x - x1) / edge))
        fy = 1.0 / (1.0 + np.exp(-(y - y0) / edge)) * 1.0 / (1.0 + np.exp((y - y1) / edge))
        out += amplitude * fx * fy
    return out


def distance_to_polyline(x, y, vertices: Sequence[Tuple[float, float]]) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d = np.full(x.shape, np.inf)
    v = np.asarray(vertices, dtype=np.float64)
    for (ax, ay), (bx, by) in zip(v[:-1], v[1:]):
        dx, dy = bx - ax, by - ay
        t = np.clip(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
        d = np.minimum(d, np.hypot(x - (ax + t * dx), y - (ay + t * dy)))
    return d


def smooth_noise(shape: Tuple[int, int], sigma_pixels: float, seed: int) -> np.ndarray:
    """Gaussian-smoothed white noise rescaled to unit standard deviation."""
    rng = np.random.default_rng(seed)
    f = gaussian_filter(rng.normal(size=shape), sigma_pixels, mode="reflect")
    return (f - f.mean()) / (f.std() or 1.0)


#: Filosofi 2017 field order (INSEE "Filosofi2017_carreaux_200m"), capitalised as in the 2017/2021 files
FILOSOFI_FIELDS = (
    "Idcar_200m", "I_est_200", "Idcar_1km", "I_est_1km", "Idcar_nat", "Groupe", "Ind", "Men", "Men_pauv",
    "Men_1ind", "Men_5ind", "Men_prop", "Men_fmp", "Ind_snv", "Men_surf", "Men_coll", "Men_mais", "Log_av45",
    "Log_45_70", "Log_70_90", "Log_ap90", "Log_inc", "Log_soc", "Ind_0_3", "Ind_4_5", "Ind_6_10", "Ind_11_17",
    "Ind_18_24", "Ind_25_39", "Ind_40_54", "Ind_55_64", "Ind_65_79", "Ind_80p", "Ind_inc", "lcog_geo",
)
#: age shares used to split Ind (close to the Hauts-de-France former mining basin profile, rounded)
AGE_SHARES: Dict[str, float] = {"Ind_0_3": 0.046, "Ind_4_5": 0.025, "Ind_6_10": 0.064, "Ind_11_17": 0.088,
                                "Ind_18_24": 0.079, "Ind_25_39": 0.180, "Ind_40_54": 0.192, "Ind_55_64": 0.126,
                                "Ind_65_79": 0.143, "Ind_80p": 0.057}


def filosofi_cells(east, north, ind, commune_codes, seed: int = 62) -> pd.DataFrame:
    """Filosofi-layout rows for 200 m cells of EPSG:3035 south-west corners ``(east, north)`` and
    inhabitants ``ind`` (floats, imputed-looking). Households ≈ Ind / 2.3; age split with noise."""
    rng = np.random.default_rng(seed)
    east = np.asarray(east, dtype=np.int64)
    north = np.asarray(north, dtype=np.int64)
    ind = np.round(np.asarray(ind, dtype=np.float64), 1)
    n = ind.size
    men = np.round(ind / rng.uniform(2.0, 2.6, n), 1)
    e1, n1 = (east // 1000) * 1000, (north // 1000) * 1000
    est = (ind < 11).astype(np.int64)  # small cells: values imputed from the natural cell
    df = pd.DataFrame({
        "Idcar_200m": cell_ids(east, north, 200, 3035),
        "I_est_200": est,
        "Idcar_1km": cell_ids(e1, n1, 1000, 3035),
        "I_est_1km": np.zeros(n, dtype=np.int64),
        "Idcar_nat": cell_ids(e1, n1, 1000, 3035),
        "Groupe": np.arange(1, n + 1, dtype=np.int64),
        "Ind": ind, "Men": men,
        "Men_pauv": np.round(men * rng.uniform(0.12, 0.35, n), 1),
        "Men_1ind": np.round(men * rng.uniform(0.25, 0.45, n), 1),
        "Men_5ind": np.round(men * rng.uniform(0.03, 0.08, n), 1),
        "Men_prop": np.round(men * rng.uniform(0.35, 0.7, n), 1),
        "Men_fmp": np.round(men * rng.uniform(0.08, 0.18, n), 1),
        "Ind_snv": np.round(ind * rng.uniform(17500, 21500, n), 0),
        "Men_surf": np.round(men * rng.uniform(80, 100, n), 0),
        "Men_coll": np.round(men * rng.uniform(0.05, 0.35, n), 1),
        "Men_mais": None,
        "Log_av45": np.round(men * rng.uniform(0.2, 0.45, n), 1),
        "Log_45_70": np.round(men * rng.uniform(0.1, 0.25, n), 1),
        "Log_70_90": np.round(men * rng.uniform(0.1, 0.2, n), 1),
        "Log_ap90": np.round(men * rng.uniform(0.1, 0.25, n), 1),
        "Log_inc": np.zeros(n),
        "Log_soc": np.round(men * rng.uniform(0.1, 0.4, n), 1),
    })
    for name in ("Men_pauv", "Men_1ind", "Men_5ind", "Men_prop", "Men_fmp", "Men_coll", "Log_av45", "Log_45_70",
                 "Log_70_90", "Log_ap90", "Log_soc"):
        df[name] = np.round(df[name], 0)  # whole numbers: a smaller demo file
    df["Men_mais"] = np.round(df["Men"] - df["Men_coll"], 1)
    shares = np.array(list(AGE_SHARES.values()))
    split = rng.dirichlet(shares * 200, n) * ind[:, None]
    for k, name in enumerate(AGE_SHARES):
        df[name] = np.round(split[:, k], 1)
    df["Ind_inc"] = np.zeros(n)
    df["lcog_geo"] = [str(c) for c in commune_codes]
    return df[list(FILOSOFI_FIELDS)]
