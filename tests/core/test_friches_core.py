"""Friches mutability core: the published arithmetic on hand-checkable cases, grid files, mapping."""

import copy
import json
from pathlib import Path
import math

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.friches import context, grid as G, mapping, scoring, sensitivity
from aula_toolkit_plugin.aula_toolkit.friches import fields as F

USES = ("residentiel", "equipements", "culture", "tertiaire", "industrie", "renaturation", "photovoltaique")


def preset(name="mutafriches-v1.19"):
    return json.loads(G.preset_path(name).read_text(encoding="utf-8"))


def one(grid, **values):
    """Score a single site given criterion values."""
    return scoring.score_sites(grid, {k: [v] for k, v in values.items()}, ["s1"])


def row(result):
    return result.table.iloc[0]


# --- presets ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,n,total,rules", [("mutafriches-v1.11", 28, 30, 0), ("mutafriches-v1.16", 31, 33, 2),
                                                ("mutafriches-v1.19", 32, 34, 2)])
def test_presets_load_with_published_weights(name, n, total, rules):
    g = G.load_grid(name)
    assert len(g.criteria) == n and g.total_weight == total and len(g.exclusions) == rules
    assert g.uses == USES


def test_default_grid_is_latest_and_short_names_work():
    assert G.load_grid().name == "mutafriches-v1.19"
    assert G.load_grid("v1.11").name == "mutafriches-v1.11"


def test_v111_matrix_matches_reference_json_cell_by_cell():
    path = Path(__file__).resolve().parents[1] / "fixtures" / "mutafriches-matrix-v1.11.json"
    ref = json.loads(path.read_text(encoding="utf-8"))
    g = G.load_grid("v1.11")
    for cid, weight in ref["poids"].items():
        assert g.criterion(cid).weight == weight
    for cid, values in ref["categorical"].items():
        crit = g.criterion(cid)
        idx = crit.option_index()
        for value, scores in values.items():
            if value == "ne-sait-pas":
                continue
            assert crit.options[idx[value]].codes == tuple(scores[u] for u in USES), (cid, value)
    for cid, spec in ref["numeric"].items():
        assert [o.codes for o in G.load_grid("v1.11").criterion(cid).options] == \
               [tuple(b["scores"][u] for u in USES) for b in spec["buckets"]]


def test_v119_tertiaire_changes_of_v117_and_zae():
    g = G.load_grid("v1.19")
    t = USES.index("tertiaire")
    centre = g.criterion("siteEnCentreVille").option_index()
    assert g.criterion("siteEnCentreVille").options[centre["true"]].codes[t] == "N"
    assert g.criterion("siteEnCentreVille").options[centre["false"]].codes[t] == "P"
    zae = g.criterion("siteEnZae")
    assert zae.options[zae.option_index()["true"]].codes[t] == "TP"


# --- hand-checkable arithmetic ------------------------------------------------------------------------

def test_one_criterion_centre_ville_true():
    # v1.11: true → TP, P, N, P, TN, N, TN; weight 1 → A/C per use: 2/0, 1/0, .5/.5, 1/0, 0/2, .5/.5, 0/2
    r = row(one(G.load_grid("v1.11"), siteEnCentreVille=True))
    assert [r[F.index_field(u)] for u in USES] == [100.0, 100.0, 50.0, 100.0, 0.0, 50.0, 0.0]
    # ties keep enum order: residentiel, equipements, tertiaire; then culture, renaturation; industrie, PV
    assert [r[F.rank_field(u)] for u in USES] == [1, 2, 4, 3, 6, 5, 7]
    assert r[F.USAGE_1] == "residentiel" and r[F.USAGE_2] == "equipements"
    assert r[F.POTENTIEL] == "Excellent"
    assert r[F.FIABILITE] == 0.5  # round(20 · 1 / 30) / 2 = round(0.67) / 2
    assert r[F.NB_CONNUS] == 1


