"""The ZAN report an elected official can read: per territory, the yearly chart and the counters.

One language per report (``lang`` 'fr' or 'en'), numbers in that language's format."""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np

from .. import htmlreport as h
from . import rules
from .counters import ZanResult

STATUS_COLORS = {
    rules.STATUS_OVERSHOT: "#c0392b",
    rules.STATUS_WILL_OVERSHOOT: "#e67e22",
    rules.STATUS_ON_TRACK: "#27ae60",
    rules.STATUS_NO_DATA: "#7f8c8d",
}


def _value(v):
    return None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v)


def territory_card(row, annual_m2, last_year: int, w: h.Words = h.Words("fr")) -> str:
    years = [int(y) for y in annual_m2.index]
    annual_ha = [_value(v) for v in rules.to_ha(annual_m2.to_numpy())]
    chart_years = list(range(years[0], rules.ENVELOPE_PERIOD[1] + 1))
    bars = [annual_ha[years.index(y)] if y in years else None for y in chart_years]
    ref_mean = row["rythme_ref_ha_an"]
    objective = row["enveloppe_garantie_ha"] / 10.0
    reference_line = [ref_mean if rules.REFERENCE_PERIOD[0] <= y <= rules.REFERENCE_PERIOD[1] else None
                      for y in chart_years]
    objective_line = [objective if y >= rules.ENVELOPE_PERIOD[0] else None for y in chart_years]
    chart = h.bar_line_chart(
        chart_years, bars,
        lines=[(w("Moyenne 2011-2020", "2011-2020 average"), "#34495e", reference_line),
               (w("Trajectoire de l'enveloppe 2021-2030 (rythme annuel autorisé)",
                  "2021-2030 envelope trajectory (allowed yearly pace)"), "#c0392b", objective_line)],
        bar_label=w("Consommation observée (ha/an)", "Observed consumption (ha/year)"), unit="ha",
        title=row["territoire_nom"], lang=w.lang,
    )
    status = row["statut"]
    badge = (f"<span class='badge' style='background:{STATUS_COLORS.get(status, '#777')}'>"
             f"{h.esc(w.pair(rules.STATUS_LABELS[status]))}</span>")
    year = w("ha/an", "ha/year")
    counters = [
        (w("Consommation de référence 2011-2020", "2011-2020 reference consumption"), w.num(row["ref_ha"], 1, "ha")),
        (w("Rythme annuel de référence", "Reference yearly pace"), w.num(row["rythme_ref_ha_an"], 2, year)),
        (w("Objectif de réduction", "Reduction objective"),
         f"{w.num(row['objectif_pct'], 1, '%')} ({h.esc(_source(row['objectif_source'], w))})"),
        (w("Enveloppe 2021-2030 (sans garantie)", "2021-2030 envelope (without guarantee)"),
         w.num(row["enveloppe_ha"], 1, "ha")),
        (w("Enveloppe 2021-2030 avec garantie communale", "2021-2030 envelope with the garantie communale"),
         w.num(row["enveloppe_garantie_ha"], 1, "ha")),
        (w(f"Consommé depuis 2021 (2021-{last_year})", f"Consumed since 2021 (2021-{last_year})"),
         w.num(row["conso_2021_ha"], 1, "ha")),
        (w("Dont PENE déduite", "Of which PENE deducted"), w.num(row["pene_ha"], 1, "ha")),
        (w("Rythme annuel depuis 2021", "Yearly pace since 2021"), w.num(row["rythme_2021_ha_an"], 2, year)),
        (w("Enveloppe consommée", "Envelope used"), w.num(row["utilisation_pct"], 0, "%")),
        (w("Enveloppe restante", "Envelope left"), w.num(row["reste_ha"], 1, "ha")),
        (w("Projection 2021-2030 au rythme actuel", "2021-2030 projection at the current pace"),
         w.num(row["projection_2030_ha"], 1, "ha")),
        (w("Taux d'atteinte projeté", "Projected share of the envelope"), w.num(row["atteinte_pct"], 0, "%")),
        (w("Années restantes au rythme actuel", "Years left at the current pace"), w.num(row["annees_restantes"], 1)),
        (w("Année de dépassement", "Year the envelope is exceeded"),
         "–" if _value(row["annee_depassement"]) is None else str(int(row["annee_depassement"]))),
    ]
    table = h.table([w("Compteur", "Counter"), w("Valeur", "Value")], [(h.esc(k), v) for k, v in counters])
    missing = ""
    if row["nb_communes_absentes"]:
        missing = ("<p class='note'>⚠ " + w(
            f"{w.count(row['nb_communes_absentes'])} commune(s) du territoire absente(s) du fichier : ",
            f"{w.count(row['nb_communes_absentes'])} commune(s) of the territory missing from the file: ")
            + f"{h.esc(row['communes_absentes'])}</p>")
    return (f"<div class='card'><h2>{h.esc(row['territoire_nom'])} <small class='note'>({h.esc(row['territoire_id'])}, "
            f"{w.count(row['nb_communes'])} communes)</small></h2><p>{badge}</p>{chart}{table}{missing}</div>")


def _source(code: str, w: h.Words = h.Words("fr")) -> str:
    if code == "propre":
        return w("objectif propre", "own objective")
    if code.startswith("herite:"):
        return w(f"hérité de {code.split(':', 1)[1]}", f"inherited from {code.split(':', 1)[1]}")
    return w("objectif national par défaut", "national default objective")


