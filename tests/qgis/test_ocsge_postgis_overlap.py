"""Two stocks alone in PostGIS, on the hand-made polygons of ``tests/core/test_ocsge_stock_overlap.py``: the SQL
overlay (unchanged polygons counted in the stock, changed ones intersected and cut on temporary GiST indexes)
gives the file path's numbers to the m², including split, reshaped and renatured polygons and the CHANGES parts,
and leaves no temporary table behind.
"""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsProviderRegistry

from aula_toolkit_plugin.aula_toolkit.errors import AulaInputError
from aula_toolkit_plugin.aula_toolkit.zan import artif, ocsge, ocsge_sql
from aula_toolkit_plugin.tests.core.test_ocsge_stock_overlap import communes, stocks
from aula_toolkit_plugin.tests.servers.postgis import postgis_server  # noqa: F401


@pytest.fixture(scope="module")
def hand_made(postgis_server):  # noqa: F811
    """The four hand-made stock layers as one table of the normalised layout (both millésimes, two départements)."""
    rows = []
    for layer in stocks():
        for (_, row), blob in zip(layer.frame.iterrows(), layer.blobs):
            rows.append(f"('{layer.delivery.departement}', {layer.delivery.years[0]}, '{row['code_cs']}', "
                        f"'{row['code_us']}', '{row['artif']}', ST_Multi(ST_GeomFromWKB('\\x{blob.hex()}'::bytea, "
                        f"2154)))")
    postgis_server.psql(
        "CREATE SCHEMA main_test; CREATE TABLE main_test.stocks (id serial PRIMARY KEY, departement text, "
        "millesime integer, code_cs text, code_us text, artif text, geom geometry(MultiPolygon, 2154)); "
        "CREATE INDEX ON main_test.stocks USING gist (geom); "
        "INSERT INTO main_test.stocks (departement, millesime, code_cs, code_us, artif, geom) "
        f"VALUES {', '.join(rows)}; "
        "ANALYZE main_test.stocks")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(postgis_server.uri, {})
    table = ocsge_sql.SqlTable("main_test", "stocks", "geom", 2154,
                               ["id", "departement", "millesime", "code_cs", "code_us", "artif", "geom"])
    yield postgis_server, connection, table
    postgis_server.psql("DROP SCHEMA main_test CASCADE")


def test_sql_overlay_of_two_stocks_equals_the_file_path_on_every_hand_made_case(hand_made):
    server, connection, table = hand_made
    measures = ocsge_sql.measure(connection.executeSql, communes(), [table], [], ocsge.METHOD_ARTIF, True)
    database = artif.aggregate(communes(), measures, None, ocsge.METHOD_ARTIF, True, False)
    files = artif.compute(communes(), list(stocks()), [], None, ocsge.METHOD_ARTIF)
    a, b = files.territories.set_index("territoire_id"), database.territories.set_index("territoire_id")
    expected = {"62001": (200, 0), "62002": (1000, 3800), "62003": (0, 1600), "59001": (0, 0)}
    for code, (up, down) in expected.items():
        assert b.loc[code, "artificialisation_ha"] * 1e4 == pytest.approx(up, abs=1e-6), code
        assert b.loc[code, "renaturation_ha"] * 1e4 == pytest.approx(down, abs=1e-6), code
        for column in ("artificialisation_ha", "renaturation_ha", "net_ha", "stock_avant_ha", "stock_apres_ha"):
            assert b.loc[code, column] == pytest.approx(a.loc[code, column], abs=1e-8), (code, column)
    sums = database.changes.groupby(["insee_com", "sens"])["surface_m2"].sum()
    for code, (up, down) in expected.items():
        assert sums.get((code, 1), 0.0) == pytest.approx(up), code
        assert sums.get((code, -1), 0.0) == pytest.approx(down), code
    assert sum(g.area for g in database.change_geoms) == pytest.approx(database.changes["surface_m2"].sum())
    assert server.psql("SELECT count(*) FROM pg_class WHERE relname LIKE 'aula_communes_%'") == "0"


def test_subset_of_the_table_is_honoured_in_every_join(hand_made):
    """A layer filtered to one département (the table's subset string) names ``departement`` unqualified: it must
    not be ambiguous beside the query's own columns, and the other département is left out."""
    _, connection, table = hand_made
    subset = ocsge_sql.SqlTable(table.schema, table.table, table.geometry, table.srid, table.columns,
                                "departement = '62'")
    measures = ocsge_sql.measure(connection.executeSql, communes(), [subset], [], ocsge.METHOD_ARTIF, True)
    t = artif.aggregate(communes(), measures, None, ocsge.METHOD_ARTIF, True, False).territories.set_index(
        "territoire_id")
    assert t.loc["62002", "artificialisation_ha"] * 1e4 == pytest.approx(1000)
    assert t.loc["62002", "renaturation_ha"] * 1e4 == pytest.approx(3800)
    assert t.loc["59001", "stock_avant_ha"] == 0 or pd.isna(t.loc["59001", "stock_avant_ha"])


def test_read_only_server_gets_a_bilingual_message_naming_the_way_out(hand_made):
    """A read-only replica (here a role whose transactions are read-only) cannot hold the temporary table of the
    communes: the user is told in French and English to give DIFFERENCE or use the primary server."""
    server, _, table = hand_made
    server.psql("CREATE ROLE aula_lecteur LOGIN; ALTER ROLE aula_lecteur SET default_transaction_read_only = on; "
                "GRANT USAGE ON SCHEMA main_test TO aula_lecteur; GRANT SELECT ON main_test.stocks TO aula_lecteur")
    try:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        reader = metadata.createConnection(server.uri.replace("user='postgres'", "user='aula_lecteur'"), {})
        assert reader.executeSql("SELECT current_user")[0][0] == "aula_lecteur"
        with pytest.raises(AulaInputError) as raised:
            ocsge_sql.measure(reader.executeSql, communes(), [table], [], ocsge.METHOD_ARTIF, False)
        assert "DIFFERENCE" in raised.value.fr and "lecture seule" in raised.value.fr
        assert "read-only replica" in raised.value.en and "read-only transaction" in raised.value.en
        assert len(str(raised.value)) < 2000  # the server's words, not the whole SQL
    finally:
        server.psql("DROP OWNED BY aula_lecteur; DROP ROLE aula_lecteur")
