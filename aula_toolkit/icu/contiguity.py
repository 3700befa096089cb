"""Contiguity weights for polygon units (rook, queen) and weights read from PySAL GAL / GWT files.

* **Queen** (ArcGIS "contiguity edges and corners", PySAL ``Queen``): two units are neighbours when their
  polygons touch, even at a single point — or come within ``tolerance`` metres of each other, which absorbs
  the slivers and gaps between digitised polygons.
* **Rook** (ArcGIS "contiguity edges only", PySAL ``Rook``): they share a stretch of boundary. Without
  tolerance the common boundary must have a length; with a tolerance, the length of one boundary lying
  within ``tolerance`` of the other must exceed ``4 × tolerance`` (two polygons meeting at a corner give at
  most about ``2 × tolerance``).
* **Weights file**: GAL (neighbour lists, binary weights) or GWT (``i j w`` lines, the file's weights),
  as written by PySAL/GeoDa; ids are matched to the units' identifiers.

Units without any neighbour (*islands*) are kept with their own weight only, as esda's Gi* does, and
listed in a warning. Every matrix has the self-weight ``w_ii = 1`` (Gi*).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy import sparse

from ..errors import AulaInputError, Message, preview
from .weights import BINARY, ROW_STANDARDISED, SpatialWeights, _check_standardisation, describe_weights, row_standardise

ROOK = "rook"
QUEEN = "queen"
WEIGHTS_FILE = "file"
ROOK_LENGTH_FACTOR = 4.0

try:  # shapely ≥ 2.0
    import shapely as _shapely

    _VECTORISED = hasattr(_shapely, "STRtree") and hasattr(_shapely, "intersection")
except ImportError:  # pragma: no cover
    _VECTORISED = False


def _pairs_sharing(keys: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Pairs ``(i, j)``, i < j, of owners that hold a same key (vertex or edge)."""
    n_owners = int(owners.max()) + 1 if owners.size else 1
    code = np.unique(keys.astype(np.int64) * n_owners + owners.astype(np.int64))
    k, o = code // n_owners, code % n_owners
    pairs = []
    d = 1
    while d < k.size:
        same = k[d:] == k[:-d]
        if not same.any():
            break
        pairs.append(np.column_stack([o[:-d][same], o[d:][same]]))
        d += 1
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    p = np.sort(np.concatenate(pairs), axis=1)
    code = np.unique(p[:, 0] * n_owners + p[:, 1])
    return np.column_stack([code // n_owners, code % n_owners]).astype(np.int64)


def _pairs_shared_vertices(geoms: List, rook: bool) -> np.ndarray:
    """Pairs sharing a vertex (queen) or an edge — two consecutive common vertices (rook) — found by
    hashing the coordinates in O(vertices log vertices): a fast sufficient test of contiguity."""
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = [g if g is not None and not g.is_empty else None for g in geoms]
    parts, part_owner = _shapely.get_parts(arr, return_index=True)  # get_rings reads polygons only
    rings, ring_part = _shapely.get_rings(parts, return_index=True)
    coords, ring_of = _shapely.get_coordinates(rings, return_index=True)
    if coords.size == 0:
        return np.empty((0, 2), dtype=np.int64)
    owner = part_owner[ring_part][ring_of]
    _, vertex = np.unique(coords, axis=0, return_inverse=True)
    vertex = vertex.ravel().astype(np.int64)
    if not rook:
        return _pairs_sharing(vertex, owner)
    consecutive = ring_of[1:] == ring_of[:-1]
    a, b = vertex[:-1][consecutive], vertex[1:][consecutive]
    edge = np.minimum(a, b) * (int(vertex.max()) + 1) + np.maximum(a, b)
    return _pairs_sharing(edge, owner[:-1][consecutive])


def _pairs_vectorised(geoms: List, tolerance: float, rook: bool) -> np.ndarray:
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = [g if g is not None and not g.is_empty else None for g in geoms]
    tree = _shapely.STRtree(arr)
    if tolerance > 0:
        i, j = tree.query(arr, predicate="dwithin", distance=tolerance)
    else:
        i, j = tree.query(arr, predicate="intersects")
    keep = i < j
    i, j = i[keep], j[keep]
    if rook and i.size:
        if tolerance > 0:
            boundaries = _shapely.boundary(arr)
            near = _shapely.intersection(boundaries[i], _shapely.buffer(boundaries[j], tolerance))
            shared = _shapely.length(near) > ROOK_LENGTH_FACTOR * tolerance
        else:
            # a common edge (hashed vertices) settles most pairs; the others (corners, T-junctions, edges cut
            # at different vertices) are asked whether their boundaries meet along a line (DE-9IM)
            n = len(geoms)
            edge_pairs = _pairs_shared_vertices(list(geoms), rook=True)
            shared = np.isin(i * n + j, edge_pairs[:, 0] * n + edge_pairs[:, 1])
            rest = np.flatnonzero(~shared)
            if rest.size:
                shared[rest] = _shapely.relate_pattern(arr[i[rest]], arr[j[rest]], "****1****")
        i, j = i[shared], j[shared]
    return np.column_stack([i, j]).astype(np.int64)


def _pairs_looped(geoms: List, tolerance: float, rook: bool) -> np.ndarray:
    """shapely 1.8: the same rules, one candidate pair at a time."""
    from shapely.strtree import STRtree

    valid = [(k, g) for k, g in enumerate(geoms) if g is not None and not g.is_empty]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = STRtree([g.buffer(tolerance) if tolerance > 0 else g for _, g in valid])
    position = {id(g): n for n, g in enumerate(tree._geoms)} if hasattr(tree, "_geoms") else None
    pairs = []
    for a, (i, gi) in enumerate(valid):
        found = tree.query(gi)
        for item in found:
            b = int(item) if isinstance(item, (int, np.integer)) else (
                position[id(item)] if position is not None else None)
            if b is None or b <= a:
                continue
            j, gj = valid[b]
            if gi.distance(gj) > tolerance:
                continue
            if rook:
                if tolerance > 0:
                    length = gi.boundary.intersection(gj.boundary.buffer(tolerance)).length
                    if length <= ROOK_LENGTH_FACTOR * tolerance:
                        continue
                elif gi.boundary.intersection(gj.boundary).length <= 0:
                    continue
            pairs.append((i, j))
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def contiguity_pairs(geoms: Sequence, kind: str = QUEEN, tolerance: float = 0.0) -> np.ndarray:
    """Neighbour pairs ``(i, j)``, ``i < j``, of polygons by rook or queen contiguity."""
    if kind not in (ROOK, QUEEN):
        raise ValueError(kind)
    if not (tolerance >= 0 and np.isfinite(tolerance)):
        raise AulaInputError(fr=f"CONTIGUITY_TOLERANCE : tolérance invalide ({tolerance}) : attendu ≥ 0 m.",
                             en=f"CONTIGUITY_TOLERANCE: invalid tolerance ({tolerance}): expected ≥ 0 m.")
    if _VECTORISED:
        return _pairs_vectorised(list(geoms), float(tolerance), kind == ROOK)
    return _pairs_looped(list(geoms), float(tolerance), kind == ROOK)


def _weights_with_islands(rows, cols, vals, n: int, method: str, standardisation: str,
                          unit_ids: Optional[Sequence], what: str) -> SpatialWeights:
    """Symmetric or not, any matrix gets self-weight 1; islands are kept (self only) and listed."""
    diag = np.arange(n)
    off = sparse.csr_matrix((vals, (rows, cols)), shape=(n, n))
    off.setdiag(0)
    off.eliminate_zeros()
    n_neigh = np.diff(off.indptr).astype(np.int64)
    m = sparse.csr_matrix(off + sparse.csr_matrix((np.ones(n), (diag, diag)), shape=(n, n)))
    m.sort_indices()
    if standardisation == ROW_STANDARDISED:
        m = row_standardise(m)
    w = SpatialWeights(matrix=m, method=method, standardisation=standardisation, threshold=None,
                       threshold_is_default=False, k=None, n_neighbours=n_neigh)
    w.messages.append(describe_weights(w))
    islands = np.flatnonzero(n_neigh == 0)
    if islands.size:
        names = [unit_ids[i] for i in islands] if unit_ids is not None else islands.tolist()
        w.messages.append(Message(
            f"{islands.size} unités sans voisin ({what}) : {preview(names)}. Leur Gi* ne compte qu'elles-mêmes "
            "(comme esda) : leur score mesure seulement leur écart à la moyenne.",
            f"{islands.size} units without any neighbour ({what}): {preview(names)}. Their Gi* counts only "
            "themselves (as esda does): their score only measures their departure from the mean."))
    return w


def contiguity_weights(geoms: Sequence, kind: str = QUEEN, tolerance: float = 0.0, *,
                       standardisation: str = BINARY, unit_ids: Optional[Sequence] = None,
                       is_geographic: bool = False) -> SpatialWeights:
    """Binary (or row-standardised) rook/queen weights of polygon units, self-weight included."""
    _check_standardisation(standardisation)
    if is_geographic and tolerance > 0:
        raise AulaInputError(
            fr="CONTIGUITY_TOLERANCE : le SCR des unités est géographique (degrés) ; une tolérance en mètres exige "
               "un SCR projeté (EPSG:2154).",
            en="CONTIGUITY_TOLERANCE: the units' CRS is geographic (degrees); a tolerance in metres needs a "
               "projected CRS (EPSG:2154).")
    n = len(geoms)
    if n < 3:
        raise AulaInputError(fr=f"UNITS : au moins 3 unités sont nécessaires ({n} reçues).",
                             en=f"UNITS: at least 3 units are needed ({n} given).")
    pairs = contiguity_pairs(geoms, kind, tolerance)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    what = ("contiguïté tour" if kind == ROOK else "contiguïté reine",
            "rook contiguity" if kind == ROOK else "queen contiguity")
    w = _weights_with_islands(rows, cols, np.ones(rows.size), n, kind, standardisation, unit_ids, what[1])
    w.messages[0] = Message(
        f"Poids : {what[0]} (tolérance {tolerance:g} m), unité incluse ; " + w.messages[0].fr.split(" ; ", 1)[-1],
        f"Weights: {what[1]} (tolerance {tolerance:g} m), unit included; " + w.messages[0].en.split("; ", 1)[-1])
    return w


# --------------------------------------------------------------------------------------------------
# GAL / GWT files
# --------------------------------------------------------------------------------------------------
def normalise_id(value) -> str:
    """Ids compared as text, with integral numbers written without decimals (``1``, ``1.0`` → ``1``)."""
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+(\.0*)?", text):
        return str(int(float(text)))
    return text


def parse_gal(text: str, label: str = "WEIGHTS_FILE") -> Dict[str, List[str]]:
    """GAL: a header (``n`` or ``0 n shapefile id_field``), then per unit ``id k`` and its ``k`` neighbours."""
    lines = text.splitlines()
    if not lines:
        raise AulaInputError(fr=f"{label} : fichier GAL vide.", en=f"{label}: empty GAL file.")
    header = lines[0].split()
    tokens = " ".join(lines[1:]).split()
    neighbours: Dict[str, List[str]] = {}
    k = 0
    try:
        expected = int(header[1] if len(header) >= 2 else header[0])
        while k < len(tokens):
            unit, count = normalise_id(tokens[k]), int(tokens[k + 1])
            neighbours[unit] = [normalise_id(t) for t in tokens[k + 2:k + 2 + count]]
            if len(neighbours[unit]) != count:
                raise ValueError
            k += 2 + count
    except (ValueError, IndexError):
        raise AulaInputError(
            fr=f"{label} : fichier GAL illisible près de l'élément {k + 1} (attendu « id nombre » puis les voisins).",
            en=f"{label}: unreadable GAL file near item {k + 1} (expected 'id count' then the neighbours).") from None
    if expected != len(neighbours):
        raise AulaInputError(
            fr=f"{label} : l'en-tête annonce {expected} unités, le fichier en décrit {len(neighbours)}.",
            en=f"{label}: the header announces {expected} units, the file describes {len(neighbours)}.")
    return neighbours


def parse_gwt(text: str, label: str = "WEIGHTS_FILE") -> List[Tuple[str, str, float]]:
    """GWT: a header line, then ``origin destination weight`` lines."""
    triples = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        parts = line.split()
        if not parts:
            continue
        try:
            weight = float(parts[2].replace(",", "."))
        except (IndexError, ValueError):
            raise AulaInputError(fr=f"{label} : ligne {number} illisible : « {line.strip()} » (attendu « i j poids »).",
                                 en=f"{label}: unreadable line {number}: '{line.strip()}' (expected 'i j weight').") from None
        if not np.isfinite(weight) or weight < 0:
            raise AulaInputError(fr=f"{label} : ligne {number} : poids {parts[2]} invalide (attendu un nombre ≥ 0).",
                                 en=f"{label}: line {number}: invalid weight {parts[2]} (expected a number ≥ 0).")
        triples.append((normalise_id(parts[0]), normalise_id(parts[1]), weight))
    return triples


def weights_from_file(path, unit_ids: Sequence, *, standardisation: str = BINARY,
                      label: str = "WEIGHTS_FILE") -> SpatialWeights:
    """Weights read from a GAL or GWT file (by extension), rows and columns in the order of ``unit_ids``.

    Units of the layer absent from the file are an error (their neighbours are unknown); ids of the file
    absent from the layer are dropped with a warning (e.g. units left out for lack of temperature)."""
    _check_standardisation(standardisation)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".gal", ".gwt"):
        raise AulaInputError(fr=f"{label} : « {path.name} » n'est ni un fichier .gal ni un fichier .gwt.",
                             en=f"{label}: '{path.name}' is neither a .gal nor a .gwt file.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AulaInputError(fr=f"{label} : lecture de « {path} » impossible ({error}).",
                             en=f"{label}: cannot read '{path}' ({error}).") from None
    ids = [normalise_id(u) for u in unit_ids]
    position = {u: k for k, u in enumerate(ids)}
    if suffix == ".gal":
        lists = parse_gal(text, label)
        described = set(lists)
        triples = [(a, b, 1.0) for a, nb in lists.items() for b in nb]
    else:
        triples = parse_gwt(text, label)
        described = {a for a, _, _ in triples} | {b for _, b, _ in triples}
    missing = [u for u in ids if u not in described]
    if suffix == ".gwt":
        missing = []  # a GWT lists pairs only: a unit absent from it is an island
    if missing:
        raise AulaInputError(
            fr=f"{label} : {len(missing)} unités de la couche absentes du fichier de poids : {preview(missing)} "
               "(le champ identifiant des unités correspond-il aux identifiants du fichier ?).",
            en=f"{label}: {len(missing)} units of the layer missing from the weights file: {preview(missing)} "
               "(does the units' identifier field match the file's ids?).")
    unknown = sorted({a for a, b, _ in triples if a not in position} | {b for a, b, _ in triples if b not in position})
    kept = [(position[a], position[b], w) for a, b, w in triples if a in position and b in position and a != b]
    if not kept and triples:
        raise AulaInputError(
            fr=f"{label} : aucun identifiant du fichier ne correspond aux unités ({preview(unknown)}) : vérifiez "
               "le champ identifiant des unités.",
            en=f"{label}: no id of the file matches the units ({preview(unknown)}): check the units' identifier field.")
    rows = np.array([k[0] for k in kept], dtype=np.int64)
    cols = np.array([k[1] for k in kept], dtype=np.int64)
    vals = np.array([k[2] for k in kept], dtype=np.float64)
    if suffix == ".gal":
        vals = np.ones(rows.size)
    w = _weights_with_islands(rows, cols, vals, len(ids), WEIGHTS_FILE, standardisation, list(unit_ids),
                              f"fichier {path.name}")
    kind = "GAL (binaires)" if suffix == ".gal" else "GWT (poids du fichier)"
    kind_en = "GAL (binary)" if suffix == ".gal" else "GWT (the file's weights)"
    w.messages[0] = Message(f"Poids : fichier {path.name}, {kind}, unité incluse.",
                            f"Weights: file {path.name}, {kind_en}, unit included.")
    if unknown:
        w.messages.append(Message(
            f"{label} : {len(unknown)} identifiants du fichier absents des unités analysées, ignorés : {preview(unknown)}.",
            f"{label}: {len(unknown)} ids of the file not among the analysed units, ignored: {preview(unknown)}."))
    return w
