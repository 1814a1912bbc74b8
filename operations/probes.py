"""Liveness and readiness checks (DESIGN §1.2-§1.4).

Each check is a small function returning a `CheckStatus`; `readiness()` runs them all and builds
the `/ready` body. Checks never raise and never report values — only names and statuses. The
database check makes a real round trip (a connection that failed is discarded so the next probe
reconnects, bounded by the connect timeout from `config/env.py`); `Readiness` lets each process
reuse a successful result for at most `READY_REUSE_SECONDS`, so a probe flood costs little, and
never reuses a failure.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from config.env import ServiceConfig

logger = logging.getLogger("gcs.probes")

STARTED_AT = time.monotonic()
READY_REUSE_SECONDS = 1.0


class CheckStatus(enum.StrEnum):
    OK = "ok"
    FAIL = "fail"
    OFFLINE = "offline"


def health() -> dict[str, Any]:
    """Liveness: no I/O, answers even with a broken configuration."""
    return {
        "status": "ok",
        "version": settings.SERVICE.release,
        "uptime_seconds": int(time.monotonic() - STARTED_AT),
    }


def check_config(service: ServiceConfig) -> CheckStatus:
    return CheckStatus.OK if service.config_ok else CheckStatus.FAIL


def check_model_provider(service: ServiceConfig) -> CheckStatus:
    """From configuration only: a probe must never cost a paid model call."""
    if service.model_api_key:
        return CheckStatus.OK
    return CheckStatus.FAIL if service.is_production else CheckStatus.OFFLINE


def _failed(check: str) -> CheckStatus:
    logger.warning("readiness_check_failed", extra={"check": check})
    return CheckStatus.FAIL


def check_database() -> CheckStatus:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        connection.close_if_unusable_or_obsolete()
        return _failed("database")
    return CheckStatus.OK


def check_migrations() -> CheckStatus:
    connection = connections["default"]
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception:
        return _failed("migrations")
    return _failed("migrations") if pending else CheckStatus.OK


def readiness(service: ServiceConfig) -> tuple[bool, dict[str, Any]]:
    database = check_database()
    checks = {
        "config": check_config(service),
        "database": database,
        "migrations": check_migrations() if database is CheckStatus.OK else CheckStatus.FAIL,
        "model_provider": check_model_provider(service),
    }
    ready = all(status is not CheckStatus.FAIL for status in checks.values())
    body = {
        "status": "ok" if ready else "not_ready",
        "env": service.env,
        "checks": {name: str(status) for name, status in checks.items()},
        "missing_env": list(service.missing_env),
        "invalid_env": list(service.invalid_env),
    }
    return ready, body


class Readiness:
    """`readiness()` for `/ready`, reusing a successful result for at most `reuse_seconds`.

    Checking costs a database round trip and a migration plan (~10 ms); a flood of probes would
    otherwise spend a thread and a connection on each. A failure is never reused, and a success
    at most briefly, so an outage shows within the ~3 s of DESIGN §1.3.
    """

    def __init__(self, reuse_seconds: float = READY_REUSE_SECONDS) -> None:
        self.reuse_seconds = reuse_seconds
        self._ok: tuple[float, ServiceConfig, dict[str, Any]] | None = None  # when, for, body

    def __call__(self, service: ServiceConfig) -> tuple[bool, dict[str, Any]]:
        now = time.monotonic()
        last_ok = self._ok
        if last_ok is not None and now - last_ok[0] < self.reuse_seconds and last_ok[1] is service:
            return True, last_ok[2]
        ready, body = readiness(service)
        self._ok = (now, service, body) if ready else None
        return ready, body


class ServingGate:
    """Whether production may serve anything beyond the probes (DESIGN §1.4).

    Configuration is fixed for the life of the process, so it is judged once. Migrations are
    re-checked until they are seen applied (they are not un-applied under a running release).
    Database outages are not judged here: requests that need the database fail closed when it
    does not answer.
    """

    def __init__(self) -> None:
        self._migrated = False
        self._lock = threading.Lock()

    def is_open(self, service: ServiceConfig) -> bool:
        if not service.is_production:
            return True
        if not service.config_ok or check_model_provider(service) is CheckStatus.FAIL:
            return False
        if not self._migrated:
            with self._lock:  # one check at a time; a burst of first requests shares its result
                if not self._migrated:
                    self._migrated = check_migrations() is CheckStatus.OK
        return self._migrated
