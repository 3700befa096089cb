"""The one reader of numbers of every algorithm: parameters, layer fields and CSV cells.

French tables write ``12345,6``, ``1 234,5`` (space, no-break or thin space as thousands separator)
or ``1.234,5``; every algorithm parses them the same way here. A value that is empty is *missing*;
a value that is present but unreadable, non-finite (``nan``, ``inf``) or outside its domain
(surfaces ≥ 0, percentages 0–100…) is *bad* and is named (layer, field, first rows) in a warning or
an error, never silently turned into a number or into "unknown".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .errors import AulaInputError, Message, preview

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_FRENCH_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
MISSING_TEXT = {"", "null", "none", "na", "n/a", "nr", "-", "–", "—"}  # "nan" is a bad value, not an empty cell


@dataclass(frozen=True)
class Domain:
    """Allowed interval of a quantity (bounds included unless said otherwise), in both languages."""

    fr: str
    en: str
    minimum: float = -math.inf
    maximum: float = math.inf
    min_inclusive: bool = True

    def contains(self, value: float) -> bool:
        if not math.isfinite(value):
            return False
        low_ok = value >= self.minimum if self.min_inclusive else value > self.minimum
        return low_ok and value <= self.maximum

    def range_text(self, french: bool) -> str:
        low = "" if self.minimum == -math.inf else _fmt(self.minimum, french)
        high = "" if self.maximum == math.inf else _fmt(self.maximum, french)
        if low and high:
            if french:
                return f"entre {low} et {high}" if self.min_inclusive else f"> {low} et ≤ {high}"
            return f"between {low} and {high}" if self.min_inclusive else f"> {low} and ≤ {high}"
        if low:
            return (f"≥ {low}" if self.min_inclusive else f"> {low}")
        if high:
            return f"≤ {high}"
        return "fini" if french else "finite"


def _fmt(value: float, french: bool) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if french else text


ANY = Domain("nombre fini", "finite number")
SURFACE_M2 = Domain("surface en m²", "area in m²", 0.0, 1e10)  # 10 000 km²: more than a département
SURFACE_HA = Domain("surface en ha", "area in ha", 0.0, 1e6)
PERCENT = Domain("pourcentage", "percentage", 0.0, 100.0)
DISTANCE_M = Domain("distance en m", "distance in m", 0.0, 1e7)
POPULATION = Domain("population", "population", 0.0, 1e8)
TEMPERATURE_ANY = Domain("température", "temperature", -100.0, 30000.0)  # °C, K or Landsat raw DN


def parse_number(value) -> Optional[float]:
    """A float from a number or a French/English text number; None when missing or unreadable.

    Non-finite values (nan, inf) are returned as they are, so callers can name them as bad."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, (int, float, np.integer, np.floating)):  # bool included (an int)
        return float(value)
    else:
        try:
            if value.isNull():  # QVariant NULL
                return None
        except AttributeError:
            pass
        text = str(value)
    try:
        return float(text)  # "12.5", " 7 ", "1e3", "nan", "inf"
    except ValueError:
        pass
    text = text.strip()
    if text.lower() in MISSING_TEXT:
        return None
    text = _SPACES.sub("", text)
    if _FRENCH_THOUSANDS.match(text):  # 1.234,5 or 1.234.567
        text = text.replace(".", "").replace(",", ".")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in MISSING_TEXT
    if isinstance(value, float):
        return False  # a real NaN in a numeric column is a bad value, not an empty cell
    try:
        return bool(value.isNull())
    except AttributeError:
        return False


@dataclass
class NumberColumn:
    """Values read from one field: ``values`` (NaN where missing or bad) and the offending rows."""

    values: np.ndarray
    unreadable: List[Tuple[object, object]] = field(default_factory=list)  # (row id, raw value)
    non_finite: List[Tuple[object, object]] = field(default_factory=list)
    out_of_domain: List[Tuple[object, object]] = field(default_factory=list)

    @property
    def bad(self) -> List[Tuple[object, object]]:
        return self.unreadable + self.non_finite + self.out_of_domain

    @property
    def ok(self) -> bool:
        return not self.bad


