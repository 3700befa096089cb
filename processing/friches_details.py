"""The DETAILS output of ``aula:friches_mutability`` written from its three small parts.

DETAILS has one row per site × use × criterion (139,000 rows for 618 sites), but only site × criterion
values and criterion × option × use scores. :class:`DetailsTable` gives the writer
(:func:`processing.writer.write_output`) those parts: a GeoPackage destination gets them in three
temporary tables and one ``INSERT … SELECT`` expands them in SQLite, in the order and with the values of
:func:`aula_toolkit.friches.scoring.explanation_rows`; any other destination reads the expanded table.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd

from ..aula_toolkit.friches import fields as F
from ..aula_toolkit.friches.scoring import ExplanationParts
from .writer import column_values

_COLUMN = {F.SITE_ID: "s", F.D_VALEUR: "s", F.D_USAGE: "o", F.D_CODE: "o", F.D_SCORE: "o", F.D_POINTS: "o",
           F.D_COTE: "o", F.D_CRITERE: "c", F.D_POIDS: "c"}
_TABLE = {"s": ("aula_details_site", "per_site"), "o": ("aula_details_option", "per_option"),
          "c": ("aula_details_criterion", "per_criterion")}


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class DetailsTable:
    """DETAILS as the writer takes a table: ``len()``, columns by name (expanded on demand) and
    ``insert_rows`` for a GeoPackage."""

    def __init__(self, parts: ExplanationParts):
        self.parts = parts
        self._expanded = None

    def __len__(self) -> int:
        return len(self.parts)

    def __getitem__(self, name: str) -> pd.Series:
        if self._expanded is None:
            self._expanded = self.parts.expand()
        return self._expanded[name]

    def insert_rows(self, con, table: str, names: Sequence[str], kinds: Sequence[str]) -> None:
        """Rows ``0 … m-1`` counted by SQLite, each taking its cells from the parts by row number."""
        p = self.parts
        if not len(p):
            return
        kind_of = dict(zip(names, kinds))
        for alias, (temp, attribute) in _TABLE.items():
            frame = getattr(p, attribute)
            cols = [n for n in names if _COLUMN.get(n) == alias] + (["block"] if alias == "s" else [])
            con.execute(f"CREATE TEMP TABLE {temp} ({', '.join(_ident(c) for c in cols)})")
            values = [column_values(frame[c], kind_of[c]) if c in kind_of else frame[c].astype("int64").tolist()
                      for c in cols]
            con.executemany(f"INSERT INTO {temp} VALUES ({', '.join('?' * len(cols))})", zip(*values))
        k, u = p.n_criteria, p.n_uses
        selected = ", ".join(f"{_COLUMN[n]}.{_ident(n)}" for n in names)
        try:
            con.execute(
                f"WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < {len(p) - 1}) "
                f"INSERT INTO {table} ({', '.join(_ident(n) for n in names)}) SELECT {selected} "
                f"FROM r CROSS JOIN {_TABLE['s'][0]} s CROSS JOIN {_TABLE['c'][0]} c CROSS JOIN {_TABLE['o'][0]} o "
                f"WHERE s.rowid = (r.i / {u * k}) * {k} + r.i % {k} + 1 AND c.rowid = r.i % {k} + 1 "
                f"AND o.rowid = s.block + (r.i / {k}) % {u} + 1")
        finally:
            for temp, _ in _TABLE.values():
                con.execute(f"DROP TABLE IF EXISTS temp.{temp}")
