"""Artificialisation and renaturation from two stocks alone, by overlaying their artificial polygons.

Per commune t, with A₁ and A₂ the artificial land of the first and last millésime and
I = area(A₁ ∩ A₂ ∩ t): artificialisation = area(A₂ ∩ t) − I (artificial after and not before),
renaturation = area(A₁ ∩ t) − I (artificial before and not after), so that their difference is exactly
the change of the stocks. OCS GE millésimes are partitions that keep the geometry of unchanged
polygons: a polygon of A₁ with the very same WKB in A₂ overlaps A₂ by itself only, and its share of I
is its own cut by the communes, already measured for the stock; only the other polygons (the few that
changed) are intersected pairwise, and their intersections cut by the communes. The same rule runs as
SQL in :mod:`ocsge_sql` for the PostGIS path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .overlay import SHAPELY2, Overlay, Zones, areas, from_wkb, overlay_areas, to_wkb

OVERLAP_COLUMNS = ["insee", "departement", "millesime_avant", "millesime_apres", "surface_m2"]


@dataclass
class ArtificialSet:
    """The artificial polygons of one stock layer: WKB, département and millésime per polygon, and their
    cut by the communes (``overlay.polygon`` indexes ``blobs``)."""

    blobs: List[bytes]
    departement: np.ndarray
    millesime: np.ndarray
    overlay: Overlay
    cs: Optional[np.ndarray] = None  # code_cs / code_us per polygon, for the CHANGES output
    us: Optional[np.ndarray] = None


@dataclass
class ChangedParts:
    """Artificialised (sens 1: after minus before) or renatured (−1) parts of the polygons that changed."""

    geoms: list
    sens: int
    departement: np.ndarray
    cs: np.ndarray
    us: np.ndarray
    first: int
    last: int


def _pairs(before: Sequence, after: Sequence, canceled: Callable[[], bool] = lambda: False
           ) -> Tuple[np.ndarray, np.ndarray]:
    """(i, j) of the before / after polygons whose interiors may meet (boxes meet, geometries intersect)."""
    if not len(before) or not len(after):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if SHAPELY2:
        import shapely

        tree = shapely.STRtree(np.asarray(after, dtype=object))
        i, j = tree.query(np.asarray(before, dtype=object), predicate="intersects")
        return i.astype(np.int64), j.astype(np.int64)
    import warnings

    from shapely.strtree import STRtree

    with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 API, which the branch above uses
        warnings.simplefilter("ignore")
        tree = STRtree(list(after))
    out_i, out_j = [], []
    for i, geom in enumerate(before):
        if i % 2000 == 0 and canceled():
            break
        for j in tree.query_items(geom):
            if geom.intersects(after[j]):
                out_i.append(i)
                out_j.append(int(j))
    return np.asarray(out_i, np.int64), np.asarray(out_j, np.int64)


def _intersections(before: Sequence, after: Sequence, i: np.ndarray, j: np.ndarray):
    if SHAPELY2:
        import shapely

        return shapely.intersection(np.asarray(before, dtype=object)[i], np.asarray(after, dtype=object)[j])
    out = np.empty(len(i), dtype=object)
    for k, (a, b) in enumerate(zip(i, j)):  # item by item: numpy must not read shapely 1.8 geometries as arrays
        out[k] = before[a].intersection(after[b])
    return out


def _polygonal(geom):
    """Only the polygon parts of an intersection (shared edges and corners have no area)."""
    from shapely.geometry import MultiPolygon

    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type == "Polygon"]
    parts += [p for g in getattr(geom, "geoms", []) if g.geom_type == "MultiPolygon" for p in g.geoms]
    return MultiPolygon(parts)


def _minus(base, other, base_idx: np.ndarray, other_idx: np.ndarray,
           canceled: Callable[[], bool] = lambda: False) -> list:
    """Each ``base`` polygon minus the union of its paired ``other`` polygons."""
    from shapely.ops import unary_union

    order = np.argsort(base_idx, kind="stable")
    starts = np.searchsorted(base_idx[order], np.arange(len(base) + 1))
    out = []
    for k, geom in enumerate(base):
        if k % 2000 == 0 and canceled():
            return out
        partners = other_idx[order[starts[k]:starts[k + 1]]]
        out.append(geom.difference(unary_union([other[p] for p in partners])) if len(partners) else geom)
    return out


def _column(values, rows):
    return values[rows] if values is not None else np.full(len(rows), "", dtype=object)


def overlap_areas(sets: Sequence[ArtificialSet], year_pairs: Dict[str, Tuple[int, int]], zones: Zones,
                  insee: Sequence[str], row_departements: Callable, canceled: Callable[[], bool] = lambda: False,
                  changes: Optional[list] = None) -> pd.DataFrame:
    """Area of A₁ ∩ A₂ per (commune, département, first millésime, last millésime), OVERLAP_COLUMNS.
    With ``changes``, the artificialised and renatured parts are appended to it (:class:`ChangedParts`)."""
    codes = np.asarray(insee, dtype=object)
    parts = []
    for y1, y2 in sorted({p for p in year_pairs.values() if p[0] != p[1]}):
        if canceled():
            break
        before = [(s, np.nonzero(s.millesime == y1)[0]) for s in sets]
        after = [(s, np.nonzero(s.millesime == y2)[0]) for s in sets]
        after_index: Dict[bytes, int] = {}
        for s, rows in after:
            for r in rows:
                after_index.setdefault(bytes(s.blobs[r]), 0)
        matched_keys = set()
        other_before, other_before_dep, before_cs, before_us = [], [], [], []
        for s, rows in before:
            if not len(rows):
                continue
            same = np.fromiter((bytes(s.blobs[r]) in after_index for r in rows), dtype=bool, count=len(rows))
            matched_keys.update(bytes(s.blobs[r]) for r in rows[same])
            keep = np.zeros(len(s.blobs), dtype=bool)
            keep[rows[same]] = True
            hit = keep[s.overlay.polygon]
            zone = s.overlay.zone[hit]
            parts.append(pd.DataFrame({
                "insee": codes[zone],
                "departement": row_departements(s.departement[s.overlay.polygon[hit]], codes[zone]),
                "millesime_avant": y1, "millesime_apres": y2, "surface_m2": s.overlay.area[hit]}))
            other_before += [s.blobs[r] for r in rows[~same]]
            other_before_dep.append(s.departement[rows[~same]])
            before_cs.append(_column(s.cs, rows[~same]))
            before_us.append(_column(s.us, rows[~same]))
        after_rows = [(s, rows[np.fromiter((bytes(s.blobs[r]) not in matched_keys for r in rows), dtype=bool,
                                           count=len(rows))]) for s, rows in after]
        other_after = [s.blobs[r] for s, rows in after_rows for r in rows]
        g1, g2 = from_wkb(other_before), from_wkb(other_after)
        i, j = _pairs(g1, g2, canceled)
        if changes is not None:
            join = lambda chunks: np.concatenate(chunks) if chunks else np.zeros(0, dtype=object)  # noqa: E731
            changes.append(ChangedParts(
                _minus(g2, g1, j, i, canceled), 1, join([s.departement[r] for s, r in after_rows]),
                join([_column(s.cs, r) for s, r in after_rows]), join([_column(s.us, r) for s, r in after_rows]),
                y1, y2))
            changes.append(ChangedParts(_minus(g1, g2, i, j, canceled), -1, join(other_before_dep), join(before_cs),
                                        join(before_us), y1, y2))
        if not len(i):
            continue
        pieces = _intersections(g1, g2, i, j)
        positive = areas(pieces) > 0 if len(pieces) else np.zeros(0, dtype=bool)
        if not positive.any():
            continue
        pieces = [_polygonal(p) for p in pieces[positive]]
        owner = i[positive]
        cut = overlay_areas(to_wkb(pieces), zones, canceled=canceled)
        deps = np.concatenate(other_before_dep)[owner[cut.polygon]]
        parts.append(pd.DataFrame({"insee": codes[cut.zone], "departement": row_departements(deps, codes[cut.zone]),
                                   "millesime_avant": y1, "millesime_apres": y2, "surface_m2": cut.area}))
    if not parts:
        return pd.DataFrame(columns=OVERLAP_COLUMNS)
    frame = pd.concat(parts, ignore_index=True)
    return frame.groupby(OVERLAP_COLUMNS[:-1], as_index=False, sort=True)["surface_m2"].sum()[OVERLAP_COLUMNS]
