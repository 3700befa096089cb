"""LOCOMVAC, the DGFiP list of vacant business premises (« locaux commerciaux et professionnels vacants »,
vacant in the CFE sense: no CFE-liable activity for at least two years at 1 January), sent each year to
communes and EPCI (restricted data).

Layout read: the DGFiP CSV as delivered (``LOCOMVAC<yy>_<…>.CSV``, ``;``-separated, one row per vacant
premise) with the columns ``SIRET DESTINATAIRE; CODE EPCI; SIRET EPCI; ANNEE; CODE DSF; CODE COMMUNE;
CODE VOIE; PREFIXE DE SECTION; SECTION CADASTRALE; NUMERO DE PLAN; NUMERO DE BATIMENT; NUMERO D ENTREE/D
ESCALIER; ETAGE; NUMERO DE PORTE; NUMERO DE VOIRIE; CODE INDICE DE REPETITION; ADRESSE; CODE POSTAL; LIBELLE
COMMUNE; PROPRIETAIRE; INVARIANT DU LOCAL; CODE NATURE DU LOCAL; CODE AFFECTATION DU LOCAL; CATEGORIE
REVISEE; VALEUR LOCATIVE REVISEE DU DESCRIPTIF; CODE SIE``. The parcel of a premise is CODE DSF (its first
two characters: the département) + CODE COMMUNE + PREFIXE + SECTION + NUMERO DE PLAN, as in the 14-character
cadastral id. Owners' names (PROPRIETAIRE) are never kept: they may be natural persons.

Use in the inventory (method note R6, BFC UF-ECO ``locomvac``): a unit with at least one LOCOMVAC premise on
its parcels is vacant when it is not occupied; when SIRENE says it is occupied, the premise is flagged for the
field check of the 30-day consultation (a premise vacant « au sens de la CFE » may hold a non-CFE activity).
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import AulaInputError, Message, preview
from .loaders import _text, check_ids, find_column, parcel_id

#: official column names (DGFiP CSV header)
COLUMNS = {
    "annee": "ANNEE", "dsf": "CODE DSF", "commune": "CODE COMMUNE", "prefixe": "PREFIXE DE SECTION",
    "section": "SECTION CADASTRALE", "numero": "NUMERO DE PLAN", "invariant": "INVARIANT DU LOCAL",
    "nature": "CODE NATURE DU LOCAL", "affectation": "CODE AFFECTATION DU LOCAL", "adresse": "ADRESSE",
    "epci": "SIRET EPCI",
}
REQUIRED = ("dsf", "commune", "section", "numero")


def load_locomvac(frame: pd.DataFrame, layer: str = "VACANT_PREMISES") -> pd.DataFrame:
    """The DGFiP LOCOMVAC table → one row per vacant premise: ``idu`` (14 characters), ``invariant``,
    ``annee``, ``nature``, ``affectation``. Also accepts a table already keyed by parcel (``idu``/``idpar``)."""
    c = {k: find_column(frame, [v]) for k, v in COLUMNS.items()}
    if all(c[k] is not None for k in REQUIRED):
        dep = _text(frame[c["dsf"]]).fillna("").str[:2].str.zfill(2)
        com = dep + _text(frame[c["commune"]]).fillna("").str.zfill(3)
        ids = parcel_id(com, frame[c["prefixe"]] if c["prefixe"] else None, frame[c["section"]], frame[c["numero"]])
    else:
        id_col = find_column(frame, ["idu", "idpar", "id_parcelle", "parcelle"])
        if id_col is None:
            missing = [COLUMNS[k] for k in REQUIRED if c[k] is None]
            raise AulaInputError(
                fr=f"{layer} : colonnes du fichier LOCOMVAC manquantes : {preview(missing)} (ou un identifiant de "
                   f"parcelle idu) ; champs présents : {preview(frame.columns, 25)}.",
                en=f"{layer}: missing LOCOMVAC columns: {preview(missing)} (or a parcel id idu); fields present: "
                   f"{preview(frame.columns, 25)}.")
        ids = _text(frame[id_col]).fillna("").str.upper()
    check_ids(ids, layer)
    out = pd.DataFrame({"idu": ids.to_numpy(dtype=object)})
    for key in ("invariant", "annee", "nature", "affectation"):
        out[key] = _text(frame[c[key]]).to_numpy(dtype=object) if c[key] is not None else None
    return out


def year_messages(premises: pd.DataFrame, year: int, layer: str = "VACANT_PREMISES") -> List[Message]:
    """A warning when the file is not the inventory year's (LOCOMVAC describes vacancy at 1 January of ANNEE)."""
    years = sorted({str(v) for v in premises["annee"].dropna().unique()}) if "annee" in premises else []
    if years and years != [str(year)]:
        return [Message(fr=f"{layer} : fichier LOCOMVAC de l'année {', '.join(years)} pour un inventaire {year}.",
                        en=f"{layer}: LOCOMVAC file of year {', '.join(years)} for a {year} inventory.")]
    return []


def premises_per_unit(premises: pd.DataFrame, parcel_unit: pd.Series, n_units: int) -> np.ndarray:
    """Number of distinct vacant premises on each unit; ``parcel_unit`` maps a parcel id (idu) to its unit
    (a parcel split between units goes to its largest piece's unit). Premises on parcels outside every unit
    are not counted."""
    if premises is None or premises.empty or n_units == 0:
        return np.zeros(n_units, dtype=np.int64)
    unit = premises["idu"].map(parcel_unit)
    key = premises["invariant"].where(premises["invariant"].notna(), pd.Series(np.arange(len(premises)),
                                                                                index=premises.index).astype(str))
    found = pd.DataFrame({"unit": unit, "key": key}).dropna(subset=["unit"]).drop_duplicates()
    counts = found.groupby("unit").size()
    out = np.zeros(n_units, dtype=np.int64)
    out[counts.index.to_numpy(dtype=np.int64)] = counts.to_numpy()
    return out


def vacancy_status(occupied: np.ndarray, past_activity: np.ndarray, n_premises: np.ndarray
                   ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """R6 with LOCOMVAC: ``locomvac`` = at least one vacant premise; ``vacant`` = not occupied and (past
    activity or locomvac); ``to_check`` = occupied by SIRENE yet holding a LOCOMVAC premise."""
    occupied = np.asarray(occupied, dtype=bool)
    locomvac = np.asarray(n_premises) > 0
    vacant = ~occupied & (np.asarray(past_activity, dtype=bool) | locomvac)
    return locomvac, vacant, occupied & locomvac


def unmatched(premises: Optional[pd.DataFrame], known_ids) -> int:
    """Premises whose parcel is not among the parcels read (another territory, or a parcel renumbered)."""
    if premises is None or premises.empty:
        return 0
    return int((~premises["idu"].isin(pd.Index(known_ids))).sum())
