"""Attribute tables of GeoPackage layers read in one SQL query (no Python object per feature).

Used where an algorithm needs only attributes of a large layer (e.g. a million Filosofi squares joined by
cell id): the QGIS feature iterator costs microseconds per feature in Python, one ``SELECT`` costs
hundreds of nanoseconds per row. Anything else (filters, other formats) returns None: the caller falls
back on the QGIS reader.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from collections.abc import Mapping
from typing import Callable, Dict, Optional, Sequence, Tuple

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingContext, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsVectorLayer


def geopackage_layer_of(value, context: QgsProcessingContext) -> Optional[Tuple[Path, str]]:
    """``(file, table)`` when the parameter value is a whole, unfiltered GeoPackage layer."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
            return None
        value = value.source.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else (
        QgsProcessingUtils.mapLayerFromString(str(value), context) if value else None)
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or layer.subsetString():
        return None
    path_text, _, options = layer.source().partition("|")
    path = Path(path_text)
    if path.suffix.lower() != ".gpkg" or not path.exists():
        return None
    match = re.search(r"layername=([^|]+)", options)
    if match:
        return path, match.group(1)
    tables = _feature_tables(path)
    return (path, tables[0]) if len(tables) == 1 else None


def _feature_tables(path: Path):
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]


def read_columns(path: Path, table: str, columns: Sequence[str]) -> pd.DataFrame:
    """The columns of the table in feature id order (NULL → None/NaN)."""
    quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return pd.read_sql_query(f'SELECT {quoted} FROM "{table}" ORDER BY rowid', con)
    finally:
        con.close()


def read_arrays(path: Path, table: str, columns: Sequence[str],
                on_batch: Optional[Callable[[Dict[str, np.ndarray]], bool]] = None) -> Optional["Columns"]:
    """The columns as numpy arrays in feature id order, through GDAL's columnar (Arrow) reader: no Python
    object per row, text as fixed-width bytes. None when that reader cannot give exactly what
    :func:`read_columns` gives (GDAL < 3.6, NULL values, dates, booleans, float32 or JSON sub-types…).
    ``on_batch(columns)`` is given each batch as it is read (work done while GDAL fills the next batch). When it
    returns True it has taken what it needs: the batch is neither copied nor kept (its arrays are valid during
    the call only) and the columns returned are not ``complete``. Its results are the caller's to discard when
    None is returned."""
    from osgeo import ogr

    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    ds = ogr.Open(str(path))
    if ds is None:
        return None
    try:
        layer = ds.GetLayerByName(table)
        if layer is None:
            return None
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        simple = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString)
        for name in columns:
            if name not in names:
                return None
            field = definition.GetFieldDefn(names.index(name))
            if field.GetType() not in simple or field.GetSubType() != ogr.OFSTNone:
                return None
        ignored = [n for n in names if n not in columns]
        if layer.GetGeometryColumn():
            ignored.append(layer.GetGeometryColumn())
        if layer.SetIgnoredFields(ignored) != 0:
            return None
        parts: Dict[str, list] = {name: [] for name in columns}
        complete = True
        stream = layer.GetArrowStreamAsNumPy(["INCLUDE_FID=NO", "USE_MASKED_ARRAYS=YES",
                                              f"MAX_FEATURES_IN_BATCH={ARROW_BATCH}"])
        for batch in stream:
            values = {}
            for name in columns:
                column = batch[name]
                if np.ma.isMaskedArray(column):
                    if np.ma.getmaskarray(column).any():
                        return None
                    column = column.data
                if column.dtype.kind == "O":
                    return None
                values[name] = column
            if on_batch is not None and on_batch(values):
                complete = False
                continue
            for name in columns:
                parts[name].append(np.array(values[name], copy=True))
        del stream
    except RuntimeError:
        return None
    finally:
        ds = None
    if complete and any(not p for p in parts.values()):
        return None
    return Columns(parts, complete)


class Columns(Mapping):
    """The columns read, each joined from its batches on first use only (a caller that used the batches as
    they came may need none of them whole). Not ``complete``: batches were taken by ``on_batch``."""

    def __init__(self, parts: Dict[str, list], complete: bool = True):
        self._parts, self._whole, self.complete = parts, {}, complete

    def __getitem__(self, name) -> np.ndarray:
        if name not in self._whole:
            parts = self._parts[name]
            self._whole[name] = parts[0] if len(parts) == 1 else np.concatenate(parts)
        return self._whole[name]

    def __iter__(self):
        return iter(self._parts)

    def __len__(self):
        return len(self._parts)


#: rows per Arrow batch. GDAL's GeoPackage reader fills the next batch in a worker thread while the caller
#: copies the current one, so batches of GDAL's default size (65,536) read on both cores; one batch of a million
#: rows reads on one (about 1.5x slower at 1M, measured). The benchmark floor reads with the same size.
ARROW_BATCH = 1 << 16
