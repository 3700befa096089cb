"""The vectorised paths of the ZAE core give exactly what the plain pandas/per-group paths give."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Polygon, box

from aula_toolkit_plugin.aula_toolkit.zae import geom, inventory, loaders


def _owner_frame(seed=3, n=400):
    rng = np.random.default_rng(seed)
    idus = [f"62498000A{chr(65 + k % 26)}{k:04d}" for k in rng.integers(0, 120, n)]
    comptes = [None if k == 0 else f"62498:+{k:05d}" for k in rng.integers(0, 40, n)]
    noms = [None if k < 3 else ["ACME SA", "ÉTABLISSEMENTS ZOLA", "commune de Lens", "Æther"][k % 4]
            for k in rng.integers(0, 8, n)]
    return pd.DataFrame({"idu": idus, "compte": comptes, "siren": None, "nom": noms,
                         "morale": rng.integers(0, 2, n).astype(bool)})


def test_sort_codes_follow_python_order_and_nulls():
    values = pd.Series(["b", None, "a", "É", "a", "B", np.nan, "ab"], dtype=object)
    codes = loaders.sort_codes(values)
    assert codes.tolist() == [3, -1, 1, 4, 1, 0, -1, 2]
    assert loaders.sort_codes(pd.Series([3, 1, 2, 1])).tolist() == [2, 0, 1, 0]
    assert loaders.sort_codes(pd.Series(["a", 1], dtype=object)) is None


@pytest.mark.parametrize("key", ["idu", "k"])
def test_join_unique_matches_the_sorting_path(key):
    frame = _owner_frame()
    frame["k"] = np.arange(len(frame)) % 37
    for column in ("compte", "nom"):
        fast = loaders.join_unique(frame, key, column)
        slow = loaders._join_unique_objects(frame[[key, column]].dropna(), key, column, ";")
        pd.testing.assert_series_equal(fast, slow)


def test_owner_keys_matches_the_sorting_path():
    owners = _owner_frame(seed=5)
    owners.loc[3, "idu"] = None
    pd.testing.assert_frame_equal(loaders.owner_keys(owners), loaders._owner_keys_objects(owners))


def test_grouped_coverage_union_equals_one_union_per_group():
    from shapely.ops import unary_union

    cells = [box(x, y, x + 1, y + 1) for x in range(6) for y in range(3)]
    overlapping = [box(0, 0, 2, 2), box(1, 1, 3, 3)]  # not a coverage: falls back to the overlay union
    groups = [cells[:2], cells[2:5], cells[5:7], overlapping, cells[7:8], cells[8:18]]
    out = geom.union_groups(groups)
    for got, group in zip(out, groups):
        want = unary_union(group)
        assert got.equals(want)
    assert out[3].area == pytest.approx(7.0)


def test_stable_uuids_are_the_formatted_hashes():
    keys = pd.Series([f"{z}:62498000AB{z:04d}" for z in range(50)] + ["é;ü"])
    a = pd.util.hash_pandas_object(keys, index=False, hash_key="aula-zae-uf-0001").to_numpy()
    b = pd.util.hash_pandas_object(keys, index=False, hash_key="aula-zae-uf-0002").to_numpy()
    want = []
    for x, y in zip(a.tolist(), b.tolist()):
        h = f"{x:016x}{y:016x}"
        h = f"{h[:12]}5{h[13:16]}8{h[17:]}"
        want.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    assert inventory.stable_uuids(keys) == want


def test_numbered_ids_count_per_key_and_go_on_from_the_counter():
    counter = {}
    first = inventory.numbered_ids(["62498", "62510", "62498"], "_TERRAIN-ECO_", counter)
    assert first == ["62498_TERRAIN-ECO_00001", "62510_TERRAIN-ECO_00001", "62498_TERRAIN-ECO_00002"]
    assert inventory.numbered_ids(["62510", "62001"], "_TERRAIN-ECO_", counter) == [
        "62510_TERRAIN-ECO_00002", "62001_TERRAIN-ECO_00001"]
    assert counter == {"62498": 2, "62510": 2, "62001": 1}
    assert inventory.numbered_ids([None], "_X_", counter) == ["None_X_00001"]


def test_polygon_parts_many_equals_polygon_parts():
    from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Polygon

    shapes = [box(0, 0, 1, 1), MultiPolygon([box(0, 0, 1, 1), box(2, 0, 3, 1)]), Polygon(),
              GeometryCollection([LineString([(0, 0), (1, 1)]), box(5, 5, 6, 6),
                                  MultiPolygon([box(7, 7, 8, 8), box(9, 9, 9.0001, 9.0001)])]), None]
    got = geom.polygon_parts_many(shapes, 1e-6)
    want = [geom.polygon_parts(s, 1e-6) for s in shapes]
    assert [[p.wkb for p in g] for g in got] == [[p.wkb for p in w] for w in want]
    assert [len(g) for g in got] == [1, 2, 0, 2, 0]


@pytest.mark.parametrize("margin", [0.0, 0.5, 5.0])
def test_bbox_pairs_are_every_overlapping_pair_once_in_order(margin):
    rng = np.random.default_rng(11)
    lo = rng.uniform(0, 100, (300, 2))
    a = np.c_[lo, lo + rng.uniform(0, 12, (300, 2))]
    lo = rng.uniform(0, 100, (200, 2))
    b = np.c_[lo, lo + rng.exponential(3, (200, 2))]
    b[::10] = np.r_[b[1, :2], b[1, :2]]  # points, on top of each other
    a[7] = np.nan
    ga, gb = rng.integers(0, 3, 300), rng.integers(0, 3, 200)
    for groups in (None, (ga, gb)):
        i, j = geom.bbox_pairs(a, b, margin=margin, group_a=None if groups is None else ga,
                               group_b=None if groups is None else gb)
        want = [(p, q) for p in range(300) for q in range(200)
                if np.isfinite(a[p]).all() and a[p, 0] - margin <= b[q, 2] and b[q, 0] <= a[p, 2] + margin
                and a[p, 1] - margin <= b[q, 3] and b[q, 1] <= a[p, 3] + margin
                and (groups is None or ga[p] == gb[q])]
        assert list(zip(i.tolist(), j.tolist())) == want


def test_bounds_with_known_equals_decoding_every_geometry():
    shapes = [box(0, 0, 1, 2), box(5, 5, 7, 6).union(box(8, 8, 9, 9)), None, box(-3, -2, -1, 0)]
    wkbs = geom.flat_wkbs(shapes)
    parcels = geom.PolygonArray.from_wkb([wkbs[3], wkbs[0]])
    got = geom.bounds_with_known(wkbs, np.array([1, -1, -1, 0]), parcels.bounds())
    want = geom.PolygonArray.from_wkb(wkbs).bounds()
    assert np.array_equal(got, want, equal_nan=True)
    assert np.isnan(got[2]).all() and got[1].tolist() == [5, 5, 9, 9]
    assert np.array_equal(geom.bounds_with_known(wkbs, None, parcels.bounds()), want, equal_nan=True)


def test_unit_parcel_names_the_parcel_whose_shape_a_unit_is():
    zones = geom.PolygonArray.from_wkb([box(0, 0, 10, 10).wkb])
    parcels = geom.PolygonArray.from_wkb([box(0, 0, 4, 4).wkb, box(4, 0, 8, 4).wkb, box(8, 0, 12, 4).wkb])
    attrs = pd.DataFrame({"idu": ["62498000AA0001", "62498000AA0002", "62498000AA0003"],
                          "contenance": [16.0, 16.0, 16.0]})
    result = inventory.run_inventory(inventory.Inputs(zones, pd.DataFrame({"site_nom": ["Z"]}), parcels, attrs),
                                     inventory.Settings(year=2025))
    for u, p in enumerate(result.unit_parcel.tolist()):
        if p >= 0:
            assert result.unit_shapes[u] == parcels.wkb(p)
    assert (result.unit_parcel >= 0).sum() == 2  # the third parcel is cut by the perimeter


def test_owner_keys_ignore_repeated_parcel_account_rows():
    frame = _owner_frame(seed=5)
    repeated = pd.concat([frame, frame.iloc[::3]], ignore_index=True)
    got = loaders.owner_keys(repeated).sort_values("idu").reset_index(drop=True)
    want = loaders.owner_keys(frame.drop_duplicates(["idu", "compte"])).sort_values("idu").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)


def test_parcel_unions_equal_the_union_of_the_decoded_parcels():
    rng = np.random.default_rng(11)
    xs, ys = np.arange(9) * 10.0, np.arange(7) * 10.0
    jx = xs[None, :] + rng.uniform(-2, 2, (7, 9)) * (np.arange(9) % 8 != 0)
    cells = [Polygon([(jx[j, i], ys[j]), (jx[j, i + 1], ys[j]), (jx[j + 1, i + 1], ys[j + 1]), (jx[j + 1, i], ys[j + 1])])
             for j in range(6) for i in range(8)]
    wkbs = [c.wkb for c in cells] + [box(200, 0, 210, 10).wkb, box(205, 0, 215, 10).wkb]  # the last two overlap
    parcels = geom.PolygonArray.from_wkb(wkbs)
    groups = [np.arange(48), np.arange(0, 48, 2), np.array([48, 49]), np.r_[np.arange(40), 48, 49]]
    got = geom.parcel_unions(parcels, groups)
    want = geom.union_groups([geom.piece_shapes(parcels, g) for g in groups])
    for a, b in zip(got, want):
        assert a.equals(b) and a.area == pytest.approx(b.area, rel=1e-12)
        assert a.wkb == b.wkb
