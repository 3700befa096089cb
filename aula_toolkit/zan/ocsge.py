"""OCS GE nomenclature and IGN "artificialisation" products: which polygon is artificial (zan.md §5).

Three ways to say it (``METHOD``): IGN's own ``artif`` field of the stock layers (the official
measure, thresholds already applied), or the CS × US matrix of Sparte's SQL macro (US6.1/US6.2
artificial) or of its map legend (US6.1/US6.2 not artificial), followed by the thresholds of the
décret of 27 November 2023 (buildings ≥ 50 m², other artificial surfaces ≥ 2 500 m²).
Field names are read case-insensitively: deliveries spell them ``CS_2018`` or ``cs_2018``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, preview

METHOD_ARTIF = "artif"
METHOD_MATRIX = "matrice"
METHOD_MATRIX_NO_US6 = "matrice_sans_us6"
METHODS = (METHOD_ARTIF, METHOD_MATRIX, METHOD_MATRIX_NO_US6)
METHOD_LABELS = {
    METHOD_ARTIF: ("champ artif de l'IGN", "IGN artif field"),
    METHOD_MATRIX: ("matrice CS × US avec US6.1/US6.2 (Sparte SQL) et seuils du décret",
                    "CS × US matrix with US6.1/US6.2 (Sparte SQL) and thresholds of the décret"),
    METHOD_MATRIX_NO_US6: ("matrice CS × US sans US6.1/US6.2 (légende Sparte) et seuils du décret",
                           "CS × US matrix without US6.1/US6.2 (Sparte legend) and thresholds of the décret"),
}

BUILT_THRESHOLD_M2 = 50.0  # décret 2023-1096, 1° : bâti ≥ 50 m² d'emprise au sol
SURFACE_THRESHOLD_M2 = 2500.0  # 2° à 5° : ≥ 2 500 m² d'emprise

CS_ALWAYS_ARTIFICIAL = ("CS1.1.1.1", "CS1.1.1.2", "CS1.1.2.2")
CS_MINERAL = "CS1.1.2.1"
CS_HERBACEOUS = ("CS2.2.1", "CS2.2.2")
US_ARTIFICIAL_HERBACEOUS = ("US2", "US3", "US5", "US235", "US4.1.1", "US4.1.2", "US4.1.3", "US4.1.4", "US4.1.5",
                            "US4.2", "US4.3")
US_TRANSITION = ("US6.1", "US6.2")

COVERAGE_UNIFORM = "COMPLETE_UNIFORM"
COVERAGE_NOT_UNIFORM = "COMPLETE_NOT_UNIFORM"
COVERAGE_PARTIAL = "PARTIAL"
COVERAGE_NO_DATA = "NO_DATA"
COVERAGE_LABELS = {
    COVERAGE_UNIFORM: ("Couverture complète, millésimes uniformes", "Complete coverage, uniform millésimes"),
    COVERAGE_NOT_UNIFORM: ("Couverture complète, millésimes différents selon le département",
                           "Complete coverage, millésimes differ between départements"),
    COVERAGE_PARTIAL: ("Couverture partielle", "Partial coverage"),
    COVERAGE_NO_DATA: ("Pas de donnée OCS GE", "No OCS GE data"),
}

CONSISTENCY_TOLERANCE_HA = 0.5

STOCK_FIELDS = {
    "code_cs": ("code_cs", "cs", "couverture"),
    "code_us": ("code_us", "us", "usage"),
    "artif": ("artif",),
    "crit_seuil": ("crit_seuil", "critere_seuil"),
    "millesime": ("millesime", "annee", "year"),
    "departement": ("departement", "code_dep", "insee_dep", "dep"),
}
DELIVERY = re.compile(
    r"OCS-?GE_(?P<version>\d-\d)_(?P<product>[A-Z0-9-]+?)_GPKG_LAMB93_D(?P<dep>\d[0-9AB]{1,2})_(?P<date>\d{4})-\d\d-\d\d",
    re.IGNORECASE)
DIFF_YEARS = re.compile(r"DIFF-(\d{4})-(\d{4})", re.IGNORECASE)
LAYER_STOCK = re.compile(r"artif_(\d{4})_(\d[0-9AB]{1,2})$", re.IGNORECASE)
LAYER_DIFF = re.compile(r"(\d{4})_(\d{4})_(\d[0-9AB]{1,2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Delivery:
    """What an IGN delivery name says: product, département (``62``), millésime(s)."""

    product: str  # "stock" or "difference"
    departement: Optional[str]
    years: tuple  # (2018,) for a stock, (2018, 2021) for a difference


def departement_code(value) -> Optional[str]:
    """``D062``, ``062``, ``62`` → ``62``; ``02A`` → ``2A``; 971 stays 971."""
    if value is None:
        return None
    code = str(value).strip().upper().lstrip("D")
    if code in ("", "NAN", "NONE"):
        return None
    if code.endswith(".0"):
        code = code[:-2]
    if len(code) == 3 and code.startswith("0"):
        code = code[1:]
    return code.zfill(2) if code.isdigit() and len(code) < 2 else code


def departement_of_commune(insee: str) -> str:
    """Département of an INSEE commune code (97x for overseas)."""
    return insee[:3] if insee.startswith("97") else insee[:2]


def parse_delivery(name: str) -> Optional[Delivery]:
    """Read a delivery folder, GPKG file or layer name of IGN's artificialisation products."""
    match = DELIVERY.search(name)
    diff = DIFF_YEARS.search(name)
    if match:
        dep = departement_code(match.group("dep"))
        if diff or "DIFF" in match.group("product").upper():
            years = (int(diff.group(1)), int(diff.group(2))) if diff else ()
            return Delivery("difference", dep, years)
        return Delivery("stock", dep, (int(match.group("date")),))
    stem = re.sub(r"\.gpkg$", "", name.split("/")[-1], flags=re.IGNORECASE)
    stock = LAYER_STOCK.search(stem)
    if stock and "diff" not in stem.lower():
        return Delivery("stock", departement_code(stock.group(2)), (int(stock.group(1)),))
    layer_diff = LAYER_DIFF.search(stem)
    if layer_diff and "diff" in stem.lower():
        return Delivery("difference", departement_code(layer_diff.group(3)),
                        (int(layer_diff.group(1)), int(layer_diff.group(2))))
    return None


