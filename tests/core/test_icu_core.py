"""Surchauffe urbaine core: Gi* against esda, invariances, planted discs, readings, grid, weights,
permutations, FDR, population, ERP, stakes, summary, report and the bad-input messages."""

from pathlib import Path
import warnings

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.icu import erp, gistar, grid, pipeline as P, population, stakes, synthetic
from aula_toolkit_plugin.aula_toolkit.icu import temperature as T
from aula_toolkit_plugin.aula_toolkit.icu import weights as W
from aula_toolkit_plugin.aula_toolkit.icu.report import build_report

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "icu"


def esda_zs(values, spatial_weights):
    """esda G_Local(transform='B', star=True) on the same binary weights (self weight added by esda)."""
    libpysal = pytest.importorskip("libpysal")
    esda = pytest.importorskip("esda")
    m = spatial_weights.matrix.copy().tolil()
    m.setdiag(0)
    m = m.tocsr()
    m.eliminate_zeros()
    m.data[:] = 1.0
    lw = libpysal.weights.WSP(m).to_W(silence_warnings=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return esda.G_Local(np.asarray(values, float), lw, transform="B", star=True, permutations=0).Zs


def columbus():
    libpysal = pytest.importorskip("libpysal")
    from libpysal import examples
    db = libpysal.io.open(examples.get_path("columbus.dbf"))
    y = np.array(db.by_col("HOVAL"), dtype=float)
    xy = np.column_stack([db.by_col("X"), db.by_col("Y")]).astype(float)
    return y, xy


# --- Gi* = esda (transform='B', star=True) ---------------------------------------------------------

@pytest.mark.parametrize("kind", ["band_default", "band_wide", "knn"])
def test_gi_star_equals_esda_on_columbus(kind):
    y, xy = columbus()
    if kind == "band_default":
        w = W.distance_band_weights(xy)
    elif kind == "band_wide":
        w = W.distance_band_weights(xy, 6.0)
    else:
        w = W.knn_weights(xy, 5)
    z = gistar.gi_star(y, w)
    assert np.abs(z - esda_zs(y, w)).max() < 1e-9


def test_gi_star_equals_esda_on_baltim_points():
    libpysal = pytest.importorskip("libpysal")
    from libpysal import examples
    db = libpysal.io.open(examples.get_path("baltim.dbf"))
    y = np.array(db.by_col("PRICE"), dtype=float)
    xy = np.column_stack([db.by_col("X"), db.by_col("Y")]).astype(float)
    w = W.distance_band_weights(xy)
    assert np.abs(gistar.gi_star(y, w) - esda_zs(y, w)).max() < 1e-9


def test_row_standardisation_does_not_change_z():
    y, xy = columbus()
    zb = gistar.gi_star(y, W.distance_band_weights(xy, 6.0))
    zr = gistar.gi_star(y, W.distance_band_weights(xy, 6.0, standardisation=W.ROW_STANDARDISED))
    assert np.abs(zb - zr).max() < 1e-12


def test_esda_default_row_transform_differs_which_is_why_we_use_B():
    esda = pytest.importorskip("esda")
    libpysal = pytest.importorskip("libpysal")
    y, xy = columbus()
    w = W.distance_band_weights(xy, 6.0)
    m = w.matrix.tolil()
    m.setdiag(0)
    lw = libpysal.weights.WSP(m.tocsr()).to_W(silence_warnings=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        zr = esda.G_Local(y, lw, star=True, permutations=0).Zs  # default transform='R'
    assert np.abs(zr - gistar.gi_star(y, w)).max() > 0.1


def test_invariance_celsius_kelvin_and_negative_mean():
    y, xy = columbus()
    w = W.distance_band_weights(xy, 6.0)
    z = gistar.gi_star(y, w)
    for transformed in (y + 273.15, y - y.mean() - 50.0, 2.5 * y - 1000.0):
        assert np.abs(gistar.gi_star(transformed, w) - z).max() < 1e-9


@pytest.mark.parametrize("holes", [True, False])
def test_grid_fast_path_equals_sparse_and_esda(holes):
    values, _, _ = synthetic.planted_discs(30, 40, hot=(8, 8), cold=(20, 30), radius=4, seed=2)
    rows, cols = np.nonzero(np.ones(values.shape, bool))
    keep = (rows + cols) % 7 != 0 if holes else rows >= 0  # holes: edge effects inside the grid
    rows, cols = rows[keep], cols[keep]
    x = values[rows, cols]
    for threshold in (None, 200.0, 450.0):
        gw = W.grid_distance_band_weights(rows, cols, 200.0, threshold, shape=values.shape)
        sw = W.distance_band_weights(np.column_stack([cols, rows]) * 200.0 + 100.0, gw.threshold)
        assert np.array_equal(gw.n_neighbours, sw.n_neighbours)
        z_grid = gistar.gi_star(x, gw)
        assert np.abs(z_grid - gistar.gi_star(x, sw)).max() < 1e-10
        assert np.abs(z_grid - esda_zs(x, gw.to_sparse())).max() < 1e-9


def test_gi_star_equals_esda_on_demo_grid():
    gdal = pytest.importorskip("osgeo.gdal")
    osr = pytest.importorskip("osgeo.osr")
    tif = DEMO / "lst_landsat_st_b10_lens_henin_GENERE.tif"
    if not tif.exists():
        pytest.skip("demo raster not generated")
    ds = gdal.Open(str(tif))
    band = ds.GetRasterBand(1).ReadAsArray()
    src = osr.SpatialReference(wkt=ds.GetProjection())
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(3035)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)

    def to_3035(x, y):
        out = np.array(ct.TransformPoints(np.column_stack([x, y])))
        return out[:, 0], out[:, 1]

    result = P.run_icu(P.TemperatureInput(P.RASTER, band, ds.GetGeoTransform(), to_3035, nodata=0))
    assert result.reading.reading == T.READING_LANDSAT
    assert result.units.n > 5000
    z = result.hotspots["gi_z"].to_numpy()
    assert np.abs(z - esda_zs(result.units.t_mean, result.weights.to_sparse())).max() < 1e-9
    assert (result.hotspots["gi_bin"] == 3).any() and (result.hotspots["gi_bin"] == -3).any()


# --- planted discs ---------------------------------------------------------------------------------

def test_planted_hot_and_cold_discs_found_with_right_sign_and_extent():
    values, hot, cold = synthetic.planted_discs(60, 60, hot=(15, 15), cold=(45, 42), radius=6, amplitude=3.0,
                                                noise=1.0, seed=5)
    r, c = np.mgrid[0:60, 0:60]
    x = c.ravel() * 200.0 + 100.0
    y = r.ravel() * 200.0 + 100.0
    res = P.run_icu(P.TemperatureInput(P.POINTS, values.ravel(), x=x, y=y),
                    P.IcuSettings(grid_epsg=2154, distance=300.0))
    u = res.units
    bins = np.zeros((60, 60), dtype=int)
    bins[u.grid.rows, u.grid.cols] = res.hotspots["gi_bin"].to_numpy()
    z = np.zeros((60, 60))
    z[u.grid.rows, u.grid.cols] = res.hotspots["gi_z"].to_numpy()
    assert z[15, 15] > 5 and z[45, 42] < -5
    hot_found, cold_found = bins >= 2, bins <= -2
    # extent: most of each disc found, few false cells elsewhere
    assert hot_found[hot].mean() > 0.8 and cold_found[cold].mean() > 0.8
    assert not (bins[cold] > 0).any() and not (bins[hot] < 0).any()
    ring = ~(np.hypot(r - 15, c - 15) <= 8) & ~(np.hypot(r - 45, c - 42) <= 8)
    assert (np.abs(bins[ring]) >= 2).mean() < 0.06
    # centroid of the hot cells within one cell of the disc centre
    rr, cc = np.nonzero(hot_found & (np.hypot(r - 15, c - 15) <= 10))
    assert abs(rr.mean() - 15) < 1 and abs(cc.mean() - 15) < 1


# --- temperature readings --------------------------------------------------------------------------

def test_landsat_dn_reading_scale_offset_and_fill():
    dn = np.array([[0, 43636, 46562], [48000, 0, 44000]], dtype=np.uint16)
    r = T.read_temperature(dn)
    assert r.reading == T.READING_LANDSAT and r.detected
    assert np.isnan(r.celsius[0, 0]) and np.isnan(r.celsius[1, 1])
    assert r.celsius[0, 1] == pytest.approx(43636 * 0.00341802 + 149.0 - 273.15)
    assert "0,00341802" in r.description.fr and "0.00341802" in r.description.en
    assert any("2 fill" in m.en for m in r.warnings)


def test_kelvin_and_celsius_readings_detected_and_forced():
    assert T.read_temperature(np.array([300.0, 305.2])).reading == T.READING_KELVIN
    r = T.read_temperature(np.array([27.0, 31.5, -2.0]))
    assert r.reading == T.READING_CELSIUS and np.allclose(r.celsius, [27, 31.5, -2])
    forced = T.read_temperature(np.array([300.0, 310.0]), T.READING_KELVIN)
    assert np.allclose(forced.celsius, [26.85, 36.85])
    dn = T.celsius_to_landsat_dn(np.array([25.0, np.nan]))
    assert dn[1] == 0 and T.read_temperature(dn[:1], T.READING_LANDSAT).celsius[0] == pytest.approx(25.0, abs=0.002)


def test_ambiguous_reading_is_an_error():
    with pytest.raises(AulaInputError, match="median|médiane"):
        T.read_temperature(np.array([120.0, 130.0]))


# --- grid ------------------------------------------------------------------------------------------

def test_grid_is_insee_aligned_and_ids_match_filosofi():
    spec = grid.GridSpec.from_bounds(3_800_030.0, 3_000_110.0, 3_800_650.0, 3_000_390.0)
    assert spec.col0 * 200 == 3_800_000 and spec.row0 * 200 == 3_000_000
    assert spec.cell_ids([0], [0])[0] == "CRS3035RES200mN3000000E3800000"
    assert grid.normalise_cell_id("crs3035res200mN03000000E03800000") == "CRS3035RES200mN3000000E3800000"


def test_zonal_mean_count_std():
    v = np.array([1.0, 2.0, 3.0, np.nan, 10.0])
    lab = np.array([0, 0, 0, 0, 2])
    count, mean, std = P.zonal_stats(v, lab, 3)
    assert list(count) == [3, 0, 1] and mean[0] == 2.0 and np.isnan(mean[1])
    assert std[0] == pytest.approx(np.std([1, 2, 3]))


def test_units_from_raster_mean_count_std_per_cell():
    a = np.arange(36, dtype=float).reshape(6, 6)  # 100 m pixels → 200 m cells of 4 pixels
    gt = (1000.0, 100.0, 0.0, 1600.0, 0.0, -100.0)
    u = P.build_units(P.TemperatureInput(P.RASTER, a, gt), T.read_temperature(a, T.READING_CELSIUS),
                      P.IcuSettings(grid_epsg=2154))
    assert u.n == 9 and set(u.n_obs) == {4}
    i = list(u.ids).index("CRS2154RES200mN1400E1000")
    assert u.t_mean[i] == pytest.approx(np.mean([0, 1, 6, 7]))  # north-west block
    assert u.t_std[i] == pytest.approx(np.std([0, 1, 6, 7]))


# --- weights ---------------------------------------------------------------------------------------

def test_default_band_gives_every_unit_a_neighbour_and_is_reported():
    y, xy = columbus()
    w = W.distance_band_weights(xy)
    assert w.threshold_is_default and (w.n_neighbours >= 1).all()
    assert w.threshold == pytest.approx(W.min_threshold_distance(xy))
    assert "smallest distance giving every unit a neighbour" in w.messages[0].en


def test_units_without_neighbours_named_and_counted():
    xy = np.array([[0, 0], [100, 0], [200, 0], [5000, 0], [9000, 0]], float)
    with pytest.raises(AulaInputError) as err:
        W.distance_band_weights(xy, 150.0, unit_ids=["a", "b", "c", "far1", "far2"])
    assert "2 of 5 units" in err.value.en and "far1, far2" in err.value.en and "2 unités sur 5" in err.value.fr
    assert "4000" in err.value.en  # the smallest distance that works


def test_knn_has_k_neighbours_plus_self():
    y, xy = columbus()
    w = W.knn_weights(xy, 4)
    assert (w.n_neighbours == 4).all() and np.allclose(w.matrix.sum(axis=1), 5)


def test_geographic_crs_refused_for_distances():
    with pytest.raises(AulaInputError, match="geographic"):
        W.distance_band_weights(np.array([[2.8, 50.4], [2.9, 50.4], [2.8, 50.5]]), is_geographic=True)


def test_constant_temperature_refused():
    y, xy = columbus()
    with pytest.raises(AulaInputError, match="constant"):
        gistar.gi_star(np.full(y.size, 31.2), W.distance_band_weights(xy))


# --- permutations, bins, FDR -----------------------------------------------------------------------

def test_permutations_seeded_floor_and_agree_with_analytical():
    y, xy = columbus()
    w = W.distance_band_weights(xy, 6.0)
    p1 = gistar.permutation_p_values(y, w, 999, seed=7)
    p2 = gistar.permutation_p_values(y, w, 999, seed=7)
    assert np.array_equal(p1, p2)
    assert p1.min() >= 1 / 1000 and p1.max() <= 1
    p = gistar.two_sided_p(gistar.gi_star(y, w))
    assert np.corrcoef(p, p1)[0, 1] > 0.8
    assert "1/(R+1)" in gistar.permutation_floor_warning(49, 999, True).en


def test_bins_thresholds_and_labels():
    z = np.array([3.0, 2.0, 1.7, 0.5, -1.7, -2.0, -3.0])
    b = gistar.confidence_bins(z, gistar.two_sided_p(z))
    assert list(b) == [3, 2, 1, 0, -1, -2, -3]
    assert gistar.bin_labels([3, -1], "fr").tolist() == ["Point chaud (confiance 99 %)", "Point froid (confiance 90 %)"]


def test_fdr_changes_only_bins_benjamini_hochberg_per_level():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    z = np.ones(p.size)
    raw = gistar.confidence_bins(z, p)
    fdr = gistar.confidence_bins(z, p, fdr=True)
    assert list(raw) == [3, 3, 2, 2, 2, 1, 1, 0, 0, 0]
    # α = .01: k=1 passes (0.001 ≤ 0.001), k=2: 0.008 > 0.002 → only the first;
    # α = .05: 0.008 ≤ 0.01 (k=2), 0.039 > 0.015, 0.042 > 0.025 … → two;
    # α = .10: largest k with p_(k) ≤ k·0.01: k = 6 (0.06 ≤ 0.06; 0.074 > 0.07) → six
    assert list(fdr) == [3, 2, 1, 1, 1, 1, 0, 0, 0, 0]
    y, xy = columbus()
    a = P.run_icu(P.TemperatureInput(P.POINTS, y, x=xy[:, 0], y=xy[:, 1]), P.IcuSettings(cell_size=0.5, grid_epsg=2154))
    b = P.run_icu(P.TemperatureInput(P.POINTS, y, x=xy[:, 0], y=xy[:, 1]),
                  P.IcuSettings(cell_size=0.5, grid_epsg=2154, fdr=True))
    assert np.array_equal(a.hotspots["gi_z"], b.hotspots["gi_z"]) and np.array_equal(a.hotspots["gi_p"], b.hotspots["gi_p"])
    assert (np.abs(b.hotspots["gi_bin"]) <= np.abs(a.hotspots["gi_bin"])).all()


def test_pipeline_with_permutations_uses_pseudo_p_for_bins_and_warns():
    values, _, _ = synthetic.planted_discs(20, 20, hot=(5, 5), cold=(14, 14), radius=3, seed=1)
    r, c = np.mgrid[0:20, 0:20]
    res = P.run_icu(P.TemperatureInput(P.POINTS, values.ravel(), x=c.ravel() * 200 + 100.0, y=r.ravel() * 200 + 100.0),
                    P.IcuSettings(grid_epsg=2154, permutations=199, seed=3))
    assert res.permutations_used == 199 and res.hotspots["gi_p_sim"].min() >= 1 / 200
    assert any("1/(R+1)" in m.en for m in res.messages)
    assert np.array_equal(res.hotspots["gi_bin"], gistar.confidence_bins(res.hotspots["gi_z"], res.hotspots["gi_p_sim"]))


# --- population, ERP, stakes, summary ---------------------------------------------------------------

def _square_units(n=4, size=200.0):
    ids, geoms = [], []
    for i in range(n):
        for j in range(n):
            ids.append(f"u{i}{j}")
            geoms.append(box(j * size, i * size, (j + 1) * size, (i + 1) * size))
    return ids, geoms


def test_polygon_units_and_areal_weighting_conserves_population():
    ids, geoms = _square_units()
    xs, ys = np.meshgrid(np.arange(0, 800, 20) + 10, np.arange(0, 800, 20) + 10)
    t = 30 + xs.ravel() / 100.0
    pop_geoms = [box(100, 100, 500, 300), box(600, 600, 700, 700)]
    frame = pd.DataFrame({"IND": [400.0, 50.0], "ind_0_3": [40.0, 5.0], "IND_65_79": [20.0, 2.0], "Ind_80p": [10.0, 1.0]})
    res = P.run_icu(P.TemperatureInput(P.POINTS, t, x=xs.ravel(), y=ys.ravel()), P.IcuSettings(),
                    units=P.UnitsInput(ids, geoms),
                    population=population.PopulationInput(frame, geometries=pop_geoms, id_field=None))
    sp = res.stakes_population.set_index("unit_id")
    assert sp["pop"].sum() == pytest.approx(450.0)
    assert sp.loc["u00", "pop"] == pytest.approx(400 * (100 * 100) / (400 * 200))
    assert sp["pop_65p"].sum() == pytest.approx(33.0) and sp["pop_lt4"].sum() == pytest.approx(45.0)
    assert sp.loc["u00", "density"] == pytest.approx(sp.loc["u00", "pop"] / 0.04)


def _points_on_insee_grid_and_filosofi():
    """Temperatures at the centres of 10 × 10 INSEE 200 m cells, and a Filosofi table of three cells (the third
    outside the units)."""
    values, _, _ = synthetic.planted_discs(10, 10, seed=3)
    r, c = np.mgrid[0:10, 0:10]
    x, y = 3_800_000 + c.ravel() * 200 + 100.0, 2_900_000 + r.ravel() * 200 + 100.0
    frame = synthetic.filosofi_cells([3_800_000, 3_800_200, 5_000_000], [2_900_000, 2_900_000, 2_900_000],
                                     [100.0, 50.0, 7.0], ["62498"] * 3)
    return P.TemperatureInput(P.POINTS, values.ravel(), x=x, y=y), frame


def test_population_joined_by_filosofi_id_on_insee_grid():
    temperature, frame = _points_on_insee_grid_and_filosofi()
    res = P.run_icu(temperature, population=population.PopulationInput(frame))
    sp = res.stakes_population.set_index("unit_id")
    assert sp.loc["CRS3035RES200mN2900000E3800000", "pop"] == 100.0
    assert sp["pop"].sum() == 150.0  # the third cell is outside the units
    assert any("INSEE cell identifier" in m.en for m in res.messages)


def test_population_given_as_a_function_is_read_after_gi_star_and_joined_the_same():
    """The glue reads the population in a thread and hands run_icu a function that waits for it."""
    temperature, frame = _points_on_insee_grid_and_filosofi()
    direct = P.run_icu(temperature, population=population.PopulationInput(frame))
    calls = []
    later = P.run_icu(temperature, population=lambda: calls.append(1) or population.PopulationInput(frame))
    assert calls == [1]
    pd.testing.assert_frame_equal(later.stakes_population, direct.stakes_population)
    assert [m.en for m in later.messages] == [m.en for m in direct.messages]
    assert P.run_icu(temperature, population=lambda: None).stakes_population is None


def test_missing_population_fields_named():
    ids, geoms = _square_units()
    xs, ys = np.meshgrid(np.arange(0, 800, 50) + 25, np.arange(0, 800, 50) + 25)
    frame = pd.DataFrame({"habitants": [1.0]})
    with pytest.raises(AulaInputError) as err:
        P.run_icu(P.TemperatureInput(P.POINTS, 30 + xs.ravel() / 100, x=xs.ravel(), y=ys.ravel()),
                  units=P.UnitsInput(ids, geoms),
                  population=population.PopulationInput(frame, geometries=[box(0, 0, 10, 10)]))
    assert "Ind" in err.value.en and "habitants" in err.value.en and "introuvable" in err.value.fr


def test_erp_recognition_bpe_finess_and_words():
    c = erp.classify_erp(["C104", "C101", "D502", "D401", "500", "D106", "A101", "COLLEGE", "Crèche les Lutins",
                          "EHPAD du Parc", None, "F101"])
    assert c.sensitivity.tolist() == [2, 3, 3, 3, 3, 3, 0, 2, 3, 3, 0, 0]
    assert any("A101" in m.en for m in c.messages)
    assert erp.classify_erp(None, n=3).sensitivity.tolist() == [2, 2, 2]
    assert erp.classify_erp(["C201"], codes="C1,C2", codes_high="D502").sensitivity.tolist() == [2]


def test_stake_matrix_defaults_and_parameters():
    heat = stakes.heat_level(np.array([-3, 0, 1, 2, 3]))
    assert heat.tolist() == [1, 1, 2, 2, 3]
    assert stakes.density_level([0, 299, 300, 1499, 1500]).tolist() == [1, 1, 2, 2, 3]
    assert stakes.erp_level([0, 1, 2, 3, 1], [0, 0, 0, 0, 1]).tolist() == [1, 2, 2, 3, 3]
    code, level, label = stakes.stakes([3, 2, 1], [3, 1, 3])
    assert code.tolist() == [33, 21, 13] and level.tolist() == [4, 1, 1] and label[0] == "Très fort"
    m = stakes.parse_matrix("1,2,3; 2,3,4; 3,4,5")
    assert stakes.stakes([3], [3], m)[1].tolist() == [5]
    assert stakes.parse_pair("500 ; 2000", "DENSITY_THRESHOLDS") == (500.0, 2000.0)
    with pytest.raises(AulaInputError):
        stakes.parse_matrix("1,2;3,4")
    with pytest.raises(AulaInputError):
        stakes.parse_pair("2000, 500", "DENSITY_THRESHOLDS")


def test_summary_per_territory_and_report():
    values, hot, _ = synthetic.planted_discs(20, 20, hot=(5, 5), cold=(14, 14), radius=3, amplitude=5, seed=1)
    r, c = np.mgrid[0:20, 0:20]
    x, y = c.ravel() * 200 + 100.0, r.ravel() * 200 + 100.0
    areas = P.AreasInput(["W", "E"], ["Ouest", "Est"], [box(0, 0, 2000, 4000), box(2000, 0, 4000, 4000)])
    erp_in = P.ErpInput(np.array([1100.0, 3100.0, 9999.0]), np.array([1100.0, 3100.0, 0.0]),
                        ["D502", "C104", "C104"], ["Crèche A", "École B", "Hors zone"])
    pop_frame = pd.DataFrame({"Ind": np.full(400, 10.0), "Ind_0_3": 1.0, "Ind_65_79": 1.0, "Ind_80p": 0.5})
    res = P.run_icu(P.TemperatureInput(P.POINTS, values.ravel(), x=x, y=y), P.IcuSettings(grid_epsg=2154),
                    population=population.PopulationInput(pop_frame, x=x, y=y, id_field=None), erp=erp_in, areas=areas)
    s = res.summary.set_index("terr_id")
    assert s["area_km2"].sum() == pytest.approx(16.0) and s["pop"].sum() == pytest.approx(4000)
    assert s.loc["W", "hot_km2"] > 0.5 and s.loc["E", "hot_km2"] < s.loc["W", "hot_km2"]
    assert s.loc["W", "erp_n"] == 1 and s.loc["W", "erp_hot"] == 1 and s.loc["E", "erp_hot"] == 0
    assert s.loc["W", "pop_hot"] == pytest.approx(10 * (res.hotspots["gi_bin"].to_numpy()[
        (res.units.xy[:, 0] < 2000)] > 0).sum())
    se = res.stakes_erp.set_index("unit_id")
    assert se["erp_n"].sum() == 2 and se["erp_n3"].sum() == 1
    assert any("outside the analysed units" in m.en for m in res.messages)
    html = build_report(res, {"TEMPERATURE": "test"}, note="Données GÉNÉRÉES")
    assert "<svg" in html and "Synthèse par territoire" in html and "Crèche A" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "<script" not in html


def test_grid_clipped_to_areas_and_no_overlap_is_an_error():
    values, _, _ = synthetic.planted_discs(10, 10, seed=3)
    r, c = np.mgrid[0:10, 0:10]
    t = P.TemperatureInput(P.POINTS, values.ravel(), x=c.ravel() * 200 + 100.0, y=r.ravel() * 200 + 100.0)
    inside = P.AreasInput(["A"], ["A"], [box(0, 0, 1000, 2000)])
    res = P.run_icu(t, P.IcuSettings(grid_epsg=2154), areas=inside)
    assert res.units.n == 50
    far = P.AreasInput(["Z"], ["Z"], [box(50_000, 50_000, 60_000, 60_000)])
    with pytest.raises(AulaInputError, match="overlap"):
        P.run_icu(t, P.IcuSettings(grid_epsg=2154), areas=far)


def test_raster_without_overlap_with_polygon_units():
    a = np.full((10, 10), 300.0) + np.arange(100).reshape(10, 10) / 10
    gt = (0.0, 30.0, 0.0, 300.0, 0.0, -30.0)
    ids, geoms = _square_units()
    moved = [box(*(np.array(g.bounds) + 100_000)) for g in geoms]
    with pytest.raises(AulaInputError) as err:
        P.run_icu(P.TemperatureInput(P.RASTER, a, gt), units=P.UnitsInput(ids, moved))
    assert "does not overlap" in err.value.en and "ne recouvre aucune" in err.value.fr


def test_temperature_polygons_areal_mean_onto_units():
    ids, geoms = _square_units(2, 100.0)
    temp_polys = [box(0, 0, 200, 100), box(0, 100, 200, 200), box(0, 0, 50, 200)]
    res = P.build_units(P.TemperatureInput(P.POLYGONS, np.array([20.0, 30.0, 40.0]), geometries=temp_polys),
                        T.read_temperature(np.array([20.0, 30.0, 40.0])), P.IcuSettings(), P.UnitsInput(ids, geoms))
    i = list(res.ids).index("u00")
    assert res.t_mean[i] == pytest.approx((20 * 100 * 100 + 40 * 50 * 100) / (100 * 100 + 50 * 100))
    assert res.n_obs[i] == 2
