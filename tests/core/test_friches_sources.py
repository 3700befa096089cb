"""Friches: the same Mutafriches rules whichever way a criterion arrives (issue 10 item 8).

Hand-checkable cases: CNIG field vs criterion-named column vs context layer, empty cells, parcels,
units, vocabulary, text numbers, derivations, deviations as options.
"""

import math

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.friches import context, grid as G, harmonise as H, pipeline, scoring
from aula_toolkit_plugin.aula_toolkit.friches import fields as F
from aula_toolkit_plugin.aula_toolkit.numbers import parse_number

USES = G.load_grid().uses


def run(frame, grid="v1.19", xy=None, **kw):
    n = frame["site_id"].nunique() if "site_id" in frame else len(frame)
    xy = np.zeros((n, 2)) if xy is None else np.asarray(xy, dtype=float)
    return pipeline.assess_sites(frame, xy, G.load_grid(grid), **kw)


def scores(a):
    cols = [F.index_field(u) for u in USES] + [F.rank_field(u) for u in USES] + [F.FIABILITE, F.USAGE_1]
    return a.table[cols].reset_index(drop=True)


def texts(a):
    return "\n".join(str(m) for m in a.messages)


# --- numbers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [("12345,6", 12345.6), ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5),
                                          ("1\u202f234", 1234.0), ("1.234,5", 1234.5), (12, 12.0), ("", None),
                                          (None, None), ("abc", None), ("7.5", 7.5)])
def test_parse_number_reads_french_text_numbers(raw, expected):
    assert parse_number(raw) == expected


def test_surfaces_as_text_with_decimal_comma_are_read():
    frame = pd.DataFrame({"site_id": ["a", "b", "c"], "unite_fonciere_surface": ["12345,6", "1 234,5", "60\u00a0000"]})
    a = run(frame)
    assert a.criteria["surfaceSite"] == [12345.6, 1234.5, 60000.0]
    # 12 345.6 m² → ≥ 10 000 and < 15 000: industrie P (+1 × 2), résidentiel NEG
    d = a.details()
    cell = d[(d[F.SITE_ID] == "a") & (d[F.D_CRITERE] == "surfaceSite") & (d[F.D_USAGE] == "industrie")].iloc[0]
    assert cell[F.D_CODE] == "P"


def test_a_zero_site_surface_is_an_empty_cell_and_the_next_field_is_used():
    a = run(pd.DataFrame({"site_id": ["a"], "unite_fonciere_surface": [0], "site_surface": ["2 500"]}))
    assert a.criteria["surfaceSite"] == [2500.0]


def test_impossible_surfaces_are_named_and_not_scored():
    frame = pd.DataFrame({"site_id": ["huge", "neg", "ok"], "unite_fonciere_surface": [1e308, -50.0, 800.0]})
    a = run(frame)
    assert a.criteria["surfaceSite"] == [None, None, 800.0]
    msg = texts(a)
    assert "impossible" in msg and "huge" in msg and "neg" in msg and "not scored" in msg
    assert "surfaceSite" in a.table.loc[0, F.INCONNUS].split("|")


# --- derivations whichever way a criterion arrives ---------------------------------------------------

def test_water_connection_is_derived_from_a_criterion_named_surface_column():
    frame = pd.DataFrame({"site_id": ["big", "tiny", "none"], "surfaceBati": [25.0, 20.0, None]})
    a = run(frame)
    assert a.criteria["raccordementEau"] == ["oui", "non", None]
    cnig = run(pd.DataFrame({"site_id": ["big", "tiny", "none"], "emprise_sol_bati": [25.0, 20.0, None]}))
    pd.testing.assert_frame_equal(scores(a), scores(cnig))
    # surfaceBati (2) + raccordementEau (1) known: round(2 · 10 · 3 / 34) / 2 = round(1.76) / 2 = 1.0
    assert a.table[F.FIABILITE].tolist() == [1.0, 1.0, 0.0]


def test_given_water_connection_contradicting_the_rule_is_said_and_the_rule_wins():
    frame = pd.DataFrame({"site_id": ["s"], "surfaceBati": [300], "raccordementEau": ["non"]})
    a = run(frame)
    assert a.criteria["raccordementEau"] == ["oui"]
    assert "contredit" in texts(a)


