"""The ZAE inventory of art. L318-8-2 CU (rules R1–R13 of the method note), vectorised.

:func:`run_inventory` takes zones, parcels (with owners), establishments, buildings and friches already
in one metric CRS and returns the unités foncières with their status, the establishments with their
unit, and one summary row per zone (legal vacancy rate, surfaces and their closure check).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from shapely.geometry import Point
from shapely.ops import unary_union

from ..errors import AulaInputError, Message, preview
from . import activity, loaders, locomvac, noncadastre, poles
from .geom import (PolygonArray, areas_of, bbox_pairs, piece_shapes, point_polygon_distance, points_in_polygons,
                   polygon_parts, polygon_parts_many, union_groups)

try:  # shapely >= 2
    from shapely import contains_xy as _contains_xy  # type: ignore
except ImportError:  # shapely 1.8
    from shapely.vectorized import contains as _contains_xy  # type: ignore

#: Lambert-93's area of use (EPSG, degrees WGS 84: mainland France and Corsica)
LAMBERT93_EPSG = 2154
LAMBERT93_AREA = (-9.86, 41.15, 10.38, 51.56)


def measured_in_lambert93(lon_lat_bounds) -> bool:
    """Zones whose extent (degrees WGS 84: west, south, east, north) lies in mainland France are measured in
    Lambert-93 whatever CRS they come in: surfaces are planar areas in EPSG:2154 (zae.md R2) and the CNIG
    GeoPackage is in EPSG:2154. Elsewhere (overseas) the zones keep their own metric CRS."""
    west, south, east, north = (float(v) for v in lon_lat_bounds)
    a_west, a_south, a_east, a_north = LAMBERT93_AREA
    return west <= east and south <= north and a_west <= west and east <= a_east and a_south <= south \
        and north <= a_north


SYNTH_OCCUPIED = "Occupée, non vacante au sens de l'article 220"
SYNTH_VACANT = "Vacante au sens de l'article 220 loi climat et résilience"
SYNTH_FREE = "Libre sans occupation antérieure"

#: surface categories of a counted unit (R9); every m² of a zone falls in exactly one
CAT_OCCUPIED, CAT_VACANT = "occupee", "vacante"
CAT_EQUIPPED, CAT_RAW, CAT_REMNANT, CAT_NOT_BUILDABLE = "disponible_amenagee", "disponible_non_amenagee", \
    "reliquat", "non_amenageable"


@dataclass
class Settings:
    """Every bracketed threshold of the method note, with its default."""

    year: int = dt.date.today().year
    min_share: float = 0.5            # R1 parcel counted in a zone if ≥ this share of its area lies inside
    clip: bool = True                 # R1 surfaces of parcels cut by the perimeter are clipped
    min_shared_length: float = 0.5    # R2 contiguity: shared boundary longer than this (m)
    tolerance: float = 0.1            # R2 boundaries closer than this count as shared (m)
    occupant_distance: float = 5.0    # R3 establishment within this distance of a unit (m)
    exclude_sci: bool = True          # R3 SCI (catégorie juridique 6540) are not occupants
    activity_years: int = 2           # R5 occupied = an establishment active in the N years before ref
    residential_occupies: bool = True  # R5 a dwelling (BD TOPO) occupies a unit (BFC exception)
    min_building_area: float = 20.0   # R10 built unit: hard building footprint ≥ this (m²)
    min_available_area: float = 1000.0  # R9 smaller free units are remnants (reliquats) (m²)
    vacant_unbuilt_available: bool = False  # R9 vacant units without building counted as available
    dent_creuse_share: float = 0.75   # R11 share of the perimeter along built units or roads
    dent_creuse_max_area: float = 10000.0  # R11 size cap (m²)
    ces_threshold: float = 0.3        # R10 densifiable when building coverage below this
    isolated_jobs: int = 150          # R13 isolated establishment: more jobs than this …
    isolated_area_ha: float = 2.0     # R13 … and/or at least this surface (ha)
    dominant_share: float = 0.6       # R13 dominant vocation: more than this share of employees
    pole_distance: float = 1000.0     # pôles: sites closer than this (m) are grouped; 0 = no pôle
    non_cadastred_min_area: float = 1.0  # non-cadastred parts smaller than this (m², slivers) are no terrain


@dataclass
class Inputs:
    zones: PolygonArray
    zone_attrs: pd.DataFrame          # optional site_id, site_nom, typezone, site_type, epci…
    parcels: PolygonArray
    parcel_attrs: pd.DataFrame        # idu, contenance (loaders.load_parcels)
    owners: Optional[pd.DataFrame] = None        # loaders.load_owners
    establishments: Optional[pd.DataFrame] = None  # loaders.load_establishments, x/y in the zones' CRS
    buildings: Optional[PolygonArray] = None
    building_attrs: Optional[pd.DataFrame] = None  # loaders.load_buildings
    friches: Optional[pd.DataFrame] = None       # loaders.load_friches
    friche_shapes: Optional[list] = None         # shapely points or polygons, same order
    stage: Optional[pd.DataFrame] = None         # loaders.load_stage
    communes: Dict[str, dict] = field(default_factory=dict)
    vacant_premises: Optional[pd.DataFrame] = None  # locomvac.load_locomvac


@dataclass
class Inventory:
    units: pd.DataFrame            # one row per unité foncière (UF-ECO fields + ours)
    unit_shapes: list              # shapely geometry or WKB bytes per unit (same order)
    establishments: pd.DataFrame   # establishments inside a zone, with unit and site
    sites: pd.DataFrame            # one row per zone: SITE-ECO counters + surfaces + checks
    messages: List[Message]
    uf_mode: str                   # 'proprietaire' or 'parcelle'
    non_cadastred: pd.DataFrame = field(default_factory=pd.DataFrame)  # zone, site_id, terr_id, area, shape
    poles: pd.DataFrame = field(default_factory=pd.DataFrame)          # poles.pole_table
    unit_parcel: Optional[np.ndarray] = None  # per unit: the parcel whose WKB is its shape, else -1


Progress = Optional[Callable[[float, str], bool]]


def stable_uuids(keys: pd.Series) -> list:
    """Deterministic UUID-formatted ids from text keys (two vectorised 64-bit hashes; same key, same id)."""
    a = pd.util.hash_pandas_object(keys.reset_index(drop=True), index=False, hash_key="aula-zae-uf-0001").to_numpy()
    b = pd.util.hash_pandas_object(keys.reset_index(drop=True), index=False, hash_key="aula-zae-uf-0002").to_numpy()
    n = len(a)
    nibbles = np.empty((n, 32), dtype=np.uint8)
    for k in range(16):
        shift = np.uint64(60 - 4 * k)
        nibbles[:, k] = (a >> shift) & np.uint64(15)
        nibbles[:, 16 + k] = (b >> shift) & np.uint64(15)
    nibbles[:, 12], nibbles[:, 16] = 5, 8  # version 5, RFC 4122 variant
    text = np.full((n, 36), ord("-"), dtype=np.uint8)
    text[:, _UUID_DIGITS] = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)[nibbles]
    return text.view("S36").ravel().astype(str).tolist()


_UUID_DIGITS = [c for c in range(36) if c not in (8, 13, 18, 23)]


def numbered_ids(keys, infix: str, counter: Dict[str, int]) -> list:
    """``{key}{infix}{n:05d}``, n counting the rows of each key in order and going on from ``counter``
    (updated), e.g. ``62498_TERRAIN-ECO_00001``."""
    keys = np.asarray(keys, dtype=object)
    codes, uniques = pd.factorize(keys) if len(keys) else (np.zeros(0, dtype=np.int64), [])
    if len(keys) == 0 or (codes < 0).any() or pd.api.types.infer_dtype(keys, skipna=False) != "string":
        out = []
        for key in keys.tolist():
            counter[key] = counter.get(key, 0) + 1
            out.append(f"{key}{infix}{counter[key]:05d}")
        return out
    start = np.array([counter.get(u, 0) for u in uniques], dtype=np.int64)
    rank = pd.Series(codes).groupby(codes).cumcount().to_numpy() + 1 + start[codes]
    low = int(rank.min())
    labels = np.array([f"{k:05d}" for k in range(low, int(rank.max()) + 1)], dtype=object)
    prefix = np.array([f"{u}{infix}" for u in uniques], dtype=object)
    for u, total in zip(uniques, (np.bincount(codes, minlength=len(uniques)) + start).tolist()):
        counter[u] = total
    return (prefix[codes] + labels[rank - low]).tolist()


def vacancy_rate(vacant: int, total: int) -> Optional[int]:
    """R8: legal vacancy rate, integer %, half rounded up; None without units."""
    if not total:
        return None
    return int(np.floor(100.0 * vacant / total + 0.5 + 1e-9))


def _step(progress: Progress, value: float, text: str) -> None:
    if progress is not None and progress(value, text) is False:
        raise InterruptedError(text)


# --- R1 membership ----------------------------------------------------------------------------


def parcel_membership(zones: PolygonArray, parcels: PolygonArray, parcel_area: np.ndarray, progress: Progress = None):
    """R1: for each parcel, its zone (largest intersection; -1 outside), its share inside the zone and its
    clipped pieces when the perimeter cuts it (None when whole). Exact overlays only for parcels whose box
    meets a perimeter edge; the others are wholly in or out, decided by one point-in-zone test."""
    n = len(parcels)
    zone = np.full(n, -1, dtype=np.int64)
    share = np.zeros(n)
    pieces: Dict[int, list] = {}
    pb = parcels.bounds()
    zb = zones.bounds()
    x0, y0, x1, y1, sg, _ = zones.segments()
    seg_box = np.c_[np.minimum(x0, x1), np.minimum(y0, y1), np.maximum(x0, x1), np.maximum(y0, y1)]
    si, pj = bbox_pairs(seg_box, pb)
    crossing = np.unique(np.c_[pj, sg[si]], axis=0) if len(si) else np.zeros((0, 2), dtype=np.int64)
    boundary = np.zeros(n, dtype=bool)
    boundary[crossing[:, 0]] = True
    # whole parcels: the centre of the box is in or out together with the parcel
    cx, cy = (pb[:, 0] + pb[:, 2]) / 2, (pb[:, 1] + pb[:, 3]) / 2
    pi, zj = bbox_pairs(pb, zb)
    keep = ~boundary[pi]
    pi, zj = pi[keep], zj[keep]
    order = np.argsort(zj, kind="stable")
    pi, zj = pi[order], zj[order]
    cuts = np.r_[0, np.nonzero(np.diff(zj))[0] + 1, len(zj)]
    for a, b in zip(cuts[:-1], cuts[1:]):
        if a == b:
            continue
        z = int(zj[a])
        idx = pi[a:b]
        inside = np.asarray(_contains_xy(zones.shape(z), cx[idx], cy[idx]), dtype=bool)
        zone[idx[inside]] = z
        share[idx[inside]] = 1.0
    _step(progress, 0.1, "membership")
    # parcels cut by a perimeter: exact overlay, largest intersection wins
    inters = _bulk_intersections(parcels, zones, crossing)
    if inters is not None and len(crossing):
        # shapely 2: shares at once; per parcel the largest one wins (first zone on ties, as in the loop)
        import shapely

        area = parcel_area[crossing[:, 0]]
        s = np.where(area > 0, shapely.area(inters) / np.where(area > 0, area, 1.0), 0.0)
        order = np.lexsort((np.arange(len(s)), -s, crossing[:, 0]))
        first = order[np.r_[True, crossing[order[1:], 0] != crossing[order[:-1], 0]]]
        win = first[(s[first] > share[crossing[first, 0]] + 1e-12) & (area[first] > 0)]
        zone[crossing[win, 0]], share[crossing[win, 0]] = crossing[win, 1], np.minimum(s[win], 1.0)
        cut = win[s[win] < 1 - 1e-6]
        pieces.update(zip(crossing[cut, 0].tolist(), polygon_parts_many(inters[cut], 1e-6)))
        _step(progress, 0.1, "membership")
    for k, (p, z) in enumerate(crossing if inters is None else []):
        p, z = int(p), int(z)
        area = parcel_area[p]
        if area <= 0:
            continue
        inter = parcels.shape(p).intersection(zones.shape(z))
        s = inter.area / area
        if s > share[p] + 1e-12:
            zone[p], share[p] = z, min(s, 1.0)
            pieces[p] = None if s >= 1 - 1e-6 else polygon_parts(inter, 1e-6)
        if k % 5000 == 4999:
            _step(progress, 0.1, "membership")
    return zone, share, {p: v for p, v in pieces.items() if v is not None and zone[p] >= 0}


def _bulk_intersections(parcels: PolygonArray, zones: PolygonArray, pairs: np.ndarray):
    """Shapely 2: every (parcel, zone) overlay in one vectorised call; None on shapely 1.8."""
    try:
        import shapely
        if int(shapely.__version__.split(".")[0]) < 2 or len(pairs) == 0:
            return None
        pg = shapely.from_wkb([parcels.wkb(int(p)) for p in pairs[:, 0]])
        zs = {int(z): zones.shape(int(z)) for z in np.unique(pairs[:, 1])}
        zg = np.array([zs[int(z)] for z in pairs[:, 1]], dtype=object)
        return shapely.intersection(pg, zg)
    except (ImportError, AttributeError, ValueError):
        return None


# --- R2 unités foncières ------------------------------------------------------------------------


def _shared_edges(parcels: PolygonArray, members: np.ndarray, group: np.ndarray, resolution: float = 0.01):
    """Shared boundary length between parcels of the same group from identical edges (clean topology):
    returns pairs (a, b) and their shared length."""
    x0, y0, x1, y1, sg, _ = parcels.segments()
    sel = np.isin(sg, members)
    if not sel.any():
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    ax = np.round(x0[sel] / resolution).astype(np.int64)
    ay = np.round(y0[sel] / resolution).astype(np.int64)
    bx = np.round(x1[sel] / resolution).astype(np.int64)
    by = np.round(y1[sel] / resolution).astype(np.int64)
    g = sg[sel]
    swap = (ax > bx) | ((ax == bx) & (ay > by))
    ax, bx = np.where(swap, bx, ax), np.where(swap, ax, bx)
    ay, by = np.where(swap, by, ay), np.where(swap, ay, by)
    grp = group[g]
    order = np.lexsort((by, bx, ay, ax, grp))
    keys = np.c_[grp, ax, ay, bx, by][order]
    g = g[order]
    same = (keys[1:] == keys[:-1]).all(axis=1) & (g[1:] != g[:-1])
    k = np.nonzero(same)[0]
    a, b = g[k], g[k + 1]
    length = np.hypot((keys[k, 3] - keys[k, 1]) * resolution, (keys[k, 4] - keys[k, 2]) * resolution)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    if len(lo) == 0:
        return lo, hi, length
    frame = pd.DataFrame({"a": lo, "b": hi, "l": length}).groupby(["a", "b"], sort=False)["l"].sum().reset_index()
    return frame["a"].to_numpy(), frame["b"].to_numpy(), frame["l"].to_numpy()


def _linked_pieces(parcels: PolygonArray, piece_parcel: np.ndarray, piece_shape: list, i: np.ndarray,
                   j: np.ndarray, s: "Settings", progress: Progress = None) -> np.ndarray:
    """R2 exact test of candidate piece pairs: closer than ``tolerance`` and sharing more than
    ``min_shared_length`` of boundary (vectorised under shapely 2)."""
    out = np.zeros(len(i), dtype=bool)
    if len(i) == 0:
        return out
    needed = np.unique(np.r_[i, j])
    whole = np.array([piece_shape[k] is None for k in needed.tolist()], dtype=bool)
    shapes = np.empty(len(needed), dtype=object)
    shapes[whole] = piece_shapes(parcels, piece_parcel[needed[whole]])
    shapes[~whole] = [piece_shape[k] for k in needed[~whole].tolist()]
    a = shapes[np.searchsorted(needed, i)]
    b = shapes[np.searchsorted(needed, j)]
    try:
        import shapely

        if int(shapely.__version__.split(".")[0]) < 2:
            raise ImportError
    except ImportError:
        for k in range(len(i)):
            if a[k].distance(b[k]) <= s.tolerance:
                out[k] = shared_length(a[k], b[k], s.tolerance) > s.min_shared_length
            if k % 5000 == 4999:
                _step(progress, 0.35, "units")
        return out
    for lo in range(0, len(i), 20000):
        sl = slice(lo, lo + 20000)
        near = shapely.distance(a[sl], b[sl]) <= s.tolerance
        idx = np.nonzero(near)[0] + lo
        if len(idx):
            length = shapely.length(shapely.intersection(shapely.boundary(a[idx]),
                                                         shapely.buffer(b[idx], max(s.tolerance, 1e-9))))
            out[idx] = length > s.min_shared_length
        _step(progress, 0.35, "units")
    return out


def shared_length(a, b, tolerance: float) -> float:
    """Length of ``a``'s boundary lying within ``tolerance`` of ``b`` (a point contact gives ~2×tolerance)."""
    return a.boundary.intersection(b.buffer(max(tolerance, 1e-9))).length


