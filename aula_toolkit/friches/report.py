"""The HTML report of ``aula:friches_mutability``, in one language (French or English), offline.

A territory summary (best use, potentiel and fiabilité counted by level id, never by label), a sortable
table of every site linking to its card, and one card per site (index by use, strengths and constraints
of the best use with their values in words and units, missing data, exclusions). Built from the score
arrays directly (not from the site × use × criterion table) so it stays light with 10,000 sites.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..htmlreport import Words, esc, horizontal_bars, page, table
from . import fields as F
from .criteria import AREA, BOOLEAN, CATALOGUE, LENGTH, NUMERIC, RATE
from .pipeline import Assessment
from .scoring import _option_tables

USE_COLORS = {"residentiel": "#e15759", "equipements": "#f28e2b", "culture": "#b07aa1", "tertiaire": "#4e79a7",
              "industrie": "#7f7f7f", "renaturation": "#59a14f", "photovoltaique": "#edc948"}
CONTEXT_WORDS = {
    "MAIRIES": ("mairies", "town halls"), "TRANSPORT_STOPS": ("arrêts de transport en commun", "public transport stops"),
    "MOTORWAYS": ("autoroutes", "motorways"), "SUBSTATIONS": ("postes électriques", "electricity substations"),
    "SHOPS": ("commerces et services", "shops and services"), "FLOOD_ZONES": ("zones inondables", "flood zones"),
    "CAVITIES": ("cavités souterraines", "underground cavities"), "CLAY": ("argiles", "clay shrink-swell"),
    "TECH_RISKS": ("risques technologiques", "technological risks"),
    "ENV_ZONES": ("zonages environnementaux", "environmental zonings"),
    "HERITAGE": ("servitudes patrimoniales", "heritage servitudes"), "PLU_ZONES": ("zonage du PLU", "PLU zoning"),
    "ZAER": ("zones d'accélération des EnR", "renewable acceleration zones"),
    "QPV": ("quartiers prioritaires", "priority neighbourhoods"), "ZAE": ("zones d'activités", "business parks"),
    "GRID_SATURATION": ("réseau électrique saturé", "saturated grid"), "TVB": ("trame verte et bleue", "green and blue network"),
    "WETLANDS": ("zones humides", "wetlands"), "ITE": ("embranchements ferroviaires", "rail freight sidings"),
    "HEAT_NETWORK": ("réseaux de chaleur", "district heating networks"),
    "COMMUNE_DATA": ("données communales", "commune data"),
}
"""Context layers (parameter names of the algorithm) in a reader's words."""


def context_words(key: str, lang: str = "fr") -> str:
    pair = CONTEXT_WORDS.get(key)
    return (pair[0] if lang == "fr" else pair[1]) if pair else key


MAX_CARDS = 2000
"""Sites beyond this number are in the summary table but get no card (the page stays light)."""

BOOLEAN_WORDS = {
    # criterion -> ((fr true, fr false), (en true, en false))
    "siteEnCentreVille": (("en centre-ville", "hors centre-ville"), ("in the town centre", "outside the town centre")),
    "proximiteCommercesServices": (("commerces et services à moins de 500 m", "pas de commerce à moins de 500 m"),
                                   ("shops and services within 500 m", "no shop within 500 m")),
    "presenceRisquesTechnologiques": (("risque technologique", "pas de risque technologique"),
                                      ("technological risk", "no technological risk")),
    "siteEnQpv": (("en quartier prioritaire", "hors quartier prioritaire"),
                  ("in a priority neighbourhood", "outside priority neighbourhoods")),
    "saturationReseauEnr": (("réseau saturé", "réseau non saturé"), ("saturated grid", "grid not saturated")),
    "siteEnZae": (("en zone d'activité", "hors zone d'activité"), ("in a business park", "outside business parks")),
}

