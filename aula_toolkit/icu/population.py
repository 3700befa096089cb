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
import threading
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd
from scipy import sparse

from ..arrays import zeros
from ..errors import AulaInputError, Message, preview
from ..numbers import POPULATION as POPULATION_DOMAIN, numbers_or_error
from . import geometry as geo
from .grid import fills_in_order, id_prefix

DEFAULT_TOTAL = "Ind"
DEFAULT_UNDER4 = ("Ind_0_3",)
DEFAULT_OVER65 = ("Ind_65_79", "Ind_80p")
DEFAULT_ID = "Idcar_200m"

_ID_PATTERN = r"^\s*CR[SD](\d+)RES(\d+(?:\.\d+)?)mN(\d+)E(\d+)\s*$"


@dataclass
class PopulationInput:
    """Population layer read by the glue (attributes + geometry in the analysis CRS). ``frame`` and
    ``cell_ids`` may be functions giving them: a join done while the file was read (``batch_join``) needs
    neither, only the field names (``column_names``)."""

    frame: Union[pd.DataFrame, Callable[[], pd.DataFrame]]
    geometries: Optional[Sequence] = None  #: polygons (WKB or shapely), analysis CRS
    x: Optional[np.ndarray] = None  #: point layers: coordinates instead of polygons
    y: Optional[np.ndarray] = None
    id_field: Optional[str] = DEFAULT_ID  #: Filosofi cell id, used when units are the same grid
    total_field: str = DEFAULT_TOTAL
    under4_fields: Sequence[str] = DEFAULT_UNDER4
    over65_fields: Sequence[str] = DEFAULT_OVER65
    ages_required: bool = False  #: True when the user named the age fields: missing → error
    name: str = "POPULATION"
    cell_ids: Union[np.ndarray, Callable[[], np.ndarray], None] = None  #: the id column (str or bytes), instead of frame[id_field]
    column_names: Optional[Sequence[str]] = None  #: the fields, when ``frame`` is a function
    batch_join: Optional["BatchJoin"] = None  #: the join by cell id, done batch by batch as the file was read

    def table(self) -> pd.DataFrame:
        if callable(self.frame):
            self.frame = self.frame()
        return self.frame

    def ids(self) -> Optional[np.ndarray]:
        if callable(self.cell_ids):
            self.cell_ids = self.cell_ids()
        return self.cell_ids

    def names(self) -> Sequence[str]:
        return list(self.column_names) if self.column_names is not None else list(self.table().columns)


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
    out = zeros(len(frame))
    for c in cols:
        column = frame[c].to_numpy()
        if _plain_counts(column):
            out += column
            continue
        raw = column if column.dtype.kind in "fiub" else column.tolist()  # numbers: checked vectorised
        out += np.nan_to_num(numbers_or_error(raw, layer, c, POPULATION_DOMAIN), nan=0.0)
    return out


def _plain_counts(column: np.ndarray) -> bool:
    """Numbers to sum as they are: numeric, every value finite and inside the population domain (a NaN makes
    the minimum and maximum NaN); anything else goes through the number reader."""
    return column.dtype.kind in "fiu" and column.size > 0 and POPULATION_DOMAIN.contains(float(column.min())) \
        and POPULATION_DOMAIN.contains(float(column.max()))


def parse_ids_vectorised(ids) -> pd.DataFrame:
    """``epsg, size, north, east`` of Filosofi ids (NaN where unreadable), vectorised."""
    s = pd.Series(ids, dtype=object).astype(str)
    parts = s.str.extract(_ID_PATTERN, flags=0)
    parts.columns = ["epsg", "size", "north", "east"]
    return parts.apply(pd.to_numeric, errors="coerce")


