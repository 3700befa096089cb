"""The TVB report a chargé d'études can send as is: method, parameters, global indices, map of the graph,
most important réservoirs and links, points noirs. One offline HTML page (inline SVG)."""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np

from .. import htmlreport as h
from . import fields as F
from .pipeline import PERCENT, TvbResult

DPC_COLORS = ("#fff7bc", "#fec44f", "#ec7014", "#993404")


def _graph_map(result: TvbResult, centroids: np.ndarray, width: int = 760) -> str:
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
    legend = ("<div class='legend note'><span><i style='background:#2b8cbe'></i>lien fonctionnel (coût ≤ distance "
              "de dispersion)</span><span><i style='background:#bdbdbd'></i>lien non fonctionnel</span>"
              "<span><i style='background:#993404;height:.8em;width:.8em;border-radius:50%'></i>réservoir "
              "(couleur : dPC, taille : surface)</span><span style='color:#d7301f'>✕ point de conflit</span></div>")
    return "".join(parts) + legend


def build_report(result: TvbResult, described: Dict[str, str], centroids: np.ndarray,
                 note: Optional[str] = None) -> str:
    s = result.settings
    ind = result.indices
    pct = s.units == PERCENT
    unit = "%" if pct else ""
    digits = 2 if pct else 4
    body = []
    if note:
        body.append(f"<div class='card' style='border-color:#d7301f'><b>{h.esc(note)}</b></div>")
    body.append(
        "<div class='card'><h2>En bref</h2>"
        f"<p>Sous-trame <b>{h.esc(s.subtrame or '–')}</b> : <b>{h.fmt(ind[F.N_PATCHES.name])}</b> réservoirs "
        f"({h.fmt(ind[F.HABITAT_HA.name], 1, 'ha')}), <b>{h.fmt(ind[F.N_LINKS.name])}</b> liens, "
        f"<b>{h.fmt(ind[F.N_COMP.name])}</b> composante(s) connexe(s) à {h.fmt(s.distance, 0, 'm')}. "
        f"Connectivité équivalente EC(PC) = <b>{h.fmt(ind[F.EC_HA.name], 1, 'ha')}</b>, soit "
        f"{h.fmt(100 * ind[F.EC_HA.name] / max(ind[F.HABITAT_HA.name], 1e-12), 1, '%')} de la surface d'habitat "
        f"(100 % = tout l'habitat d'un seul tenant). <b>{h.fmt(len(result.conflicts))}</b> point(s) de conflit "
        "avec les obstacles.</p></div>")
    rows = [
        ("PC", h.fmt(ind[F.PC.name] * 1e6, 4) + " × 10⁻⁶", "probabilité que deux points tirés au hasard dans le "
         "paysage soient dans de l'habitat relié"),
        ("EC(PC)", h.fmt(ind[F.EC_HA.name], 1, "ha"), "surface d'une tache unique offrant la même connectivité"),
        ("IIC", h.fmt(ind[F.IIC.name] * 1e6, 4) + " × 10⁻⁶", "indice binaire (liens ≤ distance de dispersion)"),
        ("EC(IIC)", h.fmt(ind[F.EC_IIC_HA.name], 1, "ha"), ""),
        ("PC intra / direct / pas japonais", " / ".join(h.fmt(ind[k], digits, unit) for k in
                                                       (F.PC_INTRA.name, F.PC_DIRECT.name, F.PC_STEP.name)),
         "part de PC due à la surface des taches, aux liens directs, aux chemins par relais"),
        ("Surface du paysage A", h.fmt(ind[F.LAND_HA.name], 1, "ha"), "dénominateur de PC (A²)"),
        ("α", f"{ind[F.ALPHA.name]:.6g} /m", f"p = {s.probability:g} à {s.distance:g} m"),
    ]
    body.append("<h2>Indices globaux</h2>" + h.table(["Indice", "Valeur", "Lecture"],
                                                     [(h.esc(a), b, h.esc(c)) for a, b, c in rows], (0, 2)))
    body.append("<h2>Carte du graphe</h2>" + _graph_map(result, centroids))
    p = result.patches.sort_values(F.DPC.name, ascending=False).head(15)
    body.append("<h2>Réservoirs les plus importants (dPC)</h2>" + h.table(
        ["Réservoir", "Surface (ha)", "dPC", "dont intra", "dont flux", "dont connecteur", "Composante"],
        [(h.fmt(int(r[F.ID_RESV.name])), h.fmt(r[F.AREA_HA.name], 2), h.fmt(r[F.DPC.name], digits, unit),
          h.fmt(r[F.DPC_INTRA.name], digits, unit), h.fmt(r[F.DPC_FLUX.name], digits, unit),
          h.fmt(r[F.DPC_CONN.name], digits, unit), h.fmt(int(r[F.COMPONENT.name])))
         for _, r in p.iterrows()]))
    links = result.links.sort_values(F.DPC.name, ascending=False).head(15)
    body.append("<h2>Liens les plus importants</h2>" + h.table(
        ["Lien", "Réservoirs", "Coût (éq. m)", "Longueur (m)", "Probabilité", "dPC du lien", "Conflits"],
        [(h.fmt(int(r[F.ID_CORR.name])), f"{int(r[F.ID_RESV1.name])} – {int(r[F.ID_RESV2.name])}",
          h.fmt(r[F.COST.name], 0), h.fmt(r[F.LENGTH_M.name], 0), h.fmt(r[F.PROBA.name], 4),
          h.fmt(r[F.DPC.name], digits, unit), h.fmt(int(r[F.N_CONFLICT.name]))) for _, r in links.iterrows()]))
    if len(result.conflicts):
        c = result.conflicts.head(20)
        body.append("<h2>Points noirs prioritaires</h2><p class='note'>Croisements des chemins de moindre coût avec "
                    "les obstacles, classés par l'importance (dPC) du lien qu'ils coupent.</p>" + h.table(
                        ["Rang", "Lien", "Réservoirs", "Obstacle", "Transparence", "dPC du lien", "X", "Y"],
                        [(h.fmt(int(r[F.RANK.name])), h.fmt(int(r[F.ID_CORR.name])),
                          f"{int(r[F.ID_RESV1.name])} – {int(r[F.ID_RESV2.name])}", h.esc(r[F.ID_OBST.name]),
                          h.fmt(r[F.TRANSPAR.name], 2), h.fmt(r[F.DPC.name], digits, unit), h.fmt(r["x"], 0),
                          h.fmt(r["y"], 0)) for _, r in c.iterrows()], (0, 3)))
    body.append(
        "<h2>Méthode</h2><p>Surface de résistance : coefficient de friction de chaque classe d'occupation du sol "
        "(table au format BioDispersal). Réservoirs : taches d'habitat en 4-connexité au-dessus de la surface "
        "minimale (ou couche de réservoirs). Coûts cumulés : déplacement vers les 8 voisins, coût d'un pas = moyenne "
        "des frictions des deux cellules × longueur du pas (diagonale × 1,4142136, comme Graphab), exprimé en "
        "équivalent mètres. Liens planaires : réservoirs dont les zones d'influence en coût se touchent "
        "(Voronoï de coût), chemin de moindre coût dans ces deux zones ; liens complets : une recherche par réservoir. "
        "Probabilité de dispersion p = exp(−α·coût), α = −ln(p)/d. PC, EC, IIC et dPC (intra, flux, connecteur) "
        "suivent Saura &amp; Rubio (2010), Conefor 2.7 et le code de Graphab 2. Corridors : cellules où le coût du "
        "meilleur chemin passant par elles dépasse le coût du lien d'au plus la tolérance.</p>")
    body.append("<h2>Paramètres</h2>" + h.table(["Paramètre", "Valeur"],
                                               [(h.esc(k), h.esc(v)) for k, v in described.items()], (0, 1)))
    timing = ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items())
    body.append(f"<p class='note'>Calculé le {date.today().isoformat()} par AULA Toolkit (aula:tvb_continuity). "
                f"Temps : {h.esc(timing)}.</p>")
    return h.page(f"Trame verte et bleue – continuités {s.subtrame}".strip(), "".join(body),
                  subtitle="Réservoirs, liens, corridors et points de conflit")
