"""TVB graph metrics on hand-checkable 3-node graphs: PC, EC, IIC, dPC and its intra/flux/connector split,
link dPC, Conefor fractions, α from (d, p); and equality with a plain networkx recomputation on a random graph."""

import math

import numpy as np
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.tvb.graph import alpha_from, graph_metrics

ALPHA = alpha_from(1000.0, 0.05)


def test_alpha_matches_graphab_constant_and_sanity_values():
    assert ALPHA == pytest.approx(0.0029957322735539907, rel=1e-15)
    assert math.exp(-ALPHA * 500) == pytest.approx(0.2236068, rel=1e-6)
    assert math.exp(-ALPHA * 2000) == pytest.approx(0.0025, rel=1e-12)
    assert alpha_from(1000, 1.0) == 0.0


@pytest.mark.parametrize("d,p", [(0, 0.05), (-5, 0.05), (1000, 0), (1000, 1.5)])
def test_alpha_rejects_bad_pairs_in_french_and_english(d, p):
    with pytest.raises(AulaInputError) as err:
        alpha_from(d, p)
    assert ("DISTANCE" if d <= 0 else "PROBABILITY") in err.value.fr
    assert "expected" in err.value.en


def test_path_of_three_nodes_by_hand():
    # 0 —1000— 1 —1000— 2, unit capacities: p = 0.05 per link, p*02 = 0.0025
    m = graph_metrics([1, 1, 1], [0, 1], [1, 2], [1000, 1000], ALPHA, landscape_area=10.0)
    pcnum = 3 + 2 * (0.05 + 0.05 + 0.0025)
    assert m.pc_num == pytest.approx(pcnum, rel=1e-12)
    assert m.pc == pytest.approx(pcnum / 100, rel=1e-12)
    assert m.ec == pytest.approx(math.sqrt(pcnum), rel=1e-12)
    assert m.dpc == pytest.approx([1.105 / pcnum, 1.205 / pcnum, 1.105 / pcnum], rel=1e-12)
    assert m.dpc_intra == pytest.approx([1 / pcnum] * 3, rel=1e-12)
    assert m.dpc_flux == pytest.approx([0.105 / pcnum, 0.2 / pcnum, 0.105 / pcnum], rel=1e-12)
    assert m.dpc_connector[1] == pytest.approx(2 * 0.0025 / pcnum, rel=1e-9)
    assert m.dpc_connector[0] == 0 and m.dpc_connector[2] == 0
    assert m.link_dpc == pytest.approx([0.105 / pcnum] * 2, rel=1e-12)
    assert m.node_contribution.sum() == pytest.approx(1.0, rel=1e-12)
    # binary graph: nl01 = nl12 = 1, nl02 = 2
    iicnum = 3 + 2 * (0.5 + 0.5 + 1 / 3)
    assert m.iic_num == pytest.approx(iicnum, rel=1e-12)
    assert m.diic == pytest.approx([(iicnum - 3) / iicnum, (iicnum - 2) / iicnum, (iicnum - 3) / iicnum], rel=1e-12)
    # Conefor split of PCnum (direct = linked pairs with the direct-link probability)
    assert m.pc_intra == pytest.approx(3 / pcnum, rel=1e-12)
    assert m.pc_direct == pytest.approx(0.2 / pcnum, rel=1e-12)
    assert m.pc_step == pytest.approx(0.005 / pcnum, rel=1e-9)
    assert m.components == 1 and list(m.component) == [1, 1, 1]


def test_triangle_where_the_two_step_path_beats_the_direct_link():
    # direct 0–2 at 3000 (p = 0.05³) is beaten by 0–1–2 (p = 0.0025): the link 0–2 is useless
    m = graph_metrics([1, 1, 1], [0, 1, 0], [1, 2, 2], [1000, 1000, 3000], ALPHA, landscape_area=1.0)
    pcnum = 3 + 2 * (0.05 + 0.05 + 0.0025)
    assert m.pc_num == pytest.approx(pcnum, rel=1e-12)
    removed_1 = 2 + 2 * 0.05 ** 3
    assert m.dpc[1] == pytest.approx((pcnum - removed_1) / pcnum, rel=1e-12)
    assert m.dpc_connector[1] == pytest.approx((pcnum - removed_1 - 1 - 0.2) / pcnum, rel=1e-9)
    assert m.link_dpc[2] == 0.0
    assert m.pc_direct == pytest.approx(2 * (0.05 + 0.05 + 0.05 ** 3) / pcnum, rel=1e-12)


def test_unequal_capacities_and_two_components_with_threshold():
    # 0–1 at 500 (p = √0.05), 1–2 at 4000: binary threshold 1000 leaves {0,1} and {2}
    a = [4.0, 1.0, 9.0]
    m = graph_metrics(a, [0, 1], [1, 2], [500, 4000], ALPHA, landscape_area=20.0, binary_threshold=1000)
    p01, p12 = math.sqrt(0.05), 0.05 ** 4
    pcnum = 16 + 1 + 81 + 2 * (4 * 1 * p01 + 1 * 9 * p12 + 4 * 9 * p01 * p12)
    assert m.pc_num == pytest.approx(pcnum, rel=1e-12)
    assert m.components == 2
    assert list(m.component) == [2, 2, 1]  # component 1 = largest capacity (patch 2 alone: 9 > 5)
    iicnum = 16 + 1 + 81 + 2 * 4 * 1 / 2
    assert m.iic_num == pytest.approx(iicnum, rel=1e-12)
    assert m.dpc_flux[0] == pytest.approx(2 * 4 * (1 * p01 + 9 * p01 * p12) / pcnum, rel=1e-12)


def test_bad_graph_inputs_are_named():
    with pytest.raises(AulaInputError):
        graph_metrics([], [], [], [], ALPHA, 1.0)
    with pytest.raises(AulaInputError):
        graph_metrics([1, -1], [0], [1], [10], ALPHA, 1.0)


def test_equal_to_networkx_recomputation_on_a_random_planar_graph():
    nx = pytest.importorskip("networkx", reason="networkx (requirements-dev.txt) is the test oracle")
    from scipy.spatial import Delaunay

    rng = np.random.default_rng(3)
    n = 40
    pts = rng.random((n, 2)) * 5000
    tri = Delaunay(pts)
    edges = set()
    for s in tri.simplices:
        for i in range(3):
            a_, b_ = sorted((int(s[i]), int(s[(i + 1) % 3])))
            edges.add((a_, b_))
    u, v = np.array(sorted(edges)).T
    cost = np.linalg.norm(pts[u] - pts[v], axis=1) * rng.uniform(1, 3, u.size)
    cap = rng.uniform(1, 50, n)
    m = graph_metrics(cap, u, v, cost, ALPHA, landscape_area=1e4, floor=1e-300)

    def pcnum(g):
        total = 0.0
        for i, lengths in nx.all_pairs_dijkstra_path_length(g):
            for j, d in lengths.items():
                total += cap[i] * cap[j] * math.exp(-ALPHA * d)
        return total

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(zip(u.tolist(), v.tolist(), cost.tolist()))
    full = pcnum(g)
    assert m.pc_num == pytest.approx(full, rel=1e-10)
    for k in (0, 7, 23):
        h = g.copy()
        h.remove_node(k)
        assert m.dpc[k] == pytest.approx((full - pcnum(h)) / full, rel=1e-8, abs=1e-13)
    for li in (0, 5, 30):
        h = g.copy()
        h.remove_edge(int(u[li]), int(v[li]))
        assert m.link_dpc[li] == pytest.approx((full - pcnum(h)) / full, rel=1e-8, abs=1e-13)