def population_to_units(units, inp: PopulationInput) -> UnitPopulation:
    """Population, under-4s and 65+ per unit (``units``: :class:`.pipeline.Units`)."""
    layer = inp.name
    total_col, u4_cols, o65_cols = _quantity_fields(inp.names(), inp)
    messages: List[Message] = []
    if u4_cols is None or o65_cols is None:
        messages.append(Message(
            f"{layer} : champs d'âge absents ({', '.join(list(inp.under4_fields) + list(inp.over65_fields))}) : "
            "populations de moins de 4 ans et de 65 ans ou plus non calculées.",
            f"{layer}: age fields missing ({', '.join(list(inp.under4_fields) + list(inp.over65_fields))}): "
            "under-4 and 65+ populations not computed.",
        ))
    if units.grid is not None and inp.id_field and inp.batch_join is not None:
        joined = inp.batch_join.result(units)
        if joined is not None:
            out, message = joined
            messages.append(message)
            return UnitPopulation(pop=out[0], under4=out[1], over65=out[2], method=BY_ID, messages=messages)
    frame = inp.table()
    values = [  # one array per quantity, no NaN except a whole absent quantity
        _numeric(frame, total_col, layer),
        _numeric(frame, u4_cols, layer) if u4_cols else np.full(len(frame), np.nan),
        _numeric(frame, o65_cols, layer) if o65_cols else np.full(len(frame), np.nan),
    ]
    result = None
    if units.grid is not None and inp.id_field:
        ids = inp.ids()
        if ids is None:
            id_col = resolve_fields(frame.columns, [inp.id_field], layer, required=False)
            ids = None if id_col is None else frame[id_col[0]].to_numpy()
        if ids is not None:
            result = _join_by_cell_id(units, ids, values, layer, messages)
    if result is None:
        result = _areal_weighting(units, inp, values, layer, messages)
    out, method = result
    return UnitPopulation(pop=out[0], under4=out[1], over65=out[2], method=method, messages=messages)


def _quantity_fields(names: Sequence[str], inp: PopulationInput):
    """The fields of the total, the under-4s and the 65+ (None: absent age fields, allowed unless named)."""
    return (resolve_fields(names, [inp.total_field], inp.name),
            resolve_fields(names, list(inp.under4_fields), inp.name, required=inp.ages_required),
            resolve_fields(names, list(inp.over65_fields), inp.name, required=inp.ages_required))


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


_CHUNK = 1 << 16  # ids parsed at a time (the text is 30 bytes an id: a chunk stays in cache)


@dataclass
class CanonicalIds:
    """Cell ids read as numbers, one row per id: where ``ok``, the id is exactly the canonical text
    ``{prefix}{north}E{east}`` in the layout most ids share, and ``north``/``east`` are its coordinates (metres);
    the others are looked up as text. ``fits``: it starts with ``prefix`` (the grid's ``CRS{epsg}RES{size}mN``)."""

    prefix: bytes
    north: np.ndarray
    east: np.ndarray
    ok: np.ndarray
    fits: np.ndarray