def test_two_criteria_mixed_sides():
    # v1.11 centre-ville false (w 1) + zonageReglementaire zone-naturelle-n (w 2)
    # residentiel: TN·1 → C 2 ; TN·2 → C 4 → 0.0 ; renaturation: P·1 → A 1 ; TP·2 → A 4 → 100.0
    # PV: P·1 → A 1 ; N·2 → A 1, C 1 → 2/3 → 66.7 ; culture: N·1 → .5/.5 ; NEG·2 → C 2 → .5/3 = 16.7
    r = row(one(G.load_grid("v1.11"), siteEnCentreVille="false", zonageReglementaire="zone-naturelle-n"))
    assert r["ind_residentiel"] == 0.0
    assert r["ind_renaturation"] == 100.0
    assert r["ind_photovoltaique"] == 66.7
    assert r["ind_culture"] == 16.7
    assert r[F.USAGE_1] == "renaturation" and r[F.FIABILITE] == 1.0  # round(20·3/30)/2 = 2/2


def test_neutral_only_gives_fifty_everywhere_and_enum_order():
    r = row(one(G.load_grid("v1.11"), zoneAccelerationEnr="non", risqueCavitesSouterraines="non"))
    assert all(r[F.index_field(u)] == 50.0 for u in USES)
    assert [r[F.rank_field(u)] for u in USES] == [1, 2, 3, 4, 5, 6, 7]
    assert r[F.POTENTIEL] == "Bon"


def test_all_unknown_site_has_zero_index_and_zero_fiabilite_best_use_as_mutafriches():
    g = G.load_grid()
    values = {"typeProprietaire": [None], "surfaceSite": [float("nan")]}
    r = row(scoring.score_sites(g, values, ["x"]))
    assert all(r[F.index_field(u)] == 0.0 for u in USES)
    # Mutafriches: indices 0 everywhere, stable sort → residentiel first, « Faible »
    assert r[F.USAGE_1] == "residentiel" and r[F.INDICE_1] == 0.0 and r[F.POTENTIEL] == "Faible"
    # deliberate deviation (option no_best_use_without_data): no best use at all
    dev = row(scoring.score_sites(g, values, ["x"], best_use_without_data=False))
    assert dev[F.USAGE_1] is None and dev[F.POTENTIEL] is None
    assert r[F.FIABILITE] == 0.0 and r[F.FIABILITE_NIVEAU] == "Très peu fiable"
    assert r[F.INCONNUS].split("|") == list(g.criterion_ids)
    assert r[F.NB_CONNUS] == 0


def test_ne_sait_pas_is_unknown_not_neutral():
    g = G.load_grid("v1.11")
    a = row(one(g, typeProprietaire="ne-sait-pas", siteEnCentreVille=True))
    b = row(one(g, siteEnCentreVille=True))
    assert a["ind_culture"] == b["ind_culture"] == 50.0
    assert a[F.FIABILITE] == b[F.FIABILITE] == 0.5
    assert "typeProprietaire" in a[F.INCONNUS]


def test_value_without_row_counts_in_fiabilite_but_is_not_scored():
    g = G.load_grid("v1.11")
    r = row(one(g, zonagePatrimonial="monument-historique", siteEnCentreVille=True))
    assert r["ind_culture"] == 50.0  # only centre-ville scored
    assert r[F.NB_CONNUS] == 2 and r[F.FIABILITE] == 0.5  # round(20·2/30) / 2 = round(1.33) / 2


def test_fiabilite_rounding_to_half_points():
    note = scoring.fiabilite_note
    assert note(np.array([0.0]), 34.0)[0] == 0.0
    assert note(np.array([34.0]), 34.0)[0] == 10.0
    assert note(np.array([17.0]), 34.0)[0] == 5.0
    assert note(np.array([2.55]), 34.0)[0] == 1.0  # 20·2.55/34 = 1.5 → half up → 2 → 2 / 2
    assert note(np.array([0.85]), 34.0)[0] == 0.5  # 20·0.85/34 = 0.5 → half up → 1 → 0.5


def test_unknown_site_value_warns_and_stays_unknown():
    res = one(G.load_grid("v1.11"), typeProprietaire="publique", siteEnCentreVille=True)
    assert row(res)[F.NB_CONNUS] == 1
    assert any("publique" in w.fr and "typeProprietaire" in w.fr for w in res.warnings)


def test_not_found_distance_counts_in_fiabilite_but_is_not_scored_unless_grid_says_so():
    g = G.load_grid("v1.19")
    r = row(one(g, distanceTransportCommun=scoring.NOT_FOUND, siteEnCentreVille=True))
    assert r[F.NB_CONNUS] == 2 and r["ind_culture"] == 50.0  # transport skipped
    # distanceReseauChaleur not_found = score (ADR-0036): counts as ≥ 500 m → N everywhere
    r = row(one(g, distanceReseauChaleur=scoring.NOT_FOUND))
    assert all(r[F.index_field(u)] == 50.0 for u in USES)


