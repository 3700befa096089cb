"""The linear-time paths of the ICU chain give what the per-pixel / per-string forms give (issue 11):
exact pixel coverage on aligned grids, the population join by cell id, grid cell ids, stake labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.icu import coverage as cov
from aula_toolkit_plugin.aula_toolkit.icu import grid as G
from aula_toolkit_plugin.aula_toolkit.icu import population as pop
from aula_toolkit_plugin.aula_toolkit.icu import stakes
from aula_toolkit_plugin.aula_toolkit.icu import temperature as T
from aula_toolkit_plugin.aula_toolkit.icu.pipeline import Units


def _cases():
    rng = np.random.default_rng(0)
    for trial in range(250):
        h, w = (int(v) for v in rng.integers(1, 30, 2))
        values = rng.normal(20, 5, (h, w))
        values[rng.random((h, w)) < 0.2] = np.nan
        px = float(rng.choice([10, 30, 25.5, 100, 7.3, 200]))
        py = float(rng.choice([-1, 1]) * rng.choice([px, 30, 10, 12.7]))
        size = float(rng.choice([200, 40, 100]))
        if px > size or abs(py) > size:  # refused (test_icu_contiguity): the centre rule applies
            continue
        gt = (float(rng.choice([0, 15, 3_700_000, 3_700_000.5, -13.25])), px * float(rng.choice([1, 1, -1])), 0.0,
              float(rng.choice([0, 2_900_000, 77.7])), 0.0, py)
        extent = None
        if trial % 3 == 0:
            extent = (gt[0] + 50, min(gt[3], gt[3] + h * py) + 20, gt[0] + 400, max(gt[3], gt[3] + h * py) - 10)
        yield values, gt, size, extent


def _call(function, *args):
    try:
        return function(*args)
    except AulaInputError as error:
        return error


@pytest.mark.parametrize("strip", [cov._STRIP_PIXELS, 1, 37])
def test_separable_aligned_coverage_equals_the_per_pixel_rule(strip, monkeypatch):
    monkeypatch.setattr(cov, "_STRIP_PIXELS", strip)  # strips of one or a few pixel rows: cells cut by strips
    compared = 0
    for values, gt, size, extent in _cases():
        reference = _call(cov._aligned_grid_coverage_pixels, values, gt[0], gt[1], gt[3], gt[5], size, extent)
        fast = _call(cov.aligned_grid_coverage, values, gt, size, extent)
        if isinstance(reference, Exception) or isinstance(fast, Exception):
            assert type(reference) is type(fast)
            continue
        compared += 1
        assert fast[:4] == reference[:4]
        assert np.array_equal(fast[4], reference[4])  # pixels touching each cell
        for k in (5, 6):  # weight sum, mean: the same up to summation order
            assert np.array_equal(np.isnan(fast[k]), np.isnan(reference[k]))
            assert np.allclose(fast[k], reference[k], rtol=1e-13, atol=1e-12, equal_nan=True)
        assert np.allclose(fast[7], reference[7], atol=1e-6, equal_nan=True)  # s.d. (cancellation near 0)
    assert compared > 100


def test_aligned_coverage_by_strips_is_the_whole_band_product_bit_for_bit(monkeypatch):
    compared = 0
    for values, gt, size, extent in _cases():
        monkeypatch.setattr(cov, "_STRIP_PIXELS", 1 << 30)  # one strip: the whole-band products
        whole = _call(cov.aligned_grid_coverage, values, gt, size, extent)
        monkeypatch.setattr(cov, "_STRIP_PIXELS", 1)  # a strip at every place where no cell is shared
        strips = _call(cov.aligned_grid_coverage, values, gt, size, extent)
        if isinstance(whole, Exception):
            assert type(strips) is type(whole)
            continue
        compared += 1
        assert whole[:4] == strips[:4]
        for k in range(4, 8):
            assert np.array_equal(whole[k], strips[k], equal_nan=True)
    assert compared > 100


def test_coverage_with_a_rounding_sliver_falls_back_on_the_per_pixel_rule():
    values = np.arange(12.0).reshape(3, 4)
    gt = (0.1 + 1e-13, 0.1, 0.0, 0.3, 0.0, -0.1)  # pixel edges a hair off the 0.2 cell edges
    fast = cov.aligned_grid_coverage(values, gt, 0.2)
    reference = cov._aligned_grid_coverage_pixels(values, gt[0], gt[1], gt[3], gt[5], 0.2, None)
    assert fast[:4] == reference[:4] and np.array_equal(fast[4], reference[4])
    assert np.allclose(fast[6], reference[6], equal_nan=True)


def _units(spec, rows, cols):
    ids = spec.cell_ids(rows, cols)
    one = np.ones(rows.size)
    grid = G.GridUnits(spec, rows, cols, ids, one, one, one)
    return Units(ids=ids, xy=np.zeros((rows.size, 2)), area_km2=one, n_obs=one, t_mean=one, t_std=one, grid=grid)


def test_grid_cell_ids_are_the_formatted_ids():
    spec = G.GridSpec(200.0, 3035, 18_500, 14_500, 60, 40)
    rows, cols = np.divmod(np.arange(2400), 60)
    assert spec.cell_ids(rows, cols).tolist() == G.cell_ids(*spec.south_west(rows, cols)).tolist()
    assert spec.cell_ids([3, 0], [0, 59], pad=8).tolist() == G.cell_ids(*spec.south_west([3, 0], [0, 59]),
                                                                          pad=8).tolist()
    far = G.GridSpec(12.5, 2154, 0, 0, 10 ** 6, 10 ** 6)  # two cells far apart: formatted one by one
    assert far.cell_ids([0, 999_999], [5, 999_999]).tolist() == G.cell_ids(
        *far.south_west([0, 999_999], [5, 999_999]), 12.5, 2154).tolist()


@pytest.mark.parametrize("chunk, fill", [(1 << 16, False), (7, False), (1 << 16, True), (1000, True)])
def test_population_join_by_cell_id_is_the_dictionary_join_for_any_spelling(chunk, fill, monkeypatch):
    monkeypatch.setattr(pop, "_CHUNK", chunk)  # ids parsed by chunks: chunks of 7 ids cut every layout
    spec = G.GridSpec(200.0, 3035, 18_500, 14_500, 100, 80)
    rows, cols = np.divmod(np.arange(8000), 100)
    keep = np.random.default_rng(1).random(8000) < (1.0 if fill else 0.9)  # fill: units are every cell
    units = _units(spec, rows[keep], cols[keep])
    every = G.cell_ids(*spec.south_west(rows, cols))
    odd = ["  " + every[30] + " ", None, "CRS3035RES200mN02900000E3700000", b"x", 5, every[31].lower(),
           "CRS3035RES200mNE3700000", "CRS3035RES200mN2900000E", "CRS3035RES200mN-200E3700000",
           "CRS3035RES200mN2900050E3700000", "CRS3035RES1000mN2900000E3700000", "CRS3035RES200mN29000E3700000",
           "CRS3035RES200mN2900000E37000000000000000000000", "", f"CRS3035RES200mN{every[40][15:]}", "x" * 40,
           np.nan, "CRS3035RES200mN0E0", every[41] + "\t"]
    mixed = every.astype(object)
    mixed[:len(odd)] = np.array(odd, dtype=object)
    for ids in (mixed, mixed[3:], every.astype("S"), np.array(every.tolist()), np.array(["é"] + every.tolist())):
        reference = pop._lookup(units.ids, pop.as_text(ids))
        fast = pop._grid_lookup(units, ids)
        assert np.array_equal(fast, reference)
        assert (fast >= 0).sum() > 7000


def test_stake_labels_by_level_and_unknown_level_refused():
    code, level, label = stakes.stakes([1, 3, 3], [1, 3, 2], lang="en")
    assert label.tolist() == [stakes.STAKE_LABELS[v][1] for v in level.tolist()]
    with pytest.raises(KeyError):
        stakes.stakes([3], [3], [[1, 1, 1], [1, 1, 1], [1, 1, 9]])


def test_landsat_detection_by_counting_is_the_median_rule():
    from aula_toolkit_plugin.aula_toolkit.icu import temperature as T

    rng = np.random.default_rng(3)
    threshold = T.AUTO_LANDSAT_MIN_MEDIAN
    for _ in range(400):
        n = int(rng.integers(1, 9))
        values = rng.choice([0.0, threshold, threshold - 1, threshold + 1, 30.0, 5e4, np.nextafter(threshold, 1e9)], n)
        nonzero = values[values != 0]
        expected = bool(nonzero.size and np.median(nonzero) > threshold)
        assert T._median_of_nonzero_above(values, threshold) == expected, values


def _same_reading(a, b):
    assert (a.reading, a.detected, a.n_valid, a.n_masked) == (b.reading, b.detected, b.n_valid, b.n_masked)
    assert [str(m) for m in a.warnings] == [str(m) for m in b.warnings]
    assert str(a.description) == str(b.description)
    assert np.array_equal(a.celsius, b.celsius, equal_nan=True)  # the same numbers, not close ones
    assert np.array_equal(a.rows(3, 9), b.celsius[3:9], equal_nan=True)


@pytest.mark.parametrize("case", ["landsat", "landsat_tie", "celsius", "kelvin", "nodata", "implausible", "forced"])
def test_integer_band_read_through_its_table_is_the_general_reading(case):
    rng = np.random.default_rng(3)
    shape = (600, 500)  # above the size where the table is used
    if case in ("landsat", "nodata", "forced"):
        band = rng.integers(40_000, 48_000, shape).astype(np.uint16)
        band[:40] = 0  # Landsat fill
    elif case == "landsat_tie":  # half the non-zero values at or under the threshold: the median decides
        band = np.full(shape, 31_000, dtype=np.uint16)  # as many non-zero values at 1000 as above it
        band.ravel()[:4] = 0
        band.ravel()[4:4 + (band.size - 4) // 2] = 1000
    elif case == "celsius":
        band = rng.integers(5, 45, shape).astype(np.uint8)
    elif case == "kelvin":
        band = rng.integers(270, 320, shape).astype(np.uint16)
    else:  # implausible: a few values read as °C above 100
        band = rng.integers(10, 40, shape).astype(np.uint16)
        band[0, :17] = 250
    nodata = 44_000 if case == "nodata" else None
    reading = T.READING_LANDSAT if case == "forced" else T.READING_AUTO
    fast = T.read_temperature(band, reading, nodata=nodata)
    assert fast.table is not None  # the table path ran
    general = T.read_temperature(band.astype(np.float64), reading, nodata=nodata)
    _same_reading(fast, general)


def test_integer_band_without_any_valid_value_is_refused_like_any_band():
    band = np.zeros((600, 500), dtype=np.uint16)
    for reading in (T.READING_AUTO, T.READING_LANDSAT):
        with pytest.raises(AulaInputError) as fast:
            T.read_temperature(band, reading, nodata=0)
        with pytest.raises(AulaInputError) as general:
            T.read_temperature(band.astype(np.float64), reading, nodata=0)
        assert str(fast.value) == str(general.value)


def test_fills_in_order_only_for_every_cell_row_after_row():
    rows, cols = np.divmod(np.arange(12), 4)
    assert G.fills_in_order(rows, cols, (3, 4))
    assert not G.fills_in_order(rows[::-1], cols[::-1], (3, 4))  # every cell, another order
    assert not G.fills_in_order(rows[1:], cols[1:], (3, 4))  # a cell missing
    assert not G.fills_in_order(cols, rows, (4, 3))  # column after column
    assert not G.fills_in_order([], [], (0, 4))


def test_bins_from_z_thresholds_are_the_bins_of_the_p_values():
    """Classes taken from |z| (no p computed) equal those of the analytical p-values, to the last unit, on
    both sides of each threshold and on the values that round onto it."""
    from scipy.special import ndtri

    from aula_toolkit_plugin.aula_toolkit.icu import gistar

    z = [np.random.default_rng(3).normal(0, 2, 200_000), [np.nan, np.inf, -np.inf, 0.0, -0.0]]
    for alpha in (0.10, 0.05, 0.01):
        edge = -ndtri(alpha / 2)
        close = edge + np.arange(-60, 61) * np.spacing(edge)
        z += [close, -close, edge * (1 + np.array([-2e-6, -1e-6, 1e-6, 2e-6]))]
    z = np.concatenate(z)
    expected = gistar.confidence_bins(z, gistar.two_sided_p(z))
    got = gistar.analytical_bins(z)
    assert got.dtype == expected.dtype
    np.testing.assert_array_equal(got, expected)
    assert set(np.unique(got)) == {-3, -2, -1, 0, 1, 2, 3}


def _batch_join_case(kind, rng):
    """A Filosofi-like table over a 30 × 40 grid (some cells outside it, some absent) and how it is spoiled."""
    spec = G.GridSpec(200.0, 3035, 18_500, 14_500, 40, 30)
    rows, cols = np.divmod(np.arange(1600), 40)  # 40 rows: 10 above the units
    keep = rng.random(rows.size) < 0.8
    rows, cols = rows[keep], cols[keep]
    ids = G.cell_ids(*spec.south_west(rows, cols)).astype("S")
    ind = np.round(rng.gamma(1.5, 40, rows.size), 1)
    columns = {"Idcar_200m": ids, "Ind": ind, "Ind_0_3": np.round(ind * 0.05, 1),
               "Ind_65_79": np.round(ind * 0.14, 1), "Ind_80p": np.round(ind * 0.06, 1)}
    if kind == "shuffled":
        order = rng.permutation(rows.size)
        columns = {k: v[order] for k, v in columns.items()}
    elif kind == "duplicate":
        for k in columns:
            columns[k] = np.concatenate([columns[k], columns[k][5:6]])
    elif kind == "padded":
        columns["Idcar_200m"] = columns["Idcar_200m"].astype("S40")
        columns["Idcar_200m"][700] = b" " + columns["Idcar_200m"][700]
    elif kind == "negative":
        columns["Ind_80p"][900] = -1.0
    elif kind == "negative zero":
        columns["Ind"][3] = -0.0
    elif kind == "no ages":
        del columns["Ind_0_3"], columns["Ind_65_79"], columns["Ind_80p"]
    units_rows, units_cols = np.divmod(np.arange(1200), 40)
    pick = rng.random(1200) < (1.0 if kind != "holes" else 0.7)
    return spec, _units(spec, units_rows[pick], units_cols[pick]), columns


@pytest.mark.parametrize("kind", ["sorted", "shuffled", "holes", "duplicate", "padded", "negative", "negative zero",
                                  "no ages"])
@pytest.mark.parametrize("units_first", [True, False])
def test_join_by_batch_is_the_whole_column_join_or_gives_way_to_it(kind, units_first):
    """The join done batch by batch as the file is read gives the whole-column join's numbers and message to
    the last bit, whenever the units come (before the first batch or after the last), and gives way to it
    where it could not (an id to look up as text, a value for the number reader, a cell met twice)."""
    spec, units, columns = _batch_join_case(kind, np.random.default_rng(7))
    names = [c for c in columns if c != "Idcar_200m"]
    whole = pop.PopulationInput(pd.DataFrame({c: columns[c] for c in names}), cell_ids=columns["Idcar_200m"],
                                name="POPULATION (f)")
    streamed = pop.PopulationInput(lambda: pd.DataFrame({c: columns[c] for c in names}), column_names=names,
                                   cell_ids=lambda: columns["Idcar_200m"], name="POPULATION (f)")
    join = streamed.batch_join = pop.BatchJoin(G.id_prefix(200.0, 3035).encode(), "Idcar_200m", names, streamed)
    if units_first:
        join.set_units(units)
    n = len(columns["Ind"])
    for start in range(0, n, 97):
        join.add({c: v[start:start + 97] for c, v in columns.items()})
    try:
        expected = pop.population_to_units(units, whole)
    except AulaInputError as error:
        with pytest.raises(AulaInputError) as raised:
            pop.population_to_units(units, streamed)
        assert str(raised.value) == str(error)
        return
    got = pop.population_to_units(units, streamed)
    gave_way = kind in ("duplicate", "padded")
    assert (join.result(units) is None) == gave_way
    for a, b in ((got.pop, expected.pop), (got.under4, expected.under4), (got.over65, expected.over65)):
        np.testing.assert_array_equal(a, b)
        assert not np.signbit(a[a == 0]).any()
    assert [m.en for m in got.messages] == [m.en for m in expected.messages]
    assert got.method.en == expected.method.en