VALUE_WORDS = {
    "aucun": ("aucun", "none"), "faible-ou-moyen": ("faible ou moyen", "low or medium"), "fort": ("fort", "high"),
    "faible": ("faible", "low"), "moyen": ("moyen", "medium"), "non": ("non", "no"), "oui": ("oui", "yes"),
    "hors-zone": ("hors zonage", "outside any zoning"), "reserve-naturelle": ("réserve naturelle", "nature reserve"),
    "natura-2000": ("Natura 2000", "Natura 2000"), "znieff-type-1-2": ("ZNIEFF de type 1 ou 2", "ZNIEFF type 1 or 2"),
    "proximite-zone": ("à proximité d'une zone protégée", "near a protected area"),
    "parc-naturel-regional": ("parc naturel régional", "regional nature park"),
    "parc-naturel-national": ("parc national", "national park"),
    "zone-urbaine-u": ("zone urbaine (U)", "urban zone (U)"),
    "zone-urbaine-u-habitat": ("zone urbaine d'habitat (U)", "urban housing zone (U)"),
    "zone-urbaine-u-equipement": ("zone urbaine d'équipements (U)", "urban facilities zone (U)"),
    "zone-urbaine-u-activite": ("zone urbaine d'activités (U)", "urban business zone (U)"),
    "zone-a-urbaniser-au": ("zone à urbaniser (AU)", "zone to be urbanised (AU)"),
    "zone-vocation-activites": ("zone à vocation d'activités", "business zone"),
    "secteur-ouvert-a-la-construction": ("secteur ouvert à la construction (carte communale)",
                                         "sector open to building (carte communale)"),
    "secteur-reglement-urbanisme": ("règlement national d'urbanisme", "national planning regulations"),
    "secteur-non-ouvert-a-la-construction": ("secteur non ouvert à la construction", "sector closed to building"),
    "zone-agricole-a": ("zone agricole (A)", "agricultural zone (A)"),
    "zone-naturelle-n": ("zone naturelle (N)", "natural zone (N)"),
    "non-concerne": ("non concerné", "not concerned"), "site-inscrit-classe": ("site inscrit ou classé", "listed site"),
    "perimetre-abf": ("périmètre ABF", "ABF perimeter"), "monument-historique": ("monument historique", "historic monument"),
    "zppaup": ("ZPPAUP", "ZPPAUP"), "avap": ("AVAP", "AVAP"), "spr": ("site patrimonial remarquable", "SPR heritage site"),
    "oui-solaire-pv-ombriere": ("oui, solaire (ombrières)", "yes, solar (car-park shades)"),
    "exclusion": ("zone d'exclusion", "exclusion zone"),
    "abis": ("Abis", "Abis"), "a": ("A", "A"), "b1": ("B1", "B1"), "b2": ("B2", "B2"), "c": ("C", "C"),
    "moins-1km-bon-etat": ("à moins d'1 km, en bon état", "within 1 km, good condition"),
    "moins-1km-mauvais-etat": ("à moins d'1 km, en mauvais état", "within 1 km, poor condition"),
    "plus-1km": ("à plus d'1 km", "more than 1 km away"),
    "public": ("public", "public"), "prive": ("privé", "private"),
    "copro-indivision": ("copropriété ou indivision", "co-ownership"), "mixte": ("mixte", "mixed"),
    "degradation-inexistante": ("pas de dégradation", "no deterioration"),
    "degradation-faible": ("dégradation faible", "slight deterioration"),
    "degradation-moyenne": ("dégradation moyenne", "moderate deterioration"),
    "degradation-tres-importante": ("dégradation très importante", "severe deterioration"),
    "degradation-heterogene": ("dégradation hétérogène", "uneven deterioration"),
    "pas-de-bati": ("pas de bâti", "no buildings"), "deja-geree": ("déjà gérée", "already dealt with"),
    "oui-composes-volatils": ("oui, composés volatils", "yes, volatile compounds"),
    "oui-autres-composes": ("oui, autres composés", "yes, other compounds"), "oui-amiante": ("oui, amiante", "yes, asbestos"),
    "sans-interet": ("sans intérêt", "no interest"), "ordinaire": ("ordinaire", "ordinary"),
    "interet-remarquable": ("intérêt remarquable", "remarkable"), "accessible": ("accessible", "accessible"),
    "degradee": ("dégradée", "deteriorated"), "peu-accessible": ("peu accessible", "poorly accessible"),
    "hors-trame": ("hors trame", "outside the network"), "reservoir-biodiversite": ("réservoir de biodiversité", "biodiversity reservoir"),
    "corridor-a-preserver": ("corridor à préserver", "corridor to preserve"),
    "corridor-a-restaurer": ("corridor à restaurer", "corridor to restore"),
    "ne-sait-pas": ("ne sait pas", "unknown"),
    "non trouvé": ("aucun dans le rayon de recherche", "none within the search radius"),
    "not found": ("aucun dans le rayon de recherche", "none within the search radius"), "true": ("oui", "yes"), "false": ("non", "no"),
}


