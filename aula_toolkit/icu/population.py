"""Population onto the analysis units: by Filosofi cell id when the grid is the INSEE grid, else areal
weighting (population of a square or polygon spread in proportion to the area it shares with each
unit; points are located in the unit containing them).

Filosofi 200 m fields (INSEE; 2017/2021 files capitalised, 2019 lowercase — matched case-insensitively):
``Idcar_200m`` (id, south-west corner in EPSG:3035), ``Ind`` (inhabitants), ``Men`` (households),
``Ind_0_3``, ``Ind_4_5``, ``Ind_6_10``, ``Ind_11_17``, ``Ind_18_24``, ``Ind_25_39``, ``Ind_40_54``,
``Ind_55_64``, ``Ind_65_79``, ``Ind_80p``, ``Ind_inc`` … Unpublished cells (secret statistique) are
absent from the file and count as 0.

Defaults: total ``Ind``; under 4 = ``Ind_0_3``; 65 or over = ``Ind_65_79 + Ind_80p``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from ..errors import AulaInputError, Message, preview
from ..numbers import POPULATION as POPULATION_DOMAIN, numbers_or_error
from . import geometry as geo
from .grid import fills_in_order

DEFAULT_TOTAL = "Ind"
DEFAULT_UNDER4 = ("Ind_0_3",)
DEFAULT_OVER65 = ("Ind_65_79", "Ind_80p")
DEFAULT_ID = "Idcar_200m"

_ID_PATTERN = r"^\s*CR[SD](\d+)RES(\d+(?:\.\d+)?)mN(\d+)E(\d+)\s*$"


@dataclass
class PopulationInput:
    """Population layer read by the glue (attributes + geometry in the analysis CRS)."""

    frame: pd.DataFrame
    geometries: Optional[Sequence] = None  #: polygons (WKB or shapely), analysis CRS
    x: Optional[np.ndarray] = None  #: point layers: coordinates instead of polygons
    y: Optional[np.ndarray] = None
    id_field: Optional[str] = DEFAULT_ID  #: Filosofi cell id, used when units are the same grid
    total_field: str = DEFAULT_TOTAL
    under4_fields: Sequence[str] = DEFAULT_UNDER4
    over65_fields: Sequence[str] = DEFAULT_OVER65
    ages_required: bool = False  #: True when the user named the age fields: missing → error
    name: str = "POPULATION"
    cell_ids: Optional[np.ndarray] = None  #: the id column as an array (str or bytes), instead of frame[id_field]


@dataclass
class UnitPopulation:
    pop: np.ndarray
    under4: np.ndarray  #: NaN when the age fields are absent
    over65: np.ndarray
    method: Message
    messages: List[Message] = field(default_factory=list)


def resolve_fields(columns: Sequence[str], wanted: Sequence[str], layer: str, required: bool = True) -> Optional[List[str]]:
    """Actual column names for ``wanted`` (case-insensitive). Missing → error (``required``) or None."""
    lower = {str(c).lower(): c for c in columns}
    found, missing = [], []
    for w in wanted:
        c = lower.get(str(w).lower())
        (found if c is not None else missing).append(c if c is not None else w)
    if missing:
        if not required:
            return None
        raise AulaInputError(
            fr=(f"{layer} : champ(s) de population introuvable(s) : {', '.join(missing)} ; champs présents : "
                f"{preview(list(columns), 25)}. Indiquez le champ de population totale (Filosofi : Ind) et, "
                "si besoin, les champs d'âge."),
            en=(f"{layer}: population field(s) not found: {', '.join(missing)}; fields present: "
                f"{preview(list(columns), 25)}. Name the total population field (Filosofi: Ind) and, if needed, "
                "the age fields."),
        )
    return found


def _numeric(frame: pd.DataFrame, cols: Sequence[str], layer: str) -> np.ndarray:
    """Sum of population fields, read by the shared number reader (``12,5``, ``1 234``); a bad value
    (unreadable, non-finite, negative) is an error naming the field and the first rows."""
    out = np.zeros(len(frame))
    for c in cols:
        column = frame[c].to_numpy()
        if column.dtype.kind in "fiu" and column.size and POPULATION_DOMAIN.contains(float(column.min())) \
                and POPULATION_DOMAIN.contains(float(column.max())):
            out += column  # every value finite and inside the domain (a NaN makes min and max NaN)
            continue
        raw = column if column.dtype.kind in "fiub" else column.tolist()  # numbers: checked vectorised
        out += np.nan_to_num(numbers_or_error(raw, layer, c, POPULATION_DOMAIN), nan=0.0)
    return out


def parse_ids_vectorised(ids) -> pd.DataFrame:
    """``epsg, size, north, east`` of Filosofi ids (NaN where unreadable), vectorised."""
    s = pd.Series(ids, dtype=object).astype(str)
    parts = s.str.extract(_ID_PATTERN, flags=0)
    parts.columns = ["epsg", "size", "north", "east"]
    return parts.apply(pd.to_numeric, errors="coerce")


def population_to_units(units, inp: PopulationInput) -> UnitPopulation:
    """Population, under-4s and 65+ per unit (``units``: :class:`.pipeline.Units`)."""
    frame = inp.frame
    layer = inp.name
    total_col = resolve_fields(frame.columns, [inp.total_field], layer)
    u4_cols = resolve_fields(frame.columns, list(inp.under4_fields), layer, required=inp.ages_required)
    o65_cols = resolve_fields(frame.columns, list(inp.over65_fields), layer, required=inp.ages_required)
    messages: List[Message] = []
    if u4_cols is None or o65_cols is None:
        messages.append(Message(
            f"{layer} : champs d'âge absents ({', '.join(list(inp.under4_fields) + list(inp.over65_fields))}) : "
            "populations de moins de 4 ans et de 65 ans ou plus non calculées.",
            f"{layer}: age fields missing ({', '.join(list(inp.under4_fields) + list(inp.over65_fields))}): "
            "under-4 and 65+ populations not computed.",
        ))
    values = [  # one array per quantity, no NaN except a whole absent quantity
        _numeric(frame, total_col, layer),
        _numeric(frame, u4_cols, layer) if u4_cols else np.full(len(frame), np.nan),
        _numeric(frame, o65_cols, layer) if o65_cols else np.full(len(frame), np.nan),
    ]
    result = None
    if units.grid is not None and inp.id_field:
        ids = inp.cell_ids
        if ids is None:
            id_col = resolve_fields(frame.columns, [inp.id_field], layer, required=False)
            ids = None if id_col is None else frame[id_col[0]].to_numpy()
        if ids is not None:
            result = _join_by_cell_id(units, ids, values, layer, messages)
    if result is None:
        result = _areal_weighting(units, inp, values, layer, messages)
    out, method = result
    return UnitPopulation(pop=out[0], under4=out[1], over65=out[2], method=method, messages=messages)


def _lookup(unit_ids, ids) -> np.ndarray:
    """Position of each id among the units (−1 if absent): exact strings first (one dict probe each), the
    others again once stripped and turned into text."""
    from itertools import repeat

    table = dict(zip(unit_ids.tolist(), range(len(unit_ids))))
    raw = ids.tolist() if hasattr(ids, "tolist") else list(ids)
    target = np.fromiter(map(table.get, raw, repeat(-1)), dtype=np.int64, count=len(raw))
    missing = np.flatnonzero(target < 0)
    if missing.size:
        again = pd.Series([raw[i] for i in missing], dtype=object).astype(str).str.strip().tolist()
        target[missing] = np.fromiter(map(table.get, again, repeat(-1)), dtype=np.int64, count=len(again))
    return target


_CHUNK = 1 << 16  # ids parsed at a time by _grid_lookup


def _grid_lookup(units, ids, stripped: bool = False) -> np.ndarray:
    """:func:`_lookup` for grid units, without a string per unit: ids written exactly as the units' (the
    canonical ``CRS{epsg}RES{size}mN{north}E{east}``, one common layout) are read as digits, vectorised, and
    located on the grid; the few others (padded, spaced, another grid…) go through :func:`_lookup`."""
    spec = units.grid.spec
    n = len(ids)
    if n == 0 or not float(spec.cell_size).is_integer():
        return _lookup(units.ids, ids)
    try:
        raw = np.asarray(ids)
        text = raw if raw.dtype.kind == "S" else raw.astype("S")
    except (UnicodeEncodeError, ValueError, TypeError):
        return _lookup(units.ids, ids)
    first = spec.cell_ids([0], [0])[0].encode()  # the layout of every canonical id of this grid
    prefix = first[:first.index(b"N") + 1]
    width = text.dtype.itemsize
    nowhere = np.full(n, -1, dtype=np.int64)
    if width < len(prefix) + 3:  # too short to be any unit's id (once stripped: to match at all)
        return nowhere if stripped else _lookup(units.ids, ids)
    chars = text.view(np.uint8).reshape(n, width)
    fits = np.empty(n, dtype=bool)
    for start in range(0, n, _CHUNK):  # by chunks of ids that stay in cache (the text is 30 bytes an id)
        block = np.ascontiguousarray(chars[start:start + _CHUNK, :len(prefix)])
        fits[start:start + _CHUNK] = block.view(f"S{len(prefix)}").ravel() == prefix
    if not fits.any():
        return nowhere if stripped else _lookup(units.ids, ids)
    rows = np.flatnonzero(fits)
    head = chars[rows[::max(1, rows.size // 4096)]]  # the layout most share: where the E is, how long they are
    e_at = len(prefix) + int(np.bincount((head[:, len(prefix):] == ord("E")).argmax(axis=1)).argmax())
    end = int(np.bincount((head != 0).sum(axis=1)).argmax())
    if not (len(prefix) < e_at < end - 1 and max(e_at - len(prefix), end - e_at - 1) <= 15):
        return _lookup(units.ids, ids)
    size = int(spec.cell_size)
    g = units.grid
    full = fills_in_order(g.rows, g.cols, spec.shape)
    lookup = None
    if not full:  # units in grid order when they fill it: position = row × n_cols + col, no table
        lookup = np.full(spec.shape, -1, dtype=np.int64)
        lookup[g.rows, g.cols] = np.arange(units.n)
    target = np.full(n, -1, dtype=np.int64)
    for start in range(0, n, _CHUNK):
        block, ok = chars[start:start + _CHUNK], fits[start:start + _CHUNK]  # ok: a view, updated in place
        ok &= block[:, e_at] == ord("E")
        if end < width:
            ok &= block[:, end] == 0
        north = _digits(block[:, len(prefix):e_at], ok)
        east = _digits(block[:, e_at + 1:end], ok)
        ok &= (north % size == 0) & (east % size == 0)
        row, col = north // size - spec.row0, east // size - spec.col0
        on_grid = ok & (row >= 0) & (row < spec.n_rows) & (col >= 0) & (col < spec.n_cols)
        found = target[start:start + _CHUNK]
        if full:
            found[on_grid] = row[on_grid] * spec.n_cols + col[on_grid]
        else:
            found[on_grid] = lookup[row[on_grid], col[on_grid]]
    others = np.flatnonzero(~fits)
    if others.size:  # another layout, spaces, not text…: as _lookup, the text stripped is tried again
        again = pd.Series(as_text(raw[others]), dtype=object).astype(str).str.strip().to_numpy()
        target[others] = _grid_lookup(units, again, True) if others.size < n else _lookup(units.ids, again)
    return target


def as_text(ids) -> np.ndarray:
    """Ids as text: a bytes array (GDAL's columnar reader gives UTF-8 bytes) decoded, anything else as is."""
    ids = np.asarray(ids) if not isinstance(ids, np.ndarray) else ids
    if ids.dtype.kind == "S":
        return np.array([v.decode("utf-8", "replace") for v in ids.tolist()], dtype=object)
    return ids


def _digits(chars: np.ndarray, fits: np.ndarray) -> np.ndarray:
    """The integers written by rows of ASCII digits; ``fits`` is cleared where a row is not canonical
    (a non-digit, or a leading zero as a padded id has)."""
    digits = np.ascontiguousarray(chars.T) - np.uint8(ord("0"))  # one line per position; non-digits wrap above 9
    fits &= (digits <= 9).all(axis=0)
    if len(digits) > 1:
        fits &= digits[0] != 0
    value = digits[0].astype(np.int64)
    for line in digits[1:]:
        value *= 10
        value += line
    value[~fits] = 0
    return value


def _join_by_cell_id(units, ids, values, layer, messages):
    spec = units.grid.spec
    target = _grid_lookup(units, ids)
    if (target >= 0).any():  # canonical ids: a hash join
        return _finish_join(units, target, values, layer, messages)
    ids = as_text(ids)
    parts = parse_ids_vectorised(ids)  # padded or otherwise spelled ids: parse the coordinates
    same = (parts["epsg"] == spec.epsg) & (np.abs(parts["size"] - spec.cell_size) < 1e-6)
    if not same.any():
        return None
    col = np.rint(parts["east"].to_numpy() / spec.cell_size).astype(np.float64) - spec.col0
    row = np.rint(parts["north"].to_numpy() / spec.cell_size).astype(np.float64) - spec.row0
    lookup = np.full(spec.shape, -1, dtype=np.int64)
    lookup[units.grid.rows, units.grid.cols] = np.arange(units.n)
    ok = same.to_numpy() & (col >= 0) & (col < spec.n_cols) & (row >= 0) & (row < spec.n_rows)
    target = np.full(len(ids), -1, dtype=np.int64)
    target[ok] = lookup[row[ok].astype(np.int64), col[ok].astype(np.int64)]
    return _finish_join(units, target, values, layer, messages)


def _finish_join(units, target, values, layer, messages):
    hit = target >= 0
    outside = int(hit.size - np.count_nonzero(hit))
    found = target if outside == 0 else target[hit]
    out = []
    for column in values:
        if np.isnan(column[:1]).all():  # a quantity without its fields: NaN throughout
            out.append(np.full(units.n, np.nan))
            continue
        out.append(np.bincount(found, weights=column if outside == 0 else column[hit], minlength=units.n))
    pop_out = float(np.nansum(values[0][~hit])) if outside else 0.0
    messages.append(Message(
        f"{layer} : jointure par identifiant de carreau INSEE ({int(hit.sum())} carreaux appariés ; "
        f"{outside} hors des unités analysées, {pop_out:.0f} habitants) ; carreaux absents du fichier = 0 habitant.",
        f"{layer}: joined by INSEE cell identifier ({int(hit.sum())} cells matched; {outside} outside the "
        f"analysed units, {pop_out:.0f} inhabitants); cells absent from the file = 0 inhabitants.",
    ))
    method = Message("carreaux Filosofi appariés par identifiant (sans pondération surfacique)",
                     "Filosofi squares matched by identifier (no areal weighting)")
    return out, method


def _areal_weighting(units, inp: PopulationInput, values, layer, messages):
    n = units.n
    values = np.column_stack(values)
    out = np.zeros((n, 3))
    if inp.geometries is not None:
        sources = geo.load_all(inp.geometries)
        is_point = all(g is None or g.geom_type in ("Point", "MultiPoint") for g in sources)
    else:
        sources, is_point = None, True
    if is_point:
        if inp.x is not None:
            x, y = np.asarray(inp.x, float), np.asarray(inp.y, float)
        elif sources is not None:
            xy = geo.centroids(sources)
            x, y = xy[:, 0], xy[:, 1]
        else:
            raise AulaInputError(fr=f"{layer} : ni géométrie ni identifiant de carreau pour placer la population.",
                                 en=f"{layer}: neither geometry nor cell identifier to place the population.")
        target = units.locate(x, y)
        hit = target >= 0
        for j in range(3):
            out[:, j] = np.bincount(target[hit], weights=np.nan_to_num(values[hit, j]), minlength=n)
        method = Message("points de population localisés dans les unités", "population points located in the units")
    else:
        areas = geo.overlay_areas(units.geometries(), sources)  # n_units × n_sources
        src_area = np.array([g.area if g is not None else 0.0 for g in sources])
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(src_area > 0, 1.0 / src_area, 0.0)
        frac = areas @ sparse.diags(share)
        for j in range(3):
            out[:, j] = frac @ np.nan_to_num(values[:, j])
        hit = np.asarray(areas.sum(axis=0)).ravel() > 0
        method = Message("pondération surfacique (population répartie au prorata de la surface commune)",
                         "areal weighting (population shared in proportion to the common area)")
    for j in range(1, 3):
        if np.isnan(values[:, j]).all():
            out[:, j] = np.nan
    total_in, total = float(out[:, 0].sum()), float(np.nansum(values[:, 0]))
    messages.append(Message(
        f"{layer} : {method.fr} ; {total_in:.0f} habitants sur {total:.0f} dans les unités analysées.",
        f"{layer}: {method.en}; {total_in:.0f} of {total:.0f} inhabitants inside the analysed units.",
    ))
    return [out[:, j] for j in range(3)], method
