"""The HTML report of ``aula:friches_mutability``: a territory summary and one card per site
(index by use as bars, strengths, constraints, missing data, exclusions), offline."""

from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..htmlreport import esc, fmt, horizontal_bars, page, table
from . import fields as F
from .criteria import CATALOGUE
from .pipeline import Assessment

USE_COLORS = {"residentiel": "#e15759", "equipements": "#f28e2b", "culture": "#b07aa1", "tertiaire": "#4e79a7",
              "industrie": "#7f7f7f", "renaturation": "#59a14f", "photovoltaique": "#edc948"}
MAX_CARDS = 2000


def _label(grid, use: str) -> str:
    return grid.use_labels.get(use, (use, use))[0] if use else "–"


def build_report(assessment: Assessment, title: str = "Mutabilité des friches", described: Optional[Dict] = None,
                 note: Optional[str] = None, max_cards: int = MAX_CARDS) -> str:
    res = assessment.result
    grid = res.grid
    tab = res.table
    n = len(tab)
    body: List[str] = []
    if note:
        body.append(f"<p class='note'><b>{esc(note)}</b></p>")
    body.append("<h2>Territoire</h2>")
    body.append(f"<p>{n} sites notés avec la grille <b>{esc(grid.fr)}</b> ({esc(grid.name)}, "
                f"{len(grid.criteria)} critères, somme des poids {fmt(grid.total_weight, 1)}). "
                "Indice = avantages / (avantages + contraintes), un code neutre compte des deux côtés ; "
                "usages exclus classés derniers.</p>")
    if described:
        body.append(table(["Paramètre", "Valeur"], [[esc(k), esc(v)] for k, v in described.items()], (0, 1)))
    counts = Counter(tab[F.USAGE_1].dropna())
    uses = list(grid.uses)
    body.append("<h3>Usage le plus adapté (nombre de sites)</h3>")
    body.append(horizontal_bars([_label(grid, u) for u in uses], [float(counts.get(u, 0)) for u in uses],
                                max_value=max(1.0, max(counts.values(), default=1)),
                                colors=[USE_COLORS.get(u, "#5b8db8") for u in uses]))
    means = [float(np.nanmean(tab[F.index_field(u)])) if n else None for u in uses]
    body.append("<h3>Indice moyen par usage (%)</h3>")
    body.append(horizontal_bars([_label(grid, u) for u in uses], means, 100.0,
                                [USE_COLORS.get(u, "#5b8db8") for u in uses], "%"))
    fia = Counter(tab[F.FIABILITE_NIVEAU].dropna())
    body.append("<h3>Fiabilité</h3>")
    body.append(table(["Niveau", "Sites"], [[esc(lv.fr), fmt(int(fia.get(lv.fr, 0)))] for lv in grid.fiabilite_levels]))
    src = assessment.sources
    rows = []
    for c in grid.criteria:
        known = int((res.evaluations[c.id].option != -1).sum())
        rows.append([esc(c.fr), esc(c.id), fmt(c.weight, 1), esc(src.get(c.id, "aucune source")), fmt(known)])
    body.append("<h3>Critères et sources</h3>")
    body.append(table(["Critère", "Id", "Poids", "Source", "Sites renseignés"], rows, (0, 1, 3)))
    if assessment.messages:
        body.append("<h3>Messages</h3><ul>" + "".join(f"<li>{esc(m.fr)}</li>" for m in assessment.messages) + "</ul>")
    body.append("<h2>Sites</h2>")
    shown = tab.iloc[:max_cards]
    sides = _best_use_sides(assessment.details(), shown)
    for row in shown.to_dict("records"):
        body.append(_card(grid, row, sides.get(row[F.SITE_ID]), assessment))
    if n > max_cards:
        body.append(f"<p class='note'>{n - max_cards} sites de plus : voir la couche OUTPUT et la table DETAILS.</p>")
    return page(title, "".join(body), subtitle=f"Grille {grid.name} — {n} sites — rapport hors ligne")


