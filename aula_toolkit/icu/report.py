"""The surchauffe report an elected official can read offline: method, parameters, map, legends,
population and ERP exposed, stake matrices, summary per territory."""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np

from .. import htmlreport as h
from . import fields as F
from . import gistar, stakes
from .pipeline import IcuResult
from .weights import KNN

BIN_COLORS = {-3: "#2166ac", -2: "#67a9cf", -1: "#d1e5f0", 0: "#f2f2f2", 1: "#fddbc7", 2: "#ef8a62", 3: "#b2182b"}
STAKE_COLORS = {1: "#fef0d9", 2: "#fdcc8a", 3: "#fc8d59", 4: "#d7301f", 5: "#7f0000"}
MAP_MAX_UNITS = 60_000


def _swatch(color: str) -> str:
    return f"<i style='display:inline-block;width:1.1em;height:1.1em;background:{color};border:1px solid #999;vertical-align:middle'></i>"


def _grid_map(result: IcuResult, width: int = 760) -> str:
    """SVG map of the grid units coloured by Gi* bin (runs of equal bins merged row by row)."""
    g = result.units.grid
    bins = result.hotspots[F.GI_BIN.name].to_numpy()
    rows, cols = g.rows, g.cols
    r0, r1, c0, c1 = rows.min(), rows.max(), cols.min(), cols.max()
    nr, nc = r1 - r0 + 1, c1 - c0 + 1
    scale = width / nc
    height = nr * scale
    img = np.full((nr, nc), 99, dtype=np.int64)
    img[r1 - rows, cols - c0] = bins  # north up
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height:.0f}' "
             f"viewBox='0 0 {nc} {nr}' shape-rendering='crispEdges' style='background:#fff;border:1px solid #ccd'>"]
    for r in range(nr):
        line = img[r]
        start = 0
        for c in range(1, nc + 1):
            if c == nc or line[c] != line[start]:
                v = int(line[start])
                if v != 99:
                    parts.append(f"<rect x='{start}' y='{r}' width='{c - start}' height='1' fill='{BIN_COLORS[v]}'/>")
                start = c
    parts.append("</svg>")
    return "".join(parts)


def _polygon_map(result: IcuResult, width: int = 760) -> str:
    polys = result.units.polygons
    bins = result.hotspots[F.GI_BIN.name].to_numpy()
    b = np.array([p.bounds for p in polys])
    xmin, ymin, xmax, ymax = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
    s = width / max(xmax - xmin, 1e-9)
    height = (ymax - ymin) * s
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height:.0f}' style='border:1px solid #ccd'>"]
    for p, v in zip(polys, bins):
        geoms = getattr(p, "geoms", [p])
        d = []
        for g in geoms:
            for ring in [g.exterior] + list(g.interiors):
                pts = " ".join(f"{(x - xmin) * s:.1f},{(ymax - y) * s:.1f}" for x, y in ring.coords)
                d.append(f"M{pts}Z")
        parts.append(f"<path d='{' '.join(d)}' fill='{BIN_COLORS[int(v)]}' stroke='#999' stroke-width='0.3' fill-rule='evenodd'/>")
    parts.append("</svg>")
    return "".join(parts)


def _bin_table(result: IcuResult) -> str:
    hs = result.hotspots
    bins = hs[F.GI_BIN.name].to_numpy()
    area = result.units.area_km2
    sp = result.stakes_population
    rows = []
    for b in range(3, -4, -1):
        sel = bins == b
        pop = sp[F.POP.name].to_numpy()[sel].sum() if sp is not None else None
        lt4 = np.nansum(sp[F.POP_LT4.name].to_numpy()[sel]) if sp is not None else None
        o65 = np.nansum(sp[F.POP_65P.name].to_numpy()[sel]) if sp is not None else None
        t = hs[F.T_MEAN.name].to_numpy()[sel]
        rows.append([f"{_swatch(BIN_COLORS[b])} {h.esc(gistar.BIN_LABELS[b][0])}", h.fmt(int(sel.sum())),
                     h.fmt(float(area[sel].sum()), 2), h.fmt(float(t.mean()) if t.size else None, 1),
                     h.fmt(pop, 0) if pop is not None else "–", h.fmt(lt4, 0) if lt4 is not None else "–",
                     h.fmt(o65, 0) if o65 is not None else "–"])
    return h.table(["Classe", "Unités", "Surface (km²)", "T moyenne (°C)", "Population", "Moins de 4 ans",
                    "65 ans et plus"], rows)


def _matrix_table(heat, sens, values, sens_labels, matrix, digits=0) -> str:
    counts = stakes.matrix_counts(heat, sens, values)
    head = ["Aléa chaleur \\ sensibilité"] + [sens_labels[s][0] for s in (1, 2, 3)]
    rows = []
    for hl in (3, 2, 1):
        cells = []
        for s in (1, 2, 3):
            lvl = matrix[hl - 1][s - 1]
            cells.append(f"<span style='background:{STAKE_COLORS[lvl]};padding:0 .4em'>"
                         f"{h.esc(stakes.STAKE_LABELS[lvl][0])}</span> {h.fmt(float(counts[hl - 1, s - 1]), digits)}")
        rows.append([h.esc(stakes.HEAT_LEVEL_LABELS[hl][0])] + cells)
    return h.table(head, rows)


