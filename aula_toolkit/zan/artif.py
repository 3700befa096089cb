"""Net artificialisation per territory from OCS GE (rule R19, zan.md §5).

Two stages. *Measure*: the areas of artificial stock polygons and of difference polygons inside
each commune, as long tables ``(insee, departement, millesime…, m²)`` — done here with
:mod:`overlay` (file path) or inside PostgreSQL (:mod:`ocsge_sql`), same tables either way.
*Aggregate*: per département, the earliest millésime is index 1 and the latest index 2 (Sparte);
per commune stock at each index, artificialisation (+1), renaturation (−1), net; per territory
plain sums, the coverage status, and the consistency check |NET(diff) − (STOCK₂ − STOCK₁)| ≤ 0.5 ha.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from ..fields import INTEGER, REAL, TEXT, FieldSpec
from . import ocsge
from .counters import Membership
from .ocsge_io import PolygonLayer
from .overlay import Zones, areas, overlay_areas, to_wkb
from .stock_overlap import OVERLAP_COLUMNS, ArtificialSet, ChangedParts, _polygonal, overlap_areas
from .wkb_stats import wkb_bounds_areas

M2_PER_HA = 10_000.0

STOCK_COLUMNS = ["insee", "departement", "millesime", "surface_m2"]
DIFF_COLUMNS = ["insee", "departement", "millesime_avant", "millesime_apres", "sens", "surface_m2"]


def _f(name, kind, fr, en, comment_fr="", comment_en=""):
    return FieldSpec(name, kind, fr, en, comment_fr, comment_en)


OUTPUT_FIELDS: Tuple[FieldSpec, ...] = (
    _f("territoire_id", TEXT, "Code du territoire", "Territory code",
       "Code INSEE de la commune, ou code du territoire de la table d'appartenance",
       "Commune INSEE code, or territory code of the membership table"),
    _f("territoire_nom", TEXT, "Territoire", "Territory"),
    _f("nb_communes", INTEGER, "Communes", "Communes"),
    _f("surface_ha", REAL, "Surface (ha)", "Area (ha)"),
    _f("millesime_avant", TEXT, "Millésime initial", "First millésime"),
    _f("millesime_apres", TEXT, "Millésime final", "Last millésime"),
    _f("millesimes", TEXT, "Millésimes par département", "Millésimes by département",
       "Millésimes initial → final de chaque département du territoire",
       "First → last millésime of each département of the territory"),
    _f("stock_avant_ha", REAL, "Surface artificialisée au millésime initial (ha)", "Artificial area, first millésime (ha)"),
    _f("stock_avant_pct", REAL, "Part artificialisée au millésime initial (%)", "Artificial share, first millésime (%)",
       "Surface artificialisée au millésime initial ÷ surface du territoire",
       "Artificial area at the first millésime ÷ area of the territory"),
    _f("stock_apres_ha", REAL, "Surface artificialisée au millésime final (ha)", "Artificial area, last millésime (ha)"),
    _f("stock_apres_pct", REAL, "Part artificialisée au millésime final (%)", "Artificial share, last millésime (%)"),
    _f("artificialisation_ha", REAL, "Artificialisation (ha)", "Artificialisation (ha)",
       "Surface devenue artificialisée entre les deux millésimes (couche différence, sens 1 ; sans elle, "
       "croisement des deux stocks : artificialisée après et pas avant)",
       "Area that became artificial between the two millésimes (difference layer, direction 1; without it, "
       "overlay of the two stocks: artificial after and not before)"),
    _f("renaturation_ha", REAL, "Renaturation (ha)", "Renaturation (ha)",
       "Surface renaturée entre les deux millésimes (couche différence, sens −1 ; sans elle, croisement des "
       "deux stocks : artificialisée avant et pas après)",
       "Area renatured between the two millésimes (difference layer, direction −1; without it, overlay of the "
       "two stocks: artificial before and not after)"),
    _f("net_ha", REAL, "Artificialisation nette (ha)", "Net artificialisation (ha)",
       "Artificialisation − renaturation : la mesure du ZAN à partir de 2031",
       "Artificialisation − renaturation: the ZAN measure from 2031"),
    _f("net_ha_an", REAL, "Artificialisation nette annuelle (ha/an)", "Yearly net artificialisation (ha/yr)",
       "Somme par commune de la nette divisée par l'écart en années entre ses millésimes",
       "Sum over the communes of the net divided by the years between their millésimes"),
    _f("net_pct", REAL, "Artificialisation nette (% de la surface)", "Net artificialisation (% of the area)"),
    _f("couverture", TEXT, "Couverture OCS GE (code)", "OCS GE coverage (code)",
       "COMPLETE_UNIFORM, COMPLETE_NOT_UNIFORM (millésimes différents), PARTIAL ou NO_DATA",
       "COMPLETE_UNIFORM, COMPLETE_NOT_UNIFORM (millésimes differ), PARTIAL or NO_DATA"),
    _f("couverture_libelle", TEXT, "Couverture OCS GE", "OCS GE coverage"),
    _f("ecart_ha", REAL, "Écart différence − (stock final − stock initial) (ha)",
       "Gap difference − (last stock − first stock) (ha)",
       "Contrôle de cohérence de Mon Diagnostic Artificialisation : doit rester sous 0,5 ha",
       "Consistency check of Mon Diagnostic Artificialisation: should stay under 0.5 ha"),
    _f("ecart_signale", INTEGER, "Écart > 0,5 ha (1 = oui)", "Gap > 0.5 ha (1 = yes)",
       "1 si l'écart de contrôle dépasse 0,5 ha, sinon 0",
       "1 when the check gap is above 0.5 ha, else 0"),
    _f("methode", TEXT, "Méthode", "Method",
       "Champ artif de l'IGN, ou matrice couverture × usage puis seuils du décret",
       "IGN artif field, or cover × use matrix then the décret's thresholds"),
)

CHANGE_FIELDS: Tuple[FieldSpec, ...] = (
    _f("territoire_id", TEXT, "Code du territoire", "Territory code"),
    _f("insee_com", TEXT, "Commune (INSEE)", "Commune (INSEE)"),
    _f("departement", TEXT, "Département", "Département"),
    _f("millesime_avant", INTEGER, "Millésime initial", "First millésime"),
    _f("millesime_apres", INTEGER, "Millésime final", "Last millésime"),
    _f("cs_avant", TEXT, "Couverture avant", "Cover before"),
    _f("us_avant", TEXT, "Usage avant", "Use before"),
    _f("cs_apres", TEXT, "Couverture après", "Cover after"),
    _f("us_apres", TEXT, "Usage après", "Use after"),
    _f("sens", INTEGER, "Sens (1 artificialisation, −1 renaturation)", "Direction (1 artificialisation, −1 renaturation)"),
    _f("classe", TEXT, "Changement", "Change"),
    _f("surface_m2", REAL, "Surface (m²)", "Area (m²)"),
)

CLASS_LABELS = {1: "artificialisation", -1: "renaturation"}


@dataclass
class Communes:
    """Commune polygons in EPSG:2154: INSEE codes, names, geometries, indexed once."""

    insee: List[str]
    names: List[str]
    geoms: list
    zones: Zones = None
    area_m2: np.ndarray = None

    def __post_init__(self):
        duplicated = sorted(pd.Index(self.insee)[pd.Index(self.insee).duplicated()].unique())
        if duplicated:
            raise AulaInputError(fr=f"Territoires : codes INSEE en double : {preview(duplicated)}",
                                 en=f"Territories: duplicated INSEE codes: {preview(duplicated)}")
        if self.zones is None:
            self.zones = Zones.build(self.geoms)
        if self.area_m2 is None:
            self.area_m2 = areas(self.geoms)


@dataclass
class Measures:
    """Long tables of the measure stage (m²), and the change polygons for CHANGES."""

    stock: pd.DataFrame  # STOCK_COLUMNS: artificial area per commune, département and millésime
    difference: Optional[pd.DataFrame]  # DIFF_COLUMNS, None when no difference layer
    covered: pd.DataFrame  # departement, millesime: what the stock layers cover
    changes: Optional[pd.DataFrame] = None  # CHANGE_FIELDS minus territoire_id, + geometry
    change_geoms: list = field(default_factory=list)
    overlap: Optional[pd.DataFrame] = None  # OVERLAP_COLUMNS: artificial at both millésimes (stocks only)


@dataclass
class ArtifResult:
    territories: pd.DataFrame  # OUTPUT_FIELDS
    communes: pd.DataFrame  # per commune detail
    changes: pd.DataFrame  # CHANGE_FIELDS
    change_geoms: list
    warnings: List[Message]


# --- measure (file path) --------------------------------------------------------------------------

def _row_departements(layer_dep: np.ndarray, commune_insee: np.ndarray) -> np.ndarray:
    codes, uniques = pd.factorize(np.asarray(commune_insee, dtype=object))
    commune_dep = np.array([ocsge.departement_of_commune(c) for c in uniques] + [""], dtype=object)[codes]
    return np.where(layer_dep != "", layer_dep, commune_dep)


def measure_stock(layers: Sequence[PolygonLayer], communes: Communes, method: str,
                  canceled: Callable[[], bool] = lambda: False, keep: Optional[list] = None):
    """Artificial area of every stock layer per (commune, département, millésime); and coverage.
    With ``keep``, the artificial polygons of each layer are appended to it (:class:`ArtificialSet`)."""
    parts, covered = [], []
    for layer in layers:
        delivery = layer.delivery or ocsge.Delivery("stock", None, ())
        years = ocsge.year_column(layer.frame, delivery.years[0] if delivery.years else None, layer.label)
        deps = ocsge.departement_column(layer.frame, delivery.departement)
        if canceled():
            break
        geom_bounds, geom_areas = wkb_bounds_areas(layer.blobs, canceled)
        artificial = ocsge.stock_artificial(layer.frame, geom_areas, method, layer.label)
        idx = np.nonzero(artificial)[0]
        result = overlay_areas([layer.blobs[i] for i in idx], communes.zones, poly_bounds=geom_bounds[idx],
                               poly_areas=geom_areas[idx], canceled=canceled)
        insee = np.asarray(communes.insee, dtype=object)[result.zone]
        rows = idx[result.polygon]
        parts.append(pd.DataFrame({"insee": insee, "departement": _row_departements(deps[rows], insee),
                                   "millesime": years[rows], "surface_m2": result.area}))
        if keep is not None:
            cs, us = ocsge.stock_codes(layer.frame)
            keep.append(ArtificialSet([layer.blobs[i] for i in idx], deps[idx], years[idx], result, cs[idx], us[idx]))
        known = deps != ""
        cover = pd.DataFrame({"departement": deps[known], "millesime": years[known]}).drop_duplicates()
        if not known.all():
            cover = pd.concat([cover, parts[-1][["departement", "millesime"]].drop_duplicates()])
        covered.append(cover)
    stock = _grouped(parts, STOCK_COLUMNS)
    cover = pd.concat(covered).drop_duplicates().reset_index(drop=True) if covered else \
        pd.DataFrame(columns=["departement", "millesime"])
    return stock, cover


def measure_difference(layers: Sequence[PolygonLayer], communes: Communes, method: str,
                       keep_geometry: bool = True, canceled: Callable[[], bool] = lambda: False):
    """Area of artificialised (+1) and renaturalised (−1) polygons per commune; clipped changes."""
    parts, change_frames, change_geoms = [], [], []
    for layer in layers:
        delivery = layer.delivery or ocsge.Delivery("difference", None, ())
        columns = ocsge.difference_columns(layer.frame, layer.label, delivery.years)
        geom_bounds, geom_areas = wkb_bounds_areas(layer.blobs, canceled)
        direction = ocsge.difference_direction(layer.frame, columns, geom_areas, method, layer.label)
        deps = ocsge.departement_column(layer.frame, delivery.departement)
        idx = np.nonzero(direction != 0)[0]
        result = overlay_areas([layer.blobs[i] for i in idx], communes.zones, keep_geometry=keep_geometry,
                               poly_bounds=geom_bounds[idx], poly_areas=geom_areas[idx], canceled=canceled)
        rows = idx[result.polygon]
        insee = np.asarray(communes.insee, dtype=object)[result.zone]
        dep = _row_departements(deps[rows], insee)
        frame = pd.DataFrame({"insee": insee, "departement": dep, "millesime_avant": columns.before,
                              "millesime_apres": columns.after, "sens": direction[rows], "surface_m2": result.area})
        parts.append(frame)
        if keep_geometry:
            def codes(column):
                if column is None:
                    return np.full(len(rows), "", dtype=object)
                return layer.frame[column].astype(object).where(layer.frame[column].notna(), "").astype(
                    str).to_numpy(dtype=object)[rows]
            change_frames.append(pd.DataFrame({
                "insee_com": insee, "departement": dep, "millesime_avant": columns.before,
                "millesime_apres": columns.after, "cs_avant": codes(columns.cs_before),
                "us_avant": codes(columns.us_before), "cs_apres": codes(columns.cs_after),
                "us_apres": codes(columns.us_after), "sens": direction[rows],
                "classe": [CLASS_LABELS[int(s)] for s in direction[rows]], "surface_m2": result.area}))
            change_geoms.extend(result.geometry)
    difference = _grouped(parts, DIFF_COLUMNS)
    changes = pd.concat(change_frames, ignore_index=True) if change_frames else None
    return difference, changes, change_geoms


def clip_changed_parts(parts: Sequence[ChangedParts], communes: Communes,
                       canceled: Callable[[], bool] = lambda: False):
    """The artificialised / renatured parts found by overlaying two stocks, cut by the communes, as CHANGES
    rows: the codes are those of the polygon the part comes from (after for 1, before for −1)."""
    frames, geoms = [], []
    codes = np.asarray(communes.insee, dtype=object)
    for part in parts:
        keep = [k for k, g in enumerate(part.geoms) if not g.is_empty and g.area > 0]
        if not keep:
            continue
        result = overlay_areas(to_wkb([_polygonal(part.geoms[k]) for k in keep]), communes.zones,
                               keep_geometry=True, canceled=canceled)
        rows = np.asarray(keep, dtype=np.int64)[result.polygon]
        insee = codes[result.zone]
        empty = np.full(len(rows), "", dtype=object)
        cs, us = part.cs[rows].astype(str), part.us[rows].astype(str)
        frames.append(pd.DataFrame({
            "insee_com": insee, "departement": _row_departements(part.departement[rows], insee),
            "millesime_avant": part.first, "millesime_apres": part.last,
            "cs_avant": cs if part.sens < 0 else empty, "us_avant": us if part.sens < 0 else empty,
            "cs_apres": cs if part.sens > 0 else empty, "us_apres": us if part.sens > 0 else empty,
            "sens": part.sens, "classe": CLASS_LABELS[part.sens], "surface_m2": result.area}))
        geoms.extend(result.geometry)
    return (pd.concat(frames, ignore_index=True) if frames else None), geoms


def _grouped(parts: List[pd.DataFrame], columns: List[str]) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame(columns=columns)
    frame = pd.concat(parts, ignore_index=True)
    keys = columns[:-1]
    return frame.groupby(keys, as_index=False, sort=True)["surface_m2"].sum()[columns]


# --- aggregate -------------------------------------------------------------------------------------

def millesime_pairs(stock_cover: pd.DataFrame, difference: Optional[pd.DataFrame],
                    warnings: List[Message]) -> Dict[str, Tuple[int, int]]:
    """Département → (index 1, index 2) millésimes: the difference layer's years, else first/last stock."""
    pairs: Dict[str, Tuple[int, int]] = {}
    if stock_cover is not None and len(stock_cover):
        for dep, group in stock_cover.groupby("departement"):
            years = sorted(int(y) for y in group["millesime"].unique())
            if len(years) > 2:
                warnings.append(Message(
                    fr=f"Département {dep} : {len(years)} millésimes de stock ({', '.join(map(str, years))}) ; "
                       f"comparaison du premier et du dernier.",
                    en=f"Département {dep}: {len(years)} stock millésimes ({', '.join(map(str, years))}); "
                       f"first and last compared."))
            pairs[dep] = (years[0], years[-1])
    if difference is not None and len(difference):
        for dep, group in difference.groupby("departement"):
            pair = (int(group["millesime_avant"].min()), int(group["millesime_apres"].max()))
            if dep in pairs and pairs[dep] != pair and pairs[dep][0] != pairs[dep][1]:
                warnings.append(Message(
                    fr=f"Département {dep} : la différence porte sur {pair[0]}→{pair[1]}, les stocks sur "
                       f"{pairs[dep][0]}→{pairs[dep][1]}.",
                    en=f"Département {dep}: the difference covers {pair[0]}→{pair[1]}, the stocks "
                       f"{pairs[dep][0]}→{pairs[dep][1]}."))
            pairs[dep] = pair
    return pairs