def find_column(columns: Sequence[str], candidates: Sequence[str]) -> Optional[str]:
    lower = {c.lower(): c for c in columns}
    return next((lower[c] for c in candidates if c in lower), None)


def _codes(series: pd.Series) -> np.ndarray:
    """OCS GE codes as upper-case text without spaces (``cs1.1.1.1 `` → ``CS1.1.1.1``)."""
    codes, uniques = pd.factorize(series.astype(object).where(series.notna(), ""), sort=False)
    clean = pd.Series(uniques, dtype=object).astype(str).str.strip().str.upper().str.replace(" ", "", regex=False)
    return clean.to_numpy(dtype=object)[codes] if len(codes) else np.zeros(0, dtype=object)


def artificial_by_matrix(code_cs, code_us, with_us6: bool = True) -> np.ndarray:
    """The CS × US matrix (Sparte ``is_artificial.sql``; ``with_us6=False`` = its map legend)."""
    cs = np.asarray(code_cs, dtype=object)
    us = np.asarray(code_us, dtype=object)
    herbaceous_uses = US_ARTIFICIAL_HERBACEOUS + (US_TRANSITION if with_us6 else ())
    return (np.isin(cs, CS_ALWAYS_ARTIFICIAL)
            | ((cs == CS_MINERAL) & (us != "US1.3"))
            | (np.isin(cs, CS_HERBACEOUS) & np.isin(us, herbaceous_uses)))


def threshold_of(code_cs) -> np.ndarray:
    """Minimum area for a polygon to count as artificial: 50 m² for buildings, 2 500 m² otherwise."""
    cs = np.asarray(code_cs, dtype=object)
    return np.where(cs == "CS1.1.1.1", BUILT_THRESHOLD_M2, SURFACE_THRESHOLD_M2)


def artificial_with_thresholds(code_cs, code_us, areas_m2, with_us6: bool = True):
    """Matrix, then the décret's thresholds polygon by polygon: (artificial, below_threshold)."""
    matrix = artificial_by_matrix(code_cs, code_us, with_us6)
    below = matrix & (np.asarray(areas_m2, dtype=float) < threshold_of(code_cs))
    return matrix & ~below, below


