"""GENERATED context layers for the demo and the benchmark (labelled _GENERE): built over real commune
outlines and town halls, with a seeded generator. Not real data: transport stops, planning zones,
risk zones, environmental zonings… are plausible shapes only, never to be read as facts."""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import numpy as np
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union

PLU_LABELS = {
    "U": ["UA - Zone urbaine mixte centrale", "UB - Zone urbaine pavillonnaire", "UE - Zone d'équipements publics",
          "UX - Zone urbaine d'activités économiques", "U - Zone urbaine"],
    "AUc": ["1AU - Zone à urbaniser à vocation d'habitat"],
    "A": ["A - Zone agricole"],
    "N": ["N - Zone naturelle et forestière"],
}


def _points_around(rng, centres: np.ndarray, per: int, spread: float) -> np.ndarray:
    if len(centres) == 0:
        return np.zeros((0, 2))
    base = np.repeat(centres, per, axis=0)
    return base + rng.normal(0, spread, size=base.shape)


def generate_context(communes: Sequence, insee: Sequence[str], mairies_xy: np.ndarray, seed: int = 62
                     ) -> Dict[str, Tuple[str, list, Dict[str, list]]]:
    """name → (geometry kind 'point'/'line'/'polygon'/'none', geometries, attributes); names end in _GENERE."""
    rng = np.random.default_rng(seed)
    territory = unary_union([g for g in communes if g is not None])
    minx, miny, maxx, maxy = territory.bounds
    out: Dict[str, Tuple[str, list, Dict[str, list]]] = {}
    m = mairies_xy

    stops = _points_around(rng, m, 6, 600.0)
    out["arrets_tc_GENERE"] = ("point", [Point(x, y) for x, y in stops], {"nom": [f"arrêt {i + 1}" for i in range(len(stops))]})

    shops = _points_around(rng, m, 8, 400.0)
    codes = rng.choice(["B104", "B105", "B201", "B202", "D307", "A203", "F101", "C201"], size=len(shops))
    out["commerces_bpe_GENERE"] = ("point", [Point(x, y) for x, y in shops], {"typequ": codes.tolist()})

    sub = np.column_stack([rng.uniform(minx, maxx, 25), rng.uniform(miny, maxy, 25)])
    out["postes_electriques_GENERE"] = ("point", [Point(x, y) for x, y in sub], {"nom": [f"poste {i + 1}" for i in range(25)]})

    motorways = []
    for k in range(3):
        x0, y0 = rng.uniform(minx, maxx), miny
        x1, y1 = rng.uniform(minx, maxx), maxy
        xs = np.linspace(x0, x1, 12) + rng.normal(0, 1500, 12)
        ys = np.linspace(y0, y1, 12)
        motorways.append(LineString(np.column_stack([xs, ys])))
    out["autoroutes_GENERE"] = ("line", motorways, {"numero": ["A1", "A21", "A26"]})

    rivers = []
    for k in range(4):
        y0 = rng.uniform(miny, maxy)
        xs = np.linspace(minx, maxx, 30)
        ys = y0 + np.cumsum(rng.normal(0, 600, 30))
        rivers.append(LineString(np.column_stack([xs, ys])))
    flood = [r.buffer(float(rng.uniform(250, 700))) for r in rivers]
    out["zones_inondables_GENERE"] = ("polygon", flood, {"type": ["PPRI"] * len(flood)})
    out["zones_humides_GENERE"] = ("polygon", [r.buffer(120) for r in rivers], {"type": ["zone humide"] * len(rivers)})

    cav = np.column_stack([rng.uniform(minx, maxx, 400), rng.uniform(miny, maxy, 400)])
    out["cavites_GENERE"] = ("point", [Point(x, y) for x, y in cav], {"type": ["ouvrage civil"] * len(cav)})

    clay, alea = [], []
    for x in np.arange(minx, maxx, 5000):
        for y in np.arange(miny, maxy, 5000):
            clay.append(box(x, y, x + 5000, y + 5000))
            alea.append(str(rng.choice(["Faible", "Moyen", "Fort", "Nul"], p=[0.45, 0.3, 0.1, 0.15])))
    out["argiles_GENERE"] = ("polygon", clay, {"alea": alea})

    tech = _points_around(rng, m[rng.choice(len(m), size=min(40, len(m)), replace=False)], 1, 1500.0)
    out["risques_techno_GENERE"] = ("point", [Point(x, y) for x, y in tech], {"type": ["ICPE Seveso"] * len(tech)})

    env, env_type = [], []
    for t in ["Natura 2000", "ZNIEFF type 1", "ZNIEFF type 2", "Réserve naturelle", "Parc naturel régional"]:
        for _ in range(3):
            c = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            env.append(c.buffer(float(rng.uniform(1500, 5000)), 16))
            env_type.append(t)
    out["zonages_env_GENERE"] = ("polygon", env, {"type": env_type})

    her, her_type = [], []
    pick = m[rng.choice(len(m), size=min(30, len(m)), replace=False)]
    for x, y in pick:
        her.append(Point(x, y).buffer(500, 16))
        her_type.append("AC1 périmètre de protection")
    for x, y in pick[:5]:
        her.append(Point(x + 800, y).buffer(400, 16))
        her_type.append("AC2 site inscrit")
    out["patrimoine_GENERE"] = ("polygon", her, {"type": her_type})

    plu, tz, lib, dest, plu_insee = [], [], [], [], []
    for geom, code, (x, y) in zip(communes, insee, _mairie_of(communes, m)):
        if geom is None:
            continue
        centre = Point(x, y).buffer(float(rng.uniform(600, 1100)), 16).intersection(geom)
        au = Point(x, y).buffer(1500, 16).intersection(geom).difference(centre)
        act = Point(x + rng.normal(0, 800), y + rng.normal(0, 800)).buffer(350, 12).intersection(geom).difference(centre)
        rest = geom.difference(centre).difference(au)
        kind = "U"
        label = str(rng.choice(PLU_LABELS["U"][:2] + PLU_LABELS["U"][4:]))
        for g, t, l_, d in ((act, "U", PLU_LABELS["U"][3], "02"), (centre, kind, label, "01"),
                            (au.difference(act), "AUc", PLU_LABELS["AUc"][0], "01"),
                            (rest.difference(act), str(rng.choice(["A", "N"], p=[0.7, 0.3])), None, None)):
            if g.is_empty:
                continue
            plu.append(g)
            tz.append(t)
            lib.append(l_ or PLU_LABELS[t][0])
            dest.append(d)
            plu_insee.append(code)
    out["zonage_plu_GENERE"] = ("polygon", plu, {"typezone": tz, "libelong": lib, "destdomi": dest, "insee": plu_insee})

    zaer, zdet = [], []
    for _ in range(20):
        c = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        zaer.append(c.buffer(float(rng.uniform(800, 2500)), 12))
        zdet.append(str(rng.choice(["SOLAIRE_PV_SOL", "SOLAIRE_PV_OMBRIERE", "EXCLUSION"], p=[0.6, 0.3, 0.1])))
    out["zaer_GENERE"] = ("polygon", zaer, {"detailfiliere": zdet})

    big = m[rng.choice(len(m), size=min(12, len(m)), replace=False)]
    out["qpv_GENERE"] = ("polygon", [Point(x + 300, y - 300).buffer(600, 12) for x, y in big], {"nom": [f"QPV {i + 1}" for i in range(len(big))]})
    zae_c = m[rng.choice(len(m), size=min(25, len(m)), replace=False)]
    out["zae_GENERE"] = ("polygon", [Point(x - 1200, y + 900).buffer(700, 12) for x, y in zae_c], {"nom": [f"ZAE {i + 1}" for i in range(len(zae_c))]})

    tvb, tvb_type = [], []
    for r in rivers:
        tvb.append(r.buffer(900))
        tvb_type.append("corridor à restaurer")
    for poly in env[:6]:
        tvb.append(poly.buffer(300))
        tvb_type.append("réservoir de biodiversité")
    out["tvb_GENERE"] = ("polygon", tvb, {"type": tvb_type})

    ite = np.column_stack([rng.uniform(minx, maxx, 40), rng.uniform(miny, maxy, 40)])
    out["ite_GENERE"] = ("point", [Point(x, y) for x, y in ite], {"etat": rng.choice(["bon", "mauvais"], 40).tolist()})

    heat = [LineString([(x, y), (x + 900, y + 300)]) for x, y in m[rng.choice(len(m), size=min(10, len(m)), replace=False)]]
    out["reseau_chaleur_GENERE"] = ("line", heat, {"nom": [f"réseau {i + 1}" for i in range(len(heat))]})

    sat = [box(minx, miny, minx + (maxx - minx) * 0.3, miny + (maxy - miny) * 0.4)]
    out["saturation_enr_GENERE"] = ("polygon", sat, {"statut": ["saturée"]})

    out["donnees_communales_GENERE"] = ("none", [None] * len(insee), {
        "insee_com": list(insee),
        "taux_vacance": np.round(rng.uniform(4.0, 13.0, len(insee)), 1).tolist(),
        "zone_abc": rng.choice(["b1", "b2", "c"], size=len(insee), p=[0.1, 0.3, 0.6]).tolist()})
    return out


def _mairie_of(communes, mairies_xy):
    """For each commune, the town hall inside it (else its representative point)."""
    res = []
    for g in communes:
        if g is None:
            res.append((np.nan, np.nan))
            continue
        inside = [(x, y) for x, y in mairies_xy if g.contains(Point(x, y))] if len(mairies_xy) else []
        if inside:
            res.append(inside[0])
        else:
            p = g.representative_point()
            res.append((p.x, p.y))
    return res


def random_sites(territory, n: int, seed: int = 7) -> np.ndarray:
    """n random points inside a polygon (rejection sampling), as an (n, 2) array."""
    from .context import containing_polygon

    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = territory.bounds
    chunks: List[np.ndarray] = []
    total = 0
    while total < n:
        cand = np.column_stack([rng.uniform(minx, maxx, 2 * n), rng.uniform(miny, maxy, 2 * n)])
        keep = cand[containing_polygon(cand, [territory]) >= 0]
        chunks.append(keep)
        total += len(keep)
    return np.vstack(chunks)[:n]