def aggregate(communes: Communes, measures: Measures, membership: Optional[Membership], method: str,
              has_stock: bool, has_difference: bool) -> ArtifResult:
    """Per commune, then per territory: stocks, flows, net, coverage, consistency (rule R19)."""
    warnings: List[Message] = []
    pairs = millesime_pairs(measures.covered if has_stock else None,
                            measures.difference if has_difference else None, warnings)
    insee = pd.Index(communes.insee, name="insee")
    dep = pd.Series([ocsge.departement_of_commune(c) for c in insee], index=insee)
    first = dep.map(lambda d: pairs.get(d, (np.nan, np.nan))[0])
    last = dep.map(lambda d: pairs.get(d, (np.nan, np.nan))[1])
    covered = dep.isin(list(pairs)) if pairs else pd.Series(False, index=insee)
    if has_stock and has_difference:
        stock_deps = set(measures.covered["departement"])
        covered &= dep.isin(sorted(stock_deps))

    per = pd.DataFrame({"departement": dep, "millesime_avant": first, "millesime_apres": last,
                        "couvert": covered, "surface_m2": communes.area_m2}, index=insee)
    cover = set(zip(measures.covered["departement"], measures.covered["millesime"].astype(int))) if has_stock else set()
    measured = {}
    if has_stock:
        stock = measures.stock.copy()
        stock["index"] = [_index_of(pairs.get(d), y) for d, y in zip(stock["departement"], stock["millesime"])]
        for index, column in ((1, "stock_avant_m2"), (2, "stock_apres_m2")):
            sums = stock[stock["index"] == index].groupby("insee")["surface_m2"].sum()
            has = dep.map(lambda d: d in pairs and (d, pairs[d][index - 1]) in cover)
            measured[index] = has
            per[column] = sums.reindex(insee).astype(float).fillna(0.0).where(covered & has)
        if not has_difference and (per["millesime_avant"] == per["millesime_apres"])[covered].any():
            raise AulaInputError(
                fr="Un seul millésime de stock par département : donnez STOCK_BEFORE et STOCK_AFTER de deux "
                   "millésimes, ou DIFFERENCE.",
                en="Only one stock millésime per département: give STOCK_BEFORE and STOCK_AFTER of two millésimes, "
                   "or DIFFERENCE.")
    else:
        per["stock_avant_m2"] = np.nan
        per["stock_apres_m2"] = np.nan
    if has_difference:
        diff = measures.difference
        for sign, column in ((1, "artificialisation_m2"), (-1, "renaturation_m2")):
            sums = diff[diff["sens"] == sign].groupby("insee")["surface_m2"].sum()
            per[column] = sums.reindex(insee).astype(float).fillna(0.0).where(covered)
        per["net_m2"] = per["artificialisation_m2"] - per["renaturation_m2"]
    else:
        per["net_m2"] = per["stock_apres_m2"] - per["stock_avant_m2"]
        if measures.overlap is not None:
            both = _overlap_by_commune(measures.overlap, pairs).reindex(insee).astype(float).fillna(0.0)
            per["artificialisation_m2"] = per["stock_apres_m2"] - both
            per["renaturation_m2"] = per["stock_avant_m2"] - both
        else:
            per["artificialisation_m2"] = np.nan
            per["renaturation_m2"] = np.nan
    per["stocks_mesures"] = False
    if has_stock and has_difference:
        both = measured[1] & measured[2]
        per["stocks_mesures"] = both
        only_before = measured[1] & ~measured[2]
        only_after = measured[2] & ~measured[1]
        per.loc[only_before, "stock_apres_m2"] = per["stock_avant_m2"] + per["net_m2"]
        per.loc[only_after, "stock_avant_m2"] = per["stock_apres_m2"] - per["net_m2"]
    years = (per["millesime_apres"] - per["millesime_avant"]).where(lambda s: s > 0)
    per["net_m2_an"] = per["net_m2"] / years

    territory_of, names, level_names = _territories(communes, membership, warnings)
    per["territoire_id"] = territory_of.reindex(insee).to_numpy()
    per = per[per["territoire_id"].notna()]
    table = _territory_table(per, names, pairs, method, has_stock, has_difference)
    flagged = table[table["ecart_signale"] == 1]
    if len(flagged):
        warnings.append(Message(
            fr=f"{len(flagged)} territoire(s) où la différence et l'écart des stocks divergent de plus de 0,5 ha : "
               f"{preview(flagged['territoire_nom'].tolist())}",
            en=f"{len(flagged)} territor(ies) where the difference and the stock change differ by more than 0.5 ha: "
               f"{preview(flagged['territoire_nom'].tolist())}"))
    uncovered = per[~per["couvert"]]
    if len(uncovered):
        warnings.append(Message(
            fr=f"{len(uncovered)} commune(s) sans donnée OCS GE (département non livré) : "
               f"{preview(sorted(uncovered.index))}",
            en=f"{len(uncovered)} commune(s) without OCS GE data (département not delivered): "
               f"{preview(sorted(uncovered.index))}"))
    changes = measures.changes if measures.changes is not None else pd.DataFrame(
        columns=[f.name for f in CHANGE_FIELDS if f.name != "territoire_id"])
    changes = changes.copy()
    changes.insert(0, "territoire_id", territory_of.reindex(changes["insee_com"]).to_numpy())
    keep = changes["territoire_id"].notna().to_numpy()
    change_geoms = [g for g, k in zip(measures.change_geoms, keep) if k] if measures.change_geoms else []
    return ArtifResult(table, per.reset_index(), changes[keep].reset_index(drop=True), change_geoms, warnings)