def test_zero_footprint_gives_no_water_but_a_zero_building_count_says_nothing_of_the_footprint():
    a = run(pd.DataFrame({"site_id": ["s"], "surfaceBati": [0]}))
    assert a.criteria["surfaceBati"] == [0.0] and a.criteria["raccordementEau"] == ["non"]
    # Cartofriches writes bati_nombre = 0 on sites where everything else is « inconnu »: not a footprint
    b = run(pd.DataFrame({"site_id": ["s"], "bati_nombre": [0]}))
    assert "surfaceBati" not in b.criteria and "raccordementEau" not in b.criteria


def test_vacancy_rate_is_rounded_like_mutafriches_and_secret_is_unknown():
    frame = pd.DataFrame({"site_id": ["a", "b", "c"], "tauxLogementsVacants": ["7,04", 0, 7.05]})
    a = run(frame)
    assert a.criteria["tauxLogementsVacants"] == [7.0, None, 7.1]
    d = a.details()
    res = d[(d[F.D_CRITERE] == "tauxLogementsVacants") & (d[F.D_USAGE] == "residentiel")]
    codes = dict(zip(res[F.SITE_ID], res[F.D_CODE]))
    assert codes["a"] == "TP" and codes["c"] == "P"  # 7.0 ≤ 7 → TP; 7.1 in (7, 8] → P
    assert res[res[F.SITE_ID] == "b"][F.D_COTE].iloc[0] == F.SIDE_UNKNOWN


def test_search_radius_includes_its_bound_whatever_the_source():
    stops = context.layer_from_shapes("stops", [Point(2000, 0)])
    lay = run(pd.DataFrame({"site_id": ["s"]}), layers={"TRANSPORT_STOPS": stops})
    col = run(pd.DataFrame({"site_id": ["s"], "distanceTransportCommun": [2000.0]}))
    assert lay.criteria["distanceTransportCommun"] == col.criteria["distanceTransportCommun"] == [2000.0]


def test_transport_distance_beyond_search_radius_is_not_found_whatever_the_source():
    col = run(pd.DataFrame({"site_id": ["s"], "distanceTransportCommun": [2500.0]}))
    assert col.criteria["distanceTransportCommun"] == [math.inf]
    stops = context.layer_from_shapes("stops", [Point(2500, 0)])
    lay = run(pd.DataFrame({"site_id": ["s"]}), layers={"TRANSPORT_STOPS": stops})
    pd.testing.assert_frame_equal(scores(col), scores(lay))
    # counted in fiabilité (20 · 1 / 34 = 0.59 → 0.5), not scored (index 0 everywhere)
    assert col.table[F.FIABILITE].iloc[0] == 0.5 and col.table[F.index_field("residentiel")].iloc[0] == 0.0


# --- empty cells and source order --------------------------------------------------------------------

def test_empty_criterion_cell_keeps_the_cnig_value():
    frame = pd.DataFrame({"site_id": ["a", "b", "c"], "proprio_type": ["{P5a}", "{P5a}", "{P5a}"],
                          "typeProprietaire": ["", None, "prive"]})
    a = run(frame)
    assert a.criteria["typeProprietaire"] == ["public", "public", "prive"]
    assert "vide pour 2" in texts(a)


def test_layer_without_value_keeps_the_field_value():
    zone = context.layer_from_shapes("plu", [box(100, 100, 200, 200)], {"typezone": ["N"]})
    frame = pd.DataFrame({"site_id": ["in", "out"], "urba_zone_type": ["U", "U"]})
    a = run(frame, xy=[(150, 150), (0, 0)], layers={"PLU_ZONES": zone})
    assert a.criteria["zonageReglementaire"] == ["zone-naturelle-n", "zone-urbaine-u"]


# --- parcels --------------------------------------------------------------------------------------------

