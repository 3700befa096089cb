"""Find the context layers of the friches scoring by their names (in a GeoPackage or a QGIS project).

A géomaticien keeps the town halls, stops, flood zones, PLU zoning… in one GeoPackage with telling names
(``mairies``, ``arrets_tc``, ``zones_inondables_2024``, ``zonage_plu``): giving that GeoPackage is enough.
A name matches a context key when one of its words starts like one of the key's patterns (accents and
case ignored, words split on ``_``, ``-``, spaces and dots); the first key in :data:`NAME_PATTERNS` order
wins, and a layer given by hand always replaces the one found.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Iterable, Optional, Sequence, Tuple

NAME_PATTERNS: Dict[str, Tuple[str, ...]] = {
    "MAIRIES": ("mairie", "hotel_de_ville", "town_hall"),
    "TRANSPORT_STOPS": ("arret", "arrets_tc", "stop", "gtfs_stops", "transport_commun"),
    "MOTORWAYS": ("autoroute", "motorway", "echangeur"),
    "SUBSTATIONS": ("poste_electrique", "postes_electriques", "poste_source", "substation"),
    "SHOPS": ("bpe", "commerce", "equipements_commerciaux"),
    "FLOOD_ZONES": ("inond", "ppri", "azi", "tri_", "flood"),
    "CAVITIES": ("cavite", "cavity"),
    "CLAY": ("argile", "rga", "retrait_gonflement"),
    "TECH_RISKS": ("icpe", "sis", "pprt", "risque_techno", "risques_techno", "seveso"),
    "ENV_ZONES": ("natura", "znieff", "zonage_env", "zonages_env", "protection_nature"),
    "HERITAGE": ("patrimoine", "servitude_ac", "ac1", "monument", "spr"),
    "PLU_ZONES": ("zonage_plu", "zone_urba", "plu", "gpu", "zonage_urba"),
    "ZAER": ("zaer", "zone_acceleration", "zones_acceleration"),
    "QPV": ("qpv", "quartier_prioritaire", "quartiers_prioritaires"),
    "ZAE": ("zae", "zone_activite", "zones_activite", "zones_d_activite"),
    "GRID_SATURATION": ("saturation", "reseau_sature", "capareseau"),
    "TVB": ("tvb", "trame_verte", "srce", "corridor"),
    "WETLANDS": ("zone_humide", "zones_humides", "zh_", "wetland"),
    "ITE": ("ite", "embranch"),
    "HEAT_NETWORK": ("reseau_chaleur", "reseaux_chaleur", "chaleur"),
    "COMMUNE_DATA": ("donnees_communales", "donnees_communes", "communes_donnees", "commune_data"),
}
"""Context key (parameter name of ``aula:friches_mutability``) → name patterns, most specific first."""


def plain_name(name: str) -> str:
    """'Zones inondables (PPRi) 2024' → 'zones_inondables_ppri_2024'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    return "_".join(t for t in re.split(r"[^a-z0-9]+", text) if t)


def key_of(name: str) -> Optional[str]:
    """The context key a layer name stands for, or None."""
    plain = plain_name(name)
    words = plain.split("_")
    for key, patterns in NAME_PATTERNS.items():
        for pattern in patterns:
            pattern = pattern.rstrip("_")
            n = pattern.count("_") + 1
            for i in range(len(words) - n + 1):
                if "_".join(words[i:i + n]).startswith(pattern) and (n > 1 or len(pattern) >= 3):
                    if len(pattern) <= 3 and words[i] != pattern:
                        continue  # short codes (ite, sis, azi, zae) must be whole words
                    return key
    return None


def find_context_layers(names: Iterable[str], keys: Optional[Sequence[str]] = None) -> Dict[str, str]:
    """{context key: layer name} for the names that match a key (first name wins for a key)."""
    found: Dict[str, str] = {}
    for name in names:
        key = key_of(name)
        if key is not None and key not in found and (keys is None or key in keys):
            found[key] = name
    return found
