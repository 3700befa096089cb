"""Synthetic inventories of any size (GENERE) for the benchmark and the robustness tests, written in the
official layouts (Etalab-like parcels GeoPackage, owner account CSV, SIRENE stock CSV) with a tiny
GeoPackage writer (sqlite3; no GDAL needed)."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

L93 = 2154
WKT_L93 = ('PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",'
           'SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
           'PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],'
           'PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],'
           'PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1],'
           'AUTHORITY["EPSG","2154"]]')


def quad_wkb(corners: np.ndarray) -> List[bytes]:
    """(n, 4, 2) corner arrays → little-endian WKB Polygons (ring closed), built without a Python loop per
    coordinate."""
    n = len(corners)
    ring = np.concatenate([corners, corners[:, :1]], axis=1).reshape(n, 10)
    dtype = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"), ("xy", "<f8", 10)])
    rec = np.zeros(n, dtype=dtype)
    rec["order"], rec["type"], rec["rings"], rec["points"], rec["xy"] = 1, 3, 1, 5, ring
    raw = rec.tobytes()
    size = dtype.itemsize
    return [raw[i * size:(i + 1) * size] for i in range(n)]


def gpkg_blob(wkb: bytes, srs: int = L93) -> bytes:
    return b"GP\x00\x01" + struct.pack("<i", srs) + wkb


def write_gpkg(path: Path, layers: Sequence[Tuple[str, str, pd.DataFrame, List[bytes]]], srs: int = L93) -> Path:
    """Write feature tables (name, geometry type, attributes, WKB list) into a new GeoPackage."""
    path = Path(path)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(str(path))
    con.executescript(f"""
        PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
            ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
            ('RGF93 v1 / Lambert-93', {L93}, 'EPSG', {L93}, '{WKT_L93}', NULL);
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
            description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
    """)
    for name, gtype, frame, wkbs in layers:
        cols = list(frame.columns)
        types = ["INTEGER" if pd.api.types.is_integer_dtype(frame[c]) else "REAL" if pd.api.types.is_float_dtype(frame[c])
                 else "TEXT" for c in cols]
        decl = ", ".join(f'"{c}" {t}' for c, t in zip(cols, types))
        con.execute(f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {gtype}'
                    + (f", {decl}" if decl else "") + ")")
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)",
                    (name, name, srs))
        con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)", (name, gtype, srs))
        values = frame.astype(object).where(frame.notna(), None).to_numpy().tolist()
        rows = ([gpkg_blob(w, srs)] + [v.item() if hasattr(v, "item") else v for v in vals]
                for w, vals in zip(wkbs, values))
        marks = ", ".join(["?"] * (len(cols) + 1))
        con.executemany(f'INSERT INTO "{name}" (geom{"".join(", " + chr(34) + c + chr(34) for c in cols)}) '
                        f"VALUES ({marks})", rows)
    con.commit()
    con.close()
    return path


def generate(n_zones: int, parcels: int, establishments: int, seed: int = 7, origin=(650000.0, 7000000.0),
             cell: float = 40.0) -> Dict[str, object]:
    """A square grid of jittered quadrilateral parcels (shared vertices: clean topology), square zones
    covering ~60 % of them with perimeters off the parcel edges (cut parcels), owners in runs of 1–3
    neighbouring parcels (40 % unknown), establishments anywhere with creations and closures over 30 years."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(parcels)))
    nodes = np.stack(np.meshgrid(np.arange(side + 1), np.arange(side + 1), indexing="ij"), -1).astype(float) * cell
    nodes[1:-1, 1:-1] += rng.uniform(-0.2 * cell, 0.2 * cell, (side - 1, side - 1, 2))
    nodes += np.asarray(origin)
    i, j = np.divmod(np.arange(side * side), side)
    corners = np.stack([nodes[i, j], nodes[i + 1, j], nodes[i + 1, j + 1], nodes[i, j + 1]], axis=1)[:parcels]
    i, j = i[:parcels], j[:parcels]
    ids = [f"62{(498 + k % 50):03d}000{chr(65 + (k // 9999) % 26)}{chr(65 + (k // 259974) % 26)}{k % 9999 + 1:04d}"
           for k in range(parcels)]
    parcels_frame = pd.DataFrame({"id": ids, "commune": [s[:5] for s in ids], "prefixe": "000",
                                  "section": [s[8:10] for s in ids], "numero": [str(int(s[10:])) for s in ids],
                                  "contenance": np.round(cell * cell * rng.uniform(0.9, 1.1, parcels)).astype(np.int64)})
    # zones: squares of k×k parcels on a regular pattern, shifted off the parcel grid by 0.3 cell
    per_row = int(np.ceil(np.sqrt(n_zones)))
    span = side / per_row
    k = max(2, int(span * np.sqrt(0.6)))
    zones, zattrs = [], []
    for z in range(n_zones):
        zi, zj = divmod(z, per_row)
        x0 = origin[0] + (zi * span + 0.3) * cell
        y0 = origin[1] + (zj * span + 0.3) * cell
        s = k * cell
        zones.append(np.array([[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s]]))
        zattrs.append({"site_nom": f"Zone GENERE {z + 1}", "typezone": "U" if z % 3 else "AUs"})
    zone_wkb = quad_wkb(np.array(zones)) if zones else []
    # owners in runs along a row
    run_start = rng.random(parcels) < 0.5
    run_id = np.cumsum(run_start)
    known = rng.random(run_id.max() + 1) < 0.6
    owner_rows = np.nonzero(known[run_id])[0]
    owners = pd.DataFrame({"idu": [ids[r] for r in owner_rows], "compte": [f"C{run_id[r]:08d}" for r in owner_rows]})
    # establishments: points in random parcels (half of the points in a parcel's interior, half anywhere)
    n = establishments
    host = rng.integers(0, parcels, n)
    w = rng.dirichlet([1, 1, 1, 1], n)
    xy = np.einsum("nk,nkd->nd", w, corners[host])
    created_year = rng.integers(1990, 2025, n)
    closed = rng.random(n) < 0.35
    close_year = np.minimum(created_year + rng.integers(1, 20, n), 2024)
    sirets = [f"{100000000 + k:09d}00011" for k in range(n)]
    stock = pd.DataFrame({
        "siren": [s[:9] for s in sirets], "nic": "00011", "siret": sirets,
        "dateCreationEtablissement": [f"{y}-01-15" for y in created_year],
        "trancheEffectifsEtablissement": rng.choice(["NN", "01", "02", "03", "11", "12"], n),
        "dateDebut": [f"{c}-06-30" if f else f"{y}-01-15" for y, c, f in zip(created_year, close_year, closed)],
        "etatAdministratifEtablissement": np.where(closed, "F", "A"),
        "activitePrincipaleEtablissement": rng.choice(["25.11Z", "46.69B", "52.10B", "62.02A", "47.11F"], n),
        "coordonneeLambertAbscisseEtablissement": np.round(xy[:, 0], 1),
        "coordonneeLambertOrdonneeEtablissement": np.round(xy[:, 1], 1),
        "categorieJuridiqueUniteLegale": rng.choice(["5710", "5499", "6540", "1000"], n, p=[0.5, 0.35, 0.1, 0.05]),
    })
    return {"zones": (pd.DataFrame(zattrs), zone_wkb), "parcels": (parcels_frame, quad_wkb(corners)),
            "owners": owners, "establishments": stock}


def write_files(folder: Path, data: Dict[str, object]) -> Dict[str, Path]:
    """The synthetic inventory as files: zones and parcels GeoPackages, owners and SIRENE CSV files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    zattrs, zwkb = data["zones"]
    pattrs, pwkb = data["parcels"]
    paths = {"zones": write_gpkg(folder / "zones_GENERE.gpkg", [("zones", "POLYGON", zattrs, zwkb)]),
             "parcels": write_gpkg(folder / "parcelles_GENERE.gpkg", [("parcelles", "POLYGON", pattrs, pwkb)])}
    paths["owners"] = folder / "proprietaires_GENERE.csv"
    data["owners"].to_csv(paths["owners"], index=False)
    paths["establishments"] = folder / "StockEtablissement_GENERE.csv"
    data["establishments"].to_csv(paths["establishments"], index=False)
    return paths
