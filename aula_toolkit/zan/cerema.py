"""Reading the Cerema communal consumption file (ENAF flows from the Fichiers fonciers).

Every millésime from 2009-2019 to 2009-2025 is read by column name, never by position
(`nafNNartMM`, `artNN{act,hab,mix,rou,fer,inc}MM`), whatever the case (shapefile exports are
upper-case), with `;` or `,` separators, and INSEE codes kept as text (``01001``, ``2A004``).
The long layout of the Cerema API (one row per commune and ``annee``) is accepted too.

Year convention (zan.md R1): the flow of year *y* is column ``naf{yy}art{yy+1}``, i.e. consumption
between 1 January y and 1 January y+1. In the API layout ``annee = y`` denotes the same flow.
"""

from __future__ import annotations

import csv
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..insee import insee_codes
from ..errors import AulaInputError, Message, preview
from ..numbers import SURFACE_M2, Domain, is_missing, read_numbers

DESTINATIONS = ("act", "hab", "mix", "rou", "fer", "inc")
DESTINATION_LABELS = {
    "act": ("activité", "economic activity"),
    "hab": ("habitat", "housing"),
    "mix": ("mixte", "mixed"),
    "rou": ("route", "road"),
    "fer": ("ferroviaire", "railway"),
    "inc": ("inconnu", "unknown"),
}

ANNUAL_TOTAL = re.compile(r"^naf(\d\d)art(\d\d)$", re.IGNORECASE)
ANNUAL_DESTINATION = re.compile(r"^art(\d\d)(act|hab|mix|rou|fer|inc)(\d\d)$", re.IGNORECASE)
EPCI_CODE = re.compile(r"^epci(\d\d)$", re.IGNORECASE)
EPCI_NAME = re.compile(r"^epci(\d\d)txt$", re.IGNORECASE)

INSEE_CANDIDATES = ("idcom", "insee_com", "code_insee", "insee", "codgeo", "code_commune", "com")
NAME_CANDIDATES = ("idcomtxt", "nom", "nom_com", "libgeo", "commune", "nom_commune")
YEAR_CANDIDATES = ("annee", "year")
API_TOTAL_CANDIDATES = ("naf_arti", "naf_arti_m2", "conso_naf", "conso_total")
API_DESTINATION_PREFIX = "conso_"


@dataclass
class ConsumptionTable:
    """Annual ENAF consumption per commune, in m², years as columns of numpy arrays."""

    communes: pd.Index  # INSEE codes (text), unique
    names: pd.Series  # commune names, indexed by INSEE code ("" when the file has none)
    years: np.ndarray  # consecutive years, e.g. 2009..2022
    total: np.ndarray  # shape (communes, years), m²
    destinations: Dict[str, np.ndarray]  # destination code -> (communes, years) array, m²
    attributes: pd.DataFrame  # other columns (epciYY, scot, …) as text, indexed by INSEE code
    layout: str
    warnings: List[Message] = field(default_factory=list)

    @property
    def first_year(self) -> int:
        return int(self.years[0])

    @property
    def last_year(self) -> int:
        return int(self.years[-1])

    def year_slice(self, start: int, end: int) -> slice:
        """Columns of years start..end, both included (clipped to the file)."""
        lo = max(start, self.first_year) - self.first_year
        hi = min(end, self.last_year) - self.first_year + 1
        return slice(lo, max(lo, hi))

    def covers(self, start: int, end: int) -> bool:
        return self.first_year <= start and end <= self.last_year


def sniff_separator(header_line: str) -> str:
    """The Cerema files use ';' (2009-2023) or ',' (2009-2020 V2): pick the one of the header."""
    counts = {sep: header_line.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=counts.get)


def read_consumption_csv(path, label: Optional[str] = None, insee_field: Optional[str] = None) -> ConsumptionTable:
    """Read a Cerema consumption CSV (any millésime, `;` or `,`, UTF-8 or Latin-1)."""
    path = Path(path)
    label = label or path.name
    if not path.exists():
        raise AulaInputError(
            fr=f"Fichier de consommation introuvable : {path}",
            en=f"Consumption file not found: {path}",
        )
    encoding = _detect_encoding(path)
    with open(path, encoding=encoding, newline="") as handle:
        header = handle.readline()
    separator = sniff_separator(header)
    names = next(csv.reader([header.strip("\r\n")], delimiter=separator))
    text_columns = {name: str for name in names if not _is_flow_column(name)}
    with warnings.catch_warnings():
        # read by chunks (pandas' default): one 20 MB block (low_memory=False) took 0.58 s instead of 0.26 s inside
        # QGIS, its memory faulted in page by page. A flow column whose chunks read differently (a "12,5" in
        # one) comes as mixed objects, which _numeric_block reads cell by cell as it reads text.
        warnings.simplefilter("ignore", pd.errors.DtypeWarning)
        frame = pd.read_csv(
            path,
            sep=separator,
            dtype=text_columns,
            encoding=encoding,
            keep_default_na=False,
            na_values=[""],
        )
    return consumption_from_frame(frame, label, insee_field=insee_field)


