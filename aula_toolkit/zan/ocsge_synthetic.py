"""A synthetic OCS GE département of any size, written fast, for benchmarks and robustness tests.

N polygons partition a square (a grid whose nodes are jittered, so neighbours share edges, as in
OCS GE); about one commune per 1 100 polygons (Voronoi cells with densified borders, like the
~890 communes of a 1 M-polygon département). Stock 2018 and 2021 (1 % of polygons artificialised,
0.1 % renaturalised) and their difference are written in IGN's layout as GeoPackages by plain SQLite
(GeoPackage header + WKB built with numpy): no GIS library needed. Labelled GENERE.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Dict

import numpy as np
from shapely.geometry import MultiPoint, Polygon, box
from shapely.ops import voronoi_diagram

LAMBERT93_WKT = (
    'PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",'
    'SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
    'PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],'
    'PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],'
    'PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1],'
    'AUTHORITY["EPSG","2154"]]')
X0, Y0 = 640000.0, 7000000.0
CELL = 80.0


def _quads(n: int, rng) -> np.ndarray:
    """(n, 5, 2) closed quads of a jittered grid (shared nodes: a partition)."""
    side = int(np.ceil(np.sqrt(n)))
    nodes_x = X0 + np.arange(side + 1)[None, :] * CELL + rng.uniform(-CELL / 4, CELL / 4, (side + 1, side + 1))
    nodes_y = Y0 + np.arange(side + 1)[:, None] * CELL + rng.uniform(-CELL / 4, CELL / 4, (side + 1, side + 1))
    j, i = np.divmod(np.arange(n), side)
    corners = [(j, i), (j, i + 1), (j + 1, i + 1), (j + 1, i), (j, i)]
    return np.stack([np.stack([nodes_x[a, b], nodes_y[a, b]], axis=1) for a, b in corners], axis=1)


def _gpkg_blobs(quads: np.ndarray) -> list:
    """GeoPackage geometry blobs (header, no envelope, SRS 2154) of single-ring polygons."""
    n = len(quads)
    header = np.frombuffer(b"GP\x00\x01" + np.int32(2154).tobytes(), dtype=np.uint8)
    wkb_head = np.frombuffer(b"\x01" + np.uint32(3).tobytes() + np.uint32(1).tobytes() + np.uint32(5).tobytes(),
                             dtype=np.uint8)
    coords = np.ascontiguousarray(quads, dtype="<f8").view(np.uint8).reshape(n, 80)
    rows = np.hstack([np.broadcast_to(header, (n, 8)), np.broadcast_to(wkb_head, (n, 13)), coords])
    return [bytes(r) for r in rows]


def write_gpkg(path: Path, layer: str, columns: Dict[str, np.ndarray], blobs: list) -> None:
    """A minimal valid GeoPackage (one MultiPolygon-compatible polygon layer in EPSG:2154)."""
    path = Path(path)
    if path.exists():
        path.unlink()
    db = sqlite3.connect(str(path))
    db.executescript(f"""
        PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian', -1, 'NONE', -1, 'undefined', NULL),
            ('Undefined geographic', 0, 'NONE', 0, 'undefined', NULL),
            ('RGF93 v1 / Lambert-93', 2154, 'EPSG', 2154, '{LAMBERT93_WKT}', NULL);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
            (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
            srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
    """)
    kinds = {name: "INTEGER" if np.issubdtype(values.dtype, np.integer) else
             "REAL" if np.issubdtype(values.dtype, np.floating) else "TEXT" for name, values in columns.items()}
    defs = ", ".join(f'"{name}" {kind}' for name, kind in kinds.items())
    db.execute(f'CREATE TABLE "{layer}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POLYGON, {defs})')
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 2154)",
               (layer, layer))
    db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POLYGON', 2154, 0, 0)", (layer,))
    names = list(columns)
    values = [columns[name].tolist() for name in names]
    placeholders = ", ".join("?" for _ in range(len(names) + 1))
    db.executemany(f'INSERT INTO "{layer}" (geom, {", ".join(chr(34) + n + chr(34) for n in names)}) '
                   f"VALUES ({placeholders})", zip(blobs, *values))
    db.commit()
    db.close()


def communes(n_polygons: int, rng, per_commune: int = 1100):
    """Voronoi communes over the extent of ``n_polygons`` cells: (insee codes, shapely polygons)."""
    side = int(np.ceil(np.sqrt(n_polygons))) * CELL
    extent = box(X0 - CELL, Y0 - CELL, X0 + side + CELL, Y0 + side + CELL)
    k = max(4, int(round(n_polygons / per_commune)))
    seeds = MultiPoint(list(zip(rng.uniform(X0, X0 + side, k), rng.uniform(Y0, Y0 + side, k))))
    cells = [c.intersection(extent) for c in voronoi_diagram(seeds, envelope=extent).geoms]
    cells = [_densify(c, 25.0) for c in cells]
    codes = [f"99{i:03d}" for i in range(len(cells))]
    return codes, cells


def write_departement(folder: Path, n_polygons: int, seed: int = 62) -> Dict[str, Path]:
    """Stocks 2018 and 2021, their difference (IGN layout, département "99") and the communes."""
    rng = np.random.default_rng(seed)
    folder = Path(folder)
    quads = _quads(n_polygons, rng)
    blobs = _gpkg_blobs(quads)
    cs_choices = np.array(["CS1.1.1.1", "CS1.1.1.2", "CS2.2.1", "CS2.1.1.1", "CS2.2.1"], dtype=object)
    us_choices = np.array(["US5", "US4.1.1", "US1.1", "US1.2", "US5"], dtype=object)
    kind = rng.choice(len(cs_choices), n_polygons, p=[0.15, 0.08, 0.55, 0.15, 0.07])
    cs, us = cs_choices[kind], us_choices[kind]
    art_2018 = np.isin(kind, [0, 1, 4])
    flip_up = (~art_2018) & (rng.random(n_polygons) < 0.012)
    flip_down = art_2018 & (rng.random(n_polygons) < 0.003)
    art_2021 = (art_2018 | flip_up) & ~flip_down
    cs21, us21 = cs.copy(), us.copy()
    cs21[flip_up], us21[flip_up] = "CS1.1.1.1", "US5"
    cs21[flip_down], us21[flip_down] = "CS2.2.1", "US6.3"
    paths = {}
    for year, c, u, a in ((2018, cs, us, art_2018), (2021, cs21, us21, art_2021)):
        sub = folder / f"OCS-GE_2-0_ARTIFICIALISATION_GPKG_LAMB93_D099_{year}-01-01"
        sub.mkdir(parents=True, exist_ok=True)
        paths[f"stock_{year}"] = sub / f"artif_{year}_99.gpkg"
        write_gpkg(paths[f"stock_{year}"], f"artif_{year}_99", {
            "id": np.array([f"GENERE_{year}_{i}" for i in range(n_polygons)], dtype=object),
            "code_cs": c, "code_us": u, "millesime": np.full(n_polygons, str(year), dtype=object),
            "artif": np.where(a, "artif", "non artif").astype(object)}, blobs)
    changed = np.nonzero(flip_up | flip_down)[0]
    sub = folder / "OCS-GE_2-0_ARTIF-DIFF-2018-2021_GPKG_LAMB93_D099_2025-09-16"
    sub.mkdir(parents=True, exist_ok=True)
    paths["difference"] = sub / "artif_diff_2018_2021_99.gpkg"
    write_gpkg(paths["difference"], "artif_diff_2018_2021_99", {
        "cs_2018": cs[changed], "us_2018": us[changed], "cs_2021": cs21[changed], "us_2021": us21[changed],
        "artificialisation": np.where(flip_up[changed], 1, -1).astype(np.int64)}, [blobs[i] for i in changed])
    codes, cells = communes(n_polygons, rng)
    paths["communes"] = folder / "communes_GENERE.gpkg"
    write_gpkg(paths["communes"], "communes", {"insee_com": np.array(codes, dtype=object),
                                               "nom": np.array([f"Commune {c}" for c in codes], dtype=object)},
               [_polygon_blob(c) for c in cells])
    return paths


def _densify(polygon, step: float):
    """Vertices every ``step`` metres along the border (real commune borders have many vertices)."""
    ring = np.asarray(polygon.exterior.coords)
    start, end = ring[:-1], ring[1:]
    counts = np.maximum(1, np.ceil(np.hypot(*(end - start).T) / step).astype(np.int64))
    seg = np.repeat(np.arange(len(start)), counts)
    t = (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)) / np.repeat(counts, counts)
    points = start[seg] + (end[seg] - start[seg]) * t[:, None]
    return Polygon(np.vstack([points, points[:1]]))


def _polygon_blob(geom) -> bytes:
    return b"GP\x00\x01" + np.int32(2154).tobytes() + geom.wkb
