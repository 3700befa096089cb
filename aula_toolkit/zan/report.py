"""The ZAN report an elected official can read: per territory, the yearly chart and the counters."""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np
import pandas as pd

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


def territory_card(row, annual_m2, last_year: int) -> str:
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
        lines=[("Moyenne 2011-2020", "#34495e", reference_line),
               ("Trajectoire de l'enveloppe 2021-2030 (rythme annuel autorisé)", "#c0392b", objective_line)],
        bar_label="Consommation observée (ha/an)", unit="ha", title=row["territoire_nom"],
    )
    status = row["statut"]
    badge = (f"<span class='badge' style='background:{STATUS_COLORS.get(status, '#777')}'>"
             f"{h.esc(rules.STATUS_LABELS[status][0])}</span>")
    counters = [
        ("Consommation de référence 2011-2020", h.fmt(row["ref_ha"], 1, "ha")),
        ("Rythme annuel de référence", h.fmt(row["rythme_ref_ha_an"], 2, "ha/an")),
        ("Objectif de réduction", f"{h.fmt(row['objectif_pct'], 1, '%')} ({h.esc(_source(row['objectif_source']))})"),
        ("Enveloppe 2021-2030 (sans garantie)", h.fmt(row["enveloppe_ha"], 1, "ha")),
        ("Enveloppe 2021-2030 avec garantie communale", h.fmt(row["enveloppe_garantie_ha"], 1, "ha")),
        (f"Consommé depuis 2021 (2021-{last_year})", h.fmt(row["conso_2021_ha"], 1, "ha")),
        ("Dont PENE déduite", h.fmt(row["pene_ha"], 1, "ha")),
        ("Rythme annuel depuis 2021", h.fmt(row["rythme_2021_ha_an"], 2, "ha/an")),
        ("Enveloppe consommée", h.fmt(row["utilisation_pct"], 0, "%")),
        ("Enveloppe restante", h.fmt(row["reste_ha"], 1, "ha")),
        ("Projection 2021-2030 au rythme actuel", h.fmt(row["projection_2030_ha"], 1, "ha")),
        ("Taux d'atteinte projeté", h.fmt(row["atteinte_pct"], 0, "%")),
        ("Années restantes au rythme actuel", h.fmt(row["annees_restantes"], 1)),
        ("Année de dépassement", "–" if _value(row["annee_depassement"]) is None else str(int(row["annee_depassement"]))),
    ]
    table = h.table(["Compteur", "Valeur"], [(h.esc(k), v) for k, v in counters])
    missing = ""
    if row["nb_communes_absentes"]:
        missing = (f"<p class='note'>⚠ {row['nb_communes_absentes']} commune(s) du territoire absente(s) du fichier : "
                   f"{h.esc(row['communes_absentes'])}</p>")
    return (f"<div class='card'><h2>{h.esc(row['territoire_nom'])} <small class='note'>({h.esc(row['territoire_id'])}, "
            f"{row['nb_communes']} communes)</small></h2><p>{badge}</p>{chart}{table}{missing}</div>")


def _source(code: str) -> str:
    if code == "propre":
        return "objectif propre"
    if code.startswith("herite:"):
        return f"hérité de {code.split(':', 1)[1]}"
    return "objectif national par défaut"


def build_report(result: ZanResult, parameters: Dict[str, str], source_label: str,
                 generated_data_note: Optional[str] = None) -> str:
    """A self-contained HTML page: summary table, one card per territory, method and warnings."""
    counters = result.counters
    last_year = int(counters["derniere_annee"].iloc[0])
    summary_rows = [
        (h.esc(r.territoire_nom), h.fmt(r.ref_ha, 1), h.fmt(r.enveloppe_garantie_ha, 1), h.fmt(r.conso_2021_ha, 1),
         h.fmt(r.utilisation_pct, 0), h.fmt(r.projection_2030_ha, 1),
         f"<span class='badge' style='background:{STATUS_COLORS.get(r.statut, '#777')}'>"
         f"{h.esc(rules.STATUS_LABELS[r.statut][0])}</span>")
        for r in counters.itertuples()
    ]
    summary = h.table(["Territoire", "Réf. 2011-2020 (ha)", "Enveloppe 2021-2030 (ha)",
                       f"Consommé 2021-{last_year} (ha)", "Utilisé (%)", "Projection 2030 (ha)", "Statut"],
                      summary_rows, text_columns=(0, 6))
    annual = result.annual.reindex(counters["territoire_id"])  # one lookup for all cards, not one per card
    cards = "".join(territory_card(row, pd.Series(values, index=annual.columns), last_year)
                    for row, values in zip(counters.to_dict("records"), annual.to_numpy()))
    params = h.table(["Paramètre", "Valeur"], [(h.esc(k), h.esc(v)) for k, v in parameters.items()])
    warnings = "".join(f"<li>{h.esc(w.fr)}</li>" for w in result.warnings) or "<li>Aucun</li>"
    unassigned = ""
    if result.unassigned_communes:
        unassigned = (f"<h3>Communes du fichier hors territoires ({len(result.unassigned_communes)})</h3>"
                      f"<p class='note'>{h.esc(', '.join(result.unassigned_communes))}</p>")
    generated = f"<p class='note'><b>⚠ {h.esc(generated_data_note)}</b></p>" if generated_data_note else ""
    method = (
        "<h2>Méthode</h2><ul>"
        "<li>Source : flux annuels de consommation d'espaces naturels, agricoles et forestiers (Cerema, fichiers fonciers) ; "
        "le flux de l'année N est la colonne nafNNartN+1 (du 1<sup>er</sup> janvier N au 1<sup>er</sup> janvier N+1).</li>"
        "<li>Référence : somme des flux 2011 à 2020 inclus (10 ans). Enveloppe 2021-2030 = référence × (1 − objectif).</li>"
        "<li>Garantie communale : chaque commune couverte par un document d'urbanisme voit son enveloppe portée à 1 ha "
        "au minimum ; l'enveloppe d'un territoire est la somme de celles de ses communes.</li>"
        "<li>Projection : rythme annuel observé depuis 2021 × 10 ans. Statut : « déjà dépassée » si la consommation depuis "
        "2021 atteint l'enveloppe, « va dépasser » si la projection la dépasse.</li></ul>"
    )
    body = (f"{generated}<h2>Synthèse</h2>{summary}{cards}{method}<h2>Paramètres</h2>{params}"
            f"<h2>Avertissements</h2><ul>{warnings}</ul>{unassigned}"
            f"<p class='note'>Fichier : {h.esc(source_label)} — {h.esc(result.layout)}. "
            f"Rapport produit le {date.today().isoformat()} par AULA Toolkit.</p>")
    return h.page("Compteurs ZAN — consommation d'espaces NAF", body,
                  subtitle=f"Trajectoire de sobriété foncière 2021-2030 — données jusqu'en {last_year}")

