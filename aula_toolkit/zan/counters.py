"""ZAN counters per territory: reference 2011–2020, envelope 2021–2030, consumption since 2021.

Territories are groups of communes (commune itself, EPCI or SCoT columns of the Cerema file, or any
membership table). Objectives can be territorialised with inheritance from the smallest parent; the
garantie communale is applied commune by commune and summed; PENE consumption can be deducted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

import numpy as np
import pandas as pd
from scipy import sparse

from ..numbers import SURFACE_M2, Domain, check_parameter, is_missing, parse_number, read_numbers
from ..errors import AulaInputError, Message, preview
from ..fields import INTEGER, REAL, TEXT, FieldSpec
from ..insee import insee_codes
from . import rules
from .cerema import DESTINATION_LABELS, DESTINATIONS, ConsumptionTable, epci_columns

# Reduction objective in %: at most 100 (no consumption); negative values widen the envelope.
OBJECTIVE = Domain("objectif de réduction", "reduction objective", -1000.0, 100.0)

LEVEL_COMMUNE = "commune"
LEVEL_EPCI = "epci"
LEVEL_SCOT = "scot"
LEVEL_TABLE = "table"

GUARANTEE_ALL = "all"
GUARANTEE_LISTED = "listed"
GUARANTEE_NONE = "none"


@dataclass
class Membership:
    """Commune INSEE code → territory id, plus territory names."""

    territory_of: pd.Series  # index: INSEE code, values: territory id (text)
    names: Dict[str, str]
    level: str
    label: str


@dataclass
class Objectives:
    """Reduction objectives (%) by territory id, with an optional parent hierarchy."""

    own: Dict[str, float] = field(default_factory=dict)
    parent: Dict[str, str] = field(default_factory=dict)
    names: Dict[str, str] = field(default_factory=dict)


@dataclass
class GuaranteeRule:
    """Garantie communale: which communes are covered by a planning document, and pooling at EPCI."""

    mode: str = GUARANTEE_ALL
    covered: Optional[Set[str]] = None
    pooled: bool = False
    floor_m2: float = rules.GUARANTEE_M2

    def covered_mask(self, communes: pd.Index) -> np.ndarray:
        if self.mode == GUARANTEE_NONE:
            return np.zeros(len(communes), dtype=bool)
        if self.mode == GUARANTEE_ALL:
            return np.ones(len(communes), dtype=bool)
        return communes.isin(sorted(self.covered or ()))


@dataclass
class ZanResult:
    counters: pd.DataFrame  # one row per territory, columns = COUNTER_FIELDS
    trajectory: pd.DataFrame  # territory × year, columns = TRAJECTORY_FIELDS
    annual: pd.DataFrame  # territory × every year of the file (m²), for charts
    warnings: List[Message]
    unassigned_communes: List[str]  # file communes that belong to no territory
    layout: str


def _f(name, kind, fr, en):
    return FieldSpec(name, kind, fr, en)


COUNTER_FIELDS: Tuple[FieldSpec, ...] = (
    _f("territoire_id", TEXT, "Code du territoire", "Territory code"),
    _f("territoire_nom", TEXT, "Territoire", "Territory"),
    _f("niveau", TEXT, "Niveau", "Level"),
    _f("nb_communes", INTEGER, "Communes dans le fichier", "Communes in the file"),
    _f("ref_m2", REAL, "Consommation 2011-2020 (m²)", "Consumption 2011-2020 (m²)"),
    _f("ref_ha", REAL, "Consommation 2011-2020 (ha)", "Consumption 2011-2020 (ha)"),
    *(
        spec
        for d in DESTINATIONS
        for spec in (
            _f(f"ref_{d}_m2", REAL, f"Conso. 2011-2020 {DESTINATION_LABELS[d][0]} (m²)",
               f"Consumption 2011-2020 {DESTINATION_LABELS[d][1]} (m²)"),
            _f(f"ref_{d}_ha", REAL, f"Conso. 2011-2020 {DESTINATION_LABELS[d][0]} (ha)",
               f"Consumption 2011-2020 {DESTINATION_LABELS[d][1]} (ha)"),
        )
    ),
    _f("rythme_ref_ha_an", REAL, "Rythme annuel de référence 2011-2020 (ha/an)", "Reference yearly rate 2011-2020 (ha/yr)"),
    _f("objectif_pct", REAL, "Objectif de réduction (%)", "Reduction objective (%)"),
    _f("objectif_source", TEXT, "Origine de l'objectif", "Objective source"),
    _f("enveloppe_ha", REAL, "Enveloppe 2021-2030 sans garantie (ha)", "Envelope 2021-2030 without guarantee (ha)"),
    _f("garantie_ha", REAL, "Apport de la garantie communale (ha)", "Garantie communale contribution (ha)"),
    _f("nb_communes_garanties", INTEGER, "Communes relevées à 1 ha", "Communes raised to 1 ha"),
    _f("enveloppe_garantie_ha", REAL, "Enveloppe 2021-2030 avec garantie (ha)", "Envelope 2021-2030 with guarantee (ha)"),
    _f("conso_2021_ha", REAL, "Consommation depuis 2021 (ha)", "Consumption since 2021 (ha)"),
    _f("pene_ha", REAL, "Consommation PENE déduite (ha)", "PENE consumption deducted (ha)"),
    _f("derniere_annee", INTEGER, "Dernière année de données", "Last year of data"),
    _f("nb_annees", INTEGER, "Années observées depuis 2021", "Years observed since 2021"),
    _f("rythme_2021_ha_an", REAL, "Rythme annuel depuis 2021 (ha/an)", "Yearly rate since 2021 (ha/yr)"),
    _f("reste_ha", REAL, "Enveloppe restante (ha)", "Remaining envelope (ha)"),
    _f("utilisation_pct", REAL, "Enveloppe consommée (%)", "Envelope used (%)"),
    _f("projection_2030_ha", REAL, "Projection 2021-2030 au rythme actuel (ha)", "Projection 2021-2030 at the current rate (ha)"),
    _f("atteinte_pct", REAL, "Taux d'atteinte projeté en 2030 (%)", "Projected attainment in 2030 (%)"),
    _f("depassement_ha", REAL, "Dépassement projeté (ha)", "Projected overshoot (ha)"),
    _f("annees_restantes", REAL, "Années restantes au rythme actuel", "Years left at the current rate"),
    _f("annee_depassement", INTEGER, "Année de dépassement", "Year of overshoot"),
    _f("statut", TEXT, "Statut (code)", "Status (code)"),
    _f("statut_libelle", TEXT, "Statut", "Status"),
    _f("nb_communes_absentes", INTEGER, "Communes absentes du fichier", "Communes missing from the file"),
    _f("communes_absentes", TEXT, "Codes des communes absentes du fichier", "Codes of communes missing from the file"),
)

TRAJECTORY_FIELDS: Tuple[FieldSpec, ...] = (
    _f("territoire_id", TEXT, "Code du territoire", "Territory code"),
    _f("territoire_nom", TEXT, "Territoire", "Territory"),
    _f("annee", INTEGER, "Année", "Year"),
    _f("periode", TEXT, "Période", "Period"),
    _f("conso_ha", REAL, "Consommation observée (ha)", "Observed consumption (ha)"),
    _f("conso_cumul_ha", REAL, "Consommation cumulée depuis 2021 (ha)", "Cumulative consumption since 2021 (ha)"),
    _f("ref_moyenne_ha", REAL, "Moyenne annuelle 2011-2020 (ha)", "Yearly mean 2011-2020 (ha)"),
    _f("objectif_ha", REAL, "Objectif annuel (ha)", "Yearly objective (ha)"),
    _f("objectif_cumul_ha", REAL, "Objectif cumulé depuis 2021 (ha)", "Cumulative objective since 2021 (ha)"),
)


# --- membership -----------------------------------------------------------------------------------

def membership_by_commune(table: ConsumptionTable) -> Membership:
    ids = pd.Series(table.communes.to_numpy(), index=table.communes)
    names = {c: (n or c) for c, n in zip(table.communes, table.names)}
    return Membership(ids, names, LEVEL_COMMUNE, "commune")


def membership_from_file(table: ConsumptionTable, level: str, label: str) -> Membership:
    """Group by the EPCI (newest ``epciYY``) or ``scot`` column of the Cerema file."""
    if level == LEVEL_EPCI:
        code_column, name_column = epci_columns(table)
    else:
        code_column = next((c for c in table.attributes.columns if c.lower() == "scot"), None)
        name_column = None
    if code_column is None:
        wanted = "epciYY" if level == LEVEL_EPCI else "scot"
        raise AulaInputError(
            fr=f"« {label} » : pas de colonne « {wanted} » dans le fichier pour regrouper par {level.upper()} ; "
            f"utilisez une table d'appartenance.",
            en=f"'{label}': no '{wanted}' column in the file to group by {level.upper()}; use a membership table.",
        )
    ids = table.attributes[code_column].fillna("").astype(str).str.strip()
    assigned = ids[ids != ""]
    names_source = table.attributes[name_column] if name_column else ids
    names = dict(zip(assigned, names_source.loc[assigned.index].astype(str)))
    return Membership(assigned, names, level, f"{label} [{code_column}]")


def membership_from_frame(frame: pd.DataFrame, insee_field: str, id_field: str, name_field: Optional[str],
                          label: str, level: str = LEVEL_TABLE) -> Membership:
    """Any table giving commune INSEE code → territory id (and name)."""
    for wanted in (insee_field, id_field, name_field):
        if wanted and wanted not in frame.columns:
            raise AulaInputError(
                fr=f"« {label} » : champ « {wanted} » introuvable ; champs : {preview(list(frame.columns))}",
                en=f"'{label}': field '{wanted}' not found; fields: {preview(list(frame.columns))}",
            )
    codes = pd.Series(insee_codes(frame[insee_field].tolist()), index=frame.index)
    ids = frame[id_field].astype(str).str.strip()
    keep = (ids != "") & (ids.str.lower() != "nan") & (codes != "")
    codes, ids = codes[keep], ids[keep]
    doubles = codes[codes.duplicated(keep=False)]
    conflicts = sorted(set(doubles[ids[doubles.index].groupby(doubles).transform("nunique") > 1]))
    if conflicts:
        raise AulaInputError(
            fr=f"« {label} » : communes rattachées à plusieurs territoires dans « {id_field} » : {preview(conflicts)}",
            en=f"'{label}': communes assigned to several territories in '{id_field}': {preview(conflicts)}",
        )
    if len(doubles):
        raise AulaInputError(
            fr=f"« {label} » : commune(s) en double dans « {insee_field} » : {preview(sorted(set(doubles)))} ; "
               "une ligne par commune.",
            en=f"'{label}': duplicated commune(s) in '{insee_field}': {preview(sorted(set(doubles)))}; "
               "one row per commune.",
        )
    unique = ~codes.duplicated()
    territory_of = pd.Series(ids[unique].to_numpy(), index=pd.Index(codes[unique].to_numpy(), name="insee"))
    names_column = frame.loc[keep, name_field].astype(str) if name_field else ids
    names = dict(zip(ids, names_column))
    return Membership(territory_of, names, level, label)


# --- objectives -----------------------------------------------------------------------------------

def objectives_from_frame(frame: pd.DataFrame, id_field: str, value_field: str, parent_field: Optional[str],
                          label: str, name_field: Optional[str] = None) -> Objectives:
    """Objectives table: territory id, reduction % (may be empty or negative), optional parent id."""
    for wanted in (id_field, value_field, parent_field, name_field):
        if wanted and wanted not in frame.columns:
            raise AulaInputError(
                fr=f"« {label} » : champ « {wanted} » introuvable ; champs : {preview(list(frame.columns))}",
                en=f"'{label}': field '{wanted}' not found; fields: {preview(list(frame.columns))}",
            )
    objectives = Objectives()
    ids = frame[id_field].map(lambda v: "" if v is None else str(v).strip())
    ids = ids.where(~ids.str.lower().isin(("nan", "null", "none")), "")
    doubles = sorted(set(ids[(ids != "") & ids.duplicated(keep=False)]))
    if doubles:
        raise AulaInputError(
            fr=f"« {label} » : territoire(s) en double dans « {id_field} » : {preview(doubles)} ; "
               "un seul objectif par territoire.",
            en=f"'{label}': duplicated territory id(s) in '{id_field}': {preview(doubles)}; "
               "one objective per territory.",
        )
    for (_, row), tid in zip(frame.iterrows(), ids):
        if not tid:
            continue
        raw = row[value_field]
        if not is_missing(raw):
            value = parse_number(raw)
            if value is None or not OBJECTIVE.contains(value):
                raise AulaInputError(
                    fr=f"« {label} » : objectif de réduction « {raw} » invalide pour le territoire {tid} (champ "
                       f"« {value_field} ») ; attendu un nombre fini {OBJECTIVE.range_text(True)} (%).",
                    en=f"'{label}': invalid reduction objective '{raw}' for territory {tid} (field "
                       f"'{value_field}'); expected a finite number {OBJECTIVE.range_text(False)} (%).",
                )
            objectives.own[tid] = value
        if parent_field:
            parent = str(row[parent_field]).strip()
            if parent and parent.lower() not in ("nan", "null", "none"):
                objectives.parent[tid] = parent
        if name_field:
            objectives.names[tid] = str(row[name_field])
    return objectives


def resolve_objective(territory: str, objectives: Optional[Objectives], default_pct: float) -> Tuple[float, str]:
    """Own objective, else the nearest (smallest) parent's, else the default; returns (%, source)."""
    if objectives is None:
        return default_pct, "defaut"
    seen = []
    current = territory
    while current is not None:
        if current in seen:
            chain = " → ".join(seen + [current])
            raise AulaInputError(
                fr=f"Hiérarchie des objectifs circulaire : {chain}",
                en=f"Circular objective hierarchy: {chain}",
            )
        seen.append(current)
        if current in objectives.own:
            source = "propre" if current == territory else f"herite:{current}"
            return objectives.own[current], source
        current = objectives.parent.get(current)
    return default_pct, "defaut"


