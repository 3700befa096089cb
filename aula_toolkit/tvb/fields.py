"""Output fields of ``aula:tvb_continuity`` — public API, declared once here, never renamed.

Names follow the COVADIS SRCE géostandard's spirit (identifiers ``id_resv`` for réservoirs, ``id_corr`` for
corridors, ``sous_trame``), lowercase, at most 10 characters (Shapefile-safe). Documented in ``docs/tvb.md``.
"""

from __future__ import annotations

from ..fields import INTEGER, REAL, TEXT, FieldSpec

SUBTRAME = FieldSpec("sous_trame", TEXT, "Sous-trame", "Sub-network",
                     "Sous-trame étudiée (colonne de la table de friction)",
                     "Sub-network studied (friction table column)")
ID_RESV = FieldSpec("id_resv", INTEGER, "Identifiant du réservoir (tache)", "Patch (réservoir) identifier",
                    "Numéro du réservoir, de 1 au nombre de réservoirs",
                    "Réservoir number, from 1 to the number of réservoirs")
AREA_HA = FieldSpec("area_ha", REAL, "Surface (ha)", "Area (ha)")
CAPACITY = FieldSpec("capacity", REAL, "Capacité (ha)", "Capacity (ha)",
                     "Capacité du réservoir dans les indices : sa surface d'habitat (ha)",
                     "Réservoir capacity in the indices: its habitat area (ha)")
PC_CONTRIB = FieldSpec("pc_contrib", REAL, "Part de la connectivité PC", "Share of PC connectivity",
                       "Part du PC due à ce réservoir (surface et liens)",
                       "Share of PC due to this réservoir (area and links)")
DPC = FieldSpec("dpc", REAL, "Importance dPC", "dPC importance",
                "Perte relative de PC si l'élément disparaissait (importance pour la connectivité)",
                "Relative loss of PC if the element disappeared (importance for connectivity)")
DPC_INTRA = FieldSpec("dpc_intra", REAL, "dPC intra (surface)", "dPC intra (area)",
                      "Part de dPC due à la surface propre du réservoir",
                      "Part of dPC due to the réservoir's own area")
DPC_FLUX = FieldSpec("dpc_flux", REAL, "dPC flux (dispersion)", "dPC flux (dispersal)",
                     "Part de dPC due aux flux de dispersion partant ou arrivant au réservoir",
                     "Part of dPC due to dispersal flows from or to the réservoir")
DPC_CONN = FieldSpec("dpc_conn", REAL, "dPC connecteur (relais)", "dPC connector (stepping stone)",
                     "Part de dPC due au rôle de relais entre d'autres réservoirs",
                     "Part of dPC due to its stepping-stone role between other réservoirs")
DIIC = FieldSpec("diic", REAL, "Importance dIIC", "dIIC importance",
                 "Perte relative de l'indice binaire IIC si le réservoir disparaissait",
                 "Relative loss of the binary IIC index if the réservoir disappeared")
FLUX = FieldSpec("flux", REAL, "Flux F (ha)", "Flux F (ha)",
                 "Flux de dispersion pondéré par les surfaces (ha)",
                 "Dispersal flow weighted by the areas (ha)")
COMPONENT = FieldSpec("component", INTEGER, "Composante connexe (1 = la plus grande)",
                      "Connected component (1 = the largest)")
RANK_DPC = FieldSpec("rank_dpc", INTEGER, "Rang par dPC (1 = le plus important)", "Rank by dPC (1 = most important)")

PATCH_FIELDS = (ID_RESV, SUBTRAME, AREA_HA, CAPACITY, PC_CONTRIB, DPC, DPC_INTRA, DPC_FLUX, DPC_CONN, DIIC, FLUX,
                COMPONENT, RANK_DPC)

ID_CORR = FieldSpec("id_corr", INTEGER, "Identifiant du lien (corridor)", "Link (corridor) identifier")
ID_RESV1 = FieldSpec("id_resv1", INTEGER, "Réservoir 1", "Patch 1")
ID_RESV2 = FieldSpec("id_resv2", INTEGER, "Réservoir 2", "Patch 2")
COST = FieldSpec("cost", REAL, "Coût cumulé (équivalent mètres)", "Accumulated cost (metre-equivalent)",
                 "Coût du chemin de moindre coût, en équivalent mètres (friction × distance)",
                 "Cost of the least-cost path, in metre-equivalents (friction × distance)")
LENGTH_M = FieldSpec("length_m", REAL, "Longueur du chemin (m)", "Path length (m)")
PROBA = FieldSpec("proba", REAL, "Probabilité de dispersion directe", "Direct dispersal probability",
                  "p = exp(−α·coût) : probabilité de dispersion directe entre les deux réservoirs",
                  "p = exp(−α·cost): direct dispersal probability between the two réservoirs")
FUNCTIONAL = FieldSpec("functional", INTEGER, "Lien fonctionnel (coût ≤ distance de dispersion)",
                       "Functional link (cost ≤ dispersal distance)",
                       "1 si le coût du lien est au plus la distance de dispersion, sinon 0",
                       "1 when the link cost is at most the dispersal distance, else 0")
