"""TVB core: cost distance by hand and against an exact Dijkstra, patches in 4-connexity, planar and complete
links, corridors, conflicts, friction CSV (BioDispersal layout), Conefor export, the whole chain."""

import math

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.tvb import friction as FR
from aula_toolkit_plugin.aula_toolkit.tvb import pipeline as P
from aula_toolkit_plugin.aula_toolkit.tvb.corridors import apply_barriers, path_conflicts
from aula_toolkit_plugin.aula_toolkit.tvb.cost import (
    EXACT_DIAGONAL, GRAPHAB_DIAGONAL, Cancelled, accumulated_cost, dijkstra_reference, trace_paths)
from aula_toolkit_plugin.aula_toolkit.tvb.links import complete_links, habitat_patches, planar_links


def test_cost_by_hand_straight_and_diagonal_steps():
    acc, lab, _ = accumulated_cost(np.array([[1.0, 3.0, 5.0]]), np.array([[1, 0, 0]]))
    assert acc.tolist() == [[0.0, 2.0, 6.0]]  # (1+3)/2, then + (3+5)/2
    f = np.array([[2.0, 2.0], [2.0, 4.0]])
    acc, lab, _ = accumulated_cost(f, np.array([[1, 0], [0, 0]]))
    assert acc[0, 1] == 2.0 and acc[1, 0] == 2.0
    assert acc[1, 1] == pytest.approx(3.0 * 1.4142136, rel=1e-15)  # (2+4)/2 × Graphab diagonal
    acc, _, _ = accumulated_cost(f, np.array([[1, 0], [0, 0]]), diagonal=EXACT_DIAGONAL)
    assert acc[1, 1] == pytest.approx(3.0 * math.sqrt(2), rel=1e-15)
    assert lab.tolist() == [[1, 1], [1, 1]]


def test_cost_goes_round_an_impassable_wall_through_its_gap():
    f = np.ones((5, 5))
    f[2, :4] = np.inf  # wall with a gap at column 4
    src = np.zeros((5, 5), int)
    src[0, 0] = 1
    acc, _, _ = accumulated_cost(f, src)
    assert acc[4, 0] == pytest.approx(dijkstra_reference(f, src)[4, 0], rel=1e-12)
    assert acc[4, 0] > 4 * GRAPHAB_DIAGONAL  # had to detour
    assert math.isinf(acc[2, 0])


@pytest.mark.parametrize("diagonal", [GRAPHAB_DIAGONAL, EXACT_DIAGONAL])
def test_cost_equals_exact_dijkstra_on_random_rasters(diagonal):
    rng = np.random.default_rng(7)
    for _ in range(15):
        rows, cols = rng.integers(3, 50, 2)
        f = rng.choice([1.0, 2.0, 5.0, 10.0, 100.0, 1000.0], size=(rows, cols))
        f[rng.random((rows, cols)) < 0.1] = np.inf
        src = np.zeros((rows, cols), int)
        for k in range(1, 4):
            r, c = rng.integers(rows), rng.integers(cols)
            f[r, c] = 1.0
            src[r, c] = k
        acc, lab, _ = accumulated_cost(f, src, diagonal)
        ref = dijkstra_reference(f, src, diagonal)
        fin = np.isfinite(ref)
        assert np.array_equal(np.isfinite(acc), fin)
        assert np.allclose(acc[fin], ref[fin], rtol=1e-10, atol=1e-9)


def test_max_cost_leaves_far_cells_unreached_and_cancel_raises():
    f = np.ones((1, 10))
    src = np.zeros((1, 10), int)
    src[0, 0] = 1
    acc, lab, _ = accumulated_cost(f, src, max_cost=3.0)
    assert np.isfinite(acc[0, :4]).all() and np.isinf(acc[0, 4:]).all() and (lab[0, 4:] == 0).all()
    with pytest.raises(Cancelled):
        accumulated_cost(np.ones((300, 300)), np.pad(np.ones((1, 1), int), ((0, 299), (0, 299))),
                         cancel=lambda: True)


