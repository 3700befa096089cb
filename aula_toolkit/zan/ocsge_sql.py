"""The measure stage of :mod:`artif` as SQL run inside PostgreSQL/PostGIS (the région-scale path).

The communes travel to the server as WKB in a ``VALUES`` list, are cut by ``ST_Subdivide`` (small
pieces keep each intersection cheap), and are joined to the OCS GE table on its GiST index;
polygons covered by a piece take their own area (``ST_Covers`` with the piece first: GEOS prepares the
piece once for all its polygons), the others ``ST_Area(ST_Intersection)``; the sums per (commune,
département, millésime) come back: a few thousand rows whatever the table size. PostgreSQL scans the
whole table with parallel workers (the WKB keys of two stocks); the joins run in one backend.
Works on IGN tables loaded as they are (``artif``, ``cs_2018``…) and on the normalised schema of
``aula:ocsge_to_postgis`` (``departement``, ``millesime``, ``cs_avant``…). Executes through any
``run(sql) -> rows`` callable (QGIS provider connection, psycopg2…).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import AulaInputError, preview
from . import ocsge
from .artif import DIFF_COLUMNS, STOCK_COLUMNS, Communes, Measures, _grouped
from .overlay import to_wkb

SUBDIVIDE_VERTICES = 256
# Each query is sent with this statement in one call (one implicit transaction): the time goes to GEOS, which JIT
# cannot speed up, and compiling these plans cost 0.2-4 s a query.
NO_JIT = "SET LOCAL jit = off; "

Run = Callable[[str], List[tuple]]


@dataclass
class SqlTable:
    """A PostGIS table of OCS GE polygons."""

    schema: str
    table: str
    geometry: str
    srid: int
    columns: List[str]
    where: str = ""

    @property
    def qualified(self) -> str:
        return f"{quote_ident(self.schema)}.{quote_ident(self.table)}"

    @property
    def label(self) -> str:
        return f"{self.schema}.{self.table}"

    def delivery(self) -> Optional[ocsge.Delivery]:
        return ocsge.parse_delivery(self.table)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def communes_cte(communes: Communes) -> str:
    """The communes as a subdivided CTE ``c(insee, geom)`` plus the whole shapes ``cw(insee, geom)``."""
    values = ",".join(f"({quote_literal(code)},'{wkb.hex()}')" for code, wkb in zip(communes.insee,
                                                                                  to_wkb(communes.geoms)))
    return (f"cw AS (SELECT v.insee, ST_SetSRID(ST_GeomFromWKB(decode(v.wkb, 'hex')), 2154) AS geom "
            f"FROM (VALUES {values}) AS v(insee, wkb)), "
            f"c AS MATERIALIZED (SELECT insee, ST_Subdivide(geom, {SUBDIVIDE_VERTICES}) AS geom FROM cw)")


def _col(table: SqlTable, candidates: Sequence[str]) -> Optional[str]:
    found = ocsge.find_column(table.columns, candidates)
    return quote_ident(found) if found else None


def _geom(table: SqlTable, alias: str = "s") -> str:
    column = f"{alias}.{quote_ident(table.geometry)}"
    return column if table.srid == 2154 else f"ST_Transform({column}, 2154)"


def _codes(expr: str) -> str:
    return f"upper(replace(trim(coalesce({expr}::text, '')), ' ', ''))"


def matrix_sql(cs: str, us: str, with_us6: bool) -> str:
    """The CS × US matrix as a SQL boolean (same lists as :func:`ocsge.artificial_by_matrix`)."""
    cs, us = _codes(cs), _codes(us)
    uses = ocsge.US_ARTIFICIAL_HERBACEOUS + (ocsge.US_TRANSITION if with_us6 else ())
    lst = lambda values: ", ".join(quote_literal(v) for v in values)  # noqa: E731
    return (f"({cs} IN ({lst(ocsge.CS_ALWAYS_ARTIFICIAL)}) OR ({cs} = '{ocsge.CS_MINERAL}' AND {us} <> 'US1.3') "
            f"OR ({cs} IN ({lst(ocsge.CS_HERBACEOUS)}) AND {us} IN ({lst(uses)})))")


def thresholded_sql(cs: str, us: str, with_us6: bool, area: str) -> str:
    threshold = (f"CASE WHEN {_codes(cs)} = 'CS1.1.1.1' THEN {ocsge.BUILT_THRESHOLD_M2} "
                 f"ELSE {ocsge.SURFACE_THRESHOLD_M2} END")
    return f"({matrix_sql(cs, us, with_us6)} AND {area} >= {threshold})"


def stock_artificial_sql(table: SqlTable, method: str, alias: str = "s") -> str:
    if method == ocsge.METHOD_ARTIF:
        column = _col(table, ocsge.STOCK_FIELDS["artif"])
        if column is None:
            raise AulaInputError(
                fr=f"« {table.label} » : pas de champ « artif » ; choisissez la méthode « matrice CS × US ».",
                en=f"'{table.label}': no 'artif' field; choose the 'CS × US matrix' method.")
        return (f"lower(replace(trim({alias}.{column}::text), '_', ' ')) IN "
                f"('artif', 'artificialise', 'artificialisé', '1', 'true', 't', 'oui', 'vrai')")
    cs, us = _col(table, ocsge.STOCK_FIELDS["code_cs"]), _col(table, ocsge.STOCK_FIELDS["code_us"])
    if cs is None or us is None:
        raise AulaInputError(fr=f"« {table.label} » : champs code_cs / code_us introuvables.",
                             en=f"'{table.label}': fields code_cs / code_us not found.")
    return thresholded_sql(f"{alias}.{cs}", f"{alias}.{us}", method == ocsge.METHOD_MATRIX,
                           f"ST_Area({_geom(table, alias)})")


def _dep_sql(table: SqlTable) -> str:
    column = _col(table, ocsge.STOCK_FIELDS["departement"])
    delivery = table.delivery()
    fallback = quote_literal(delivery.departement) if delivery and delivery.departement else "''"
    return f"coalesce(s.{column}::text, {fallback})" if column else fallback


def _area_sql(table: SqlTable) -> str:
    g = _geom(table)
    return f"CASE WHEN ST_Covers(c.geom, {g}) THEN ST_Area({g}) ELSE ST_Area(ST_Intersection({g}, c.geom)) END"


def _join(table: SqlTable) -> str:
    g = _geom(table)
    where = f" AND ({table.where})" if table.where else ""
    return f"FROM c JOIN {table.qualified} s ON ST_Intersects({g}, c.geom){where}"


def _year_sql(table: SqlTable, alias: str = "s") -> str:
    year_column = _col(table, ocsge.STOCK_FIELDS["millesime"])
    delivery = table.delivery()
    if year_column:
        return f"left({alias}.{year_column}::text, 4)::int"
    if delivery and delivery.years:
        return str(int(delivery.years[0]))
    raise AulaInputError(fr=f"« {table.label} » : millésime inconnu (ni champ millesime, ni nom artif_AAAA_DD).",
                         en=f"'{table.label}': unknown millésime (no millesime field, no artif_YYYY_DD name).")


def stock_query(table: SqlTable, communes: Communes, method: str) -> str:
    year = _year_sql(table)
    return (f"{NO_JIT}WITH {communes_cte(communes)} "
            f"SELECT insee, departement, millesime, SUM(a) FROM ("
            f"SELECT c.insee, {_dep_sql(table)} AS departement, {year} AS millesime, {_area_sql(table)} AS a "
            f"{_join(table)} AND {stock_artificial_sql(table, method)} OFFSET 0) x GROUP BY 1, 2, 3")


def communes_table(communes: Communes, name: str, subdivide: bool = True) -> str:
    """Statements that put the communes (cut by ``ST_Subdivide`` unless ``subdivide`` is False) in a temporary
    table ``name(insee, geom)`` with a GiST index and statistics, dropped at the end of the transaction. Run
    with the query that follows them in one call (one implicit transaction): a small set of polygons then
    finds its communes on that index instead of testing every commune (a nested loop that grows as
    communes × polygons, i.e. as the square of the territory)."""
    values = ",".join(f"({quote_literal(code)},'{wkb.hex()}')" for code, wkb in zip(communes.insee,
                                                                                  to_wkb(communes.geoms)))
    table = quote_ident(name)
    geom = "ST_SetSRID(ST_GeomFromWKB(decode(v.wkb, 'hex')), 2154)"
    if subdivide:
        geom = f"ST_Subdivide({geom}, {SUBDIVIDE_VERTICES})"
    return (f"{NO_JIT}CREATE TEMPORARY TABLE {table} ON COMMIT DROP AS SELECT v.insee, {geom} AS geom "
            f"FROM (VALUES {values}) AS v(insee, wkb); "
            f"CREATE INDEX ON {table} USING gist (geom); ANALYZE {table}; ")


def _temporary_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def _artificial(table: SqlTable, method: str, year: int, alias: str = "s") -> str:
    where = f" AND ({table.where})" if table.where else ""
    return f"{stock_artificial_sql(table, method, alias)} AND {_year_sql(table, alias)} = {int(year)}{where}"


def _wkb_key(table: SqlTable) -> str:
    """The MD5 of the polygon's WKB (16 bytes): same polygon, same key; hashed for the anti-join in little
    memory whatever the number of vertices."""
    return f"decode(md5(ST_AsBinary({_geom(table)})), 'hex')"


def _keys(tables: Sequence[SqlTable], method: str, year: int) -> str:
    return " UNION ALL ".join(f"SELECT {_wkb_key(t)} AS k FROM {t.qualified} s WHERE {_artificial(t, method, year)}"
                              for t in tables)


def _unmatched(tables: Sequence[SqlTable], method: str, year: int, other: str, columns: str = "") -> str:
    """Artificial polygons of ``year`` whose WKB key is not in the CTE ``other`` (the polygons that changed)."""
    def extra(table):
        return columns.format(cs=_code(table, "code_cs"), us=_code(table, "code_us")) if columns else ""

    return " UNION ALL ".join(
        f"SELECT {_geom(t)} AS geom, {_dep_sql(t)} AS departement{extra(t)} FROM {t.qualified} s "
        f"WHERE {_artificial(t, method, year)} AND NOT EXISTS (SELECT 1 FROM {other} o WHERE o.k = {_wkb_key(t)})"
        for t in tables)


def _same_polygon(tables: Sequence[SqlTable], method: str, year: int, geom: str) -> str:
    """Artificial polygons of ``year`` with the same WKB as ``geom``, found on the GiST index by box equality
    (``~=``): one index probe per polygon, whatever the planner guesses of the sizes."""
    return " UNION ALL ".join(
        f"SELECT 1 FROM {t.qualified} s2 WHERE {_geom(t, 's2')} ~= {geom} AND {_artificial(t, method, year, 's2')} "
        f"AND ST_AsBinary({_geom(t, 's2')}) = ST_AsBinary({geom})" for t in tables)


def _code(table: SqlTable, key: str) -> str:
    column = _col(table, ocsge.STOCK_FIELDS[key])
    return f"coalesce(s.{column}::text, '')" if column else "''"


def overlap_query(tables: Sequence[SqlTable], communes: Communes, method: str, first: int, last: int) -> str:
    """Σ area(A₁ ∩ A₂) − Σ area(A₁) per (commune, département) for the millésimes ``first`` → ``last``: the
    correction that :func:`measure` adds to the stock of ``first`` to get the overlap (rule of
    :mod:`stock_overlap`). Polygons of A₁ with the same WKB in A₂ (a hash anti-join on the WKB's MD5) count
    whole, as in the stock: they need no work here. The others (the few that changed) are taken away and
    their intersections with the changed polygons of A₂ (found on the table's GiST index) put back, each cut
    by the communes found on the temporary table's GiST index: the work grows with the changes, not with
    communes × polygons."""
    changed = " UNION ALL ".join(
        f"SELECT ST_CollectionExtract(ST_Intersection(ob.aula_geom, {_geom(t)}), 3) AS geom, ob.aula_departement "
        f"FROM ob JOIN {t.qualified} s ON ST_Intersects(ob.aula_geom, {_geom(t)}) "
        f"WHERE {_artificial(t, method, last)} "
        f"AND NOT EXISTS ({_same_polygon(tables, method, first, _geom(t))})" for t in tables)
    name = _temporary_name("aula_communes")
    area = ("CASE WHEN ST_Covers(c.geom, p.geom) THEN ST_Area(p.geom) "
            "ELSE ST_Area(ST_Intersection(p.geom, c.geom)) END")
    return (f"{communes_table(communes, name)}"
            f"WITH a AS MATERIALIZED ({_keys(tables, method, last)}), "
            f"ob (aula_geom, aula_departement) AS MATERIALIZED ({_unmatched(tables, method, first, 'a')}), "
            f"p AS MATERIALIZED (SELECT aula_geom AS geom, aula_departement AS departement, -1 AS k FROM ob "
            f"UNION ALL SELECT geom, aula_departement, 1 FROM ({changed}) x WHERE ST_Area(geom) > 0) "
            f"SELECT insee, departement, {int(first)}, {int(last)}, SUM(a) FROM ("
            f"SELECT c.insee, p.departement, p.k * {area} AS a "
            f"FROM p JOIN {quote_ident(name)} c ON ST_Intersects(p.geom, c.geom) OFFSET 0) x GROUP BY 1, 2")


def stock_changes_query(tables: Sequence[SqlTable], communes: Communes, method: str, first: int, last: int) -> str:
    """Artificialised parts (a polygon of A₂ without the same WKB in A₁, minus the A₁ polygons it meets) and
    renatured parts (the converse), cut by the communes; same columns as :func:`changes_query`. The changed
    polygons are found by hash anti-joins and materialised before their differences are computed, so the
    ``ST_Union`` of partners runs for them only; they find their communes on a temporary GiST index."""
    def differences(cte, other_year, sens):
        partners = " UNION ALL ".join(f"SELECT {_geom(t)} AS geom FROM {t.qualified} s WHERE "
                                      f"ST_Intersects({_geom(t)}, g.geom) AND {_artificial(t, method, other_year)}"
                                      for t in tables)
        return (f"SELECT ST_CollectionExtract(coalesce(ST_Difference(g.geom, (SELECT ST_Union(q.geom) FROM "
                f"({partners}) q)), g.geom), 3) AS geom, g.departement, g.cs, g.us, {sens} AS sens FROM {cte} g")

    codes = ", {cs} AS cs, {us} AS us"
    name = _temporary_name("aula_communes")
    return (f"{communes_table(communes, name, subdivide=False)}"
            f"WITH b AS MATERIALIZED ({_keys(tables, method, first)}), "
            f"a AS MATERIALIZED ({_keys(tables, method, last)}), "
            f"ga AS MATERIALIZED ({_unmatched(tables, method, last, 'b', codes)}), "
            f"gb AS MATERIALIZED ({_unmatched(tables, method, first, 'a', codes)}), "
            f"p AS MATERIALIZED ({differences('ga', first, 1)} UNION ALL {differences('gb', last, -1)}) "
            f"SELECT cw.insee, p.departement, {int(first)}, {int(last)}, "
            f"CASE WHEN p.sens < 0 THEN p.cs ELSE '' END, CASE WHEN p.sens < 0 THEN p.us ELSE '' END, "
            f"CASE WHEN p.sens > 0 THEN p.cs ELSE '' END, CASE WHEN p.sens > 0 THEN p.us ELSE '' END, "
            f"p.sens, ST_Area(x.geom), encode(ST_AsBinary(x.geom), 'hex') "
            f"FROM p JOIN {quote_ident(name)} cw ON ST_Intersects(p.geom, cw.geom) "
            f"CROSS JOIN LATERAL (SELECT CASE WHEN ST_Covers(cw.geom, p.geom) THEN p.geom "
            f"ELSE ST_CollectionExtract(ST_Intersection(p.geom, cw.geom), 3) END AS geom) x "
            f"WHERE NOT ST_IsEmpty(p.geom) AND ST_Area(x.geom) > 0")


def coverage_query(table: SqlTable) -> Optional[str]:
    """Départements and millésimes present in a stock table, or None when it does not say."""
    dep, year = _col(table, ocsge.STOCK_FIELDS["departement"]), _col(table, ocsge.STOCK_FIELDS["millesime"])
    delivery = table.delivery()
    dep_expr = f"s.{dep}::text" if dep else (quote_literal(delivery.departement) if delivery and
                                             delivery.departement else None)
    year_expr = f"left(s.{year}::text, 4)::int" if year else (str(delivery.years[0]) if delivery and
                                                              delivery.years else None)
    if dep_expr is None or year_expr is None:
        return None
    where = f" WHERE {table.where}" if table.where else ""
    return f"SELECT DISTINCT {dep_expr}, {year_expr} FROM {table.qualified} s{where}"


@dataclass
class DiffSql:
    before: str
    after: str
    cs_before: Optional[str]
    us_before: Optional[str]
    cs_after: Optional[str]
    us_after: Optional[str]
    direction: Optional[str]


def difference_sql_columns(table: SqlTable) -> DiffSql:
    """Raw IGN names (``cs_2018``, ``artificialisation``) or the normalised ones (``cs_avant``)."""
    lower = {c.lower(): c for c in table.columns}
    direction = _col(table, ("artificialisation", "artif_diff", "sens"))
    if "millesime_avant" in lower:
        q = lambda k: f"s.{quote_ident(lower[k])}" if k in lower else None  # noqa: E731
        return DiffSql(q("millesime_avant"), q("millesime_apres"), q("cs_avant"), q("us_avant"), q("cs_apres"),
                       q("us_apres"), f"s.{direction}" if direction else None)
    years = sorted({int(m.group(2)) for c in table.columns
                    for m in [re.fullmatch(r"(cs|us)_(\d{4})", c.lower())] if m})
    delivery = table.delivery()
    if len(years) < 2 and delivery and len(delivery.years) == 2:
        years = list(delivery.years)
    if len(years) < 2:
        raise AulaInputError(fr=f"« {table.label} » : champs cs_<année>/us_<année> introuvables ; champs : "
                                f"{preview(table.columns)}",
                             en=f"'{table.label}': fields cs_<year>/us_<year> not found; fields: "
                                f"{preview(table.columns)}")
    a, b = years[0], years[-1]
    q = lambda k: f"s.{quote_ident(lower[k])}" if k in lower else None  # noqa: E731
    return DiffSql(str(a), str(b), q(f"cs_{a}"), q(f"us_{a}"), q(f"cs_{b}"), q(f"us_{b}"),
                   f"s.{direction}" if direction else None)


def direction_sql(table: SqlTable, columns: DiffSql, method: str) -> str:
    if method == ocsge.METHOD_ARTIF and columns.direction:
        return f"({columns.direction})::int"
    if not all([columns.cs_before, columns.us_before, columns.cs_after, columns.us_after]):
        raise AulaInputError(fr=f"« {table.label} » : ni champ artificialisation, ni champs cs/us avant et après.",
                             en=f"'{table.label}': neither an artificialisation field nor cs/us before and after.")
    with_us6 = method != ocsge.METHOD_MATRIX_NO_US6
    area = f"ST_Area({_geom(table)})"
    return (f"({thresholded_sql(columns.cs_after, columns.us_after, with_us6, area)})::int - "
            f"({thresholded_sql(columns.cs_before, columns.us_before, with_us6, area)})::int")


def difference_query(table: SqlTable, communes: Communes, method: str) -> str:
    columns = difference_sql_columns(table)
    direction = direction_sql(table, columns, method)
    return (f"{NO_JIT}WITH {communes_cte(communes)} "
            f"SELECT insee, departement, avant, apres, sens, SUM(a) FROM ("
            f"SELECT c.insee, {_dep_sql(table)} AS departement, ({columns.before})::int AS avant, "
            f"({columns.after})::int AS apres, {direction} AS sens, {_area_sql(table)} AS a "
            f"{_join(table)} AND {direction} <> 0 OFFSET 0) x GROUP BY 1, 2, 3, 4, 5")


def changes_query(table: SqlTable, communes: Communes, method: str) -> str:
    """Change polygons clipped to the communes, with before/after codes (geometry as WKB hex)."""
    columns = difference_sql_columns(table)
    direction = direction_sql(table, columns, method)
    g = _geom(table)
    text = lambda expr: f"coalesce(({expr})::text, '')" if expr else "''"  # noqa: E731
    where = f" AND ({table.where})" if table.where else ""
    return (f"{NO_JIT}WITH {communes_cte(communes)} "
            f"SELECT cw.insee, {_dep_sql(table)}, ({columns.before})::int, ({columns.after})::int, "
            f"{text(columns.cs_before)}, {text(columns.us_before)}, {text(columns.cs_after)}, {text(columns.us_after)}, "
            f"{direction} AS sens, ST_Area(x.geom), encode(ST_AsBinary(x.geom), 'hex') "
            f"FROM cw JOIN {table.qualified} s ON ST_Intersects({g}, cw.geom){where} "
            f"CROSS JOIN LATERAL (SELECT CASE WHEN ST_Covers(cw.geom, {g}) THEN {g} "
            f"ELSE ST_CollectionExtract(ST_Intersection({g}, cw.geom), 3) END AS geom) x "
            f"WHERE {direction} <> 0 AND ST_Area(x.geom) > 0")


def _fix_departement(frame: pd.DataFrame) -> pd.DataFrame:
    if len(frame):
        frame["departement"] = [ocsge.departement_code(d) or ocsge.departement_of_commune(c)
                                for d, c in zip(frame["departement"], frame["insee"])]
    return frame


def _change_frame(change_rows):
    """Rows of :func:`changes_query` / :func:`stock_changes_query` → CHANGES frame and shapely geometries."""
    from shapely import wkb as shapely_wkb

    changes = pd.DataFrame(
        [[r[0], ocsge.departement_code(r[1]) or ocsge.departement_of_commune(r[0]), int(r[2]), int(r[3]),
          r[4], r[5], r[6], r[7], int(r[8]), "artificialisation" if int(r[8]) > 0 else "renaturation",
          float(r[9])] for r in change_rows],
        columns=["insee_com", "departement", "millesime_avant", "millesime_apres", "cs_avant", "us_avant",
                 "cs_apres", "us_apres", "sens", "classe", "surface_m2"])
    return changes, [shapely_wkb.loads(bytes.fromhex(r[10])) for r in change_rows]


def _run_with_temporary_table(run: Run, sql: str) -> List[tuple]:
    """``run(sql)`` for a query that creates a temporary table; a server that refuses it (read-only replica,
    no TEMPORARY privilege) gets a message saying what to do instead of the raw SQL error."""
    try:
        return run(sql)
    except Exception as error:
        text = str(error)  # QGIS quotes the whole SQL (which creates a temporary table) before the server's words
        found = [m.start() for m in re.finditer(r"ERROR|ERREUR", text)]
        server = (" ".join(text[found[-1]:].split())[:300] if found else " ".join(text[-300:].split())).rstrip(" ]")
        if not re.search(r"temporary|read-only|lecture seule|temporaire", server, re.IGNORECASE):
            raise
        raise AulaInputError(
            fr="PostGIS : sans couche de différence, le calcul à partir des deux stocks crée une table temporaire, "
               "que ce serveur refuse (réplique en lecture seule, ou rôle sans le droit TEMPORARY sur la base). "
               "Donnez la couche de différence (DIFFERENCE), ou connectez-vous au serveur primaire avec ce droit. "
               f"Serveur : {server}",
            en="PostGIS: without a difference layer, the computation from two stocks creates a temporary table, "
               "which this server refuses (read-only replica, or a role without the TEMPORARY privilege on the "
               "database). Give the difference layer (DIFFERENCE), or connect to the primary server with that "
               f"privilege. Server: {server}") from error


def measure(run: Run, communes: Communes, stock_tables: Sequence[SqlTable], difference_tables: Sequence[SqlTable],
            method: str, keep_changes: bool = True) -> Measures:
    """Same :class:`artif.Measures` as the file path, computed by the server."""
    stock_parts, cover_parts = [], []
    for table in stock_tables:
        rows = run(stock_query(table, communes, method))
        stock_parts.append(_fix_departement(pd.DataFrame([list(r) for r in rows], columns=STOCK_COLUMNS)))
        query = coverage_query(table)
        if query is not None:
            cover_parts.append(pd.DataFrame([[ocsge.departement_code(d) or "", int(y)] for d, y in run(query)],
                                            columns=["departement", "millesime"]))
        else:
            cover_parts.append(stock_parts[-1][["departement", "millesime"]].drop_duplicates())
    stock = _grouped(stock_parts, STOCK_COLUMNS)
    for column in ("surface_m2",):
        stock[column] = stock[column].astype(float)
    stock["millesime"] = stock["millesime"].astype(np.int64)
    cover = pd.concat(cover_parts).drop_duplicates().reset_index(drop=True) if cover_parts else \
        pd.DataFrame(columns=["departement", "millesime"])
    difference, changes, geoms, overlap = None, None, [], None
    if stock_tables and not difference_tables:
        from .artif import millesime_pairs
        from .stock_overlap import OVERLAP_COLUMNS

        parts, change_rows = [], []
        for first, last in sorted({p for p in millesime_pairs(cover, None, []).values() if p[0] != p[1]}):
            rows = _run_with_temporary_table(run, overlap_query(stock_tables, communes, method, first, last))
            frame = pd.DataFrame([list(r) for r in rows], columns=OVERLAP_COLUMNS)
            parts.append(_fix_departement(frame))
            whole = stock[stock["millesime"] == first]
            parts.append(pd.DataFrame({"insee": whole["insee"], "departement": whole["departement"],
                                       "millesime_avant": first, "millesime_apres": last,
                                       "surface_m2": whole["surface_m2"]}))
            if keep_changes:
                change_rows.extend(_run_with_temporary_table(
                    run, stock_changes_query(stock_tables, communes, method, first, last)))
        overlap = _grouped(parts, OVERLAP_COLUMNS)
        overlap["surface_m2"] = overlap["surface_m2"].astype(float)
        if keep_changes:
            changes, geoms = _change_frame(change_rows)
    if difference_tables:
        parts, change_rows = [], []
        for table in difference_tables:
            rows = run(difference_query(table, communes, method))
            parts.append(_fix_departement(pd.DataFrame([list(r) for r in rows], columns=DIFF_COLUMNS)))
            if keep_changes:
                change_rows.extend(run(changes_query(table, communes, method)))
        difference = _grouped(parts, DIFF_COLUMNS)
        difference["surface_m2"] = difference["surface_m2"].astype(float)
        if keep_changes:
            changes, geoms = _change_frame(change_rows)
    return Measures(stock, difference, cover, changes, geoms, overlap)
