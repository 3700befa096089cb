"""Files of ``aula:zae_inventory``: GeoPackage and CSV inputs read in bulk, and the CNIG « Sites
économiques » GeoPackage written into a copy of the standard's template (straight through SQLite for
Lambert-93 results, through QGIS features otherwise). The algorithm (zae_inventory.py) keeps parameters,
checks and the order of the steps."""

from __future__ import annotations

import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)
from shapely import wkb as shapely_wkb

from ..aula_toolkit.errors import AulaInputError
from ..aula_toolkit.zae import cnig, gpkg_fill, loaders
from ..aula_toolkit.zae.geom import PolygonArray, flat_wkbs, largest_part
from ..toolbelt.resources import plugin_path
from .cancel import check_canceled
from .compat import make_field
from .writer import pack_rtree

TEMPLATE = plugin_path("resources", "cnig", cnig.TEMPLATE_NAME)


# --- inputs ---------------------------------------------------------------------------------------


def read_gpkg_table(source: str, columns=None, feedback=None):
    """Attributes (``columns``, all when None) and geometry WKB of a GeoPackage layer (an OGR source string)
    in one SQL query; None when the source is not a plain GeoPackage table."""
    parts = source.split("|")
    path = Path(parts[0])
    if path.suffix.lower() != ".gpkg" or not path.exists():
        return None
    name = next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            if name is None:
                rows = con.execute("select table_name from gpkg_contents where data_type='features'").fetchall()
                if len(rows) != 1:
                    return None
                name = rows[0][0]
            row = con.execute("select column_name from gpkg_geometry_columns where table_name = ?",
                              (name,)).fetchone()
            if row is None:
                return None
            geom_col = row[0]
            cols = [r[1] for r in con.execute(f'pragma table_info("{name}")')]
            wanted = [c for c in cols if c != geom_col and (columns is None or c.lower() in
                                                            {w.lower() for w in columns})]
            select = ", ".join(f'"{c}"' for c in [*wanted, geom_col])
            cur = con.execute(f'select {select} from "{name}"')
            rows = []
            while True:
                chunk = cur.fetchmany(20000)
                if not chunk:
                    break
                rows.extend(chunk)
                if feedback is not None and feedback.isCanceled():
                    check_canceled(feedback)
    except sqlite3.Error:
        return None
    cells = list(zip(*rows)) if rows else [()] * (len(wanted) + 1)
    del rows
    frame = pd.DataFrame({c: np.array(v, dtype=object) for c, v in zip(wanted, cells[:-1])},
                         columns=wanted, index=pd.RangeIndex(len(cells[-1])))
    return frame, _strip_gpkg_all(cells[-1])


# --- CNIG output ---------------------------------------------------------------------------------


def _qgs(raw) -> QgsGeometry:
    if raw is None:
        return QgsGeometry()
    geom = _from_wkb(bytes(raw) if isinstance(raw, (bytes, bytearray)) else raw.wkb)
    geom.convertToMultiType()
    return geom

def write_cnig(path: Path, result, year, today, zone_wkb, unit_wkb, unit_box, zone_box, crs, context,
               feedback):
    """The CNIG outputs in a fresh copy of the standard's template, each layer loaded on completion."""
    cnig.copy_template(TEMPLATE, path)
    target = QgsCoordinateReferenceSystem("EPSG:2154")
    if crs == target:
        _fill_cnig_fast(path, result, year, today, zone_wkb, zone_box, unit_wkb, unit_box, context, feedback)
        return
    transform = QgsCoordinateTransform(crs, target, context.transformContext())
    tables = {
        "site_eco": (cnig.site_eco_table(result, today), _LazyGeometries(zone_wkb, _qgs), True),
        "terrain_eco": (cnig.terrain_eco_table(result, today), _LazyGeometries(unit_wkb, _qgs), False),
    }
    etab = cnig.etablissement_table(result, year, today)
    e = result.establishments[~result.establishments["sci"].astype(bool)].reset_index(drop=True)
    points = [QgsGeometry.fromMultiPointXY([QgsPointXY(float(x), float(y))]) for x, y in zip(e["x"], e["y"])]
    tables["etablissement"] = (etab, points, True)
    roads = cnig.non_cadastred_terrain_table(result, today)
    if len(roads):
        frame, geoms, multi = tables["terrain_eco"]
        extra = _LazyGeometries(flat_wkbs(list(result.non_cadastred["shape"])), _qgs)
        tables["terrain_eco"] = (pd.concat([frame, roads], ignore_index=True),
                                 [geoms[i] for i in range(len(geoms))] + [extra[i] for i in range(len(extra))],
                                 multi)
    pole = cnig.pole_eco_table(result, today)
    if len(pole):
        tables["pole_eco"] = (pole.drop(columns=["x", "y"]),
                              [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(pole["x"], pole["y"])],
                              True)
    for name, (frame, geoms, multi) in tables.items():
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise AulaInputError(fr=f"Modèle CNIG illisible : couche {name} de {path}.",
                                 en=f"Unreadable CNIG template: layer {name} of {path}.")
        provider = layer.dataProvider()
        extra = [s for s in cnig.TEMPLATE_ADDITIONS.get(name, []) if layer.fields().indexOf(s.name) < 0]
        if extra:
            provider.addAttributes([make_field(s.name, s.kind) for s in extra])
            layer.updateFields()
        fields = layer.fields()
        full = pd.DataFrame({n: (frame[n] if n in frame.columns else None) for n in fields.names()},
                            index=frame.index)
        prepared = []
        for i in range(len(frame)):
            g = geoms[i] if i < len(geoms) and geoms[i] is not None else None
            if g is not None and not g.isNull():
                g = QgsGeometry(g)
                g.transform(transform)
                if not multi and g.isMultipart():
                    parts = g.asGeometryCollection()
                    g = max(parts, key=lambda p: p.area()) if parts else g
                    g.convertToSingleType()
            prepared.append(g)
        _write_rows(provider, fields, full, prepared, feedback)
        check_canceled(feedback)
        _load_cnig_layer(path, name, context)

