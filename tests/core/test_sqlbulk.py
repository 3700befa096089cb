"""Bulk inserts store exactly what one bound row at a time stores."""

import sqlite3

import pytest

from aula_toolkit_plugin.aula_toolkit import sqlbulk


def test_literals_only_for_one_value_of_one_type():
    assert sqlbulk.literal(["a", "a"]) == "'a'"
    assert sqlbulk.literal(["l'îlot", "l'îlot"]) == "'l''îlot'"
    assert sqlbulk.literal([None, None]) == "NULL"
    assert sqlbulk.literal([3, 3]) == "3"
    assert sqlbulk.literal([True, True]) == "1"
    assert sqlbulk.literal([1, True]) is None  # equal in Python, not the same value stored
    assert sqlbulk.literal([1.5, 1.5]) is None  # floats are bound
    assert sqlbulk.literal(["a", "b"]) is None
    assert sqlbulk.literal(["a\x00", "a\x00"]) is None
    assert sqlbulk.literal([2 ** 63, 2 ** 63]) is None
    assert sqlbulk.literal(("a", "a")) is None and sqlbulk.literal([]) is None


@pytest.mark.parametrize("rows", [0, 1, 7, 1000, 2345])
def test_bulk_insert_equals_row_by_row(rows):
    columns = [[f"v{i % 13}" for i in range(rows)], ["2026-01-01"] * rows, [None] * rows,
               [i * 0.1 for i in range(rows)], [7] * rows, [bytes([i % 256]) * 3 for i in range(rows)],
               [None if i % 3 else i for i in range(rows)], ["l'îlot « nord »"] * rows]
    names = [f'"c{j}"' for j in range(len(columns))]
    plain, bulk = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for con in (plain, bulk):
        con.execute(f"CREATE TABLE t (fid INTEGER PRIMARY KEY, {', '.join(names)})")
    plain.executemany(f"INSERT INTO t ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", zip(*columns))
    inserter = sqlbulk.BulkInsert("t", names, columns)
    for lo in range(0, rows, 1000):
        inserter.insert(bulk, lo, min(rows, lo + 1000))
    query = "SELECT fid, " + ", ".join(f"{n}, typeof({n})" for n in names) + " FROM t ORDER BY fid"
    assert bulk.execute(query).fetchall() == plain.execute(query).fetchall()
    assert bulk.execute("SELECT count(*) FROM t").fetchone()[0] == rows
