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


def territory_card(row, consumption_ha: Optional[pd.Series], lang: str = "fr") -> str:
    w = h.Words(lang)
    num = w.num
    per_year = w("ha/an", "ha/yr")
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
    lines = [(w("Artificialisation nette mesurée par l'OCS GE (ha/an)",
                "Net artificialisation measured on OCS GE (ha/yr)"), "#8e44ad", net_line)]
    if reference is not None:
        lines.insert(0, (w("Moyenne 2011-2020", "2011-2020 mean"), "#34495e",
                         [reference if 2011 <= y <= 2020 else None for y in CHART_YEARS]))
        lines.append((w("Trajectoire : −50 % en 2021-2030, puis zéro artificialisation nette en 2050",
                        "Trajectory: −50% in 2021-2030, then zero net artificialisation in 2050"), "#c0392b",
                      trajectory_lines(reference)))
    chart = h.bar_line_chart(CHART_YEARS, bars, lines=lines,
                             bar_label=w("Consommation d'espaces NAF (Cerema, ha/an)",
                                         "Consumption of NAF land (Cerema, ha/yr)"),
                             unit=per_year, title=row["territoire_nom"], lang=w.lang)
    status = row["couverture"]
    badge = (f"<span class='badge' style='background:{COVERAGE_COLORS.get(status, '#777')}'>"
             f"{h.esc(w.pair(ocsge.COVERAGE_LABELS[status]))}</span>")
    flag = ""
    if _value(row["ecart_signale"]) == 1:
        flag = w(" ⚠ écart supérieur à ", " ⚠ gap above ") + num(ocsge.CONSISTENCY_TOLERANCE_HA, 1, "ha")
    counters = [
        (w("Millésimes", "Millésimes"), h.esc(row["millesimes"] or "–")),
        (w("Surface artificialisée au millésime initial", "Artificial area at the first millésime")
         + f" ({h.esc(row['millesime_avant'])})",
         f"{num(row['stock_avant_ha'], 1, 'ha')} ({num(row['stock_avant_pct'], 1, '%')})"),
        (w("Surface artificialisée au millésime final", "Artificial area at the last millésime")
         + f" ({h.esc(row['millesime_apres'])})",
         f"{num(row['stock_apres_ha'], 1, 'ha')} ({num(row['stock_apres_pct'], 1, '%')})"),
        (w("Artificialisation", "Artificialisation"), num(row["artificialisation_ha"], 2, "ha")),
        (w("Renaturation", "Renaturation"), num(row["renaturation_ha"], 2, "ha")),
        (w("Artificialisation nette", "Net artificialisation"), num(row["net_ha"], 2, "ha")),
        (w("Artificialisation nette annuelle", "Yearly net artificialisation"), num(row["net_ha_an"], 2, per_year)),
        (w("Contrôle : différence − écart des stocks", "Check: difference − change of the stocks"),
         num(row["ecart_ha"], 3, "ha") + h.esc(flag)),
    ]
    if reference is not None:
        counters.insert(0, (w("Consommation d'espaces NAF 2011-2020 (Cerema)", "NAF land consumed 2011-2020 (Cerema)"),
                            num(reference * 10, 1, "ha")))
    table = h.table([w("Indicateur", "Indicator"), w("Valeur", "Value")], [(h.esc(k), v) for k, v in counters])
    return (f"<div class='card'><h2>{h.esc(row['territoire_nom'])} <small class='note'>({h.esc(row['territoire_id'])}, "
            f"{w.count(row['nb_communes'])} communes, {num(row['surface_ha'], 0, 'ha')})</small></h2><p>{badge}</p>"
            f"{chart}{table}</div>")


METHOD_FR = (
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
    "<li>Contrôle : la nette issue de la différence doit égaler l'écart des stocks à {tolerance} près (règle de "
    "Mon Diagnostic Artificialisation).</li>"
    "<li>Trajectoire : consommation d'espaces NAF (Cerema) jusqu'en 2030, puis artificialisation nette ; "
    "rythme autorisé −50 % en 2021-2030 par rapport à 2011-2020, divisé à nouveau par deux en 2031-2040, "
    "puis décroissance linéaire jusqu'à zéro artificialisation nette en 2050 (trajectoire indicative).</li></ul>")