def piece_boxes(parcels: PolygonArray, piece_parcel: np.ndarray, piece_shape: list,
                zone_box: Optional[np.ndarray] = None) -> np.ndarray:
    """Boxes of the pieces for candidate searches: the parcel's box, cut to its zone's box for the pieces of
    a cut parcel (a cover of the piece, computed without shapely)."""
    boxes = parcels.bounds()[piece_parcel].copy()
    if zone_box is not None:
        cut = np.array([sh is not None for sh in piece_shape], dtype=bool)
        zb = zone_box[cut]
        boxes[cut, :2] = np.maximum(boxes[cut, :2], zb[:, :2])
        boxes[cut, 2:] = np.minimum(boxes[cut, 2:], zb[:, 2:])
    return boxes


def build_units(parcels: PolygonArray, attrs: pd.DataFrame, zone: np.ndarray, share: np.ndarray,
                pieces: Dict[int, list], keys: pd.DataFrame, s: Settings, progress: Progress = None):
    """R2: pieces (whole parcels, or the parts of a cut parcel inside its zone) linked when they have the
    same owner key and share more than ``min_shared_length`` of boundary (within ``tolerance``);
    units = connected components (union-find). Parcels with no known owner are units on their own."""
    members = np.nonzero(zone >= 0)[0]
    # piece table
    piece_parcel, piece_shape = [], []
    whole = np.array([p not in pieces for p in members], dtype=bool)
    piece_parcel.extend(members[whole].tolist())
    piece_shape.extend([None] * int(whole.sum()))
    for p in members[~whole]:
        for part in pieces[int(p)]:
            piece_parcel.append(int(p))
            piece_shape.append(part)
    piece_parcel = np.asarray(piece_parcel, dtype=np.int64)
    npieces = len(piece_parcel)
    idu = attrs["idu"].to_numpy()
    if len(keys):
        key_of = pd.Series(keys["cle"].to_numpy(dtype=object), index=keys["idu"].to_numpy(dtype=object))
        key_of = key_of[~key_of.index.duplicated()]
        owner_key = pd.Series(idu[piece_parcel], dtype=object).map(key_of).to_numpy(dtype=object)
    else:
        owner_key = np.full(npieces, None, dtype=object)
    known = pd.notna(owner_key)
    owner_key[~known] = None
    key_code = pd.factorize(owner_key)[0].astype(np.int64)
    combo = np.where(known, zone[piece_parcel].astype(np.int64) * (int(key_code.max(initial=0)) + 1) + key_code,
                     -1 - np.arange(npieces, dtype=np.int64))
    group = pd.factorize(combo)[0].astype(np.int64)
    sizes = np.bincount(group, minlength=group.max() + 1 if len(group) else 0)
    multi = known & (sizes[group] > 1) if len(group) else known
    rows, cols = [], []
    # fast path: identical edges between whole parcels of the same group
    whole_piece = np.array([sh is None for sh in piece_shape], dtype=bool)
    parcel_group = np.full(len(parcels), -1, dtype=np.int64)
    sel = multi & whole_piece
    parcel_group[piece_parcel[sel]] = group[sel]
    a, b, length = _shared_edges(parcels, piece_parcel[sel], parcel_group)
    piece_of_parcel = np.full(len(parcels), -1, dtype=np.int64)
    piece_of_parcel[piece_parcel[sel]] = np.nonzero(sel)[0]
    linked = length > s.min_shared_length
    rows.extend(piece_of_parcel[a[linked]].tolist())
    cols.extend(piece_of_parcel[b[linked]].tolist())
    done = set(zip(piece_of_parcel[a[linked]].tolist(), piece_of_parcel[b[linked]].tolist()))
    _step(progress, 0.3, "units")
    # exact path: pairs of the same group with close boxes not yet linked (cut pieces, topology gaps)
    idx = np.nonzero(multi)[0]
    if len(idx):
        boxes = piece_boxes(parcels, piece_parcel, piece_shape)
        sub = np.full((npieces, 4), np.nan)
        sub[idx] = boxes[idx]
        i, j = bbox_pairs(sub, sub, margin=s.tolerance, group_a=group, group_b=group)
        keep = (i < j) & (piece_parcel[i] != piece_parcel[j])
        i, j = i[keep], j[keep]
        if done:
            done_codes = np.fromiter((a * npieces + b for a, b in done), dtype=np.int64, count=len(done))
            fresh = ~np.isin(i.astype(np.int64) * npieces + j, done_codes)
            i, j = i[fresh], j[fresh]
        linked_pairs = _linked_pieces(parcels, piece_parcel, piece_shape, i, j, s, progress)
        rows.extend(i[linked_pairs].tolist())
        cols.extend(j[linked_pairs].tolist())
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(npieces, npieces))
    _, label = connected_components(graph, directed=False)
    return piece_parcel, piece_shape, label, owner_key


