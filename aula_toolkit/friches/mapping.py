"""CNIG Friches / Cartofriches fields → Mutafriches criteria (friches.md §4.4; judgement calls documented).

Each rule reads the fields that exist and leaves the criterion unknown (None) otherwise: a site field
never becomes a silent default. ``criteria_from_fields`` also reads any column named after a criterion
id (``typeProprietaire``, ``distanceAutoroute_km``…), which is how a layer of another schema passes its own
values; the rules shared by every source (numbers, units, vocabulary, parcels, derivations) are in
:mod:`harmonise`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import Message
from ..numbers import parse_number
from . import harmonise as H
from .criteria import AREA, CATALOGUE, NUMERIC, UNITS

CNIG_MARKERS = ("site_id", "site_statut", "bati_etat", "sol_pollution_existe", "urba_zone_type", "proprio_type")

# Fichiers fonciers catpro3 codes (first letters) seen as public owners: P = personnes morales publiques
# (État, région, département, intercommunalité, commune, syndicat mixte…), F2 = établissement public foncier.
PUBLIC_CATPRO = ("P", "F2")
COPRO_CATPRO = ("G2",)


def _plain(text) -> Optional[str]:
    """Lowercase ASCII text without accents; None for missing / inconnu / autre / sans objet."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().strip().lower()
    t = t.replace("’", "'")
    if t in ("", "inconnu", "autre", "sans objet", "nan", "none", "null", "na", "n/a"):
        return None
    return t


def _num(value) -> float:
    v = parse_number(value)
    return math.nan if v is None else v


def is_cnig_like(columns: Sequence[str]) -> bool:
    """True when a layer carries the CNIG Friches / Cartofriches fields."""
    cols = {c.lower() for c in columns}
    return sum(m in cols for m in CNIG_MARKERS) >= 3


def building_state(row: dict) -> Optional[str]:
    etat = _plain(row.get("bati_etat"))
    if etat:
        if "inexistante" in etat or "faible" in etat:
            return "degradation-faible"  # CNIG merges inexistante/faible: same scores in every grid
        for key, value in (("tres importante", "degradation-tres-importante"), ("moyenne", "degradation-moyenne"),
                           ("heterogene", "degradation-heterogene")):
            if key in etat:
                return value
    nombre = _num(row.get("bati_nombre"))
    if nombre == 0:
        return "pas-de-bati"
    return None


def pollution(row: dict) -> Optional[str]:
    sol = _plain(row.get("sol_pollution_existe")) or ""
    bati = _plain(row.get("bati_pollution")) or ""
    if "averee" in sol or "supposee" in sol:
        return "oui-autres-composes"
    if "amiante" in bati:
        return "oui-amiante"
    if "inexistante" in sol:
        return "non"
    if "traitee" in sol:
        return "deja-geree"
    return None  # « peu probable », inconnu: not known


def owner_type(row: dict) -> Optional[str]:
    mf = _plain(row.get("proprio_mutafriches"))
    if mf:
        if mf.startswith("public"):
            return "public"
        if "mixte" in mf:
            return "mixte"
        if mf.startswith("priv"):
            return "prive"
    codes = re.findall(r"[A-Z]\d[a-z]", str(row.get("proprio_type") or ""))
    if not codes:
        personne = _plain(row.get("proprio_personne"))
        if personne == "personne physique":
            return "prive"
        return None
    public = [c.startswith(PUBLIC_CATPRO) for c in codes]
    copro = [c.startswith(COPRO_CATPRO) for c in codes]
    if all(public):
        return "public"
    if any(public):
        return "mixte"
    if all(copro):
        return "copro-indivision"
    return "prive"


_U_HABITAT = ("habitat", "mixte", "pavillon", "centre", "residenti", "logement")
_U_EQUIP = ("equipement",)
_U_ACTIV = ("activit", "economi", "industri", "artisan")


