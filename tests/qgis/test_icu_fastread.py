"""The columnar read of a population GeoPackage (``processing.fastread.read_arrays``) gives the values the SQL
read gives, or steps aside (NULLs, sub-types) so that the SQL read decides; ``aula:icu_hotspots`` joins the
same population through either (issue 11: the read is the floor of the raster-only run)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr

from aula_toolkit_plugin.aula_toolkit.icu import grid
from aula_toolkit_plugin.processing.fastread import read_arrays, read_columns

DEMO = Path(__file__).resolve().parents[2] / "demo_data" / "icu"
POP = DEMO / "filosofi_200m_lens_henin_GENERE.gpkg"


def _gpkg(path: Path, rows, with_boolean=False):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    layer = ds.CreateLayer("filosofi", srs, ogr.wkbPolygon)
    for name, kind in (("Idcar_200m", ogr.OFTString), ("Ind", ogr.OFTReal), ("Men", ogr.OFTInteger),
                       ("Big", ogr.OFTInteger64)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    if with_boolean:
        field = ogr.FieldDefn("Flag", ogr.OFTInteger)
        field.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(field)
    for ident, ind, men, big in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("Idcar_200m", ident), ("Ind", ind), ("Men", men), ("Big", big)):
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,200 0,200 200,0 200,0 0))"))
        layer.CreateFeature(feature)
    ds = None


@pytest.mark.parametrize("batch", [1 << 20, 2])  # one batch; batches of 2 rows concatenated (ids of two widths)
def test_columnar_read_equals_the_sql_read(tmp_path, batch, monkeypatch):
    from aula_toolkit_plugin.processing import fastread

    monkeypatch.setattr(fastread, "ARROW_BATCH", batch)
    ids = grid.cell_ids(np.arange(3) * 200 + 3_800_000, np.full(3, 2_900_000))
    path = tmp_path / "pop.gpkg"
    _gpkg(path, [(ids[0], 12.5, 3, 2 ** 40), (ids[1], 0.0, 0, -1), ("Île é", 7.25, 1, 5)])
    columns = ["Idcar_200m", "Ind", "Men", "Big"]
    arrays = read_arrays(path, "filosofi", columns)
    frame = read_columns(path, "filosofi", columns)
    assert arrays is not None and list(arrays) == columns
    assert [v.decode("utf-8") for v in arrays["Idcar_200m"].tolist()] == frame["Idcar_200m"].tolist()
    for name in columns[1:]:
        assert arrays[name].tolist() == frame[name].tolist()


@pytest.mark.parametrize("rows, boolean", [
    ([("CRS3035RES200mN2900000E3800000", None, 1, 1)], False),  # a NULL: the SQL read says how it reads
    ([("CRS3035RES200mN2900000E3800000", 1.0, 1, 1)], True),   # a boolean sub-type
])
def test_columnar_read_steps_aside(tmp_path, rows, boolean):
    path = tmp_path / "pop.gpkg"
    _gpkg(path, rows, with_boolean=boolean)
    columns = ["Idcar_200m", "Ind"] + (["Flag"] if boolean else [])
    assert read_arrays(path, "filosofi", columns) is None
    assert read_arrays(path, "filosofi", ["Idcar_200m", "absent"]) is None


def test_demo_population_columns_read_by_either_reader_are_the_same():
    columns = ["Idcar_200m", "Ind", "Ind_0_3", "Ind_65_79", "Ind_80p"]
    arrays = read_arrays(POP, "filosofi_200m_GENERE", columns)
    frame = read_columns(POP, "filosofi_200m_GENERE", columns)
    assert arrays is not None and len(arrays["Ind"]) == len(frame) > 1000
    assert np.array_equal(arrays["Ind"], frame["Ind"].to_numpy())
    assert arrays["Idcar_200m"].astype("U").tolist() == frame["Idcar_200m"].tolist()


def test_population_read_in_background_gives_its_result_or_its_error_in_the_caller():
    import threading

    from aula_toolkit_plugin.processing.background import in_background

    seen = []
    columns = ["Idcar_200m", "Ind"]
    pending = in_background(lambda: seen.append(threading.current_thread().name) or read_arrays(POP, "filosofi_200m_GENERE",
                                                                                           columns))
    arrays = pending()
    assert seen and seen[0] != threading.current_thread().name
    assert np.array_equal(arrays["Ind"], read_columns(POP, "filosofi_200m_GENERE", columns)["Ind"].to_numpy())

    def fails():
        raise ValueError("unreadable")

    with pytest.raises(ValueError, match="unreadable"):
        in_background(fails)()


def test_batches_taken_by_the_caller_are_not_kept(monkeypatch):
    """A batch the caller takes (``on_batch`` returns True) is neither copied nor kept: the columns say they
    are not complete; batches it leaves are kept as usual."""
    from aula_toolkit_plugin.processing import fastread

    monkeypatch.setattr(fastread, "ARROW_BATCH", 500)
    columns = ["Idcar_200m", "Ind"]
    seen = []
    taken = read_arrays(POP, "filosofi_200m_GENERE", columns, on_batch=lambda b: seen.append(b["Ind"].sum()) or True)
    assert taken is not None and not taken.complete and len(seen) > 2
    kept = read_arrays(POP, "filosofi_200m_GENERE", columns, on_batch=lambda b: False)
    assert kept.complete and np.isclose(kept["Ind"].sum(), sum(seen))
    assert np.array_equal(kept["Ind"], read_columns(POP, "filosofi_200m_GENERE", columns)["Ind"].to_numpy())