# --- counters -------------------------------------------------------------------------------------

def _assignment(table: ConsumptionTable, membership: Membership):
    """Territory index of each file commune (-1 when none), territory ids, and missing members."""
    territory_of = membership.territory_of
    in_file = territory_of.index.isin(table.communes)
    territories = pd.unique(territory_of.to_numpy())
    present = pd.unique(territory_of[in_file].to_numpy())
    position = {t: i for i, t in enumerate(present)}
    index = territory_of.reindex(table.communes).map(position).fillna(-1).to_numpy(dtype=np.int64)
    missing = territory_of[~in_file]
    missing_by_territory = missing.groupby(missing.values).apply(lambda s: sorted(s.index)).to_dict() if len(missing) else {}
    empty_territories = [t for t in territories if t not in position]
    return index, list(present), missing_by_territory, empty_territories


def compute_counters(
    table: ConsumptionTable,
    membership: Membership,
    objectives: Optional[Objectives] = None,
    default_objective_pct: float = rules.DEFAULT_OBJECTIVE_PCT,
    guarantee: Optional[GuaranteeRule] = None,
    pene_m2: Optional[Dict[str, float]] = None,
) -> ZanResult:
    """All counters and the trajectory of every territory (formulas R4–R16)."""
    default_objective_pct = check_parameter(default_objective_pct, "DEFAULT_OBJECTIVE", OBJECTIVE)
    guarantee = guarantee or GuaranteeRule()
    ref_start, ref_end = rules.REFERENCE_PERIOD
    if not table.covers(ref_start, ref_end):
        raise AulaInputError(
            fr=f"Le fichier de consommation couvre {table.first_year}-{table.last_year} : la période de référence "
            f"{ref_start}-{ref_end} n'est pas entièrement couverte.",
            en=f"The consumption file covers {table.first_year}-{table.last_year}: the reference period "
            f"{ref_start}-{ref_end} is not fully covered.",
        )
    warnings = list(table.warnings)
    index, territories, missing_members, empty_territories = _assignment(table, membership)
    unassigned = sorted(table.communes[index < 0])
    if unassigned:
        warnings.append(Message(
            fr=f"{len(unassigned)} commune(s) du fichier n'appartiennent à aucun territoire de « {membership.label} » "
            f"et ne sont pas comptées : {preview(unassigned, 20)}",
            en=f"{len(unassigned)} commune(s) of the file belong to no territory of '{membership.label}' "
            f"and are not counted: {preview(unassigned, 20)}",
        ))
    if missing_members:
        missing_all = sorted(c for codes in missing_members.values() for c in codes)
        warnings.append(Message(
            fr=f"{len(missing_all)} commune(s) de « {membership.label} » sont absentes du fichier de consommation "
            f"(listées dans le champ communes_absentes) : {preview(missing_all, 20)}",
            en=f"{len(missing_all)} commune(s) of '{membership.label}' are missing from the consumption file "
            f"(listed in the communes_absentes field): {preview(missing_all, 20)}",
        ))
    if empty_territories:
        warnings.append(Message(
            fr=f"{len(empty_territories)} territoire(s) sans aucune commune dans le fichier, non calculés : "
            f"{preview(empty_territories, 20)}",
            en=f"{len(empty_territories)} territor(ies) with no commune in the file, not computed: "
            f"{preview(empty_territories, 20)}",
        ))
    if not territories:
        raise AulaInputError(
            fr=f"Aucune commune du fichier de consommation n'appartient à un territoire de « {membership.label} » "
            f"(codes INSEE du fichier : {preview(list(table.communes))}).",
            en=f"No commune of the consumption file belongs to a territory of '{membership.label}' "
            f"(file INSEE codes: {preview(list(table.communes))}).",
        )

    n_terr = len(territories)
    assigned = index >= 0
    rows = np.flatnonzero(assigned)
    grouping = sparse.csr_matrix(
        (np.ones(len(rows)), (index[assigned], rows)), shape=(n_terr, len(table.communes))
    )
    years = table.years
    annual = grouping @ table.total
    commune_ref = rules.period_sum(table.total, years, ref_start, ref_end)

    objective_pct = np.empty(n_terr)
    objective_source = []
    for i, territory in enumerate(territories):
        pct, source = resolve_objective(territory, objectives, default_objective_pct)
        objective_pct[i] = pct
        objective_source.append(source)

    commune_objective = np.where(assigned, objective_pct[np.maximum(index, 0)], 0.0)
    commune_env = rules.envelope(commune_ref, commune_objective)
    covered = guarantee.covered_mask(table.communes) & assigned
    commune_env_g = rules.guaranteed_envelope(commune_env, covered, guarantee.floor_m2)
    raised = (commune_env_g > commune_env).astype(float)

    ref = grouping @ commune_ref
    env = grouping @ commune_env
    supplement = grouping @ (commune_env_g - commune_env)
    n_raised = grouping @ raised
    env_g = env if (guarantee.pooled and membership.level == LEVEL_COMMUNE) else env + supplement

    start, end = rules.ENVELOPE_PERIOD
    last = table.last_year
    n_years = max(0, min(last, end) - start + 1)
    since = rules.period_sum(annual, years, start, end)
    pene = _pene_per_territory(pene_m2, table, index, territories, warnings)
    too_much = pene > since + 1e-6
    if too_much.any():
        warnings.append(Message(
            fr=f"PENE supérieure à la consommation depuis 2021 pour {preview([territories[i] for i in np.flatnonzero(too_much)])} : "
            f"consommation locale ramenée à 0.",
            en=f"PENE larger than the consumption since 2021 for {preview([territories[i] for i in np.flatnonzero(too_much)])}: "
            f"local consumption set to 0.",
        ))
    local = np.maximum(0.0, since - pene)
    rate = rules.annual_rate(local, np.full(n_terr, n_years))
    projected = rules.projection_2030(rate)
    rest = rules.remaining(env_g, local)
    use = rules.share_pct(local, env_g)
    attain = rules.share_pct(projected, env_g)
    left = rules.years_left(rest, rate)
    overshoot_year = rules.overshoot_year(np.full(n_terr, last), left)
    status = rules.status(use, projected, env_g, np.full(n_terr, n_years))

    out = pd.DataFrame({
        "territoire_id": territories,
        "territoire_nom": [membership.names.get(t, t) for t in territories],
        "niveau": membership.level,
        "nb_communes": np.bincount(index[assigned], minlength=n_terr),
        "ref_m2": ref,
        "ref_ha": rules.to_ha(ref),
    })
    for dest in DESTINATIONS:
        if dest in table.destinations:
            dest_ref = grouping @ rules.period_sum(table.destinations[dest], years, ref_start, ref_end)
        else:
            dest_ref = np.full(n_terr, np.nan)
        out[f"ref_{dest}_m2"] = dest_ref
        out[f"ref_{dest}_ha"] = rules.to_ha(dest_ref)
    out["rythme_ref_ha_an"] = rules.to_ha(ref) / (ref_end - ref_start + 1)
    out["objectif_pct"] = objective_pct
    out["objectif_source"] = objective_source
    out["enveloppe_ha"] = rules.to_ha(env)
    out["garantie_ha"] = rules.to_ha(supplement)
    out["nb_communes_garanties"] = n_raised.astype(int)
    out["enveloppe_garantie_ha"] = rules.to_ha(env_g)
    out["conso_2021_ha"] = rules.to_ha(since)
    out["pene_ha"] = rules.to_ha(pene)
    out["derniere_annee"] = last
    out["nb_annees"] = n_years
    out["rythme_2021_ha_an"] = rules.to_ha(rate)
    out["reste_ha"] = rules.to_ha(rest)
    out["utilisation_pct"] = use
    out["projection_2030_ha"] = rules.to_ha(projected)
    out["atteinte_pct"] = attain
    out["depassement_ha"] = rules.to_ha(projected - env_g)
    out["annees_restantes"] = left
    out["annee_depassement"] = overshoot_year
    out["statut"] = status
    out["statut_libelle"] = [rules.STATUS_LABELS[s][0] for s in status]
    out["nb_communes_absentes"] = [len(missing_members.get(t, ())) for t in territories]
    out["communes_absentes"] = [",".join(missing_members.get(t, ())) for t in territories]
    if n_years == 0:
        for name in ("rythme_2021_ha_an", "projection_2030_ha", "atteinte_pct", "depassement_ha"):
            out[name] = np.nan
        warnings.append(Message(
            fr=f"Le fichier s'arrête en {last} : aucune année observée depuis 2021.",
            en=f"The file ends in {last}: no year observed since 2021.",
        ))

    annual_frame = pd.DataFrame(annual, index=pd.Index(territories, name="territoire_id"), columns=years)
    trajectory = build_trajectory(out, annual_frame, last)
    return ZanResult(out, trajectory, annual_frame, warnings, unassigned, table.layout)


