"""Access to the machine's Postgres server for tests that need a real one.

Locally, when no server answers, these tests skip with the reason below; in CI (`CI=true`) a skip
of this kind is turned into a failure by tests/conftest.py.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql

ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
HOST, PORT = "127.0.0.1", 5432


def admin_connection() -> psycopg.Connection:
    try:
        return psycopg.connect(ADMIN_URL, connect_timeout=2, autocommit=True)
    except psycopg.OperationalError:
        pytest.skip(f"Postgres not reachable at {ADMIN_URL} (set TEST_POSTGRES_ADMIN_URL)")


@contextmanager
def throwaway_database(prefix: str = "gcs_test") -> Iterator[str]:
    """Create an empty database, yield its URL, drop it afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"postgresql://postgres@{HOST}:{PORT}/{name}"
    finally:
        with admin_connection() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