def _overlap_by_commune(overlap: pd.DataFrame, pairs) -> pd.Series:
    """Σ area(A₁ ∩ A₂) per commune, over the millésime pair of each département only."""
    if not len(overlap):
        return pd.Series(dtype=float)
    chosen = [pairs.get(d) == (int(a), int(b)) for d, a, b in
              zip(overlap["departement"], overlap["millesime_avant"], overlap["millesime_apres"])]
    return overlap[np.asarray(chosen, dtype=bool)].groupby("insee")["surface_m2"].sum()


def _index_of(pair, year) -> int:
    if pair is None:
        return 0
    return 1 if int(year) == pair[0] else 2 if int(year) == pair[1] else 0


def _territories(communes: Communes, membership: Optional[Membership], warnings: List[Message]):
    if membership is None:
        territory_of = pd.Series(communes.insee, index=communes.insee)
        return territory_of, dict(zip(communes.insee, communes.names)), "commune"
    territory_of = membership.territory_of
    present = set(communes.insee)
    missing = sorted(c for c in territory_of.index if c not in present)
    if missing:
        warnings.append(Message(
            fr=f"{len(missing)} commune(s) de « {membership.label} » absentes des polygones des territoires, non "
               f"comptées : {preview(missing)}",
            en=f"{len(missing)} commune(s) of '{membership.label}' missing from the territory polygons, not "
               f"counted: {preview(missing)}"))
    outside = sorted(c for c in communes.insee if c not in territory_of.index)
    if outside:
        warnings.append(Message(
            fr=f"{len(outside)} commune(s) hors de tout territoire de « {membership.label} » : {preview(outside)}",
            en=f"{len(outside)} commune(s) in no territory of '{membership.label}': {preview(outside)}"))
    if not any(c in territory_of.index for c in communes.insee):
        raise AulaInputError(
            fr=f"Aucune commune des territoires n'appartient à « {membership.label} » (codes : "
               f"{preview(communes.insee)}).",
            en=f"No commune of the territories belongs to '{membership.label}' (codes: {preview(communes.insee)}).")
    return territory_of, membership.names, membership.level


