"""Official layouts → the inventory's canonical tables (one function per source, tolerant of case and of
the usual renamings; a missing mandatory column is named in French and English).

Sources: Etalab cadastre ``parcelles`` (``id``, ``commune``, ``prefixe``, ``section``, ``numero``,
``contenance``) or fichiers fonciers (``idpar``, ``dcntpa``); DGFiP « parcelles des personnes morales »
or any parcel → owner account table; SIRENE ``StockEtablissement`` and the INSEE geolocated file
(``x``, ``y``, ``epsg`` per row); BD TOPO ``batiment``; CNIG Friches / Cartofriches; a per-parcel
aménagement stage (CNIG ``terr_stade_amngt`` values).
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, preview
from . import activity

STAGES = ("non aménageable", "non aménagé, non viabilisé", "viabilisation en cours", "viabilisé non aménagé",
          "viabilisé et aménagé")
STAGES_EQUIPPED = ("viabilisé et aménagé", "viabilisé non aménagé")
STAGES_RAW = ("non aménagé, non viabilisé", "viabilisation en cours")
FRICHE_ACTIVE = ("friche potentielle", "friche sans projet", "friche avec projet")

PM_PREFIX = "(Champ géographique)"
PM = {
    "dep": "Département (Champ géographique)", "commune": "Code Commune (Champ géographique)",
    "prefixe": "Préfixe (Références cadastrales)", "section": "Section (Références cadastrales)",
    "numero": "N° plan (Références cadastrales)", "compte": "N° MAJIC (Propriétaire(s) parcelle)",
    "siren": "N° SIREN (Propriétaire(s) parcelle)", "nom": "Dénomination (Propriétaire(s) parcelle)",
    "forme": "Forme juridique abrégée (Propriétaire(s) parcelle)",
}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower().replace("°", "").replace("é", "e").replace("è", "e"))


def find_column(frame: pd.DataFrame, candidates: Sequence[str]) -> Optional[str]:
    """The first column matching one of ``candidates`` (case, accents and punctuation ignored)."""
    table = {_norm(c): c for c in frame.columns}
    for cand in candidates:
        hit = table.get(_norm(cand))
        if hit is not None:
            return hit
    return None


def require(frame: pd.DataFrame, candidates: Sequence[str], layer: str, what_fr: str, what_en: str) -> str:
    column = find_column(frame, candidates)
    if column is None:
        raise AulaInputError(
            fr=f"{layer} : champ {what_fr} introuvable (attendu : {' ou '.join(candidates)}) ; champs présents : "
               f"{preview(frame.columns, 25)}.",
            en=f"{layer}: {what_en} field not found (expected: {' or '.join(candidates)}); fields present: "
               f"{preview(frame.columns, 25)}.")
    return column


def _text(series: pd.Series) -> pd.Series:
    """Values as stripped text (``12.0`` → ``12``), blanks and NULL → None; vectorised."""
    series = pd.Series(series)
    present = series.notna()  # NaN floats in object columns are NA too
    kept = series[present]
    if pd.api.types.is_float_dtype(kept):
        kept = kept.map(lambda v: str(int(v)) if float(v).is_integer() else str(v))
    elif kept.dtype == object and pd.api.types.infer_dtype(kept, skipna=True) not in ("string", "empty"):
        floats = kept.map(lambda v: isinstance(v, float)).to_numpy(dtype=bool)
        if floats.any():
            kept = kept.copy()
            kept[floats] = [str(int(v)) if v.is_integer() else str(v) for v in kept[floats]]
    text = kept if pd.api.types.infer_dtype(kept, skipna=True) == "string" else kept.astype(str)
    if _needs_strip(text):
        text = text.str.strip()
    out = pd.Series(None, index=series.index, dtype=object)
    out[present] = text.where(text != "", None).to_numpy(dtype=object)
    return out


_SPACE_AFTER_SEPARATOR = re.compile("\x00\\s")


def _needs_strip(text: pd.Series) -> bool:
    """True when some value has blanks around it or is empty (two scans of the joined column, in C, instead
    of a Python call per value; the separator as literal prefix makes the scan a fast search)."""
    if len(text) == 0:
        return False
    joined = "\x00" + "\x00".join(text.tolist()) + "\x00"
    return "\x00\x00" in joined or _SPACE_AFTER_SEPARATOR.search(joined) is not None or \
        _SPACE_AFTER_SEPARATOR.search(joined[::-1]) is not None


def all_match(values: pd.Series, pattern: str) -> bool:
    """Whether every (text) value matches ``pattern`` (no separator inside), checked in one regex scan."""
    if len(values) == 0:
        return True
    joined = "\x00".join(values.tolist())
    return re.fullmatch(f"(?:{pattern})(?:\x00(?:{pattern}))*", joined) is not None


def zfill(text: pd.Series, width: int) -> pd.Series:
    """``str.zfill`` skipped when every value already has ``width`` characters (one regex scan)."""
    if not text.isna().any() and all_match(text, f"[^\\x00]{{{width}}}"):
        return text
    return text.str.zfill(width)


def upper(text: pd.Series) -> pd.Series:
    """``str.upper`` skipped when the column has no lower-case letter (the usual case for codes)."""
    values = text.dropna()
    if len(values) and pd.api.types.infer_dtype(values, skipna=False) == "string":
        joined = "\x00".join(values.tolist())
        if joined == joined.upper():
            return text
    return text.str.upper()


def sort_codes(values) -> Optional[np.ndarray]:
    """Integer codes that sort as ``values`` do (equal values share a code, nulls get -1), or None for mixed
    types. Text is ranked through numpy's fixed-width unicode sort: comparing a million Python strings
    (pandas ``sort_values``) is the slowest step of the inventory otherwise."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object) if not isinstance(values, pd.Series)
                                  else values, sort=False)
    codes = np.asarray(codes, dtype=np.int64)
    uniques = np.asarray(uniques)
    if len(uniques) == 0:
        return codes
    if uniques.dtype.kind in "iufb":
        order = np.argsort(uniques, kind="stable")
    elif uniques.dtype == object and pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        if "\x00" in "".join(uniques.tolist()):  # numpy drops trailing NULs: Python's order would differ
            return None
        order = np.argsort(uniques.astype(str), kind="stable")
    else:
        return None
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return np.where(codes >= 0, rank[np.clip(codes, 0, None)], -1)


