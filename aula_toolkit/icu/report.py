"""The surchauffe report an elected official can read offline: method, parameters, map, legends,
population and ERP exposed, stake matrices, summary per territory. One language per report (``lang``)."""

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


def _bin_table(result: IcuResult, w: h.Words) -> str:
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
        rows.append([f"{_swatch(BIN_COLORS[b])} {h.esc(w.pair(gistar.BIN_LABELS[b]))}", w.count(int(sel.sum())),
                     w.num(float(area[sel].sum()), 2), w.num(float(t.mean()) if t.size else None, 1),
                     w.count(pop) if pop is not None else "–", w.count(lt4) if lt4 is not None else "–",
                     w.count(o65) if o65 is not None else "–"])
    return h.table([w("Classe", "Class"), w("Unités", "Units"), w("Surface (km²)", "Area (km²)"),
                    w("T moyenne (°C)", "Mean T (°C)"), "Population", w("Moins de 4 ans", "Under 4"),
                    w("65 ans et plus", "65 and over")], rows)


def _matrix_table(heat, sens, values, sens_labels, matrix, w: h.Words) -> str:
    counts = stakes.matrix_counts(heat, sens, values)
    head = [w("Aléa chaleur \\ sensibilité", "Heat hazard \\ sensitivity")] + [w.pair(sens_labels[s]) for s in (1, 2, 3)]
    rows = []
    for hl in (3, 2, 1):
        cells = []
        for s in (1, 2, 3):
            lvl = matrix[hl - 1][s - 1]
            cells.append(f"<span style='background:{STAKE_COLORS[lvl]};padding:0 .4em'>"
                         f"{h.esc(w.pair(stakes.STAKE_LABELS[lvl]))}</span> {w.count(float(counts[hl - 1, s - 1]))}")
        rows.append([h.esc(w.pair(stakes.HEAT_LEVEL_LABELS[hl]))] + cells)
    return h.table(head, rows)


def _int_or_dash(value, w: h.Words) -> str:
    try:
        return "–" if value is None or np.isnan(float(value)) else w.count(value)
    except (TypeError, ValueError):
        return h.esc(value)