def _detect_encoding(path: Path) -> str:
    with open(path, "rb") as handle:
        sample = handle.read(1 << 20)
    try:
        sample.decode("utf-8")
        return "utf-8-sig" if sample.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(sample) - 4:  # a character cut by the sample boundary
            return "utf-8"
        return "cp1252"


def _is_flow_column(name: str) -> bool:
    return bool(ANNUAL_TOTAL.match(name) or ANNUAL_DESTINATION.match(name))


def _find_column(columns: Sequence[str], candidates: Sequence[str]) -> Optional[str]:
    lowered = {c.lower(): c for c in columns}
    for candidate in candidates:
        if candidate in lowered:
            return lowered[candidate]
    return None


def consumption_from_frame(frame: pd.DataFrame, label: str, insee_field: Optional[str] = None) -> ConsumptionTable:
    """Normalise a consumption table already in memory (CSV, layer attributes, API export)."""
    columns = [str(c) for c in frame.columns]
    frame.columns = columns
    insee = insee_field or _find_column(columns, INSEE_CANDIDATES)
    if insee is None or insee not in columns:
        raise AulaInputError(
            fr=f"« {label} » : aucune colonne de code INSEE ({', '.join(INSEE_CANDIDATES)}) ; "
            f"colonnes lues : {preview(columns)}",
            en=f"'{label}': no INSEE code column ({', '.join(INSEE_CANDIDATES)}); columns read: {preview(columns)}",
        )
    if any(ANNUAL_TOTAL.match(c) for c in columns):
        return _from_wide(frame, label, insee)
    if _find_column(columns, YEAR_CANDIDATES) and _find_column(columns, API_TOTAL_CANDIDATES):
        return _from_long(frame, label, insee)
    raise AulaInputError(
        fr=f"« {label} » : aucune colonne de flux « nafNNartMM » (ex. naf11art12) ni couple « annee » + "
        f"« naf_arti » : ce n'est pas un fichier de consommation d'espaces du Cerema. Colonnes : {preview(columns)}",
        en=f"'{label}': no 'nafNNartMM' flow column (e.g. naf11art12) nor 'annee' + 'naf_arti' pair: "
        f"this is not a Cerema land consumption file. Columns: {preview(columns)}",
    )


def _insee_codes(series: pd.Series, label: str, column: str) -> pd.Index:
    codes = insee_codes(series.tolist())
    empty = codes.count("")
    if empty:
        raise AulaInputError(
            fr=f"« {label} » : {empty} ligne(s) sans code INSEE dans « {column} ».",
            en=f"'{label}': {empty} row(s) without an INSEE code in '{column}'.",
        )
    if len(set(codes)) != len(codes):
        seen, duplicated = set(), set()
        for code in codes:
            (duplicated if code in seen else seen).add(code)
        raise AulaInputError(
            fr=f"« {label} » : codes INSEE en double dans « {column} » : {preview(sorted(duplicated))}",
            en=f"'{label}': duplicate INSEE codes in '{column}': {preview(sorted(duplicated))}",
        )
    return pd.Index(np.array(codes, dtype=object), name="insee")


# Per-destination flows may be slightly negative (±1 m² rounding shifts, mostly in ``inc``): only the
# total ``nafNNartMM`` must be a true surface ≥ 0.
DESTINATION_FLOW_M2 = Domain("flux en m²", "flow in m²", -SURFACE_M2.maximum, SURFACE_M2.maximum)


