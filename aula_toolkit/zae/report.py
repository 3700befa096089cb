"""The HTML report of ``aula:zae_inventory``: one offline page per EPCI with the totals the EPCI adopts
(art. L318-8-2), a map of its zones and units, and one line per zone; in French or English."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd
from shapely import wkb as shapely_wkb

from ..htmlreport import Words, esc, page, table
from .inventory import SYNTH_FREE, SYNTH_OCCUPIED, SYNTH_VACANT, vacancy_rate

PAGE_PREFIX = "inventaire_zae_"  #: report pages: inventaire_zae_<EPCI>_<year>.html
STATUS_COLORS = {SYNTH_OCCUPIED: "#4e79a7", SYNTH_VACANT: "#e15759", SYNTH_FREE: "#59a14f"}
STATUS_SHORT = {SYNTH_OCCUPIED: ("Unité occupée", "Occupied unit"), SYNTH_VACANT: ("Unité vacante", "Vacant unit"),
                SYNTH_FREE: ("Unité libre", "Free unit")}
MAX_MAP_UNITS = 20000


def _shape(raw):
    if raw is None:
        return None
    if isinstance(raw, (bytes, bytearray)):
        return shapely_wkb.loads(bytes(raw))
    return raw


def _path(shape, tx) -> str:
    out = []
    for poly in getattr(shape, "geoms", [shape]):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            pts = np.asarray(ring.coords)[:, :2]
            xy = tx(pts)
            out.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + " Z")
    return " ".join(out)


def svg_map(zone_shapes: Sequence, zone_labels: Sequence[str], unit_shapes: Sequence, unit_colors: Sequence[str],
            width: int = 900, height: int = 560, lang: str = "fr") -> str:
    """Zones outlined and labelled, units filled by status; inline SVG, north up, with a scale bar."""
    w = Words(lang)
    shapes = [s for s in zone_shapes if s is not None and not s.is_empty]
    if not shapes:
        return f"<p class='note'>{w('Aucune géométrie à cartographier.', 'No geometry to map.')}</p>"
    b = np.array([s.bounds for s in shapes])
    x0, y0, x1, y1 = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
    span = max(x1 - x0, y1 - y0, 1.0)
    pad = 70 if len(shapes) > 1 else 15
    scale = min((width - 2 * pad) / max(x1 - x0, 1.0), (height - 2 * pad - 20) / max(y1 - y0, 1.0))
    ox = (width - (x1 - x0) * scale) / 2
    oy = (height - 20 - (y1 - y0) * scale) / 2

    def tx(pts):
        return np.c_[ox + (pts[:, 0] - x0) * scale, oy + (y1 - pts[:, 1]) * scale]

    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
             f"aria-label='{w('Carte des zones', 'Map of the zones')}' style='background:#f7f7f4;font-family:sans-serif;font-size:11px'>"]
    for shape, color in zip(unit_shapes, unit_colors):
        if shape is not None:
            parts.append(f"<path d='{_path(shape, tx)}' fill='{color}' fill-opacity='0.75' stroke='#fff' "
                         f"stroke-width='0.3'/>")
    for shape, label in zip(zone_shapes, zone_labels):
        if shape is None or shape.is_empty:
            continue
        parts.append(f"<path d='{_path(shape, tx)}' fill='none' stroke='#1b4965' stroke-width='1.6'/>")
        c = shape.representative_point()
        px, py = tx(np.array([[c.x, c.y]]))[0]
        parts.append(f"<text x='{px:.0f}' y='{py:.0f}' text-anchor='middle' fill='#1b4965' "
                     f"stroke='#fff' stroke-width='3' paint-order='stroke'>{esc(label)}</text>")
    bar = 10 ** np.floor(np.log10(span / 4))
    parts.append(f"<line x1='15' x2='{15 + bar * scale:.1f}' y1='{height - 12}' y2='{height - 12}' stroke='#222' "
                 f"stroke-width='3'/><text x='15' y='{height - 18}'>{w.num(int(bar), 0, 'm')}</text>")
    parts.append(f"<text x='{width - 20}' y='25' text-anchor='end' font-size='16'>N ↑</text></svg>")
    legend = "".join(f"<span><i style='background:{c};height:.8em'></i>{w.pair(STATUS_SHORT[k])}</span>"
                     for k, c in STATUS_COLORS.items())
    return "".join(parts) + f"<div class='legend note'>{legend}<span><i style='background:#1b4965'></i>" \
                            f"{w('Périmètre de zone', 'Zone perimeter')}</span></div>"


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", str(text)).strip("_") or "sans_epci"


def build_reports(summary: pd.DataFrame, units: pd.DataFrame, unit_shapes: list, zone_shapes: list, year: int,
                  note: Optional[str] = None, messages: Sequence = (), lang: str = "fr") -> Dict[str, str]:
    """{file stem: HTML} — one page per EPCI (``site_epci_siren``; zones without EPCI grouped together), each in
    ``lang`` ('fr' or 'en'); the file stems do not depend on the language."""
    w = Words(lang)
    pages = {}
    epci = summary["site_epci_siren"].fillna("").astype(str)
    for key in dict.fromkeys(epci):
        idx = np.nonzero((epci == key).to_numpy())[0]
        sub = summary.iloc[idx]
        name = sub["site_epci_nom"].dropna().iloc[0] if sub["site_epci_nom"].notna().any() else (
            key or w("EPCI non renseigné", "EPCI not given"))
        pages[f"{PAGE_PREFIX}{slug(key or 'sans_epci')}_{year}"] = _page(
            name, key, sub, idx, units, unit_shapes, zone_shapes, year, note, messages, w)
    return pages


INTRO_FR = (
    "Inventaire des zones d'activité économique établi en application de l'article L318-8-2 du code de "
    "l'urbanisme : état parcellaire des unités foncières (surface, propriétaire), identification des occupants "
    "et taux de vacance au 1<sup>er</sup> janvier {year}. Une unité est vacante si elle n'est plus affectée à une "
    "activité assujettie à la CFE depuis au moins deux ans au 1<sup>er</sup> janvier {year} et est restée "
    "inoccupée pendant cette période ; le taux rapporte le nombre d'unités vacantes au nombre total d'unités de "
    "la zone (entier arrondi). À arrêter par l'autorité compétente après une consultation de trente jours des "
    "propriétaires et occupants ; actualisation au moins tous les six ans.")
INTRO_EN = (
    "Inventory of the business zones drawn up under article L318-8-2 of the Code de l'urbanisme: the land units "
    "(area, owner), their occupants and the vacancy rate on 1 January {year}. A unit is vacant when it has not been "
    "used for an activity liable to the CFE for at least two years on 1 January {year} and stayed unoccupied over "
    "that period; the rate is the number of vacant units over the number of units of the zone (rounded integer). To "
    "be adopted by the competent authority after a thirty-day consultation of the owners and occupants; updated at "
    "least every six years.")
NOTE_FR = (
    "Taux légal = unités vacantes ÷ unités de la zone × 100, arrondi à l'entier (CNIG <code>site_taux_vacance</code>). "
    "Le taux en surface est donné à titre indicatif : il n'est pas le taux de la loi. Occupants : établissements "
    "SIRENE (présumés assujettis à la CFE) actifs au cours des deux années précédant le 1<sup>er</sup> janvier ; les "
    "SCI ne sont pas des occupants. Les noms des personnes physiques ne sont jamais diffusés.")
NOTE_EN = (
    "Legal rate = vacant units ÷ units of the zone × 100, rounded to an integer (CNIG <code>site_taux_vacance</code>). "
    "The rate by area is indicative only: it is not the rate of the law. Occupants: SIRENE establishments (presumed "
    "liable to the CFE) active during the two years before 1 January; SCI are not occupants. Natural persons' names "
    "are never published.")


def _page(name, siren, sub, zone_idx, units, unit_shapes, zone_shapes, year, note, messages, w: Words) -> str:
    num, cnt = w.num, w.count
    yes = {"oui": w("oui", "yes"), "non": w("non", "no")}
    body: List[str] = []
    if note:
        body.append(f"<p class='note'><b>{esc(note)}</b></p>")
    n_uf, n_vac = int(sub["site_uf_nbre"].sum()), int(sub["site_uf_vacant_nbre"].sum())
    body.append("<p>" + (INTRO_FR if w.fr else INTRO_EN).replace("{year}", str(year)) + "</p>")
    body.append(f"<h2>{w('Totaux à arrêter', 'Totals to adopt')}</h2>")
    totals = [
        [w("Zones d'activité économique", "Business zones"), cnt(len(sub))],
        [w("Unités foncières", "Land units"), cnt(n_uf)],
        [w("Unités foncières vacantes", "Vacant land units"), cnt(n_vac)],
        [w("Taux de vacance de l'ensemble (%, nombre d'unités)", "Overall vacancy rate (%, number of units)"),
         cnt(vacancy_rate(n_vac, n_uf))],
        [w("Établissements actifs (hors SCI)", "Active establishments (SCI excluded)"), cnt(sub["site_nb_etab"].sum())],
        [w("Surface totale (ha)", "Total area (ha)"), num(float(sub["site_surf_brute"].sum()), 2)],
        [w("Surface utile (ha)", "Usable area (ha)"), num(float(sub["site_surf_utile"].sum()), 2)],
        [w("Surface occupée (ha)", "Occupied area (ha)"), num(float(sub["surf_occupee_ha"].sum()), 2)],
        [w("Surface vacante (ha)", "Vacant area (ha)"), num(float(sub["surf_vacante_ha"].sum()), 2)],
        [w("Disponible aménagée (ha)", "Available, serviced (ha)"), num(float(sub["surf_dispo_amenagee_ha"].sum()), 2)],
        [w("Disponible non aménagée (ha)", "Available, not serviced (ha)"),
         num(float(sub["surf_dispo_non_amenagee_ha"].sum()), 2)],
        [w("Reliquats (ha)", "Remnants (ha)"), num(float(sub["surf_reliquat_ha"].sum()), 2)],
        [w("Zones avec friche", "Zones with a brownfield"), cnt(int((sub["presence_friche"] == "oui").sum()))],
        [w("Non cadastré : voiries, domaine public (ha)", "Non-cadastred: roads, public domain (ha)"),
         num(float(sub["surf_non_cadastree_ha"].sum()), 2)],
    ]
    if "pole_id" in sub and sub["pole_id"].notna().any():
        totals.append([w("Pôles économiques (sites proches)", "Economic poles (nearby sites)"),
                       cnt(int(sub["pole_id"].dropna().nunique()))])
    if "nblocvac" in sub and sub["nblocvac"].sum() > 0:
        totals.append([w("Locaux vacants LOCOMVAC (DGFiP)", "LOCOMVAC vacant premises (DGFiP)"),
                       cnt(int(sub["nblocvac"].sum()))])
        totals.append([w("Unités occupées avec un local LOCOMVAC (à vérifier sur le terrain)",
                         "Occupied units with a LOCOMVAC premise (to check on site)"),
                       cnt(int(sub["nb_uf_locomvac_occupees"].sum()))])
    body.append(table([w("Indicateur", "Indicator"), w("Valeur", "Value")], [[esc(a), b] for a, b in totals]))
    body.append(f"<h2>{w('Carte', 'Map')}</h2>")
    names = list(sub["site_nom"].astype(str))
    if len(zone_idx) > 1:
        body.append(svg_map([zone_shapes[z] for z in zone_idx], names, [], [], width=900, height=420, lang=w.lang))
    zone_of_unit = units["zone"].to_numpy()
    cards, drawn = [], 0
    for z, zone_name, rate in zip(zone_idx, names, sub["site_taux_vacance"]):
        if drawn >= MAX_MAP_UNITS:
            break
        idx = np.nonzero(zone_of_unit == z)[0]
        drawn += len(idx)
        cards.append(f"<div style='display:inline-block;vertical-align:top;margin:.3em'><b>{esc(zone_name)}</b> – "
                     f"{w('taux légal', 'legal rate')} {num(rate, 0, '%')}<br>" + svg_map(
                         [zone_shapes[z]], [""], [_shape(unit_shapes[i]) for i in idx],
                         [STATUS_COLORS.get(units["synth"].iat[i], "#bbb") for i in idx], width=520, height=380,
                         lang=w.lang)
                     + "</div>")
    body.append("".join(cards))
    body.append(f"<h2>{w('Une ligne par zone', 'One line per zone')}</h2>")
    rows = []
    for r in sub.to_dict("records"):
        closing = num(r["ecart_bouclage_ha"], 2) if "ecart_bouclage_ha" in r else ""
        rows.append([esc(r["site_nom"]), esc(r["site_id"]), esc(r.get("site_comm_nom") or r["site_comm_insee"]),
                     cnt(r["site_uf_nbre"]), cnt(r["site_uf_vacant_nbre"]),
                     f"<b>{cnt(r['site_taux_vacance'])}</b>", num(r["taux_vacance_surface"], 1),
                     cnt(r["site_nb_etab"]), num(r["site_surf_brute"], 2), num(r["site_surf_utile"], 2),
                     num(r["surf_occupee_ha"], 2), num(r["surf_vacante_ha"], 2), num(r["surf_dispo_amenagee_ha"], 2),
                     num(r["surf_dispo_non_amenagee_ha"], 2), num(r["surf_reliquat_ha"], 2),
                     esc(yes.get(r["presence_friche"], r["presence_friche"])), closing])
    body.append("<div style='overflow-x:auto;font-size:.82em'>" + table(
        [w("Zone", "Zone"), w("Identifiant", "Identifier"), w("Commune", "Commune"), w("UF", "Units"),
         w("UF vacantes", "Vacant units"), w("Taux légal %", "Legal rate %"), w("Taux surface %", "Rate by area %"),
         w("Étab.", "Estab."), w("Surf. totale ha", "Total area ha"), w("Surf. utile ha", "Usable area ha"),
         w("Occupée ha", "Occupied ha"), w("Vacante ha", "Vacant ha"), w("Dispo. aménagée ha", "Avail. serviced ha"),
         w("Dispo. non aménagée ha", "Avail. not serviced ha"), w("Reliquats ha", "Remnants ha"),
         w("Friche", "Brownfield"), w("Écart de bouclage ha", "Closure gap ha")],
        rows, (0, 1, 2, 15)) + "</div>")
    body.append(f"<p class='note'>{NOTE_FR if w.fr else NOTE_EN}</p>")
    if messages:
        body.append(f"<h3>{w('Avertissements', 'Warnings')}</h3><ul>"
                    + "".join(f"<li>{esc(m.fr if w.fr else m.en)}</li>" for m in messages) + "</ul>")
    subtitle = (f"EPCI {siren or w('non renseigné', 'not given')} · {cnt(len(sub))} zone(s) · AULA Toolkit")
    return page(f"{w('Inventaire des ZAE', 'Business zones inventory')} – {name} – {year}", "".join(body),
                lang=w.lang, subtitle=subtitle)
