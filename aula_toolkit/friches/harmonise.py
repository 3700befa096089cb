"""Criterion values from any source made comparable before scoring, so the Mutafriches rules apply
whichever way a criterion arrives (CNIG / Cartofriches field, column named after the criterion,
context layer, commune table).

In this order (docs/friches.md « Règles communes à toutes les sources »):

1. numbers are read with the shared reader (decimal comma, spaces); impossible values (negative,
   non-finite, a surface over 1 000 km², a rate outside 0–100) are named with their sites and left unknown;
2. units are checked: a column suffixed ``_km`` / ``_m`` / ``_ha`` / ``_m2`` states its unit; a distance
   column without suffix whose values all look like kilometres is refused (never scored as metres);
3. vocabulary: values are matched to the grid vocabulary after obvious spelling changes (case, accents,
   spaces, parentheses: « Zone urbaine (U) » → ``zone-urbaine-u``) and the synonyms the reference allows
   (CNIG zone codes, clay hazard levels, oui/non…); a distance class label (``entre-2-et-5km``) is read
   when it falls in one bucket of the grid; anything else is unknown and listed with its sites;
4. an empty value never overrides a known one (:func:`coalesce`);
5. the parcels of one site are aggregated (:data:`AGGREGATION`);
6. Mutafriches derivations (:func:`derive`): ``raccordementEau`` from ``surfaceBati`` (> 20 m²), vacancy
   rate rounded to 0.1 and secret values unknown, search radii of the distances.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from ..numbers import parse_number
from .criteria import AREA, BOOLEAN, CATALOGUE, CATEGORICAL, LENGTH, NUMERIC, RATE, UNITS

@dataclass(frozen=True)
class Warn(Message):
    """A message the user should act on: shown as a Processing warning, not an info line."""


NOT_FOUND = math.inf
"""Same sentinel as :data:`scoring.NOT_FOUND` (searched, nothing found)."""

UNKNOWN_ANSWERS = ("ne-sait-pas",)

MAX_AREA_M2 = 1e9
"""1 000 km²: no brownfield is larger; above, the value is a typo or a unit error."""
MAX_DISTANCE_M = 1e6
"""1 000 km: no site of France is farther from its nearest stop, road or substation."""
KM_SUSPECT_M = 50.0
"""A distance column (metres) whose known values are all ≤ 50 looks like kilometres: refused."""
HA_SUSPECT_M2 = 100.0
"""A site-area column (m²) whose known values are all ≤ 100 looks like hectares: refused."""
FRACTION_SUSPECT = 1.0
"""A vacancy-rate column (%) whose known values are all ≤ 1 looks like a fraction: refused."""

WATER_THRESHOLD_M2 = 20.0
"""ADR-0019: built footprint > 20 m² → raccordementEau = oui, ≤ 20 → non."""
SEARCH_RADIUS_M = {"distanceTransportCommun": 2000.0, "distanceAutoroute": 15000.0}
"""Beyond these, Mutafriches finds nothing (``null``: counted in fiabilité, not scored): friches.md §2.6."""


# --- small helpers ------------------------------------------------------------------------------------

def is_missing(value) -> bool:
    """None, NaN, empty text or « ne-sait-pas »: an empty answer that never overrides a known value."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        t = value.strip().lower()
        return t in ("", "nan", "null", "none") or t in UNKNOWN_ANSWERS
    return False


_MISSING_TEXT = ["", "nan", "null", "none"] + list(UNKNOWN_ANSWERS)


def missing_mask(values: Sequence) -> np.ndarray:
    """:func:`is_missing` for a whole column at once."""
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    mask = pd.isna(array)
    is_text = np.fromiter((isinstance(v, str) for v in array), dtype=bool, count=len(array))
    if is_text.any():
        text = pd.Series(array[is_text], dtype=object).str.strip().str.lower()
        mask[is_text] |= text.isin(_MISSING_TEXT).to_numpy()
    return mask


def coalesce(primary: Sequence, fallback: Optional[Sequence]) -> list:
    """``primary`` where known, else ``fallback``: an empty cell never overrides a known value."""
    if fallback is None:
        return list(primary)
    out = np.empty(len(primary), dtype=object)
    out[:] = list(primary)
    back = np.empty(len(fallback), dtype=object)
    back[:] = list(fallback)
    mask = missing_mask(out)
    out[mask] = back[mask]
    return out.tolist()


def slug(value) -> str:
    """Lowercase ASCII, words joined by '-': « Zone urbaine (U) » → ``zone-urbaine-u``."""
    t = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().strip().lower()
    t = re.sub(r"[^a-z0-9<>=.,%]+", "-", t).strip("-")
    return re.sub(r"(\d)-(km|m2|m|ha)\b", r"\1\2", t)