# --- R3 occupants ---------------------------------------------------------------------------------


def locate_points(x: np.ndarray, y: np.ndarray, parcels: PolygonArray, piece_parcel: np.ndarray,
                  piece_shape: list, unit_of_piece: np.ndarray, distance: float,
                  boxes: Optional[np.ndarray] = None) -> np.ndarray:
    """R3: the unit of each point: the piece containing it, else the nearest piece within ``distance``
    (-1 when none)."""
    n = len(x)
    out = np.full(n, -1, dtype=np.int64)
    if n == 0 or len(piece_parcel) == 0:
        return out
    ok = np.isfinite(x) & np.isfinite(y)
    pts = np.c_[x, y, x, y]
    pts[~ok] = np.nan
    whole = np.array([sh is None for sh in piece_shape], dtype=bool)
    if boxes is None:
        boxes = piece_boxes(parcels, piece_parcel, piece_shape)
    pi, gj = bbox_pairs(pts, boxes, margin=distance)
    if len(pi) == 0:
        return out
    inside = np.zeros(len(pi), dtype=bool)
    dist = np.full(len(pi), np.inf)
    w = whole[gj]
    if w.any():
        inside[w] = points_in_polygons(x, y, pi[w], piece_parcel[gj[w]], parcels)
        rest = w & ~inside
        if distance > 0 and rest.any():
            dist[rest] = point_polygon_distance(x, y, pi[rest], piece_parcel[gj[rest]], parcels)
    for k in np.nonzero(~w)[0]:
        p = Point(x[pi[k]], y[pi[k]])
        shape = piece_shape[gj[k]]
        inside[k] = shape.contains(p)
        if not inside[k]:
            dist[k] = shape.distance(p)
    dist[inside] = -1.0
    frame = pd.DataFrame({"p": pi, "u": unit_of_piece[gj], "d": dist})
    frame = frame[frame["d"] <= distance].sort_values(["p", "d"], kind="stable").drop_duplicates("p")
    out[frame["p"].to_numpy()] = frame["u"].to_numpy()
    return out