def planning_zone(typezone, libelle=None, destdomi=None, doc_type=None) -> Optional[str]:
    """GPU / CNIG zoning → zonageReglementaire (friches.md §2.6 rules)."""
    tz = str(typezone).strip() if typezone is not None and not (isinstance(typezone, float) and math.isnan(typezone)) else ""
    lib = _plain(libelle) or ""
    dest = str(destdomi).strip() if destdomi is not None and not (isinstance(destdomi, float) and math.isnan(destdomi)) else ""
    if not tz:
        return None
    up = tz.upper()
    if up in ("RNU", "INCONNU", "AUTRE", "SANS OBJET"):
        return None
    if dest in ("02", "2") or "activit" in (_plain(dest) or ""):
        return "zone-vocation-activites"
    if up == "ZCA":
        return "zone-vocation-activites"
    if up == "ZC":
        return "secteur-ouvert-a-la-construction"
    if up == "ZNC":
        return "secteur-non-ouvert-a-la-construction"
    if up.startswith("AU") or re.match(r"^\d*AU", up):
        return "zone-a-urbaniser-au"
    if up.startswith("U"):
        text = lib.split(" - ", 1)[1] if " - " in lib else lib
        if any(k in text for k in _U_EQUIP):
            return "zone-urbaine-u-equipement"
        if any(k in text for k in _U_ACTIV):
            return "zone-urbaine-u-activite"
        if any(k in text for k in _U_HABITAT):
            return "zone-urbaine-u-habitat"
        code = lib.split(" ", 1)[0].upper() if lib else up
        if re.match(r"^U[A-D]", code):
            return "zone-urbaine-u-habitat"
        if code.startswith("UE"):
            return "zone-urbaine-u-equipement"
        if re.match(r"^U[IXYZ]", code):
            return "zone-urbaine-u-activite"
        return "zone-urbaine-u"
    if up.startswith("A"):
        return "zone-agricole-a"
    if up.startswith("N"):
        return "zone-naturelle-n"
    return None


def heritage_value(row: dict) -> Optional[str]:
    p = _plain(row.get("bati_patrimoine"))
    if not p:
        return None
    if "classe" in p or "interet" in p:
        return "interet-remarquable"
    if p == "aucun":
        return "ordinaire"  # judgement: no remarkable building ≠ « sans intérêt »
    return None


def heritage_zone(row: dict) -> Optional[str]:
    mh, mh500 = _plain(row.get("monuhisto")), _plain(row.get("monuhisto500"))
    if mh in ("oui", "1", "true"):
        return "monument-historique"
    if mh500 in ("oui", "1", "true"):
        return "perimetre-abf"
    if mh in ("non", "0", "false") and mh500 in ("non", "0", "false", None):
        return "non-concerne"
    return None


def env_zone(row: dict) -> Optional[str]:
    z = _plain(row.get("zonage_enviro"))
    if not z:
        return None
    z = z.replace("_", " ")
    if "natura" in z:
        return "natura-2000"
    if "znieff" in z:
        return "znieff-type-1-2"
    if "reserve" in z:
        return "reserve-naturelle"
    if "proximite" in z:
        return "proximite-zone"
    if "hors" in z:
        return "hors-zone"
    return None


def ite_class(good_m, bad_m) -> Optional[str]:
    """Distances (metres) to a siding in good / bad state → distanceIte class (< 1 km)."""
    good = math.nan if good_m is None else good_m
    bad = math.nan if bad_m is None else bad_m
    if good < 1000:
        return "moins-1km-bon-etat"
    if bad < 1000:
        return "moins-1km-mauvais-etat"
    if not math.isnan(good) or not math.isnan(bad):
        return "plus-1km"
    return None


def _yes_no(value, yes=("oui", "true", "1"), no=("non", "false", "0")):
    v = _plain(value)
    if v in yes:
        return "oui"
    if v in no:
        return "non"
    return None