_STOP = {"de", "du", "des", "d", "la", "le", "les", "l", "en", "au"}


def _unstop(s: str) -> str:
    return "-".join(w for w in s.split("-") if w not in _STOP)


def _sites_text(values_sites: Dict[str, List[str]], limit: int = 8) -> str:
    parts = [f"« {v} » ({preview(s, 5)})" for v, s in list(values_sites.items())[:limit]]
    more = len(values_sites) - limit
    return ", ".join(parts) + (f" … (+{more})" if more > 0 else "")


def _sites_text_en(values_sites: Dict[str, List[str]], limit: int = 8) -> str:
    parts = [f"'{v}' ({preview(s, 5)})" for v, s in list(values_sites.items())[:limit]]
    more = len(values_sites) - limit
    return ", ".join(parts) + (f" … (+{more})" if more > 0 else "")


# --- 1-2. numbers and units ---------------------------------------------------------------------------

_COLUMN_RE = re.compile(r"^(?P<cid>[a-z]+)(?:[ _\-]*[(\[]?(?P<unit>km|m2|m²|m|ha|%|pct)[)\]]?)?$", re.IGNORECASE)


def criterion_columns(columns: Sequence[str]) -> Dict[str, Tuple[str, Optional[str]]]:
    """Columns named after a criterion id, optionally with a unit suffix (``distanceAutoroute_km``):
    criterion → (column, unit or None)."""
    by_lower = {cid.lower(): cid for cid in CATALOGUE}
    out: Dict[str, Tuple[str, Optional[str]]] = {}
    for col in columns:
        m = _COLUMN_RE.match(str(col).strip())
        if not m or m.group("cid").lower() not in by_lower:
            continue
        cid = by_lower[m.group("cid").lower()]
        unit = m.group("unit")
        if unit:
            unit = {"m²": "m2", "pct": "%"}.get(unit.lower(), unit.lower())
            info = CATALOGUE[cid]
            if info.kind != NUMERIC or UNITS[unit][0] != info.quantity:
                raise AulaInputError(
                    fr=f"FRICHES : colonne « {col} » : l'unité « {unit} » ne convient pas au critère « {cid} ».",
                    en=f"FRICHES: column '{col}': unit '{unit}' does not fit criterion '{cid}'.")
        if cid in out:
            raise AulaInputError(
                fr=f"FRICHES : deux colonnes pour le critère « {cid} » : « {out[cid][0]} » et « {col} ».",
                en=f"FRICHES: two columns for criterion '{cid}': '{out[cid][0]}' and '{col}'.")
        out[cid] = (col, unit)
    return out


def _domain(quantity: str) -> Tuple[float, float, str, str]:
    if quantity == AREA:
        return 0.0, MAX_AREA_M2, "surface entre 0 et 1 000 km²", "area between 0 and 1,000 km²"
    if quantity == RATE:
        return 0.0, 100.0, "taux entre 0 et 100 %", "rate between 0 and 100 %"
    return 0.0, MAX_DISTANCE_M, "distance entre 0 et 1 000 km", "distance between 0 and 1,000 km"


def read_quantity(raw: Sequence, label: str, quantity: str, factor: float, site_ids: Sequence[str],
                  messages: List[Message], keep_text: bool = False) -> list:
    """Numbers of one field in canonical units (m, m², %). Impossible values → None, named with their
    sites; unreadable text → None (named) or, with ``keep_text``, kept for the vocabulary step."""
    low, high, dom_fr, dom_en = _domain(quantity)
    out: list = []
    bad: Dict[str, List[str]] = OrderedDict()
    unreadable: Dict[str, List[str]] = OrderedDict()
    for value, sid in zip(raw, site_ids):
        if is_missing(value):
            out.append(None)
            continue
        number = parse_number(value)
        if number is None:
            if keep_text:
                out.append(str(value).strip())
            else:
                unreadable.setdefault(str(value), []).append(sid)
                out.append(None)
            continue
        canonical = number * factor
        if quantity == RATE and canonical == -1.0:
            out.append(None)  # LOVAC secret
            continue
        if not math.isfinite(canonical) or canonical < low or canonical > high:
            bad.setdefault(str(value), []).append(sid)
            out.append(None)
            continue
        out.append(canonical)
    if bad:
        messages.append(Warn(
            fr=f"FRICHES, champ « {label} » : valeur(s) impossible(s) ({dom_fr}) laissée(s) inconnue(s), "
               f"non notée(s) : {_sites_text(bad)}",
            en=f"FRICHES, field '{label}': impossible value(s) ({dom_en}) left unknown, not scored: "
               f"{_sites_text_en(bad)}"))
    if unreadable:
        messages.append(Warn(
            fr=f"FRICHES, champ « {label} » : valeur(s) illisible(s) laissée(s) inconnue(s) : {_sites_text(unreadable)}",
            en=f"FRICHES, field '{label}': unreadable value(s) left unknown: {_sites_text_en(unreadable)}"))
    return out


