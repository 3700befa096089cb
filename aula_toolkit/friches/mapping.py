"""CNIG Friches / Cartofriches fields → Mutafriches criteria (friches.md §4.4; judgement calls documented).

Each rule reads the fields that exist and leaves the criterion unknown (None) otherwise: a site field
never becomes a silent default. ``criteria_from_fields`` also reads any column named exactly after a
criterion id (``typeProprietaire``…), which is how a layer of another schema passes its own values.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import Message
from .criteria import CATALOGUE

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
    try:
        v = float(value)
    except (TypeError, ValueError):
        return math.nan
    return v


def is_cnig_like(columns: Sequence[str]) -> bool:
    """True when a layer carries the CNIG Friches / Cartofriches fields."""
    cols = {c.lower() for c in columns}
    return sum(m in cols for m in CNIG_MARKERS) >= 3


def site_area(row: dict) -> float:
    for key in ("unite_fonciere_surface", "site_surface"):
        v = _num(row.get(key))
        if v > 0:
            return v
    return math.nan


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


def ite_class(row: dict) -> Optional[str]:
    good, bad = _num(row.get("distance_ite_bon")), _num(row.get("distance_ite_mauvais"))
    if good < 1:
        return "moins-1km-bon-etat"
    if bad < 1:
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


def water_connection(built_area) -> Optional[str]:
    """ADR-0019: built footprint > 20 m² → oui, ≤ 20 → non, unknown → unknown."""
    v = _num(built_area)
    if math.isnan(v):
        return None
    return "oui" if v > 20 else "non"


MAPPED_FIELDS = (
    "unite_fonciere_surface", "site_surface", "bati_etat", "bati_nombre", "bati_patrimoine", "bati_pollution",
    "desserte_distance_route", "distance_ite_bon", "distance_ite_mauvais", "distancecommerce", "emprise_sol_bati",
    "monuhisto", "monuhisto500", "pprmouppri", "pprt_2", "proprio_mutafriches", "proprio_personne", "proprio_type",
    "site_centrebourg", "site_zaer", "sol_pollution_existe", "tramevb_2", "urba_doc_type", "urba_zaer",
    "urba_zone_formdomi", "urba_zone_lib", "urba_zone_type", "zonage_enviro",
)
"""Every site field the CNIG / Cartofriches mappings below read (lower case)."""


def criteria_from_fields(frame: pd.DataFrame) -> Tuple[Dict[str, List], List[Message]]:
    """Criterion values read from site fields (CNIG / Cartofriches names, or columns named after criteria)."""
    cols = {c.lower(): c for c in frame.columns}
    n = len(frame)
    # The mappings read only MAPPED_FIELDS: evaluate them once per distinct combination, then expand.
    used = [k for k in MAPPED_FIELDS if k in cols]
    columns = [frame[cols[k]].tolist() for k in used]
    index: Dict[tuple, int] = {}
    try:
        inverse = np.fromiter((index.setdefault(key, len(index)) for key in zip(*columns)) if used else
                              (0 for _ in range(n)), dtype=np.int64, count=n)
        records = [dict(zip(used, key)) for key in index] if used else ([{}] if n else [])
    except TypeError:  # an unhashable value: one evaluation per site
        inverse = np.arange(n)
        records = [dict(zip(used, key)) for key in zip(*columns)] if used else [{} for _ in range(n)]
    out: Dict[str, List] = {}

    def put(cid, values):
        if any(v is not None and not (isinstance(v, float) and math.isnan(v)) for v in values):
            out[cid] = values

    put("surfaceSite", [site_area(r) for r in records])
    put("surfaceBati", [_num(r.get("emprise_sol_bati")) for r in records])
    put("etatBatiInfrastructure", [building_state(r) for r in records])
    put("presencePollution", [pollution(r) for r in records])
    put("typeProprietaire", [owner_type(r) for r in records])
    put("zonageReglementaire", [planning_zone(r.get("urba_zone_type"), r.get("urba_zone_lib"),
                                              r.get("urba_zone_formdomi"), r.get("urba_doc_type")) for r in records])
    put("zoneAccelerationEnr", [_yes_no(r.get("urba_zaer", r.get("site_zaer"))) for r in records])
    put("valeurArchitecturaleHistorique", [heritage_value(r) for r in records])
    put("zonagePatrimonial", [heritage_zone(r) for r in records])
    put("zonageEnvironnemental", [env_zone(r) for r in records])
    put("distanceIte", [ite_class(r) for r in records])
    put("distanceAutoroute", [_num(r.get("desserte_distance_route")) * 1000 for r in records])
    put("siteEnCentreVille", [{"oui": "true", "non": "false"}.get(_yes_no(r.get("site_centrebourg"))) for r in records])
    put("proximiteCommercesServices", [
        {"moins500m": "true", "plus500m": "false"}.get((_plain(r.get("distancecommerce")) or "").replace(" ", ""))
        for r in records])
    put("trameVerteEtBleue", [{"hors_tvb": "hors-trame", "tvb": "corridor-a-preserver"}.get(_plain(r.get("tramevb_2")) or "")
                              for r in records])
    put("risqueInondation", [{"hors_risques": "non", "pprm_ou_ppri": "oui"}.get(_plain(r.get("pprmouppri")) or "")
                             for r in records])
    put("presenceRisquesTechnologiques", [
        None if not _plain(r.get("pprt_2")) else ("false" if "hors" in _plain(r.get("pprt_2")) else "true")
        for r in records])
    if "surfaceBati" in out:
        put("raccordementEau", [water_connection(v) for v in out["surfaceBati"]])
    for cid, values in out.items():
        out[cid] = [values[i] for i in inverse.tolist()]
    # Columns named after a criterion id win over the CNIG mapping (explicit is better).
    for cid in CATALOGUE:
        if cid.lower() in cols:
            out[cid] = frame[cols[cid.lower()]].tolist()
    messages = []
    if n and is_cnig_like(frame.columns):
        messages.append(Message(
            fr="Champs CNIG Friches / Cartofriches reconnus : " + ", ".join(sorted(out)),
            en="CNIG Friches / Cartofriches fields recognised: " + ", ".join(sorted(out))))
    return out, messages
