"""ZAN rules as small vectorised functions (formulas R5–R16 of the method facts, zan.md §6).

All areas in m²; arrays are per territory. Sparte's inconsistencies are settled here once:
projection over the 10 years 2021–2030 (not ×9), years observed derived from the file (not /3),
the 1 ha garantie communale applied per commune and summed (never max(sum, 1 ha)).
"""

from __future__ import annotations

import numpy as np

M2_PER_HA = 10_000.0
GUARANTEE_M2 = 10_000.0
REFERENCE_PERIOD = (2011, 2020)
ENVELOPE_PERIOD = (2021, 2030)
DEFAULT_OBJECTIVE_PCT = 50.0

STATUS_OVERSHOT = "deja_depasse"
STATUS_WILL_OVERSHOOT = "va_depasser"
STATUS_ON_TRACK = "en_bonne_voie"
STATUS_NO_DATA = "sans_donnees"
STATUS_LABELS = {
    STATUS_OVERSHOT: ("Enveloppe déjà dépassée", "Envelope already exceeded"),
    STATUS_WILL_OVERSHOOT: ("Va dépasser l'enveloppe d'ici 2030", "Will exceed the envelope by 2030"),
    STATUS_ON_TRACK: ("En bonne voie", "On track"),
    STATUS_NO_DATA: ("Pas de donnée depuis 2021", "No data since 2021"),
}


def to_ha(m2):
    return np.asarray(m2, dtype=float) / M2_PER_HA


def period_sum(annual: np.ndarray, years: np.ndarray, start: int, end: int) -> np.ndarray:
    """Σ of annual flows for start..end, both years included (Sparte's period convention)."""
    mask = (years >= start) & (years <= end)
    return annual[:, mask].sum(axis=1)


def envelope(reference_m2, objective_pct):
    """Envelope 2021–2030 = reference × (1 − objective/100); a negative objective widens it."""
    return np.asarray(reference_m2, dtype=float) * (1.0 - np.asarray(objective_pct, dtype=float) / 100.0)


def guaranteed_envelope(commune_envelope_m2, covered, floor_m2: float = GUARANTEE_M2):
    """Per-commune envelope raised to the garantie communale where the commune is covered."""
    env = np.asarray(commune_envelope_m2, dtype=float)
    return np.where(np.asarray(covered, dtype=bool), np.maximum(env, floor_m2), env)


def annual_rate(consumed_m2, years_observed):
    """Mean yearly consumption; NaN when no year is observed."""
    years_observed = np.asarray(years_observed, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(years_observed > 0, np.asarray(consumed_m2, dtype=float) / years_observed, np.nan)


def projection_2030(rate_m2_per_year):
    """Consumption 2021–2030 if the current yearly rate goes on for the 10 years of the period."""
    return np.asarray(rate_m2_per_year, dtype=float) * (ENVELOPE_PERIOD[1] - ENVELOPE_PERIOD[0] + 1)


def remaining(envelope_m2, consumed_m2):
    return np.maximum(0.0, np.asarray(envelope_m2, dtype=float) - np.asarray(consumed_m2, dtype=float))


def share_pct(part_m2, whole_m2):
    """part × 100 / whole; 100 when the whole is 0 and something was consumed, 0 when both are 0."""
    part = np.asarray(part_m2, dtype=float)
    whole = np.asarray(whole_m2, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = part * 100.0 / whole
    return np.where(whole > 0, ratio, np.where(part > 0, 100.0, 0.0))


def years_left(remaining_m2, rate_m2_per_year):
    """Years until the envelope is used at the current rate, one decimal; NaN when the rate is 0."""
    rest = np.asarray(remaining_m2, dtype=float)
    rate = np.asarray(rate_m2_per_year, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        years = np.round(rest / rate, 1)
    return np.where(rest <= 0, 0.0, np.where(rate > 0, years, np.nan))


def overshoot_year(last_year, years_left_value):
    """Year the envelope is exhausted (L + int(Y) + 1), only when it falls before 2031."""
    years = np.asarray(years_left_value, dtype=float)
    with np.errstate(invalid="ignore"):
        year = np.where(np.isfinite(years), np.asarray(last_year, dtype=float) + np.floor(years) + 1, np.nan)
    return np.where(year <= ENVELOPE_PERIOD[1], year, np.nan)


def status(use_pct, projected_m2, envelope_m2, years_observed):
    """déjà dépassé (use ≥ 100 %), va dépasser (projection > envelope), else en bonne voie."""
    use = np.asarray(use_pct, dtype=float)
    out = np.where(
        use >= 100.0,
        STATUS_OVERSHOT,
        np.where(np.asarray(projected_m2, dtype=float) > np.asarray(envelope_m2, dtype=float),
                 STATUS_WILL_OVERSHOOT, STATUS_ON_TRACK),
    )
    return np.where(np.asarray(years_observed) > 0, out, STATUS_NO_DATA).astype(object)