def test_traced_path_costs_what_the_surface_says():
    rng = np.random.default_rng(2)
    f = rng.choice([1.0, 5.0, 50.0], size=(40, 40))
    src = np.zeros((40, 40), int)
    src[0, 0] = 1
    acc, _, _ = accumulated_cost(f, src)
    (pr, pc), = trace_paths(acc, f, np.array([39]), np.array([39]))
    assert (pr[0], pc[0]) == (39, 39) and (pr[-1], pc[-1]) == (0, 0)
    steps = [(f[pr[i], pc[i]] + f[pr[i + 1], pc[i + 1]]) / 2 * (GRAPHAB_DIAGONAL if pr[i] != pr[i + 1] and pc[i] != pc[i + 1]
                                                                 else 1.0) for i in range(pr.size - 1)]
    assert sum(steps) == pytest.approx(acc[39, 39], rel=1e-12)


def test_patches_are_four_connected_numbered_row_major_and_filtered_by_area():
    hab = np.array([[1, 0, 0, 1],
                    [0, 1, 0, 1],
                    [0, 0, 0, 0],
                    [1, 1, 1, 0]], dtype=bool)
    labels, count = habitat_patches(hab)
    assert count == 4  # the diagonal pair (0,0)-(1,1) is two patches in 4-connexity
    assert labels[0, 0] == 1 and labels[0, 3] == 2 and labels[1, 1] == 3 and labels[3, 0] == 4
    labels, count = habitat_patches(hab, min_cells=2)
    assert count == 2 and labels[0, 3] == 1 and labels[3, 1] == 2
    labels, count = habitat_patches(hab, eight=True)
    assert count == 3


def _three_patch_landscape():
    f = np.full((30, 60), 10.0)
    f[10:20, 25:35] = 100.0  # a costly block between patches
    lab = np.zeros((30, 60), int)
    lab[12:18, 2:6] = 1
    lab[12:18, 54:58] = 2
    lab[1:4, 28:32] = 3
    f[lab > 0] = 1.0
    return f, lab


def test_planar_link_costs_equal_exact_patch_to_patch_costs_here():
    f, lab = _three_patch_landscape()
    acc, alloc, _ = accumulated_cost(f, lab)
    planar = planar_links(acc, alloc, f)
    complete = complete_links(f, lab, 3)
    exact = {}
    for i in (1, 2, 3):
        d = dijkstra_reference(f, (lab == i).astype(int))
        for j in (1, 2, 3):
            if j > i:
                exact[(i - 1, j - 1)] = d[lab == j].min()
    got_c = {(a, b): c for a, b, c in zip(complete.u.tolist(), complete.v.tolist(), complete.cost.tolist())}
    assert got_c == pytest.approx(exact, rel=1e-10)
    got_p = {(a, b): c for a, b, c in zip(planar.u.tolist(), planar.v.tolist(), planar.cost.tolist())}
    # planar = best path inside the two cost zones: never below the exact cost, equal when that path stays there
    assert all(c >= exact[key] * (1 - 1e-12) for key, c in got_p.items())
    equal = [key for key, c in got_p.items() if c == pytest.approx(exact[key], rel=1e-10)]
    assert len(equal) >= 2
    for (pr, pc), a, b in zip(planar.paths, planar.u, planar.v):
        assert lab[pr[0], pc[0]] == a + 1 and lab[pr[-1], pc[-1]] == b + 1


def test_barriers_scale_friction_and_conflicts_are_one_point_per_crossing():
    f = np.ones((3, 3))
    bars = np.array([[0, 1, 0], [0, 1, 0], [2, 0, 0]])
    out = apply_barriers(f, bars, np.array([0.5, 0.0]))
    assert out[0, 1] == 2.0 and math.isinf(out[2, 0]) and out[0, 0] == 1.0
    path = (np.array([0, 0, 1, 1, 1]), np.array([0, 1, 1, 2, 2]))
    found = path_conflicts([path], bars)
    assert found.link.tolist() == [0] and found.barrier.tolist() == [1] and found.position.tolist() == [1]