def test_multi_parcel_site_sums_surfaces_and_aggregates_the_rest():
    frame = pd.DataFrame({
        "site_id": ["m", "m", "solo"],
        "unite_fonciere_surface": [6000, 6000.5, 900],
        "surfaceBati": [15, 10, 5],
        "distanceAutoroute": [4000, 1500, 800],
        "risqueInondation": ["non", "oui", "non"],
        "typeProprietaire": ["public", "prive", "public"],
        "etatBatiInfrastructure": ["degradation-faible", "degradation-tres-importante", "pas-de-bati"],
        "zonageReglementaire": ["zone-naturelle-n", "zone-urbaine-u", "zone-urbaine-u"],
    })
    a = run(frame, xy=[(0, 0), (10, 10)])
    c = a.criteria
    assert a.table[F.SITE_ID].tolist() == ["m", "solo"]
    assert c["surfaceSite"] == [12000.5, 900.0]  # 12 000.5 m² → ≥ 10 000: not the first parcel's 6 000
    assert c["surfaceBati"] == [25.0, 5.0] and c["raccordementEau"] == ["oui", "non"]  # 15 + 10 > 20 m²
    assert c["distanceAutoroute"] == [1500.0, 800.0]
    assert c["risqueInondation"] == ["oui", "non"]
    assert c["typeProprietaire"] == ["mixte", "public"]
    assert c["etatBatiInfrastructure"] == ["degradation-heterogene", "pas-de-bati"]
    assert c["zonageReglementaire"][0] == "zone-urbaine-u"  # the larger parcel (6 000.5 m²)
    assert "multi-parcelles" in texts(a) and "diffère" in texts(a)


def test_multi_parcel_sum_with_an_unknown_parcel_is_unknown_and_said():
    frame = pd.DataFrame({"site_id": ["m", "m"], "surfaceBati": [300, None]})
    a = run(frame)
    assert a.criteria["surfaceBati"] == [None] and a.criteria.get("raccordementEau", [None]) == [None]
    assert "somme non calculée" in texts(a)


def test_multi_parcel_polygon_areas_are_summed_when_no_field():
    frame = pd.DataFrame({"site_id": ["m", "m"]})
    a = run(frame, polygon_areas=[8000.0, 4000.0])
    assert a.criteria["surfaceSite"] == [12000.0]


def test_null_site_ids_are_refused_with_their_rows():
    with pytest.raises(AulaInputError) as err:
        run(pd.DataFrame({"site_id": ["a", None, None]}), xy=[(0, 0), (1, 1)])
    assert "rangs 2, 3" in err.value.fr and "rows 2, 3" in err.value.en


# --- units ---------------------------------------------------------------------------------------------

def test_distance_column_in_km_without_suffix_is_refused():
    frame = pd.DataFrame({"site_id": ["a", "b"], "distanceAutoroute": [0.8, 12.5]})
    with pytest.raises(AulaInputError) as err:
        run(frame)
    assert "distanceAutoroute_km" in err.value.fr and "kilomètres" in err.value.fr
    assert "kilometres" in err.value.en


def test_distance_column_with_km_suffix_is_converted():
    a = run(pd.DataFrame({"site_id": ["a"], "distanceAutoroute_km": ["0,8"]}))
    assert a.criteria["distanceAutoroute"] == [800.0]
    d = a.details()
    ind = d[(d[F.D_CRITERE] == "distanceAutoroute") & (d[F.D_USAGE] == "industrie")].iloc[0]
    assert ind[F.D_CODE] == "TP"  # < 1 km


def test_distance_column_with_m_suffix_is_confirmed_metres():
    a = run(pd.DataFrame({"site_id": ["a"], "distanceAutoroute_m": [30]}))
    assert a.criteria["distanceAutoroute"] == [30.0]


def test_site_area_in_hectares_and_rate_as_fraction_are_refused():
    with pytest.raises(AulaInputError, match="surfaceSite_ha"):
        run(pd.DataFrame({"site_id": ["a", "b"], "surfaceSite": [1.2, 3.5]}))
    a = run(pd.DataFrame({"site_id": ["a"], "surfaceSite_ha": [1.2]}))
    assert a.criteria["surfaceSite"] == [12000.0]
    with pytest.raises(AulaInputError, match="fractions"):
        run(pd.DataFrame({"site_id": ["a"], "tauxLogementsVacants": [0.08]}))


@pytest.mark.parametrize("values,expected", [([3.2], [3200.0]), ([3200], [3200.0]), (["1 500"], [1500.0])])
def test_cartofriches_road_distance_unit_is_detected(values, expected):
    a = run(pd.DataFrame({"site_id": ["a"], "desserte_distance_route": values}))
    assert a.criteria["distanceAutoroute"] == expected
    assert "lues en" in texts(a) or "read in" in texts(a)


