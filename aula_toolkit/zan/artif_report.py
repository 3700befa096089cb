"""The net artificialisation report: per territory, the 2011–2050 trajectory and the OCS GE counters.

The chart puts the two ZAN measures on one time line, as the law does: Cerema consumption of NAF
land (bars, 2011 → last year of the file), the 2011–2020 mean, the −50 % envelope of 2021–2030,
then net artificialisation measured on OCS GE (its yearly rate over the millésimes) against the
path to zero net artificialisation in 2050 (halved again for 2031–2040, then linearly to zero).
"""

from __future__ import annotations

from datetime import date
from typing import Dict, Optional

import numpy as np
import pandas as pd

from .. import htmlreport as h
from . import ocsge, rules
from .artif import ArtifResult

CHART_YEARS = list(range(2011, 2051))
COVERAGE_COLORS = {ocsge.COVERAGE_UNIFORM: "#27ae60", ocsge.COVERAGE_NOT_UNIFORM: "#e67e22",
                   ocsge.COVERAGE_PARTIAL: "#c0392b", ocsge.COVERAGE_NO_DATA: "#7f8c8d"}


def trajectory_lines(reference_rate_ha: Optional[float]):
    """Yearly allowance (ha/yr): −50 % on 2021–2030, −75 % on 2031–2040, then linearly to 0 in 2050."""
    if reference_rate_ha is None or np.isnan(reference_rate_ha):
        return [None] * len(CHART_YEARS)
    out = []
    for year in CHART_YEARS:
        if year < 2021:
            out.append(None)
        elif year <= 2030:
            out.append(reference_rate_ha * 0.5)
        elif year <= 2040:
            out.append(reference_rate_ha * 0.25)
        else:
            out.append(reference_rate_ha * 0.25 * (2050 - year) / 10.0)
    return out


def _value(v):
    return None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v)


def territory_card(row, consumption_ha: Optional[pd.Series]) -> str:
    bars = [None] * len(CHART_YEARS)
    reference = None
    if consumption_ha is not None and len(consumption_ha):
        for i, year in enumerate(CHART_YEARS):
            if year in consumption_ha.index:
                bars[i] = _value(consumption_ha.loc[year])
        ref_years = [y for y in range(2011, 2021) if y in consumption_ha.index]
        if len(ref_years) == 10:
            reference = float(consumption_ha.loc[ref_years].sum()) / 10.0
    net_rate = _value(row["net_ha_an"])
    firsts = [int(y) for y in str(row["millesime_avant"]).split(", ") if y.strip().isdigit()]
    lasts = [int(y) for y in str(row["millesime_apres"]).split(", ") if y.strip().isdigit()]
    net_line = [net_rate if firsts and lasts and min(firsts) <= y < max(lasts) else None for y in CHART_YEARS] \
        if net_rate is not None else [None] * len(CHART_YEARS)
    lines = [("Artificialisation nette mesurée par l'OCS GE (ha/an)", "#8e44ad", net_line)]
    if reference is not None:
        lines.insert(0, ("Moyenne 2011-2020", "#34495e",
                         [reference if 2011 <= y <= 2020 else None for y in CHART_YEARS]))
        lines.append(("Trajectoire : −50 % en 2021-2030, puis zéro artificialisation nette en 2050", "#c0392b",
                      trajectory_lines(reference)))
    chart = h.bar_line_chart(CHART_YEARS, bars, lines=lines, bar_label="Consommation d'espaces NAF (Cerema, ha/an)",
                             unit="ha/an", title=row["territoire_nom"])
    status = row["couverture"]
    badge = (f"<span class='badge' style='background:{COVERAGE_COLORS.get(status, '#777')}'>"
             f"{h.esc(ocsge.COVERAGE_LABELS[status][0])}</span>")
    flag = ""
    if _value(row["ecart_signale"]) == 1:
        flag = " ⚠ écart supérieur à 0,5 ha"
    counters = [
        ("Millésimes", h.esc(row["millesimes"] or "–")),
        (f"Surface artificialisée au millésime initial ({h.esc(row['millesime_avant'])})",
         f"{h.fmt(row['stock_avant_ha'], 1, 'ha')} ({h.fmt(row['stock_avant_pct'], 1, '%')})"),
        (f"Surface artificialisée au millésime final ({h.esc(row['millesime_apres'])})",
         f"{h.fmt(row['stock_apres_ha'], 1, 'ha')} ({h.fmt(row['stock_apres_pct'], 1, '%')})"),
        ("Artificialisation", h.fmt(row["artificialisation_ha"], 2, "ha")),
        ("Renaturation", h.fmt(row["renaturation_ha"], 2, "ha")),
        ("Artificialisation nette", h.fmt(row["net_ha"], 2, "ha")),
        ("Artificialisation nette annuelle", h.fmt(row["net_ha_an"], 2, "ha/an")),
        ("Contrôle : différence − écart des stocks", h.fmt(row["ecart_ha"], 3, "ha") + h.esc(flag)),
    ]
    if reference is not None:
        counters.insert(0, ("Consommation d'espaces NAF 2011-2020 (Cerema)", h.fmt(reference * 10, 1, "ha")))
    table = h.table(["Indicateur", "Valeur"], [(h.esc(k), v) for k, v in counters])
    return (f"<div class='card'><h2>{h.esc(row['territoire_nom'])} <small class='note'>({h.esc(row['territoire_id'])}, "
            f"{row['nb_communes']} communes, {h.fmt(row['surface_ha'], 0, 'ha')})</small></h2><p>{badge}</p>"
            f"{chart}{table}</div>")