def _load_cnig_layer(path: Path, name: str, context) -> None:
    label = {"site_eco": "Sites économiques (CNIG)", "terrain_eco": "Terrains économiques (CNIG)",
             "etablissement": "Établissements (CNIG)", "pole_eco": "Pôles économiques (CNIG)"}[name]
    context.addLayerToLoadOnCompletion(f"{path}|layername={name}",
                                       QgsProcessingContext.LayerDetails(label, context.project(), name))

def _fill_cnig_fast(path: Path, result, year, today, zone_wkb, zone_box, unit_wkb, unit_box, context,
                    feedback):
    """Lambert-93 inputs: rows go straight into the template copy (sqlite3), no QGIS feature per row."""
    sites = cnig.site_eco_table(result, today)
    multi = [gpkg_fill.as_multipolygon(w) if w else None for w in zone_wkb]
    terr = cnig.terrain_eco_table(result, today)
    polys = [largest_part(w) for w in unit_wkb]
    boxes = unit_box.copy()
    changed = [i for i, (a, b) in enumerate(zip(polys, unit_wkb)) if a is not b and a is not None]
    if changed:
        boxes[changed] = PolygonArray.from_wkb([polys[i] for i in changed]).bounds()
    roads = cnig.non_cadastred_terrain_table(result, today)
    if len(roads):
        road_wkb = flat_wkbs(list(result.non_cadastred["shape"]))
        terr = pd.concat([terr, roads], ignore_index=True)
        polys = polys + road_wkb
        boxes = np.r_[boxes, PolygonArray.from_wkb(road_wkb).bounds()]
    pole = cnig.pole_eco_table(result, today)
    pole_points = [struct.pack("<BIdd", 1, 1, x, y) for x, y in zip(pole["x"].tolist(), pole["y"].tolist())]
    pole_boxes = np.c_[pole["x"], pole["y"], pole["x"], pole["y"]].astype(float).reshape(-1, 4)
    check_canceled(feedback)
    etab = cnig.etablissement_table(result, year, today)
    e = result.establishments[~result.establishments["sci"].astype(bool)].reset_index(drop=True)
    xs, ys = e["x"].to_numpy(dtype=float), e["y"].to_numpy(dtype=float)
    points = gpkg_fill.multipoint_wkbs(xs, ys)
    point_boxes = np.c_[xs, ys, xs, ys]
    tables = {"site_eco": (sites, multi, zone_box), "terrain_eco": (terr, polys, boxes),
              "etablissement": (etab, points, point_boxes)}
    if len(pole):
        tables["pole_eco"] = (pole.drop(columns=["x", "y"]), pole_points, pole_boxes)
    try:
        gpkg_fill.fill(path, tables, cnig.TEMPLATE_ADDITIONS, pack_rtree=pack_rtree,
                       cancelled=feedback.isCanceled)
    except InterruptedError:
        check_canceled(feedback)
        raise
    check_canceled(feedback)
    for name in tables:
        _load_cnig_layer(path, name, context)