def _pene_per_territory(pene_m2, table, index, territories, warnings) -> np.ndarray:
    """PENE deductions given per commune INSEE code or per territory id, summed per territory."""
    result = np.zeros(len(territories))
    if not pene_m2:
        return result
    position = {t: i for i, t in enumerate(territories)}
    commune_position = {c: i for i, c in enumerate(table.communes)}
    unknown = []
    for code, value in pene_m2.items():
        if code in position:
            result[position[code]] += value
        elif code in commune_position and index[commune_position[code]] >= 0:
            result[index[commune_position[code]]] += value
        else:
            unknown.append(code)
    if unknown:
        warnings.append(Message(
            fr=f"PENE : codes ne correspondant à aucune commune ni territoire calculé, ignorés : {preview(unknown)}",
            en=f"PENE: codes matching no computed commune or territory, ignored: {preview(unknown)}",
        ))
    return result


def build_trajectory(counters: pd.DataFrame, annual: pd.DataFrame, last_year: int) -> pd.DataFrame:
    """Territory × year 2011–2030: observed, cumulative since 2021, linear objective (R16)."""
    years = np.arange(rules.REFERENCE_PERIOD[0], rules.ENVELOPE_PERIOD[1] + 1)
    start = rules.ENVELOPE_PERIOD[0]
    n_terr, n_years = len(counters), len(years)
    observed = rules.to_ha(annual.loc[counters["territoire_id"]].reindex(columns=years).to_numpy())
    observed[:, years > last_year] = np.nan
    in_period = years >= start
    cumul = np.cumsum(np.where(in_period, np.nan_to_num(observed), 0.0), axis=1)
    cumul[:, ~in_period | (years > last_year)] = np.nan
    yearly_objective = counters["enveloppe_garantie_ha"].to_numpy()[:, None] / 10.0
    objective = np.where(in_period, yearly_objective, np.nan)
    return pd.DataFrame({
        "territoire_id": np.repeat(counters["territoire_id"].to_numpy(), n_years),
        "territoire_nom": np.repeat(counters["territoire_nom"].to_numpy(), n_years),
        "annee": np.tile(years, n_terr),
        "periode": np.tile(np.where(in_period, "2021-2030", "2011-2020"), n_terr),
        "conso_ha": observed.ravel(),
        "conso_cumul_ha": cumul.ravel(),
        "ref_moyenne_ha": np.repeat(counters["rythme_ref_ha_an"].to_numpy(), n_years),
        "objectif_ha": objective.ravel(),
        "objectif_cumul_ha": (np.where(in_period, years - start + 1, np.nan) * yearly_objective).ravel(),
    })