RECORD_FIELDS = ("bati_etat", "bati_nombre", "sol_pollution_existe", "bati_pollution", "proprio_mutafriches",
                 "proprio_type", "proprio_personne", "urba_zone_type", "urba_zone_lib", "urba_zone_formdomi",
                 "urba_doc_type", "urba_zaer", "site_zaer", "bati_patrimoine", "monuhisto", "monuhisto500",
                 "zonage_enviro", "site_centrebourg", "distancecommerce", "tramevb_2", "pprmouppri", "pprt_2")
"""CNIG / Cartofriches fields read row by row by the rules above (only these are converted to records)."""


def _distinct_records(frame: pd.DataFrame, cols: Dict[str, str]) -> Tuple[List[dict], np.ndarray]:
    """The :data:`RECORD_FIELDS` of the features as records, one per distinct combination of their values,
    and the record of each feature: the rules run once per combination (a few hundred for 100,000 sites)."""
    used = [c for c in RECORD_FIELDS if c in cols]
    n = len(frame)
    if not used:
        return ([{}] if n else []), np.zeros(n, dtype=np.int64)
    columns = [frame[cols[c]].tolist() for c in used]
    keys = [col if len(set(map(type, col)) - {str, type(None)}) <= 1 else list(zip(map(type, col), col))
            for col in columns]  # equal values of different types (1, 1.0, True) may read differently
    index: Dict[tuple, int] = {}
    try:
        inverse = np.fromiter((index.setdefault(key, len(index)) for key in zip(*keys)), dtype=np.int64, count=n)
    except TypeError:  # an unhashable value: one record per feature
        return [dict(zip(used, key)) for key in zip(*columns)], np.arange(n, dtype=np.int64)
    first = np.unique(inverse, return_index=True)[1]
    return [dict(zip(used, (col[i] for col in columns))) for i in first.tolist()], inverse


def _expand(values: Sequence, inverse: np.ndarray) -> list:
    """One value per distinct record → one per feature."""
    table = np.empty(len(values), dtype=object)
    table[:] = list(values)
    return table[inverse].tolist()


def _first_column(cols: Dict[str, str], *names: str) -> Optional[str]:
    return next((cols[n] for n in names if n in cols), None)