METHOD_EN = (
    "<h2>Method</h2><ul>"
    "<li>Source: IGN's OCS GE, \"artificialisation\" products (stock of each millésime, field <i>artif</i>) and "
    "\"difference\" (field <i>artificialisation</i>: 1 = artificialised, −1 = renatured). Otherwise the cover × use "
    "matrix then the thresholds of the décret of 27 November 2023 (buildings ≥ 50 m², other surfaces ≥ 2,500 m²).</li>"
    "<li>Polygons are cut by the commune boundaries; areas are computed in Lambert-93 (EPSG:2154). A territory is "
    "the sum of its communes.</li>"
    "<li>Millésimes: in each département, the first millésime delivered is index 1 and the next index 2; a territory "
    "over two départements may thus mix different years (coverage \"millésimes differ\"). Yearly net "
    "artificialisation = sum, over the communes, of the net divided by the years between their millésimes.</li>"
    "<li>Check: the net from the difference must equal the change of the stocks within {tolerance} (rule of Mon "
    "Diagnostic Artificialisation).</li>"
    "<li>Trajectory: NAF land consumption (Cerema) up to 2030, then net artificialisation; allowed pace −50% in "
    "2021-2030 against 2011-2020, halved again in 2031-2040, then linearly down to zero net artificialisation in "
    "2050 (indicative trajectory).</li></ul>")


def build_report(result: ArtifResult, parameters: Dict[str, str], consumption_ha: Optional[pd.DataFrame] = None,
                 generated_data_note: Optional[str] = None, lang: str = "fr") -> str:
    """Self-contained HTML in one language: summary, one card per territory with the 2011–2050 chart, method,
    warnings."""
    w = h.Words(lang)
    num = w.num
    table = result.territories
    summary = h.table(
        [w("Territoire", "Territory"), w("Millésimes", "Millésimes"), w("Artif. initiale (ha)", "First artif. (ha)"),
         w("Artif. finale (ha)", "Last artif. (ha)"), w("Artificialisation (ha)", "Artificialisation (ha)"),
         w("Renaturation (ha)", "Renaturation (ha)"), w("Nette (ha)", "Net (ha)"), w("Nette (ha/an)", "Net (ha/yr)"),
         w("Couverture", "Coverage")],
        [(h.esc(r.territoire_nom), h.esc(r.millesimes), num(r.stock_avant_ha, 1), num(r.stock_apres_ha, 1),
          num(r.artificialisation_ha, 2), num(r.renaturation_ha, 2), num(r.net_ha, 2), num(r.net_ha_an, 2),
          h.esc(w.pair(ocsge.COVERAGE_LABELS[r.couverture]))) for r in table.itertuples()],
        text_columns=(0, 1, 8))
    cards = "".join(
        territory_card(row, consumption_ha.loc[row["territoire_id"]]
                       if consumption_ha is not None and row["territoire_id"] in consumption_ha.index else None,
                       w.lang)
        for _, row in table.iterrows())
    params = h.table([w("Paramètre", "Parameter"), w("Valeur", "Value")],
                     [(h.esc(k), h.esc(v)) for k, v in parameters.items()])
    warnings = "".join(f"<li>{h.esc(m.fr if w.fr else m.en)}</li>" for m in result.warnings) \
        or f"<li>{w('Aucun', 'None')}</li>"
    generated = f"<p class='note'><b>⚠ {h.esc(generated_data_note)}</b></p>" if generated_data_note else ""
    method = (METHOD_FR if w.fr else METHOD_EN).replace("{tolerance}", num(ocsge.CONSISTENCY_TOLERANCE_HA, 1, "ha"))
    body = (f"{generated}<h2>{w('Synthèse', 'Summary')}</h2>{summary}{cards}{method}"
            f"<h2>{w('Paramètres', 'Parameters')}</h2>{params}<h2>{w('Avertissements', 'Warnings')}</h2><ul>{warnings}</ul>"
            f"<p class='note'>{w('Rapport produit le', 'Report made on')} {w.date(date.today())} "
            f"{w('par', 'by')} AULA Toolkit.</p>")
    return h.page(w("Artificialisation nette des sols — OCS GE", "Net land artificialisation — OCS GE"), body,
                  lang=w.lang, subtitle=w("Trajectoire ZAN 2011-2050 : consommation d'espaces puis artificialisation "
                                          "nette", "ZAN trajectory 2011-2050: land consumption then net "
                                          "artificialisation"))


def consumption_by_territory(table, territory_of: pd.Series) -> pd.DataFrame:
    """Cerema yearly consumption (ha) summed per territory: rows territory id, columns years."""
    frame = pd.DataFrame(rules.to_ha(table.total), index=table.communes, columns=[int(y) for y in table.years])
    ids = territory_of.reindex(frame.index)
    return frame[ids.notna().to_numpy()].groupby(ids.dropna().to_numpy()).sum()