N_CONFLICT = FieldSpec("n_conflict", INTEGER, "Nombre de points de conflit", "Number of conflict points")

LINK_FIELDS = (ID_CORR, ID_RESV1, ID_RESV2, SUBTRAME, COST, LENGTH_M, PROBA, DPC, RANK_DPC, FUNCTIONAL, N_CONFLICT)

CELLS = FieldSpec("area_ha", REAL, "Surface du corridor (ha)", "Corridor area (ha)")
CORRIDOR_FIELDS = (ID_CORR, ID_RESV1, ID_RESV2, SUBTRAME, CELLS, COST, DPC, RANK_DPC)

ID_CONF = FieldSpec("id_conf", INTEGER, "Identifiant du point de conflit", "Conflict point identifier")
ID_OBST = FieldSpec("id_obst", TEXT, "Obstacle traversé (identifiant)", "Barrier crossed (identifier)")
RANK = FieldSpec("rank", INTEGER, "Priorité (1 = le lien le plus important coupé)",
                 "Priority (1 = the most important link cut)",
                 "Rang du point de conflit, 1 = celui qui coupe le lien le plus important (dPC)",
                 "Rank of the conflict point, 1 = the one cutting the most important link (dPC)")
TRANSPAR = FieldSpec("transpar", REAL, "Transparence de l'obstacle (0 à 1)", "Barrier transparency (0 to 1)",
                     "1 = sans effet sur la friction, 0 = infranchissable",
                     "1 = no effect on friction, 0 = impassable")
CONFLICT_FIELDS = (ID_CONF, RANK, ID_CORR, ID_RESV1, ID_RESV2, SUBTRAME, ID_OBST, TRANSPAR, DPC, COST)

N_PATCHES = FieldSpec("n_patches", INTEGER, "Nombre de réservoirs", "Number of patches")
N_LINKS = FieldSpec("n_links", INTEGER, "Nombre de liens", "Number of links")
N_COMP = FieldSpec("n_comp", INTEGER, "Nombre de composantes", "Number of components")
PC = FieldSpec("pc", REAL, "Indice PC", "PC index",
               "Probabilité de connectivité : chance que deux points du paysage soient dans de l'habitat relié",
               "Probability of connectivity: chance that two points of the landscape lie in connected habitat")
EC_HA = FieldSpec("ec_ha", REAL, "Connectivité équivalente EC(PC) (ha)", "Equivalent connectivity EC(PC) (ha)",
                  "Surface d'une tache unique offrant la même connectivité (ha)",
                  "Area of one patch giving the same connectivity (ha)")
IIC = FieldSpec("iic", REAL, "Indice IIC", "IIC index",
                "Indice intégral de connectivité (liens binaires ≤ distance de dispersion)",
                "Integral index of connectivity (binary links ≤ dispersal distance)")
EC_IIC_HA = FieldSpec("ec_iic_ha", REAL, "EC(IIC) (ha)", "EC(IIC) (ha)")
PC_INTRA = FieldSpec("pc_intra", REAL, "PC intra (part)", "PC intra (share)",
                     "Part de PC due à la surface des réservoirs",
                     "Share of PC due to the réservoirs' area")
PC_DIRECT = FieldSpec("pc_direct", REAL, "PC direct (part)", "PC direct (share)",
                      "Part de PC due aux liens directs",
                      "Share of PC due to direct links")
PC_STEP = FieldSpec("pc_step", REAL, "PC pas japonais (part)", "PC stepping stone (share)",
                    "Part de PC due aux chemins passant par d'autres réservoirs",
                    "Share of PC due to paths through other réservoirs")
HABITAT_HA = FieldSpec("habitat_ha", REAL, "Surface d'habitat (ha)", "Habitat area (ha)")
LAND_HA = FieldSpec("land_ha", REAL, "Surface du paysage A (ha)", "Landscape area A (ha)",
                    "Surface du paysage A, dénominateur de PC (A²)",
                    "Landscape area A, denominator of PC (A²)")
DISTANCE = FieldSpec("distance", REAL, "Distance de dispersion (m)", "Dispersal distance (m)")
PROBABILITY = FieldSpec("proba", REAL, "Probabilité à cette distance", "Probability at that distance")
ALPHA = FieldSpec("alpha", REAL, "α (1/m)", "α (1/m)",
                  "α = −ln(p)/d, décroissance de la probabilité avec le coût",
                  "α = −ln(p)/d, decay of the probability with cost")
UNITS = FieldSpec("units", TEXT, "Unités des importances", "Units of the importances",
                  "fractions (Graphab) ou pourcentages (Conefor)",
                  "fractions (Graphab) or percentages (Conefor)")

GLOBAL_FIELDS = (SUBTRAME, N_PATCHES, N_LINKS, N_COMP, PC, EC_HA, IIC, EC_IIC_HA, PC_INTRA, PC_DIRECT, PC_STEP,
                 HABITAT_HA, LAND_HA, DISTANCE, PROBABILITY, ALPHA, UNITS)