def _known_numbers(values: Sequence) -> np.ndarray:
    return np.array([v for v in values if isinstance(v, float) and math.isfinite(v)], dtype=float)


def check_column_unit(cid: str, column: str, values: Sequence, stated: Optional[str]) -> None:
    """Refuse a criterion column without unit suffix whose values look like another unit (km for
    metres, ha for m², a fraction for %): it would be scored wrongly."""
    if stated is not None:
        return
    quantity = CATALOGUE[cid].quantity
    known = _known_numbers(values)
    if not len(known) or known.max() <= 0:
        return
    if quantity == LENGTH and known.max() <= KM_SUSPECT_M:
        raise AulaInputError(
            fr=f"FRICHES, colonne « {column} » : toutes les distances sont ≤ {KM_SUSPECT_M:g} (de {known.min():g} à "
               f"{known.max():g}) : ce sont sans doute des kilomètres, or la colonne est lue en mètres. Renommez-la "
               f"« {cid}_km » (kilomètres) ou « {cid}_m » (mètres, confirmé).",
            en=f"FRICHES, column '{column}': every distance is ≤ {KM_SUSPECT_M:g} ({known.min():g} to {known.max():g}): "
               f"probably kilometres, but the column is read in metres. Rename it '{cid}_km' (kilometres) or "
               f"'{cid}_m' (metres, confirmed).")
    if cid == "surfaceSite" and known.max() <= HA_SUSPECT_M2:
        raise AulaInputError(
            fr=f"FRICHES, colonne « {column} » : toutes les surfaces sont ≤ {HA_SUSPECT_M2:g} (de {known.min():g} à "
               f"{known.max():g}) : ce sont sans doute des hectares, or la colonne est lue en m². Renommez-la "
               f"« {cid}_ha » (hectares) ou « {cid}_m2 » (m², confirmé).",
            en=f"FRICHES, column '{column}': every area is ≤ {HA_SUSPECT_M2:g} ({known.min():g} to {known.max():g}): "
               f"probably hectares, but the column is read in m². Rename it '{cid}_ha' (hectares) or '{cid}_m2' "
               f"(m², confirmed).")
    if quantity == RATE and known.max() <= FRACTION_SUSPECT:
        raise AulaInputError(
            fr=f"FRICHES, colonne « {column} » : tous les taux sont ≤ 1 (de {known.min():g} à {known.max():g}) : ce "
               f"sont sans doute des fractions, or la colonne est lue en %. Multipliez par 100 ou renommez-la "
               f"« {cid}_pct » si ce sont bien des %.",
            en=f"FRICHES, column '{column}': every rate is ≤ 1 ({known.min():g} to {known.max():g}): probably "
               f"fractions, but the column is read in %. Multiply by 100, or rename it '{cid}_pct' if they are %.")


def detect_km_or_m(raw: Sequence, field: str, site_ids: Sequence[str], messages: List[Message],
                   km_max: float = 60.0, m_min: float = 200.0) -> list:
    """A distance field whose unit the standard does not fix (Cartofriches ``desserte_distance_route``,
    ``distance_ite_*``: km in the API, metres in some exports): kilometres when every known value is
    ≤ ``km_max``, metres when one is > ``m_min``, refused in between. Returns metres."""
    values = read_quantity(raw, field, LENGTH, 1.0, site_ids, messages)
    known = _known_numbers(values)
    if not len(known):
        return values
    top = known.max()
    if top <= km_max:
        factor, unit_fr, unit_en = 1000.0, "kilomètres", "kilometres"
    elif top > m_min:
        factor, unit_fr, unit_en = 1.0, "mètres", "metres"
    else:
        raise AulaInputError(
            fr=f"FRICHES, champ « {field} » : distances de {known.min():g} à {top:g}, unité indécidable (km ou m). "
               f"Donnez-les dans une colonne « distanceAutoroute_km » ou « distanceAutoroute_m ».",
            en=f"FRICHES, field '{field}': distances from {known.min():g} to {top:g}, unit undecidable (km or m). "
               f"Give them in a column 'distanceAutoroute_km' or 'distanceAutoroute_m'.")
    messages.append(Message(
        fr=f"FRICHES, champ « {field} » : valeurs de {known.min():g} à {top:g}, lues en {unit_fr}.",
        en=f"FRICHES, field '{field}': values from {known.min():g} to {top:g}, read in {unit_en}."))
    return [v * factor if isinstance(v, float) else v for v in values]


# --- 3. vocabulary --------------------------------------------------------------------------------------

