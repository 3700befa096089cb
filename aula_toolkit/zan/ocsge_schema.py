"""The normalised PostGIS schema of OCS GE deliveries loaded by ``aula:ocsge_to_postgis``.

One table per product: stocks (``ocsge_artif``: every département and millésime, columns
``departement``, ``millesime``) and differences (``ocsge_artif_difference``: ``millesime_avant``,
``millesime_apres``, IGN's ``cs_2018``… renamed ``cs_avant``…). GiST index on the geometry, B-tree
on département and millésime. Loading a delivery replaces its (département, millésime) rows in one
statement batch, which PostgreSQL runs as one transaction: reloading is idempotent.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from ..errors import AulaInputError
from . import ocsge
from .ocsge_sql import quote_ident, quote_literal

STOCK_TABLE = "ocsge_artif"
DIFFERENCE_TABLE = "ocsge_artif_difference"

STOCK_COLUMNS = [("id_ign", "text"), ("code_cs", "text"), ("code_us", "text"), ("artif", "text"),
                 ("crit_seuil", "text")]
DIFFERENCE_COLUMNS = [("id_ign", "text"), ("cs_avant", "text"), ("us_avant", "text"), ("artif_avant", "text"),
                      ("cs_apres", "text"), ("us_apres", "text"), ("artif_apres", "text"),
                      ("artificialisation", "integer")]


def create_sql(schema: str, stock_table: str = STOCK_TABLE, difference_table: str = DIFFERENCE_TABLE) -> str:
    s = quote_ident(schema)

    def table(name, keys, columns):
        q = f"{s}.{quote_ident(name)}"
        cols = ", ".join(f"{quote_ident(c)} {kind}" for c, kind in columns)
        index_keys = ", ".join(quote_ident(k) for k, _ in keys)
        return (f"CREATE TABLE IF NOT EXISTS {q} (id bigserial PRIMARY KEY, "
                f"{', '.join(f'{quote_ident(k)} {kind} NOT NULL' for k, kind in keys)}, {cols}, "
                f"geom geometry(MultiPolygon, 2154) NOT NULL); "
                f"CREATE INDEX IF NOT EXISTS {quote_ident(name + '_geom_idx')} ON {q} USING gist (geom); "
                f"CREATE INDEX IF NOT EXISTS {quote_ident(name + '_livraison_idx')} ON {q} ({index_keys}); ")

    return (f"CREATE SCHEMA IF NOT EXISTS {s}; "
            + table(stock_table, [("departement", "text"), ("millesime", "integer")], STOCK_COLUMNS)
            + table(difference_table, [("departement", "text"), ("millesime_avant", "integer"),
                                       ("millesime_apres", "integer")], DIFFERENCE_COLUMNS))


def _source(columns: Sequence[str], candidates: Sequence[str], kind: str = "text") -> str:
    found = ocsge.find_column(list(columns), candidates)
    return f"stage.{quote_ident(found)}::{kind}" if found else f"NULL::{kind}"


def replace_sql(schema: str, table: str, stage: str, product: str, departement: str, years: Sequence[int],
                stage_columns: Sequence[str], geometry: str = "geom") -> str:
    """DELETE the delivery's rows, INSERT them from the staging table, DROP it (one transaction)."""
    target = f"{quote_ident(schema)}.{quote_ident(table)}"
    staged = f"{quote_ident(schema)}.{quote_ident(stage)}"
    dep = quote_literal(departement)
    geom = f"ST_Multi(ST_CollectionExtract(ST_MakeValid(stage.{quote_ident(geometry)}), 3))"
    if product == "stock":
        year = int(years[0])
        year_column = ocsge.find_column(list(stage_columns), ocsge.STOCK_FIELDS["millesime"])
        year_expr = (f"coalesce(left(stage.{quote_ident(year_column)}::text, 4)::int, {year})" if year_column
                     else str(year))
        where = f"departement = {dep} AND millesime = {year}"
        values = [_source(stage_columns, ("id", "id_ign")), _source(stage_columns, ocsge.STOCK_FIELDS["code_cs"]),
                  _source(stage_columns, ocsge.STOCK_FIELDS["code_us"]), _source(stage_columns, ("artif",)),
                  _source(stage_columns, ocsge.STOCK_FIELDS["crit_seuil"])]
        insert = (f"INSERT INTO {target} (departement, millesime, id_ign, code_cs, code_us, artif, crit_seuil, geom) "
                  f"SELECT {dep}, {year_expr}, {', '.join(values)}, {geom} FROM {staged} stage "
                  f"WHERE NOT ST_IsEmpty(stage.{quote_ident(geometry)})")
    else:
        a, b = int(years[0]), int(years[1])
        where = f"departement = {dep} AND millesime_avant = {a} AND millesime_apres = {b}"
        values = [_source(stage_columns, ("id", "id_ign"))]
        for year in (a, b):
            values += [_source(stage_columns, (f"cs_{year}",)), _source(stage_columns, (f"us_{year}",)),
                       _source(stage_columns, (f"artif_{year}",))]
        values.append(_source(stage_columns, ("artificialisation",), "integer"))
        insert = (f"INSERT INTO {target} (departement, millesime_avant, millesime_apres, id_ign, cs_avant, us_avant, "
                  f"artif_avant, cs_apres, us_apres, artif_apres, artificialisation, geom) "
                  f"SELECT {dep}, {a}, {b}, {', '.join(values)}, {geom} FROM {staged} stage "
                  f"WHERE NOT ST_IsEmpty(stage.{quote_ident(geometry)})")
    return f"DELETE FROM {target} WHERE {where}; {insert}; DROP TABLE {staged};"


def delivery_key(delivery: ocsge.Delivery, label: str, columns: Sequence[str]) -> Dict:
    """Département and millésime(s) of a delivery, or a bilingual error naming the layer."""
    years = list(delivery.years)
    if delivery.product == "difference" and len(years) < 2:
        found = sorted({int(c.lower()[3:]) for c in columns if c.lower()[:3] == "cs_" and c[3:].isdigit()})
        years = found[:1] + found[-1:] if len(found) >= 2 else years
    if not delivery.departement or not years:
        raise AulaInputError(
            fr=f"« {label} » : département ou millésime inconnu : le nom de livraison IGN "
               f"(…_D062_2018-01-01, …DIFF-2018-2021…) ou de couche (artif_2018_62) est attendu.",
            en=f"'{label}': unknown département or millésime: an IGN delivery name "
               f"(…_D062_2018-01-01, …DIFF-2018-2021…) or layer name (artif_2018_62) is expected.")
    return {"departement": delivery.departement, "years": years}
