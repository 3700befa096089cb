"""Friction (résistance) tables: land-cover class → friction coefficient per sous-trame.

Exchange format: BioDispersal's CSV (INRAE QGIS plugin) — ``;``-separated, header
``class_descr;class;code;<sous-trame 1>;<sous-trame 2>…``, one row per land-cover class, integer-valued
coefficients by convention (decimals are accepted on import). Empty or ``X`` / ``inf`` = impassable.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..errors import AulaInputError, preview

BIODISPERSAL_COLUMNS = ("class_descr", "class", "code")
IMPASSABLE = ("", "x", "inf", "infini", "infranchissable", "impassable", "nodata")


@dataclass
class FrictionTable:
    """Codes, names and friction per sous-trame (``math.inf`` = impassable)."""

    codes: List[int]
    names: List[str]
    descriptions: List[str]
    frictions: Dict[str, List[float]] = field(default_factory=dict)

    def subtrames(self) -> List[str]:
        return list(self.frictions)

    def mapping(self, subtrame: Optional[str] = None) -> Dict[int, float]:
        name = self.resolve(subtrame)
        return dict(zip(self.codes, self.frictions[name]))

    def resolve(self, subtrame: Optional[str]) -> str:
        names = self.subtrames()
        if not subtrame:
            return names[0]
        for n in names:
            if n.strip().lower() == subtrame.strip().lower():
                return n
        raise AulaInputError(
            fr=f"FRICTION : sous-trame « {subtrame} » absente de la table ; colonnes : {', '.join(names)}.",
            en=f"FRICTION: sub-network '{subtrame}' not in the table; columns: {', '.join(names)}.")


def _number(text: str, where: str) -> float:
    t = (text or "").strip().replace(",", ".")
    if t.lower() in IMPASSABLE:
        return math.inf
    try:
        value = float(t)
    except ValueError:
        raise AulaInputError(fr=f"FRICTION : valeur « {text} » illisible ({where}).",
                             en=f"FRICTION: unreadable value '{text}' ({where}).") from None
    if not value > 0 or math.isnan(value):
        raise AulaInputError(fr=f"FRICTION : coefficient {text} ({where}) ; un coefficient > 0 est attendu "
                                f"(vide ou X = infranchissable).",
                             en=f"FRICTION: coefficient {text} ({where}); a coefficient > 0 is expected "
                                f"(empty or X = impassable).")
    return value


def read_friction_csv(path, label: str = "FRICTION") -> FrictionTable:
    """Read a BioDispersal friction CSV (``;`` or ``,`` separated; columns code, class, class_descr in any order,
    every other column is a sous-trame). A two-column ``code;friction`` file is accepted too."""
    path = Path(path)
    if not path.exists():
        raise AulaInputError(fr=f"{label} : fichier introuvable ({path}).", en=f"{label}: file not found ({path}).")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return parse_friction_text(text, f"{label} ({path.name})")


def parse_friction_text(text: str, label: str = "FRICTION") -> FrictionTable:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise AulaInputError(fr=f"{label} : table vide.", en=f"{label}: empty table.")
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = [h.strip() for h in rows[0]]
    lower = [h.lower() for h in header]
    if "code" not in lower:
        raise AulaInputError(
            fr=f"{label} : colonne « code » absente ; colonnes : {', '.join(header)} (format BioDispersal : "
               "class_descr;class;code;<sous-trame>…).",
            en=f"{label}: no 'code' column; columns: {', '.join(header)} (BioDispersal layout: "
               "class_descr;class;code;<sub-network>…).")
    i_code = lower.index("code")
    i_class = lower.index("class") if "class" in lower else None
    i_descr = lower.index("class_descr") if "class_descr" in lower else None
    value_cols = [i for i in range(len(header)) if i not in (i_code, i_class, i_descr)]
    if not value_cols:
        raise AulaInputError(fr=f"{label} : aucune colonne de coefficients (une par sous-trame).",
                             en=f"{label}: no coefficient column (one per sub-network).")
    codes, names, descrs = [], [], []
    frictions = {header[i]: [] for i in value_cols}
    for n, row in enumerate(rows[1:], start=2):
        row = row + [""] * (len(header) - len(row))
        try:
            code = int(float(row[i_code].strip()))
        except ValueError:
            raise AulaInputError(fr=f"{label} : code « {row[i_code]} » non entier (ligne {n}).",
                                 en=f"{label}: code '{row[i_code]}' is not an integer (line {n}).") from None
        codes.append(code)
        names.append(row[i_class].strip() if i_class is not None else str(code))
        descrs.append(row[i_descr].strip() if i_descr is not None else "")
        for i in value_cols:
            frictions[header[i]].append(_number(row[i], f"code {code}, {header[i]}, ligne/line {n}"))
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise AulaInputError(fr=f"{label} : codes en double : {preview(dupes)}.",
                             en=f"{label}: duplicate codes: {preview(dupes)}.")
    return FrictionTable(codes, names, descrs, frictions)


def friction_csv_text(table: FrictionTable) -> str:
    """The table in BioDispersal's layout (``;``, header class_descr;class;code;<sous-trames>)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(list(BIODISPERSAL_COLUMNS) + table.subtrames())
    for k, code in enumerate(table.codes):
        values = []
        for name in table.subtrames():
            v = table.frictions[name][k]
            values.append("" if math.isinf(v) else (str(int(v)) if float(v).is_integer() else repr(float(v))))
        writer.writerow([table.descriptions[k], table.names[k], code] + values)
    return out.getvalue()