def joined_by_codes(key_codes: np.ndarray, value_codes: np.ndarray, texts: np.ndarray, sep: str):
    """Positions (one per key, in key order) and the distinct texts of each key joined in value order; rows
    with a null key or value (code -1) left out."""
    rows = np.nonzero((key_codes >= 0) & (value_codes >= 0))[0]
    if len(rows) == 0:
        return rows, []
    order = rows[np.lexsort((value_codes[rows], key_codes[rows]))]
    k, v = key_codes[order], value_codes[order]
    fresh = np.r_[True, (k[1:] != k[:-1]) | (v[1:] != v[:-1])]
    order, k = order[fresh], k[fresh]
    starts = np.r_[0, np.nonzero(k[1:] != k[:-1])[0] + 1]
    values = texts[order] + sep
    joined = np.add.reduceat(values, starts)
    cut = len(sep)
    return order[starts], [j[:-cut] for j in joined]


def join_unique(frame: pd.DataFrame, key: str, column: str, sep: str = ";") -> pd.Series:
    """Per ``key``: the distinct non-null values of ``column`` joined, in value order (vectorised)."""
    sub = frame[[key, column]].dropna()
    if sub.empty:
        return pd.Series(dtype=object)
    kc, vc = sort_codes(sub[key]), sort_codes(sub[column])
    if kc is None or vc is None:
        return _join_unique_objects(sub, key, column, sep)
    texts = sub[column].astype(str).to_numpy(dtype=object)
    at, joined = joined_by_codes(kc, vc, texts, sep)
    return pd.Series(joined, index=sub[key].to_numpy()[at], dtype=object)


def _join_unique_objects(sub: pd.DataFrame, key: str, column: str, sep: str) -> pd.Series:
    sub = sub.drop_duplicates().sort_values([key, column], kind="stable")
    keys = sub[key].to_numpy()
    starts = np.r_[0, np.nonzero(keys[1:] != keys[:-1])[0] + 1]
    values = (sub[column].astype(str) + sep).to_numpy(dtype=object)
    joined = np.add.reduceat(values, starts)
    return pd.Series([j[:-len(sep)] for j in joined], index=keys[starts], dtype=object)