def build_report(result: IcuResult, parameters: Dict[str, str], note: Optional[str] = None, lang: str = "fr") -> str:
    """The page in ``lang`` ('fr' or 'en'); ``parameters`` is {label: value}, already in that language."""
    w = h.Words(lang)
    s = result.settings
    wt = result.weights
    body = []
    if note:
        body.append(f"<div class='card' style='border-color:#c0392b'><b>{h.esc(note)}</b></div>")
    n = result.units.n
    bins = result.hotspots[F.GI_BIN.name].to_numpy()
    hot, cold = int((bins > 0).sum()), int((bins < 0).sum())
    area = w.num(float(result.units.area_km2.sum()), 1, "km²")
    body.append(f"<div class='card'><h2>{w('En bref', 'In short')}</h2><ul>"
                + w(f"<li>{w.count(n)} unités analysées ({area}).</li>"
                    f"<li>{w.count(hot)} unités en <b>point chaud</b> significatif, {w.count(cold)} en <b>point froid</b> "
                    "(îlots de fraîcheur).</li>",
                    f"<li>{w.count(n)} units analysed ({area}).</li>"
                    f"<li>{w.count(hot)} units in a significant <b>hot spot</b>, {w.count(cold)} in a <b>cold spot</b> "
                    "(cool islands).</li>"))
    if result.stakes_population is not None:
        sp = result.stakes_population
        pop_hot = w.count(float(sp[F.POP.name].to_numpy()[bins > 0].sum()))
        total = w.count(float(sp[F.POP.name].sum()))
        body.append(w(f"<li>{pop_hot} habitants vivent dans un point chaud (sur {total}).</li>",
                      f"<li>{pop_hot} inhabitants live in a hot spot (out of {total}).</li>"))
    if result.erp_detail is not None:
        d = result.erp_detail
        n_hot = w.count(int(((d["sensitivity"] > 0) & (d["gi_bin"] > 0)).sum()))
        body.append(w(f"<li>{n_hot} établissements sensibles sont situés dans un point chaud.</li>",
                      f"<li>{n_hot} sensitive establishments are in a hot spot.</li>"))
    body.append("</ul></div>")

    legend = " ".join(f"<span>{_swatch(BIN_COLORS[b])} {h.esc(w.pair(gistar.BIN_LABELS[b]))}</span>"
                      for b in range(3, -4, -1))
    if n <= MAP_MAX_UNITS:
        svg = _grid_map(result) if result.units.grid is not None else _polygon_map(result)
        body.append(f"<h2>{w('Carte des points chauds et froids', 'Map of hot and cold spots')}</h2>{svg}"
                    f"<div class='legend note'>{legend}</div>")
    else:
        body.append(f"<h2>{w('Légende des points chauds et froids', 'Legend of hot and cold spots')}</h2>"
                    f"<div class='legend'>{legend}</div>")

    body.append(f"<h2>{w('Résultats par classe', 'Results by class')}</h2>" + _bin_table(result, w))

    heat = stakes.heat_level(bins, s.heat_bins)
    if result.stakes_population is not None:
        sp = result.stakes_population
        t1, t2 = w.count(s.density_thresholds[0]), w.count(s.density_thresholds[1])
        body.append(f"<h2>{w('Enjeux : surchauffe × densité de population', 'Stakes: overheating × population density')}</h2>"
                    + w(f"<p>Population par case de la matrice (aléa chaleur × densité). Seuils de densité : "
                        f"{t1} et {t2} hab./km².</p>",
                        f"<p>Population per cell of the matrix (heat hazard × density). Density thresholds: "
                        f"{t1} and {t2} inhabitants/km².</p>")
                    + _matrix_table(heat, sp[F.SENS_LEVEL.name].to_numpy(), sp[F.POP.name].to_numpy(),
                                    stakes.DENSITY_LEVEL_LABELS, s.matrix, w))
    if result.stakes_erp is not None:
        se = result.stakes_erp
        e1, e2 = w.count(s.erp_thresholds[0]), w.count(s.erp_thresholds[1])
        body.append(f"<h2>{w('Enjeux : surchauffe × établissements sensibles', 'Stakes: overheating × sensitive establishments')}</h2>"
                    + w(f"<p>Nombre d'unités par case de la matrice (aléa chaleur × présence d'établissements sensibles). "
                        f"Seuils : {e1} et {e2} établissements, ou un établissement très sensible.</p>",
                        f"<p>Number of units per cell of the matrix (heat hazard × sensitive establishments). "
                        f"Thresholds: {e1} and {e2} establishments, or one highly sensitive establishment.</p>")
                    + _matrix_table(heat, se[F.SENS_LEVEL.name].to_numpy(), None, stakes.ERP_LEVEL_LABELS, s.matrix, w))
        d = result.erp_detail
        hot_erp = d[(d["sensitivity"] > 0) & (d["gi_bin"] > 0)].sort_values(["gi_bin", "t_mean"], ascending=False)
        if len(hot_erp):
            rows = [[h.esc(r["name"]), h.esc(_kind_words(r["kind"], w)), h.esc(w.pair(gistar.BIN_LABELS[int(r["gi_bin"])])),
                     w.num(r["t_mean"], 1, "°C")] for _, r in hot_erp.iterrows()]
            body.append(f"<h3>{w('Établissements sensibles en point chaud', 'Sensitive establishments in a hot spot')}</h3>"
                        + h.table([w("Établissement", "Establishment"), "Type", w("Classe", "Class"),
                                   w("T de surface de l'unité", "Surface T of the unit")], rows, (0, 1, 2)))
    if result.summary is not None:
        sm = result.summary.sort_values(F.HOT_PCT.name, ascending=False)
        rows = [[h.esc(r[F.TERR_NAME.name] or r[F.TERR_ID.name]), w.num(r[F.AREA_KM2.name], 1),
                 w.num(r[F.T_AREA.name], 1), w.num(r[F.HOT_KM2.name], 2), w.num(r[F.HOT_PCT.name], 1),
                 w.num(r[F.COLD_KM2.name], 2), _int_or_dash(r[F.POP.name], w), _int_or_dash(r[F.POP_HOT.name], w),
                 _int_or_dash(r[F.LT4_HOT.name], w), _int_or_dash(r[F.P65_HOT.name], w),
                 _int_or_dash(r[F.ERP_N.name], w), _int_or_dash(r[F.ERP_HOT.name], w)]
                for _, r in sm.iterrows()]
        body.append(f"<h2>{w('Synthèse par territoire', 'Summary by territory')}</h2>" + h.table(
            [w("Territoire", "Territory"), w("Surface analysée (km²)", "Area analysed (km²)"), w("T moy. (°C)", "Mean T (°C)"),
             w("Point chaud (km²)", "Hot spot (km²)"), w("Point chaud (%)", "Hot spot (%)"),
             w("Point froid (km²)", "Cold spot (km²)"), "Population", w("Pop. en point chaud", "Pop. in hot spots"),
             w("< 4 ans en point chaud", "Under 4 in hot spots"), w("65 ans et + en point chaud", "65+ in hot spots"),
             w("Établissements sensibles", "Sensitive establishments"),
             w("Établissements en point chaud", "Establishments in hot spots")], rows))

    body.append(_method(result, w))
    rows = [[h.esc(k), h.esc(v)] for k, v in parameters.items()]
    body.append(f"<h2>{w('Paramètres', 'Parameters')}</h2>" + h.table([w("Paramètre", "Parameter"), w("Valeur", "Value")],
                                                                     rows, (0, 1)))
    legend_stakes = " ".join(f"<span>{_swatch(STAKE_COLORS[k])} {h.esc(w.pair(v))}</span>"
                             for k, v in stakes.STAKE_LABELS.items() if any(k in r for r in s.matrix))
    body.append(f"<p class='legend'>{w('Niveaux d’enjeu : ', 'Stake levels: ')}{legend_stakes}</p>")
    if result.messages:
        body.append(f"<h2>{w('Journal', 'Log')}</h2><ul>"
                    + "".join(f"<li class='note'>{h.esc(m.fr if w.fr else m.en)}</li>" for m in result.messages) + "</ul>")
    return h.page(w("Surchauffe urbaine : points chauds et îlots de fraîcheur", "Urban overheating: hot spots and cool islands"),
                  "".join(body), lang=w.lang, subtitle=f"AULA Toolkit – aula:icu_hotspots – {w.date(date.today())}")