def points_in_zones(x: np.ndarray, y: np.ndarray, zones: PolygonArray) -> np.ndarray:
    n = len(x)
    out = np.full(n, -1, dtype=np.int64)
    ok = np.isfinite(x) & np.isfinite(y)
    pts = np.c_[x, y, x, y]
    pts[~ok] = np.nan
    pi, zj = bbox_pairs(pts, zones.bounds())
    for z in np.unique(zj):
        idx = pi[zj == z]
        hit = np.asarray(_contains_xy(zones.shape(int(z)), x[idx], y[idx]), dtype=bool)
        out[idx[hit]] = z
    return out


# --- R10 buildings --------------------------------------------------------------------------------


def building_footprints(buildings: PolygonArray, keep: np.ndarray, unit_boxes: np.ndarray, unit_shape: Callable,
                        n_units: int):
    """R10: hard building footprint (m²) per unit. A building whose box meets a single unit box and whose
    centroid lies in it counts whole; the others are overlaid exactly."""
    area = buildings.areas()
    bb = buildings.bounds().copy()
    bb[~keep] = np.nan
    bi, uj = bbox_pairs(bb, unit_boxes)
    out = np.zeros(n_units)
    if len(bi) == 0:
        return out
    count = np.bincount(bi, minlength=len(buildings))
    single = count[bi] == 1
    cen = buildings.centroids()
    for flag in (True, False):
        sel = np.nonzero(single == flag)[0]
        for k in sel:
            b, u = int(bi[k]), int(uj[k])
            shape_u = unit_shape(u)
            if flag:
                if shape_u.contains(Point(cen[b, 0], cen[b, 1])) and \
                        (bb[b, 0] >= unit_boxes[u, 0] and bb[b, 2] <= unit_boxes[u, 2]
                         and bb[b, 1] >= unit_boxes[u, 1] and bb[b, 3] <= unit_boxes[u, 3]):
                    out[u] += area[b]
                    continue
            out[u] += buildings.shape(b).intersection(shape_u).area
    return out


# --- the whole inventory --------------------------------------------------------------------------