_TRUE = {"true", "1", "1.0", "oui", "vrai", "yes", "o", "t", "y", "x"}
_FALSE = {"false", "0", "0.0", "non", "faux", "no", "n", "f"}

_SYNONYMS: Dict[str, Dict[str, str]] = {
    "typeProprietaire": {"publique": "public", "proprietaire-public": "public", "privee": "prive",
                         "proprietaire-prive": "prive", "copropriete": "copro-indivision", "indivision": "copro-indivision",
                         "copropriete-indivision": "copro-indivision", "copro": "copro-indivision",
                         "mixte-public-prive": "mixte"},
    "zonageEnvironnemental": {"aucun": "hors-zone", "hors-zonage": "hors-zone", "znieff": "znieff-type-1-2",
                              "znieff-1": "znieff-type-1-2", "znieff-2": "znieff-type-1-2", "natura2000": "natura-2000",
                              "proximite": "proximite-zone"},
    "zonagePatrimonial": {"aucun": "non-concerne", "non": "non-concerne", "hors-zone": "non-concerne"},
    "zoneAccelerationEnr": {"ombriere": "oui-solaire-pv-ombriere", "oui-ombriere": "oui-solaire-pv-ombriere"},
    "trameVerteEtBleue": {"hors-tvb": "hors-trame", "reservoir": "reservoir-biodiversite"},
    "etatBatiInfrastructure": {"aucun-bati": "pas-de-bati", "sans-bati": "pas-de-bati",
                               "degradation-inexistante-ou-faible": "degradation-faible"},
    "valeurArchitecturaleHistorique": {"aucun-bati": "pas-de-bati", "sans-bati": "pas-de-bati"},
}
"""Obvious spellings of a grid value (after :func:`slug`); every target is a catalogue value."""


def _code_synonym(cid: str, raw) -> Optional[str]:
    """Synonyms the reference fixes for a criterion (friches.md §2.6 / §4.4), '' for « known unknown »."""
    from .context import clay_class, env_class, heritage_class
    from .mapping import planning_zone

    text = str(raw).strip()
    if cid == "zonageReglementaire" and re.fullmatch(r"\d*[A-Za-z]{1,4}\d*[a-z]?\d*", text):
        if text.upper() in ("RNU",):
            return ""  # RNU → ne-sait-pas (upstream)
        return planning_zone(text)
    if cid == "risqueRetraitGonflementArgile":
        return clay_class(text)
    if cid == "zonageEnvironnemental":
        return env_class(text)
    if cid == "zonagePatrimonial":
        return heritage_class(text)
    if cid == "zonageAbcLogement":
        s = slug(text).replace("zone-", "").replace("-", "")
        return s if s in ("abis", "a", "b1", "b2", "c") else None
    return None


_INTERVAL = [
    (re.compile(r"^(?:moins-de|inferieur-a|inf-a|<|<=)-?(?P<b>\d+(?:[.,]\d+)?)(?P<u>km|m2|m|ha|%)?$"), "below"),
    (re.compile(r"^(?:entre|de)-(?P<a>\d+(?:[.,]\d+)?)(?P<ua>km|m2|m|ha|%)?-(?:et|a)-(?P<b>\d+(?:[.,]\d+)?)"
                r"(?P<u>km|m2|m|ha|%)?$"), "between"),
    (re.compile(r"^(?:plus-de|superieur-a|sup-a|au-dela-de|>|>=)-?(?P<a>\d+(?:[.,]\d+)?)(?P<u>km|m2|m|ha|%)?$"), "above"),
]


def class_label_value(crit, text: str) -> Optional[Tuple[float, str]]:
    """A numeric class label (``entre-2-et-5km``, ``moins de 500 m``) → a value inside the one grid bucket
    that holds the whole class, with that bucket's id; None when it is not a label or straddles buckets."""
    s = slug(text)
    for regex, kind in _INTERVAL:
        m = regex.match(s)
        if not m:
            continue
        unit = m.group("u") or (m.groupdict().get("ua")) or crit.unit or ""
        if unit not in UNITS or UNITS[unit][0] != CATALOGUE[crit.id].quantity:
            return None
        f = UNITS[unit][1]
        a = float(m.group("a").replace(",", ".")) * f if kind != "below" else -math.inf
        b = float(m.group("b").replace(",", ".")) * f if kind != "above" else math.inf
        if kind == "below":
            a = 0.0 if CATALOGUE[crit.id].quantity in (LENGTH, AREA) else -math.inf
        hits = [o for o in crit.options if o.low <= a and o.high >= b]
        if len(hits) != 1:
            return None
        if math.isfinite(a) and math.isfinite(b):
            value = (a + b) / 2
        elif math.isfinite(a):
            value = a + 1.0
        else:
            value = b / 2 if b > 0 else b - 1.0
        return value, hits[0].id
    return None