def _ha(value) -> float:
    return float(value) / M2_PER_HA if value is not None and not pd.isna(value) else np.nan


def _territory_table(per: pd.DataFrame, names, pairs, method, has_stock, has_difference) -> pd.DataFrame:
    """Plain sums of the communes per territory (vectorised), coverage and consistency."""
    order = pd.unique(per["territoire_id"])
    key = per["territoire_id"]
    covered = per["couvert"].astype(bool)
    measured = covered & per["stocks_mesures"].astype(bool)
    grouped = per.groupby(key, sort=False)
    n_covered = covered.groupby(key, sort=False).sum().reindex(order)

    def total(column, mask=covered):
        values = per[column].where(mask)
        sums = values.groupby(key, sort=False).sum(min_count=1).reindex(order)
        return sums.where(n_covered > 0)

    area = grouped["surface_m2"].sum().reindex(order)
    stock_before, stock_after = total("stock_avant_m2"), total("stock_apres_m2")
    net = total("net_m2")
    gap = pd.Series(np.nan, index=order)
    if has_stock and has_difference:
        n_measured = measured.groupby(key, sort=False).sum().reindex(order)
        change = total("stock_apres_m2", measured) - total("stock_avant_m2", measured)
        gap = (total("net_m2", measured) - change).where(n_measured > 0)
    rows = []
    deps_of = per.loc[covered, "departement"].groupby(key[covered], sort=False).agg(lambda s: sorted(set(s)))
    covered_of = covered.groupby(key, sort=False).agg(list)
    for territory in order:
        group_deps = deps_of.get(territory, []) if n_covered[territory] else []
        dep_pairs = [(d, *pairs[d]) for d in group_deps]
        status = ocsge.coverage_status(covered_of[territory], [pairs.get(d) for d in group_deps])
        rows.append((territory, status, dep_pairs))
    pct = (lambda v: (v * 100.0 / area).where(area > 0))
    table = pd.DataFrame({
        "territoire_id": order,
        "territoire_nom": [names.get(t, t) for t in order],
        "nb_communes": grouped.size().reindex(order).to_numpy(),
        "surface_ha": (area / M2_PER_HA).to_numpy(),
        "millesime_avant": [", ".join(map(str, sorted({p[1] for p in r[2]}))) for r in rows],
        "millesime_apres": [", ".join(map(str, sorted({p[2] for p in r[2]}))) for r in rows],
        "millesimes": [ocsge.millesime_text(r[2]) for r in rows],
        "stock_avant_ha": (stock_before / M2_PER_HA).to_numpy(),
        "stock_avant_pct": pct(stock_before).to_numpy(),
        "stock_apres_ha": (stock_after / M2_PER_HA).to_numpy(),
        "stock_apres_pct": pct(stock_after).to_numpy(),
        "artificialisation_ha": (total("artificialisation_m2") / M2_PER_HA).to_numpy(),
        "renaturation_ha": (total("renaturation_m2") / M2_PER_HA).to_numpy(),
        "net_ha": (net / M2_PER_HA).to_numpy(),
        "net_ha_an": (total("net_m2_an") / M2_PER_HA).to_numpy(),
        "net_pct": pct(net).to_numpy(),
        "couverture": [r[1] for r in rows],
        "couverture_libelle": [ocsge.COVERAGE_LABELS[r[1]][0] for r in rows],
        "ecart_ha": (gap / M2_PER_HA).to_numpy(),
        "ecart_signale": [None if pd.isna(g) else int(abs(g) / M2_PER_HA > ocsge.CONSISTENCY_TOLERANCE_HA)
                          for g in gap],
        "methode": ocsge.METHOD_LABELS[method][0],
    })
    return table[[f.name for f in OUTPUT_FIELDS]]


