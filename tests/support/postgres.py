"""Access to the machine's Postgres server for tests that need a real one.

Locally, when no server answers, these tests skip with the reason below; in CI (`CI=true`) a skip
of this kind is turned into a failure by tests/conftest.py.

Two addresses, both from configuration: `ADMIN_URL` (`TEST_POSTGRES_ADMIN_URL`, the server itself)
creates, migrates and drops databases, as a release runs migrations through a session-mode
connection; `HOST`:`PORT` is where the service and the tests' own queries connect — the host and
port of `DATABASE_URL` when it names Postgres (in .ci/run's pooler pass, PgBouncer in transaction
mode, with `DATABASE_POOLER=transaction`), else the admin server's.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
_CONFIGURED = os.environ.get("DATABASE_URL", "")
_SERVICE = urlsplit(_CONFIGURED if _CONFIGURED.startswith("postgres") else ADMIN_URL)
HOST, PORT = _SERVICE.hostname or "127.0.0.1", _SERVICE.port or 5432
_ADMIN = urlsplit(ADMIN_URL)
POOLER = os.environ.get("DATABASE_POOLER") if _CONFIGURED.startswith("postgres") else None
POOLED = POOLER == "transaction"


def admin_connection() -> psycopg.Connection:
    try:
        return psycopg.connect(ADMIN_URL, connect_timeout=2, autocommit=True)
    except psycopg.OperationalError:
        pytest.skip(f"Postgres not reachable at {ADMIN_URL} (set TEST_POSTGRES_ADMIN_URL)")


def connect(url: str, **options: Any) -> psycopg.Connection:
    """A test's own connection, as the service makes it: no prepared statements via a pooler."""
    if POOLED:
        options["prepare_threshold"] = None
    return psycopg.connect(url, **options)


def database_env(url: str) -> dict[str, str]:
    """`DATABASE_URL` for a subprocess, with `DATABASE_POOLER` when it goes through the pooler."""
    return {"DATABASE_URL": url, **({"DATABASE_POOLER": POOLER} if POOLER else {})}


def direct_url(service_url: str) -> str:
    """The same database on the server itself (migrations run there, not through the pooler)."""
    return service_url.replace(f"@{HOST}:{PORT}/", f"@{_ADMIN.hostname}:{_ADMIN.port or 5432}/")


@contextmanager
def throwaway_database(prefix: str = "gcs_test") -> Iterator[str]:
    """Create an empty database, yield its URL at `HOST`:`PORT`, drop it afterwards."""
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