def normalise_criteria(criteria: Dict[str, list], grid, site_ids: Sequence[str]
                       ) -> Tuple[Dict[str, list], List[Message]]:
    """Every value in the grid vocabulary (or a number), synonyms mapped (said), the rest unknown (warned
    with values and sites). Each distinct value is examined once."""
    messages: List[Message] = []
    out: Dict[str, list] = {}
    grid_crits = {c.id: c for c in grid.criteria}
    ids = np.asarray([str(s) for s in site_ids], dtype=object)
    for cid, values in criteria.items():
        info = CATALOGUE.get(cid)
        if info is None:
            out[cid] = list(values)
            continue
        array = np.empty(len(values), dtype=object)
        array[:] = list(values)
        if info.kind == NUMERIC and pd.api.types.infer_dtype(array, skipna=True) in ("floating", "integer",
                                                                                     "mixed-integer-float", "empty"):
            out[cid] = _plain_numbers(array)  # numbers only (distances from layers): nothing to map or warn
            continue
        codes, uniques = pd.factorize(array)
        results: list = []
        flags: List[Optional[str]] = []  # None: exact, "mapped", "unknown"
        crit = grid_crits.get(cid)
        for u in uniques:
            if is_missing(u):
                results.append(None)
                flags.append(None)
            elif info.kind == NUMERIC:
                if isinstance(u, (int, float, np.integer, np.floating)) and not isinstance(u, (bool, np.bool_)):
                    results.append(float(u))
                    flags.append(None)
                    continue
                number = parse_number(u)
                if number is not None:
                    results.append(number)
                    flags.append(None)
                    continue
                hit = class_label_value(crit, str(u)) if crit is not None else None
                results.append(hit[0] if hit else None)
                flags.append(("mapped", hit[1]) if hit else ("unknown", None))
            else:
                norm, how = _normalise_category(cid, info, u)
                if norm is None:
                    results.append(None)
                    flags.append(("unknown", None))
                else:
                    results.append(norm if norm != "" else None)
                    flags.append(("mapped", norm) if how is not None else None)
        table = np.empty(len(results) + 1, dtype=object)
        table[:len(results)] = results
        table[-1] = None
        out[cid] = table[codes].tolist()  # code -1 (NaN) → None
        mapped: Dict[str, Tuple[str, List[str]]] = OrderedDict()
        unknown: Dict[str, List[str]] = OrderedDict()
        for k, flag in enumerate(flags):
            if flag is None:
                continue
            sites = list(dict.fromkeys(ids[codes == k].tolist()))
            if flag[0] == "unknown":
                unknown[str(uniques[k])] = sites
            else:
                mapped[str(uniques[k])] = (flag[1], sites)
        if mapped:
            text_fr = ", ".join(f"« {v} » → {n} ({len(s)} site(s))" for v, (n, s) in list(mapped.items())[:8])
            text_en = ", ".join(f"'{v}' → {n} ({len(s)} site(s))" for v, (n, s) in list(mapped.items())[:8])
            messages.append(Message(fr=f"Critère « {cid} » : valeur(s) lue(s) comme : {text_fr}",
                                    en=f"Criterion '{cid}': value(s) read as: {text_en}"))
        if unknown:
            allowed_fr = ", ".join(info.values) if info.kind != NUMERIC else "un nombre ou une classe de la grille"
            allowed_en = ", ".join(info.values) if info.kind != NUMERIC else "a number or a class of the grid"
            messages.append(Warn(
                fr=f"Critère « {cid} » : valeur(s) hors du vocabulaire de la grille, traitée(s) comme non renseignée(s) "
                   f"(attendu : {allowed_fr}) : {_sites_text(unknown)}",
                en=f"Criterion '{cid}': value(s) outside the grid vocabulary, taken as unknown "
                   f"(expected: {allowed_en}): {_sites_text_en(unknown)}"))
    return out, messages


def _plain_numbers(array: np.ndarray) -> list:
    """Numbers (Python or numpy, NaN/None for unknown) → floats, None for unknown: what the per-value
    loop of :func:`normalise_criteria` gives them, in array calls."""
    numbers = pd.to_numeric(pd.Series(array, dtype=object), errors="coerce").to_numpy(dtype=np.float64,
                                                                                       na_value=np.nan)
    out = numbers.astype(object)
    out[np.isnan(numbers)] = None
    return out.tolist()


