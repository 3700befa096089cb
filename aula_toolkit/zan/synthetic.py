"""Generated Cerema consumption files in the exact 2009-2023 layout (demo data and benchmarks).

No Cerema file for the Artois is available here: these files are **generated**, with plausible
magnitudes (≈ 0.2–3 ha a year per commune depending on population and area, a slow decline after
2011, lumpy business projects) and every structural rule of the real file: integers, naf = Σ
destinations, 2009 = 2010 (first two-year flow split evenly), cumulative block in the real column
order (act, hab, mix, inc, rou, fer), artcom0923 and artpop1420 derived as the Cerema does.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cerema import DESTINATIONS

FIRST_YEAR, LAST_YEAR = 2009, 2022  # flows naf09art10 … naf22art23
DESTINATION_SHARE = {"act": 0.26, "hab": 0.58, "mix": 0.03, "rou": 0.05, "fer": 0.005, "inc": 0.075}
CUMULATIVE_ORDER = ("act", "hab", "mix", "inc", "rou", "fer")


def cerema_2009_2023_header():
    """Exact column list of the 2009-2023 communal CSV (zan.md §2.2)."""
    head = ["idcom", "idcomtxt", "idreg", "idregtxt", "iddep", "iddeptxt", "epci23", "epci23txt", "scot",
            "aav2020", "aav2020txt", "aav2020_typo"]
    flows = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        a, b = f"{y - 2000:02d}", f"{y - 1999:02d}"
        flows += [f"naf{a}art{b}"] + [f"art{a}{d}{b}" for d in DESTINATIONS]
    cumulative = ["naf09art23"] + [f"art09{d}23" for d in CUMULATIVE_ORDER]
    tail = ["artcom0923", "pop14", "pop20", "pop1420", "men14", "men20", "men1420", "emp14", "emp20", "emp1420",
            "mepart1420", "menhab1420", "artpop1420", "surfcom2023"]
    return head + flows + cumulative + tail


def generate_cerema_file(communes: pd.DataFrame, seed: int = 62) -> pd.DataFrame:
    """A generated consumption file for the given communes.

    ``communes`` needs columns insee, nom, population, area_m2, epci, epci_nom, and may have
    reg, reg_nom, dep, dep_nom, scot.
    """
    rng = np.random.default_rng(seed)
    n = len(communes)
    years = np.arange(FIRST_YEAR, LAST_YEAR + 1)
    population = communes["population"].to_numpy(dtype=float)
    area = communes["area_m2"].to_numpy(dtype=float)
    base = 1_500 + 0.55 * population + 0.00045 * area
    base *= rng.lognormal(0.0, 0.45, n)
    trend = np.where(years < 2021, 1.0 - 0.025 * (years - 2011).clip(0), 0.62 - 0.03 * (years - 2021))
    noise = rng.gamma(2.2, 1 / 2.2, (n, len(years)))
    flows = base[:, None] * trend[None, :] * noise
    projects = rng.random((n, len(years))) < (0.015 + 0.00000055 * population[:, None])
    flows += projects * rng.lognormal(10.2, 0.7, (n, len(years)))
    flows[:, 0] = flows[:, 1]  # 2009 = 2010 in every real row: the first two-year flow split evenly

    shares = np.array([DESTINATION_SHARE[d] for d in DESTINATIONS])
    weights = rng.dirichlet(shares * 40, (n, len(years)))
    by_dest = np.floor(flows[:, :, None] * weights).astype(np.int64)
    inc = DESTINATIONS.index("inc")
    small_negative = rng.random((n, len(years))) < 0.004
    by_dest[:, :, inc] = np.where(small_negative, -1, by_dest[:, :, inc])
    by_dest[:, 0, :] = by_dest[:, 1, :]
    total = by_dest.sum(axis=2)

    out = {
        "idcom": communes["insee"].astype(str).to_numpy(),
        "idcomtxt": communes["nom"].astype(str).to_numpy(),
        "idreg": communes.get("reg", pd.Series(["32"] * n)).astype(str).to_numpy(),
        "idregtxt": communes.get("reg_nom", pd.Series(["Hauts-de-France"] * n)).astype(str).to_numpy(),
        "iddep": communes.get("dep", communes["insee"].astype(str).str[:2]).astype(str).to_numpy(),
        "iddeptxt": communes.get("dep_nom", pd.Series(["Pas-de-Calais"] * n)).astype(str).to_numpy(),
        "epci23": communes["epci"].astype(str).to_numpy(),
        "epci23txt": communes["epci_nom"].astype(str).to_numpy(),
        "scot": communes.get("scot", pd.Series([""] * n)).astype(str).to_numpy(),
        "aav2020": "",
        "aav2020txt": "",
        "aav2020_typo": "",
    }
    for j, y in enumerate(years):
        a, b = f"{y - 2000:02d}", f"{y - 1999:02d}"
        out[f"naf{a}art{b}"] = total[:, j]
        for k, d in enumerate(DESTINATIONS):
            out[f"art{a}{d}{b}"] = by_dest[:, j, k]
    out["naf09art23"] = total.sum(axis=1)
    for d in CUMULATIVE_ORDER:
        out[f"art09{d}23"] = by_dest[:, :, DESTINATIONS.index(d)].sum(axis=1)
    pop20 = population.round().astype(np.int64)
    pop14 = np.maximum(0, (pop20 * rng.normal(1.0, 0.03, n)).round()).astype(np.int64)
    men20 = (pop20 / 2.3).round().astype(np.int64)
    men14 = (pop14 / 2.35).round().astype(np.int64)
    emp20 = (pop20 * rng.uniform(0.1, 0.5, n)).round().astype(np.int64)
    emp14 = (emp20 * rng.normal(1.0, 0.05, n)).round().astype(np.int64)
    out["artcom0923"] = np.round(out["naf09art23"] * 100.0 / area, 2)
    out.update({"pop14": pop14, "pop20": pop20, "pop1420": pop20 - pop14, "men14": men14, "men20": men20,
                "men1420": men20 - men14, "emp14": emp14, "emp20": emp20, "emp1420": emp20 - emp14})
    consumed_1420 = total[:, (years >= 2014) & (years <= 2019)].sum(axis=1)
    out["mepart1420"] = np.round((out["men1420"] + out["emp1420"]) / np.maximum(1, consumed_1420) * 10_000, 2)
    out["menhab1420"] = np.round(out["men1420"] / np.maximum(1, pop20 - pop14), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["artpop1420"] = np.where(pop20 != pop14, np.round(consumed_1420 / (pop20 - pop14), 2), np.nan)
    out["surfcom2023"] = area.round().astype(np.int64)
    frame = pd.DataFrame(out)
    return frame[cerema_2009_2023_header()]


def write_cerema_csv(frame: pd.DataFrame, path) -> None:
    """Write with the real file's conventions: ';' separator, '"' quoting of text, UTF-8."""
    frame.to_csv(path, sep=";", index=False, quoting=0, encoding="utf-8")


def national_communes(count: int = 35_000, seed: int = 1) -> pd.DataFrame:
    """A national-size list of synthetic communes (~1 250 EPCI) for benchmarks."""
    rng = np.random.default_rng(seed)
    deps = [f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B"]
    dep = np.array([deps[i % len(deps)] for i in range(count)], dtype=object)
    insee = np.array([f"{d}{i // len(deps) + 1:03d}" for i, d in enumerate(dep)], dtype=object)
    epci = 200_000_000 + (np.arange(count) // 28)
    return pd.DataFrame({
        "insee": insee,
        "nom": [f"Commune {i}" for i in range(count)],
        "population": rng.lognormal(6.5, 1.3, count).round(),
        "area_m2": rng.lognormal(16.3, 0.7, count),
        "epci": epci.astype(str),
        "epci_nom": [f"EPCI {e}" for e in epci],
        "dep": dep,
    })
