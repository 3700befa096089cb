"""Contiguity and file weights for Gi*, and exact pixel coverage: equal to libpysal/esda, hand-checked."""

import warnings

import numpy as np
import pytest
import shapely.geometry as sg
from shapely.geometry import box

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.icu import contiguity as C
from aula_toolkit_plugin.aula_toolkit.icu import coverage as cov
from aula_toolkit_plugin.aula_toolkit.icu import gistar
from aula_toolkit_plugin.aula_toolkit.icu import pipeline as P
from aula_toolkit_plugin.aula_toolkit.icu import weights as W

libpysal = pytest.importorskip("libpysal", reason="libpysal is the reference for contiguity (requirements-dev)")
esda = pytest.importorskip("esda", reason="esda is the reference Gi* (requirements-dev)")
from libpysal import examples  # noqa: E402

DATASETS = [("columbus.shp", "HOVAL"), ("sids2.shp", "BIR79"), ("stl_hom.shp", "HR8893"),
            ("virginia.shp", "Key"), ("10740.shp", "GIST_ID")]


def polygons_and_values(name, column):
    path = examples.get_path(name)
    polys = [sg.shape(p.__geo_interface__) for p in libpysal.io.open(path)]
    db = libpysal.io.open(path[:-4] + ".dbf")
    header = db.header
    return path, polys, np.array(db.by_col(column), dtype=float)