def test_half_up_rounding_of_the_index():
    adv = np.array([[1.0, 3.0, 5.0, 2.0]])
    con = np.array([[15.0, 13.0, 11.0, 0.0]])
    # 1/16 = 62.5‰ → 6.3 (banker's would give 6.2); 3/16 → 18.8; 5/16 = 312.5‰ → 31.3; 2/2 → 100
    assert scoring.mutability_index(adv, con).tolist() == [[6.3, 18.8, 31.3, 100.0]]
    assert scoring.mutability_index(np.zeros((1, 2)), np.zeros((1, 2))).tolist() == [[0.0, 0.0]]


def test_numeric_bucket_bounds_are_exact():
    g = G.load_grid("v1.11")
    crit = g.criterion("surfaceSite")
    ev = scoring.evaluate_criterion(crit, [9999.99, 10000, 14999, 15000, 50000, 50000.01, 0])
    assert ev.option.tolist() == [0, 1, 1, 2, 2, 3, 0]
    vac = scoring.evaluate_criterion(g.criterion("tauxLogementsVacants"), [7, 7.0001, 8, 10, 10.1])
    assert vac.option.tolist() == [0, 1, 1, 2, 3]
    # km thresholds read in metres (ADR-0027): 999 m < 1 km, 1000 m ≥ 1 km, 5000 m ≥ 5 km
    auto = scoring.evaluate_criterion(g.criterion("distanceAutoroute"), [999, 1000, 4999.9, 5000])
    assert auto.option.tolist() == [0, 1, 2, 3]
    bati = scoring.evaluate_criterion(g.criterion("surfaceBati"), [0, 4999, 5000, 10000, 10001])
    assert bati.option.tolist() == [0, 0, 1, 1, 2]


def test_booleans_accept_french_and_python_spellings():
    crit = G.load_grid().criterion("siteEnQpv")
    ev = scoring.evaluate_criterion(crit, [True, "oui", "NON", 0, None, "peut-être"])
    idx = crit.option_index()
    assert ev.option.tolist() == [idx["true"], idx["true"], idx["false"], idx["false"], -1, -1]
    assert ev.unmatched == ["peut-être"]


def test_ties_follow_the_grid_use_order():
    data = preset("mutafriches-v1.11")
    data["uses"] = list(reversed(data["uses"]))
    g = G.parse_grid(data)
    r = row(one(g, zoneAccelerationEnr="non"))
    assert r[F.USAGE_1] == "photovoltaique" and r["rang_residentiel"] == 7


def test_stable_ranking_on_many_sites():
    index = np.array([[50.0, 50.0, 60.0], [10.0, 20.0, 20.0]])
    excluded = np.array([[False, False, True], [False, False, False]])
    assert scoring.rank_uses(index, excluded).tolist() == [[1, 2, 3], [3, 1, 2]]


# --- exclusions (v1.16+) ------------------------------------------------------------------------------

def test_zaer_exclusion_excludes_pv_keeps_index_ranks_last():
    g = G.load_grid("v1.16")
    r = row(one(g, zoneAccelerationEnr="exclusion", surfaceSite=60000))
    assert r[F.EXCLUS] == "photovoltaique"
    # surface > 5 ha: PV TP (2·2 → A 4), ZAER exclusion: PV TN (C 2) → 4/6 = 66.7 kept but ranked last
    assert r["ind_photovoltaique"] == 66.7 and r["rang_photovoltaique"] == 7
    assert r[F.USAGE_1] == "industrie"


def test_wetland_and_species_exclude_industry_and_offices_only_when_both_yes():
    g = G.load_grid("v1.19")
    both = row(one(g, presenceZoneHumide="oui", presenceEspecesProtegees="oui"))
    assert both[F.EXCLUS] == "tertiaire|industrie"
    assert both["rang_tertiaire"] >= 6 and both["rang_industrie"] >= 6
    unsure = row(one(g, presenceZoneHumide="oui", presenceEspecesProtegees="ne-sait-pas"))
    assert unsure[F.EXCLUS] is None
    assert row(one(G.load_grid("v1.11"), presenceZoneHumide="oui", presenceEspecesProtegees="oui"))[F.EXCLUS] is None


