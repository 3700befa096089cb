"""Every report speaks one language (French or English) and its tables agree with the result layer.

The friches report is rendered for the 618 real Cartofriches sites of the Pas-de-Calais under ``fr`` and
``en``; its summary tables are parsed back and compared with the scored table, counted by level id.
"""

from __future__ import annotations

import re
import time
from collections import Counter

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit import htmlreport as h
from aula_toolkit_plugin.aula_toolkit.friches import context, gpkg, grid as G, pipeline, report
from aula_toolkit_plugin.aula_toolkit.friches import fields as F
from aula_toolkit_plugin.tests.report_tables import table_after, tables_of


def as_int(text):
    return int(text.replace("\u202f", "").replace(",", ""))


@pytest.fixture(scope="module")
def friches(demo_data):
    frame, geoms, _ = gpkg.read_layer(demo_data / "friches" / "cartofriches_62_2024-03.gpkg", "friches_62")
    ctx = context.load_demo_context(demo_data / "friches" / "contexte_artois_GENERE.gpkg",
                                    demo_data / "admin" / "artois_admin_2026.gpkg")
    communes = context.load_demo_communes(demo_data / "friches" / "contexte_artois_GENERE.gpkg")
    a = pipeline.assess_sites(frame, pipeline.site_points(geoms), G.load_grid(), ctx, communes, french=False)
    return frame, a


def test_number_formats_follow_the_language():
    assert h.fmt(1234.56, 1, "m²", "fr") == "1\u202f234,6\u00a0m²"
    assert h.fmt(1234.56, 1, "m²", "en") == "1,234.6\u00a0m²"
    assert h.count(125.0, "fr") == "125" and h.count(12500, "en") == "12,500"
    assert h.fmt(-0.04, 1) == "0,0"
    assert h.report_language("", "fr_FR") == "fr" and h.report_language("", "de_DE") == "en"
    assert h.report_language("en", "fr_FR") == "en" and h.report_language("", "") == "fr"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_friches_report_counts_by_level_id_in_one_language(friches, lang):
    frame, a = friches
    t = a.table
    html = report.build_report(a, lang=lang, names=frame["site_nom"].tolist(), communes=frame["comm_nom"].tolist())
    w = h.Words(lang)
    grid = a.result.grid
    # fiabilité: counted from the score (computed in English here), whatever the report's language
    fia = table_after(html, w("Fiabilité", "Reliability"))
    levels = sorted(grid.fiabilite_levels, key=lambda lv: -lv.min)
    expected = Counter(report.level_ids(grid.fiabilite_levels, t[F.FIABILITE].astype(float)))
    assert [r[0] for r in fia[1:]] == [w.pair((lv.fr, lv.en)) for lv in levels]
    assert [as_int(r[2]) for r in fia[1:]] == [expected.get(lv.id, 0) for lv in levels]
    assert sum(as_int(r[2]) for r in fia[1:]) == len(t) == 618
    pot = table_after(html, w("Potentiel", "Potential"))
    assert sum(as_int(r[2]) for r in pot[1:]) == int(t[F.USAGE_1].notna().sum())
    # the summary table lists every site, by name, with its commune and best use in words
    sites = table_after(html, w("Tous les sites", "All sites"))
    assert len(sites) == 1 + len(t)
    first = sites[1]
    assert first[0] == frame["site_nom"].iloc[0] and first[1] == frame["comm_nom"].iloc[0]
    assert first[2] == w.pair(grid.use_labels[t[F.USAGE_1].iloc[0]])
    assert html.count("class='card'") == len(t)
    assert html.count("<a href='#site-") == len(t)
    # one language: no label of the other one
    other = h.Words("en" if lang == "fr" else "fr")
    for lv in grid.fiabilite_levels:
        if w.pair((lv.fr, lv.en)) != other.pair((lv.fr, lv.en)):
            assert other.pair((lv.fr, lv.en)) not in html.replace(w.pair((lv.fr, lv.en)), "")
    assert other("Usage le plus adapté", "Best use") not in html
    assert not re.search(r"\(\s*(true|false)\s*,", html)
    bars = re.findall(r"<text x='[\d.]+' y='\d+'>([^<]+)</text>", html.split(w("Indice moyen", "Mean index"))[0])
    assert bars and all(b.isdigit() for b in bars)  # counts of sites drawn as integers
    assert w("hors centre-ville", "outside the town centre") in html
    assert other("aucun dans le rayon de recherche", "none within the search radius") not in html
    assert "m²" in html and "<script src" not in html and "https://" not in html


def test_friches_report_stays_light_with_10000_sites(friches):
    frame, a = friches
    start = time.perf_counter()
    html = report.build_report(a, lang="fr", names=frame["site_nom"].tolist(), communes=frame["comm_nom"].tolist())
    elapsed = time.perf_counter() - start
    print(f"friches report, {len(a.table)} sites: {elapsed * 1000:.0f} ms, {len(html) / 1e6:.2f} MB")
    big = a.result
    reps = 10_000 // len(big.table) + 1
    from aula_toolkit_plugin.aula_toolkit.friches.scoring import score_sites
    criteria = {c: np.concatenate([np.asarray(v, dtype=object)] * reps) for c, v in a.criteria.items()}
    ids = [f"s{i}" for i in range(len(big.table) * reps)]
    scored = score_sites(big.grid, criteria, ids, True)
    many = pipeline.Assessment(scored, criteria, a.sources)
    start = time.perf_counter()
    html = report.build_report(many, lang="fr")
    elapsed = time.perf_counter() - start
    print(f"friches report, {len(ids)} sites: {elapsed:.2f} s, {len(html) / 1e6:.1f} MB")
    assert html.count("class='card'") == report.MAX_CARDS
    assert len(tables_of(html)[-1][1]) == 1 + len(ids)
    assert len(html) < 25e6  # light: timings are printed here and measured by the benchmarks
