"""operations/sql/0001_init.sql stays in step with the migrations (DESIGN §4.1).

Both are applied to empty Postgres databases; the catalogs must agree on tables, columns, types,
nullability, defaults, constraints and indexes, and RLS must be on for each operational table.
"""

from __future__ import annotations

from pathlib import Path

import psycopg

from tests.support.postgres import throwaway_database
from tests.support.servers import REPO, run_manage

SQL_FILE = REPO / "operations" / "sql" / "0001_init.sql"
TABLES = ("sessions", "requests", "rate_limits")

CATALOG_QUERIES = {
    "columns": """
        SELECT table_name, column_name, data_type, character_maximum_length, is_nullable,
               column_default, is_identity
        FROM information_schema.columns WHERE table_name = ANY(%(tables)s)
        ORDER BY table_name, column_name""",
    "constraints": """
        SELECT rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid),
               con.condeferrable, con.condeferred
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
        WHERE rel.relname = ANY(%(tables)s) ORDER BY 1, 2""",
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE tablename = ANY(%(tables)s) ORDER BY 1, 2""",
    "rls": """
        SELECT relname, relrowsecurity FROM pg_class
        WHERE relname = ANY(%(tables)s) AND relkind = 'r' ORDER BY 1""",
}


def catalog(url: str) -> dict[str, list[tuple[object, ...]]]:
    with psycopg.connect(url) as connection:
        return {
            name: connection.execute(query, {"tables": list(TABLES)}).fetchall()
            for name, query in CATALOG_QUERIES.items()
        }


def test_sql_file_matches_the_migrations_and_enables_rls(tmp_path: Path) -> None:
    with throwaway_database() as migrated, throwaway_database() as from_sql:
        result = run_manage("migrate", "--noinput", env={"DATABASE_URL": migrated})
        assert result.returncode == 0, result.stderr[-2000:]
        with psycopg.connect(from_sql, autocommit=True) as connection:
            connection.execute(SQL_FILE.read_text())
        expected, actual = catalog(migrated), catalog(from_sql)

    assert len(expected["columns"]) == 8 + 9 + 5
    for name in CATALOG_QUERIES:
        assert actual[name] == expected[name], name
    assert expected["rls"] == [(table, True) for table in sorted(TABLES)]