def test_friction_csv_round_trip_in_biodispersal_layout(tmp_path):
    text = ("class_descr;class;code;boisee;prairiale\n"
            "Forêt de feuillus;foret;31;1;50\n"
            "Prairie;prairie;21;30;1\n"
            "Autoroute A21;autoroute;122;X;\n")
    path = tmp_path / "friction.csv"
    path.write_text(text, encoding="utf-8")
    table = FR.read_friction_csv(path)
    assert table.subtrames() == ["boisee", "prairiale"]
    assert table.mapping("Prairiale") == {31: 50.0, 21: 1.0, 122: math.inf}
    out = tmp_path / "out.csv"
    FR.write_friction_csv(table, out)
    assert out.read_text(encoding="utf-8") == text.replace("122;X;", "122;;")  # impassable is written empty
    assert FR.read_friction_csv(out).frictions == table.frictions
    with pytest.raises(AulaInputError) as err:
        table.mapping("humide")
    assert "humide" in err.value.fr and "sub-network" in err.value.en


@pytest.mark.parametrize("text,word", [("code;friction\n1;0\n", "coefficient"), ("code;friction\n1;abc\n", "abc"),
                                       ("classe;friction\n1;2\n", "code"), ("code;friction\n1;2\n1;3\n", "double")])
def test_bad_friction_tables_are_named(text, word):
    with pytest.raises(AulaInputError) as err:
        FR.parse_friction_text(text)
    assert word in err.value.fr and "FRICTION" in err.value.en


def test_missing_landcover_class_is_listed():
    with pytest.raises(AulaInputError) as err:
        FR.friction_raster(np.array([[1, 2], [3, 9]]), {1: 1.0, 2: 5.0})
    assert "3, 9" in err.value.fr and "3, 9" in err.value.en


def _pipeline_inputs():
    lc = np.full((60, 80), 2, dtype=np.int32)  # fields
    lc[5:15, 5:15] = 1  # wood
    lc[40:55, 10:20] = 1
    lc[20:30, 60:75] = 1
    lc[:, 38:40] = 5  # motorway
    barriers = np.zeros(lc.shape, dtype=np.int32)
    barriers[:, 38:40] = 1
    return lc, {1: 1.0, 2: 10.0, 5: 200.0}, barriers


def test_whole_chain_outputs_are_consistent():
    lc, fmap, barriers = _pipeline_inputs()
    s = P.TvbSettings(distance=2000, probability=0.05, subtrame="boisée", corridor_tolerance=0.1,
                      corridor_max_cost=1e9)
    r = P.run_tvb(lc, (0.0, 10.0, 0.0, 600.0, 0.0, -10.0), fmap, s, habitat_codes=[1], barriers=barriers,
                  barrier_transparency=np.array([1.0]), barrier_ids=["A21"])
    assert r.count == 3 and len(r.patches) == 3
    assert r.patches["area_ha"].tolist() == [1.0, 1.5, 1.5]  # 100, 150, 150 cells of 0.01 ha
    assert len(r.links) == 3
    assert (r.links["proba"] == np.exp(-r.indices["alpha"] * r.links["cost"])).all()
    assert r.patches["dpc"].between(0, 1).all()
    split = r.patches["dpc_intra"] + r.patches["dpc_flux"] + r.patches["dpc_conn"]
    assert np.allclose(split, r.patches["dpc"], rtol=1e-12)
    # row-major numbering: the east wood is patch 2; the motorway separates it: links to it cross the A21
    assert set(r.conflicts["id_obst"]) == {"A21"}
    crossing = r.links[(r.links["id_resv1"] == 2) | (r.links["id_resv2"] == 2)]
    assert len(crossing) == 2
    assert (crossing["n_conflict"] >= 1).all()
    assert r.conflicts["rank"].tolist() == list(range(1, len(r.conflicts) + 1))
    assert r.corridors is not None and (r.corridor_table["area_ha"] > 0).all()
    assert r.indices["n_patches"] == 3 and 0 < r.indices["pc"] < 1
    files = P.conefor_files(r)
    assert files["nodes"].splitlines()[0] == "1\t1.000000"
    assert len(files["distances"].splitlines()) == 3
    assert "-landArea 48.000000" in files["command"]
    pct = P.run_tvb(lc, (0.0, 10.0, 0.0, 600.0, 0.0, -10.0), fmap,
                    P.TvbSettings(distance=2000, probability=0.05, units=P.PERCENT), habitat_codes=[1],
                    with_corridors=False)
    assert np.allclose(pct.patches["dpc"], r.patches["dpc"] * 100)
    assert pct.indices["pc"] == pytest.approx(r.indices["pc"])  # PC itself stays a fraction