def _normalise_category(cid: str, info, value) -> Tuple[Optional[str], Optional[str]]:
    """(grid value or None if unknown or '' for « known unknown », how: None if exact, else 'synonym')."""
    if isinstance(value, (bool, np.bool_)):
        text = "true" if value else "false"
    elif isinstance(value, (int, np.integer)) or (isinstance(value, float) and value in (0.0, 1.0)):
        text = str(int(value))
    else:
        text = str(value).strip()
    low = text.lower()
    if not low or low in UNKNOWN_ANSWERS:
        return "", None
    if info.kind == BOOLEAN:
        if low in ("true", "false"):
            return low, None
        if low in _TRUE or slug(text) in _TRUE:
            return "true", "synonym"
        if low in _FALSE or slug(text) in _FALSE:
            return "false", "synonym"
        return None, None
    vocab = set(info.values)
    if low in vocab:
        return low, None
    order = AGGREGATION.get(cid)
    if "|" in text and isinstance(order, tuple):  # CNIG multi-valued cell: the upstream priority decides
        parts = [_normalise_category(cid, info, p) for p in text.split("|") if p.strip()]
        known = [p for p, _ in parts if p]
        if parts and known and all(p is not None for p, _ in parts):
            return min(known, key=lambda v: order.index(v) if v in order else len(order)), "synonym"
        return None, None
    s = slug(text)
    if cid == "zoneAccelerationEnr" and ("ombriere" in s or "exclusion" in s or "interdiction" in s):
        return ("exclusion" if ("exclusion" in s or "interdiction" in s) else "oui-solaire-pv-ombriere"), "synonym"
    for candidate in (s, _unstop(s)):
        if candidate in vocab:
            return candidate, "synonym"
        syn = _SYNONYMS.get(cid, {}).get(candidate)
        if syn:
            return syn, "synonym"
    if vocab >= {"oui", "non"}:
        if low in _TRUE or s in _TRUE:
            return "oui", "synonym"
        if low in _FALSE or s in _FALSE:
            return "non", "synonym"
    if cid == "etatBatiInfrastructure":
        from .mapping import building_state
        state = building_state({"bati_etat": text})
        if state:
            return state, "synonym"
    code = _code_synonym(cid, text)
    if code == "":
        return "", "synonym"
    if code and code in vocab:
        return code, "synonym"
    return None, None


# --- 5. parcels → sites ----------------------------------------------------------------------------------

SUM, MIN, PREDOMINANT, OWNER, STATE = "sum", "min", "predominant", "owner", "state"
_TRUE_FIRST = ("true", "false")
_YES_FIRST = ("oui", "non")
AGGREGATION: Dict[str, object] = {
    "surfaceSite": SUM, "surfaceBati": SUM,
    "distanceAutoroute": MIN, "distanceTransportCommun": MIN, "distanceRaccordementElectrique": MIN,
    "distanceReseauChaleur": MIN,
    "tauxLogementsVacants": PREDOMINANT, "zonageAbcLogement": PREDOMINANT, "zonageReglementaire": PREDOMINANT,
    "typeProprietaire": OWNER, "etatBatiInfrastructure": STATE,
    "siteEnCentreVille": _TRUE_FIRST, "proximiteCommercesServices": _TRUE_FIRST,
    "presenceRisquesTechnologiques": _TRUE_FIRST, "siteEnQpv": _TRUE_FIRST, "siteEnZae": _TRUE_FIRST,
    "saturationReseauEnr": _TRUE_FIRST,
    "risqueInondation": _YES_FIRST, "risqueCavitesSouterraines": _YES_FIRST, "presenceEspecesProtegees": _YES_FIRST,
    "presenceZoneHumide": _YES_FIRST, "raccordementEau": _YES_FIRST,
    "risqueRetraitGonflementArgile": ("fort", "faible-ou-moyen", "aucun"),
    "presenceRisquesNaturels": ("fort", "moyen", "faible", "aucun"),
    "zonageEnvironnemental": ("natura-2000", "znieff-type-1-2", "parc-naturel-national", "parc-naturel-regional",
                              "reserve-naturelle", "proximite-zone", "hors-zone"),
    "zonagePatrimonial": ("site-inscrit-classe", "monument-historique", "perimetre-abf", "spr", "avap", "zppaup",
                          "non-concerne"),
    "zoneAccelerationEnr": ("exclusion", "oui-solaire-pv-ombriere", "oui", "non"),
    "trameVerteEtBleue": ("reservoir-biodiversite", "corridor-a-restaurer", "corridor-a-preserver", "hors-trame"),
    "distanceIte": ("moins-1km-bon-etat", "moins-1km-mauvais-etat", "plus-1km"),
    "presencePollution": ("oui-composes-volatils", "oui-amiante", "oui-autres-composes", "deja-geree", "non"),
    "valeurArchitecturaleHistorique": ("interet-remarquable", "ordinaire", "sans-interet", "pas-de-bati"),
    "qualitePaysage": ("interet-remarquable", "ordinaire", "sans-interet"),
    "qualiteVoieDesserte": ("accessible", "degradee", "peu-accessible"),
}
"""How the parcels of one site give the site's value (docs/friches.md « Sites multi-parcelles »):
SUM (every parcel known, else unknown), MIN (nearest parcel), PREDOMINANT (the largest parcel, as
Mutafriches takes the predominant parcel's commune), OWNER (one type, else mixte), STATE (one state, else
degradation-heterogene; parcels without building ignored when others have some), or a tuple: the first
value of the tuple present on any parcel (the most constraining or the most favourable presence)."""