def criteria_from_fields(frame: pd.DataFrame, site_ids: Optional[Sequence[str]] = None,
                         deviations: Sequence[str] = ()) -> Tuple[Dict[str, List], List[Message]]:
    """Criterion values per feature read from its fields: CNIG / Cartofriches names, and columns named
    after a criterion id (optionally with a unit suffix, ``distanceAutoroute_km``). A criterion column
    wins where it has a value; where its cell is empty, the CNIG value stays (an empty cell never
    overrides a known value). Numbers are in canonical units (m, m², %); categories are raw text, made
    grid vocabulary later (:func:`harmonise.normalise_criteria`)."""
    cols = {str(c).lower(): c for c in frame.columns}
    records, inverse = _distinct_records(frame, cols)
    n = len(frame)
    ids = [str(s) for s in site_ids] if site_ids is not None else [str(i + 1) for i in range(n)]
    messages: List[Message] = []
    out: Dict[str, List] = {}

    def put(cid, values):
        if any(not H.is_missing(v) for v in values):
            out[cid] = list(values)

    def put_rule(cid, values):  # one value per distinct record, expanded to one per feature
        if any(not H.is_missing(v) for v in values):
            out[cid] = _expand(values, inverse)

    def number(field, quantity=AREA):
        col = cols.get(field)
        if col is None:
            return [None] * n
        return H.read_quantity(frame[col].tolist(), col, quantity, 1.0, ids, messages)

    def site_area(field):  # a site of 0 m² is an unfilled cell (Mutafriches sums real parcels)
        return [None if v == 0 else v for v in number(field)]

    area = H.coalesce(site_area("unite_fonciere_surface"), site_area("site_surface"))
    put("surfaceSite", area)
    built = number("emprise_sol_bati")
    if "bati_surface_as_footprint" in deviations:
        built = H.coalesce(built, number("bati_surface"))
    put("surfaceBati", built)
    put_rule("etatBatiInfrastructure", [building_state(r) for r in records])
    put_rule("presencePollution", [pollution(r) for r in records])
    put_rule("typeProprietaire", [owner_type(r) for r in records])
    put_rule("zonageReglementaire", [planning_zone(r.get("urba_zone_type"), r.get("urba_zone_lib"),
                                              r.get("urba_zone_formdomi"), r.get("urba_doc_type")) for r in records])
    put_rule("zoneAccelerationEnr", [_yes_no(r.get("urba_zaer", r.get("site_zaer"))) for r in records])
    put_rule("valeurArchitecturaleHistorique", [heritage_value(r) for r in records])
    put_rule("zonagePatrimonial", [heritage_zone(r) for r in records])
    put_rule("zonageEnvironnemental", [env_zone(r) for r in records])
    ite = {k: H.detect_km_or_m(frame[cols[k]].tolist(), cols[k], ids, messages, km_max=30.0, m_min=100.0)
           if k in cols else [None] * n for k in ("distance_ite_bon", "distance_ite_mauvais")}
    if "distance_ite_bon" in cols or "distance_ite_mauvais" in cols:
        put("distanceIte", [ite_class(g, b) for g, b in zip(ite["distance_ite_bon"], ite["distance_ite_mauvais"])])
    road = _first_column(cols, "desserte_distance_route")
    if road is not None:
        put("distanceAutoroute", H.detect_km_or_m(frame[road].tolist(), road, ids, messages))
    put_rule("siteEnCentreVille", [{"oui": "true", "non": "false"}.get(_yes_no(r.get("site_centrebourg"))) for r in records])
    put_rule("proximiteCommercesServices", [
        {"moins500m": "true", "plus500m": "false"}.get((_plain(r.get("distancecommerce")) or "").replace(" ", ""))
        for r in records])
    put_rule("trameVerteEtBleue", [{"hors_tvb": "hors-trame", "tvb": "corridor-a-preserver"}.get(_plain(r.get("tramevb_2")) or "")
                              for r in records])
    put_rule("risqueInondation", [{"hors_risques": "non", "pprm_ou_ppri": "oui"}.get(_plain(r.get("pprmouppri")) or "")
                             for r in records])
    put_rule("presenceRisquesTechnologiques", [
        None if not _plain(r.get("pprt_2")) else ("false" if "hors" in _plain(r.get("pprt_2")) else "true")
        for r in records])
    cnig = sorted(out)
    named = H.criterion_columns(frame.columns)
    for cid, (col, unit) in named.items():
        raw = frame[col].tolist()
        if CATALOGUE[cid].kind == NUMERIC:
            factor = UNITS[unit][1] if unit else 1.0
            values = H.read_quantity(raw, col, CATALOGUE[cid].quantity, factor, ids, messages, keep_text=True)
            H.check_column_unit(cid, col, values, unit)
        else:
            values = raw
        filled = out.get(cid)
        if filled is not None:
            kept = sum(1 for v, f in zip(values, filled) if H.is_missing(v) and not H.is_missing(f))
            if kept:
                messages.append(Message(
                    fr=f"Colonne « {col} » vide pour {kept} entité(s) : la valeur des champs CNIG y est gardée.",
                    en=f"Column '{col}' empty for {kept} feature(s): the CNIG field value is kept there."))
        merged = H.coalesce(values, filled)
        if any(not H.is_missing(v) for v in merged):
            out[cid] = merged
    if n and is_cnig_like(frame.columns):
        messages.insert(0, Message(
            fr="Champs CNIG Friches / Cartofriches reconnus : " + ", ".join(cnig),
            en="CNIG Friches / Cartofriches fields recognised: " + ", ".join(cnig)))
    if named:
        messages.insert(0, Message(
            fr="Colonnes nommées d'après un critère : " + ", ".join(c for c, _ in named.values()),
            en="Columns named after a criterion: " + ", ".join(c for c, _ in named.values())))
    return out, messages


water_connection = H.water_connection
"""Kept here for callers of the mapping module (rule lives in :mod:`harmonise`)."""
