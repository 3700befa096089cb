"""One call from a table of sites to scored results: field criteria, layer criteria, scores, details.

The Processing glue, the tests and the benchmark all go through :func:`assess_sites`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from .context import ContextLayer, commune_criteria, context_criteria
from .grid import Grid
from .mapping import criteria_from_fields
from .scoring import ScoreResult, explanation_rows, score_sites
from .sensitivity import Sensitivity, weight_sensitivity

SITE_ID_GUESSES = ("site_id", "id_site", "identifiant", "id", "fid")
INSEE_GUESSES = ("comm_insee", "insee_com", "code_insee", "insee", "codgeo")


@dataclass
class Assessment:
    result: ScoreResult
    criteria: Dict[str, Sequence]
    sources: Dict[str, str]  # criterion → "champ" / layer key / "commune"
    sensitivity: Optional[Sensitivity] = None
    messages: List[Message] = field(default_factory=list)
    _details: Dict[bool, pd.DataFrame] = field(default_factory=dict, repr=False)

    @property
    def table(self) -> pd.DataFrame:
        return self.result.table

    def details(self, french: bool = True) -> pd.DataFrame:
        """The DETAILS table (built once per language: the layer and the report share it)."""
        if french not in self._details:
            self._details[french] = explanation_rows(self.result, french)
        return self._details[french]


def guess_field(columns: Sequence[str], guesses: Sequence[str]) -> Optional[str]:
    lower = {c.lower(): c for c in columns}
    return next((lower[g] for g in guesses if g in lower), None)


def merge_parcels(site_ids: Sequence, geometries: Sequence, areas: Optional[Sequence] = None):
    """Sites made of several parcels (features sharing a site id) → one geometry per site (union).
    Returns (unique ids in first-seen order, union geometries, index of the first feature of each site)."""
    from shapely.ops import unary_union

    order: Dict[str, List[int]] = {}
    for i, sid in enumerate(site_ids):
        order.setdefault(str(sid), []).append(i)
    ids, geoms, first = [], [], []
    for sid, idx in order.items():
        parts = [geometries[i] for i in idx if geometries[i] is not None and not geometries[i].is_empty]
        ids.append(sid)
        first.append(idx[0])
        geoms.append(None if not parts else parts[0] if len(parts) == 1 else unary_union(parts))
    return ids, geoms, np.asarray(first, dtype=np.int64)


def _site_points_vectorised(geometries: Sequence):
    """Shapely 2: the same points as the loop below, in array calls; None on shapely 1.8."""
    try:
        import shapely
    except ImportError:  # pragma: no cover
        return None
    if not hasattr(shapely, "get_type_id"):
        return None
    arr = np.empty(len(geometries), dtype=object)
    arr[:] = list(geometries)
    missing = shapely.is_missing(arr) | shapely.is_empty(arr)
    xy = np.full((len(arr), 2), np.nan)
    present = np.flatnonzero(~missing)
    g = arr[present]
    points = shapely.get_type_id(g) == 0
    surface = np.empty(len(g), dtype=object)
    surface[points] = g[points]
    if (~points).any():
        surface[~points] = shapely.point_on_surface(g[~points])
    xy[present, 0] = shapely.get_x(surface)
    xy[present, 1] = shapely.get_y(surface)
    return xy, np.flatnonzero(missing).tolist()


def site_points(geometries: Sequence, label: str = "FRICHES") -> np.ndarray:
    """(n, 2) metric coordinates: the point itself, or a point on the surface of a polygon site."""
    xy = np.full((len(geometries), 2), np.nan)
    empty = []
    fast = _site_points_vectorised(geometries)
    if fast is not None:
        xy, empty = fast
        geometries = []
    for i, g in enumerate(geometries):
        if g is None or g.is_empty:
            empty.append(i)
            continue
        if g.geom_type == "Point":
            xy[i] = (g.x, g.y)
        else:
            p = g.representative_point()
            xy[i] = (p.x, p.y)
    if empty:
        raise AulaInputError(
            fr=f"« {label} » : {len(empty)} site(s) sans géométrie (rangs {preview([i + 1 for i in empty])}).",
            en=f"'{label}': {len(empty)} site(s) without geometry (rows {preview([i + 1 for i in empty])}).")
    return xy


def assess_sites(frame: pd.DataFrame, sites_xy: np.ndarray, grid: Grid,
                 layers: Optional[Dict[str, ContextLayer]] = None,
                 commune_table: Optional[Dict[str, Dict[str, object]]] = None,
                 site_id_field: Optional[str] = None, insee_field: Optional[str] = None,
                 polygon_areas: Optional[Sequence[float]] = None,
                 sensitivity_percent: float = 0.0, sensitivity_draws: int = 100, seed: int = 42,
                 french: bool = True) -> Assessment:
    """Fields → criteria (CNIG / Cartofriches mapping), then layers (which replace field values), then
    commune data; score with the grid; optional weight sensitivity."""
    n = len(frame)
    if len(sites_xy) != n:
        raise AulaInputError(fr=f"{len(sites_xy)} géométries pour {n} sites.", en=f"{len(sites_xy)} geometries for {n} sites.")
    id_field = site_id_field or guess_field(frame.columns, SITE_ID_GUESSES)
    if id_field is not None and id_field not in frame.columns:
        raise AulaInputError(fr=f"FRICHES : champ identifiant « {id_field} » introuvable.",
                             en=f"FRICHES: id field '{id_field}' not found.")
    ids = frame[id_field].astype(str).tolist() if id_field else [str(i + 1) for i in range(n)]
    criteria, messages = criteria_from_fields(frame)
    sources = {c: "champ" for c in criteria}
    if polygon_areas is not None:
        area = np.asarray(polygon_areas, dtype=float)
        field_area = np.asarray(criteria.get("surfaceSite", [math.nan] * n), dtype=float)
        criteria["surfaceSite"] = np.where(np.isnan(field_area), area, field_area)
        sources["surfaceSite"] = sources.get("surfaceSite", "geometrie")
    if layers:
        computed, layer_messages = context_criteria(sites_xy, layers)
        messages += layer_messages
        for cid, values in computed.items():
            if cid in criteria and sources.get(cid) == "champ":
                messages.append(Message(fr=f"« {cid} » : la couche remplace le champ du site.",
                                        en=f"'{cid}': the layer replaces the site field."))
            criteria[cid] = values
            sources[cid] = next(k for k, (cs, _, _) in _registry().items() if cid in cs)
    if commune_table is not None:
        insee = insee_field or guess_field(frame.columns, INSEE_GUESSES)
        if insee is None or insee not in frame.columns:
            raise AulaInputError(fr="Données communales : champ code INSEE des sites introuvable (comm_insee…).",
                                 en="Commune data: INSEE code field of the sites not found (comm_insee…).")
        values, commune_messages = commune_criteria(frame[insee].tolist(), commune_table)
        messages += commune_messages
        for cid, v in values.items():
            criteria[cid] = v
            sources[cid] = "COMMUNE_DATA"
    result = score_sites(grid, criteria, ids, french)
    messages += result.warnings
    missing = [c for c in grid.criterion_ids if c not in criteria]
    if missing:
        messages.append(Message(
            fr=f"Sans source, critère(s) non renseigné(s) pour tous les sites (fiabilité réduite) : {', '.join(missing)}",
            en=f"No source, criterion(s) unknown for every site (lower reliability): {', '.join(missing)}"))
    sens = None
    if sensitivity_percent and sensitivity_percent > 0:
        sens = weight_sensitivity(result, sensitivity_percent, sensitivity_draws, seed)
        result.table["stabilite"] = sens.stability
    return Assessment(result, criteria, sources, sens, messages)


def _registry():
    from .context import LAYER_CRITERIA
    return LAYER_CRITERIA