def site_groups(feature_ids: Sequence[str]) -> "OrderedDict[str, List[int]]":
    """Site id → indices of its features, in first-seen order."""
    keys = [str(sid) for sid in feature_ids]
    if len(set(keys)) == len(keys):  # one feature per site (the usual case): no per-feature lookups
        return OrderedDict(zip(keys, ([i] for i in range(len(keys)))))
    groups: "OrderedDict[str, List[int]]" = OrderedDict()
    for i, sid in enumerate(keys):
        groups.setdefault(str(sid), []).append(i)
    return groups


def aggregate_parcels(criteria: Dict[str, list], feature_ids: Sequence[str],
                      parcel_weight: Optional[Sequence[float]] = None) -> Tuple[Dict[str, list], List[int], List[Message]]:
    """Per-feature criterion values → one value per site by :data:`AGGREGATION`. Returns the site values,
    the index of each site's predominant feature (largest ``parcel_weight``, else first), messages."""
    if len(set(map(str, feature_ids))) == len(feature_ids):  # one feature per site: nothing to aggregate
        return {cid: list(v) for cid, v in criteria.items()}, list(range(len(feature_ids))), []
    groups = site_groups(feature_ids)
    weight = [(-math.inf if w is None or not math.isfinite(w) else w) for w in
              (parcel_weight if parcel_weight is not None else [0.0] * len(feature_ids))]
    predominant = [max(idx, key=lambda i: (weight[i], -i)) for idx in groups.values()]
    multi = [sid for sid, idx in groups.items() if len(idx) > 1]
    out: Dict[str, list] = {}
    partial_sum: Dict[str, List[str]] = {}
    repeated_sum: Dict[str, List[str]] = {}
    disagree: Dict[str, List[str]] = {}
    for cid, values in criteria.items():
        rule = AGGREGATION.get(cid, PREDOMINANT)
        site_values = []
        for (sid, idx), main in zip(groups.items(), predominant):
            vals = [values[i] for i in idx]
            known = [v for v in vals if not is_missing(v)]
            if len(idx) == 1:
                site_values.append(vals[0])
                continue
            if not known:
                site_values.append(None)
            elif rule == SUM:
                if len(known) < len(vals):
                    partial_sum.setdefault(cid, []).append(sid)
                    site_values.append(None)
                else:
                    if len(set(known)) == 1 and known[0] > 0:
                        repeated_sum.setdefault(cid, []).append(sid)
                    site_values.append(float(sum(known)))
            elif rule == MIN:
                site_values.append(float(min(known)))
            elif rule == PREDOMINANT:
                v = values[main] if not is_missing(values[main]) else known[0]
                if len(set(map(str, known))) > 1:
                    disagree.setdefault(cid, []).append(sid)
                site_values.append(v)
            elif rule == OWNER:
                kinds = set(known)
                site_values.append(known[0] if len(kinds) == 1 else "mixte")
            elif rule == STATE:
                kinds = set(known)
                if len(kinds) > 1:
                    kinds.discard("pas-de-bati")
                site_values.append(kinds.pop() if len(kinds) == 1 else "degradation-heterogene")
            else:
                order = list(rule)
                ranked = [v for v in known if v in order]
                site_values.append(min(ranked, key=order.index) if ranked else known[0])
        out[cid] = site_values
    messages: List[Message] = []
    if multi:
        messages.append(Message(
            fr=f"{len(feature_ids)} entités regroupées en {len(groups)} sites, dont {len(multi)} multi-parcelles "
               f"({preview(multi, 5)}) : surfaces additionnées, distances de la parcelle la plus proche, présences "
               f"(risques, zonages) si une parcelle est concernée, commune et zonage de la plus grande parcelle.",
            en=f"{len(feature_ids)} features grouped into {len(groups)} sites, {len(multi)} of them multi-parcel "
               f"({preview(multi, 5)}): areas summed, distances of the nearest parcel, presences (risks, zonings) if "
               f"one parcel is concerned, commune and zoning of the largest parcel."))
    for cid, sids in partial_sum.items():
        messages.append(Warn(
            fr=f"« {cid} » inconnu sur une partie des parcelles : somme non calculée, critère inconnu pour "
               f"{len(sids)} site(s) : {preview(sids)}",
            en=f"'{cid}' unknown on some parcels: no sum, criterion unknown for {len(sids)} site(s): {preview(sids)}"))
    for cid, sids in repeated_sum.items():
        messages.append(Warn(
            fr=f"« {cid} » : même valeur sur toutes les parcelles de {len(sids)} site(s) ({preview(sids)}), "
               f"additionnée ; si c'est la valeur du site entier, ne la donnez que sur une parcelle.",
            en=f"'{cid}': same value on every parcel of {len(sids)} site(s) ({preview(sids)}), summed; if it is "
               f"the whole site's value, give it on one parcel only."))
    for cid, sids in disagree.items():
        messages.append(Message(
            fr=f"« {cid} » diffère entre les parcelles de {len(sids)} site(s) ({preview(sids)}) : valeur de la "
               f"plus grande parcelle retenue.",
            en=f"'{cid}' differs between the parcels of {len(sids)} site(s) ({preview(sids)}): the largest "
               f"parcel's value is kept."))
    return out, predominant, messages