def test_pipeline_bad_inputs_are_named():
    lc, fmap, _ = _pipeline_inputs()
    gt = (0.0, 10.0, 0.0, 600.0, 0.0, -10.0)
    with pytest.raises(AulaInputError) as err:
        P.run_tvb(lc, gt, fmap, P.TvbSettings(), habitat_codes=[99])
    assert "99" in err.value.fr and "HABITAT" in err.value.en
    with pytest.raises(AulaInputError) as err:
        P.run_tvb(lc, (0.0, 10.0, 0.0, 600.0, 0.0, -20.0), fmap, P.TvbSettings(), habitat_codes=[1])
    assert "carrés" in err.value.fr and "square" in err.value.en
    with pytest.raises(AulaInputError):
        P.run_tvb(lc, gt, fmap, P.TvbSettings(min_area_ha=100), habitat_codes=[1])
    with pytest.raises(AulaInputError) as err:
        P.run_tvb(lc, gt, fmap, P.TvbSettings(landscape_area_ha=1.0), habitat_codes=[1])
    assert "LANDSCAPE_AREA" in err.value.fr


def test_report_is_offline_html_with_the_indices():
    from aula_toolkit_plugin.aula_toolkit.tvb.report import build_report

    lc, fmap, barriers = _pipeline_inputs()
    r = P.run_tvb(lc, (0.0, 10.0, 0.0, 600.0, 0.0, -10.0), fmap,
                  P.TvbSettings(distance=2000, subtrame="boisée", corridor_max_cost=1e9), habitat_codes=[1],
                  barriers=barriers, barrier_transparency=np.array([1.0]), barrier_ids=["A21"])
    html = build_report(r, {"Sous-trame": "boisée"}, np.array([[10, 10], [25, 67], [47, 15]]), note="GENERE")
    assert html.startswith("<!DOCTYPE html>") and "http" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "EC(PC)" in html and "Points noirs" in html and "A21" in html and "<svg" in html


def test_a_path_brushing_the_same_barrier_twice_is_one_crossing():
    bars = np.zeros((1, 40), dtype=np.int32)
    bars[0, [2, 4, 12, 30]] = 7  # 2, 4 and 12: one crossing (gaps ≤ 10 cells); 30: a second one
    bars[0, 5] = 8  # another barrier right after: its own crossing
    path = (np.zeros(40, dtype=np.int64), np.arange(40))
    found = path_conflicts([path], bars)
    assert found.position.tolist() == [2, 5, 30] and found.barrier.tolist() == [7, 8, 7]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_speaks_one_language(lang):
    from aula_toolkit_plugin.aula_toolkit.tvb.report import build_report

    lc, fmap, barriers = _pipeline_inputs()
    r = P.run_tvb(lc, (0.0, 10.0, 0.0, 600.0, 0.0, -10.0), fmap,
                  P.TvbSettings(distance=2000, subtrame="boisée", corridor_max_cost=1e9), habitat_codes=[1],
                  barriers=barriers, barrier_transparency=np.array([1.0]), barrier_ids=["A21"])
    html = build_report(r, {}, np.array([[10, 10], [25, 67], [47, 15]]), lang=lang)
    assert f"<html lang='{lang}'>" in html
    french, english = ("Indices globaux", "Méthode", "Paramètre", "liens"), ("Global indices", "Method", "Parameter",
                                                                              "links")
    assert all(word in html for word in (french if lang == "fr" else english))
    assert not any(word in html for word in (english if lang == "fr" else french))
    assert "2,000\u00a0m" in html if lang == "en" else "2\u202f000\u00a0m" in html


def test_grid_pixels_square_to_one_in_ten_thousand_are_squares_of_the_same_area():
    from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
    from aula_toolkit_plugin.aula_toolkit.tvb.pipeline import check_grid

    assert check_grid((0, 20.0, 0, 0, 0, -20.0)) == 20.0
    side = check_grid((0, 13.9989, 0, 0, 0, -13.9998))  # Graphab 2's test landscape
    assert side ** 2 == pytest.approx(13.9989 * 13.9998, rel=1e-12)
    with pytest.raises(AulaInputError) as refused:
        check_grid((0, 14.0, 0, 0, 0, -15.0), "LANDCOVER")
    assert "LANDCOVER" in str(refused.value) and "14 × 15" in str(refused.value)