def parcel_id(commune, prefixe, section, numero) -> pd.Series:
    """Etalab parts → the 14-character IDU: commune(5) + préfixe(3) + section(2, zero-padded) + numéro(4)."""
    com = zfill(_text(pd.Series(commune)).fillna(""), 5)
    pre = zfill(_text(pd.Series(prefixe)).fillna("000"), 3)
    sec = zfill(upper(_text(pd.Series(section)).fillna("")), 2)
    num = zfill(_text(pd.Series(numero)).fillna(""), 4)
    return com + pre + sec + num


IDU = re.compile(r"^\d{2}[0-9AB]\d{5}[0-9A-Z]{2}\d{4}$")


def check_ids(ids: pd.Series, layer: str) -> None:
    if not ids.isna().any() and all_match(ids, IDU.pattern[1:-1]):
        return
    bad = ids[~ids.fillna("").str.match(IDU)]
    if len(bad):
        raise AulaInputError(
            fr=f"{layer} : {len(bad)} identifiant(s) de parcelle hors du format cadastral à 14 caractères "
               f"(département+commune+préfixe+section+numéro) : {preview(bad.fillna('(vide)').unique())}.",
            en=f"{layer}: {len(bad)} parcel id(s) not in the 14-character cadastral format "
               f"(département+commune+prefix+section+number): {preview(bad.fillna('(empty)').unique())}.")


def load_parcels(frame: pd.DataFrame, layer: str = "PARCELS") -> pd.DataFrame:
    """Etalab ``parcelles`` (or fichiers fonciers) → ``idu`` (14 chars), ``contenance`` (m², fiscal)."""
    col = find_column(frame, ["id", "idu", "idpar", "id_parcelle", "geo_parcelle"])
    if col is not None:
        ids = upper(_text(frame[col]))
    else:
        parts = [find_column(frame, [n]) for n in ("commune", "prefixe", "section", "numero")]
        if parts[0] is None or parts[2] is None or parts[3] is None:
            require(frame, ["id", "idu", "idpar"], layer, "d'identifiant de parcelle", "parcel id")
        ids = parcel_id(frame[parts[0]], frame[parts[1]] if parts[1] else None, frame[parts[2]], frame[parts[3]])
    check_ids(ids, layer)
    area_col = find_column(frame, ["contenance", "dcntpa", "surface_fiscale"])
    contenance = pd.to_numeric(frame[area_col], errors="coerce") if area_col else pd.Series(np.nan, index=frame.index)
    return pd.DataFrame({"idu": ids.to_numpy(), "contenance": contenance.to_numpy(dtype=float)})


