"""Through a transaction pooler (Supabase's, PgBouncer here), the service's connections work.

PgBouncer in transaction mode hands each transaction to whichever server connection is free, so a
statement psycopg prepared on one server connection is missing on, or clashes with, another:
`prepare_threshold=None` in the database options (config/env.py) turns preparing off. This test
connects exactly as the service would from the pooler pass's configuration and interleaves two
connections' statements; without that option it fails with DuplicatePreparedStatement or
InvalidSqlStatementName. It runs in .ci/run's pooler pass.
"""

from __future__ import annotations

import os

import psycopg
import pytest

from config.env import load_config
from tests.support.postgres import POOLED


@pytest.mark.skipif(not POOLED, reason="backend: runs in the pooler pass (.ci/run)")
def test_interleaved_connections_through_the_pooler_never_share_a_prepared_statement() -> None:
    database = load_config(dict(os.environ)).database
    assert database is not None and database["DISABLE_SERVER_SIDE_CURSORS"]
    options = {name: value for name, value in database["OPTIONS"].items() if name != "pool"}
    params = {
        "host": database["HOST"],
        "port": database["PORT"],
        "dbname": "postgres",
        "user": database["USER"],
        "autocommit": True,
        **options,
    }
    with psycopg.connect(**params) as first, psycopg.connect(**params) as second:
        for turn in range(20):  # psycopg prepares a statement on its 5th execution by default
            for connection in (first, second):
                assert connection.execute("SELECT %s::int + 1", [turn]).fetchone() == (turn + 1,)