# --- grid file validation -----------------------------------------------------------------------------

def _crit(data, cid):
    return next(c for c in data["criteria"] if c["id"] == cid)


def test_grid_file_roundtrip_with_an_agency_weight(tmp_path):
    data = preset()
    data["name"] = "agence-aula-2026"
    _crit(data, "siteEnCentreVille")["weight"] = 3
    path = tmp_path / "grille.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    g = G.load_grid(str(path))
    assert g.name == "agence-aula-2026" and g.total_weight == 36


@pytest.mark.parametrize("edit,needle", [
    (lambda d: d["criteria"].append({**_crit(d, "siteEnQpv"), "id": "siteEnQPV"}), "siteEnQPV"),
    (lambda d: _crit(d, "typeProprietaire")["values"][0].update(value="publique"), "publique"),
    (lambda d: _crit(d, "surfaceSite").update(weight=0), "> 0"),
    (lambda d: _crit(d, "surfaceSite").update(weight=-1), "-1"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][1].update(min=9000), "chevauchent"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][1].update(min=11000), "trou"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][1].update(min_inclusive=False), "trou"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][0].update(max_inclusive=True), "chevauchent"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][-1].update(max=1e6), "trou au-dessus"),
    (lambda d: _crit(d, "surfaceSite").update(unit="km"), "unité"),
    (lambda d: _crit(d, "surfaceSite")["buckets"][0]["scores"].update(industrie="TTN"), "TTN"),
    (lambda d: d["exclusions"][0].update(excludes=["pv"]), "pv"),
    (lambda d: d["exclusions"][0]["when"][0].update(criterion="zaer"), "zaer"),
    (lambda d: d.update(format="autre"), "format"),
    (lambda d: d["criteria"].append(copy.deepcopy(_crit(d, "siteEnZae"))), "deux fois"),
])
def test_grid_validation_errors_name_the_fault(edit, needle):
    data = preset()
    edit(data)
    with pytest.raises(AulaInputError) as err:
        G.parse_grid(data)
    assert needle in err.value.fr and err.value.en
    assert "mutafriches-v1.19" in err.value.fr


def test_missing_grid_file_is_named():
    with pytest.raises(AulaInputError, match="nope.json"):
        G.load_grid("nope.json")


def test_with_weights_refuses_non_positive():
    with pytest.raises(AulaInputError, match="> 0"):
        G.load_grid().with_weights({"surfaceSite": 0})


# --- mapping of the CNIG / Cartofriches fields --------------------------------------------------------

@pytest.mark.parametrize("codes,expected", [
    ("{P5a}", "public"), ("{F2a,P4a}", "public"), ("{X1a}", "prive"), ("{G1a}", "prive"),
    ("{G2a}", "copro-indivision"), ("{P5a,X1a}", "mixte"), ("{F2a,F7b,X1a}", "mixte"), ("", None),
])
def test_owner_type_from_catpro3_codes(codes, expected):
    assert mapping.owner_type({"proprio_type": codes}) == expected


@pytest.mark.parametrize("tz,lib,dest,expected", [
    ("U", "UA - Zone urbaine UA", "01", "zone-urbaine-u-habitat"),
    ("U", "UE - UE: Zone urbaine de commerces, de services", "01", "zone-urbaine-u-equipement"),
    ("U", "UEm - Secteur economique a vocation d activites", "01", "zone-urbaine-u-activite"),
    ("U", "UZ - zone", None, "zone-urbaine-u-activite"),
    ("U", "UP - zone", "02", "zone-vocation-activites"),
    ("AUc", "1AU - Zone peu ou non equipee", "01", "zone-a-urbaniser-au"),
    ("A", "A - agricole", None, "zone-agricole-a"),
    ("N", "N - naturelle", None, "zone-naturelle-n"),
    ("ZC", None, None, "secteur-ouvert-a-la-construction"),
    ("ZnC", None, None, "secteur-non-ouvert-a-la-construction"),
    ("RNU", None, None, None), (None, None, None, None),
])
def test_planning_zone_rules(tz, lib, dest, expected):
    assert mapping.planning_zone(tz, lib, dest) == expected


