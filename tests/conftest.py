"""Shared fixtures, and the CI rule: a required suite may not be skipped.

With `CI=true`, any skipped test fails unless its reason starts with "backend:" — a test that
belongs to the other database pass of .ci/run (it runs there, so nothing is lost).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections

from tests.support.postgres import direct_url, throwaway_database
from tests.support.servers import run_manage

CI = os.environ.get("CI", "").lower() == "true"
BACKEND_SKIP = "backend:"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if not (CI and report.skipped) or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if not reason.removeprefix("Skipped: ").startswith(BACKEND_SKIP):
        report.outcome = "failed"
        report.longrepr = f"required suite skipped in CI: {reason}"


@pytest.fixture(scope="session")
def migrated_postgres_url() -> Iterator[str]:
    """A real, migrated Postgres database for servers started by tests."""
    with throwaway_database() as url:
        result = run_manage("migrate", "--noinput", env={"DATABASE_URL": direct_url(url)})
        assert result.returncode == 0, result.stderr[-2000:]
        yield url


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """Close Postgres connection pools before pytest-django drops the test database."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            if getattr(connection, "pool", None) is not None:
                connection.close_pool()


@pytest.fixture(scope="session")
def collected_static() -> None:
    """Production serves hashed static files from STATIC_ROOT, as after the build step."""
    result = run_manage("collectstatic", "--noinput", env={"ENV": "production"})
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.fixture
def server_log(tmp_path: Path) -> Path:
    return tmp_path / "server.log"