def esda_z(values, lw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return esda.G_Local(values, lw, transform="B", star=True, permutations=0).Zs


@pytest.mark.parametrize("name, column", DATASETS)
@pytest.mark.parametrize("kind", [C.QUEEN, C.ROOK])
def test_contiguity_gi_star_equals_esda_with_libpysal_queen_and_rook(name, column, kind):
    path, polys, y = polygons_and_values(name, column)
    reference = (libpysal.weights.Queen if kind == C.QUEEN else libpysal.weights.Rook).from_shapefile(
        path, silence_warnings=True)
    ours = C.contiguity_weights(polys, kind)
    expected = {(i, j) for i, nb in reference.neighbors.items() for j in nb}
    off = ours.matrix.tocoo()
    assert {(i, j) for i, j in zip(off.row.tolist(), off.col.tolist()) if i != j} == expected
    assert sorted(np.flatnonzero(ours.n_neighbours == 0).tolist()) == sorted(reference.islands)
    assert np.abs(gistar.gi_star(y, ours) - esda_z(y, reference)).max() < 1e-9


def test_gal_file_written_by_libpysal_gives_esda_gi_star(tmp_path):
    path, polys, y = polygons_and_values("columbus.shp", "HOVAL")
    reference = libpysal.weights.Queen.from_shapefile(path, silence_warnings=True, idVariable="POLYID")
    gal = tmp_path / "columbus_queen.gal"
    out = libpysal.io.open(str(gal), "w")
    out.write(reference)
    out.close()
    ids = libpysal.io.open(path[:-4] + ".dbf").by_col("POLYID")
    # the layer's units in another order than the file: rows follow the layer
    order = np.random.default_rng(1).permutation(len(ids))
    w = C.weights_from_file(gal, [ids[i] for i in order])
    z = gistar.gi_star(y[order], w)
    expected = esda_z(y, reference)
    assert np.abs(z - expected[order]).max() < 1e-9
    assert "columbus_queen.gal" in w.messages[0].fr


def test_gwt_file_weights_are_used_as_written(tmp_path):
    xy = np.array([[0, 0], [1, 0], [3, 0], [3, 1]], dtype=float)
    y = np.array([20.0, 21.0, 25.0, 24.0])
    gwt = tmp_path / "w.gwt"
    gwt.write_text("0 4 units id\na b 2\nb a 2\nc d 0.5\nd c 0.5\nb c 1\nc b 1\n", encoding="utf-8")
    w = C.weights_from_file(gwt, ["a", "b", "c", "d"])
    dense = w.matrix.toarray()
    assert dense.tolist() == [[1, 2, 0, 0], [2, 1, 1, 0], [0, 1, 1, 0.5], [0, 0, 0.5, 1]]
    assert np.abs(gistar.gi_star(y, w) - gistar.gi_star_sparse(y, dense)).max() == 0
    assert xy.shape[0] == 4


def test_weights_file_ids_missing_from_the_file_are_named(tmp_path):
    gal = tmp_path / "w.gal"
    gal.write_text("3\n1 1\n2\n2 2\n1 3\n3 1\n2\n", encoding="utf-8")
    with pytest.raises(AulaInputError) as error:
        C.weights_from_file(gal, ["1", "2", "3", "4"])
    assert "4" in error.value.fr and "absentes du fichier" in error.value.fr and "missing from" in error.value.en
    w = C.weights_from_file(gal, [1.0, 2, 3])  # integral ids written as floats still match
    assert w.n == 3 and w.n_neighbours.tolist() == [1, 2, 1]
    bad = tmp_path / "w.gal2"
    bad.write_text("x", encoding="utf-8")
    with pytest.raises(AulaInputError, match="neither a .gal nor a .gwt"):
        C.weights_from_file(bad, ["1"])


def test_islands_are_kept_with_their_own_weight_and_listed():
    polys = [box(0, 0, 1, 1), box(1, 0, 2, 1), box(0, 1, 1, 2), box(10, 10, 11, 11)]
    w = C.contiguity_weights(polys, C.QUEEN, unit_ids=["a", "b", "c", "ile"])
    assert w.n_neighbours.tolist() == [2, 2, 2, 0]
    assert w.matrix[3].toarray().tolist() == [[0, 0, 0, 1]]
    assert any("ile" in m.fr and "sans voisin" in m.fr and "without any neighbour" in m.en for m in w.messages)
    z = gistar.gi_star(np.array([20.0, 22.0, 21.0, 30.0]), w)
    assert np.isfinite(z).all()


def test_rook_and_queen_differ_at_corners_and_tolerance_closes_slivers():
    a, b, c = box(0, 0, 10, 10), box(10, 10, 20, 20), box(10.3, 0, 20, 10)  # a-b: corner; a-c: 0.3 m gap
    polys = [a, b, c]
    assert {tuple(p) for p in C.contiguity_pairs(polys, C.QUEEN).tolist()} == {(1, 2)} | {(0, 1)}
    assert C.contiguity_pairs(polys, C.ROOK).tolist() == [[1, 2]]  # b and c share the edge y = 10, x 10.3–20
    assert (0, 2) in {tuple(p) for p in C.contiguity_pairs(polys, C.ROOK, tolerance=0.5).tolist()}
    assert (0, 1) not in {tuple(p) for p in C.contiguity_pairs(polys, C.ROOK, tolerance=0.5).tolist()}
    with pytest.raises(AulaInputError, match="CONTIGUITY_TOLERANCE"):
        C.contiguity_pairs(polys, C.QUEEN, tolerance=float("nan"))


def test_queen_on_the_grid_is_the_3x3_window_that_a_283_m_band_gives():
    rng = np.random.default_rng(3)
    rows, cols = np.nonzero(rng.random((30, 40)) < 0.9)
    band = W.grid_distance_band_weights(rows, cols, 200.0, 283.0, shape=(30, 40))
    queen_grid = W.grid_distance_band_weights(rows, cols, 200.0, 200.0 * np.sqrt(2), shape=(30, 40), islands="keep")
    assert (band.kernel == queen_grid.kernel).all() and band.kernel.sum() == 9
    cells = [box(c * 200.0, r * 200.0, (c + 1) * 200.0, (r + 1) * 200.0) for r, c in zip(rows, cols)]
    queen_polys = C.contiguity_weights(cells, C.QUEEN)
    assert (abs(queen_polys.matrix - band.to_sparse().matrix)).max() == 0
    y = rng.normal(30, 2, rows.size)
    lw = libpysal.weights.Queen.from_iterable(cells)
    assert np.abs(gistar.gi_star(y, queen_grid) - esda_z(y, lw)).max() < 1e-9


def test_exact_coverage_of_a_unit_straddling_four_pixels():
    # 2 × 2 pixels of 10 m, north-up, origin (0, 20): values 10 20 / 30 40 (top row first)
    values = np.array([[10.0, 20.0], [30.0, 40.0]])
    gt = (0.0, 10.0, 0.0, 20.0, 0.0, -10.0)
    unit = box(5, 4, 13, 14)  # fractions: top-left 0.5*0.4=0.2, top-right 0.3*0.4=0.12, bottom-left 0.5*0.6=0.3, bottom-right 0.18
    coverage = cov.polygon_coverage([unit], gt, values.shape)
    assert np.allclose(coverage.toarray(), [[0.2, 0.12, 0.3, 0.18]])
    count, mean, std = cov.weighted_stats(coverage, values.ravel())
    expected = (0.2 * 10 + 0.12 * 20 + 0.3 * 30 + 0.18 * 40) / 0.8
    assert count[0] == 4 and mean[0] == pytest.approx(expected, abs=1e-12)
    var = (0.2 * 100 + 0.12 * 400 + 0.3 * 900 + 0.18 * 1600) / 0.8 - expected ** 2
    assert std[0] == pytest.approx(np.sqrt(var), abs=1e-9)
    # the centre rule gives this unit nothing: no pixel centre (5,15) (15,15) (5,5) (15,5) lies inside
    small = box(6, 6, 9, 9)
    assert cov.weighted_stats(cov.polygon_coverage([small], gt, values.shape), values.ravel())[1][0] == pytest.approx(30.0)


def test_aligned_grid_exact_coverage_spreads_misaligned_pixels_over_cells():
    # 3 pixels of 30 m from x = 15: cells of 40 m → cell 0 gets [15,40) (25 m of pixel 0),
    # cell 1 [40,80) = 5 m of pixel 0 + 30 m of pixel 1 + 5 m of pixel 2, cell 2 [80,105) = 25 m of pixel 2
    values = np.array([[10.0, 20.0, 40.0]])
    gt = (15.0, 30.0, 0.0, 30.0, 0.0, -30.0)
    col0, row0, n_cols, n_rows, count, wsum, mean, std = cov.aligned_grid_coverage(values, gt, 40.0)
    assert (col0, n_cols) == (0, 3) and n_rows == 1
    assert count.tolist() == [1, 3, 1]
    assert mean[1] == pytest.approx((5 * 10 + 30 * 20 + 5 * 40) / 40.0)
    assert mean[0] == 10.0 and mean[2] == 40.0


def test_pipeline_exact_and_centre_rules_on_polygon_units_and_report_which():
    values = np.array([[10.0, 20.0], [30.0, 40.0]] * 3)
    values = np.tile(values, (1, 3))
    gt = (0.0, 10.0, 0.0, 60.0, 0.0, -10.0)
    units = [box(x + 3, y + 3, x + 11, y + 11) for x in (0, 20, 40) for y in (0, 20, 40)]  # 4 pixels each
    temp = P.TemperatureInput(kind=P.RASTER, values=values, geotransform=gt, reading="celsius")
    exact = P.build_units(temp, P.read_temperature(values, "celsius"), P.IcuSettings(zonal=cov.EXACT),
                          P.UnitsInput(ids=list(range(9)), geometries=units))
    centre = P.build_units(temp, P.read_temperature(values, "celsius"), P.IcuSettings(zonal=cov.CENTRE),
                           P.UnitsInput(ids=list(range(9)), geometries=units))
    assert "part exacte" in exact.messages[0].fr and "centre-point rule" in centre.messages[0].en
    assert exact.n == 9 and (exact.n_obs == 4).all()
    assert not np.allclose(exact.t_mean, centre.t_mean)


def test_contiguity_for_100k_polygons_is_fast_enough_for_the_benchmark_to_matter():
    n = 100  # the benchmark builds 100,000; here the correctness of the vectorised path at size
    cells = [box(c, r, c + 1, r + 1) for r in range(n) for c in range(n)]
    w = C.contiguity_weights(cells, C.ROOK)
    assert w.n_neighbours.sum() == 2 * 2 * n * (n - 1)


def test_numpy_clipping_of_reprojected_cells_equals_shapely_intersections():
    """Grid cells reprojected into the raster CRS are clipped in numpy: same fractions as shapely's."""
    rng = np.random.default_rng(7)
    centres = rng.uniform(150, 870, size=(300, 2))  # inside the raster
    angle = np.deg2rad(rng.uniform(-5, 5, 300))
    half = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]]) * 100.0
    rot = np.stack([np.stack([np.cos(angle), -np.sin(angle)], 1), np.stack([np.sin(angle), np.cos(angle)], 1)], 1)
    quads = centres[:, None, :] + np.einsum("nij,kj->nki", rot, half)
    gt = (0.0, 30.0, 0.0, 1020.0, 0.0, -30.0)
    shape = (34, 34)
    ours = cov.quad_coverage(quads, gt, shape, chunk=5000).toarray()
    reference = cov.polygon_coverage([sg.Polygon(q) for q in quads], gt, shape).toarray()
    assert np.abs(ours - reference).max() < 1e-9
    assert np.allclose(ours.sum(axis=1) * 900.0, 200.0 * 200.0)  # each cell's area, whole pixels or parts