def artif_flag(values: pd.Series, label: str, column: str) -> np.ndarray:
    """IGN ``artif`` field (``artif`` / ``non artif``; also 1/0, true/false, oui/non) → bool."""
    codes, uniques = pd.factorize(values.astype(object).where(values.notna(), ""), sort=False)
    text = pd.Series(uniques, dtype=object).astype(str).str.strip().str.lower()
    text = text.str.replace(r"\.0$", "", regex=True).str.replace("_", " ", regex=False)
    yes = text.isin(["artif", "artificialise", "artificialisé", "1", "true", "t", "oui", "vrai"]).to_numpy()
    no = text.isin(["non artif", "non artificialise", "non artificialisé", "nonartif", "0", "false", "f", "non",
                    "faux"]).to_numpy()
    unknown = sorted(set(text[~(yes | no)]))
    if unknown:
        raise AulaInputError(
            fr=f"« {label} » : valeurs inattendues dans le champ « {column} » : {preview(unknown)} "
               f"(attendu : artif / non artif).",
            en=f"'{label}': unexpected values in field '{column}': {preview(unknown)} (expected: artif / non artif).",
        )
    return yes[codes] if len(codes) else np.zeros(0, dtype=bool)


def _column_or_error(frame: pd.DataFrame, key: str, candidates, label: str, why: str) -> str:
    column = find_column(list(frame.columns), candidates)
    if column is None:
        raise AulaInputError(
            fr=f"« {label} » : champ « {candidates[0]} » introuvable ({why}) ; champs : {preview(list(frame.columns))}",
            en=f"'{label}': field '{candidates[0]}' not found ({why}); fields: {preview(list(frame.columns))}",
        )
    return column


def stock_artificial(frame: pd.DataFrame, areas_m2, method: str, label: str) -> np.ndarray:
    """Which polygons of a stock layer are artificial under ``method``."""
    if method == METHOD_ARTIF:
        column = find_column(list(frame.columns), STOCK_FIELDS["artif"])
        if column is None:
            raise AulaInputError(
                fr=f"« {label} » : pas de champ « artif » : ce n'est pas une couche OCS GE artificialisation de l'IGN ; "
                   f"choisissez la méthode « matrice CS × US » (champs code_cs et code_us). "
                   f"Champs : {preview(list(frame.columns))}",
                en=f"'{label}': no 'artif' field: this is not an IGN OCS GE artificialisation layer; choose the "
                   f"'CS × US matrix' method (fields code_cs and code_us). Fields: {preview(list(frame.columns))}",
            )
        return artif_flag(frame[column], label, column)
    cs = _column_or_error(frame, "code_cs", STOCK_FIELDS["code_cs"], label, "méthode matrice CS × US")
    us = _column_or_error(frame, "code_us", STOCK_FIELDS["code_us"], label, "méthode matrice CS × US")
    artificial, _ = artificial_with_thresholds(_codes(frame[cs]), _codes(frame[us]), areas_m2,
                                               method == METHOD_MATRIX)
    return artificial


def stock_codes(frame: pd.DataFrame):
    """(code_cs, code_us) arrays of a stock layer, empty text where absent."""
    out = []
    for key in ("code_cs", "code_us"):
        column = find_column(list(frame.columns), STOCK_FIELDS[key])
        out.append(_codes(frame[column]) if column else np.full(len(frame), "", dtype=object))
    return out


def year_column(frame: pd.DataFrame, fallback: Optional[int], label: str, key: str = "millesime") -> np.ndarray:
    """Millésime per row: the layer's column, else the year of the delivery name; error if neither."""
    column = find_column(list(frame.columns), STOCK_FIELDS[key])
    if column is not None:
        codes, uniques = pd.factorize(frame[column])
        years = pd.to_numeric(pd.Series(uniques, dtype=object).astype(str).str[:4], errors="coerce")
        if (codes >= 0).all() and years.notna().all():
            return years.to_numpy(dtype=np.int64)[codes]
    if fallback is None:
        raise AulaInputError(
            fr=f"« {label} » : millésime inconnu : ni champ « millesime » renseigné, ni nom de livraison IGN "
               f"(…_D062_2018-01-01).",
            en=f"'{label}': unknown millésime: no filled 'millesime' field and no IGN delivery name "
               f"(…_D062_2018-01-01).",
        )
    return np.full(len(frame), int(fallback), dtype=np.int64)


def departement_column(frame: pd.DataFrame, fallback: Optional[str]) -> np.ndarray:
    """Département per row: the layer's column, else the delivery name's, else empty (found by location)."""
    column = find_column(list(frame.columns), STOCK_FIELDS["departement"])
    if column is not None:
        codes, uniques = pd.factorize(frame[column])
        values = np.array([departement_code(v) or "" for v in uniques] + [""], dtype=object)
        return values[codes]  # code −1 (empty value) picks the trailing "".
    return np.full(len(frame), fallback or "", dtype=object)