def build_report(result: ArtifResult, parameters: Dict[str, str], consumption_ha: Optional[pd.DataFrame] = None,
                 generated_data_note: Optional[str] = None) -> str:
    """Self-contained HTML: summary, one card per territory with the 2011–2050 chart, method, warnings."""
    table = result.territories
    summary = h.table(
        ["Territoire", "Millésimes", "Artif. initiale (ha)", "Artif. finale (ha)", "Artificialisation (ha)",
         "Renaturation (ha)", "Nette (ha)", "Nette (ha/an)", "Couverture"],
        [(h.esc(r.territoire_nom), h.esc(r.millesimes), h.fmt(r.stock_avant_ha, 1), h.fmt(r.stock_apres_ha, 1),
          h.fmt(r.artificialisation_ha, 2), h.fmt(r.renaturation_ha, 2), h.fmt(r.net_ha, 2), h.fmt(r.net_ha_an, 2),
          h.esc(ocsge.COVERAGE_LABELS[r.couverture][0])) for r in table.itertuples()],
        text_columns=(0, 1, 8))
    cards = "".join(
        territory_card(row, consumption_ha.loc[row["territoire_id"]]
                       if consumption_ha is not None and row["territoire_id"] in consumption_ha.index else None)
        for _, row in table.iterrows())
    params = h.table(["Paramètre", "Valeur"], [(h.esc(k), h.esc(v)) for k, v in parameters.items()])
    warnings = "".join(f"<li>{h.esc(w.fr)}</li>" for w in result.warnings) or "<li>Aucun</li>"
    generated = f"<p class='note'><b>⚠ {h.esc(generated_data_note)}</b></p>" if generated_data_note else ""
    method = (
        "<h2>Méthode</h2><ul>"
        "<li>Source : OCS GE de l'IGN, produits « artificialisation » (stock de chaque millésime, champ <i>artif</i>) "
        "et « différence » (champ <i>artificialisation</i> : 1 = artificialisé, −1 = renaturé). À défaut, la matrice "
        "couverture × usage puis les seuils du décret du 27 novembre 2023 (bâti ≥ 50 m², autres surfaces ≥ 2 500 m²).</li>"
        "<li>Les polygones sont découpés par les limites communales ; les surfaces sont calculées en Lambert-93 "
        "(EPSG:2154). Un territoire est la somme de ses communes.</li>"
        "<li>Millésimes : pour chaque département, le premier millésime livré est l'indice 1 et le suivant l'indice 2 ; "
        "un territoire à cheval sur deux départements peut donc mêler des années différentes "
        "(couverture « millésimes différents »). Artificialisation nette annuelle = somme, par commune, de la nette "
        "divisée par l'écart entre ses millésimes.</li>"
        f"<li>Contrôle : la nette issue de la différence doit égaler l'écart des stocks à "
        f"{h.fmt(ocsge.CONSISTENCY_TOLERANCE_HA, 1, 'ha')} près (règle de Mon Diagnostic Artificialisation).</li>"
        "<li>Trajectoire : consommation d'espaces NAF (Cerema) jusqu'en 2030, puis artificialisation nette ; "
        "rythme autorisé −50 % en 2021-2030 par rapport à 2011-2020, divisé à nouveau par deux en 2031-2040, "
        "puis décroissance linéaire jusqu'à zéro artificialisation nette en 2050 (trajectoire indicative).</li></ul>"
    )
    body = (f"{generated}<h2>Synthèse</h2>{summary}{cards}{method}<h2>Paramètres</h2>{params}"
            f"<h2>Avertissements</h2><ul>{warnings}</ul>"
            f"<p class='note'>Rapport produit le {date.today().isoformat()} par AULA Toolkit.</p>")
    return h.page("Artificialisation nette des sols — OCS GE", body,
                  subtitle="Trajectoire ZAN 2011-2050 : consommation d'espaces puis artificialisation nette")


def consumption_by_territory(table, territory_of: pd.Series) -> pd.DataFrame:
    """Cerema yearly consumption (ha) summed per territory: rows territory id, columns years."""
    frame = pd.DataFrame(rules.to_ha(table.total), index=table.communes, columns=[int(y) for y in table.years])
    ids = territory_of.reindex(frame.index)
    return frame[ids.notna().to_numpy()].groupby(ids.dropna().to_numpy()).sum()