def value_words(criterion: str, value, w: Words) -> str:
    """A criterion value for a reader: 'hors centre-ville', '925,7 m²', 'zone à urbaniser (AU)'."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return w("non renseigné", "unknown")
    info = CATALOGUE.get(criterion)
    text = str(value).strip()
    if info is not None and info.kind == NUMERIC:
        try:
            number = float(text)
        except ValueError:
            return esc(text)
        if math.isinf(number):
            return w("aucun dans le rayon de recherche", "none within the search radius")
        if info.quantity == AREA:
            return w.num(number / 10000.0, 2, "ha") if number >= 10000 else w.num(number, 1, "m²")
        if info.quantity == LENGTH:
            return w.num(number / 1000.0, 1, "km") if number >= 10000 else w.num(int(round(number)), 0, "m")
        if info.quantity == RATE:
            return w.num(number, 1, "%")
        return w.num(number, 1)
    key = text.lower()
    if info is not None and info.kind == BOOLEAN and criterion in BOOLEAN_WORDS and key in ("true", "false"):
        pair = BOOLEAN_WORDS[criterion][0 if w.fr else 1]
        return pair[0 if key == "true" else 1]
    if key in VALUE_WORDS:
        return w.pair(VALUE_WORDS[key])
    return esc(text.replace("-", " "))


def level_ids(levels, values) -> List[Optional[str]]:
    """The id of the level each value falls in (levels by threshold ``min``), None when missing."""
    ordered = sorted(levels, key=lambda lv: lv.min, reverse=True)
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            out.append(None)
            continue
        out.append(next((lv.id for lv in ordered if float(v) >= lv.min), ordered[-1].id if ordered else None))
    return out


def _threshold(ordered, k: int, w: Words, unit: str = "") -> str:
    """'≥ 70 %' for a level, '< 40 %' for the last one (its own minimum is −∞ or 0)."""
    suffix = ((NBSP if w.fr else "") + unit) if unit else ""
    if k == len(ordered) - 1 and k > 0:
        return f"< {w.plain(ordered[k - 1].min)}{suffix}"
    return f"≥ {w.plain(ordered[k].min)}{suffix}"


NBSP = "\u00a0"


def _anchor(site_id) -> str:
    return "site-" + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in str(site_id))


def _best_use_points(res, best: Sequence) -> Dict[str, np.ndarray]:
    """Points of every criterion for each site's best use (NaN when unknown / no best use)."""
    grid = res.grid
    use_index = {u: i for i, u in enumerate(grid.uses)}
    b = np.array([use_index.get(u, -1) if isinstance(u, str) else -1 for u in best], dtype=np.int64)
    out = {}
    for crit in grid.criteria:
        option = res.evaluations[crit.id].option[:len(b)]
        score = _option_tables(grid, crit)[0]
        opt = np.where(option >= 0, option, len(crit.options))
        pts = score[opt, np.maximum(b, 0)] * crit.weight
        out[crit.id] = np.where((option >= 0) & (b >= 0), pts, np.nan)
    return out