def _numeric_block(frame: pd.DataFrame, columns: List[str], label: str, insee: pd.Index,
                   domain: Domain = SURFACE_M2) -> np.ndarray:
    """Flow columns as float64 m² (text numbers through the shared reader: ``12345,6``, ``1 234,5``);
    an empty, unreadable, non-finite or out-of-domain cell is an error naming column and commune."""
    block = frame[columns]
    numeric = pd.api.types.is_numeric_dtype  # also answers for pandas 2's string and extension dtypes
    if all(numeric(dtype) and not pd.api.types.is_bool_dtype(dtype) for dtype in block.dtypes):
        values = block.to_numpy(dtype=np.float64, na_value=np.nan)
        if np.isfinite(values).all() and values.min(initial=0.0) >= domain.minimum \
                and values.max(initial=0.0) <= domain.maximum:
            return values
    values = np.empty((len(block), len(columns)), dtype=np.float64)
    for j, column in enumerate(columns):
        raw = block[column].astype(object)
        raw = raw.where(raw.notna(), None)  # NaN, None and pandas 2's pd.NA: an empty cell
        parsed = read_numbers(raw.tolist(), domain, insee)
        missing = [(insee[i], "(vide)") for i in np.flatnonzero(np.isnan(parsed.values))
                   if is_missing(raw.iloc[i])]
        if parsed.bad or missing:
            cells = [f"{code}={value!s}" for code, value in (parsed.bad + missing)]
            raise AulaInputError(
                fr=f"« {label} » : valeur vide, non numérique, non finie ou hors domaine dans la colonne « {column} » "
                   f"({domain.fr} attendue, {domain.range_text(True)}) : {preview(cells, 5)}",
                en=f"'{label}': empty, non-numeric, non-finite or out-of-domain value in column '{column}' "
                   f"({domain.en} expected, {domain.range_text(False)}): {preview(cells, 5)}",
            )
        values[:, j] = parsed.values
    return values


def _from_wide(frame: pd.DataFrame, label: str, insee_column: str) -> ConsumptionTable:
    columns = list(frame.columns)
    codes = _insee_codes(frame[insee_column], label, insee_column)
    warnings: List[Message] = []

    annual: Dict[int, str] = {}
    for name in columns:
        match = ANNUAL_TOTAL.match(name)
        if match and int(match.group(2)) == int(match.group(1)) + 1:
            annual[2000 + int(match.group(1))] = name
    if not annual:
        raise AulaInputError(
            fr=f"« {label} » : aucune colonne annuelle « nafNNartMM » avec MM = NN + 1 (ex. naf11art12).",
            en=f"'{label}': no annual 'nafNNartMM' column with MM = NN + 1 (e.g. naf11art12).",
        )
    years = np.arange(min(annual), max(annual) + 1)
    missing_years = [int(y) for y in years if y not in annual]
    if missing_years:
        raise AulaInputError(
            fr=f"« {label} » : années manquantes dans la série annuelle : "
            f"{', '.join(f'naf{y - 2000:02d}art{y - 1999:02d}' for y in missing_years)}",
            en=f"'{label}': years missing from the annual series: "
            f"{', '.join(f'naf{y - 2000:02d}art{y - 1999:02d}' for y in missing_years)}",
        )
    total = _numeric_block(frame, [annual[int(y)] for y in years], label, codes)

    by_destination: Dict[str, Dict[int, str]] = {d: {} for d in DESTINATIONS}
    for name in columns:
        match = ANNUAL_DESTINATION.match(name)
        if match and int(match.group(3)) == int(match.group(1)) + 1:
            by_destination[match.group(2).lower()][2000 + int(match.group(1))] = name
    destinations: Dict[str, np.ndarray] = {}
    absent = []
    for dest, year_columns in by_destination.items():
        if all(int(y) in year_columns for y in years):
            destinations[dest] = _numeric_block(frame, [year_columns[int(y)] for y in years], label, codes,
                                                DESTINATION_FLOW_M2)
        else:
            absent.append(dest)
    if absent:
        warnings.append(
            Message(
                fr=f"« {label} » : destinations absentes de ce millésime : {', '.join(absent)} (laissées vides).",
                en=f"'{label}': destinations absent from this millésime: {', '.join(absent)} (left empty).",
            )
        )
    if destinations:
        gap = np.abs(total - sum(destinations.values()))
        bad = np.argwhere(gap > 1.0)
        if len(bad):
            sample = ", ".join(f"{codes[i]} {years[j]}" for i, j in bad[:5])
            warnings.append(
                Message(
                    fr=f"« {label} » : la somme des destinations diffère du total naf pour {len(bad)} cellule(s) ({sample}).",
                    en=f"'{label}': the sum of destinations differs from the naf total in {len(bad)} cell(s) ({sample}).",
                )
            )

    name_column = _find_column(columns, NAME_CANDIDATES)
    names = frame[name_column].fillna("").astype(str) if name_column else pd.Series([""] * len(frame))
    names.index = codes
    flow_columns = {c for c in columns if ANNUAL_TOTAL.match(c) or ANNUAL_DESTINATION.match(c)}
    other = [c for c in columns if c not in flow_columns and c not in (insee_column, name_column)]
    attributes = frame[other].copy()
    attributes.index = codes
    layout = f"Cerema {years[0]}-{years[-1] + 1}"
    return ConsumptionTable(codes, names, years, total, destinations, attributes, layout, warnings)