def run_inventory(data: Inputs, s: Settings = Settings(), progress: Progress = None) -> Inventory:
    messages: List[Message] = []
    if len(data.zones) == 0:
        raise AulaInputError(fr="ZONES : aucune zone d'activité (couche vide ou aucune zone destdomi = '02').",
                             en="ZONES: no business zone (empty layer or no destdomi = '02' zone).")
    if len(data.parcels) == 0:
        raise AulaInputError(fr="PARCELS : aucune parcelle.", en="PARCELS: no parcel.")
    ref = activity.reference_date(s.year)
    start = activity.years_before(ref, s.activity_years)
    zone_area = data.zones.areas()
    parcel_area = data.parcels.areas()
    attrs = data.parcel_attrs.reset_index(drop=True)
    zone, share, pieces = parcel_membership(data.zones, data.parcels, parcel_area, progress)
    _step(progress, 0.2, "membership")
    nc_area, nc_parts = noncadastre.zones_non_cadastred(data.zones, data.parcels, zone, s.non_cadastred_min_area,
                                                        lambda: _step(progress, 0.22, "non cadastré"))
    _step(progress, 0.25, "membership")

    keys = loaders.owner_keys(data.owners)
    uf_mode = "proprietaire" if len(keys) else "parcelle"
    if uf_mode == "parcelle":
        messages.append(Message(
            fr="Sans table des propriétaires (OWNERS), chaque parcelle est une unité foncière (uf_mode = parcelle).",
            en="Without an owner table (OWNERS), every parcel is a land unit (uf_mode = parcelle)."))
    piece_parcel, piece_shape, label, owner_key = build_units(data.parcels, attrs, zone, share, pieces, keys, s,
                                                              progress)
    _step(progress, 0.45, "units")
    whole = np.array([sh is None for sh in piece_shape], dtype=bool)
    piece_area = np.where(whole, parcel_area[piece_parcel], 0.0)
    cut = np.nonzero(~whole)[0]
    piece_area[cut] = areas_of([piece_shape[i] for i in cut.tolist()])
    idu = attrs["idu"].to_numpy()
    contenance = attrs["contenance"].to_numpy(dtype=float)
    pt = pd.DataFrame({"unit": label, "parcel": piece_parcel, "idu": idu[piece_parcel],
                       "zone": zone[piece_parcel], "share": share[piece_parcel], "area": piece_area,
                       "contenance": contenance[piece_parcel], "owner": owner_key})
    pt["whole"] = whole
    idu_code = loaders.sort_codes(attrs["idu"])
    if idu_code is not None and (idu_code >= 0).all():
        pt_code = idu_code[piece_parcel]
        perm = np.lexsort((pt_code, label))
        order = pt.iloc[perm]
        code, unit_sorted = pt_code[perm], label[perm]
        at, joined = loaders.joined_by_codes(unit_sorted, code, order["idu"].to_numpy(dtype=object), ";")
        parcel_list = pd.Series(joined, index=unit_sorted[at], dtype=object)
        fresh = np.r_[True, (unit_sorted[1:] != unit_sorted[:-1]) | (code[1:] != code[:-1])]
        unit_ids, unit_pos = np.unique(unit_sorted, return_inverse=True)
        nbparcel = pd.Series(np.bincount(unit_pos, weights=fresh).astype(np.int64), index=unit_ids)
    else:
        order = pt.sort_values(["unit", "idu"], kind="stable")
        parcel_list = loaders.join_unique(order, "unit", "idu")
        nbparcel = order.groupby("unit", sort=True)["idu"].nunique()
    g = order.groupby("unit", sort=True)
    units = pd.DataFrame({
        "zone": g["zone"].first(), "ufsurf": g["area"].sum(), "nbparcel": nbparcel,
        "parcel": parcel_list,
        "share_max": g["share"].max(), "surf_fiscale": g["contenance"].sum(min_count=1),
        "owner": g["owner"].first(), "npieces": g.size(),
    })
    units["compte"] = units["owner"]
    n_units = len(units)
    key_info = keys.set_index("cle") if len(keys) else None
    if key_info is not None and not key_info.index.is_unique:
        key_info = key_info[~key_info.index.duplicated()]
    owner = units["owner"]
    if key_info is not None:
        morale = owner.map(key_info["morale"]).eq(True)
        names = owner.map(key_info["noms"])
        units["nbproprio"] = owner.map(key_info["nbproprio"]).fillna(0).astype(int)
    else:
        morale = pd.Series(False, index=units.index)
        names = pd.Series(None, index=units.index, dtype=object)
        units["nbproprio"] = 0
    hidden = "personne physique ou inconnu (non diffusé)"
    units["proprio_nom"] = np.where(morale, names.where(names.notna() & (names != ""), "personne morale (nom inconnu)"),
                                    hidden)
    # accounts of natural persons (e.g. fichiers fonciers idprocpte) are personal data: not exported
    units["compte"] = np.where(morale | owner.isna(), owner, "non diffusé (personne physique)")
    units["uf_mode"] = ["proprietaire" if k is not None else "parcelle" for k in units["owner"]]
    units["counted"] = units["share_max"] >= s.min_share

    # unit geometry: the piece itself, or the union of the unit's pieces
    first_piece = order.groupby("unit", sort=True).head(1).index.to_numpy()
    unit_shapes: list = [None] * n_units
    shapes_cache: Dict[int, object] = {}

    def piece_geom(i):
        return piece_shape[i] if piece_shape[i] is not None else data.parcels.shape(int(piece_parcel[i]))

    npieces = units["npieces"].to_numpy()
    unit_parcel = np.full(n_units, -1, dtype=np.int64)
    for u in np.nonzero(npieces == 1)[0]:
        i = int(first_piece[u])
        if whole[i]:
            unit_parcel[u] = piece_parcel[i]
            unit_shapes[u] = data.parcels.wkb(int(piece_parcel[i]))
        else:
            unit_shapes[u] = piece_shape[i]
    groups = order.groupby("unit", sort=True).indices
    order_index = order.index.to_numpy()
    multi_units = np.nonzero(npieces > 1)[0]
    members = [order_index[groups[u]] for u in multi_units]
    flat_members = np.concatenate(members) if members else np.zeros(0, dtype=np.int64)
    whole_members = flat_members[whole[flat_members]] if len(flat_members) else flat_members
    decoded = dict(zip(whole_members.tolist(), piece_shapes(data.parcels, piece_parcel[whole_members])))
    unions = union_groups([[decoded[i] if i in decoded else piece_geom(i) for i in m.tolist()] for m in members],
                          lambda: _step(progress, 0.5, "geometry"))
    for u, shape in zip(multi_units.tolist(), unions):
        unit_shapes[u] = shape
    _step(progress, 0.55, "geometry")

    def unit_shape(u):
        geom = shapes_cache.get(u)
        if geom is None:
            raw = unit_shapes[u]
            if isinstance(raw, (bytes, bytearray)):
                from shapely import wkb
                geom = wkb.loads(bytes(raw))
            else:
                geom = raw
            shapes_cache[u] = geom
        return geom

    pboxes = piece_boxes(data.parcels, piece_parcel, piece_shape, data.zones.bounds()[zone[piece_parcel]])
    bx = pd.DataFrame(pboxes, columns=["x0", "y0", "x1", "y1"])
    bx["unit"] = label
    gb = bx.groupby("unit", sort=True)
    unit_boxes = np.c_[gb["x0"].min(), gb["y0"].min(), gb["x1"].max(), gb["y1"].max()]

    # R3/R4/R5/R6 establishments
    est = data.establishments
    if est is None:
        est = pd.DataFrame(columns=["siret", "siren", "etat", "creation", "fermeture", "catjur", "naf", "tranche",
                                    "x", "y"])
        messages.append(Message(fr="Sans établissements (ESTABLISHMENTS), aucune unité n'est occupée ni vacante.",
                                en="Without establishments (ESTABLISHMENTS), no unit is occupied or vacant."))
    est = est.reset_index(drop=True).copy()
    x = est["x"].to_numpy(dtype=float) if len(est) else np.zeros(0)
    y = est["y"].to_numpy(dtype=float) if len(est) else np.zeros(0)
    unit_of_piece = label
    est["unit"] = locate_points(x, y, data.parcels, piece_parcel, piece_shape, unit_of_piece, s.occupant_distance,
                                pboxes)
    est["zone"] = points_in_zones(x, y, data.zones)
    via_unit = (est["zone"] < 0) & (est["unit"] >= 0)
    est.loc[via_unit, "zone"] = units["zone"].to_numpy()[est.loc[via_unit, "unit"].to_numpy()]
    if s.exclude_sci:
        est["sci"] = est["catjur"].astype(object).eq(activity.SCI_CATEGORY).to_numpy()
        if len(est) and est["catjur"].isna().all():
            messages.append(Message(
                fr="ESTABLISHMENTS : pas de catégorie juridique (categorieJuridiqueUniteLegale) : les SCI ne peuvent "
                   "pas être écartées.",
                en="ESTABLISHMENTS: no legal category (categorieJuridiqueUniteLegale): SCIs cannot be left out."))
    else:
        est["sci"] = False
    created, state, closed = est["creation"], est["etat"], est["fermeture"]
    if len(est):
        created = pd.to_datetime(created)
        closed = pd.to_datetime(closed)
    est["actif_ref"] = activity.active_at(created, state, closed, ref) if len(est) else np.zeros(0, bool)
    est["actif_periode"] = activity.active_during(created, state, closed, start, ref) if len(est) else np.zeros(0, bool)
    est["ferme_avant"] = activity.closed_before(state, closed, start) if len(est) else np.zeros(0, bool)
    est["emplois"] = activity.headcount(est["tranche"]) if len(est) else np.zeros(0, np.int64)
    occ = est[(est["unit"] >= 0) & ~est["sci"]]
    per_unit = occ[occ["actif_periode"]].groupby("unit")
    units["nboccup"] = per_unit.size().reindex(units.index, fill_value=0).astype(int)
    units["occupants"] = loaders.join_unique(occ[occ["actif_periode"]], "unit", "siret", sep="|").reindex(units.index)
    units["anteriorite_act"] = occ[occ["etat"] == "F"].groupby("unit").size().reindex(units.index, fill_value=0) > 0
    units["ferme_2ans"] = occ[occ["ferme_avant"]].groupby("unit").size().reindex(units.index, fill_value=0) > 0
    _step(progress, 0.65, "occupants")

    # R10 buildings; R5 exception (dwellings)
    units["emprise_bati"] = 0.0
    units["emprise_eco"] = 0.0
    units["exception"] = False
    if data.buildings is not None and len(data.buildings):
        battrs = data.building_attrs.reset_index(drop=True)
        keep = battrs["retenu"].to_numpy(dtype=bool)
        units["emprise_bati"] = building_footprints(data.buildings, keep, unit_boxes, unit_shape, n_units)
        units["emprise_eco"] = building_footprints(
            data.buildings, keep & battrs["economique"].to_numpy(dtype=bool), unit_boxes, unit_shape, n_units)
        if s.residential_occupies:
            res = building_footprints(data.buildings, keep & battrs["residentiel"].to_numpy(dtype=bool),
                                      unit_boxes, unit_shape, n_units)
            units["exception"] = res >= s.min_building_area
    units["bati"] = units["emprise_bati"] >= s.min_building_area
    units["ces"] = np.where(units["ufsurf"] > 0, units["emprise_bati"] / units["ufsurf"].where(units["ufsurf"] > 0, 1), 0.0)
    _step(progress, 0.75, "buildings")

    # R5–R7 status
    units["occup"] = (units["nboccup"] > 0) | units["exception"]
    n_premises = np.zeros(n_units, dtype=np.int64)
    if data.vacant_premises is not None and len(data.vacant_premises):
        parcel_unit = pt.sort_values("area", ascending=False, kind="stable").drop_duplicates("idu") \
            .set_index("idu")["unit"]
        n_premises = locomvac.premises_per_unit(data.vacant_premises, parcel_unit, n_units)
        messages.extend(locomvac.year_messages(data.vacant_premises, s.year))
        outside = locomvac.unmatched(data.vacant_premises, parcel_unit.index)
        if outside:
            messages.append(Message(
                fr=f"VACANT_PREMISES : {outside} local(aux) LOCOMVAC sur des parcelles hors des zones (non comptés).",
                en=f"VACANT_PREMISES: {outside} LOCOMVAC premise(s) on parcels outside the zones (not counted)."))
    units["nblocvac"] = n_premises
    units["locomvac"], units["vacant"], units["locomvac_a_verifier"] = locomvac.vacancy_status(
        units["occup"].to_numpy(), units["anteriorite_act"].to_numpy(), n_premises)
    units["synth"] = np.where(units["occup"], SYNTH_OCCUPIED, np.where(units["vacant"], SYNTH_VACANT, SYNTH_FREE))
    units["vacant_candidat"] = ~units["occup"] & ~units["vacant"] & (units["emprise_eco"] >= s.min_building_area)

    # R9 stage and surface category
    stage_of = {}
    if data.stage is not None and len(data.stage):
        stage_of = dict(zip(data.stage["idu"], data.stage["stade"]))
    pt["stade"] = pt["idu"].map(stage_of)
    staged = pt.dropna(subset=["stade"]).sort_values("area", ascending=False).drop_duplicates("unit")
    units["stade"] = staged.set_index("unit")["stade"].reindex(units.index).astype(object)
    units["stade_source"] = np.where(units["stade"].notna(), "STAGE", None)
    zattrs = data.zone_attrs.reset_index(drop=True)
    tz_col = loaders.find_column(zattrs, ["typezone"])
    if tz_col is not None:
        tz = zattrs[tz_col].astype(str).str.upper().to_numpy()
        proxy = np.array(["viabilisé non aménagé" if t.startswith("U") else "non aménagé, non viabilisé"
                          for t in tz[units["zone"].to_numpy()]], dtype=object)
        missing = units["stade"].isna().to_numpy()
        units.loc[missing, "stade"] = proxy[missing]
        units.loc[missing, "stade_source"] = "typezone"
    units["stade_source"] = units["stade_source"].fillna("inconnu")
    free = ~units["occup"] & ~units["vacant"]
    available_vacant = units["vacant"] & ~units["bati"] & s.vacant_unbuilt_available
    candidate = free | available_vacant
    stade = units["stade"].fillna("")
    cat = np.where(units["occup"], CAT_OCCUPIED, CAT_VACANT).astype(object)
    cat = np.where(candidate & (stade == "non aménageable"), CAT_NOT_BUILDABLE, cat)
    is_candidate = candidate & (stade != "non aménageable")
    cat = np.where(is_candidate & (units["ufsurf"] < s.min_available_area), CAT_REMNANT, cat)
    big = is_candidate & (units["ufsurf"] >= s.min_available_area)
    cat = np.where(big & stade.isin(loaders.STAGES_EQUIPPED), CAT_EQUIPPED, cat)
    cat = np.where(big & ~stade.isin(loaders.STAGES_EQUIPPED), CAT_RAW, cat)
    units["categorie"] = cat
    if (big & (units["stade_source"] == "inconnu")).any():
        messages.append(Message(
            fr="Stade d'aménagement inconnu (ni STAGE ni typezone sur les zones) : la surface disponible est "
               "comptée « non aménagée ».",
            en="Aménagement stage unknown (neither STAGE nor typezone on the zones): the available surface is "
               "counted as not serviced."))
    units["densifiable"] = units["bati"] & (units["ces"] < s.ces_threshold) & \
        ((units["ufsurf"] - units["emprise_bati"]) >= s.min_available_area)

    # R11 dents creuses, R12 friches
    if data.buildings is not None and len(data.buildings):
        units["dent_creuse"] = dents_creuses(units, unit_shape, unit_boxes, data.zones, s, progress)
    else:
        units["dent_creuse"] = False
    units["friche"] = False
    units["friche_url"] = None
    nb_friches = np.zeros(len(data.zones), dtype=np.int64)
    if data.friches is not None and len(data.friches):
        units["friche"], units["friche_url"], nb_friches = friches_presence(
            data.friches, data.friche_shapes, units, unit_shape, unit_boxes, data.zones)
    _step(progress, 0.85, "status")

    # identifiers
    units = units.reset_index(drop=True)
    units["insee"] = [p.split(";", 1)[0][:5] for p in units["parcel"].tolist()]
    units["uf_uuid"] = stable_uuids(units["zone"].astype(str) + ":" + units["parcel"])
    sites = summarise(units, est, zone_area, zattrs, nb_friches, data.communes, s, messages, nc_area)
    pole_tab = _poles(data.zones, sites, est, s)
    site_of_zone = sites["site_id"].to_numpy()
    units["site_id"] = site_of_zone[units["zone"].to_numpy()]
    units["epci"] = sites["site_epci_siren"].to_numpy()[units["zone"].to_numpy()]
    counter: Dict[str, int] = {}
    units["terr_id"] = numbered_ids(units["insee"].to_numpy(dtype=object), "_TERRAIN-ECO_", counter)
    est = est[est["zone"] >= 0].copy()
    est["site_id"] = site_of_zone[est["zone"].to_numpy()]
    est["terr_id"] = np.where(est["unit"] >= 0, units["terr_id"].to_numpy()[est["unit"].clip(lower=0).to_numpy()],
                              None)
    est["uf_uuid"] = np.where(est["unit"] >= 0, units["uf_uuid"].to_numpy()[est["unit"].clip(lower=0).to_numpy()],
                              None)
    nc = pd.DataFrame({"zone": [z for z, _ in nc_parts], "shape": [p for _, p in nc_parts]})
    nc["area"] = [p.area for p in nc["shape"]]
    nc["site_id"] = site_of_zone[nc["zone"].to_numpy(dtype=np.int64)] if len(nc) else []
    nc_insee = sites["site_comm_insee"].to_numpy()[nc["zone"].to_numpy(dtype=np.int64)] if len(nc) else []
    nc["terr_id"] = numbered_ids(nc_insee, "_TERRAIN-ECO_", counter)
    _step(progress, 0.95, "summary")
    return Inventory(units=units, unit_shapes=unit_shapes, establishments=est.reset_index(drop=True), sites=sites,
                     messages=messages, uf_mode=uf_mode, non_cadastred=nc, poles=pole_tab, unit_parcel=unit_parcel)