KIND_WORDS_EN = {"collège": "secondary school (collège)", "lycée": "high school (lycée)", "école": "school",
                 "école élémentaire": "primary school", "école primaire": "primary school",
                 "école maternelle": "nursery school", "crèche": "crèche", "hôpital": "hospital", "clinique": "clinic",
                 "centre hospitalier": "hospital", "maison de retraite": "retirement home", "EHPAD": "care home (EHPAD)",
                 "centre de santé": "health centre", "maison de santé": "health centre",
                 "établissement sensible": "sensitive establishment"}


def _kind_words(kind, w: h.Words) -> str:
    text = "" if kind is None else str(kind)
    if w.fr:
        return text[:1].upper() + text[1:]
    english = KIND_WORDS_EN.get(text, text)
    return english[:1].upper() + english[1:]


def _method(result: IcuResult, w: h.Words) -> str:
    s, wt = result.settings, result.weights
    if wt.method == KNN:
        wtxt = w(f"les {wt.k} plus proches voisins de chaque unité, plus l'unité elle-même",
                 f"the {wt.k} nearest neighbours of each unit, plus the unit itself")
    else:
        band = w.num(wt.threshold, 0, "m")
        wtxt = (w(f"une bande de distance de {band}", f"a distance band of {band}")
                + (w(" (la plus petite distance donnant au moins un voisin à chaque unité)",
                     " (the smallest distance giving every unit at least one neighbour)") if wt.threshold_is_default else "")
                + w(", l'unité comprise", ", the unit included"))
    if result.permutations_used:
        perm = w(f"Les p-values de classement viennent de {w.count(result.permutations_used)} permutations "
                 f"conditionnelles (graine {s.seed}).",
                 f"The p-values used for the classes come from {w.count(result.permutations_used)} conditional "
                 f"permutations (seed {s.seed}).")
    else:
        perm = w("Les p-values sont analytiques (loi normale, bilatérales).", "P-values are analytical (normal, two-sided).")
    fdr = (w("La correction du taux de fausses découvertes (FDR) a été appliquée aux classes.",
             "The false discovery rate (FDR) correction was applied to the classes.") if s.fdr else
           w("Sans correction pour tests multiples (FDR) : avec beaucoup d'unités, quelques classes à 90 % peuvent être "
             "dues au hasard.", "Without multiple-testing (FDR) correction: with many units, a few 90 % classes may be "
             "due to chance."))
    reading = h.esc(result.reading.description.fr if w.fr else result.reading.description.en)
    text = w(
        "<h2>Méthode</h2>"
        f"<p><b>Température</b> : {reading}. La température d'une unité est la moyenne des pixels (ou mesures) qu'elle "
        "contient.</p>"
        "<p><b>Points chauds</b> : la statistique Getis-Ord Gi* compare la somme des températures du voisinage de "
        "chaque unité à ce qu'elle serait si les températures étaient réparties au hasard ; un score élevé et "
        f"significatif signale un point chaud. Voisinage : {h.esc(wtxt)}.</p>"
        f"<p>{h.esc(perm)} {h.esc(fdr)}</p>"
        "<p><b>Classes</b> : ±3 = confiance 99 %, ±2 = 95 %, ±1 = 90 % ; le signe donne point chaud (+) ou point froid "
        "(−). Un point chaud est un secteur <i>significativement plus chaud que l'ensemble du territoire analysé</i>, "
        "pas une mesure absolue de la chaleur.</p>"
        "<p><b>Enjeux</b> : matrices 3 × 3 d'aléa (1 : pas de point chaud, 2 : point chaud 90–95 %, 3 : point chaud "
        "99 %) croisé avec la sensibilité (densité ou établissements sensibles). Il n'existe pas de norme nationale : "
        "seuils et niveaux sont des paramètres, rappelés ci-dessous. Le détail statistique est dans l'aide de "
        "l'algorithme.</p>",
        "<h2>Method</h2>"
        f"<p><b>Temperature</b>: {reading}. A unit's temperature is the mean of the pixels (or measurements) it "
        "contains.</p>"
        "<p><b>Hot spots</b>: the Getis-Ord Gi* statistic compares the sum of the temperatures around each unit with "
        "what it would be if temperatures were spread at random; a high, significant score marks a hot spot. "
        f"Neighbourhood: {h.esc(wtxt)}.</p>"
        f"<p>{h.esc(perm)} {h.esc(fdr)}</p>"
        "<p><b>Classes</b>: ±3 = 99 % confidence, ±2 = 95 %, ±1 = 90 %; the sign gives hot spot (+) or cold spot (−). "
        "A hot spot is an area <i>significantly warmer than the whole territory analysed</i>, not an absolute "
        "measure of heat.</p>"
        "<p><b>Stakes</b>: 3 × 3 matrices of hazard (1: no hot spot, 2: 90–95 % hot spot, 3: 99 % hot spot) crossed "
        "with sensitivity (density or sensitive establishments). There is no national standard: thresholds and levels "
        "are parameters, listed below. The statistical details are in the algorithm's help.</p>")
    if result.population_method is not None:
        pm = result.population_method
        text += f"<p><b>Population</b>{' : ' if w.fr else ': '}{h.esc(pm.fr if w.fr else pm.en)}.</p>"
    return text
