"""The TVB report a chargé d'études can send as is: method, parameters, global indices, map of the graph,
most important réservoirs and links, points noirs. One offline HTML page (inline SVG), in French or English."""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np

from .. import htmlreport as h
from . import fields as F
from .pipeline import PERCENT, TvbResult

DPC_COLORS = ("#fff7bc", "#fec44f", "#ec7014", "#993404")
STAGES = {"friction": ("résistance", "resistance"), "patches": ("réservoirs", "réservoirs"),
          "cost": ("coûts", "costs"), "links": ("liens", "links"), "metrics": ("indices", "metrics"),
          "paths": ("chemins", "paths"), "corridors": ("corridors", "corridors")}


def _graph_map(result: TvbResult, centroids: np.ndarray, words: h.Words, width: int = 760) -> str:
    rows, cols = result.labels.shape
    scale = width / cols
    height = rows * scale
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height:.0f}' "
             f"viewBox='0 0 {cols} {rows}' style='background:#fbfbf7;border:1px solid #ccd'>"]
    links = result.links
    dpc = links[F.DPC.name].to_numpy(dtype=float)
    top = np.nanmax(dpc) if dpc.size and np.nanmax(dpc) > 0 else 1.0
    stroke = max(cols / width, 1e-3)
    for k, (pr, pc) in enumerate(result.cell_paths):
        step = max(1, pr.size // 200)
        pts = " ".join(f"{c + 0.5:.1f},{r + 0.5:.1f}" for r, c in zip(pr[::step].tolist() + [pr[-1]],
                                                                   pc[::step].tolist() + [pc[-1]]))
        w = stroke * (1 + 3 * dpc[k] / top)
        color = "#2b8cbe" if links[F.FUNCTIONAL.name].iat[k] else "#bdbdbd"
        parts.append(f"<polyline points='{pts}' fill='none' stroke='{color}' stroke-width='{w:.3f}'/>")
    pd_ = result.patches[F.DPC.name].to_numpy(dtype=float)
    ptop = np.nanmax(pd_) if pd_.size and np.nanmax(pd_) > 0 else 1.0
    area = result.patches[F.AREA_HA.name].to_numpy(dtype=float)
    amax = area.max() if area.size else 1.0
    for (r, c), d, a in zip(centroids.tolist(), pd_.tolist(), area.tolist()):
        cls = min(3, int(4 * d / ptop)) if ptop > 0 else 0
        radius = stroke * (3 + 9 * np.sqrt(a / amax))
        parts.append(f"<circle cx='{c + 0.5:.1f}' cy='{r + 0.5:.1f}' r='{radius:.2f}' fill='{DPC_COLORS[cls]}' "
                     f"stroke='#555' stroke-width='{stroke * 0.6:.3f}'/>")
    conf = result.conflicts
    if len(conf):
        for r, c, rank in zip(conf["row"].tolist(), conf["col"].tolist(), conf[F.RANK.name].tolist()):
            s = stroke * (5 if rank <= 10 else 3)
            parts.append(f"<path d='M{c - s:.1f},{r - s:.1f}L{c + s:.1f},{r + s:.1f}M{c - s:.1f},{r + s:.1f}"
                         f"L{c + s:.1f},{r - s:.1f}' stroke='#d7301f' stroke-width='{stroke * 1.2:.3f}'/>")
    parts.append("</svg>")
    legend = ("<div class='legend note'><span><i style='background:#2b8cbe'></i>"
              + words("lien fonctionnel (coût ≤ distance de dispersion)", "functional link (cost ≤ dispersal distance)")
              + "</span><span><i style='background:#bdbdbd'></i>" + words("lien non fonctionnel", "non-functional link")
              + "</span><span><i style='background:#993404;height:.8em;width:.8em;border-radius:50%'></i>"
              + words("réservoir (couleur : dPC, taille : surface)", "réservoir (colour: dPC, size: area)")
              + "</span><span style='color:#d7301f'>✕ " + words("point de conflit", "conflict point") + "</span></div>")
    return "".join(parts) + legend


def build_report(result: TvbResult, described: Dict[str, str], centroids: np.ndarray,
                 note: Optional[str] = None, lang: str = "fr") -> str:
    """The whole report in one language ('fr' or 'en'), numbers in that language's format."""
    w = h.Words(lang)
    num = w.num
    s = result.settings
    ind = result.indices
    pct = s.units == PERCENT
    unit = "%" if pct else ""
    digits = 2 if pct else 4
    body = []
    if note:
        body.append(f"<div class='card' style='border-color:#d7301f'><b>{h.esc(note)}</b></div>")
    sub = f"<b>{h.esc(s.subtrame or '–')}</b>"
    share = num(100 * ind[F.EC_HA.name] / max(ind[F.HABITAT_HA.name], 1e-12), 1, '%')
    conflicts = f"<b>{w.count(len(result.conflicts))}</b>"
    if w.fr:
        brief = (f"Sous-trame {sub} : <b>{w.count(ind[F.N_PATCHES.name])}</b> réservoirs "
                 f"({num(ind[F.HABITAT_HA.name], 1, 'ha')}), <b>{w.count(ind[F.N_LINKS.name])}</b> liens, "
                 f"<b>{w.count(ind[F.N_COMP.name])}</b> composante(s) connexe(s) à {num(s.distance, 0, 'm')}. "
                 f"Connectivité équivalente EC(PC) = <b>{num(ind[F.EC_HA.name], 1, 'ha')}</b>, soit {share} de la "
                 f"surface d'habitat (100 % = tout l'habitat d'un seul tenant). {conflicts} point(s) de conflit avec "
                 "les obstacles.")
    else:
        brief = (f"Sub-network {sub}: <b>{w.count(ind[F.N_PATCHES.name])}</b> réservoirs "
                 f"({num(ind[F.HABITAT_HA.name], 1, 'ha')}), <b>{w.count(ind[F.N_LINKS.name])}</b> links, "
                 f"<b>{w.count(ind[F.N_COMP.name])}</b> connected component(s) at {num(s.distance, 0, 'm')}. "
                 f"Equivalent connectivity EC(PC) = <b>{num(ind[F.EC_HA.name], 1, 'ha')}</b>, that is {share} of "
                 f"the habitat area (100% = all the habitat in one piece). {conflicts} conflict point(s) with the "
                 "barriers.")
    body.append(f"<div class='card'><h2>{w('En bref', 'In short')}</h2><p>{brief}</p></div>")
    rows = [
        ("PC", num(ind[F.PC.name] * 1e6, 4) + " × 10⁻⁶",
         w("probabilité que deux points tirés au hasard dans le paysage soient dans de l'habitat relié",
           "probability that two points drawn at random in the landscape fall in connected habitat")),
        ("EC(PC)", num(ind[F.EC_HA.name], 1, "ha"),
         w("surface d'une tache unique offrant la même connectivité", "area of one patch giving the same connectivity")),
        ("IIC", num(ind[F.IIC.name] * 1e6, 4) + " × 10⁻⁶",
         w("indice binaire (liens ≤ distance de dispersion)", "binary index (links ≤ dispersal distance)")),
        ("EC(IIC)", num(ind[F.EC_IIC_HA.name], 1, "ha"), ""),
        (w("PC intra / direct / pas japonais", "PC intra / direct / stepping stones"),
         " / ".join(num(ind[k], digits, unit) for k in (F.PC_INTRA.name, F.PC_DIRECT.name, F.PC_STEP.name)),
         w("part de PC due à la surface des taches, aux liens directs, aux chemins par relais",
           "share of PC due to the patches' area, to direct links, to paths through other patches")),
        (w("Surface du paysage A", "Landscape area A"), num(ind[F.LAND_HA.name], 1, "ha"),
         w("dénominateur de PC (A²)", "denominator of PC (A²)")),
        ("α", f"{num(ind[F.ALPHA.name], 6)} /m",
         f"p = {num(s.probability, 2)} {w('à', 'at')} {num(s.distance, 0, 'm')}"),
    ]
    body.append(f"<h2>{w('Indices globaux', 'Global indices')}</h2>" + h.table(
        [w("Indice", "Index"), w("Valeur", "Value"), w("Lecture", "Meaning")],
        [(h.esc(a), b, h.esc(c)) for a, b, c in rows], (0, 2)))
    body.append(f"<h2>{w('Carte du graphe', 'Map of the graph')}</h2>" + _graph_map(result, centroids, w))
    p = result.patches.sort_values(F.DPC.name, ascending=False).head(15)
    body.append(f"<h2>{w('Réservoirs les plus importants (dPC)', 'Most important réservoirs (dPC)')}</h2>" + h.table(
        [w("Réservoir", "Réservoir"), w("Surface (ha)", "Area (ha)"), "dPC", w("dont intra", "of which intra"),
         w("dont flux", "of which flux"), w("dont connecteur", "of which connector"), w("Composante", "Component")],
        [(w.count(r[F.ID_RESV.name]), num(r[F.AREA_HA.name], 2), num(r[F.DPC.name], digits, unit),
          num(r[F.DPC_INTRA.name], digits, unit), num(r[F.DPC_FLUX.name], digits, unit),
          num(r[F.DPC_CONN.name], digits, unit), w.count(r[F.COMPONENT.name]))
         for _, r in p.iterrows()]))
    links = result.links.sort_values(F.DPC.name, ascending=False).head(15)
    body.append(f"<h2>{w('Liens les plus importants', 'Most important links')}</h2>" + h.table(
        [w("Lien", "Link"), w("Réservoirs", "Réservoirs"), w("Coût (éq. m)", "Cost (m eq.)"),
         w("Longueur (m)", "Length (m)"), w("Probabilité", "Probability"), w("dPC du lien", "dPC of the link"),
         w("Conflits", "Conflicts")],
        [(w.count(r[F.ID_CORR.name]), f"{int(r[F.ID_RESV1.name])} – {int(r[F.ID_RESV2.name])}",
          num(r[F.COST.name], 0), num(r[F.LENGTH_M.name], 0), num(r[F.PROBA.name], 4),
          num(r[F.DPC.name], digits, unit), w.count(r[F.N_CONFLICT.name])) for _, r in links.iterrows()]))
    if len(result.conflicts):
        c = result.conflicts.head(20)
        body.append(
            f"<h2>{w('Points noirs prioritaires', 'Priority conflict points (points noirs)')}</h2><p class='note'>"
            + w("Croisements des chemins de moindre coût avec les obstacles, classés par l'importance (dPC) du lien "
                "qu'ils coupent.", "Crossings of the least-cost paths with the barriers, ranked by the importance "
                "(dPC) of the link they cut.") + "</p>" + h.table(
                [w("Rang", "Rank"), w("Lien", "Link"), w("Réservoirs", "Réservoirs"), w("Obstacle", "Barrier"),
                 w("Transparence", "Transparency"), w("dPC du lien", "dPC of the link"), "X", "Y"],
                [(w.count(r[F.RANK.name]), w.count(r[F.ID_CORR.name]),
                  f"{int(r[F.ID_RESV1.name])} – {int(r[F.ID_RESV2.name])}", h.esc(r[F.ID_OBST.name]),
                  num(r[F.TRANSPAR.name], 2), num(r[F.DPC.name], digits, unit), num(r["x"], 0),
                  num(r["y"], 0)) for _, r in c.iterrows()], (0, 3)))
    method = w(
        "Surface de résistance : coefficient de friction de chaque classe d'occupation du sol "
        "(table au format BioDispersal). Réservoirs : taches d'habitat en 4-connexité au-dessus de la surface "
        "minimale (ou couche de réservoirs). Coûts cumulés : déplacement vers les 8 voisins, coût d'un pas = moyenne "
        "des frictions des deux cellules × longueur du pas (diagonale × 1,4142136, comme Graphab), exprimé en "
        "équivalent mètres. Liens planaires : réservoirs dont les zones d'influence en coût se touchent "
        "(Voronoï de coût), chemin de moindre coût dans ces deux zones ; liens complets : une recherche par réservoir. "
        "Probabilité de dispersion p = exp(−α·coût), α = −ln(p)/d. PC, EC, IIC et dPC (intra, flux, connecteur) "
        "suivent Saura &amp; Rubio (2010), Conefor 2.7 et le code de Graphab 2. Corridors : cellules où le coût du "
        "meilleur chemin passant par elles dépasse le coût du lien d'au plus la tolérance.",
        "Resistance surface: a friction coefficient for each land-cover class (table in BioDispersal's layout). "
        "Réservoirs: 4-connected habitat patches above the minimum area (or a layer of réservoirs). Accumulated "
        "costs: moves to the 8 neighbours, the cost of a step = mean of the two cells' frictions × step length "
        "(diagonal × 1.4142136, as Graphab), in metre-equivalents. Planar links: réservoirs whose cost zones touch "
        "(cost Voronoi), least-cost path within those two zones; complete links: one search per réservoir. "
        "Dispersal probability p = exp(−α·cost), α = −ln(p)/d. PC, EC, IIC and dPC (intra, flux, connector) "
        "follow Saura &amp; Rubio (2010), Conefor 2.7 and the code of Graphab 2. Corridors: cells where the best "
        "path through them costs at most the tolerance more than the link.")
    body.append(f"<h2>{w('Méthode', 'Method')}</h2><p>{method}</p>")
    body.append(f"<h2>{w('Paramètres', 'Parameters')}</h2>" + h.table(
        [w("Paramètre", "Parameter"), w("Valeur", "Value")],
        [(h.esc(k), h.esc(v)) for k, v in described.items()], (0, 1)))
    timing = ", ".join(f"{w.pair(STAGES.get(k, (k, k)))} {num(v, 1, 's')}" for k, v in result.timings.items())
    body.append(f"<p class='note'>{w('Calculé le', 'Computed on')} {w.date(date.today())} {w('par', 'by')} AULA "
                f"Toolkit (aula:tvb_continuity). {w('Temps :', 'Time:')} {h.esc(timing)}.</p>")
    title = w("Trame verte et bleue – continuités", "Green and blue network – continuity")
    return h.page(f"{title} {s.subtrame}".strip(), "".join(body), lang=w.lang,
                  subtitle=w("Réservoirs, liens, corridors et points de conflit",
                             "Réservoirs, links, corridors and conflict points"))
