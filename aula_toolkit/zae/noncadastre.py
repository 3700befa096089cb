"""The non-cadastred part of a zone (roads, public domain): the zone minus the union of its parcels,
measured on its own so that the surface closure check (R9) compares two independent measures — parcels
that overlap, or a perimeter drawn over a neighbouring zone's parcels, then show as a closure gap instead of
being absorbed in a residual.

Its parts become TERRAIN-ECO rows (``terr_utile = non``, ``terr_usage = voirie ou infrastructure``), so that
the terrains cover the whole site as the CNIG/BFC guides ask.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np

from .geom import PolygonArray, parcel_unions, union_groups

USAGE = "voirie ou infrastructure"


def non_cadastred(zone_shape, parcel_shapes: Sequence, min_part_area: float = 1.0):
    """(area in m², polygon parts of at least ``min_part_area`` m²) of ``zone_shape`` outside every parcel."""
    shapes = [p for p in parcel_shapes if p is not None and not p.is_empty]
    union = union_groups([shapes])[0] if shapes else None
    rest = zone_shape.difference(union) if union is not None else zone_shape
    return float(rest.area), _parts(rest, min_part_area)


def _parts(shape, min_part_area: float) -> list:
    if shape is None or shape.is_empty:
        return []
    geoms = list(shape.geoms) if hasattr(shape, "geoms") else [shape]
    return [g for g in geoms if g.geom_type == "Polygon" and g.area >= min_part_area]


def zones_non_cadastred(zones: PolygonArray, parcels: PolygonArray, zone_of_parcel: np.ndarray,
                        min_part_area: float = 1.0, check=None) -> Tuple[np.ndarray, List[Tuple[int, object]]]:
    """Per zone: the area outside its parcels (``zone_of_parcel``: R1 zone of each parcel, -1 outside), and
    the list of ``(zone, polygon)`` parts of at least ``min_part_area`` m²."""
    nz = len(zones)
    area = np.zeros(nz)
    parts: List[Tuple[int, object]] = []
    members = np.nonzero(zone_of_parcel >= 0)[0]
    order = members[np.argsort(zone_of_parcel[members], kind="stable")]
    zs = zone_of_parcel[order]
    cuts = np.r_[0, np.nonzero(np.diff(zs))[0] + 1, len(zs)] if len(zs) else np.zeros(1, dtype=np.int64)
    groups, zone_ids = [], []
    for a, b in zip(cuts[:-1], cuts[1:]):
        if a < b:
            zone_ids.append(int(zs[a]))
            groups.append(order[a:b])
    unions = dict(zip(zone_ids, parcel_unions(parcels, groups, check)))
    for z in range(nz):
        shape = zones.shape(z)
        if shape is None or shape.is_empty:
            continue
        union = unions.get(z)
        rest = shape.difference(union) if union is not None else shape
        area[z] = rest.area
        parts.extend((z, p) for p in _parts(rest, min_part_area))
        if check is not None and z % 200 == 199:
            check()
    return area, parts