def _poles(zones: PolygonArray, sites: pd.DataFrame, est: pd.DataFrame, s: Settings) -> pd.DataFrame:
    """Pôles économiques of the sites (sets ``sites['pole_id']``)."""
    sites["pole_id"] = None
    if s.pole_distance <= 0 or len(zones) < 2:
        return poles.pole_table(sites, np.full(len(sites), -1), np.zeros((len(sites), 2)), [])
    pole = poles.pole_groups(zones.bounds(), [zones.shape(z) for z in range(len(zones))], s.pole_distance)
    active = est[(est["zone"] >= 0) & ~est["sci"].astype(bool) & est["actif_ref"].astype(bool)]
    vocations = poles.pole_vocations(pole, active["zone"].to_numpy(), active["naf"].to_numpy(dtype=object),
                                     active["emplois"].to_numpy(), s.dominant_share)
    table = poles.pole_table(sites, pole, zones.centroids(), vocations)
    if len(table):
        ids = table["pole_id"].to_numpy(dtype=object)
        sites["pole_id"] = np.where(pole >= 0, ids[np.clip(pole, 0, None)], None)
    return table


def dents_creuses(units: pd.DataFrame, unit_shape: Callable, boxes: np.ndarray, zones: PolygonArray,
                  s: Settings, progress: Progress = None) -> np.ndarray:
    """R11: a counted, unbuilt unit (≤ cap) with no unbuilt neighbour and at least ``dent_creuse_share`` of
    its perimeter along built units or roads (the non-cadastred space of the zone)."""
    out = np.zeros(len(units), dtype=bool)
    cand = np.nonzero((~units["bati"] & units["counted"] & (units["ufsurf"] <= s.dent_creuse_max_area)).to_numpy())[0]
    if len(cand) == 0:
        return out
    sub = np.full_like(boxes, np.nan)
    sub[cand] = boxes[cand]
    ci, nj = bbox_pairs(sub, boxes, margin=1.0)
    keep = ci != nj
    ci, nj = ci[keep], nj[keep]
    bati = units["bati"].to_numpy()
    zone = units["zone"].to_numpy()
    near_built = np.zeros(len(units), dtype=bool)
    near_built[ci[bati[nj]]] = True
    cand = cand[near_built[cand]]
    neighbours = pd.DataFrame({"c": ci, "n": nj}).groupby("c")["n"].apply(list).to_dict()
    for k, c in enumerate(cand):
        if k % 1000 == 999:
            _step(progress, 0.8, "dents creuses")
        shape = unit_shape(int(c))
        ring = shape.boundary
        perimeter = ring.length
        if perimeter <= 0:
            continue
        built, unbuilt = [], []
        for n in neighbours.get(c, []):
            other = unit_shape(int(n))
            if shape.distance(other) > 1.0:
                continue
            (built if bati[n] else unbuilt).append(other)
        if unbuilt and any(shared_length(shape, o, 1.0) > s.min_shared_length for o in unbuilt):
            continue
        inner = ring.intersection(zones.shape(int(zone[c])).buffer(-1.0))
        touching = unary_union(built).buffer(1.0) if built else None
        l_built = ring.intersection(touching).length if touching is not None else 0.0
        covered = unary_union([*built, *unbuilt]).buffer(1.0) if (built or unbuilt) else None
        l_road = inner.difference(covered).length if covered is not None else inner.length
        out[c] = (l_built + l_road) / perimeter >= s.dent_creuse_share
    return out