def write_friction_csv(table: FrictionTable, path) -> None:
    Path(path).write_text(friction_csv_text(table), encoding="utf-8")


def friction_raster(landcover: np.ndarray, mapping: Dict[int, float], nodata: Optional[float] = None,
                    label: str = "LANDCOVER") -> np.ndarray:
    """Friction per cell from the land-cover codes (float64; nodata and impassable classes → inf).

    Every code present must be in the table: a missing code is an error naming the codes, never a silent guess.
    """
    lc = np.asarray(landcover)
    valid = np.ones(lc.shape, dtype=bool) if nodata is None else (lc != nodata)
    if np.issubdtype(lc.dtype, np.floating):
        valid &= np.isfinite(lc)
    present = np.unique(lc[valid])
    if present.size and np.issubdtype(lc.dtype, np.floating) and not np.all(np.equal(np.mod(present, 1), 0)):
        raise AulaInputError(fr=f"{label} : valeurs non entières ({preview(present[np.mod(present, 1) != 0][:5])}) ; "
                                "un raster de classes d'occupation du sol est attendu.",
                             en=f"{label}: non-integer values ({preview(present[np.mod(present, 1) != 0][:5])}); "
                                "a land-cover class raster is expected.")
    missing = [int(c) for c in present if int(c) not in mapping]
    if missing:
        raise AulaInputError(
            fr=f"{label} : classes sans coefficient dans FRICTION : {preview(missing)}. Complétez la table.",
            en=f"{label}: classes with no coefficient in FRICTION: {preview(missing)}. Complete the table.")
    if present.size == 0:
        raise AulaInputError(fr=f"{label} : aucune cellule valide (tout est nodata).",
                             en=f"{label}: no valid cell (everything is nodata).")
    codes = present.astype(np.int64)
    lut_min, lut_max = int(codes.min()), int(codes.max())
    if lut_max - lut_min < 10_000_000:
        lut = np.full(lut_max - lut_min + 1, np.inf)
        for c in codes.tolist():
            lut[c - lut_min] = mapping[c]
        out = np.empty(lc.shape, dtype=np.float64)
        for r0 in range(0, lc.shape[0], 512):  # row blocks: no full-size int64 index array
            block = lc[r0:r0 + 512]
            idx = np.clip(np.where(valid[r0:r0 + 512], block, lut_min).astype(np.int64) - lut_min, 0, lut.size - 1)
            out[r0:r0 + 512] = lut[idx]
    else:
        out = np.full(lc.shape, np.inf)
        for c in codes.tolist():
            out[lc == c] = mapping[c]
    out[~valid] = np.inf
    return out


def parse_codes(text: str, label: str = "HABITAT") -> List[int]:
    """'31, 32; 41' → [31, 32, 41]."""
    out = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(int(float(part)))
        except ValueError:
            raise AulaInputError(fr=f"{label} : code « {part} » non entier.",
                                 en=f"{label}: code '{part}' is not an integer.") from None
    return out


def max_cost_rule(distance_m: float, resolution_m: float, favourable_friction: float) -> float:
    """BioDispersal's rule of thumb: max cost = (distance / resolution) × friction of the favourable medium."""
    return distance_m / resolution_m * favourable_friction


def table_from_mapping(mapping: Dict[int, float], names: Optional[Dict[int, str]] = None, subtrame: str = "friction",
                       descriptions: Optional[Dict[int, str]] = None) -> FrictionTable:
    codes = sorted(mapping)
    return FrictionTable(codes, [(names or {}).get(c, str(c)) for c in codes],
                         [(descriptions or {}).get(c, "") for c in codes], {subtrame: [mapping[c] for c in codes]})


def codes_of(values: Sequence) -> List[int]:
    return [int(v) for v in values]
