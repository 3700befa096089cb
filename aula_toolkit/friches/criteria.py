"""Catalogue of the criteria a friches grid may score: id, kind, quantity, allowed values, labels.

A grid file may only use these criterion ids and, for categorical criteria, these values (a typo in
a grid would otherwise silently never match). Numeric criteria are fed in canonical units: metres
for distances, m² for areas, % for rates; a grid writes its bounds in any unit of the same quantity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

NUMERIC = "numeric"
CATEGORICAL = "categorical"
BOOLEAN = "boolean"

LENGTH = "length"
AREA = "area"
RATE = "rate"

UNITS = {
    # unit -> (quantity, factor to the canonical unit)
    "m": (LENGTH, 1.0), "km": (LENGTH, 1000.0),
    "m2": (AREA, 1.0), "m²": (AREA, 1.0), "ha": (AREA, 10000.0),
    "%": (RATE, 1.0),
}
CANONICAL_UNIT = {LENGTH: "m", AREA: "m2", RATE: "%"}

BOOLEAN_VALUES = ("true", "false")


@dataclass(frozen=True)
class CriterionInfo:
    id: str
    kind: str
    quantity: str  # LENGTH / AREA / RATE for numeric criteria, "" otherwise
    values: Tuple[str, ...]  # allowed values of categorical / boolean criteria
    fr: str
    en: str


def _c(cid, kind, quantity, values, fr, en):
    return cid, CriterionInfo(cid, kind, quantity, tuple(values), fr, en)


CATALOGUE: Dict[str, CriterionInfo] = dict([
    _c("surfaceSite", NUMERIC, AREA, (), "Surface du site", "Site area"),
    _c("surfaceBati", NUMERIC, AREA, (), "Emprise au sol du bâti", "Building footprint"),
    _c("siteEnCentreVille", BOOLEAN, "", BOOLEAN_VALUES, "Site en centre-ville (≤ 1 km de la mairie)",
       "Site in the town centre (≤ 1 km from the town hall)"),
    _c("distanceAutoroute", NUMERIC, LENGTH, (), "Distance à l'autoroute", "Distance to a motorway"),
    _c("distanceTransportCommun", NUMERIC, LENGTH, (), "Distance à un arrêt de transport en commun",
       "Distance to a public transport stop"),
    _c("proximiteCommercesServices", BOOLEAN, "", BOOLEAN_VALUES, "Commerces et services à moins de 500 m",
       "Shops and services within 500 m"),
    _c("distanceRaccordementElectrique", NUMERIC, LENGTH, (), "Distance au raccordement électrique",
       "Distance to an electricity connection"),
    _c("tauxLogementsVacants", NUMERIC, RATE, (), "Taux de logements vacants de la commune",
       "Vacant housing rate of the municipality"),
    _c("risqueRetraitGonflementArgile", CATEGORICAL, "", ("aucun", "faible-ou-moyen", "fort"),
       "Retrait-gonflement des argiles", "Clay shrink-swell hazard"),
    _c("risqueCavitesSouterraines", CATEGORICAL, "", ("non", "oui"), "Cavités souterraines", "Underground cavities"),
    _c("risqueInondation", CATEGORICAL, "", ("non", "oui"), "Risque d'inondation", "Flood risk"),
    _c("presenceRisquesNaturels", CATEGORICAL, "", ("aucun", "faible", "moyen", "fort"),
       "Risques naturels (grille v1.1)", "Natural risks (grid v1.1)"),
    _c("presenceRisquesTechnologiques", BOOLEAN, "", BOOLEAN_VALUES, "Risques technologiques",
       "Technological risks"),
    _c("zonageEnvironnemental", CATEGORICAL, "",
       ("hors-zone", "reserve-naturelle", "natura-2000", "znieff-type-1-2", "proximite-zone",
        "parc-naturel-regional", "parc-naturel-national"), "Zonage environnemental", "Environmental zoning"),
    _c("zonageReglementaire", CATEGORICAL, "",
       ("zone-urbaine-u", "zone-urbaine-u-habitat", "zone-urbaine-u-equipement", "zone-urbaine-u-activite",
        "zone-a-urbaniser-au", "zone-vocation-activites", "secteur-ouvert-a-la-construction",
        "secteur-reglement-urbanisme", "secteur-non-ouvert-a-la-construction", "zone-agricole-a",
        "zone-naturelle-n"), "Zonage d'urbanisme", "Planning zoning"),
    _c("zonagePatrimonial", CATEGORICAL, "",
       ("non-concerne", "site-inscrit-classe", "perimetre-abf", "monument-historique", "zppaup", "avap", "spr"),
       "Zonage patrimonial", "Heritage zoning"),
    _c("zoneAccelerationEnr", CATEGORICAL, "", ("non", "oui", "oui-solaire-pv-ombriere", "exclusion"),
       "Zone d'accélération des énergies renouvelables (ZAER)", "Renewable energy acceleration zone (ZAER)"),
    _c("zonageAbcLogement", CATEGORICAL, "", ("abis", "a", "b1", "b2", "c"), "Zonage ABC du logement",
       "ABC housing zoning"),
    _c("distanceIte", CATEGORICAL, "", ("moins-1km-bon-etat", "moins-1km-mauvais-etat", "plus-1km"),
       "Installation terminale embranchée (fret)", "Rail freight siding (ITE)"),
    _c("typeProprietaire", CATEGORICAL, "", ("public", "prive", "copro-indivision", "mixte"),
       "Type de propriétaire", "Owner type"),
    _c("raccordementEau", CATEGORICAL, "", ("oui", "non"), "Raccordement au réseau d'eau", "Water connection"),
    _c("etatBatiInfrastructure", CATEGORICAL, "",
       ("degradation-inexistante", "degradation-faible", "degradation-tres-importante", "degradation-moyenne",
        "degradation-heterogene", "pas-de-bati"), "État du bâti et des infrastructures", "Building condition"),
    _c("presencePollution", CATEGORICAL, "",
       ("non", "deja-geree", "oui-composes-volatils", "oui-autres-composes", "oui-amiante"), "Pollution",
       "Pollution"),
    _c("valeurArchitecturaleHistorique", CATEGORICAL, "",
       ("sans-interet", "ordinaire", "interet-remarquable", "pas-de-bati"),
       "Valeur architecturale et historique", "Architectural and historical value"),
    _c("qualitePaysage", CATEGORICAL, "", ("sans-interet", "ordinaire", "interet-remarquable"),
       "Qualité paysagère", "Landscape quality"),
    _c("qualiteVoieDesserte", CATEGORICAL, "", ("accessible", "degradee", "peu-accessible"),
       "Qualité de la voie de desserte", "Access road quality"),
    _c("trameVerteEtBleue", CATEGORICAL, "",
       ("hors-trame", "reservoir-biodiversite", "corridor-a-preserver", "corridor-a-restaurer"),
       "Trame verte et bleue", "Green and blue network"),
    _c("presenceEspecesProtegees", CATEGORICAL, "", ("oui", "non"), "Espèces protégées", "Protected species"),
    _c("presenceZoneHumide", CATEGORICAL, "", ("oui", "non"), "Zone humide", "Wetland"),
    _c("distanceReseauChaleur", NUMERIC, LENGTH, (), "Distance à un réseau de chaleur",
       "Distance to a district heating network"),
    _c("siteEnQpv", BOOLEAN, "", BOOLEAN_VALUES, "Site en quartier prioritaire (QPV)",
       "Site in a priority neighbourhood (QPV)"),
    _c("saturationReseauEnr", BOOLEAN, "", BOOLEAN_VALUES, "Réseau électrique saturé pour les EnR",
       "Grid saturated for renewables"),
    _c("siteEnZae", BOOLEAN, "", BOOLEAN_VALUES, "Site en zone d'activité économique (ZAE)",
       "Site in a business park (ZAE)"),
])
"""Every criterion id a grid may use."""