def friches_presence(friches: pd.DataFrame, shapes: list, units: pd.DataFrame, unit_shape: Callable,
                     boxes: np.ndarray, zones: PolygonArray):
    """R12: active friches (not « reconvertie ») on each unit (polygon overlap or point inside) and per zone."""
    flag = np.zeros(len(units), dtype=bool)
    url = np.full(len(units), None, dtype=object)
    per_zone = np.zeros(len(zones), dtype=np.int64)
    active = friches["active"].to_numpy(dtype=bool)
    fboxes = np.array([sh.bounds if sh is not None and not sh.is_empty and a else (np.nan,) * 4
                       for sh, a in zip(shapes, active)], dtype=float).reshape(-1, 4)
    fi, uj = bbox_pairs(fboxes, boxes)
    for f, u in zip(fi.tolist(), uj.tolist()):
        shape = shapes[f]
        us = unit_shape(u)
        hit = us.contains(shape) if shape.geom_type == "Point" else us.intersection(shape).area > 0.1 * min(
            us.area, max(shape.area, 1e-9))
        if hit:
            flag[u] = True
            url[u] = url[u] or friches["url"].iat[f]
    fz, zj = bbox_pairs(fboxes, zones.bounds())
    seen = set()
    for f, z in zip(fz.tolist(), zj.tolist()):
        shape = shapes[f]
        zs = zones.shape(z)
        if (shape.geom_type == "Point" and zs.contains(shape)) or (shape.geom_type != "Point" and zs.intersects(shape)):
            if (f, z) not in seen:
                seen.add((f, z))
                per_zone[z] += 1
    return flag, url, per_zone


