"""Output tables: CNIG « Sites économiques » classes (names of the standard's GeoPackage template),
the BFC ``UF-ECO`` unit layer and the per-zone summary. Natural persons' names are never written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd

from ..fields import INTEGER, REAL, TEXT, FieldSpec
from . import activity, loaders
from .inventory import (CAT_NOT_BUILDABLE, Inventory, SYNTH_OCCUPIED, SYNTH_VACANT)
from .noncadastre import USAGE as USAGE_NON_CADASTRED

TEMPLATE_NAME = "sites_economiques_template.gpkg"
#: fields of the standard's Table Schema missing from its GeoPackage template, added to our copy
TEMPLATE_ADDITIONS = {"terrain_eco": [FieldSpec("terr_url_cartofriches", TEXT, "URL Cartofriches", "Cartofriches URL"),
                                      FieldSpec("terr_m2_prix", REAL, "Prix au m²", "Price per m²")]}
HIDDEN = "non diffusé (personne physique)"


def F(name, kind, fr, en=None, comment_fr="", comment_en=""):
    return FieldSpec(name, kind, fr, en or fr, comment_fr, comment_en)


UNIT_FIELDS: List[FieldSpec] = [
    F("uf_uuid", TEXT, "Identifiant de l'unité foncière", "Land unit id",
      "Identifiant stable de l'unité foncière (UUID), champ UF-ECO du standard CNIG",
      "Stable land unit identifier (UUID), UF-ECO field of the CNIG standard"),
    F("site_id", TEXT, "Identifiant du site", "Site id"),
    F("terr_id", TEXT, "Identifiant du terrain (TERRAIN-ECO)", "Terrain id (TERRAIN-ECO)"),
    F("insee", TEXT, "Code INSEE de la commune", "Commune INSEE code"),
    F("epci", TEXT, "SIREN de l'EPCI", "EPCI SIREN"),
    F("parcel", TEXT, "Parcelles (séparées par ;)", "Parcels (; separated)"),
    F("nbparcel", INTEGER, "Nombre de parcelles", "Number of parcels"),
    F("ufsurf", REAL, "Surface de l'unité foncière (m², découpée à la zone)", "Land unit area (m², clipped)",
      "Surface de l'unité découpée au périmètre de la zone (m²)",
      "Area of the unit clipped to the zone perimeter (m²)"),
    F("surf_fiscale", REAL, "Surface cadastrale des parcelles (m², contenance)", "Cadastral area (m², contenance)"),
    F("proprio", TEXT, "Comptes propriétaires (séparés par ;)", "Owner accounts (; separated)"),
    F("proprio_nom", TEXT, "Propriétaire (personnes morales seulement)", "Owner (legal persons only)",
      "Dénomination des personnes morales ; les personnes physiques ne sont jamais nommées",
      "Name of legal persons; natural persons are never named"),
    F("nbproprio", INTEGER, "Nombre de propriétaires", "Number of owners"),
    F("occupants", TEXT, "Occupants (SIRET séparés par |)", "Occupants (SIRET, | separated)"),
    F("nboccup", INTEGER, "Nombre d'occupants assujettis à la CFE", "Number of CFE-liable occupants",
      "Établissements SIRENE actifs (hors SCI) dans l'unité au cours des deux années précédant le 1er janvier",
      "SIRENE establishments active (SCI excluded) in the unit during the two years before 1 January"),
    F("occup", TEXT, "Occupée (oui/non)", "Occupied (yes/no)"),
    F("locomvac", TEXT, "Local vacant LOCOMVAC (oui/non)", "LOCOMVAC vacant premises (yes/no)"),
    F("nblocvac", INTEGER, "Locaux vacants LOCOMVAC", "LOCOMVAC vacant premises",
      "Locaux vacants au sens de la CFE (fichier LOCOMVAC de la DGFiP) sur les parcelles de l'unité",
      "Premises vacant in the CFE sense (DGFiP LOCOMVAC file) on the unit's parcels"),
    F("locomvac_a_verifier", TEXT, "Occupée mais local LOCOMVAC (à vérifier)",
      "Occupied but LOCOMVAC premise (check)",
      "oui : un établissement SIRENE occupe l'unité alors que la DGFiP y déclare un local vacant ; à vérifier sur "
      "le terrain pendant la consultation",
      "oui: a SIRENE establishment occupies the unit while the DGFiP lists a vacant premise on it; to check on "
      "site during the consultation"),
    F("anteriorite_act", TEXT, "Activité antérieure (oui/non)", "Past activity (yes/no)"),
    F("exception", TEXT, "Occupant non économique (oui/non)", "Non-economic occupant (yes/no)"),
    F("synth", TEXT, "Statut au sens de l'article 220", "Status under article 220",
      "Occupée, vacante (plus d'activité depuis deux ans, activité antérieure) ou libre",
      "Occupied, vacant (no activity for two years, past activity) or free"),
    F("idtup", TEXT, "Identifiant TUP (fichiers fonciers)", "TUP id (fichiers fonciers)"),
    F("uf_mode", TEXT, "Mode de constitution (proprietaire/parcelle)", "Unit mode (owner/parcel)",
      "proprietaire : parcelles contiguës d'un même propriétaire ; parcelle : une unité par parcelle",
      "proprietaire: contiguous parcels of one owner; parcelle: one unit per parcel"),
    F("compte_uf", TEXT, "Comptée dans la zone (≥ 50 % de la parcelle)", "Counted in the zone (≥ 50 % of the parcel)",
      "oui si au moins la moitié de la parcelle est dans la zone",
      "oui when at least half of the parcel lies in the zone"),
    F("bati", TEXT, "Bâtie (oui/non)", "Built (yes/no)"),
    F("emprise_bati", REAL, "Emprise bâtie (m²)", "Building footprint (m²)"),
    F("ces", REAL, "Coefficient d'emprise au sol", "Building coverage ratio",
      "Emprise bâtie ÷ surface de l'unité (0 à 1)",
      "Building footprint ÷ unit area (0 to 1)"),
    F("stade_amngt", TEXT, "Stade d'aménagement", "Aménagement stage"),
    F("stade_source", TEXT, "Source du stade (STAGE, typezone, inconnu)", "Stage source (STAGE, typezone, unknown)",
      "D'où vient le stade : table STAGE, type de zone du PLU, ou inconnu",
      "Where the stage comes from: STAGE table, PLU zone type, or unknown"),
    F("categorie", TEXT, "Catégorie de surface", "Surface category",
      "occupee, vacante, disponible_amenagee, disponible_non_amenagee, reliquat ou non_amenageable",
      "occupee, vacante, disponible_amenagee, disponible_non_amenagee, reliquat or non_amenageable"),
    F("vacant_candidat", TEXT, "Bâti économique sans occupant (à vérifier)", "Economic building, no occupant (check)"),
    F("dent_creuse", TEXT, "Dent creuse (oui/non)", "Infill plot (yes/no)"),
    F("densifiable", TEXT, "Densifiable (oui/non)", "Densifiable (yes/no)"),
    F("friche", TEXT, "Friche (oui/non)", "Brownfield (yes/no)"),
    F("friche_url", TEXT, "Fiche Cartofriches", "Cartofriches page"),
]

SUMMARY_FIELDS: List[FieldSpec] = [
    F("site_id", TEXT, "Identifiant du site", "Site id"),
    F("site_nom", TEXT, "Nom de la zone", "Zone name"),
    F("pole_id", TEXT, "Pôle économique", "Economic pole",
      "Identifiant du pôle (sites proches les uns des autres, CNIG POLE-ECO)",
      "Pole id (sites close to one another, CNIG POLE-ECO)"),
    F("site_epci_siren", TEXT, "SIREN de l'EPCI", "EPCI SIREN"),
    F("site_epci_nom", TEXT, "EPCI", "EPCI"),
    F("site_comm_insee", TEXT, "Code INSEE de la commune principale", "Main commune INSEE code"),
    F("site_comm_nom", TEXT, "Commune principale", "Main commune"),
    F("site_type", TEXT, "Type de site", "Site type"),
    F("site_vocadomi", TEXT, "Vocation dominante", "Dominant vocation"),
    F("annee", INTEGER, "Année de l'inventaire", "Inventory year"),
    F("date_reference", TEXT, "Date de référence (1er janvier)", "Reference date (1 January)"),
    F("site_uf_nbre", INTEGER, "Nombre d'unités foncières", "Number of land units"),
    F("site_uf_vacant_nbre", INTEGER, "Unités foncières vacantes", "Vacant land units"),
    F("site_taux_vacance", INTEGER, "Taux de vacance légal (%, L318-8-2)", "Legal vacancy rate (%, L318-8-2)",
      "Unités vacantes ÷ unités de la zone × 100, arrondi à l'entier : le taux de la loi",
      "Vacant units ÷ units of the zone × 100, rounded to an integer: the rate of the law"),
    F("taux_vacance_surface", REAL, "Taux de vacance en surface (%, indicatif)", "Surface vacancy rate (%, indicative)",
      "Surface vacante ÷ surface des unités × 100 ; indicatif, ce n'est pas le taux légal",
      "Vacant area ÷ units' area × 100; indicative, not the legal rate"),
    F("nb_uf_occupees", INTEGER, "Unités foncières occupées", "Occupied land units"),
    F("nb_uf_libres", INTEGER, "Unités foncières libres", "Free land units"),
    F("site_uf_bati_nbre", INTEGER, "Unités foncières bâties", "Built land units"),
    F("nb_bati_vacants", INTEGER, "Unités bâties sans occupant", "Built units without occupant"),
    F("nb_dents_creuses", INTEGER, "Dents creuses", "Infill plots"),
    F("nb_uf_densifiables", INTEGER, "Unités densifiables", "Densifiable units"),
    F("nblocvac", INTEGER, "Locaux vacants LOCOMVAC", "LOCOMVAC vacant premises"),
    F("nb_uf_locomvac_occupees", INTEGER, "Unités occupées avec local LOCOMVAC (à vérifier)",
      "Occupied units with a LOCOMVAC premise (check)"),
    F("site_nb_etab", INTEGER, "Établissements actifs (hors SCI)", "Active establishments (SCI excluded)"),
    F("site_nb_emploi", INTEGER, "Emplois (médiane des tranches SIRENE)", "Jobs (SIRENE bracket medians)"),
    F("site_surf_brute", REAL, "Surface totale (ha)", "Total area (ha)"),
    F("site_surf_utile", REAL, "Surface utile (ha)", "Useful area (ha)",
      "Surface des unités foncières comptées dans la zone (ha)",
      "Area of the land units counted in the zone (ha)"),
    F("surf_occupee_ha", REAL, "Surface occupée (ha)", "Occupied area (ha)"),
    F("surf_vacante_ha", REAL, "Surface vacante (ha)", "Vacant area (ha)"),
    F("surf_dispo_amenagee_ha", REAL, "Disponible aménagée (ha)", "Available, serviced (ha)"),
    F("surf_dispo_non_amenagee_ha", REAL, "Disponible non aménagée (ha)", "Available, not serviced (ha)"),
    F("surf_reliquat_ha", REAL, "Reliquats (ha)", "Remnants (ha)"),
    F("surf_non_amenageable_ha", REAL, "Non aménageable (ha)", "Not buildable (ha)"),
    F("surf_non_cadastree_ha", REAL, "Non cadastrée : voiries, domaine public (ha)", "Non-cadastred: roads (ha)"),
    F("surf_marges_ha", REAL, "Marges de parcelles extérieures (ha)", "Edges of outside parcels (ha)"),
    F("surf_non_utile_ha", REAL, "Surface non utile (ha)", "Non-useful area (ha)"),
    F("ecart_bouclage_ha", REAL, "Écart du contrôle de bouclage (ha)", "Closure check gap (ha)",
      "Somme des surfaces par catégorie − surface totale : proche de 0 si tout est compté",
      "Sum of the areas by category − total area: close to 0 when everything is counted"),
    F("controle_surfaces", TEXT, "Contrôle des surfaces", "Surface check"),
    F("presence_friche", TEXT, "Présence de friche", "Brownfield present"),
    F("nb_friches", INTEGER, "Nombre de friches", "Number of brownfields"),
    F("uf_mode", TEXT, "Mode de constitution des unités", "Unit mode"),
]

VOCATION_FLAGS = {"site_voca_industrielle": "industrielle", "site_voca_commerciale": "commerciale",
                  "site_voca_tertiaire": "tertiaire", "site_voca_artisanale": "artisanale",
                  "site_voca_touristique": "touristique", "site_voca_portuaire": "portuaire",
                  "site_voca_aeroportuaire": "aéroportuaire, aéronautique"}


_NON_OUI = np.array(["non", "oui"], dtype=object)


def oui(values) -> np.ndarray:
    return _NON_OUI[np.asarray(values, dtype=bool).astype(np.intp)]


def unit_table(result: Inventory) -> pd.DataFrame:
    u = result.units
    return pd.DataFrame({
        "uf_uuid": u["uf_uuid"], "site_id": u["site_id"], "terr_id": u["terr_id"], "insee": u["insee"],
        "epci": u["epci"], "parcel": u["parcel"], "nbparcel": u["nbparcel"].astype(int),
        "ufsurf": u["ufsurf"].round(2), "surf_fiscale": u["surf_fiscale"], "proprio": u["compte"],
        "proprio_nom": u["proprio_nom"], "nbproprio": u["nbproprio"].astype(int), "occupants": u["occupants"],
        "nboccup": u["nboccup"].astype(int), "occup": oui(u["occup"]), "locomvac": oui(u["locomvac"]),
        "nblocvac": u["nblocvac"].astype(int), "locomvac_a_verifier": oui(u["locomvac_a_verifier"]),
        "anteriorite_act": oui(u["anteriorite_act"]), "exception": oui(u["exception"]), "synth": u["synth"],
        "idtup": None, "uf_mode": u["uf_mode"], "compte_uf": oui(u["counted"]), "bati": oui(u["bati"]),
        "emprise_bati": u["emprise_bati"].round(1), "ces": u["ces"].round(3), "stade_amngt": u["stade"],
        "stade_source": u["stade_source"], "categorie": np.where(u["counted"], u["categorie"], "marge"),
        "vacant_candidat": oui(u["vacant_candidat"]), "dent_creuse": oui(u["dent_creuse"]),
        "densifiable": oui(u["densifiable"]), "friche": oui(u["friche"]), "friche_url": u["friche_url"],
    })


def summary_table(result: Inventory, year: int) -> pd.DataFrame:
    s = result.sites.copy()
    s["annee"] = int(year)
    s["date_reference"] = activity.reference_date(year).isoformat()
    s["controle_surfaces"] = np.where(s["ecart_bouclage_ha"].abs() <= 0.01, "ok", "écart")
    return s[[f.name for f in SUMMARY_FIELDS]]


def site_eco_table(result: Inventory, today: dt.date) -> pd.DataFrame:
    s = result.sites
    out = pd.DataFrame({
        "site_id": s["site_id"], "pole_id": s["pole_id"] if "pole_id" in s else None, "site_nom": s["site_nom"],
        "site_type": s["site_type"],
        "site_vocadomi": s["site_vocadomi"], "site_etat": s["site_etat"],
        "site_surf_brute": s["site_surf_brute"].round(4), "site_surf_utile": s["site_surf_utile"].round(4),
        "site_identif_date": today.isoformat(), "site_actu_date": today.isoformat(),
        "source_producteur": "AULA Toolkit, inventaire L318-8-2",
        "site_epci_nom": s["site_epci_nom"], "site_epci_siren": s["site_epci_siren"],
        "site_comm_nom": s["site_comm_nom"], "site_comm_insee": s["site_comm_insee"],
        "site_moa_type": s["site_moa_type"],
        "site_uf_nbre": s["site_uf_nbre"], "site_uf_vacant_nbre": s["site_uf_vacant_nbre"],
        "site_taux_vacance": s["site_taux_vacance"], "site_uf_bati_nbre": s["site_uf_bati_nbre"],
        "site_nb_etab": s["site_nb_etab"], "site_nb_emploi": s["site_nb_emploi"],
        "site_surf_comm_dispo": s["site_surf_comm_dispo"].round(4),
    })
    known = s["site_vocadomi"].isin(VOCATION_FLAGS.values())
    for col, voc in VOCATION_FLAGS.items():
        out[col] = np.where(known, np.where(s["site_vocadomi"] == voc, "oui", "non"), None)
    return out


def terrain_eco_table(result: Inventory, today: dt.date) -> pd.DataFrame:
    u = result.units
    usage = np.where(u["emprise_eco"] >= 1, "bâti productif", np.where(u["exception"], "bâti résidentiel", "inconnu"))
    etat = np.where(u["friche"], "friche", np.where(u["synth"] == SYNTH_OCCUPIED, "occupé",
                                                    np.where(u["synth"] == SYNTH_VACANT, "vacant", "inoccupé")))
    utile = u["counted"] & (u["categorie"] != CAT_NOT_BUILDABLE)
    return pd.DataFrame({
        "terr_id": u["terr_id"], "site_id": u["site_id"], "terr_refcad": u["parcel"].str.replace(";", "|"),
        "terr_surf_brute": (u["ufsurf"] * 1e-4).round(4), "terr_utile": oui(utile),
        "terr_identif_date": today.isoformat(), "terr_actu_date": today.isoformat(),
        "terr_maitrise_fonc": "inconnu", "terr_stade_amngt": u["stade"].fillna("inconnu"),
        "terr_stade_comm": "inconnu", "terr_etat_occup": etat, "terr_usage": usage,
        "terr_url_cartofriches": u["friche_url"],
    })


def non_cadastred_terrain_table(result: Inventory, today: dt.date) -> pd.DataFrame:
    """TERRAIN-ECO rows of the non-cadastred parts of the sites (roads, public domain): not useful land."""
    nc = result.non_cadastred
    if nc is None or nc.empty:
        return pd.DataFrame(columns=["terr_id", "site_id"])
    return pd.DataFrame({
        "terr_id": nc["terr_id"], "site_id": nc["site_id"], "terr_refcad": None,
        "terr_surf_brute": (nc["area"] * 1e-4).round(4), "terr_utile": "non",
        "terr_identif_date": today.isoformat(), "terr_actu_date": today.isoformat(),
        "terr_maitrise_fonc": "inconnu", "terr_stade_amngt": "sans objet", "terr_stade_comm": "sans objet",
        "terr_etat_occup": "sans objet", "terr_usage": USAGE_NON_CADASTRED,
    })


def pole_eco_table(result: Inventory, today: dt.date) -> pd.DataFrame:
    """CNIG POLE-ECO rows (point = area-weighted centre of the pôle's sites, in ``x``/``y``)."""
    p = result.poles
    if p is None or p.empty:
        return pd.DataFrame(columns=["pole_id", "x", "y"])
    out = p.drop(columns=["sites"]).copy()
    out["pole_surface"] = out["pole_surface"].round(0).astype(int)  # MEDIUMINT in the template (ha)
    out["pole_identif_date"] = today.isoformat()
    out["pole_actu_date"] = today.isoformat()
    return out


def addresses(e: pd.DataFrame) -> pd.Series:
    """SIRENE address parts → ``numéro type voie; code postal commune`` (vectorised)."""
    def cat(cols, sep):
        out = pd.Series("", index=e.index)
        for c in cols:
            part = e[c].fillna("").astype(str) if c in e else pd.Series("", index=e.index)
            out = np.where((out != "") & (part != ""), out + sep + part, out + part)
            out = pd.Series(out, index=e.index)
        return out
    street, town = cat(["numero", "typevoie", "voie"], " "), cat(["cp", "ville"], " ")
    full = pd.Series(np.where((street != "") & (town != ""), street + "; " + town, street + town), index=e.index)
    return full.where(full != "", None)


def _map_distinct(series: pd.Series, function) -> pd.Series:
    """``series.map(function)`` with one call per distinct value (codes repeat a lot)."""
    values = series.astype(object)
    present = values.notna()
    table = {v: function(v) for v in pd.unique(values[present].to_numpy(dtype=object))}
    out = values[present].map(table)
    missing = function(None)
    return out.reindex(series.index).astype(object).where(present, missing)


def natural_person(catjur) -> bool:
    """INSEE catégorie juridique 1xxx = entrepreneur individuel: the name is a natural person's."""
    return isinstance(catjur, str) and catjur.startswith("1")


def etablissement_table(result: Inventory, year: int, today: dt.date) -> pd.DataFrame:
    """CNIG ETABLISSEMENT: establishments inside a site, SCI excluded; names hidden for entrepreneurs
    individuels and for partial diffusion (``statutDiffusionEtablissement = P``)."""
    e = result.establishments
    e = e[~e["sci"].astype(bool)].reset_index(drop=True)
    sites = result.sites.set_index("site_id")
    hide = _map_distinct(e["catjur"], natural_person).to_numpy(dtype=bool) | \
        e.get("diffusion", pd.Series(None, index=e.index, dtype=object)).astype(str).str.upper().str.startswith("P").to_numpy()
    name = e["nom"].where(e["nom"].notna(), e["raison"]).to_numpy(dtype=object)
    raison = e["raison"].where(e["raison"].notna(), e["nom"]).to_numpy(dtype=object)
    name[hide], raison[hide] = HIDDEN, HIDDEN
    site_epci = sites["site_epci_siren"].reindex(e["site_id"]).to_numpy()
    site_epci_nom = sites["site_epci_nom"].reindex(e["site_id"]).to_numpy()
    site_insee = sites["site_comm_insee"].reindex(e["site_id"]).to_numpy()
    site_comm = sites["site_comm_nom"].reindex(e["site_id"]).to_numpy()
    commune = e["commune"].where(e["commune"].notna(), pd.Series(site_insee)).to_numpy()
    siege = e["siege"].astype(str).str.lower().isin(["true", "oui", "1", "t"])
    return pd.DataFrame({
        "siret": e["siret"], "siren": e["siren"], "terr_id": e["terr_id"], "etab_adresse": addresses(e),
        "etab_raison_sociale": raison, "etab_nat_juridique": e["catjur"], "etab_nom": name,
        "epci_nom": site_epci_nom, "epci_siren": site_epci, "comm_nom": np.where(commune == site_insee, site_comm, None),
        "comm_insee": commune, "etab_siege": oui(siege),
        "etab_creation_date": pd.to_datetime(e["creation"]).dt.strftime("%Y-%m-%d"),
        "etab_identif_date": today.isoformat(), "etab_actu_date": today.isoformat(),
        "etab_actif": oui(e["actif_ref"]),
        "etab_fermeture_date": pd.to_datetime(e["fermeture"]).dt.strftime("%Y-%m-%d"),
        "etab_activite_code": _map_distinct(e["naf"], lambda v: v.replace(".", "") if isinstance(v, str) else None),
        "etab_effectif_code": e["tranche"], "etab_effectif_libelle": _map_distinct(e["tranche"],
                                                                                   activity.headcount_label),
        "etab_effectif_annee": e["annee_eff"], "etab_source_info": "SIRENE (INSEE)",
        "geocodage_qualite": _map_distinct(e["qualite"], loaders.geocoding_quality),
    }).pipe(_nulls_as_none)


def _nulls_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column as Python objects with None for NaN/NaT; only the columns holding a null are scanned
    twice (most CNIG columns are constants or always filled)."""
    out = {}
    for name in frame.columns:
        values = frame[name].to_numpy(dtype=object)
        missing = pd.isna(values)
        if missing.any():
            values = values.copy()
            values[missing] = None
        out[name] = values
    return pd.DataFrame(out, index=frame.index, dtype=object)


def copy_template(template: Path, target: Path) -> Path:
    """A fresh copy of the standard's empty GeoPackage (the template itself is never written)."""
    template, target = Path(template), Path(target)
    if target.resolve() == template.resolve():
        raise ValueError("the CNIG template cannot be its own output")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target