@dataclass
class DifferenceColumns:
    before: int
    after: int
    cs_before: Optional[str]
    us_before: Optional[str]
    cs_after: Optional[str]
    us_after: Optional[str]
    direction: Optional[str]


def difference_columns(frame: pd.DataFrame, label: str, years: Sequence[int] = ()) -> DifferenceColumns:
    """Find ``cs_<y>``, ``us_<y>`` and ``artificialisation`` in a difference layer, any case."""
    found: Dict[int, Dict[str, str]] = {}
    for column in frame.columns:
        match = re.fullmatch(r"(cs|us|artif)_(\d{4})", column.strip().lower())
        if match:
            found.setdefault(int(match.group(2)), {})[match.group(1)] = column
    found_years = sorted(found)
    if len(found_years) >= 2:
        before, after = found_years[0], found_years[-1]
    elif len(years) == 2:
        before, after = years
    else:
        raise AulaInputError(
            fr=f"« {label} » : couche de différence sans champs cs_<année>/us_<année> ni nom de livraison "
               f"…DIFF-2018-2021… ; champs : {preview(list(frame.columns))}",
            en=f"'{label}': difference layer without cs_<year>/us_<year> fields nor a …DIFF-2018-2021… delivery "
               f"name; fields: {preview(list(frame.columns))}",
        )
    direction = find_column(list(frame.columns), ("artificialisation", "artif_diff", "sens"))
    return DifferenceColumns(before, after, found.get(before, {}).get("cs"), found.get(before, {}).get("us"),
                             found.get(after, {}).get("cs"), found.get(after, {}).get("us"), direction)


def difference_direction(frame: pd.DataFrame, columns: DifferenceColumns, areas_m2, method: str,
                         label: str) -> np.ndarray:
    """+1 artificialisation, −1 renaturation, 0 no change of status, per difference polygon.

    With ``METHOD_ARTIF`` the IGN ``artificialisation`` field is read; with a matrix method the
    status before and after is recomputed from CS/US (so both Sparte variants can be compared).
    """
    if method == METHOD_ARTIF and columns.direction:
        values = pd.to_numeric(frame[columns.direction], errors="coerce")
        bad = sorted({str(v) for v, ok in zip(frame[columns.direction], values.isin([1, -1, 0])) if not ok})
        if bad:
            raise AulaInputError(
                fr=f"« {label} » : valeurs inattendues dans « {columns.direction} » : {preview(bad)} (attendu 1 ou −1).",
                en=f"'{label}': unexpected values in '{columns.direction}': {preview(bad)} (expected 1 or −1).",
            )
        return values.to_numpy(dtype=np.int64)
    needed = [columns.cs_before, columns.us_before, columns.cs_after, columns.us_after]
    if not all(needed):
        raise AulaInputError(
            fr=f"« {label} » : ni champ « artificialisation », ni champs cs/us des deux millésimes "
               f"{columns.before} et {columns.after}.",
            en=f"'{label}': neither an 'artificialisation' field nor cs/us fields of both millésimes "
               f"{columns.before} and {columns.after}.",
        )
    with_us6 = method != METHOD_MATRIX_NO_US6
    before, _ = artificial_with_thresholds(_codes(frame[columns.cs_before]), _codes(frame[columns.us_before]),
                                           areas_m2, with_us6)
    after, _ = artificial_with_thresholds(_codes(frame[columns.cs_after]), _codes(frame[columns.us_after]),
                                          areas_m2, with_us6)
    return after.astype(np.int64) - before.astype(np.int64)


def coverage_status(communes_covered: Sequence[bool], pairs: Sequence[Optional[tuple]]) -> str:
    """Sparte's coverage status of a territory from its communes (covered?, (m1, m2) of their département)."""
    covered = [c for c in communes_covered if c]
    if not covered:
        return COVERAGE_NO_DATA
    if len(covered) < len(communes_covered):
        return COVERAGE_PARTIAL
    return COVERAGE_UNIFORM if len({p for p in pairs if p is not None}) <= 1 else COVERAGE_NOT_UNIFORM


def millesime_text(pairs: List[tuple]) -> str:
    """``D062 : 2018→2021 ; D059 : 2017→2020`` (département index, for the report and OUTPUT)."""
    return " ; ".join(f"D{dep.zfill(3)} : {a}→{b}" for dep, a, b in sorted(pairs))