def load_owners(frame: pd.DataFrame, layer: str = "OWNERS") -> pd.DataFrame:
    """Parcel → owner rows. DGFiP personnes morales file (owners there are all legal persons) or any table
    with a parcel id and an owner account (``compte``/``idprocpte``/``N° MAJIC``/``siren``).
    Returns ``idu``, ``compte``, ``siren``, ``nom`` (legal persons only, else None), ``morale`` (bool); a
    repeated (``idu``, ``compte``) row stays: :func:`owner_keys` keeps the first of each, once, by codes."""
    if PM["compte"] in frame.columns or find_column(frame, [PM["compte"]]):
        c = {k: find_column(frame, [v]) for k, v in PM.items()}
        missing = [PM[k] for k in ("dep", "commune", "section", "numero", "compte") if c[k] is None]
        if missing:
            raise AulaInputError(fr=f"{layer} : colonnes du fichier des personnes morales manquantes : {preview(missing)}.",
                                 en=f"{layer}: missing columns of the legal-entities parcel file: {preview(missing)}.")
        dep = _text(frame[c["dep"]]).fillna("").str.zfill(2)
        com = dep + _text(frame[c["commune"]]).fillna("").str.zfill(3)
        ids = parcel_id(com, frame[c["prefixe"]] if c["prefixe"] else None, frame[c["section"]], frame[c["numero"]])
        compte = com + ":" + _text(frame[c["compte"]]).fillna("")
        siren = _text(frame[c["siren"]]) if c["siren"] else pd.Series(None, index=frame.index, dtype=object)
        nom = _text(frame[c["nom"]]) if c["nom"] else pd.Series(None, index=frame.index, dtype=object)
        morale = pd.Series(True, index=frame.index)
    else:
        id_col = require(frame, ["idu", "idpar", "id", "id_parcelle", "parcelle"], layer,
                         "d'identifiant de parcelle", "parcel id")
        ids = upper(_text(frame[id_col]))
        acc = require(frame, ["compte", "idprocpte", "compte_communal", "n_majic", "owner", "proprietaire", "siren"],
                      layer, "de compte propriétaire", "owner account")
        compte = _text(frame[acc])
        sc = find_column(frame, ["siren", "n_siren"])
        siren = _text(frame[sc]) if sc else pd.Series(None, index=frame.index, dtype=object)
        nc = find_column(frame, ["nom", "denomination", "ddenom", "owner_name"])
        nom = _text(frame[nc]) if nc else pd.Series(None, index=frame.index, dtype=object)
        morale = _siren_like(siren)
    check_ids(ids, layer)
    siren = siren.where(_siren_like(siren), None)
    out = pd.DataFrame({"idu": ids.to_numpy(), "compte": compte.to_numpy(), "siren": siren.to_numpy(),
                        "nom": nom.where(morale, None).to_numpy(), "morale": morale.to_numpy(dtype=bool)})
    return out[out["compte"].notna() & (out["compte"] != "")].reset_index(drop=True)


def _siren_like(values: pd.Series) -> pd.Series:
    """Which values are 9-digit SIREN numbers (no regex per row when the column is empty)."""
    if values.isna().all():
        return pd.Series(False, index=values.index)
    return values.fillna("").str.match(r"^\d{9}$")


def owner_keys(owners: Optional[pd.DataFrame]) -> pd.DataFrame:
    """Per parcel: the owner key (sorted set of accounts: an indivision is its set of co-owners), the
    accounts, the legal persons' names, the number of owners."""
    if owners is None or owners.empty:
        return pd.DataFrame(columns=["idu", "cle", "comptes", "noms", "nbproprio", "morale"])
    ic, cc = sort_codes(owners["idu"]), sort_codes(owners["compte"])
    nc = sort_codes(owners["nom"]) if "nom" in owners.columns else None
    if ic is None or cc is None or nc is None or owners["morale"].dtype != bool:
        return _owner_keys_objects(owners)
    # one row per (parcel, account), first one kept, in (parcel, account) order
    rows = np.nonzero(ic >= 0)[0]
    order = rows[np.lexsort((cc[rows], ic[rows]))]
    fresh = np.r_[True, (ic[order][1:] != ic[order][:-1]) | (cc[order][1:] != cc[order][:-1])]
    kept = np.sort(order[fresh], kind="stable")
    ik, ck = ic[kept], cc[kept]
    idu = owners["idu"].to_numpy(dtype=object)
    texts = owners["compte"].astype(str).to_numpy(dtype=object)
    at, comptes = joined_by_codes(ik, ck, texts[kept], ";")
    first = np.unique(ik, return_index=True)[1]
    groups = pd.Index(idu[kept][first], name="idu")
    code = np.searchsorted(ik[first], ik)
    size = np.bincount(code, minlength=len(first))
    moral = np.bincount(code, weights=~owners["morale"].to_numpy()[kept], minlength=len(first)) == 0
    out = pd.DataFrame({"comptes": pd.Series(comptes, index=idu[kept][at], dtype=object),
                        "nbproprio": pd.Series(size, index=groups), "morale": pd.Series(moral, index=groups)})
    names = owners["nom"].astype(str).to_numpy(dtype=object)
    at, noms = joined_by_codes(ik, nc[kept], names[kept], ";")
    out["noms"] = pd.Series(noms, index=idu[kept][at], dtype=object).reindex(out.index)
    out = out.reset_index().rename(columns={"index": "idu"})
    out["cle"] = out["comptes"]
    return out