def compute(communes: Communes, stock_layers: Sequence[PolygonLayer], difference_layers: Sequence[PolygonLayer],
            membership: Optional[Membership], method: str, keep_changes: bool = True,
            canceled: Callable[[], bool] = lambda: False) -> ArtifResult:
    """The file path end to end: measure every layer against the communes, then aggregate."""
    if method not in ocsge.METHODS:
        raise AulaInputError(fr=f"Méthode inconnue « {method} » (attendu : {', '.join(ocsge.METHODS)}).",
                             en=f"Unknown method '{method}' (expected: {', '.join(ocsge.METHODS)}).")
    if not stock_layers and not difference_layers:
        raise AulaInputError(fr="Donnez deux stocks (STOCK_BEFORE et STOCK_AFTER) ou une différence (DIFFERENCE).",
                             en="Give two stocks (STOCK_BEFORE and STOCK_AFTER) or a difference (DIFFERENCE).")
    sets: Optional[list] = [] if stock_layers and not difference_layers else None
    stock, cover = measure_stock(stock_layers, communes, method, canceled, sets) if stock_layers else (
        pd.DataFrame(columns=STOCK_COLUMNS), pd.DataFrame(columns=["departement", "millesime"]))
    difference, changes, change_geoms = (measure_difference(difference_layers, communes, method, keep_changes,
                                                            canceled) if difference_layers else (None, None, []))
    overlap = None
    if sets is not None:
        pairs = millesime_pairs(cover, None, [])
        parts: Optional[list] = [] if keep_changes else None
        overlap = overlap_areas(sets, pairs, communes.zones, communes.insee, _row_departements, canceled, parts)
        if parts:
            changes, change_geoms = clip_changed_parts(parts, communes, canceled)
    measures = Measures(stock, difference, cover, changes, change_geoms, overlap)
    return aggregate(communes, measures, membership, method, bool(stock_layers), bool(difference_layers))