def test_cartofriches_road_distance_of_undecidable_unit_is_refused():
    with pytest.raises(AulaInputError, match="indécidable"):
        run(pd.DataFrame({"site_id": ["a", "b"], "desserte_distance_route": [120, 80]}))


def test_unit_suffix_of_the_wrong_quantity_is_refused():
    with pytest.raises(AulaInputError, match="unité"):
        run(pd.DataFrame({"site_id": ["a"], "distanceAutoroute_ha": [1]}))


# --- vocabulary ----------------------------------------------------------------------------------------

def test_obvious_synonyms_are_mapped_and_said():
    frame = pd.DataFrame({"site_id": ["a", "b", "c", "d"],
                          "zonageReglementaire": ["Zone urbaine (U)", "AUc", "UB", "Zone naturelle (N)"],
                          "risqueInondation": ["Oui", "non", "1", "false"],
                          "zonageAbcLogement": ["A bis", "B1", "c", "Zone B2"],
                          "trameVerteEtBleue": ["Réservoir de biodiversité", "hors trame", None, None]})
    a = run(frame)
    c = a.criteria
    assert c["zonageReglementaire"] == ["zone-urbaine-u", "zone-a-urbaniser-au", "zone-urbaine-u-habitat",
                                        "zone-naturelle-n"]
    assert c["risqueInondation"] == ["oui", "non", "oui", "non"]
    assert c["zonageAbcLogement"] == ["abis", "b1", "c", "b2"]
    assert c["trameVerteEtBleue"][:2] == ["reservoir-biodiversite", "hors-trame"]
    assert "« Zone urbaine (U) » → zone-urbaine-u" in texts(a)


def test_unknown_vocabulary_is_a_warning_listing_values_and_sites():
    frame = pd.DataFrame({"site_id": ["s1", "s2", "s3"],
                          "zonageReglementaire": ["Zone U mixte bizarre", "zone-urbaine-u", "Zone U mixte bizarre"],
                          "distanceAutoroute": ["entre-1-et-5km", 3000, None]})
    a = run(frame)
    msg = texts(a)
    assert "« Zone U mixte bizarre » (s1, s3)" in msg and "'Zone U mixte bizarre' (s1, s3)" in msg
    assert "« entre-1-et-5km » (s1)" in msg  # straddles two buckets: not guessed
    assert a.criteria["zonageReglementaire"] == [None, "zone-urbaine-u", None]
    assert a.criteria["distanceAutoroute"][0] is None


def test_multi_valued_cells_take_the_upstream_priority_and_zaer_details_are_read():
    frame = pd.DataFrame({"site_id": ["a", "b", "c"],
                          "zonageEnvironnemental": ["ZNIEFF|Natura 2000", "hors zone", "ZNIEFF|zone inventée"],
                          "zoneAccelerationEnr": ["SOLAIRE_PV_OMBRIERE", "Interdiction ZAER", "non"]})
    a = run(frame)
    assert a.criteria["zonageEnvironnemental"] == ["natura-2000", "hors-zone", None]  # Natura 2000 before ZNIEFF
    assert a.criteria["zoneAccelerationEnr"] == ["oui-solaire-pv-ombriere", "exclusion", "non"]
    assert "« ZNIEFF|zone inventée » (c)" in texts(a)


def test_two_columns_for_one_criterion_are_refused():
    with pytest.raises(AulaInputError, match="deux colonnes"):
        run(pd.DataFrame({"site_id": ["a"], "distanceAutoroute": [900], "distanceAutoroute_km": [0.9]}))


def test_km_column_with_metre_values_is_impossible_and_named():
    a = run(pd.DataFrame({"site_id": ["a"], "distanceAutoroute_km": [3200]}))
    assert a.criteria.get("distanceAutoroute", [None]) == [None]
    assert "1 000 km" in texts(a) and "« 3200 » (a)" in texts(a)


def test_lovac_secret_minus_one_is_unknown_without_alarm():
    a = run(pd.DataFrame({"site_id": ["a"], "tauxLogementsVacants": [-1]}))
    assert a.criteria.get("tauxLogementsVacants", [None]) == [None] and not a.warnings