def _owner_keys_objects(owners: pd.DataFrame) -> pd.DataFrame:
    o = owners.drop_duplicates(["idu", "compte"]).sort_values(["idu", "compte"])
    g = o.groupby("idu", sort=True)
    out = pd.DataFrame({"comptes": join_unique(o, "idu", "compte"), "nbproprio": g.size(),
                        "morale": g["morale"].all()})
    out["noms"] = join_unique(o, "idu", "nom").reindex(out.index)
    out = out.reset_index().rename(columns={"index": "idu"})
    out["cle"] = out["comptes"]
    return out


ESTAB = {
    "siret": ["siret"], "siren": ["siren"],
    "etat": ["etatAdministratifEtablissement", "etat_administratif", "etat", "etab_actif"],
    "creation": ["dateCreationEtablissement", "date_creation", "etab_creation_date"],
    "debut": ["dateDebut", "date_debut"],
    "fermeture": ["dateFermetureEtablissement", "date_fermeture", "etab_fermeture_date"],
    "catjur": ["categorieJuridiqueUniteLegale", "categorie_juridique", "etab_nat_juridique", "catjur"],
    "naf": ["activitePrincipaleEtablissement", "activite_principale", "etab_activite_code", "naf"],
    "tranche": ["trancheEffectifsEtablissement", "tranche_effectifs", "etab_effectif_code"],
    "annee_eff": ["anneeEffectifsEtablissement", "etab_effectif_annee"],
    "siege": ["etablissementSiege", "etab_siege", "siege"],
    "nom": ["denominationUsuelleEtablissement", "enseigne1Etablissement", "etab_nom", "nom"],
    "raison": ["denominationUniteLegale", "etab_raison_sociale", "raison_sociale"],
    "commune": ["codeCommuneEtablissement", "comm_insee", "plg_code_commune"],
    "x": ["x", "coordonneeLambertAbscisseEtablissement", "x_l93"],
    "y": ["y", "coordonneeLambertOrdonneeEtablissement", "y_l93"],
    "epsg": ["epsg"], "qualite": ["qualite_xy"], "diffusion": ["statutDiffusionEtablissement"],
    "numero": ["numeroVoieEtablissement"], "typevoie": ["typeVoieEtablissement"],
    "voie": ["libelleVoieEtablissement"], "cp": ["codePostalEtablissement"],
    "ville": ["libelleCommuneEtablissement"],
}