def build_report(assessment: Assessment, title: Optional[str] = None, described: Optional[Dict] = None,
                 note: Optional[str] = None, max_cards: int = MAX_CARDS, lang: str = "fr",
                 names: Optional[Sequence] = None, communes: Optional[Sequence] = None) -> str:
    """The report page. ``names`` and ``communes`` (aligned with the sites) let the reader find a site by
    name and commune; ``described`` is {parameter label: value}, already in ``lang``."""
    w = Words(lang)
    res = assessment.result
    grid = res.grid
    tab = res.table
    n = len(tab)
    title = title or w("Mutabilité des friches", "Brownfield mutability")
    names = list(names) if names is not None else [None] * n
    communes = list(communes) if communes is not None else [None] * n

    def use_label(u) -> str:
        return w.pair(grid.use_labels.get(u, (u, u))) if isinstance(u, str) and u else "–"

    body: List[str] = []
    if note:
        body.append(f"<p class='note'><b>⚠ {esc(note)}</b></p>")
    body.append(f"<h2>{w('Territoire', 'Territory')}</h2>")
    body.append("<p>" + w(
        f"{w.count(n)} sites notés avec la grille <b>{esc(grid.fr)}</b> ({esc(grid.name)}, {len(grid.criteria)} "
        f"critères). Pour chaque usage, l'indice de mutabilité rapporte les atouts du site à la somme de ses atouts "
        f"et de ses contraintes, chaque critère pesant selon son poids ; un usage exclu est classé dernier.",
        f"{w.count(n)} sites scored with the grid <b>{esc(grid.en)}</b> ({esc(grid.name)}, {len(grid.criteria)} "
        f"criteria). For each use, the mutability index is the site's advantages over its advantages plus its "
        f"constraints, each criterion counting by its weight; an excluded use ranks last.") + "</p>")
    if described:
        body.append(table([w("Paramètre", "Parameter"), w("Valeur", "Value")],
                          [[esc(k), esc(v)] for k, v in described.items()], (0, 1)))

    uses = list(grid.uses)
    colors = [USE_COLORS.get(u, "#5b8db8") for u in uses]
    best = tab[F.USAGE_1].tolist()
    counts = Counter(u for u in best if isinstance(u, str) and u)
    body.append(f"<h3>{w('Usage le plus adapté (nombre de sites)', 'Best use (number of sites)')}</h3>")
    body.append(horizontal_bars([use_label(u) for u in uses], [counts.get(u, 0) for u in uses],
                                max_value=max(1.0, max(counts.values(), default=1)), colors=colors, digits=0, lang=lang))
    unscored = n - sum(counts.values())
    if unscored:
        body.append(f"<p class='note'>{w.count(unscored)} " + w(
            "site(s) sans aucun critère noté : pas d'usage le plus adapté.",
            "site(s) with no scored criterion: no best use.") + "</p>")
    means = [float(np.nanmean(tab[F.index_field(u)].astype(float))) if n else None for u in uses]
    body.append(f"<h3>{w('Indice moyen par usage', 'Mean index per use')}</h3>")
    body.append(horizontal_bars([use_label(u) for u in uses], means, 100.0, colors, "%", lang=lang))

    indices = tab[F.INDICE_1].astype(float).to_numpy()
    has_best = np.array([isinstance(u, str) and bool(u) for u in best])
    pot_ids = level_ids(grid.potentiel, np.where(has_best, indices, np.nan))
    fia = tab[F.FIABILITE].astype(float).to_numpy()
    fia_ids = level_ids(grid.fiabilite_levels, fia)
    pot_counts, fia_counts = Counter(pot_ids), Counter(fia_ids)
    pot_label = {lv.id: w.pair((lv.fr, lv.en)) for lv in grid.potentiel}
    fia_label = {lv.id: w.pair((lv.fr, lv.en)) for lv in grid.fiabilite_levels}
    body.append(f"<h3>{w('Potentiel de l’usage le plus adapté', 'Potential of the best use')}</h3>")
    ordered = sorted(grid.potentiel, key=lambda lv: -lv.min)
    body.append(table([w("Potentiel", "Potential"), w("Indice", "Index"), w("Sites", "Sites")],
                      [[esc(pot_label[lv.id]), _threshold(ordered, k, w, "%"), w.count(pot_counts.get(lv.id, 0))]
                       for k, lv in enumerate(ordered)]))
    body.append(f"<h3>{w('Fiabilité (part du poids des critères renseignés)', 'Reliability (share of weight known)')}</h3>")
    ordered = sorted(grid.fiabilite_levels, key=lambda lv: -lv.min)
    body.append(table([w("Niveau", "Level"), w("Note sur 10", "Score out of 10"), w("Sites", "Sites")],
                      [[esc(fia_label[lv.id]), _threshold(ordered, k, w), w.count(fia_counts.get(lv.id, 0))]
                       for k, lv in enumerate(ordered)]))

    source_words = {"champ": w("champ de la couche des sites", "field of the sites layer"),
                    "geometrie": w("géométrie des sites", "site geometry")}
    source_words.update({key: w(*pair) for key, pair in CONTEXT_WORDS.items()})
    rows = []
    for c in grid.criteria:
        known = int((res.evaluations[c.id].option != -1).sum())
        src = assessment.sources.get(c.id)
        info = CATALOGUE.get(c.id)
        rows.append([esc(w.pair((info.fr, info.en)) if info else c.id), f"<code>{esc(c.id)}</code>", w.plain(c.weight),
                     esc(source_words.get(src, src) if src else w("aucune source", "no source")), w.count(known)])
    body.append(f"<h3>{w('Critères et sources', 'Criteria and sources')}</h3>")
    body.append(table([w("Critère", "Criterion"), w("Identifiant", "Id"), w("Poids", "Weight"), w("Source", "Source"),
                       w("Sites renseignés", "Sites known")], rows, (0, 1, 3)))
    if assessment.messages:
        body.append(f"<h3>{w('Messages', 'Messages')}</h3><ul>"
                    + "".join(f"<li>{esc(m.fr if w.fr else m.en)}</li>" for m in assessment.messages) + "</ul>")

    ids = [str(s) for s in tab[F.SITE_ID].tolist()]
    carded = min(n, max_cards)
    second = tab[F.USAGE_2].tolist() if F.USAGE_2 in tab.columns else [None] * n
    stab = tab["stabilite"].astype(float).to_numpy() if F.STABILITE in tab.columns else None
    summary_rows, keys = [], []
    for i in range(n):
        shown = esc(names[i]) if names[i] else esc(ids[i])
        site = f"<a href='#{_anchor(ids[i])}'>{shown}</a>" if i < carded else shown
        row = [site, esc(communes[i] or "–"), esc(use_label(best[i])), w.num(indices[i], 1, "%") if has_best[i] else "–",
               esc(pot_label.get(pot_ids[i], "–")), w.num(fia[i], 1), esc(use_label(second[i]))]
        key = [None, None, None, indices[i] if has_best[i] else "", None, fia[i], None]
        if stab is not None:
            row.append(w.num(stab[i], 0, "%"))
            key.append(stab[i])
        summary_rows.append(row)
        keys.append(key)
    headers = [w("Site", "Site"), w("Commune", "Municipality"), w("Usage le plus adapté", "Best use"),
               w("Indice", "Index"), w("Potentiel", "Potential"), w("Fiabilité /10", "Reliability /10"),
               w("Deuxième usage", "Second use")] + ([w("Stabilité", "Stability")] if stab is not None else [])
    body.append(f"<h2 id='sites'>{w('Tous les sites', 'All sites')}</h2><p class='note'>" + w(
        "Cliquez un en-tête pour trier, un site pour ouvrir sa fiche.",
        "Click a header to sort, a site to open its card.") + "</p>")
    body.append("<div class='scroll'>" + table(headers, summary_rows, (0, 1, 2, 4, 6), sortable=True, sort_keys=keys)
                + "</div>")

    body.append(f"<h2>{w('Fiches des sites', 'Site cards')}</h2>")
    points = _best_use_points(res, best[:carded])
    records = tab.iloc[:carded].to_dict("records")
    words = _Cached(w)
    index_matrix = tab[[F.index_field(u) for u in uses]].astype(float).to_numpy()
    for i in range(carded):
        records[i]["_indices"] = index_matrix[i].tolist()
        body.append(_card(w, grid, records[i], ids[i], names[i], communes[i], res, i,
                          {c: p[i] for c, p in points.items()}, pot_label.get(pot_ids[i], "–"),
                          fia_label.get(fia_ids[i], "–"), use_label, words))
    if n > max_cards:
        body.append("<p class='note'>" + w(
            f"{w.count(n - max_cards)} sites de plus sont dans le tableau ci-dessus et dans la couche de résultat, "
            "sans fiche (le rapport reste léger).",
            f"{w.count(n - max_cards)} more sites are in the table above and in the result layer, without a card "
            "(the report stays light).") + "</p>")
    return page(title, "".join(body), lang=w.lang, script=True,
                subtitle=w(f"Grille {grid.name} — {w.count(n)} sites — rapport hors ligne",
                           f"Grid {grid.name} — {w.count(n)} sites — offline report"))