def test_building_state_and_pollution_mapping():
    assert mapping.building_state({"bati_etat": "dégradation inexistante ou faible"}) == "degradation-faible"
    assert mapping.building_state({"bati_etat": "dégradation très importante"}) == "degradation-tres-importante"
    assert mapping.building_state({"bati_etat": "inconnu", "bati_nombre": 0}) == "pas-de-bati"
    assert mapping.building_state({"bati_etat": "inconnu", "bati_nombre": 2}) is None
    assert mapping.pollution({"sol_pollution_existe": "pollution avérée"}) == "oui-autres-composes"
    assert mapping.pollution({"sol_pollution_existe": "inconnu", "bati_pollution": "amiante"}) == "oui-amiante"
    assert mapping.pollution({"sol_pollution_existe": "pollution inexistante"}) == "non"
    assert mapping.pollution({"sol_pollution_existe": "pollution traitée"}) == "deja-geree"
    assert mapping.pollution({"sol_pollution_existe": "pollution peu probable"}) is None
    assert mapping.water_connection(21) == "oui" and mapping.water_connection(20) == "non"
    assert mapping.water_connection(None) is None


def test_columns_named_after_criteria_win():
    import pandas as pd
    frame = pd.DataFrame({"proprio_type": ["{P5a}"], "typeProprietaire": ["prive"]})
    values, _ = mapping.criteria_from_fields(frame)
    assert values["typeProprietaire"] == ["prive"]


# --- context computations -----------------------------------------------------------------------------

def test_distances_counts_and_point_in_polygon():
    from shapely.geometry import box
    sites = np.array([[0.0, 0.0], [1000.0, 0.0], [5000.0, 5000.0]])
    targets = np.array([[0.0, 300.0], [1000.0, 1000.0]])
    assert context.nearest_distance(sites, targets).tolist() == [300.0, 1000.0, pytest.approx(5656.854, 1e-6)]
    assert context.nearest_distance(sites, targets, 2000)[2] == math.inf
    assert context.any_within(sites, targets, 1000).tolist() == [True, True, False]
    assert context.count_within(sites, targets, 1500).tolist() == [2, 2, 0]
    assert context.count_within(sites, targets, 1000).tolist() == [1, 1, 0]
    polys = [box(-10, -10, 10, 10), box(-100, -100, 2000, 100)]
    assert context.containing_polygon(sites, polys).tolist() == [0, 1, -1]
    assert context.containing_polygon(sites, polys, [5, 1]).tolist() == [1, 1, -1]


def test_context_layers_give_classes_with_upstream_priority():
    from shapely.geometry import box
    sites = np.array([[5.0, 5.0], [50.0, 50.0], [500.0, 500.0]])
    env = context.ContextLayer("env", polygons=[box(0, 0, 100, 100), box(0, 0, 10, 10)],
                               attributes={"type": np.array(["ZNIEFF type 2", "Natura 2000"], dtype=object)})
    plu = context.ContextLayer("plu", polygons=[box(0, 0, 1000, 1000)],
                               attributes={"typezone": np.array(["U"], dtype=object),
                                           "libelong": np.array(["UA - centre"], dtype=object)})
    out, msgs = context.context_criteria(sites, {"ENV_ZONES": env, "PLU_ZONES": plu,
                                                 "MAIRIES": context.ContextLayer("m", points=np.array([[0.0, 0.0]]))})
    assert out["zonageEnvironnemental"].tolist() == ["natura-2000", "znieff-type-1-2", "hors-zone"]
    assert out["zonageReglementaire"].tolist() == ["zone-urbaine-u-habitat"] * 3
    assert out["siteEnCentreVille"].tolist() == ["true", "true", "true"]
    assert len(msgs) == 3


def test_unknown_context_key_and_missing_geometry_are_refused():
    with pytest.raises(AulaInputError, match="BUS_STOPS"):
        context.context_criteria(np.zeros((1, 2)), {"BUS_STOPS": context.ContextLayer("x", points=np.zeros((1, 2)))})
    with pytest.raises(AulaInputError, match="géométrie"):
        context.context_criteria(np.array([[np.nan, 1.0]]), {})


def test_line_vertices_are_dense_enough():
    from shapely.geometry import LineString
    xy = context.line_vertices([LineString([(0, 0), (1000, 0)])], step=25)
    assert len(xy) == 41 and xy[-1].tolist() == [1000.0, 0.0]
    d = context.nearest_distance(np.array([[512.5, 100.0]]), xy)[0]
    assert 100.0 <= d <= math.hypot(12.5, 100.0)