def build_report(result: ZanResult, parameters: Dict[str, str], source_label: str,
                 generated_data_note: Optional[str] = None, lang: str = "fr") -> str:
    """A self-contained HTML page in ``lang``: summary table, one card per territory, method and warnings.
    ``parameters`` is {label: value}, already in ``lang``."""
    w = h.Words(lang)
    counters = result.counters
    last_year = int(counters["derniere_annee"].iloc[0])
    summary_rows = [
        (h.esc(r.territoire_nom), w.num(r.ref_ha, 1), w.num(r.enveloppe_garantie_ha, 1), w.num(r.conso_2021_ha, 1),
         w.num(r.utilisation_pct, 0), w.num(r.projection_2030_ha, 1),
         f"<span class='badge' style='background:{STATUS_COLORS.get(r.statut, '#777')}'>"
         f"{h.esc(w.pair(rules.STATUS_LABELS[r.statut]))}</span>")
        for r in counters.itertuples()
    ]
    summary = h.table([w("Territoire", "Territory"), w("Réf. 2011-2020 (ha)", "2011-2020 ref. (ha)"),
                       w("Enveloppe 2021-2030 (ha)", "2021-2030 envelope (ha)"),
                       w(f"Consommé 2021-{last_year} (ha)", f"Consumed 2021-{last_year} (ha)"),
                       w("Utilisé (%)", "Used (%)"), w("Projection 2030 (ha)", "2030 projection (ha)"),
                       w("Statut", "Status")], summary_rows, text_columns=(0, 6))
    cards = "".join(territory_card(row, result.annual.loc[row["territoire_id"]], last_year, w)
                    for _, row in counters.iterrows())
    params = h.table([w("Paramètre", "Parameter"), w("Valeur", "Value")],
                     [(h.esc(k), h.esc(v)) for k, v in parameters.items()])
    warnings = "".join(f"<li>{h.esc(m.fr if w.fr else m.en)}</li>" for m in result.warnings) or \
        f"<li>{w('Aucun', 'None')}</li>"
    unassigned = ""
    if result.unassigned_communes:
        unassigned = (f"<h3>{w('Communes du fichier hors territoires', 'Communes of the file outside the territories')} "
                      f"({w.count(len(result.unassigned_communes))})</h3>"
                      f"<p class='note'>{h.esc(', '.join(result.unassigned_communes))}</p>")
    generated = f"<p class='note'><b>⚠ {h.esc(generated_data_note)}</b></p>" if generated_data_note else ""
    method_fr = (
        "<h2>Méthode</h2><ul>"
        "<li>Source : flux annuels de consommation d'espaces naturels, agricoles et forestiers (Cerema, fichiers fonciers) ; "
        "le flux de l'année N est la colonne nafNNartN+1 (du 1<sup>er</sup> janvier N au 1<sup>er</sup> janvier N+1).</li>"
        "<li>Référence : somme des flux 2011 à 2020 inclus (10 ans). Enveloppe 2021-2030 = référence × (1 − objectif).</li>"
        "<li>Garantie communale : chaque commune couverte par un document d'urbanisme voit son enveloppe portée à 1 ha "
        "au minimum ; l'enveloppe d'un territoire est la somme de celles de ses communes.</li>"
        "<li>Projection : rythme annuel observé depuis 2021 × 10 ans. Statut : « déjà dépassée » si la consommation depuis "
        "2021 atteint l'enveloppe, « va dépasser » si la projection la dépasse.</li></ul>"
    )
    method_en = (
        "<h2>Method</h2><ul>"
        "<li>Source: yearly flows of consumption of natural, agricultural and forest land (Cerema, Fichiers fonciers); "
        "the flow of year N is column nafNNartN+1 (from 1 January N to 1 January N+1).</li>"
        "<li>Reference: sum of the 2011 to 2020 flows (10 years). 2021-2030 envelope = reference × (1 − objective).</li>"
        "<li>Garantie communale: every commune covered by a planning document gets an envelope of at least 1 ha; "
        "a territory's envelope is the sum of its communes'.</li>"
        "<li>Projection: yearly pace observed since 2021 × 10 years. Status: 'already exceeded' when the consumption "
        "since 2021 reaches the envelope, 'will exceed' when the projection goes beyond it.</li></ul>"
    )
    body = (f"{generated}<h2>{w('Synthèse', 'Summary')}</h2>{summary}{cards}{method_fr if w.fr else method_en}"
            f"<h2>{w('Paramètres', 'Parameters')}</h2>{params}"
            f"<h2>{w('Avertissements', 'Warnings')}</h2><ul>{warnings}</ul>{unassigned}"
            f"<p class='note'>{w('Fichier', 'File')}{' : ' if w.fr else ': '}{h.esc(source_label)} — {h.esc(result.layout)}. "
            + w(f"Rapport produit le {w.date(date.today())} par AULA Toolkit.",
                f"Report made on {w.date(date.today())} by AULA Toolkit.") + "</p>")
    return h.page(w("Compteurs ZAN — consommation d'espaces NAF", "ZAN counters — consumption of NAF land"), body,
                  lang=w.lang,
                  subtitle=w(f"Trajectoire de sobriété foncière 2021-2030 — données jusqu'en {last_year}",
                             f"2021-2030 land sobriety trajectory — data up to {last_year}"))