YES_VALUES = {"1", "true", "t", "oui", "o", "yes", "y", "vrai", "x"}


def covered_communes_from_flags(frame: pd.DataFrame, insee_field: str, flag_field: str, label: str) -> Set[str]:
    """INSEE codes whose flag says the commune is covered by a planning document (1/oui/true/x)."""
    for wanted in (insee_field, flag_field):
        if wanted not in frame.columns:
            raise AulaInputError(
                fr=f"« {label} » : champ « {wanted} » introuvable pour la garantie communale.",
                en=f"'{label}': field '{wanted}' not found for the garantie communale.",
            )
    flags = frame[flag_field].map(lambda v: str(v).strip().lower() in YES_VALUES if v is not None else False)
    codes = insee_codes(frame[insee_field].tolist())
    return {code for code, flagged in zip(codes, flags.astype(bool)) if flagged and code}


def parse_commune_list(text: str) -> Set[str]:
    """A list of INSEE codes typed by the user (commas, semicolons or spaces)."""
    return {code for code in insee_codes(re.split(r"[,;\s]+", text or "")) if code}


def pene_from_frame(frame: pd.DataFrame, code_field: str, area_field: str, label: str) -> Dict[str, float]:
    """PENE consumption (m²) per commune INSEE code or territory id; several rows of a code add up."""
    for wanted in (code_field, area_field):
        if wanted not in frame.columns:
            raise AulaInputError(
                fr=f"« {label} » : champ « {wanted} » introuvable.",
                en=f"'{label}': field '{wanted}' not found.",
            )
    values = pd.Series(read_numbers(frame[area_field].tolist(), SURFACE_M2).values, index=frame.index)
    bad = frame.loc[values.isna(), code_field].astype(str).tolist()
    if bad:
        raise AulaInputError(
            fr=f"« {label} » : surface PENE absente, non numérique ou négative (champ « {area_field} ») pour {preview(bad)}",
            en=f"'{label}': PENE area missing, non-numeric or negative (field '{area_field}') for {preview(bad)}",
        )
    codes = frame[code_field].astype(str).str.strip()
    return values.groupby(codes).sum().to_dict()
