"""One call from a table of sites to scored results: field criteria, layer criteria, scores, details.

The Processing glue, the tests and the benchmark all go through :func:`assess_sites`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview, raise_if_cancelled
from .context import ContextLayer, commune_criteria, context_criteria, shapely2_array
from . import harmonise as H
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
    deviations: Tuple[str, ...] = ()  # active deliberate deviations from Mutafriches (harmonise.DEVIATIONS)
    _details: Dict[bool, pd.DataFrame] = field(default_factory=dict, repr=False)

    @property
    def warnings(self) -> List[Message]:
        """Messages the user should act on (bad values, unknown vocabulary, partial parcels…)."""
        return [m for m in self.messages if isinstance(m, H.Warn)]

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
    fast = shapely2_array(geometries)
    if fast is None:
        return None
    shapely, arr = fast
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
                 french: bool = True, deviations: Sequence[str] = (), cancelled=None) -> Assessment:
    """Score a table of sites with the same rules whatever the source of each criterion.

    ``frame``: one row per feature; features sharing a site id are the parcels of one site (aggregated
    by :data:`harmonise.AGGREGATION`). ``sites_xy``: one point per site, sites in first-seen id order.
    ``polygon_areas``: one area per feature (parcel), used where no surface field is known.
    Sources, strongest first where they have a value: context layers, commune table, criterion-named
    columns, CNIG fields; an empty value never overrides a known one. ``deviations``: names of
    :data:`harmonise.DEVIATIONS` (none by default: the preset reproduces Mutafriches). ``cancelled()``
    is checked between steps, layers and sensitivity draws."""
    deviations = H.check_deviations(deviations)
    n_features = len(frame)
    id_field = site_id_field or guess_field(frame.columns, SITE_ID_GUESSES)
    if id_field is not None and id_field not in frame.columns:
        raise AulaInputError(fr=f"FRICHES : champ identifiant « {id_field} » introuvable.",
                             en=f"FRICHES: id field '{id_field}' not found.")
    if id_field:
        raw_ids = frame[id_field].tolist()
        empty = [i + 1 for i, v in enumerate(raw_ids)
                 if v is None or (isinstance(v, float) and math.isnan(v)) or not str(v).strip()]
        if empty:
            raise AulaInputError(
                fr=f"FRICHES : {len(empty)} entité(s) sans identifiant de site (champ « {id_field} », rangs "
                   f"{preview(empty)}) : elles seraient fusionnées en un seul site. Renseignez-les.",
                en=f"FRICHES: {len(empty)} feature(s) without a site id (field '{id_field}', rows {preview(empty)}): "
                   f"they would be merged into one site. Fill them in.")
        feature_ids = [str(v) for v in raw_ids]
    else:
        feature_ids = [str(i + 1) for i in range(n_features)]
    ids = list(dict.fromkeys(feature_ids))  # site ids in first-seen order (feature ids are text)
    n = len(ids)
    if len(sites_xy) != n:
        raise AulaInputError(fr=f"{len(sites_xy)} géométries pour {n} sites.", en=f"{len(sites_xy)} geometries for {n} sites.")
    criteria, messages = criteria_from_fields(frame, feature_ids, deviations)
    sources = {c: "champ" for c in criteria}
    weight = None
    if polygon_areas is not None:
        if len(polygon_areas) != n_features:
            raise AulaInputError(fr=f"{len(polygon_areas)} surfaces pour {n_features} entités.",
                                 en=f"{len(polygon_areas)} areas for {n_features} features.")
        area = [float(a) if a is not None and math.isfinite(float(a)) else None for a in polygon_areas]
        field_area = criteria.get("surfaceSite")
        criteria["surfaceSite"] = H.coalesce(field_area if field_area is not None else [None] * n_features, area)
        sources["surfaceSite"] = "champ" if field_area is not None else "geometrie"
        weight = [a if a is not None else 0.0 for a in area]
    elif "surfaceSite" in criteria:
        weight = [v if isinstance(v, float) else 0.0 for v in criteria["surfaceSite"]]
    criteria, vocab_messages = H.normalise_criteria(criteria, grid, feature_ids)
    messages += vocab_messages
    criteria, main, parcel_messages = H.aggregate_parcels(criteria, feature_ids, weight)
    messages += parcel_messages
    if layers:
        computed, layer_messages = context_criteria(sites_xy, layers, ids, cancelled=cancelled)
        messages += layer_messages
        computed, vocab_messages = H.normalise_criteria(computed, grid, ids)
        messages += vocab_messages
        for cid, values in computed.items():
            values = list(values)
            before = criteria.get(cid)
            if before is not None:
                differ = sum(1 for v, b in zip(values, before) if not H.is_missing(v) and not H.is_missing(b)
                             and str(v) != str(b))
                if differ:
                    messages.append(Message(
                        fr=f"« {cid} » : la couche remplace le champ du site pour {differ} site(s) où ils diffèrent.",
                        en=f"'{cid}': the layer replaces the site field for {differ} site(s) where they differ."))
            criteria[cid] = H.coalesce(values, before)
            sources[cid] = next(k for k, (cs, _, _) in _registry().items() if cid in cs)
    if commune_table is not None:
        insee = insee_field or guess_field(frame.columns, INSEE_GUESSES)
        if insee is None or insee not in frame.columns:
            raise AulaInputError(fr="Données communales : champ code INSEE des sites introuvable (comm_insee…).",
                                 en="Commune data: INSEE code field of the sites not found (comm_insee…).")
        codes = frame[insee].tolist()
        values, commune_messages = commune_criteria([codes[i] for i in main], commune_table)
        messages += commune_messages
        rates = [v for v in values.get("tauxLogementsVacants", []) if v is not None]
        if rates and max(rates) <= H.FRACTION_SUSPECT:
            raise AulaInputError(
                fr=f"COMMUNE_DATA, champ « taux_vacance » : tous les taux des communes des sites sont ≤ 1 (de "
                   f"{min(rates):g} à {max(rates):g}) : ce sont sans doute des fractions, or le champ est lu en %. "
                   f"Multipliez-les par 100.",
                en=f"COMMUNE_DATA, field 'taux_vacance': every rate of the sites' communes is ≤ 1 ({min(rates):g} to "
                   f"{max(rates):g}): probably fractions, but the field is read in %. Multiply them by 100.")
        values, vocab_messages = H.normalise_criteria(values, grid, ids)
        messages += vocab_messages
        for cid, v in values.items():
            criteria[cid] = H.coalesce(v, criteria.get(cid))
            sources[cid] = "COMMUNE_DATA"
    criteria, derived_messages = H.derive(criteria, ids)
    messages += derived_messages
    if "raccordementEau" in criteria and "raccordementEau" not in sources:
        sources["raccordementEau"] = "surfaceBati"
    raise_if_cancelled(cancelled)
    result = score_sites(grid, criteria, ids, french,
                         best_use_without_data="no_best_use_without_data" not in deviations)
    raise_if_cancelled(cancelled)
    messages += result.warnings
    missing = [c for c in grid.criterion_ids if c not in criteria]
    if missing:
        messages.append(Message(
            fr=f"Sans source, critère(s) non renseigné(s) pour tous les sites (fiabilité réduite) : {', '.join(missing)}",
            en=f"No source, criterion(s) unknown for every site (lower reliability): {', '.join(missing)}"))
    if deviations:
        messages.append(Message(
            fr="Écart(s) délibéré(s) à Mutafriches activé(s) : " + " ; ".join(
                f"{d} ({H.DEVIATIONS[d].fr})" for d in deviations),
            en="Deliberate deviation(s) from Mutafriches enabled: " + "; ".join(
                f"{d} ({H.DEVIATIONS[d].en})" for d in deviations)))
    sens = None
    if sensitivity_percent and sensitivity_percent > 0:
        sens = weight_sensitivity(result, sensitivity_percent, sensitivity_draws, seed, cancelled=cancelled)
        result.table["stabilite"] = sens.stability
    return Assessment(result, criteria, sources, sens, messages, deviations)


def _registry():
    from .context import LAYER_CRITERIA
    return LAYER_CRITERIA
