"""Bulk ``INSERT`` through Python's sqlite3 at the speed SQLite allows (no QGIS needed).

Binding a value costs as much as SQLite storing it, so rows go in many per statement, and a column whose
value is the same on every row (a date, a default label, a field left NULL) is written into the statement
as a literal instead of being bound once per row: a CNIG or UF-ECO table of half a million rows has a dozen
such columns. The values stored are the same as with one bound row at a time.
"""

from __future__ import annotations

from typing import List, Optional, Sequence

import numpy as np

MAX_PARAMETERS = 999  #: SQLite's smallest limit of bound parameters (builds before 3.32)
MAX_SQL = 500_000  #: characters per statement, well under SQLite's default limit (1,000,000)
_INT64 = (-2 ** 63, 2 ** 63)


def literal(column: Sequence) -> Optional[str]:
    """The SQL literal of a column holding one value on every row (text, integer or NULL, of one Python
    type), else None. Floats are always bound: a literal could round them differently."""
    if not isinstance(column, list) or len(column) == 0:
        return None
    first = column[0]
    if first is None:
        return "NULL" if column.count(None) == len(column) else None
    kind = type(first)
    if kind not in (str, int, bool) or column.count(first) != len(column) or set(map(type, column)) != {kind}:
        return None
    if kind is str:
        return None if "\x00" in first else "'" + first.replace("'", "''") + "'"
    if kind is bool:
        return "1" if first else "0"
    return str(first) if _INT64[0] <= first < _INT64[1] else None


class BulkInsert:
    """``INSERT INTO table (names) VALUES …`` for ``columns`` (one list of plain Python values per name,
    all of the same length); :meth:`insert` writes rows ``lo:hi`` so the caller can check for cancel
    between chunks."""

    def __init__(self, table: str, names: Sequence[str], columns: Sequence[Sequence]):
        """``table`` and ``names`` are quoted SQL identifiers."""
        literals = [literal(c) for c in columns]
        self.columns: List[Sequence] = [c for c, lit in zip(columns, literals) if lit is None]
        row = "(" + ", ".join("?" if lit is None else lit for lit in literals) + ")"
        head = f"INSERT INTO {table} ({', '.join(names)}) VALUES "
        k = len(self.columns)
        self.per = max(1, min(MAX_PARAMETERS // k if k else 500, MAX_SQL // max(len(row) + 2, 1)))
        self.one = head + row
        self.many = head + ", ".join([row] * self.per)

    def insert(self, con, lo: int, hi: int) -> None:
        count = hi - lo
        if count <= 0:
            return
        per, k = self.per, len(self.columns)
        full = count - count % per
        if k == 0:
            con.executemany(self.many, [()] * (full // per))
            con.executemany(self.one, [()] * (count - full))
            return
        grid = np.empty((count, k), dtype=object)
        for j, column in enumerate(self.columns):
            grid[:, j] = column[lo:hi]
        if full:
            con.executemany(self.many, grid[:full].reshape(-1, per * k).tolist())
        if full < count:
            con.executemany(self.one, grid[full:].tolist())