def read_numbers(raw: Sequence, domain: Domain = ANY, row_ids: Optional[Sequence] = None) -> NumberColumn:
    """Parse every cell; bad cells (unreadable, non-finite, outside ``domain``) become NaN and are listed.
    Numeric columns are converted and checked vectorised; text cells go one by one through :func:`parse_number`."""
    if isinstance(raw, np.ndarray) and raw.dtype.kind in "fiub":
        cells, values, missing = raw, raw.astype(np.float64), np.zeros(len(raw), dtype=bool)
    else:
        cells = raw if isinstance(raw, (list, np.ndarray)) else list(raw)
        values, missing = _vectorised(cells)

    def row(i):
        return row_ids[i] if row_ids is not None else i + 1

    unreadable = []
    if values is None:
        values = np.full(len(cells), np.nan)
        missing = np.zeros(len(cells), dtype=bool)
        for i, value in enumerate(cells):
            number = parse_number(value)
            if number is not None:
                values[i] = number
            elif is_missing(value):
                missing[i] = True
            else:
                unreadable.append(i)
    finite = np.isfinite(values)
    low = values >= domain.minimum if domain.min_inclusive else values > domain.minimum
    inside = finite & low & (values <= domain.maximum)
    column = NumberColumn(np.where(inside, values, np.nan), [(row(i), cells[i]) for i in unreadable])
    present = ~missing
    present[unreadable] = False
    if not (inside | ~present).all():
        column.non_finite = [(row(i), cells[i]) for i in np.flatnonzero(present & ~finite)]
        column.out_of_domain = [(row(i), cells[i]) for i in np.flatnonzero(present & finite & ~inside)]
    return column


def _vectorised(cells):
    """(values, missing mask) when numpy converts every cell (numbers, None, "12.5"), else (None, None)."""
    try:
        values = np.asarray(cells, dtype=np.float64)
    except (TypeError, ValueError):
        return None, None
    if values.ndim != 1:
        return None, None
    missing = np.zeros(len(values), dtype=bool)
    for i in np.flatnonzero(np.isnan(values)):  # None became NaN: tell empty cells from real NaN
        missing[i] = is_missing(cells[i])
    return values, missing


def bad_values_message(column: NumberColumn, layer: str, field_name: str, domain: Domain = ANY,
                       consequence: Optional[Message] = None) -> Optional[Message]:
    """One bilingual sentence naming the layer, the field and the first offending rows (or None)."""
    if column.ok:
        return None
    cells = [f"{rid} = {value!r}" for rid, value in column.bad]
    listing = preview(cells, 5)
    fr = (f"« {layer} », champ « {field_name} » : {len(cells)} valeur(s) illisible(s), non finie(s) ou hors du "
          f"domaine ({domain.fr} {domain.range_text(True)}) : {listing}")
    en = (f"'{layer}', field '{field_name}': {len(cells)} value(s) unreadable, non-finite or outside the domain "
          f"({domain.en} {domain.range_text(False)}): {listing}")
    if consequence is not None:
        fr, en = f"{fr}. {consequence.fr}", f"{en}. {consequence.en}"
    return Message(fr, en)


def numbers_or_error(raw: Sequence, layer: str, field_name: str, domain: Domain = ANY,
                     row_ids: Optional[Sequence] = None) -> np.ndarray:
    """Parsed values (NaN where missing); any bad value raises an error naming layer, field and rows."""
    column = read_numbers(raw, domain, row_ids)
    message = bad_values_message(column, layer, field_name, domain)
    if message is not None:
        raise AulaInputError(message.fr, message.en)
    return column.values


def check_parameter(value, name: str, domain: Domain) -> float:
    """A numeric parameter checked for finiteness and domain; the error states the allowed range."""
    number = parse_number(value)
    if number is None or not domain.contains(number):
        raise AulaInputError(
            fr=f"{name} = {value!r} : valeur invalide ; attendu un nombre fini {domain.range_text(True)}.",
            en=f"{name} = {value!r}: invalid value; expected a finite number {domain.range_text(False)}.",
        )
    return number


def normalise_number_fields(frame, domains: Dict[str, Domain], layer: str,
                            row_ids: Optional[Sequence] = None):
    """The columns of ``frame`` named in ``domains`` (any case) as floats read by :func:`read_numbers`;
    returns (new frame, Message naming every bad value, or None)."""
    frame = frame.copy()
    lower = {str(c).lower(): c for c in frame.columns}
    problems = []
    for name, domain in domains.items():
        column = lower.get(name.lower())
        if column is None:
            continue
        parsed = read_numbers(frame[column].tolist(), domain, row_ids)
        frame[column] = parsed.values
        message = bad_values_message(parsed, layer, column, domain)
        if message is not None:
            problems.append(message)
    if not problems:
        return frame, None
    return frame, Message(" ; ".join(m.fr for m in problems), "; ".join(m.en for m in problems))