class _Cached:
    """Criterion labels, values in words and points, formatted once per distinct value (many sites share them)."""

    def __init__(self, w: Words):
        self.w = w
        self.label = functools.lru_cache(maxsize=None)(self._label)
        self.value = functools.lru_cache(maxsize=None)(lambda c, v: value_words(c, v, w))
        self.points = functools.lru_cache(maxsize=None)(lambda p: w.num(p, 1))

    def _label(self, c: str) -> str:
        info = CATALOGUE.get(c)
        return esc(self.w.pair((info.fr, info.en)) if info else c)


def _card(w: Words, grid, row, sid: str, name, commune, res, i: int, points: Dict[str, float],
          potentiel: str, fiabilite: str, use_label, words: "_Cached") -> str:
    uses = list(grid.uses)
    values = row["_indices"]
    excluded = set((row[F.EXCLUS] or "").split(F.LIST_SEPARATOR)) - {""}
    labels = [use_label(u) + (w(" (exclu)", " (excluded)") if u in excluded else "") for u in uses]
    colors = ["#bbbbbb" if u in excluded else USE_COLORS.get(u, "#5b8db8") for u in uses]
    best = row[F.USAGE_1] if isinstance(row[F.USAGE_1], str) and row[F.USAGE_1] else None
    where = f" — {esc(commune)}" if commune else ""
    heading = f"{esc(name)}{where} <small class='note'>({esc(sid)})</small>" if name else f"{w('Site', 'Site')} {esc(sid)}{where}"
    head = f"<h3>{heading}</h3><p>{w('Usage le plus adapté : ', 'Best use: ')}"
    if best:
        head += (f"<b>{esc(use_label(best))}</b> ({w.num(row[F.INDICE_1], 1, '%')}, "
                 f"{w('potentiel', 'potential')} {esc(potentiel.lower())})")
    else:
        head += w("aucun (aucun critère noté)", "none (no criterion scored)")
    head += (f" — {w('fiabilité', 'reliability')} {w.num(row[F.FIABILITE], 1)}/10 ({esc(fiabilite.lower())})")
    if F.STABILITE in row:
        head += f" — {w('stabilité', 'stability')} {w.num(row[F.STABILITE], 0, '%')}"
    parts = [head + "</p>", horizontal_bars(labels, values, 100.0, colors, "%", lang=w.lang)]
    if best:
        strong = sorted(((p, c) for c, p in points.items() if p > 0), reverse=True)
        weak = sorted((p, c) for c, p in points.items() if p < 0)

        def describe(items):
            return ", ".join(f"{words.label(c)} ({words.value(c, res.evaluations[c].text[i])}, {words.points(p)} pts)"
                             for p, c in items) or "–"

        colon = " : " if w.fr else ": "
        parts.append(f"<p><b>{w('Atouts pour', 'Strengths for')} {esc(use_label(best))}</b>{colon}{describe(strong)}</p>")
        parts.append(f"<p><b>{w('Contraintes', 'Constraints')}</b>{colon}{describe(weak)}</p>")
    if excluded:
        parts.append(f"<p><b>{w('Usages exclus', 'Excluded uses')}</b>{' : ' if w.fr else ': '}"
                     f"{esc(', '.join(use_label(u) for u in uses if u in excluded))}</p>")
    unknown = [c for c in (row[F.INCONNUS] or "").split(F.LIST_SEPARATOR) if c]
    listed = ", ".join(words.label(c) for c in unknown)
    parts.append(f"<p class='note'>{w('Données manquantes', 'Missing data')} ({len(unknown)})"
                 f"{' : ' if w.fr else ': '}{listed or w('aucune', 'none')}</p>")
    parts.append(f"<p class='note'><a href='#sites'>{w('↑ tous les sites', '↑ all sites')}</a></p>")
    return f"<div class='card' id='{_anchor(sid)}'>{''.join(parts)}</div>"