def read_canonical_ids(ids, prefix: bytes) -> Optional[CanonicalIds]:
    """:class:`CanonicalIds` of ``ids`` (bytes or text), vectorised: no string per id. None when the ids are
    not text. Used on the whole column, or on each batch while the file is read (:class:`BatchJoin`)."""
    try:
        raw = np.asarray(ids)
        text = raw if raw.dtype.kind == "S" else raw.astype("S")
    except (UnicodeEncodeError, ValueError, TypeError):
        return None
    n = len(text)
    north, east = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    fits = np.zeros(n, dtype=bool)
    width = text.dtype.itemsize
    if n == 0 or width < len(prefix) + 3:  # too short to be any canonical id
        return CanonicalIds(prefix, north, east, fits.copy(), fits)
    chars = text.view(np.uint8).reshape(n, width)
    for start in range(0, n, _CHUNK):
        block = np.ascontiguousarray(chars[start:start + _CHUNK, :len(prefix)])
        fits[start:start + _CHUNK] = block.view(f"S{len(prefix)}").ravel() == prefix
    ok = fits.copy()
    rows = np.flatnonzero(fits)
    if rows.size:
        head = chars[rows[::max(1, rows.size // 4096)]]  # the layout most share: where the E is, how long they are
        e_at = len(prefix) + int(np.bincount((head[:, len(prefix):] == ord("E")).argmax(axis=1)).argmax())
        end = int(np.bincount((head != 0).sum(axis=1)).argmax())
        if _plausible(len(prefix), e_at, end):
            for start in range(0, n, _CHUNK):
                _read_layout(chars[start:start + _CHUNK], e_at, end, len(prefix), ok[start:start + _CHUNK],
                             north[start:start + _CHUNK], east[start:start + _CHUNK])
        else:
            ok[:] = False
    return CanonicalIds(prefix, north, east, ok, fits)


def _plausible(prefix_length: int, e_at: int, end: int) -> bool:
    return prefix_length < e_at < end - 1 and max(e_at - prefix_length, end - e_at - 1) <= 15


def _read_layout(block, e_at, end, prefix_length, ok, north, east) -> None:
    """Rows of ``block`` (chars) read with the E at ``e_at`` and the text ending at ``end``; ``ok`` (a view,
    updated in place) is cleared where a row is not so written, ``north``/``east`` are filled where it is."""
    ok &= block[:, e_at] == ord("E")
    if end < block.shape[1]:
        ok &= block[:, end] == 0
    north[:] = _digits(block[:, prefix_length:e_at], ok)
    east[:] = _digits(block[:, e_at + 1:end], ok)


def _grid_lookup(units, ids, stripped: bool = False) -> np.ndarray:
    """:func:`_lookup` for grid units, without a string per unit: ids written exactly as the units' (the
    canonical ``CRS{epsg}RES{size}mN{north}E{east}``, one common layout) are read as digits, vectorised, and
    located on the grid; the few others (padded, spaced, another grid…) go through :func:`_lookup`."""
    spec = units.grid.spec
    n = len(ids)
    if n == 0 or not float(spec.cell_size).is_integer():
        return _lookup(units.ids, ids)
    read = read_canonical_ids(ids, id_prefix(spec.cell_size, spec.epsg).encode())
    if read is None:
        return _lookup(units.ids, ids)
    if not read.fits.any():
        return np.full(n, -1, dtype=np.int64) if stripped else _lookup(units.ids, ids)
    place = _GridPlace(units)
    target = np.full(n, -1, dtype=np.int64)
    for start in range(0, n, _CHUNK):
        part = slice(start, start + _CHUNK)
        target[part] = place.locate(read.north[part], read.east[part], read.ok[part])
    others = np.flatnonzero(~read.ok)
    if others.size:  # another grid, spaces, not text…: as _lookup, the text stripped is tried again
        raw = np.asarray(ids)
        again = pd.Series(as_text(raw[others]), dtype=object).astype(str).str.strip().to_numpy()
        target[others] = _grid_lookup(units, again, True) if others.size < n else _lookup(units.ids, again)
    return target


class _GridPlace:
    """Where cells given by their south-west corner are among grid units."""

    def __init__(self, units):
        g = units.grid
        self.spec, self.size = g.spec, int(g.spec.cell_size)
        self.lookup = None
        if not fills_in_order(g.rows, g.cols, g.spec.shape):  # else position = row × n_cols + col, no table
            self.lookup = np.full(g.spec.shape, -1, dtype=np.int64)
            self.lookup[g.rows, g.cols] = np.arange(units.n)

    def locate(self, north, east, ok) -> np.ndarray:
        """Unit of each cell (−1: not a unit, or ``ok`` False)."""
        spec, size = self.spec, self.size
        ok = ok & (north % size == 0) & (east % size == 0)
        row, col = north // size - spec.row0, east // size - spec.col0
        on_grid = ok & (row >= 0) & (row < spec.n_rows) & (col >= 0) & (col < spec.n_cols)
        found = np.full(north.size, -1, dtype=np.int64)
        if self.lookup is None:
            found[on_grid] = row[on_grid] * spec.n_cols + col[on_grid]
        else:
            found[on_grid] = self.lookup[row[on_grid], col[on_grid]]
        return found


class BatchJoin:
    """The join by INSEE cell id, done batch by batch while the population file is read (in the reading
    thread, on the other core): each batch's ids are read as numbers and its quantities summed, then placed on
    the grid units as soon as they are known (:meth:`set_units`). When the read ends, only its last batch is
    left to place, where the whole-column join (:func:`population_to_units`) would start from the beginning.

    It gives the whole-column join's numbers exactly, or gives up (``result`` None: the whole-column join runs)
    at the first batch it cannot place so: an id not written canonically, a value the number reader would
    have to read or refuse, a unit met twice (summed by the whole-column join)."""

    def __init__(self, prefix: bytes, id_column: str, names: Sequence[str], population: "PopulationInput"):
        self.prefix, self.id_column, self.layer = prefix, id_column, population.name
        try:
            self.fields = _quantity_fields(names, population)
        except AulaInputError:  # reported by the whole-column join
            self.fields = None
        self._lock = threading.Lock()
        self._units = None
        self._pending: List[tuple] = []
        self._failed = self.fields is None
        self._rows = self._matched = 0
        self._outside: List[np.ndarray] = []  # totals of the rows outside the units, in file order
        self._out = self._seen = self._place = None

    def add(self, batch: Dict[str, np.ndarray]) -> bool:
        """One batch of the file (its columns by name), called in the reading thread; True: taken (nothing of
        the batch's arrays is kept), False: the join has given way (the reader keeps the columns whole)."""
        if self._failed:
            return False
        prepared = self._prepare(batch)
        with self._lock:
            if prepared is None:
                self._failed = True
                return False
            self._pending.append(prepared)
            if self._units is not None:
                self._drain()
            return not self._failed

    def set_units(self, units) -> None:
        """The units, once built (any thread): the batches read so far are placed with the next one."""
        with self._lock:
            if self._units is None:
                self._units = units

    def result(self, units) -> Optional[Tuple[List[np.ndarray], Message]]:
        """``([pop, under 4, 65+], message)`` once the whole file is read; None: not joined this way."""
        with self._lock:
            if self._units is None:
                self._units = units
            if self._units is not units:
                return None
            self._drain()
            if self._failed or self._rows == 0:
                return None
            outside = self._rows - self._matched
            pop_out = float(np.nansum(np.concatenate(self._outside))) if outside else 0.0
            return list(self._out), _joined_message(self.layer, self._matched, outside, pop_out)

    def _prepare(self, batch):
        read = read_canonical_ids(batch[self.id_column], self.prefix)
        if read is None or not read.ok.all():
            return None
        quantities = []
        for fields in self.fields:
            if fields is None:
                quantities.append(None)
                continue
            total = zeros(read.ok.size)
            for name in fields:
                column = batch[name]
                if not _plain_counts(column):
                    return None  # the number reader decides (reads or refuses): the whole-column join
                total += column
            quantities.append(total)
        return read, quantities

    def _drain(self) -> None:
        units = self._units
        if self._failed or not self._pending:
            return
        if self._place is None:
            spec = units.grid.spec if units.grid is not None else None
            if spec is None or not float(spec.cell_size).is_integer() or \
                    id_prefix(spec.cell_size, spec.epsg).encode() != self.prefix:
                self._failed = True
                return
            self._place = _GridPlace(units)
            self._out = [zeros(units.n) if f is not None else np.full(units.n, np.nan) for f in self.fields]
            self._seen = np.zeros(units.n, dtype=bool)
        for read, quantities in self._pending:
            found = self._place.locate(read.north, read.east, read.ok)
            hit = found >= 0
            at = found[hit]
            if self._seen[at].any() or (at.size > 1 and not (at[1:] > at[:-1]).all()
                                        and np.unique(at).size < at.size):
                self._failed = True  # a unit met twice: the whole-column join sums its quantities
                return
            self._seen[at] = True
            for out, values in zip(self._out, quantities):
                if values is not None:
                    out[at] = values[hit] + 0.0  # as the sum gives it: 0 + (−0) = 0
            self._rows += found.size
            self._matched += at.size
            if at.size < found.size:
                self._outside.append(quantities[0][~hit])
        self._pending = []


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
    # each unit found once at most (a file in grid order, as INSEE's): a placement, not a sum
    once = found.size <= 1 or bool((found[1:] > found[:-1]).all())
    out = []
    for column in values:
        if np.isnan(column[:1]).all():  # a quantity without its fields: NaN throughout
            out.append(np.full(units.n, np.nan))
            continue
        column = column if outside == 0 else column[hit]
        if once:
            placed = zeros(units.n)
            placed[found] = column
            placed += 0.0  # as the sum gives it: 0 + (−0) = 0
            out.append(placed)
        else:
            out.append(np.bincount(found, weights=column, minlength=units.n))
    pop_out = float(np.nansum(values[0][~hit])) if outside else 0.0
    messages.append(_joined_message(layer, int(hit.sum()), outside, pop_out))
    return out, BY_ID


BY_ID = Message("carreaux Filosofi appariés par identifiant (sans pondération surfacique)",
                "Filosofi squares matched by identifier (no areal weighting)")


def _joined_message(layer: str, matched: int, outside: int, pop_out: float) -> Message:
    return Message(
        f"{layer} : jointure par identifiant de carreau INSEE ({matched} carreaux appariés ; "
        f"{outside} hors des unités analysées, {pop_out:.0f} habitants) ; carreaux absents du fichier = 0 habitant.",
        f"{layer}: joined by INSEE cell identifier ({matched} cells matched; {outside} outside the "
        f"analysed units, {pop_out:.0f} inhabitants); cells absent from the file = 0 inhabitants.",
    )


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
