"""Reading IGN OCS GE deliveries as shipped: GeoPackage files, or folders of unpacked deliveries.

A GeoPackage is SQLite: attributes and geometry blobs are read in one query (no GIS library), the
GeoPackage header is stripped and the WKB parsed by shapely. A folder is searched recursively for
GeoPackages; each layer is recognised from its delivery name (``OCS-GE_2-0_ARTIFICIALISATION_GPKG_
LAMB93_D062_2018-01-01``, layer ``artif_2018_62``) or from its fields.
"""

from __future__ import annotations

import sqlite3
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, preview
from . import ocsge
from .overlay import from_wkb

ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


@dataclass
class GpkgLayer:
    path: Path
    layer: str
    srs_id: int
    geometry_column: str
    columns: List[str]
    delivery: Optional[ocsge.Delivery]

    @property
    def label(self) -> str:
        return f"{self.path.name}|{self.layer}"


@dataclass
class PolygonLayer:
    """Attributes + WKB geometries of one layer, EPSG:2154 (geometry objects built only when needed)."""

    frame: pd.DataFrame
    blobs: list
    label: str
    delivery: Optional[ocsge.Delivery] = None

    def geometries(self, index=None) -> np.ndarray:
        chosen = self.blobs if index is None else [self.blobs[i] for i in index]
        return from_wkb(chosen)


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection, closed on leaving the block (not left to the garbage collector)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def gpkg_layers(path: Path) -> List[GpkgLayer]:
    """Feature layers of a GeoPackage with their SRS and delivery meaning."""
    try:
        with _connect(path) as db:
            rows = db.execute(
                "SELECT c.table_name, c.srs_id, g.column_name FROM gpkg_contents c "
                "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features'"
            ).fetchall()
            layers = []
            for table, srs, geom_column in rows:
                columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
                delivery = ocsge.parse_delivery(table) or ocsge.parse_delivery(path.stem) or \
                    _delivery_from_parents(path)
                layers.append(GpkgLayer(path, table, int(srs), geom_column, columns, delivery))
            return layers
    except sqlite3.DatabaseError as error:
        raise AulaInputError(fr=f"« {path.name} » n'est pas un GeoPackage lisible ({error}).",
                             en=f"'{path.name}' is not a readable GeoPackage ({error}).") from None


def _delivery_from_parents(path: Path) -> Optional[ocsge.Delivery]:
    for parent in path.parents:
        delivery = ocsge.parse_delivery(parent.name)
        if delivery is not None:
            return delivery
    return None


def delivery_of(layer: GpkgLayer) -> ocsge.Delivery:
    """Delivery meaning of a layer, completed from the folder names (département, years)."""
    found = [layer.delivery, ocsge.parse_delivery(layer.path.stem), _delivery_from_parents(layer.path)]
    found = [d for d in found if d is not None]
    product = found[0].product if found else ("difference" if _looks_like_difference(layer.columns) else "stock")
    dep = next((d.departement for d in found if d.departement), None)
    years = next((d.years for d in found if d.product == product and d.years), ())
    return ocsge.Delivery(product, dep, years)


def _looks_like_difference(columns: Sequence[str]) -> bool:
    return any(c.lower() == "artificialisation" for c in columns) or \
        sum(1 for c in columns if c.lower().startswith("cs_")) >= 2


def strip_gpkg_header(blob: bytes) -> Optional[bytes]:
    """GeoPackage geometry blob → standard WKB (None for NULL or empty)."""
    if blob is None:
        return None
    flags = blob[3]
    if flags & 0x10:
        return None
    return blob[8 + ENVELOPE_BYTES[(flags >> 1) & 0x07]:]


def read_gpkg_layer(layer: GpkgLayer, columns: Optional[Sequence[str]] = None, where: str = "",
                    canceled: Callable[[], bool] = lambda: False, params: Sequence = ()) -> PolygonLayer:
    """Attributes (all or ``columns``) and geometries of a GeoPackage layer in EPSG:2154."""
    if layer.srs_id != 2154:
        raise AulaInputError(
            fr=f"« {layer.label} » : système de coordonnées {layer.srs_id} au lieu de Lambert-93 (EPSG:2154).",
            en=f"'{layer.label}': coordinate system {layer.srs_id} instead of Lambert-93 (EPSG:2154).",
        )
    wanted = [c for c in (columns if columns is not None else layer.columns) if c != layer.geometry_column]
    missing = [c for c in wanted if c not in layer.columns]
    if missing:
        raise AulaInputError(fr=f"« {layer.label} » : champ(s) introuvable(s) : {preview(missing)}",
                             en=f"'{layer.label}': field(s) not found: {preview(missing)}")
    select = ", ".join(f'"{c}"' for c in wanted + [layer.geometry_column])
    frames, blobs_out = [], []
    with _connect(layer.path) as db:
        cursor = db.execute(f'SELECT {select} FROM "{layer.layer}" {where}', list(params))
        while True:
            if canceled():
                break
            chunk = cursor.fetchmany(20_000)
            if not chunk:
                break
            blobs = [strip_gpkg_header(r[-1]) for r in chunk]
            keep = [i for i, b in enumerate(blobs) if b is not None]
            frames.append(pd.DataFrame([chunk[i][:-1] for i in keep], columns=wanted, dtype=object))
            blobs_out.extend(blobs[i] for i in keep)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=wanted, dtype=object)
    return PolygonLayer(frame, blobs_out, layer.label, layer.delivery)


