"""ZAE inventory core on hand-made parcels: one test per rule of the method note (R1–R13), no QGIS."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon, box

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.zae import activity, geom, loaders
from aula_toolkit_plugin.aula_toolkit.zae import inventory as inv

YEAR = 2024


def idu(i: int) -> str:
    return f"62498000AB{i:04d}"


def run(zones, parcels, owners=None, establishments=None, buildings=None, friches=None, stage=None,
        zone_attrs=None, vacant_premises=None, **settings):
    Z = geom.PolygonArray.from_wkb([z.wkb for z in zones])
    P = geom.PolygonArray.from_wkb([p.wkb for p in parcels])
    attrs = pd.DataFrame({"idu": [idu(i) for i in range(len(parcels))], "contenance": [p.area for p in parcels]})
    own = None
    if owners is not None:
        rows = [(idu(i), acc) for i, accs in owners.items() for acc in accs]
        own = loaders.load_owners(pd.DataFrame(rows, columns=["idu", "compte"]))
    est = None
    if establishments is not None:
        est = loaders.load_establishments(pd.DataFrame(establishments))
    B = battrs = None
    if buildings is not None:
        B = geom.PolygonArray.from_wkb([b.wkb for b, _ in buildings])
        battrs = loaders.load_buildings(pd.DataFrame({"usage_1": [u for _, u in buildings],
                                                      "construction_legere": ["false"] * len(buildings),
                                                      "etat_de_l_objet": ["En service"] * len(buildings),
                                                      "nombre_de_logements": [2 if u == "Résidentiel" else 0
                                                                              for _, u in buildings]}))
    fr = fshapes = None
    if friches is not None:
        fr = loaders.load_friches(pd.DataFrame({"site_id": [f"F{i}" for i in range(len(friches))],
                                                "site_statut": [s for _, s in friches]}))
        fshapes = [g for g, _ in friches]
    data = inv.Inputs(Z, zone_attrs if zone_attrs is not None else pd.DataFrame(index=range(len(zones))), P, attrs,
                      owners=own, establishments=est, buildings=B, building_attrs=battrs, friches=fr,
                      friche_shapes=fshapes, stage=stage, vacant_premises=vacant_premises)
    return inv.run_inventory(data, inv.Settings(year=YEAR, **settings))


def estab(siret, x, y, etat="A", created="2010-01-01", debut=None, catjur="5710", tranche="03", naf="25.11Z"):
    return {"siret": siret, "etatAdministratifEtablissement": etat, "dateCreationEtablissement": created,
            "dateDebut": debut or created, "categorieJuridiqueUniteLegale": catjur,
            "trancheEffectifsEtablissement": tranche, "activitePrincipaleEtablissement": naf, "x": x, "y": y}


def cnig_units(result):
    from aula_toolkit_plugin.aula_toolkit.zae import cnig

    return cnig.unit_table(result)


def units_of(result):
    return sorted(tuple(u.split(";")) for u in result.units["parcel"])


# --- geometry ---------------------------------------------------------------------------------------


def test_wkb_decoder_matches_shapely_for_holes_multi_and_z():
    square = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (4, 2), (4, 4), (2, 4)]])
    multi = MultiPolygon([box(20, 0, 30, 5), box(40, 0, 41, 1)])
    z_poly = Polygon([(0, 0, 5), (3, 0, 5), (3, 3, 5), (0, 3, 5)])
    shapes = [square, multi, z_poly]
    arr = geom.PolygonArray.from_wkb([s.wkb for s in shapes])
    assert np.allclose(arr.areas(), [s.area for s in shapes])
    assert np.allclose(arr.bounds(), [s.bounds for s in shapes])
    assert np.allclose(arr.centroids(), [(s.centroid.x, s.centroid.y) for s in shapes])
    assert arr.shape(1).equals(multi)


def test_bbox_pairs_equal_brute_force():
    rng = np.random.default_rng(3)
    a = rng.uniform(0, 1000, (300, 2))
    a = np.c_[a, a + rng.uniform(1, 60, (300, 2))]
    b = rng.uniform(0, 1000, (200, 2))
    b = np.c_[b, b + rng.uniform(1, 200, (200, 2))]
    i, j = geom.bbox_pairs(a, b, margin=2.0)
    got = set(zip(i.tolist(), j.tolist()))
    want = {(p, q) for p in range(300) for q in range(200)
            if a[p, 0] - 2 <= b[q, 2] and b[q, 0] <= a[p, 2] + 2 and a[p, 1] - 2 <= b[q, 3] and b[q, 1] <= a[p, 3] + 2}
    assert got == want


def test_point_in_polygon_with_hole():
    poly = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (8, 2), (8, 8), (2, 8)]])
    arr = geom.PolygonArray.from_shapes([poly])
    x, y = np.array([1.0, 5.0, 11.0]), np.array([1.0, 5.0, 5.0])
    inside = geom.points_in_polygons(x, y, np.arange(3), np.zeros(3, dtype=np.int64), arr)
    assert inside.tolist() == [True, False, False]
    d = geom.point_polygon_distance(x, y, np.arange(3), np.zeros(3, dtype=np.int64), arr)
    assert np.allclose(d, [1.0, 3.0, 1.0])


# --- R1 membership / R2 units ------------------------------------------------------------------------


def test_contiguity_counts_a_shared_edge_not_a_point_contact():
    zone = box(0, 0, 100, 100)
    parcels = [box(0, 0, 20, 20), box(20, 0, 40, 20),   # shared edge, same owner → one unit
               box(40, 20, 60, 40)]                       # corner contact with parcel 1 only → its own unit
    r = run([zone], parcels, owners={0: ["A"], 1: ["A"], 2: ["A"]})
    assert units_of(r) == [(idu(0), idu(1)), (idu(2),)]


def test_contiguity_with_t_junction_and_topology_gap():
    zone = box(0, 0, 200, 100)
    parcels = [box(0, 0, 20, 20),
               Polygon([(20.05, 0), (40, 0), (40, 20), (20.05, 20), (20.05, 10)]),  # 5 cm gap, extra vertex
               box(60, 0, 80, 20), box(80.5, 0, 100, 20),                              # 50 cm gap: apart
               box(120, 0, 140, 20), Polygon([(140, 19.7), (160, 19.7), (160, 40), (140, 40)])]  # 30 cm shared
    owners = {i: ["A"] for i in range(6)}
    r = run([zone], parcels, owners=owners)
    assert units_of(r) == [(idu(0), idu(1)), (idu(2),), (idu(3),), (idu(4),), (idu(5),)]


def test_owner_key_is_the_set_of_co_owners_indivision():
    zone = box(0, 0, 100, 100)
    parcels = [box(0, 0, 20, 20), box(20, 0, 40, 20), box(40, 0, 60, 20), box(60, 0, 80, 20)]
    owners = {0: ["A", "B"], 1: ["B", "A"], 2: ["A"], 3: []}
    r = run([zone], parcels, owners=owners)
    assert units_of(r) == [(idu(0), idu(1)), (idu(2),), (idu(3),)]
    assert set(r.units["uf_mode"]) == {"proprietaire", "parcelle"}
    assert r.units.set_index("parcel").at[idu(3), "proprio_nom"] == "personne physique ou inconnu (non diffusé)"
    # accounts without a SIREN (natural persons in a fichiers fonciers table) are never exported
    assert set(r.units["compte"].dropna()) == {"non diffusé (personne physique)"}
    assert "A;B" not in set(cnig_units(r)["proprio"].dropna())


def test_without_owners_a_unit_is_a_parcel():
    r = run([box(0, 0, 100, 100)], [box(0, 0, 50, 50), box(50, 0, 100, 50)])
    assert r.uf_mode == "parcelle" and len(r.units) == 2
    assert any("uf_mode = parcelle" in m.fr for m in r.messages)


def test_split_by_the_perimeter_gives_separate_units_and_clipped_surfaces():
    # U-shaped zone: one parcel crossing the notch is cut into two pieces → two units
    zone = Polygon([(0, 0), (100, 0), (100, 100), (60, 100), (60, 40), (40, 40), (40, 100), (0, 100)])
    parcels = [box(0, 50, 100, 80),     # cut in two by the notch: 2 pieces, 80 % inside
               box(0, 0, 100, 40),      # whole
               box(90, 80, 130, 120)]   # 12.5 % inside: surfaces clipped, not counted
    r = run([zone], parcels, owners={0: ["A"], 1: ["B"], 2: ["C"]})
    u = r.units
    cut = u[u["parcel"] == idu(0)]
    assert len(cut) == 2 and np.allclose(sorted(cut["ufsurf"]), [1200, 1200])
    assert not u.loc[u["parcel"] == idu(2), "counted"].iat[0]
    site = r.sites.iloc[0]
    assert site["site_uf_nbre"] == 3
    assert site["surf_marges_ha"] == pytest.approx(200 * 1e-4)
    assert site["ecart_bouclage_ha"] == pytest.approx(0.0, abs=1e-9)


def test_parcel_in_two_zones_goes_to_the_larger_share():
    zones = [box(0, 0, 50, 100), box(50, 0, 100, 100)]
    r = run(zones, [box(30, 0, 60, 10)])
    assert r.units["zone"].tolist() == [0, 1] or r.units["zone"].tolist() == [0]
    counted = r.units[r.units["counted"]]
    assert counted["zone"].tolist() == [0]


# --- R3/R4/R5/R6/R7/R8 occupancy and vacancy -----------------------------------------------------------


def test_active_at_date_with_closures():
    created = activity.to_dates(["2010-01-01", "2010-01-01", "2023-06-01", "2024-06-01", None])
    state = pd.Series(["A", "F", "F", "A", "F"])
    closed = activity.to_dates([None, "2020-05-01", "2023-12-31", None, "2021-01-01"])
    ref = activity.reference_date(2024)
    assert activity.active_at(created, state, closed, ref).tolist() == [True, False, False, False, False]
    start = activity.years_before(ref, 2)
    assert activity.active_during(created, state, closed, start, ref).tolist() == [True, False, True, False, False]
    assert activity.closed_before(state, closed, start).tolist() == [False, True, False, False, True]


def test_unit_status_occupied_vacant_free():
    zone = box(0, 0, 500, 100)
    parcels = [box(i * 50, 0, i * 50 + 50, 50) for i in range(6)]
    est = [estab("00000000000001", 25, 25),                                                 # active → occupied
           estab("00000000000002", 75, 25, "F", "2005-01-01", "2023-03-01"),                # closed < 2 y → occupied
           estab("00000000000003", 125, 25, "F", "2005-01-01", "2019-03-01"),               # closed ≥ 2 y → vacant
           estab("00000000000004", 175, 25, "A", "2024-06-01"),                             # created after ref → free
           estab("00000000000005", 225, 25, catjur="6540"),                                 # SCI only → free
           estab("00000000000006", 275, 53)]                                                # 3 m off → occupied
    r = run([zone], parcels, establishments=est)
    synth = r.units.set_index("parcel")["synth"]
    assert synth[idu(0)] == inv.SYNTH_OCCUPIED
    assert synth[idu(1)] == inv.SYNTH_OCCUPIED
    assert synth[idu(2)] == inv.SYNTH_VACANT
    assert synth[idu(3)] == inv.SYNTH_FREE
    assert synth[idu(4)] == inv.SYNTH_FREE
    assert synth[idu(5)] == inv.SYNTH_OCCUPIED
    site = r.sites.iloc[0]
    assert site["site_uf_vacant_nbre"] == 1 and site["site_taux_vacance"] == 17  # 1/6 = 16.7 → 17
    assert site["site_nb_etab"] == 2  # active at ref, non-SCI: 1 and 6


@pytest.mark.parametrize("vacant,total,rate", [(2, 15, 13), (1, 8, 13), (1, 200, 1), (1, 3, 33), (0, 4, 0),
                                               (3, 3, 100), (0, 0, None)])
def test_legal_vacancy_rate_is_an_integer_rounded_half_up(vacant, total, rate):
    assert inv.vacancy_rate(vacant, total) == rate


def test_cnig_example_15_units_2_vacant_give_13_percent():
    parcels = [box(i * 40, 0, i * 40 + 40, 40) for i in range(15)]
    est = [estab(f"{i:014d}", i * 40 + 20, 20, *(("F", "2000-01-01", "2018-01-01") if i < 2 else ()))
           for i in range(15)]
    r = run([box(0, 0, 600, 40)], parcels, establishments=est)
    site = r.sites.iloc[0]
    assert (site["site_uf_nbre"], site["site_uf_vacant_nbre"], site["site_taux_vacance"]) == (15, 2, 13)
    assert site["taux_vacance_surface"] == pytest.approx(100 * 2 / 15)


def test_dwelling_occupies_a_unit_and_buildings_make_it_built():
    zone = box(0, 0, 400, 100)
    parcels = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100), box(300, 0, 400, 100)]
    buildings = [(box(10, 10, 20, 20), "Résidentiel"),        # 100 m² dwelling → occupied (exception)
                 (box(110, 10, 113, 15), "Industriel"),       # 15 m² < 20 → not built
                 (box(295, 40, 315, 50), "Industriel")]       # straddles units 3 and 4: 50 + 150 m²
    r = run([zone], parcels, buildings=buildings)
    u = r.units.set_index("parcel")
    assert u.at[idu(0), "occup"] and u.at[idu(0), "exception"]
    assert not u.at[idu(1), "bati"]
    assert u.at[idu(1), "emprise_bati"] == pytest.approx(15)
    assert u.at[idu(2), "emprise_bati"] == pytest.approx(50) and u.at[idu(2), "bati"]
    assert u.at[idu(3), "emprise_bati"] == pytest.approx(150) and u.at[idu(3), "bati"]
    assert u.at[idu(3), "vacant_candidat"]  # economic building, nobody inside


# --- R9 surfaces, R10–R13 -----------------------------------------------------------------------------


def test_surfaces_close_on_a_zone_with_roads_stages_and_remnants():
    zone = box(0, 0, 210, 100)  # a 10 m road (non-cadastred) at x 100–110
    parcels = [box(0, 0, 100, 50), box(0, 50, 100, 100), box(110, 0, 210, 50), box(110, 50, 140, 70),
               box(140, 50, 210, 100)]
    stage = pd.DataFrame({"idu": [idu(1), idu(2), idu(4)],
                          "stade": ["viabilisé et aménagé", "non aménagé, non viabilisé", "non aménageable"]})
    est = [estab("00000000000001", 50, 25)]
    r = run([zone], parcels, establishments=est, stage=stage)
    s = r.sites.iloc[0]
    assert s["surf_occupee_ha"] == pytest.approx(0.5)
    assert s["surf_dispo_amenagee_ha"] == pytest.approx(0.5)
    assert s["surf_dispo_non_amenagee_ha"] == pytest.approx(0.5)
    assert s["surf_reliquat_ha"] == pytest.approx(0.06)
    assert s["surf_non_amenageable_ha"] == pytest.approx(0.35)
    assert s["surf_non_cadastree_ha"] == pytest.approx(0.1 + 0.03 + 0.06)
    assert s["site_surf_utile"] == pytest.approx(2.1 - s["surf_non_utile_ha"])
    assert abs(s["ecart_bouclage_ha"]) < 0.01


def test_dent_creuse_between_built_units_and_not_when_neighbour_is_unbuilt():
    zone = box(0, 0, 300, 60)
    parcels = [box(0, 0, 100, 50), box(100, 0, 150, 50), box(150, 0, 250, 50), box(250, 0, 300, 50)]
    buildings = [(box(10, 10, 90, 40), "Industriel"), (box(160, 10, 240, 40), "Industriel")]
    r = run([zone], parcels, buildings=buildings)
    u = r.units.set_index("parcel")
    assert u.at[idu(1), "dent_creuse"]          # built on both sides, road along the top
    assert not u.at[idu(3), "dent_creuse"]      # along the zone edge on three sides: unknown neighbours


def test_friche_presence_ignores_reconverted_sites():
    zone = box(0, 0, 100, 100)
    parcels = [box(0, 0, 50, 100), box(50, 0, 100, 100)]
    r = run([zone], parcels, friches=[(Point(25, 50), "friche sans projet"), (Point(75, 50), "friche reconvertie"),
                                      (Point(500, 500), "friche potentielle")])
    assert r.sites.iloc[0]["presence_friche"] == "oui" and r.sites.iloc[0]["nb_friches"] == 1
    assert r.units.set_index("parcel")["friche"].tolist() == [True, False]


def test_site_typing_and_dominant_vocation():
    assert activity.dominant_vocation(["25.11Z", "25.62B", "47.11F"], [100, 50, 20]) == "industrielle"
    assert activity.dominant_vocation(["25.11Z", "47.11F"], [50, 50]) == "mixte"
    assert activity.headcount(["03", "NN", None, "51", 12]).tolist() == [7, 0, 0, 3499, 34]
    r = run([box(0, 0, 200, 200)], [box(0, 0, 200, 200)], establishments=[estab("00000000000001", 10, 10,
                                                                                tranche="22")])
    assert r.sites.iloc[0]["site_type"] == "établissement économique isolé"


# --- loaders ------------------------------------------------------------------------------------------


def test_etalab_parcel_id_from_parts_and_bad_id_is_named():
    frame = pd.DataFrame({"commune": ["38328"], "prefixe": ["000"], "section": ["C"], "numero": ["439"],
                          "contenance": [619]})
    assert loaders.load_parcels(frame)["idu"].tolist() == ["383280000C0439"]
    with pytest.raises(AulaInputError) as err:
        loaders.load_parcels(pd.DataFrame({"id": ["123"], "contenance": [1]}))
    assert "PARCELS" in err.value.fr and "14" in err.value.en


def test_dgfip_legal_entities_file_layout():
    frame = pd.DataFrame({
        loaders.PM["dep"]: ["62", "62", "62"], "Code Direction (Champ géographique)": ["0", "0", "0"],
        loaders.PM["commune"]: ["498", "498", "498"], "Nom Commune (Champ géographique)": ["LENS"] * 3,
        loaders.PM["prefixe"]: ["", "", ""], loaders.PM["section"]: ["AB", "AB", "B"],
        loaders.PM["numero"]: ["12", "12", "7"], loaders.PM["compte"]: ["+00123", "+00456", "+00123"],
        loaders.PM["siren"]: ["552100554", "U12345678", "552100554"],
        loaders.PM["nom"]: ["ACME SA", "COMMUNE DE LENS", "ACME SA"],
    })
    owners = loaders.load_owners(frame)
    assert owners["idu"].tolist() == ["62498000AB0012", "62498000AB0012", "624980000B0007"]
    keys = loaders.owner_keys(owners).set_index("idu")
    assert keys.at["62498000AB0012", "cle"] == "62498:+00123;62498:+00456"
    assert keys.at["62498000AB0012", "nbproprio"] == 2


def test_generic_owner_table_never_keeps_natural_persons_names():
    owners = loaders.load_owners(pd.DataFrame({"idpar": [idu(1), idu(2)], "idprocpte": ["X1", "X2"],
                                               "siren": ["552100554", None], "nom": ["ACME SA", "DUPONT JEAN"]}))
    assert owners["nom"].tolist() == ["ACME SA", None]


def test_sirene_stock_closure_date_is_the_current_period_start_and_geoloc_epsg_per_row():
    stock = pd.DataFrame({"siren": ["552100554"] * 2, "nic": ["00011", "00029"],
                          "siret": ["55210055400011", "55210055400029"],
                          "dateCreationEtablissement": ["2001-02-03", "1999-01-01"],
                          "dateDebut": ["2001-02-03", "2017-09-30"], "etatAdministratifEtablissement": ["A", "F"],
                          "trancheEffectifsEtablissement": ["03", "NN"]})
    geoloc = pd.DataFrame({"siret": ["55210055400011", "55210055400029"], "x": [690000.0, 350000.0],
                           "y": [7040000.0, 7650000.0], "qualite_xy": ["11", "33"], "epsg": [2154, 2975]})
    est = loaders.load_establishments(stock, geoloc=geoloc)
    assert pd.isna(est["fermeture"].iat[0]) and est["fermeture"].iat[1] == pd.Timestamp("2017-09-30")
    assert est["epsg"].tolist() == [2154, 2975]
    assert loaders.geocoding_quality("11") == "à la plaque adresse"
    with pytest.raises(AulaInputError) as err:
        loaders.load_establishments(pd.DataFrame({"siret": ["1"], "etatAdministratifEtablissement": ["X"]}))
    assert "etatAdministratifEtablissement" in err.value.fr and "expected A" in err.value.en


def test_stage_values_must_be_cnig():
    with pytest.raises(AulaInputError) as err:
        loaders.load_stage(pd.DataFrame({"idu": [idu(1)], "stade": ["prêt"]}))
    assert "prêt" in err.value.fr and "terr_stade_amngt" in err.value.en


def test_reference_date_is_1_january():
    assert activity.reference_date(2025) == dt.date(2025, 1, 1)
    assert activity.years_before(dt.date(2024, 2, 29), 2) == dt.date(2022, 2, 28)


# --- outputs ------------------------------------------------------------------------------------------


def test_cnig_tables_use_the_standard_names_and_hide_natural_persons(tmp_path):
    from aula_toolkit_plugin.aula_toolkit.zae import cnig, report

    parcels = [box(i * 40, 0, i * 40 + 40, 40) for i in range(3)]
    est = [estab("00000000000001", 20, 20, catjur="1000"), estab("00000000000002", 60, 20, catjur="6540"),
           estab("00000000000003", 100, 20, "F", "2000-01-01", "2015-01-01")]
    est[2]["denominationUsuelleEtablissement"] = "ACME"
    est.append(estab("00000000000004", 100, 30))
    est[3]["denominationUsuelleEtablissement"] = "DURAND PAUL"
    for e in est:
        e["statutDiffusionEtablissement"] = "O"
    est[3]["statutDiffusionEtablissement"] = "P"  # partial diffusion: the person opposed
    r = run([box(0, 0, 120, 40)], parcels, establishments=est)
    today = dt.date(2024, 3, 1)
    etab = cnig.etablissement_table(r, YEAR, today)
    assert etab["siret"].tolist() == ["00000000000001", "00000000000003", "00000000000004"]  # SCI left out
    assert etab["etab_nom"].tolist() == [cnig.HIDDEN, "ACME", cnig.HIDDEN]
    assert etab["etab_actif"].tolist() == ["oui", "non", "oui"]
    assert etab["etab_fermeture_date"].tolist() == [None, "2015-01-01", None]
    site = cnig.site_eco_table(r, today)
    assert site["site_taux_vacance"].tolist() == [0]
    terr = cnig.terrain_eco_table(r, today)
    assert set(terr["terr_etat_occup"]) <= {"occupé", "vacant", "inoccupé", "friche"}
    assert terr["terr_refcad"].str.match(r"^\d{8}[0-9A-Z]{2}\d{4}(\|\d{8}[0-9A-Z]{2}\d{4})*$").all()
    units = cnig.unit_table(r)
    assert [f.name for f in cnig.UNIT_FIELDS] == list(units.columns)
    summary = cnig.summary_table(r, YEAR)
    assert summary["controle_surfaces"].tolist() == ["ok"]
    pages = report.build_reports(summary, r.units, r.unit_shapes, [box(0, 0, 120, 40)], YEAR)
    html = next(iter(pages.values()))
    assert "Taux de vacance" in html and "<svg" in html and "DURAND" not in html


# =====================================================================================================
# Rules added after the first version: non-cadastred part and honest closure check, pôles économiques
# and site typing, LOCOMVAC (official layout) for vacancy, speed helpers equal to plain shapely.
# =====================================================================================================

from pathlib import Path  # noqa: E402

from aula_toolkit_plugin.aula_toolkit.zae import cnig, locomvac, noncadastre, poles  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "zae" / "LOCOMVAC24_GENERE.CSV"


# --- non-cadastred part (R9) -----------------------------------------------------------------------


def test_non_cadastred_part_is_the_zone_minus_its_parcels():
    zone = box(0, 0, 100, 50)
    parcels = [box(0, 0, 40, 40), box(40, 0, 100, 40)]  # a 10 m road along the north edge
    area, parts = noncadastre.non_cadastred(zone, parcels)
    assert area == pytest.approx(1000.0)
    assert len(parts) == 1 and parts[0].area == pytest.approx(1000.0)


def test_slivers_are_measured_but_are_no_terrain():
    zone = box(0, 0, 100, 40.004)
    area, parts = noncadastre.non_cadastred(zone, [box(0, 0, 100, 40)])
    assert area == pytest.approx(0.4, abs=1e-6) and parts == []


def test_closure_check_fails_on_overlapping_parcels():
    zone = box(0, 0, 100, 50)
    clean = run([zone], [box(0, 0, 50, 40), box(50, 0, 100, 40)])
    site = clean.sites.iloc[0]
    assert site["surf_non_cadastree_ha"] == pytest.approx(0.1)
    assert abs(site["ecart_bouclage_ha"]) < 1e-6
    assert len(clean.non_cadastred) == 1 and clean.non_cadastred["area"].iloc[0] == pytest.approx(1000.0)
    overlapping = run([zone], [box(0, 0, 60, 40), box(50, 0, 100, 40)])  # 400 m² counted twice
    site = overlapping.sites.iloc[0]
    assert site["surf_non_cadastree_ha"] == pytest.approx(0.1)
    assert site["ecart_bouclage_ha"] == pytest.approx(0.04)
    assert any("chevauchent" in m.fr for m in overlapping.messages)


def test_non_cadastred_terrains_cover_the_site_with_the_units():
    r = run([box(0, 0, 100, 50)], [box(0, 0, 50, 40), box(50, 0, 100, 40)])
    today = dt.date(2024, 3, 1)
    terr = pd.concat([cnig.terrain_eco_table(r, today), cnig.non_cadastred_terrain_table(r, today)])
    assert terr["terr_surf_brute"].sum() == pytest.approx(r.sites["site_surf_brute"].iloc[0])
    road = terr[terr["terr_usage"] == noncadastre.USAGE]
    assert road["terr_utile"].tolist() == ["non"] and road["terr_refcad"].isna().all()
    assert terr["terr_id"].is_unique


# --- pôles and site typing ---------------------------------------------------------------------------


def test_sites_closer_than_the_distance_form_one_pole_transitively():
    shapes = [box(0, 0, 100, 100), box(400, 0, 500, 100), box(800, 0, 900, 100), box(5000, 0, 5100, 100)]
    boxes = np.array([s.bounds for s in shapes])
    assert poles.pole_groups(boxes, shapes, 300).tolist() == [0, 0, 0, -1]  # 0–1 and 1–2 within 300 m
    assert poles.pole_groups(boxes, shapes, 299).tolist() == [-1, -1, -1, -1]
    assert poles.pole_groups(boxes, shapes, 0).tolist() == [-1, -1, -1, -1]


def test_pole_table_sums_its_sites_and_takes_the_largest_site_name():
    sites = pd.DataFrame({"site_id": ["62001_SITE-ECO_00001", "62001_SITE-ECO_00002", "62002_SITE-ECO_00001"],
                          "site_nom": ["ZA Nord", "ZA Sud", "Seule"], "site_comm_insee": ["62001", "62001", "62002"],
                          "site_surf_brute": [10.0, 30.0, 5.0], "site_nb_etab": [4, 6, 1],
                          "site_nb_emploi": [40, 60, 3]})
    pole = np.array([0, 0, -1])
    table = poles.pole_table(sites, pole, np.array([[0.0, 0.0], [100.0, 0.0], [9e3, 0.0]]), ["industrielle"])
    row = table.iloc[0]
    assert len(table) == 1 and row["pole_id"] == "62001_POLE-ECO_00001" and row["pole_nom"] == "Pôle ZA Sud"
    assert (row["pole_nb_site"], row["pole_nb_etab"], row["pole_nb_emploi"]) == (2, 10, 100)
    assert row["pole_surface"] == pytest.approx(40.0) and row["x"] == pytest.approx(75.0)


def test_pole_vocation_is_the_one_above_the_share_of_jobs_else_mixed():
    pole = np.array([0, 0])
    assert poles.pole_vocations(pole, [0, 1, 1], ["25.11Z", "25.11Z", "47.11A"], [70, 10, 20]) == ["industrielle"]
    assert poles.pole_vocations(pole, [0, 1], ["25.11Z", "47.11A"], [50, 50]) == [poles.POLE_MIXED]


def test_inventory_links_sites_to_their_pole():
    zones = [box(0, 0, 100, 100), box(300, 0, 400, 100), box(3000, 0, 3100, 100)]
    parcels = [box(0, 0, 100, 100), box(300, 0, 400, 100), box(3000, 0, 3100, 100)]
    est = [estab("00000000000001", 50, 50, naf="25.11Z"), estab("00000000000002", 350, 50, naf="25.11Z")]
    r = run(zones, parcels, establishments=est, pole_distance=500)
    assert len(r.poles) == 1 and r.poles["pole_nb_site"].iloc[0] == 2
    pid = r.poles["pole_id"].iloc[0]
    assert r.sites["pole_id"].tolist() == [pid, pid, None]
    assert r.poles["pole_vocadomi"].iloc[0] == "industrielle"


@pytest.mark.parametrize("declared, typezone, n_etab, jobs, area, n_uf, expected", [
    ("site économique historique hors ZAE", "UE", 3, 10, 5.0, 4, "site économique historique hors ZAE"),
    (None, "AUe", 0, 0, 12.0, 3, "zone AU à vocation économique"),
    (None, "AUe", 2, 10, 12.0, 3, "zone d'activité économique"),
    (None, "UE", 1, 200, 1.0, 1, "établissement économique isolé"),
    (None, "UE", 1, 20, 2.5, 1, "établissement économique isolé"),
    (None, "UE", 1, 20, 1.5, 1, "zone d'activité économique"),
    (None, None, 0, 0, 3.0, 0, "zone d'activité économique"),
])
def test_site_type(declared, typezone, n_etab, jobs, area, n_uf, expected):
    assert poles.site_type(declared, typezone, n_etab, jobs, area, n_uf) == expected


# --- LOCOMVAC ----------------------------------------------------------------------------------------


def test_locomvac_official_layout_gives_14_character_parcel_ids():
    frame = pd.read_csv(FIXTURE, sep=";", dtype=str, encoding="latin-1", keep_default_na=False, na_values=[""])
    assert list(frame.columns)[:6] == ["SIRET DESTINATAIRE", "CODE EPCI", "SIRET EPCI", "ANNEE", "CODE DSF",
                                       "CODE COMMUNE"] and len(frame.columns) == 26
    premises = locomvac.load_locomvac(frame)
    assert premises["idu"].str.len().eq(14).all()
    assert premises["idu"].iloc[0] == "62498000AB0001"  # DSF 62 + commune 498 + préfixe 000 + AB + 0001
    assert premises["idu"].iloc[2] == "624980000C0012"  # one-letter section padded with 0
    assert "PROPRIETAIRE" not in premises.columns and premises["annee"].eq("2024").all()


def test_locomvac_without_parcel_columns_is_named():
    with pytest.raises(AulaInputError) as err:
        locomvac.load_locomvac(pd.DataFrame({"ANNEE": ["2024"], "ADRESSE": ["1 rue X"]}))
    assert "VACANT_PREMISES" in err.value.fr and "SECTION CADASTRALE" in err.value.en


def test_locomvac_premises_counted_once_per_unit():
    premises = pd.DataFrame({"idu": ["A", "A", "B", "C"], "invariant": ["1", "1", "2", "3"]})
    per_unit = locomvac.premises_per_unit(premises, pd.Series({"A": 0, "B": 0}), 2)
    assert per_unit.tolist() == [2, 0]


def test_vacancy_status_with_locomvac():
    occupied = np.array([True, False, False, False, True])
    past = np.array([False, True, False, False, False])
    premises = np.array([0, 0, 1, 0, 2])
    flag, vacant, check = locomvac.vacancy_status(occupied, past, premises)
    assert flag.tolist() == [False, False, True, False, True]
    assert vacant.tolist() == [False, True, True, False, False]  # LOCOMVAC makes a never-active unit vacant
    assert check.tolist() == [False, False, False, False, True]  # occupied by SIRENE yet listed vacant


def test_inventory_uses_locomvac_for_the_legal_rate():
    parcels = [box(0, 0, 50, 40), box(50, 0, 100, 40), box(100, 0, 150, 40), box(150, 0, 200, 40)]
    est = [estab("00000000000001", 25, 20)]
    premises = pd.DataFrame({"idu": [idu(1), idu(0)], "invariant": ["L1", "L2"], "annee": ["2024", "2024"],
                             "nature": None, "affectation": None})
    r = run([box(0, 0, 200, 40)], parcels, establishments=est, vacant_premises=premises)
    units = r.units.set_index("parcel")
    assert bool(units.loc[idu(1), "vacant"]) and int(units.loc[idu(1), "nblocvac"]) == 1
    assert bool(units.loc[idu(0), "locomvac_a_verifier"]) and not bool(units.loc[idu(0), "vacant"])
    site = r.sites.iloc[0]
    assert (site["site_uf_vacant_nbre"], site["site_uf_nbre"], site["site_taux_vacance"]) == (1, 4, 25)
    assert (site["nblocvac"], site["nb_uf_locomvac_occupees"]) == (2, 1)


def test_locomvac_of_another_year_is_reported():
    premises = pd.DataFrame({"idu": [idu(0)], "invariant": ["L1"], "annee": ["2021"]})
    assert locomvac.year_messages(premises, 2024)[0].en.startswith("VACANT_PREMISES: LOCOMVAC file of year 2021")
    assert locomvac.year_messages(premises.assign(annee="2024"), 2024) == []


# --- speed helpers: same answers as plain shapely ---------------------------------------------------


def test_union_groups_matches_unary_union_even_with_overlaps():
    from shapely.ops import unary_union

    groups = [[box(0, 0, 1, 1), box(1, 0, 2, 1)],              # a clean coverage
              [box(0, 0, 2, 1), box(1, 0, 3, 1)],              # overlapping: falls back to the overlay union
              [box(0, 0, 1, 1), box(5, 5, 6, 6)]]              # disjoint
    for got, group in zip(geom.union_groups(groups), groups):
        assert got.is_valid and got.symmetric_difference(unary_union(group)).area < 1e-9


def test_flat_wkbs_and_largest_part():
    from shapely import wkb
    from shapely.geometry import MultiPolygon

    z = Polygon([(0, 0, 1), (2, 0, 1), (2, 2, 1)])
    multi = MultiPolygon([box(0, 0, 1, 1), box(5, 5, 8, 8)])
    out = geom.flat_wkbs([z, box(0, 0, 1, 1).wkb, None, multi])
    assert not wkb.loads(out[0]).has_z and out[2] is None
    assert wkb.loads(geom.largest_part(out[3])).equals(box(5, 5, 8, 8))


def test_run_accepts_no_premises():
    r = run([box(0, 0, 100, 40)], [box(0, 0, 100, 40)])
    assert r.units["nblocvac"].tolist() == [0] and r.units["locomvac"].tolist() == [False]
    assert isinstance(r, inv.Inventory)


@pytest.mark.parametrize("bounds, mainland", [
    ((2.7, 50.3, 3.0, 50.5), True),           # Artois
    ((8.5, 41.4, 9.6, 43.0), True),           # Corsica
    ((55.2, -21.4, 55.9, -20.8), False),      # La Réunion: keeps its UTM zone
    ((-61.3, 14.4, -60.8, 14.9), False),      # Martinique
    ((9.9, 47.0, 10.6, 47.5), False),         # across the area's eastern edge
])
def test_zones_measured_in_lambert93_only_inside_mainland_france(bounds, mainland):
    from aula_toolkit_plugin.aula_toolkit.zae import inventory

    assert inventory.measured_in_lambert93(bounds) is mainland
