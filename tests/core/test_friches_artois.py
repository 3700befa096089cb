"""The real Cartofriches sites of the Artois (5 EPCI) end to end through the core, with the real town
halls and the GENERATED demo context layers."""

import time

import numpy as np
import pandas as pd
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.friches import context, gpkg, grid as G, pipeline, report
from aula_toolkit_plugin.aula_toolkit.friches import fields as F

USES = G.load_grid().uses


@pytest.fixture(scope="module")
def artois(demo_data):
    members = pd.read_csv(demo_data / "zan" / "appartenance_epci_artois_2026.csv", dtype=str)
    frame, geoms, srs = gpkg.read_layer(demo_data / "friches" / "cartofriches_62_2024-03.gpkg", "friches_62")
    keep = frame["comm_insee"].isin(members["insee_com"]).to_numpy()
    frame = frame[keep].reset_index(drop=True)
    geoms = [g for g, k in zip(geoms, keep) if k]
    assert srs == 2154
    return frame, geoms, members


@pytest.fixture(scope="module")
def layers(demo_data):
    return (context.load_demo_context(demo_data / "friches" / "contexte_artois_GENERE.gpkg",
                                      demo_data / "admin" / "artois_admin_2026.gpkg"),
            context.load_demo_communes(demo_data / "friches" / "contexte_artois_GENERE.gpkg"))


def test_artois_sites_are_the_real_cartofriches_extract(artois):
    frame, geoms, members = artois
    assert len(frame) == 328
    assert frame["site_id"].is_unique
    assert set(frame["comm_insee"]) <= set(members["insee_com"])


def test_fields_only_run_recognises_cartofriches_fields(artois):
    frame, geoms, _ = artois
    a = pipeline.assess_sites(frame, pipeline.site_points(geoms), G.load_grid())
    t = a.table
    assert len(t) == 328
    for cid in ("surfaceSite", "typeProprietaire", "zonageReglementaire", "presencePollution"):
        assert a.sources[cid] == "champ"
    # every site has an owner type from proprio_type, and public owners are frequent in the Artois
    owners = pd.Series(a.criteria["typeProprietaire"]).value_counts()
    assert owners.get("public", 0) > 50 and owners.get("prive", 0) > 50
    assert t[F.FIABILITE].max() <= 3.0  # 6 field criteria at most: low confidence, said so
    assert (t[F.FIABILITE_NIVEAU].isin(["Très peu fiable", "Peu fiable"])).all()
    assert any("Sans source" in m.fr for m in a.messages)


def test_end_to_end_with_layers(artois, layers):
    frame, geoms, _ = artois
    ctx, communes = layers
    start = time.perf_counter()
    a = pipeline.assess_sites(frame, pipeline.site_points(geoms), G.load_grid(), ctx, communes,
                              sensitivity_percent=20, sensitivity_draws=50)
    elapsed = time.perf_counter() - start
    t = a.table
    assert elapsed < 2.0
    idx = t[[F.index_field(u) for u in USES]].to_numpy()
    assert ((idx >= 0) & (idx <= 100)).all()
    ranks = np.sort(t[[F.rank_field(u) for u in USES]].to_numpy(), axis=1)
    assert (ranks == np.arange(1, 8)).all()
    best_idx = t.apply(lambda r: r[F.index_field(r[F.USAGE_1])], axis=1)
    assert (best_idx == t[F.INDICE_1]).all()
    assert (t[F.INDICE_1] >= t[F.INDICE_2]).all()
    assert t[F.USAGE_1].nunique() >= 4
    # layers make the confidence much higher than fields alone
    assert t[F.FIABILITE].min() >= 5.0
    assert "stabilite" in t and t["stabilite"].between(0, 100).all()
    assert a.sources["siteEnCentreVille"] == "MAIRIES" and a.sources["tauxLogementsVacants"] == "COMMUNE_DATA"
    # centre-ville exactly when a real town hall lies within 1 km
    xy = pipeline.site_points(geoms)
    dist = context.nearest_distance(xy, ctx["MAIRIES"].points)
    centre = np.asarray(a.criteria["siteEnCentreVille"]) == "true"
    assert (centre == (dist <= 1000)).all() and 0 < centre.sum() < len(centre)


def test_details_and_report(artois, layers):
    frame, geoms, _ = artois
    ctx, communes = layers
    a = pipeline.assess_sites(frame.head(20), pipeline.site_points(geoms[:20]), G.load_grid("v1.16"), ctx, communes)
    d = a.details()
    assert len(d) == 20 * 7 * 31
    assert set(d[F.D_COTE]) <= {F.SIDE_ADVANTAGE, F.SIDE_CONSTRAINT, F.SIDE_NEUTRAL, F.SIDE_UNKNOWN, F.SIDE_UNSCORED}
    html = report.build_report(a, described={"Grille": "v1.16"})
    assert html.startswith("<!DOCTYPE html>")
    assert frame["site_id"].iloc[0] in html and "Atouts pour" in html
    assert "<script src" not in html and "src=" not in html and "<link" not in html and "https://" not in html


def test_multi_parcel_sites_are_merged():
    from shapely.geometry import box
    ids, geoms, first = pipeline.merge_parcels(["a", "b", "a"], [box(0, 0, 10, 10), box(50, 50, 60, 60),
                                                                box(10, 0, 20, 10)])
    assert ids == ["a", "b"] and first.tolist() == [0, 1]
    assert geoms[0].area == pytest.approx(200.0)


def test_sites_without_geometry_are_named():
    from shapely.geometry import Point
    with pytest.raises(AulaInputError, match="sans géométrie"):
        pipeline.site_points([Point(0, 0), None])