def test_distance_class_label_inside_one_bucket_is_read():
    a = run(pd.DataFrame({"site_id": ["s"], "distanceAutoroute": ["entre-2-et-5km"]}))
    d = a.details()
    ind = d[(d[F.D_CRITERE] == "distanceAutoroute") & (d[F.D_USAGE] == "industrie")].iloc[0]
    assert ind[F.D_CODE] == "NEG"  # ≥ 2 and < 5 km
    assert "entre-2-et-5km" in texts(a)


def test_commune_table_values_go_through_the_same_rules():
    frame = pd.DataFrame({"site_id": ["s"], "comm_insee": ["62041"]})
    a = run(frame, commune_table={"62041": {"taux_vacance": "7,04", "zone_abc": "A bis"}})
    assert a.criteria["tauxLogementsVacants"] == [7.0] and a.criteria["zonageAbcLogement"] == ["abis"]
    with pytest.raises(AulaInputError, match="Multiply them by 100"):
        run(frame, commune_table={"62041": {"taux_vacance": "0,08", "zone_abc": None}})
    bad = run(frame, commune_table={"62041": {"taux_vacance": "250", "zone_abc": None}})
    assert "tauxLogementsVacants" not in bad.criteria or bad.criteria["tauxLogementsVacants"] == [None]
    assert "impossible" in texts(bad)


# --- deviations ----------------------------------------------------------------------------------------

def test_default_is_mutafriches_and_deviations_are_named_options():
    frame = pd.DataFrame({"site_id": ["s"], "bati_surface": [400]})
    exact = run(frame)
    assert "surfaceBati" not in exact.criteria and exact.deviations == ()
    dev = run(frame, deviations=["bati_surface_as_footprint"])
    assert dev.criteria["surfaceBati"] == [400.0] and dev.criteria["raccordementEau"] == ["oui"]
    assert dev.deviations == ("bati_surface_as_footprint",)
    assert "bati_surface_as_footprint" in texts(dev)
    with pytest.raises(AulaInputError, match="inconnu"):
        run(frame, deviations=["heat_network_magic"])


def test_heat_network_nothing_within_500_m_counts_as_beyond_like_adr_0036():
    far = context.layer_from_shapes("rcu", [LineString([(900, 0), (900, 100)])])
    a = run(pd.DataFrame({"site_id": ["s"]}), layers={"HEAT_NETWORK": far})
    assert a.criteria["distanceReseauChaleur"] == [math.inf]
    d = a.details()
    res = d[(d[F.D_CRITERE] == "distanceReseauChaleur") & (d[F.D_USAGE] == "residentiel")].iloc[0]
    assert res[F.D_CODE] == "N"  # ≥ 500 m, counted and scored (not_found = score)


def test_layer_polygons_of_unknown_class_are_listed_with_their_sites():
    env = context.layer_from_shapes("env", [box(0, 0, 10, 10), box(20, 0, 30, 10)], {"type": ["Site Ramsar", "ZNIEFF 1"]})
    plu = context.layer_from_shapes("plu", [box(0, 0, 10, 10), box(20, 0, 30, 10)], {"typezone": ["XYZ", "RNU"]})
    a = run(pd.DataFrame({"site_id": ["in-ramsar", "in-znieff"]}), xy=[(5, 5), (25, 5)],
            layers={"ENV_ZONES": env, "PLU_ZONES": plu})
    assert a.criteria["zonageEnvironnemental"] == ["hors-zone", "znieff-type-1-2"]
    warnings = "\n".join(str(m) for m in a.warnings)
    assert "« Site Ramsar » (in-ramsar)" in warnings and "'Site Ramsar' (in-ramsar)" in warnings
    assert "« XYZ » (in-ramsar)" in warnings and "RNU" not in warnings  # RNU is « ne-sait-pas » upstream


def test_commune_without_row_keeps_the_column_value():
    frame = pd.DataFrame({"site_id": ["s", "t"], "comm_insee": ["62041", "62999"], "tauxLogementsVacants": [9.0, 9.0]})
    a = run(frame, commune_table={"62041": {"taux_vacance": "6,5", "zone_abc": "C"}})
    assert a.criteria["tauxLogementsVacants"] == [6.5, 9.0]  # the commune table wins where it has a value