def _best_use_sides(details, sites) -> Dict:
    """site → (strengths, constraints) for its best use, as ``(criterion, value, points)`` lists sorted by
    points (strongest first), computed for every site in one pass over DETAILS."""
    if not len(details) or not len(sites):
        return {}
    best = dict(zip(sites[F.SITE_ID].tolist(), sites[F.USAGE_1].tolist()))
    site = details[F.SITE_ID].to_numpy(dtype=object)
    side = details[F.D_COTE].to_numpy(dtype=object)
    wanted = (details[F.D_USAGE].to_numpy(dtype=object) == np.array([best.get(s) for s in site], dtype=object)) & \
        ((side == F.SIDE_ADVANTAGE) | (side == F.SIDE_CONSTRAINT))
    d = details.loc[wanted, [F.SITE_ID, F.D_CRITERE, F.D_VALEUR, F.D_POINTS, F.D_COTE]]
    points = d[F.D_POINTS].to_numpy(dtype=np.float64)
    advantage = d[F.D_COTE].to_numpy(dtype=object) == F.SIDE_ADVANTAGE
    order = np.lexsort((np.where(advantage, -points, points), pd.factorize(d[F.SITE_ID], sort=False)[0]))
    out: Dict = {}
    for sid, crit, value, pts, adv in zip(d[F.SITE_ID].to_numpy(dtype=object)[order],
                                          d[F.D_CRITERE].to_numpy(dtype=object)[order],
                                          d[F.D_VALEUR].to_numpy(dtype=object)[order], points[order], advantage[order]):
        out.setdefault(sid, ([], []))[0 if adv else 1].append((crit, value, pts))
    return out


def _card(grid, row, sides, assessment) -> str:
    sid = row[F.SITE_ID]
    uses = list(grid.uses)
    values = [float(row[F.index_field(u)]) for u in uses]
    excluded = set((row[F.EXCLUS] or "").split(F.LIST_SEPARATOR)) - {""}
    labels = [_label(grid, u) + (" (exclu)" if u in excluded else "") for u in uses]
    colors = ["#bbbbbb" if u in excluded else USE_COLORS.get(u, "#5b8db8") for u in uses]
    best = row[F.USAGE_1]
    head = (f"<h3>Site {esc(sid)}</h3><p>Usage le plus adapté : <b>{esc(_label(grid, best))}</b> "
            f"({fmt(row[F.INDICE_1], 1, '%')}, potentiel {esc(row[F.POTENTIEL] or '–')}) — fiabilité "
            f"{fmt(row[F.FIABILITE], 1)}/10 ({esc(row[F.FIABILITE_NIVEAU])})"
            + (f" — stabilité {fmt(row['stabilite'], 0, '%')}" if "stabilite" in row else "") + "</p>")
    parts = [head, horizontal_bars(labels, values, 100.0, colors, "%")]
    if best:
        strong, weak = sides or ([], [])
        fmt_rows = lambda x: ", ".join(f"{CATALOGUE[c].fr} ({esc(v)}, {fmt(p, 1)} pts)"  # noqa: E731
                                       for c, v, p in x) or "–"
        parts.append(f"<p><b>Atouts pour {esc(_label(grid, best))}</b> : {fmt_rows(strong)}</p>")
        parts.append(f"<p><b>Contraintes</b> : {fmt_rows(weak)}</p>")
    if excluded:
        parts.append(f"<p><b>Usages exclus</b> : {esc(', '.join(_label(grid, u) for u in excluded))}</p>")
    unknown = [c for c in (row[F.INCONNUS] or "").split(F.LIST_SEPARATOR) if c]
    parts.append(f"<p class='note'>Données manquantes ({len(unknown)}) : "
                 f"{esc(', '.join(CATALOGUE[c].fr for c in unknown)) or 'aucune'}</p>")
    return f"<div class='card'>{''.join(parts)}</div>"