def load_establishments(frame: pd.DataFrame, layer: str = "ESTABLISHMENTS",
                        geoloc: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """SIRENE (stock, geolocated, or CNIG ETABLISSEMENT) → canonical columns; closure date = ``dateDebut``
    of the current period when the state is F (SIRENE stock), or an explicit closure-date column."""
    c = {k: find_column(frame, v) for k, v in ESTAB.items()}
    require(frame, ESTAB["siret"], layer, "SIRET", "SIRET")
    require(frame, ESTAB["etat"], layer, "d'état administratif", "administrative state")
    out = pd.DataFrame(index=frame.index)
    out["siret"] = zfill(_text(frame[c["siret"]]).fillna(""), 14)
    out["siren"] = zfill(_text(frame[c["siren"]]), 9) if c["siren"] else out["siret"].str[:9]
    state = _text(frame[c["etat"]]).fillna("").str.upper().map(
        {"A": "A", "F": "F", "OUI": "A", "NON": "F", "ACTIF": "A", "FERME": "F", "FERMÉ": "F"})
    bad = frame[c["etat"]][state.isna()]
    if len(bad):
        raise AulaInputError(
            fr=f"{layer} : champ {c['etat']} : valeur(s) d'état inconnue(s) {preview(bad.astype(str).unique())} "
               f"(attendu A (actif) ou F (fermé)).",
            en=f"{layer}: field {c['etat']}: unknown state value(s) {preview(bad.astype(str).unique())} "
               f"(expected A (active) or F (closed)).")
    out["etat"] = state
    out["creation"] = activity.to_dates(frame[c["creation"]]) if c["creation"] else pd.NaT
    closure = activity.to_dates(frame[c["fermeture"]]) if c["fermeture"] else pd.Series(pd.NaT, index=frame.index)
    if c["debut"]:
        closure = closure.fillna(activity.to_dates(frame[c["debut"]]))
    out["fermeture"] = closure.where(out["etat"] == "F", pd.NaT).to_numpy()
    for key in ("catjur", "naf", "tranche", "annee_eff", "siege", "nom", "raison", "commune", "qualite", "diffusion",
                "numero", "typevoie", "voie", "cp", "ville"):
        out[key] = _text(frame[c[key]]).to_numpy() if c[key] else None
    out["catjur"] = out["catjur"].map(lambda v: v.zfill(4)[:4] if isinstance(v, str) else None)
    for key in ("x", "y", "epsg"):
        out[key] = pd.to_numeric(frame[c[key]], errors="coerce").to_numpy() if c[key] else np.nan
    out = out.reset_index(drop=True)
    if geoloc is not None:
        gs = find_column(geoloc, ["siret"])
        gx, gy, ge = (find_column(geoloc, [n]) for n in ("x", "y", "epsg"))
        if gs is None or gx is None or gy is None:
            raise AulaInputError(fr="Fichier SIRENE géolocalisé : colonnes siret, x, y attendues.",
                                 en="Geolocated SIRENE file: columns siret, x, y expected.")
        g = pd.DataFrame({"siret": _text(geoloc[gs]).fillna("").str.zfill(14),
                          "gx": pd.to_numeric(geoloc[gx], errors="coerce"),
                          "gy": pd.to_numeric(geoloc[gy], errors="coerce"),
                          "ge": pd.to_numeric(geoloc[ge], errors="coerce") if ge else 2154.0})
        gq = find_column(geoloc, ["qualite_xy"])
        g["gq"] = _text(geoloc[gq]).to_numpy() if gq else None
        out = out.merge(g.drop_duplicates("siret"), on="siret", how="left")
        has = out["gx"].notna()
        out["x"] = np.where(has, out["gx"], out["x"]).astype(float)
        out["y"] = np.where(has, out["gy"], out["y"]).astype(float)
        out["epsg"] = np.where(has, out["ge"], out["epsg"]).astype(float)
        out["qualite"] = np.where(has, out["gq"], out["qualite"])
        out = out.drop(columns=["gx", "gy", "ge", "gq"])
    dup = out["siret"].duplicated()
    if dup.any():
        out = out[~dup].reset_index(drop=True)
    return out


GEOCODING = {"11": "à la plaque adresse", "21": "à la plaque adresse", "12": "à la rue (sans numéro)",
             "22": "à la rue (sans numéro)", "33": "localisation à la commune"}


def geocoding_quality(code) -> str:
    return GEOCODING.get(str(code).strip() if code is not None else "", "inconnu")


def load_buildings(frame: pd.DataFrame, layer: str = "BUILDINGS") -> pd.DataFrame:
    """BD TOPO ``batiment`` (GeoPackage or shapefile names) → ``economique``, ``residentiel``, ``retenu``
    (hard, in service), ``rnb``."""
    n = len(frame)
    get = {k: find_column(frame, v) for k, v in {
        "usage1": ["usage_1", "USAGE1"], "usage2": ["usage_2", "USAGE2"], "nature": ["nature", "NATURE"],
        "leger": ["construction_legere", "LEGER"], "etat": ["etat_de_l_objet", "ETAT"],
        "logts": ["nombre_de_logements", "NB_LOGTS"], "rnb": ["identifiants_rnb"], "id": ["cleabs", "ID"]}.items()}

    def col(key, default=None):
        return _text(frame[get[key]]).fillna("") if get[key] else pd.Series([default or ""] * n, index=frame.index)

    eco_uses = ("Industriel", "Commercial et services")
    usage1, usage2 = col("usage1"), col("usage2")
    leger = col("leger").str.lower().isin(["true", "1", "oui", "t", "vrai"])
    etat = col("etat", "En service")
    retenu = ~leger & ((etat == "") | (etat == "En service"))
    logts = pd.to_numeric(frame[get["logts"]], errors="coerce").fillna(0) if get["logts"] else pd.Series(0, index=frame.index)
    return pd.DataFrame({
        "economique": (usage1.isin(eco_uses) | usage2.isin(eco_uses)
                       | (col("nature") == "Industriel, agricole ou commercial")).to_numpy(),
        "residentiel": ((usage1 == "Résidentiel") & (logts > 0)).to_numpy(),
        "retenu": retenu.to_numpy(),
        "rnb": col("rnb").str.replace("/", "|").to_numpy(),
        "id": col("id").to_numpy(),
    })


def load_friches(frame: pd.DataFrame, layer: str = "FRICHES") -> pd.DataFrame:
    """CNIG Friches / Cartofriches → ``site_id``, ``site_nom``, ``active`` (not reconverted), ``url``."""
    sid = find_column(frame, ["site_id", "id"])
    status = find_column(frame, ["site_statut", "statut"])
    url = find_column(frame, ["site_url", "url"])
    name = find_column(frame, ["site_nom", "nom"])
    st = _text(frame[status]).fillna("").str.lower() if status else pd.Series("", index=frame.index)
    out = pd.DataFrame({
        "site_id": _text(frame[sid]).to_numpy() if sid else [str(i) for i in range(len(frame))],
        "site_nom": _text(frame[name]).to_numpy() if name else None,
        "active": (~st.str.contains("reconverti")).to_numpy(),
        "url": _text(frame[url]).to_numpy() if url else None,
    })
    if out["url"].isna().all():
        out["url"] = ["https://cartofriches.cerema.fr/cartofriches/?site=" + str(s) for s in out["site_id"]]
    return out


def load_stage(frame: pd.DataFrame, layer: str = "STAGE") -> pd.DataFrame:
    """Per-parcel aménagement stage (CNIG ``terr_stade_amngt`` values) → ``idu``, ``stade``."""
    id_col = require(frame, ["idu", "idpar", "id", "terr_refcad", "parcelle"], layer, "d'identifiant de parcelle",
                     "parcel id")
    st = require(frame, ["stade", "terr_stade_amngt", "stade_amngt", "stage"], layer, "de stade d'aménagement",
                 "aménagement stage")
    out = pd.DataFrame({"idu": _text(frame[id_col]).str.upper(), "stade": _text(frame[st])})
    out = out[out["idu"].notna()]
    check_ids(out["idu"], layer)
    bad = out["stade"][out["stade"].notna() & ~out["stade"].isin(STAGES)]
    if len(bad):
        raise AulaInputError(
            fr=f"{layer} : champ {st} : valeur(s) hors de la liste CNIG terr_stade_amngt : "
               f"{preview(bad.unique())} (attendu : {' | '.join(STAGES)}).",
            en=f"{layer}: field {st}: value(s) outside the CNIG terr_stade_amngt list: {preview(bad.unique())} "
               f"(expected: {' | '.join(STAGES)}).")
    return out.drop_duplicates("idu").reset_index(drop=True)


def communes_table(frame: Optional[pd.DataFrame]) -> Dict[str, dict]:
    """Commune code → {nom, epci_siren, epci_nom} (COG table such as communes_62_epci_cog2026.csv)."""
    if frame is None or frame.empty:
        return {}
    code = find_column(frame, ["insee_com", "code_insee", "insee", "codgeo", "comm_insee"])
    if code is None:
        return {}
    name = find_column(frame, ["nom", "nom_com", "libgeo", "comm_nom"])
    siren = find_column(frame, ["siren_epci", "epci_siren", "epci"])
    ename = find_column(frame, ["nom_epci", "epci_nom", "libepci"])
    out = {}
    for row in frame.to_dict("records"):
        key = str(row[code]).strip().zfill(5)
        out[key] = {"nom": row.get(name) if name else None, "epci_siren": str(row[siren]) if siren and row.get(siren) else None,
                    "epci_nom": row.get(ename) if ename else None}
    return out


def zones_from_plu(frame: pd.DataFrame) -> np.ndarray:
    """R14: PLU ``zone_urba`` rows of economic destination (``destdomi = '02'``)."""
    col = find_column(frame, ["destdomi"])
    return _text(frame[col]).fillna("").str.zfill(2).eq("02").to_numpy() if col else np.ones(len(frame), bool)