def parcel_columns(names) -> list:
    """The parcel fields to read: an id and the fiscal area, or the id's parts when there is no id."""
    ids = ["id", "idu", "idpar"]
    readable = [n for n in names if n.lower() in ids]
    parts = [] if loaders.find_column(pd.DataFrame(columns=readable), ids) is not None else \
        ["commune", "prefixe", "section", "numero"]
    return ids + parts + ["contenance", "dcntpa"]


def _column_values(series: pd.Series) -> list:
    """A column as plain Python values, NaN/NaT → None (QGIS takes no numpy scalar)."""
    if pd.api.types.is_integer_dtype(series) or pd.api.types.is_bool_dtype(series):
        return series.tolist()
    values = series.tolist()
    return [None if v is None or (isinstance(v, float) and v != v) else
            (v.item() if hasattr(v, "item") else v) for v in values]


def _write_rows(sink, fields, frame: pd.DataFrame, geoms, feedback) -> None:
    """One feature per row of ``frame`` (columns in the order of ``fields``), geometry ``geoms[i]``; checks
    for cancel every 5,000 features."""
    columns = [_column_values(frame[n]) if n in frame.columns else [None] * len(frame) for n in fields.names()]
    batch = []
    for i, row in enumerate(zip(*columns)):
        f = QgsFeature(fields)
        f.setAttributes(list(row))
        g = geoms[i] if i < len(geoms) else None
        if g is not None and not g.isNull():
            f.setGeometry(g)
        batch.append(f)
        if len(batch) == 5000:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            if feedback.isCanceled():
                return
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)


class _LazyGeometries:
    """QGIS geometries of the units, built only if a QGIS writer needs them (not on the bulk paths)."""

    def __init__(self, raws, convert):
        self.raws, self.convert, self.done = raws, convert, None

    def _all(self):
        if self.done is None:
            self.done = [self.convert(r) for r in self.raws]
        return self.done

    def __len__(self):
        return len(self.raws)

    def __getitem__(self, i):
        return self._all()[i]


def flat(wkb):
    """2D little-endian (Multi)Polygon WKB (Z/M dropped through shapely when present)."""
    if not wkb:
        return None
    wkb = bytes(wkb)
    if wkb[0] == 1 and struct.unpack_from("<I", wkb, 1)[0] in (3, 6):
        return wkb
    return shapely_wkb.dumps(shapely_wkb.loads(wkb), output_dimension=2)


def _from_wkb(wkb) -> QgsGeometry:
    geom = QgsGeometry()
    if wkb:
        geom.fromWkb(bytes(wkb))
    return geom


def _strip_gpkg(blob):
    if blob is None:
        return None
    blob = bytes(blob)
    if blob[:2] != b"GP":
        return blob
    flags = blob[3]
    if flags & 0b10000:
        return None
    return blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0b111]:]


def _strip_gpkg_all(blobs) -> list:
    """:func:`_strip_gpkg` of every blob; one slice per blob when they all share the header's flags (the
    usual GeoPackage: same envelope kind everywhere, none empty)."""
    if not blobs:
        return []
    first = blobs[0]
    if first is None or bytes(first[:2]) != b"GP" or first[3] & 0b10000:
        return [_strip_gpkg(b) for b in blobs]
    flags = first[3]
    offset = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0b111]
    try:
        same = all(b[3] == flags and b[:2] == b"GP" for b in blobs)
    except TypeError:  # a NULL geometry
        same = False
    if not same:
        return [_strip_gpkg(b) for b in blobs]
    return [b[offset:] for b in blobs]


def point(wkb):
    if not wkb:
        return (np.nan, np.nan)
    g = _from_wkb(wkb)
    if g.isEmpty():
        return (np.nan, np.nan)
    p = g.centroid().asPoint() if g.isMultipart() else g.asPoint()
    return (p.x(), p.y())


def read_csv(path: Path, key: str, feedback=None) -> pd.DataFrame:
    """A CSV of an official layout (SIRENE: comma, UTF-8; DGFiP: semicolon, Latin-1), read as text."""
    raw = path.read_bytes()[:20000]
    try:
        head = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        head = raw.decode("latin-1")
        encoding = "latin-1"
    first = head.splitlines()[0] if head else ""
    sep = ";" if first.count(";") > first.count(",") else ","
    try:
        chunks = []
        for chunk in pd.read_csv(path, sep=sep, dtype=str, encoding=encoding, keep_default_na=False, na_values=[""],
                                 chunksize=50000):
            chunks.append(chunk)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException("Traitement annulé par l'utilisateur.\nCancelled by the user.")
        return pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame()
    except (ValueError, pd.errors.ParserError) as error:
        raise AulaInputError(fr=f"{key} : fichier CSV illisible {path} ({error}).",
                             en=f"{key}: unreadable CSV file {path} ({error}).") from None
