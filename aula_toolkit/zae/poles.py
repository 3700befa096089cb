"""Pôles économiques (CNIG POLE-ECO: « regroupement de sites géographiquement proches ») and the typing of
a site from its zoning (CNIG ``site_type``).

A pôle is a group of at least two sites linked, directly or through other sites, by perimeters less than
``distance`` metres apart (connected components). Its vocation comes from its sites' establishments (the
one holding more than ``dominant_share`` of the jobs, else « mixte, sans dominante »), its surface is the sum
of its sites' surfaces (CNIG ``pole_surface``), its point the area-weighted centre of its sites.
"""

from __future__ import annotations

from typing import List, Optional, Sequence

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .geom import bbox_pairs

POLE_MIXED = "mixte, sans dominante"


def pole_groups(boxes: np.ndarray, shapes: Sequence, distance: float, min_sites: int = 2) -> np.ndarray:
    """Pôle index of each site (-1: no pôle), pôles numbered by their first site. ``boxes`` (n×4) are the
    sites' bounding boxes, ``shapes`` their shapely geometries."""
    n = len(boxes)
    out = np.full(n, -1, dtype=np.int64)
    if n < 2 or distance < 0:
        return out
    i, j = bbox_pairs(boxes, boxes, margin=distance)
    keep = i < j
    i, j = i[keep], j[keep]
    near = np.array([shapes[a] is not None and shapes[b] is not None and shapes[a].distance(shapes[b]) <= distance
                     for a, b in zip(i.tolist(), j.tolist())], dtype=bool)
    i, j = i[near], j[near]
    graph = coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    sizes = np.bincount(label, minlength=label.max() + 1)
    grouped = sizes[label] >= max(min_sites, 2)
    if grouped.any():
        out[grouped] = pd.factorize(label[grouped])[0]
    return out


def pole_table(sites: pd.DataFrame, pole: np.ndarray, centroids: np.ndarray, vocations: Sequence[str],
               ) -> pd.DataFrame:
    """One row per pôle (CNIG POLE-ECO fields): ``sites`` carries ``site_id``, ``site_nom``,
    ``site_comm_insee``, ``site_surf_brute`` (ha), ``site_nb_etab``, ``site_nb_emploi``; ``centroids`` (n×2)
    the sites' centres; ``vocations`` the dominant vocation of each pôle (:func:`pole_vocations`)."""
    columns = ["pole_id", "pole_nom", "pole_vocadomi", "pole_nb_site", "pole_nb_etab", "pole_nb_emploi",
               "pole_surface", "pole_rayonnement", "x", "y", "sites"]
    if len(pole) == 0 or (pole < 0).all():
        return pd.DataFrame(columns=columns)
    s = sites.reset_index(drop=True).assign(pole=pole, cx=centroids[:, 0], cy=centroids[:, 1])
    s = s[s["pole"] >= 0]
    rows = []
    counters = {}
    for p, g in s.groupby("pole", sort=True):
        main = g.sort_values(["site_surf_brute", "site_id"], ascending=[False, True]).iloc[0]
        insee = str(main["site_comm_insee"] or "00000").zfill(5)
        counters[insee] = counters.get(insee, 0) + 1
        w = g["site_surf_brute"].to_numpy(dtype=float)
        w = w if w.sum() > 0 else np.ones(len(g))
        rows.append({
            "pole_id": f"{insee}_POLE-ECO_{counters[insee]:05d}", "pole_nom": f"Pôle {main['site_nom']}",
            "pole_vocadomi": vocations[int(p)], "pole_nb_site": int(len(g)),
            "pole_nb_etab": int(g["site_nb_etab"].sum()), "pole_nb_emploi": int(g["site_nb_emploi"].sum()),
            "pole_surface": float(g["site_surf_brute"].sum()), "pole_rayonnement": "inconnu",
            "x": float(np.average(g["cx"], weights=w)), "y": float(np.average(g["cy"], weights=w)),
            "sites": "|".join(g["site_id"].astype(str)),
        })
    return pd.DataFrame(rows, columns=columns)


def pole_vocations(pole: np.ndarray, est_zone: np.ndarray, naf: Sequence, jobs: Sequence, share: float = 0.6
                   ) -> List[str]:
    """Dominant vocation of each pôle from the active establishments of its sites (``est_zone``: the site
    index of each establishment)."""
    from .activity import dominant_vocations

    n_poles = int(pole.max()) + 1 if len(pole) and pole.max() >= 0 else 0
    est_zone = np.asarray(est_zone, dtype=np.int64)
    est_pole = np.where(est_zone >= 0, pole[np.clip(est_zone, 0, None)] if len(pole) else -1, -1)
    keep = est_pole >= 0
    found = dominant_vocations(est_pole[keep], np.asarray(naf, dtype=object)[keep], np.asarray(jobs)[keep],
                               n_poles, share)
    return [POLE_MIXED if v == "mixte" else v for v in found]


def site_type(declared: Optional[str], typezone: Optional[str], n_establishments: int, jobs: int, area_ha: float,
              n_units: int, isolated_jobs: int = 150, isolated_area_ha: float = 2.0) -> str:
    """CNIG ``site_type``: the zone's own value when given; one establishment of more than ``isolated_jobs``
    jobs or on at least ``isolated_area_ha`` ha, alone on its unit → « établissement économique isolé »; an AU
    zone of the PLU with no active establishment (land reserve for a future zone) → « zone AU à vocation
    économique »; otherwise « zone d'activité économique »."""
    if declared:
        return declared
    if n_establishments == 1 and (jobs > isolated_jobs or area_ha >= isolated_area_ha) and n_units <= 1:
        return "établissement économique isolé"
    if typezone and str(typezone).strip().upper().startswith("AU") and n_establishments == 0:
        return "zone AU à vocation économique"
    return "zone d'activité économique"