def find_gpkg_layers(location: Path) -> List[GpkgLayer]:
    """Every feature layer of a GeoPackage, or of every GeoPackage under a folder."""
    location = Path(location)
    if location.is_dir():
        files = sorted(p for p in location.rglob("*") if p.suffix.lower() == ".gpkg")
        if not files:
            raise AulaInputError(fr=f"« {location} » : aucun GeoPackage (.gpkg) dans ce dossier (archives .7z à "
                                    f"décompresser d'abord).",
                                 en=f"'{location}': no GeoPackage (.gpkg) in this folder (unpack the .7z archives "
                                    f"first).")
    elif location.exists():
        files = [location]
    else:
        raise AulaInputError(fr=f"« {location} » : fichier ou dossier introuvable.",
                             en=f"'{location}': file or folder not found.")
    layers = []
    for path in files:
        layers.extend(gpkg_layers(path))
    return layers


def select_layers(layers: List[GpkgLayer], product: str, label: str) -> List[GpkgLayer]:
    """Layers of one product (``stock`` / ``difference``); a single-layer file is taken as it is."""
    chosen = [layer for layer in layers if is_ocsge_layer(layer) and delivery_of(layer).product == product]
    if not chosen and len(layers) == 1:
        chosen = layers
    if not chosen:
        kind = {"stock": ("couche d'artificialisation (artif_AAAA_DD)", "artificialisation layer (artif_YYYY_DD)"),
                "difference": ("couche de différence (…DIFF-AAAA-AAAA…)", "difference layer (…DIFF-YYYY-YYYY…)")}
        raise AulaInputError(
            fr=f"« {label} » : aucune {kind[product][0]} ; couches : {preview([l.label for l in layers])}",
            en=f"'{label}': no {kind[product][1]}; layers: {preview([l.label for l in layers])}",
        )
    return chosen


def is_ocsge_layer(layer: GpkgLayer) -> bool:
    """A layer of an IGN delivery (by its name) or with OCS GE fields (artif, code_cs, cs_<year>)."""
    if layer.delivery is not None or _delivery_from_parents(layer.path) is not None:
        return True
    lower = {c.lower() for c in layer.columns}
    return bool(lower & {"artif", "code_cs", "artificialisation"}) or _looks_like_difference(layer.columns)


def _distinct(layer: GpkgLayer, column: str) -> list:
    with _connect(layer.path) as db:
        return [r[0] for r in db.execute(f'SELECT DISTINCT "{column}" FROM "{layer.layer}"')]


def read_ocsge_layer(layer: GpkgLayer, product: str, method: str,
                     canceled: Callable[[], bool] = lambda: False) -> PolygonLayer:
    """Read only what the method needs: with IGN's fields, only the artificial stock polygons and the
    changes of status (SQLite filters), after checking every distinct value; only the useful columns."""
    columns = layer.columns
    wanted, where, params = [], "", []
    keys = ("millesime", "departement", "code_cs", "code_us") + (("artif",) if method == ocsge.METHOD_ARTIF else ())
    if product == "stock":
        for key in keys:
            found = ocsge.find_column(columns, ocsge.STOCK_FIELDS[key])
            if found:
                wanted.append(found)
        artif = ocsge.find_column(columns, ocsge.STOCK_FIELDS["artif"])
        if method == ocsge.METHOD_ARTIF and artif:
            values = _distinct(layer, artif)
            flags = ocsge.artif_flag(pd.Series(values, dtype=object), layer.label, artif)
            chosen = [v for v, f in zip(values, flags) if f]
            where = f'WHERE "{artif}" IN ({", ".join("?" for _ in chosen)})' if chosen else "WHERE 0"
            params = chosen
    else:
        for column in columns:
            low = column.lower()
            if low[:3] in ("cs_", "us_") or low.startswith("artif_") or low in (
                    "artificialisation", "artif_diff", "sens") or low in ocsge.STOCK_FIELDS["departement"]:
                wanted.append(column)
        direction = ocsge.find_column(columns, ("artificialisation", "artif_diff", "sens"))
        if method == ocsge.METHOD_ARTIF and direction:
            values = _distinct(layer, direction)
            numeric = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
            if numeric.isin([1, -1, 0]).all():
                where = f'WHERE "{direction}" <> 0'
    polygons = read_gpkg_layer(layer, wanted or None, where, canceled, params)
    polygons.delivery = delivery_of(layer)
    return polygons
