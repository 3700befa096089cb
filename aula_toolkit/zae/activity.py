"""Establishments at a date (R4), the SIRENE headcount (R13) and the dominant vocation of a site."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Optional

import numpy as np
import pandas as pd

SCI_CATEGORY = "6540"

#: SIRENE ``trancheEffectifsEtablissement`` → (CNIG label, integer median of the bounds; R13, ADUGA)
HEADCOUNT = {
    "NN": ("Unités non employeuses", 0), "00": ("0 salarié", 0), "01": ("1 ou 2 salariés", 1),
    "02": ("3 à 5 salariés", 4), "03": ("6 à 9 salariés", 7), "11": ("10 à 19 salariés", 14),
    "12": ("20 à 49 salariés", 34), "21": ("50 à 99 salariés", 74), "22": ("100 à 199 salariés", 149),
    "31": ("200 à 249 salariés", 224), "32": ("250 à 499 salariés", 374), "41": ("500 à 999 salariés", 749),
    "42": ("1 000 à 1 999 salariés", 1499), "51": ("2 000 à 4 999 salariés", 3499),
    "52": ("5 000 à 9 999 salariés", 7499), "53": ("10 000 salariés et plus", 10000),
}


def reference_date(year: int) -> dt.date:
    """The inventory's reference date: 1 January of the inventory (tax) year."""
    return dt.date(int(year), 1, 1)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def to_dates(values) -> pd.Series:
    """ISO dates (``AAAA-MM-JJ``, ``AAAA-MM``, ``AAAA``, datetime) → datetime64; blanks → NaT."""
    raw = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(raw):
        return pd.to_datetime(raw).dt.normalize()
    raw = raw.astype(object)
    present = raw.notna().to_numpy()
    if present.all() and len(raw) and raw.map(type).eq(str).all():
        from .loaders import all_match

        if all_match(raw, r"\d{4}-\d{2}-\d{2}"):  # the SIRENE stock: plain ISO dates, no blank
            return pd.to_datetime(raw, errors="coerce", format="%Y-%m-%d")
    text = raw[present].astype(str).str.strip().str[:10]
    size = text.str.len()
    text = text.where(size != 4, text + "-01-01").where(size != 7, text + "-01")
    s = pd.Series(None, index=raw.index, dtype=object)
    s[present] = text.where(text != "", None).to_numpy(dtype=object)
    return pd.to_datetime(s, errors="coerce", format="%Y-%m-%d")


def active_at(created: pd.Series, state: pd.Series, closed: pd.Series, day: dt.date) -> np.ndarray:
    """R4: created on or before ``day`` and (state A, or closed after ``day``). Unknown creation = created."""
    d = pd.Timestamp(day)
    made = created.isna().to_numpy() | (created <= d).to_numpy()
    is_open = state.to_numpy() == "A"
    later = closed.notna().to_numpy() & (closed > d).fillna(False).to_numpy()
    return made & (is_open | later)


def active_during(created: pd.Series, state: pd.Series, closed: pd.Series, start: dt.date, end: dt.date
                  ) -> np.ndarray:
    """R4: active at some moment of [start, end]: created ≤ end and (state A or closed after start)."""
    made = created.isna().to_numpy() | (created <= pd.Timestamp(end)).to_numpy()
    is_open = state.to_numpy() == "A"
    later = closed.notna().to_numpy() & (closed > pd.Timestamp(start)).fillna(False).to_numpy()
    return made & (is_open | later)


def closed_before(state: pd.Series, closed: pd.Series, day: dt.date) -> np.ndarray:
    """Closed (state F) on or before ``day`` — a past activity (BFC ``anteriorite_act``)."""
    is_closed = state.to_numpy() == "F"
    when = closed.isna().to_numpy() | (closed <= pd.Timestamp(day)).fillna(False).to_numpy()
    return is_closed & when


def headcount(codes) -> np.ndarray:
    """R13 jobs per establishment (integer median of its SIRENE bracket), one lookup per distinct code."""
    codes = pd.Series(codes, dtype=object)
    keys = codes.where(codes.notna(), "NN")
    table = {c: HEADCOUNT.get(_tranche(c), ("", 0))[1] for c in pd.unique(keys.to_numpy(dtype=object))}
    return keys.map(table).to_numpy(dtype=np.int64)


def headcount_label(code) -> Optional[str]:
    hit = HEADCOUNT.get(_tranche(code))
    return hit[0] if hit else None


def _tranche(code) -> str:
    if code is None or (isinstance(code, float) and np.isnan(code)):
        return "NN"
    text = str(code).strip()
    if text.endswith(".0"):
        text = text[:-2]
    return text.zfill(2) if text.isdigit() else text.upper()


@functools.lru_cache(maxsize=8192)
def vocation(naf: Optional[str]) -> str:
    """A NAF rév. 2 code (with or without dot) → CNIG ``site_vocadomi`` family."""
    if not naf:
        return "autre"
    code = str(naf).replace(".", "").strip().upper()
    if len(code) < 2 or not code[:2].isdigit():
        return "autre"
    div = int(code[:2])
    if code.startswith("5210") or code.startswith("4941"):
        return "entrepôts, logistique"
    if 5 <= div <= 39:
        return "industrielle"
    if 41 <= div <= 43 or div == 95:
        return "artisanale"
    if 45 <= div <= 47:
        return "commerciale"
    if 49 <= div <= 53:
        return "entrepôts, logistique"
    if 55 <= div <= 56 or div == 79 or 90 <= div <= 93:
        return "touristique"
    if div in (1, 2, 3):
        return "logistique agricole"
    return "tertiaire"


def dominant_vocation(naf_codes, jobs, share: float = 0.6) -> str:
    """R13: the vocation holding more than ``share`` of the employees (of the establishments when no
    employee is known); otherwise ``mixte``; ``inconnu`` when there is no establishment."""
    voc = pd.Series([vocation(c) for c in naf_codes], dtype=object)
    if voc.empty:
        return "inconnu"
    weights = pd.Series(np.asarray(jobs, dtype=float))
    if weights.sum() <= 0:
        weights = pd.Series(np.ones(len(voc)))
    totals = weights.groupby(voc.to_numpy()).sum()
    best = totals.idxmax()
    return best if totals[best] > share * totals.sum() else "mixte"


def dominant_vocations(zone: np.ndarray, naf_codes: np.ndarray, jobs: np.ndarray, n_zones: int,
                       share: float = 0.6) -> list:
    """:func:`dominant_vocation` of every zone at once (establishments given with their zone index)."""
    out = ["inconnu"] * n_zones
    if len(zone) == 0:
        return out
    frame = pd.DataFrame({"zone": np.asarray(zone, dtype=np.int64),
                          "voc": pd.Series(naf_codes, dtype=object).map(vocation).to_numpy(dtype=object),
                          "w": np.asarray(jobs, dtype=float)})
    staff = frame.groupby("zone")["w"].transform("sum")
    frame["w"] = np.where(staff > 0, frame["w"], 1.0)  # no employee known: count establishments
    totals = frame.groupby(["zone", "voc"], sort=True)["w"].sum().reset_index()
    totals = totals.sort_values(["zone", "w", "voc"], ascending=[True, False, True], kind="stable")
    grand = totals.groupby("zone")["w"].sum()
    best = totals.drop_duplicates("zone").set_index("zone")
    for z, voc, w in zip(best.index.tolist(), best["voc"].tolist(), best["w"].tolist()):
        if 0 <= z < n_zones:
            out[z] = voc if w > share * grand[z] else "mixte"
    return out