# --- 6. Mutafriches derivations ---------------------------------------------------------------------------

def water_connection(built_area) -> Optional[str]:
    """ADR-0019: built footprint > 20 m² → oui, ≤ 20 → non, unknown → unknown."""
    if is_missing(built_area):
        return None
    v = parse_number(built_area)
    if v is None or not math.isfinite(v):
        return None
    return "oui" if v > WATER_THRESHOLD_M2 else "non"


def _round_rate(value):
    if is_missing(value):
        return None
    v = float(value)
    if v <= 0:
        return None  # LOVAC secret (−1 / 0)
    return float(math.floor(v * 10 + 0.5) / 10)


def derive(criteria: Dict[str, list], site_ids: Sequence[str]) -> Tuple[Dict[str, list], List[Message]]:
    """Mutafriches derivations, whatever the source of the inputs (friches.md §2.1, §2.6)."""
    messages: List[Message] = []
    out = dict(criteria)
    n = len(site_ids)
    if "surfaceBati" in out:
        derived = [water_connection(v) for v in out["surfaceBati"]]
        given = out.get("raccordementEau")
        if given is not None:
            clash = [sid for sid, d, g in zip(site_ids, derived, given)
                     if d is not None and not is_missing(g) and str(g) != d]
            if clash:
                messages.append(Warn(
                    fr=f"« raccordementEau » donné contredit la règle Mutafriches (emprise bâtie > 20 m² → oui) pour "
                       f"{len(clash)} site(s) : la règle l'emporte : {preview(clash)}",
                    en=f"Given 'raccordementEau' contradicts the Mutafriches rule (building footprint > 20 m² → oui) "
                       f"for {len(clash)} site(s): the rule wins: {preview(clash)}"))
        out["raccordementEau"] = coalesce(derived, given)
    if "tauxLogementsVacants" in out:
        out["tauxLogementsVacants"] = [_round_rate(v) for v in out["tauxLogementsVacants"]]
    for cid, radius in SEARCH_RADIUS_M.items():
        if cid in out:
            out[cid] = [NOT_FOUND if isinstance(v, float) and v > radius else v for v in out[cid]]
    for cid, values in out.items():
        if len(values) != n:
            raise AulaInputError(fr=f"Critère « {cid} » : {len(values)} valeurs pour {n} sites.",
                                 en=f"Criterion '{cid}': {len(values)} values for {n} sites.")
    return out, messages


# --- deliberate deviations (options, off by default) ------------------------------------------------------

DEVIATIONS: Dict[str, Message] = OrderedDict([
    ("bati_surface_as_footprint", Message(
        fr="surface de plancher CNIG (bati_surface) prise pour l'emprise au sol bâtie quand emprise_sol_bati manque",
        en="CNIG floor area (bati_surface) taken as the building footprint when emprise_sol_bati is missing")),
    ("no_best_use_without_data", Message(
        fr="pas d'usage_1 ni de potentiel pour un site sans aucun critère noté (Mutafriches donne résidentiel, 0 %)",
        en="no usage_1 nor potentiel for a site with no scored criterion (Mutafriches gives residentiel, 0 %)")),
])
"""Deliberate deviations from Mutafriches, each an option off by default, named in the report."""


def check_deviations(names: Sequence[str]) -> Tuple[str, ...]:
    bad = [n for n in names if n not in DEVIATIONS]
    if bad:
        raise AulaInputError(fr=f"Écart(s) à Mutafriches inconnu(s) : {preview(bad)} ; connus : {', '.join(DEVIATIONS)}",
                             en=f"Unknown deviation(s) from Mutafriches: {preview(bad)}; known: {', '.join(DEVIATIONS)}")
    return tuple(n for n in DEVIATIONS if n in names)