def _from_long(frame: pd.DataFrame, label: str, insee_column: str) -> ConsumptionTable:
    """API layout: one row per (commune, annee), total in naf_arti, destinations in conso_*."""
    columns = list(frame.columns)
    year_column = _find_column(columns, YEAR_CANDIDATES)
    total_column = _find_column(columns, API_TOTAL_CANDIDATES)
    codes = frame[insee_column].astype(str).str.strip()
    year_values = pd.to_numeric(frame[year_column], errors="coerce")
    if year_values.isna().any():
        raise AulaInputError(
            fr=f"« {label} » : année non numérique dans « {year_column} ».",
            en=f"'{label}': non-numeric year in '{year_column}'.",
        )
    keys = pd.Series(codes.to_numpy() + "|" + year_values.astype(int).astype(str).to_numpy())
    if keys.duplicated().any():
        raise AulaInputError(
            fr=f"« {label} » : couples commune × année en double : {preview(sorted(keys[keys.duplicated()].unique()))}",
            en=f"'{label}': duplicate commune × year pairs: {preview(sorted(keys[keys.duplicated()].unique()))}",
        )
    value_columns = [total_column] + [
        c for c in columns if c.lower().startswith(API_DESTINATION_PREFIX) and c.lower()[5:] in DESTINATIONS
    ]
    values = np.column_stack([_numeric_block(frame, value_columns[:1], label, pd.Index(keys))] + (
        [_numeric_block(frame, value_columns[1:], label, pd.Index(keys), DESTINATION_FLOW_M2)] if value_columns[1:] else []))
    long = pd.DataFrame(values, columns=value_columns)
    long["insee"] = codes.to_numpy()
    long["year"] = year_values.astype(int).to_numpy()
    wide = {c: long.pivot(index="insee", columns="year", values=c) for c in value_columns}
    first = wide[total_column]
    years = np.arange(int(first.columns.min()), int(first.columns.max()) + 1)
    holes = sorted(set(int(y) for y in years) - set(int(y) for y in first.columns))
    if holes or first.isna().to_numpy().any():
        lacking = first.reindex(columns=years).isna()
        where = [f"{c} {y}" for c, y in zip(*np.nonzero(lacking.to_numpy()))][:5]
        raise AulaInputError(
            fr=f"« {label} » : série incomplète (commune × année manquante) : {preview(holes) or ''} {', '.join(map(str, where))}",
            en=f"'{label}': incomplete series (missing commune × year): {preview(holes) or ''} {', '.join(map(str, where))}",
        )
    index = pd.Index(first.index.astype(str).to_numpy(dtype=object), name="insee")
    destinations = {c.lower()[5:]: wide[c].reindex(columns=years).to_numpy(dtype=float) for c in value_columns[1:]}
    name_column = _find_column(columns, NAME_CANDIDATES)
    if name_column:
        names = frame.assign(_insee=codes).drop_duplicates("_insee").set_index("_insee")[name_column].astype(str)
        names = names.reindex(index).fillna("")
    else:
        names = pd.Series([""] * len(index), index=index)
    attributes = pd.DataFrame(index=index)
    layout = f"API Cerema {years[0]}-{years[-1]}"
    warnings = [
        Message(
            fr=f"« {label} » : format long de l'API Cerema ; « {year_column} = N » lu comme le flux du 1er janvier N "
            f"au 1er janvier N+1 (colonne nafNNartN+1).",
            en=f"'{label}': Cerema API long layout; '{year_column} = N' read as the flow from 1 January N "
            f"to 1 January N+1 (column nafNNartN+1).",
        )
    ]
    return ConsumptionTable(index, names, years, first.reindex(columns=years).to_numpy(dtype=float),
                            destinations, attributes, layout, warnings)


def epci_columns(table: ConsumptionTable):
    """The newest ``epciYY`` code column of the file and its ``epciYYtxt`` label column (or None)."""
    codes = sorted((c for c in table.attributes.columns if EPCI_CODE.match(c)), key=lambda c: c[-2:])
    if not codes:
        return None, None
    code = codes[-1]
    label = next((c for c in table.attributes.columns if c.lower() == code.lower() + "txt"), None)
    return code, label