# --- sensitivity --------------------------------------------------------------------------------------

def test_sensitivity_is_seeded_and_flags_fragile_sites():
    g = G.load_grid("v1.11")
    values = {"siteEnCentreVille": ["true", "false"], "zonageReglementaire": ["zone-urbaine-u", "zone-naturelle-n"],
              "surfaceSite": [5000, 12000]}
    res = scoring.score_sites(g, values, ["a", "b"])
    s1 = sensitivity.weight_sensitivity(res, 30, 40, seed=1)
    s2 = sensitivity.weight_sensitivity(res, 30, 40, seed=1)
    assert s1.stability.tolist() == s2.stability.tolist()
    assert ((s1.stability >= 0) & (s1.stability <= 100)).all()
    tiny = sensitivity.weight_sensitivity(res, 0.001, 5)
    # site a: residentiel 100 vs equipements 100 → tie broken by order both ways: stays first
    assert tiny.stability.tolist() == [100.0, 100.0]
    with pytest.raises(AulaInputError):
        sensitivity.weight_sensitivity(res, 0, 10)


def test_sensitivity_by_blocks_of_draws_equals_one_product(monkeypatch):
    """Draws are weighted by blocks (so a cancel is seen within the second): same stabilities as one product."""
    g = G.load_grid("v1.11")
    rng = np.random.default_rng(3)
    values = {"siteEnCentreVille": rng.choice(["true", "false"], 300).tolist(),
              "zonageReglementaire": rng.choice(["zone-urbaine-u", "zone-naturelle-n",
                                                 "zone-a-urbaniser-au"], 300).tolist(),
              "surfaceSite": rng.uniform(500, 50000, 300).tolist()}
    res = scoring.score_sites(g, values, [str(i) for i in range(300)])
    blocks = sensitivity.weight_sensitivity(res, 30, 150, seed=7)
    monkeypatch.setattr(sensitivity, "DRAW_BLOCK", 10 ** 6)
    whole = sensitivity.weight_sensitivity(res, 30, 150, seed=7)
    assert np.array_equal(blocks.stability, whole.stability, equal_nan=True)
    assert 0 < np.nanmin(blocks.stability) < 100


def test_sensitivity_detects_a_near_tie():
    data = preset("mutafriches-v1.11")
    g = G.parse_grid(data)
    # residentiel: centre true TP (A 2) + surface < 1 ha P (A 2) ; photovoltaique nothing comparable
    res = scoring.score_sites(g, {"siteEnCentreVille": ["true"], "zonageReglementaire": ["zone-a-urbaniser-au"],
                                  "presencePollution": ["oui-composes-volatils"]}, ["x"])
    s = sensitivity.weight_sensitivity(res, 50, 200, seed=3)
    assert 0 < s.stability[0] <= 100


# --- details ------------------------------------------------------------------------------------------

def test_details_explain_every_number():
    g = G.load_grid("v1.11")
    res = one(g, siteEnCentreVille=True, zonageReglementaire="zone-naturelle-n", typeProprietaire="ne-sait-pas")
    d = scoring.explanation_rows(res)
    assert len(d) == len(USES) * len(g.criteria)
    for use in USES:
        part = d[d[F.D_USAGE] == use]
        a = part.loc[part[F.D_COTE].isin([F.SIDE_ADVANTAGE, F.SIDE_NEUTRAL]), F.D_POINTS].abs().sum()
        c = part.loc[part[F.D_COTE].isin([F.SIDE_CONSTRAINT, F.SIDE_NEUTRAL]), F.D_POINTS].abs().sum()
        assert scoring.mutability_index(np.array([a]), np.array([c]))[0] == res.table[F.index_field(use)][0]
    tp = d[(d[F.D_CRITERE] == "typeProprietaire")]
    assert set(tp[F.D_COTE]) == {F.SIDE_UNKNOWN} and tp[F.D_POINTS].isna().all()
    z = d[(d[F.D_CRITERE] == "zonageReglementaire") & (d[F.D_USAGE] == "renaturation")].iloc[0]
    assert (z[F.D_CODE], z[F.D_SCORE], z[F.D_POIDS], z[F.D_POINTS], z[F.D_COTE]) == ("TP", 2.0, 2.0, 4.0, "avantage")