def build_report(result: IcuResult, parameters: Dict[str, str], note: Optional[str] = None) -> str:
    s = result.settings
    w = result.weights
    body = []
    if note:
        body.append(f"<div class='card' style='border-color:#c0392b'><b>{h.esc(note)}</b></div>")
    n = result.units.n
    bins = result.hotspots[F.GI_BIN.name].to_numpy()
    hot, cold = int((bins > 0).sum()), int((bins < 0).sum())
    body.append("<div class='card'><h2>En bref</h2><ul>"
                f"<li>{h.fmt(n)} unités analysées ({h.fmt(float(result.units.area_km2.sum()), 1, 'km²')}).</li>"
                f"<li>{h.fmt(hot)} unités en <b>point chaud</b> significatif, {h.fmt(cold)} en <b>point froid</b> "
                f"(îlots de fraîcheur).</li>")
    if result.stakes_population is not None:
        sp = result.stakes_population
        pop_hot = float(sp[F.POP.name].to_numpy()[bins > 0].sum())
        body.append(f"<li>{h.fmt(pop_hot, 0)} habitants vivent dans un point chaud "
                    f"(sur {h.fmt(float(sp[F.POP.name].sum()), 0)}).</li>")
    if result.erp_detail is not None:
        d = result.erp_detail
        n_hot = int(((d["sensitivity"] > 0) & (d["gi_bin"] > 0)).sum())
        body.append(f"<li>{h.fmt(n_hot)} établissements sensibles sont situés dans un point chaud.</li>")
    body.append("</ul></div>")

    # map and legend
    legend = " ".join(f"<span>{_swatch(BIN_COLORS[b])} {h.esc(gistar.BIN_LABELS[b][0])}</span>" for b in range(3, -4, -1))
    if n <= MAP_MAX_UNITS:
        svg = _grid_map(result) if result.units.grid is not None else _polygon_map(result)
        body.append(f"<h2>Carte des points chauds et froids</h2>{svg}<div class='legend note'>{legend}</div>")
    else:
        body.append(f"<h2>Légende des points chauds et froids</h2><div class='legend'>{legend}</div>")

    body.append("<h2>Résultats par classe</h2>" + _bin_table(result))

    heat = stakes.heat_level(bins, s.heat_bins)
    if result.stakes_population is not None:
        sp = result.stakes_population
        body.append("<h2>Enjeux : surchauffe × densité de population</h2>"
                    "<p>Population par case de la matrice (aléa chaleur × densité). Seuils de densité : "
                    f"{h.fmt(s.density_thresholds[0], 0)} et {h.fmt(s.density_thresholds[1], 0)} hab./km².</p>"
                    + _matrix_table(heat, sp[F.SENS_LEVEL.name].to_numpy(), sp[F.POP.name].to_numpy(),
                                    stakes.DENSITY_LEVEL_LABELS, s.matrix))
    if result.stakes_erp is not None:
        se = result.stakes_erp
        body.append("<h2>Enjeux : surchauffe × établissements sensibles</h2>"
                    "<p>Nombre d'unités par case de la matrice (aléa chaleur × présence d'ERP sensibles). Seuils : "
                    f"{s.erp_thresholds[0]} et {s.erp_thresholds[1]} établissements, ou un établissement très sensible.</p>"
                    + _matrix_table(heat, se[F.SENS_LEVEL.name].to_numpy(), None, stakes.ERP_LEVEL_LABELS, s.matrix))
        d = result.erp_detail
        hot_erp = d[(d["sensitivity"] > 0) & (d["gi_bin"] > 0)].sort_values(["gi_bin", "t_mean"], ascending=False)
        if len(hot_erp):
            rows = [[h.esc(r["name"]), h.esc(r["kind"]), h.esc(gistar.BIN_LABELS[int(r["gi_bin"])][0]),
                     h.fmt(r["t_mean"], 1, "°C")] for _, r in hot_erp.iterrows()]
            body.append("<h3>Établissements sensibles en point chaud</h3>"
                        + h.table(["Établissement", "Type", "Classe", "T de surface de l'unité"], rows, (0, 1, 2)))
    if result.summary is not None:
        sm = result.summary.sort_values(F.HOT_PCT.name, ascending=False)
        rows = [[h.esc(r[F.TERR_NAME.name] or r[F.TERR_ID.name]), h.fmt(r[F.AREA_KM2.name], 1),
                 h.fmt(r[F.T_AREA.name], 1), h.fmt(r[F.HOT_KM2.name], 2), h.fmt(r[F.HOT_PCT.name], 1),
                 h.fmt(r[F.COLD_KM2.name], 2), h.fmt(r[F.POP.name], 0), h.fmt(r[F.POP_HOT.name], 0),
                 h.fmt(r[F.LT4_HOT.name], 0), h.fmt(r[F.P65_HOT.name], 0),
                 "–" if r[F.ERP_N.name] is None or r[F.ERP_N.name] is np.nan else h.esc(r[F.ERP_N.name]),
                 "–" if r[F.ERP_HOT.name] is None or r[F.ERP_HOT.name] is np.nan else h.esc(r[F.ERP_HOT.name])]
                for _, r in sm.iterrows()]
        body.append("<h2>Synthèse par territoire</h2>" + h.table(
            ["Territoire", "Surface analysée (km²)", "T moy. (°C)", "Point chaud (km²)", "Point chaud (%)",
             "Point froid (km²)", "Population", "Pop. en point chaud", "< 4 ans en point chaud",
             "65 ans et + en point chaud", "ERP sensibles", "ERP en point chaud"], rows))

    # method
    if w.method == KNN:
        wtxt = f"les {w.k} plus proches voisins de chaque unité, plus l'unité elle-même"
    else:
        wtxt = (f"une bande de distance de {h.fmt(w.threshold, 0)} m"
                + (" (la plus petite distance donnant au moins un voisin à chaque unité)" if w.threshold_is_default else "")
                + ", l'unité comprise")
    perm = (f"Les p-values de classement viennent de {result.permutations_used} permutations conditionnelles "
            f"(graine {s.seed}) ; la plus petite p atteignable est 1/(R+1)." if result.permutations_used else
            "Les p-values sont analytiques (loi normale, bilatérales).")
    fdr = ("La correction du taux de fausses découvertes (FDR, Benjamini–Hochberg à chaque niveau) a été appliquée : "
           "elle ne change que les classes, pas les scores z ni les p-values." if s.fdr else
           "Sans correction pour tests multiples (FDR) : avec beaucoup d'unités, quelques classes à 90 % peuvent être "
           "dues au hasard.")
    body.append(
        "<h2>Méthode</h2>"
        f"<p><b>Température</b> : {h.esc(result.reading.description.fr)}. La température d'une unité est la moyenne des "
        "pixels (ou mesures) qu'elle contient ; leur nombre et leur écart-type sont donnés.</p>"
        "<p><b>Statistique</b> : Getis-Ord Gi* (l'unité compte pour elle-même), forme fermée d'ArcGIS « Hot Spot "
        "Analysis » : le score z compare la somme des températures du voisinage à ce qu'elle serait si les "
        "températures étaient réparties au hasard. Identique à PySAL esda <code>G_Local(transform='B', star=True)</code> ; "
        f"insensible au passage des °C aux kelvins. Voisinage : {h.esc(wtxt)} ; poids "
        f"{'binaires' if w.standardisation == 'binary' else 'standardisés par ligne (sans effet sur Gi*)'}.</p>"
        f"<p>{h.esc(perm)} {h.esc(fdr)}</p>"
        "<p><b>Classes</b> : ±3 = confiance 99 % (p ≤ 0,01), ±2 = 95 % (p ≤ 0,05), ±1 = 90 % (p ≤ 0,10) ; le signe "
        "donne point chaud (+) ou point froid (−). Un point chaud est un secteur <i>significativement plus chaud que "
        "l'ensemble du territoire analysé</i>, pas une mesure absolue de la chaleur.</p>"
        "<p><b>Enjeux</b> : matrices 3 × 3 d'aléa (niveau 1 : pas de point chaud, 2 : point chaud 90–95 %, 3 : point "
        "chaud 99 %) croisé avec la sensibilité (densité ou établissements sensibles). Il n'existe pas de norme "
        "nationale : seuils et niveaux sont des paramètres, rappelés ci-dessous.</p>")
    if result.population_method is not None:
        body.append(f"<p><b>Population</b> : {h.esc(result.population_method.fr)}.</p>")
    rows = [[h.esc(k), h.esc(v)] for k, v in parameters.items()]
    body.append("<h2>Paramètres</h2>" + h.table(["Paramètre", "Valeur"], rows, (0, 1)))
    legend_stakes = " ".join(f"<span>{_swatch(STAKE_COLORS[k])} {h.esc(v[0])}</span>"
                             for k, v in stakes.STAKE_LABELS.items() if any(k in r for r in s.matrix))
    body.append(f"<p class='legend'>Niveaux d'enjeu : {legend_stakes}</p>")
    if result.messages:
        body.append("<h2>Journal</h2><ul>" + "".join(f"<li class='note'>{h.esc(m.fr)}</li>" for m in result.messages)
                    + "</ul>")
    return h.page("Surchauffe urbaine : points chauds et îlots de fraîcheur", "".join(body),
                  subtitle=f"AULA Toolkit – aula:icu_hotspots – {date.today().isoformat()}")