def summarise(units: pd.DataFrame, est: pd.DataFrame, zone_area: np.ndarray, zattrs: pd.DataFrame,
              nb_friches: np.ndarray, communes: Dict[str, dict], s: Settings, messages: List[Message],
              non_cadastred_area: Optional[np.ndarray] = None) -> pd.DataFrame:
    """R8, R9, R13, R15: one row per zone."""
    nz = len(zone_area)
    counted = units[units["counted"]]
    by = counted.groupby("zone")

    def count(mask):
        return counted[mask].groupby("zone").size().reindex(range(nz), fill_value=0).to_numpy()

    def area(mask):
        return counted[mask].groupby("zone")["ufsurf"].sum().reindex(range(nz), fill_value=0.0).to_numpy()

    n_uf = by.size().reindex(range(nz), fill_value=0).to_numpy()
    n_vac = count(counted["vacant"])
    out = pd.DataFrame(index=range(nz))
    cat = counted["categorie"]
    surf = {c: area(cat == c) for c in (CAT_OCCUPIED, CAT_VACANT, CAT_EQUIPPED, CAT_RAW, CAT_REMNANT,
                                        CAT_NOT_BUILDABLE)}
    in_units = units.groupby("zone")["ufsurf"].sum().reindex(range(nz), fill_value=0.0).to_numpy()
    margins = units[~units["counted"]].groupby("zone")["ufsurf"].sum().reindex(range(nz), fill_value=0.0).to_numpy()
    # measured on its own (zone minus its parcels) when given, so that the closure check can fail
    non_cadastre = zone_area - in_units if non_cadastred_area is None else np.asarray(non_cadastred_area, float)
    non_utile = non_cadastre + margins + surf[CAT_NOT_BUILDABLE]
    ha = 1e-4
    # names and places
    col = {k: loaders.find_column(zattrs, v) for k, v in {
        "site_id": ["site_id"], "site_nom": ["site_nom", "nom", "libelle", "libelong"], "site_type": ["site_type"],
        "site_etat": ["site_etat"], "epci_siren": ["site_epci_siren", "siren_epci", "epci_siren"],
        "epci_nom": ["site_epci_nom", "nom_epci", "epci_nom"], "insee": ["site_comm_insee", "insee_com", "insee"],
        "comm_nom": ["site_comm_nom", "nom_com", "comm_nom"], "moa": ["site_moa_type"],
        "vocadomi": ["site_vocadomi"], "typezone": ["typezone"]}.items()}

    def zval(key, z):
        c = col[key]
        if c is None:
            return None
        v = zattrs[c].iat[z]
        return None if v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "" else str(v)

    insee_share = units.groupby(["zone", "insee"])["ufsurf"].sum().reset_index().sort_values(
        ["zone", "ufsurf"], ascending=[True, False]).drop_duplicates("zone").set_index("zone")["insee"]
    active = est[(est["zone"] >= 0) & ~est["sci"].astype(bool) & est["actif_ref"].astype(bool)]
    n_etab = active.groupby("zone").size().reindex(range(nz), fill_value=0).to_numpy()
    jobs_z = active.groupby("zone")["emplois"].sum().reindex(range(nz), fill_value=0).to_numpy()
    n_occ, n_free = count(counted["occup"]), count(~counted["occup"] & ~counted["vacant"])
    n_bati, n_bati_vac = count(counted["bati"]), count(counted["bati"] & ~counted["occup"])
    n_dents, n_dens = count(counted["dent_creuse"]), count(counted["densifiable"])
    n_locvac = counted.groupby("zone")["nblocvac"].sum().reindex(range(nz), fill_value=0).to_numpy()
    n_to_check = count(counted["locomvac_a_verifier"])
    total_units_area = area(np.ones(len(counted), bool))
    owner_mode = units[units["uf_mode"] == "proprietaire"].groupby("zone").size().reindex(range(nz), fill_value=0)
    vocations = activity.dominant_vocations(active["zone"].to_numpy(), active["naf"].to_numpy(dtype=object),
                                            active["emplois"].to_numpy(), nz, s.dominant_share)
    rows = []
    counters: Dict[str, int] = {}
    for z in range(nz):
        insee = zval("insee", z) or insee_share.get(z) or "00000"
        insee = str(insee).zfill(5)
        commune = communes.get(insee, {})
        sid = zval("site_id", z)
        if sid is None:
            counters[insee] = counters.get(insee, 0) + 1
            sid = f"{insee}_SITE-ECO_{counters[insee]:05d}"
        jobs = int(jobs_z[z])
        voc = zval("vocadomi", z) or vocations[z]
        stype = poles.site_type(zval("site_type", z), zval("typezone", z), int(n_etab[z]), jobs, zone_area[z] * ha,
                                int(n_uf[z]), s.isolated_jobs, s.isolated_area_ha)
        rate = vacancy_rate(int(n_vac[z]), int(n_uf[z]))
        rows.append({
            "site_id": sid, "site_nom": zval("site_nom", z) or sid, "site_type": stype,
            "site_vocadomi": voc, "site_etat": zval("site_etat", z) or "existant et actif",
            "site_epci_siren": zval("epci_siren", z) or commune.get("epci_siren"),
            "site_epci_nom": zval("epci_nom", z) or commune.get("epci_nom"),
            "site_comm_insee": insee, "site_comm_nom": zval("comm_nom", z) or commune.get("nom"),
            "site_moa_type": zval("moa", z) or "inconnu",
            "site_surf_brute": zone_area[z] * ha,
            "site_surf_utile": (zone_area[z] - non_utile[z]) * ha,
            "surf_occupee_ha": surf[CAT_OCCUPIED][z] * ha, "surf_vacante_ha": surf[CAT_VACANT][z] * ha,
            "surf_dispo_amenagee_ha": surf[CAT_EQUIPPED][z] * ha,
            "surf_dispo_non_amenagee_ha": surf[CAT_RAW][z] * ha,
            "surf_reliquat_ha": surf[CAT_REMNANT][z] * ha,
            "surf_non_amenageable_ha": surf[CAT_NOT_BUILDABLE][z] * ha,
            "surf_non_cadastree_ha": non_cadastre[z] * ha, "surf_marges_ha": margins[z] * ha,
            "surf_non_utile_ha": non_utile[z] * ha,
            "site_uf_nbre": int(n_uf[z]), "site_uf_vacant_nbre": int(n_vac[z]), "site_taux_vacance": rate,
            "taux_vacance_surface": (100.0 * surf[CAT_VACANT][z] / total_units_area[z]) if total_units_area[z] > 0
            else None,
            "nb_uf_occupees": int(n_occ[z]), "nb_uf_libres": int(n_free[z]),
            "site_uf_bati_nbre": int(n_bati[z]), "nb_bati_vacants": int(n_bati_vac[z]),
            "nb_dents_creuses": int(n_dents[z]), "nb_uf_densifiables": int(n_dens[z]),
            "nblocvac": int(n_locvac[z]), "nb_uf_locomvac_occupees": int(n_to_check[z]),
            "site_nb_etab": int(n_etab[z]), "site_nb_emploi": jobs,
            "presence_friche": "oui" if nb_friches[z] > 0 else "non", "nb_friches": int(nb_friches[z]),
            "uf_mode": "proprietaire" if owner_mode.iat[z] > 0 else "parcelle",
        })
    out = pd.DataFrame(rows)
    closing = (out["surf_occupee_ha"] + out["surf_vacante_ha"] + out["surf_dispo_amenagee_ha"]
               + out["surf_dispo_non_amenagee_ha"] + out["surf_reliquat_ha"] + out["surf_non_utile_ha"])
    out["ecart_bouclage_ha"] = closing - out["site_surf_brute"]
    out["site_surf_comm_dispo"] = out["surf_dispo_amenagee_ha"]
    bad = out[out["ecart_bouclage_ha"] > 0.01]
    if len(bad):
        messages.append(Message(
            fr=f"Parcelles qui se chevauchent dans {len(bad)} zone(s) ({preview(bad['site_id'])}) : unités et partie "
               f"non cadastrée dépassent la surface de la zone (ecart_bouclage_ha).",
            en=f"Overlapping parcels in {len(bad)} zone(s) ({preview(bad['site_id'])}): units and the non-cadastred "
               f"part exceed the zone's area (ecart_bouclage_ha)."))
    return out
