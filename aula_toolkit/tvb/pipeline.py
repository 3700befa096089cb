"""The whole TVB chain on arrays: friction → patches → links → graph metrics → paths, corridors, conflicts.

Costs are computed in cell units (GRASS/BioDispersal convention) and reported in metre-equivalents (× the
resolution): a path through a friction-1 medium costs its length in metres, so DISTANCE (m) and PROBABILITY
apply to link costs directly (Graphab's cost-distance reading of d).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message
from . import fields as F
from .corridors import Conflicts, Corridors, apply_barriers, corridor_bands, path_conflicts, rank_desc
from .cost import GRAPHAB_DIAGONAL, Cancelled, accumulated_cost
from .friction import friction_raster
from .graph import GraphMetrics, alpha_from, graph_metrics
from .links import LinkSet, check_patches, complete_links, habitat_patches, keep_links, planar_links, relabel
from .voronoi import graphab_planar_links

PLANAR = "planar"
COMPLETE = "complete"
PLANAR_GRAPHAB = "planar_graphab"  # Graphab 2's planar topology: Euclidean Voronoi neighbours, exact costs
FRACTION = "fraction"
PERCENT = "percent"


@dataclass
class TvbSettings:
    distance: float = 1000.0
    probability: float = 0.05
    link_mode: str = PLANAR
    max_cost: Optional[float] = None  # metre-equivalent
    min_area_ha: float = 0.0
    corridor_tolerance: float = 0.1
    corridor_max_cost: Optional[float] = None  # corridors only for links up to this cost (default: DISTANCE)
    diagonal: float = GRAPHAB_DIAGONAL
    units: str = FRACTION
    landscape_area_ha: Optional[float] = None
    subtrame: str = ""
    eight_connexity: bool = False
    remove_crossing: bool = False  # drop links whose path touches a third réservoir (Graphab removeCrossPatch)


@dataclass
class TvbResult:
    settings: TvbSettings
    resolution: float
    labels: np.ndarray
    count: int
    patches: pd.DataFrame
    links: pd.DataFrame
    paths_xy: List[np.ndarray]
    corridors: Optional[Corridors]
    corridor_table: pd.DataFrame
    conflicts: pd.DataFrame
    indices: Dict[str, object]
    metrics: GraphMetrics
    cost_surface: Optional[np.ndarray]
    friction: np.ndarray
    timings: Dict[str, float] = field(default_factory=dict)
    messages: List[Message] = field(default_factory=list)
    cell_paths: List[Tuple[np.ndarray, np.ndarray]] = field(default_factory=list)


def cell_centres(rows: np.ndarray, cols: np.ndarray, geotransform: Sequence[float]) -> Tuple[np.ndarray, np.ndarray]:
    x0, dx, _, y0, _, dy = geotransform
    return x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy


def check_grid(geotransform: Sequence[float], label: str = "LANDCOVER") -> float:
    """The cell side in map units. Pixels square to 10⁻⁴ (a reprojected raster's, Graphab's test landscape at
    13.9989 × 13.9998 m) count as squares of the same area; anything less square is refused, not approximated."""
    _, dx, rx, _, ry, dy = geotransform
    if rx or ry:
        raise AulaInputError(fr=f"{label} : raster tourné (géotransformation avec rotation) non pris en charge.",
                             en=f"{label}: rotated raster (geotransform with rotation) is not supported.")
    if not math.isclose(abs(dx), abs(dy), rel_tol=1e-4):
        raise AulaInputError(
            fr=f"{label} : pixels non carrés ({abs(dx):g} × {abs(dy):g}) ; rééchantillonnez le raster en pixels carrés.",
            en=f"{label}: non-square pixels ({abs(dx):g} × {abs(dy):g}); resample the raster to square pixels.")
    return math.sqrt(abs(dx * dy))


def run_tvb(landcover: np.ndarray, geotransform: Sequence[float], friction_map: Dict[int, float],
            settings: TvbSettings, habitat_codes: Optional[Sequence[int]] = None,
            reservoirs: Optional[np.ndarray] = None, nodata: Optional[float] = None,
            barriers: Optional[np.ndarray] = None, barrier_transparency: Optional[np.ndarray] = None,
            barrier_ids: Optional[Sequence[str]] = None, with_corridors: bool = True, keep_cost_surface: bool = True,
            cancel: Optional[Callable[[], bool]] = None,
            progress: Optional[Callable[[float, str], None]] = None) -> TvbResult:
    """Run the chain. ``reservoirs`` (label raster, 0 = none) replaces ``habitat_codes`` when given."""
    s = settings
    timings: Dict[str, float] = {}
    messages: List[Message] = []
    def say(fraction, text):
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(fraction, text)

    t0 = time.perf_counter()
    res = check_grid(geotransform)
    alpha = alpha_from(s.distance, s.probability)
    if s.link_mode not in (PLANAR, COMPLETE, PLANAR_GRAPHAB):
        raise AulaInputError(fr=f"Mode de liens inconnu : {s.link_mode}.", en=f"Unknown link mode: {s.link_mode}.")
    if not 0 <= s.corridor_tolerance <= 10:
        raise AulaInputError(fr=f"CORRIDOR_TOLERANCE : {s.corridor_tolerance} hors de [0 ; 10].",
                             en=f"CORRIDOR_TOLERANCE: {s.corridor_tolerance} outside [0, 10].")
    say(0.01, "friction")
    friction = friction_raster(landcover, friction_map, nodata)
    if barriers is not None and barrier_transparency is not None:
        friction = apply_barriers(friction, barriers, barrier_transparency)
    say(0.04, "patches")
    cell_ha = res * res / 10_000.0
    min_cells = max(1, int(math.ceil(s.min_area_ha / cell_ha - 1e-9))) if s.min_area_ha > 0 else 1
    if reservoirs is not None:
        labels, count = relabel(np.asarray(reservoirs, dtype=np.int64), None, min_cells)
        check_patches(count, "HABITAT_LAYER")
    else:
        codes = list(habitat_codes or [])
        if not codes:
            raise AulaInputError(fr="HABITAT : indiquez les codes des classes d'habitat ou une couche de réservoirs.",
                                 en="HABITAT: give the habitat class codes or a layer of réservoirs.")
        present = set(np.unique(landcover[np.isfinite(friction)]).astype(np.int64).tolist())
        absent = [c for c in codes if c not in present]
        if len(absent) == len(codes):
            raise AulaInputError(fr=f"HABITAT : aucun des codes {', '.join(map(str, codes))} n'est présent dans "
                                    "LANDCOVER (hors nodata et classes infranchissables).",
                                 en=f"HABITAT: none of the codes {', '.join(map(str, codes))} is present in LANDCOVER "
                                    "(outside nodata and impassable classes).")
        if absent:
            messages.append(Message(fr=f"HABITAT : codes absents du raster : {', '.join(map(str, absent))}.",
                                    en=f"HABITAT: codes absent from the raster: {', '.join(map(str, absent))}."))
        habitat = np.isin(landcover, codes) & np.isfinite(friction)
        say(0.05, "patches")
        labels, count = habitat_patches(habitat, min_cells, s.eight_connexity)
        del habitat
        check_patches(count, "HABITAT")
    say(0.07, "patches")
    labels[~np.isfinite(friction)] = 0
    timings["patches"] = time.perf_counter() - t0
    say(0.08, "cost" if s.link_mode == PLANAR else "links")

    max_cost_cells = None if s.max_cost is None else s.max_cost / res
    cost_surface = None
    t = time.perf_counter()
    if s.link_mode == PLANAR:
        acc, alloc, passes = accumulated_cost(friction, labels, s.diagonal, max_cost_cells, cancel,
                                              lambda p, c: say(min(0.45, 0.08 + 0.02 * p), "cost"))
        timings["cost"] = time.perf_counter() - t
        say(0.45, "links")
        t = time.perf_counter()
        links = planar_links(acc, alloc, friction, s.diagonal, max_cost_cells)
        del alloc
        cost_surface = acc if keep_cost_surface else None
        del acc
    elif s.link_mode == PLANAR_GRAPHAB:
        links = graphab_planar_links(friction, labels, count, res, res, s.diagonal, s.remove_crossing,
                                     cancel=cancel, progress=lambda f: say(0.08 + 0.37 * f, "links"))
        if max_cost_cells is not None:
            links = keep_links(links, links.cost <= max_cost_cells)
    else:
        links = complete_links(friction, labels, count, s.diagonal, max_cost_cells, cancel,
                               lambda f: say(0.08 + 0.37 * f, "links"), remove_crossing=s.remove_crossing)
    timings["links"] = time.perf_counter() - t
    say(0.5, "metrics")

    area_cells = np.bincount(labels.ravel(), minlength=count + 1)[1:].astype(np.float64)
    area_ha = area_cells * cell_ha
    valid_cells = int(np.isfinite(friction).sum())
    land_ha = s.landscape_area_ha or (labels.size * cell_ha)
    if s.landscape_area_ha and s.landscape_area_ha < area_ha.sum():
        raise AulaInputError(
            fr=f"LANDSCAPE_AREA : {s.landscape_area_ha:g} ha est inférieure à la surface d'habitat "
               f"({area_ha.sum():.1f} ha).",
            en=f"LANDSCAPE_AREA: {s.landscape_area_ha:g} ha is smaller than the habitat area ({area_ha.sum():.1f} ha).")
    cost_m = links.cost * res
    t = time.perf_counter()
    metrics = graph_metrics(area_ha, links.u, links.v, cost_m, alpha, land_ha, binary_threshold=s.distance,
                            cancel=cancel)
    timings["metrics"] = time.perf_counter() - t
    say(0.65, "paths")
    scale = 100.0 if s.units == PERCENT else 1.0

    patches = pd.DataFrame({
        F.ID_RESV.name: np.arange(1, count + 1),
        F.SUBTRAME.name: s.subtrame,
        F.AREA_HA.name: area_ha,
        F.CAPACITY.name: area_ha,
        F.PC_CONTRIB.name: metrics.node_contribution * scale,
        F.DPC.name: metrics.dpc * scale,
        F.DPC_INTRA.name: metrics.dpc_intra * scale,
        F.DPC_FLUX.name: metrics.dpc_flux * scale,
        F.DPC_CONN.name: metrics.dpc_connector * scale,
        F.DIIC.name: metrics.diic * scale,
        F.FLUX.name: metrics.flux,
        F.COMPONENT.name: metrics.component,
        F.RANK_DPC.name: rank_desc(metrics.dpc),
    })
    n_links = links.u.size
    proba = np.exp(-alpha * cost_m)
    functional = cost_m <= s.distance

    # conflicts
    conflicts = pd.DataFrame(columns=[f.name for f in F.CONFLICT_FIELDS] + ["x", "y", "row", "col", "link_index"])
    n_conf = np.zeros(n_links, dtype=np.int64)
    if barriers is not None and n_links:
        found: Conflicts = path_conflicts(links.paths, barriers)
        if found.link.size:
            x, y = cell_centres(found.row, found.col, geotransform)
            ids = np.asarray(barrier_ids if barrier_ids is not None else
                             [str(i + 1) for i in range(int(barriers.max()))], dtype=object)
            transp = (np.asarray(barrier_transparency, dtype=np.float64)[found.barrier - 1]
                      if barrier_transparency is not None else np.full(found.link.size, np.nan))
            link_dpc = metrics.link_dpc[found.link]
            order = np.lexsort((found.position, found.link, -link_dpc))
            conflicts = pd.DataFrame({
                F.ID_CONF.name: np.arange(1, found.link.size + 1),
                F.RANK.name: np.empty(found.link.size, dtype=np.int64),
                F.ID_CORR.name: found.link + 1,
                F.ID_RESV1.name: links.u[found.link] + 1,
                F.ID_RESV2.name: links.v[found.link] + 1,
                F.SUBTRAME.name: s.subtrame,
                F.ID_OBST.name: ids[found.barrier - 1],
                F.TRANSPAR.name: transp,
                F.DPC.name: link_dpc * scale,
                F.COST.name: cost_m[found.link],
                "x": x, "y": y, "row": found.row, "col": found.col, "link_index": found.link,
            })
            conflicts.loc[order, F.RANK.name] = np.arange(1, found.link.size + 1)
            conflicts = conflicts.iloc[order].reset_index(drop=True)
            conflicts[F.ID_CONF.name] = np.arange(1, len(conflicts) + 1)
            n_conf = np.bincount(found.link, minlength=n_links)
    link_table = pd.DataFrame({
        F.ID_CORR.name: np.arange(1, n_links + 1),
        F.ID_RESV1.name: links.u + 1,
        F.ID_RESV2.name: links.v + 1,
        F.SUBTRAME.name: s.subtrame,
        F.COST.name: cost_m,
        F.LENGTH_M.name: links.length * res,
        F.PROBA.name: proba,
        F.DPC.name: metrics.link_dpc * scale,
        F.RANK_DPC.name: rank_desc(metrics.link_dpc) if n_links else np.zeros(0, dtype=np.int64),
        F.FUNCTIONAL.name: functional.astype(np.int64),
        F.N_CONFLICT.name: n_conf,
    })
    paths_xy = []
    for pr, pc in links.paths:
        x, y = cell_centres(pr, pc, geotransform)
        paths_xy.append(np.column_stack([x, y]))
    say(0.7, "corridors" if with_corridors else "paths")

    corridors = None
    corridor_table = pd.DataFrame(columns=[f.name for f in F.CORRIDOR_FIELDS])
    if with_corridors and n_links:
        t = time.perf_counter()
        limit = s.corridor_max_cost if s.corridor_max_cost is not None else s.distance
        selected = cost_m <= limit
        corridors = corridor_bands(friction, labels, links.u, links.v, links.cost, links.paths,
                                   s.corridor_tolerance, s.diagonal, selected, cancel,
                                   lambda f: say(0.7 + 0.25 * f, "corridors"))
        cells = np.bincount(corridors.link.ravel(), minlength=n_links + 1)[1:]
        keep = cells > 0
        corridor_table = pd.DataFrame({
            F.ID_CORR.name: np.arange(1, n_links + 1)[keep],
            F.ID_RESV1.name: links.u[keep] + 1,
            F.ID_RESV2.name: links.v[keep] + 1,
            F.SUBTRAME.name: s.subtrame,
            F.CELLS.name: cells[keep] * cell_ha,
            F.COST.name: cost_m[keep],
            F.DPC.name: metrics.link_dpc[keep] * scale,
            F.RANK_DPC.name: link_table[F.RANK_DPC.name].to_numpy()[keep],
        })
        skipped = int((~selected).sum())
        if skipped:
            messages.append(Message(
                fr=f"Corridors : {skipped} lien(s) plus coûteux que {limit:g} (équivalent mètres) n'ont pas de bande "
                   "de corridor (liens non fonctionnels pour l'espèce).",
                en=f"Corridors: {skipped} link(s) costlier than {limit:g} (metre-equivalent) get no corridor band "
                   "(not functional for the species)."))
        timings["corridors"] = time.perf_counter() - t

    indices = {
        F.SUBTRAME.name: s.subtrame,
        F.N_PATCHES.name: count,
        F.N_LINKS.name: n_links,
        F.N_COMP.name: metrics.components,
        F.PC.name: metrics.pc,
        F.EC_HA.name: metrics.ec,
        F.IIC.name: metrics.iic,
        F.EC_IIC_HA.name: metrics.ec_iic,
        F.PC_INTRA.name: metrics.pc_intra * scale,
        F.PC_DIRECT.name: metrics.pc_direct * scale,
        F.PC_STEP.name: metrics.pc_step * scale,
        F.HABITAT_HA.name: float(area_ha.sum()),
        F.LAND_HA.name: float(land_ha),
        F.DISTANCE.name: s.distance,
        F.PROBABILITY.name: s.probability,
        F.ALPHA.name: alpha,
        F.UNITS.name: "pourcentage (Conefor)" if s.units == PERCENT else "fraction (Graphab)",
    }
    if valid_cells < labels.size:
        messages.append(Message(
            fr=f"{labels.size - valid_cells} cellules nodata ou infranchissables.",
            en=f"{labels.size - valid_cells} nodata or impassable cells."))
    timings["total"] = time.perf_counter() - t0
    return TvbResult(s, res, labels, count, patches, link_table, paths_xy, corridors, corridor_table, conflicts,
                     indices, metrics, cost_surface, friction, timings, messages, links.paths)


def conefor_files(result: TvbResult) -> Dict[str, str]:
    """Conefor 2.6/2.7 input files: ``nodes`` (id, capacity in ha) and ``distances`` (id1, id2, cost), plus the
    command line reproducing our PC run (``-confProb d p``, ``-landArea``)."""
    p = result.patches
    nodes = "".join(f"{i}\t{a:.6f}\n" for i, a in zip(p[F.ID_RESV.name].tolist(), p[F.CAPACITY.name].tolist()))
    links = result.links
    dist = "".join(f"{a}\t{b}\t{c:.6f}\n" for a, b, c in zip(links[F.ID_RESV1.name].tolist(),
                                                          links[F.ID_RESV2.name].tolist(), links[F.COST.name].tolist()))
    s = result.settings
    land = result.indices[F.LAND_HA.name]
    cmd = (f"coneforWin64.exe -nodeFile nodes_ -conFile distances_ -t dist notall -confProb {s.distance:g} "
           f"{s.probability:g} -PC -IIC -confAdj {s.distance:g} -landArea {land:.6f} -prefix tvb\n")
    return {"nodes": nodes, "distances": dist, "command": cmd}
