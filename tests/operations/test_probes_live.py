"""Probes and fail-closed behaviour against the real server: gunicorn with a chosen environment.

These start `gunicorn config.wsgi -c config/gunicorn.py` on loopback, so they prove the process
boots with each configuration and that what the platform sees over HTTP is right.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from config.env import REQUIRED_IN_PRODUCTION
from tests.support.http import request
from tests.support.postgres import HOST, PORT
from tests.support.servers import PRODUCTION_SECRETS, LiveServer, production_env, run_manage
from tests.support.tcp_proxy import TcpProxy

RAILWAY_PROBE = {"Host": "healthcheck.railway.app"}


StartServer = Callable[[dict[str, str]], LiveServer]


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[StartServer]:
    servers: list[LiveServer] = []

    def start(env: dict[str, str]) -> LiveServer:
        server = LiveServer(env, tmp_path / f"server{len(servers)}.log")
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def assert_no_secret_in(text: str) -> None:
    for value in PRODUCTION_SECRETS.values():
        assert value not in text


def test_production_with_nothing_set_boots_and_reports_every_missing_variable(
    start_server: StartServer,
) -> None:
    server = start_server({"ENV": "production"})
    assert request("GET", server.url("/health"), headers=RAILWAY_PROBE).status == 200
    ready = request("GET", server.url("/ready"), headers=RAILWAY_PROBE)
    assert ready.status == 503
    assert set(ready.json()["missing_env"]) == set(REQUIRED_IN_PRODUCTION)
    chat = request(
        "POST",
        server.url("/api/chat"),
        body=b'{"user_text":"hi"}',
        headers={"Content-Type": "application/json"},
    )
    assert chat.status == 503
    assert chat.json()["failure_type"] == "SERVICE_UNAVAILABLE"
    assert request("GET", server.url("/admin/login/")).status == 503


def test_production_with_invalid_values_names_each_and_leaks_no_secret(
    start_server: StartServer,
) -> None:
    env = production_env(
        "postgresql://postgres:DBPASSWORD@db.example.test:5432/app?sslmode=disable",
        CORS_ORIGINS="*",
        BACKEND_PUBLIC_BASE_URL="http://chat.example.test",
    )
    server = start_server(env)
    ready = request("GET", server.url("/ready"))
    assert ready.status == 503
    body = ready.json()
    assert set(body["invalid_env"]) == {"CORS_ORIGINS", "BACKEND_PUBLIC_BASE_URL", "DATABASE_URL"}
    assert body["checks"]["config"] == "fail"
    assert_no_secret_in(ready.body.decode())
    assert "DBPASSWORD" not in ready.body.decode()
    assert_no_secret_in(server.log_text())


def test_wildcard_cors_in_production_allows_no_origin(
    start_server: StartServer, migrated_postgres_url: str
) -> None:
    server = start_server(production_env(migrated_postgres_url, CORS_ORIGINS="*"))
    for origin in ("https://app.example.test", "https://evil.example.test", "null"):
        reply = request(
            "OPTIONS",
            server.url("/api/chat"),
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )
        assert not [h for h in reply.headers if h.lower().startswith("access-control-")]


@pytest.mark.usefixtures("collected_static")
def test_complete_production_config_boots_under_gunicorn_and_is_ready(
    start_server: StartServer, migrated_postgres_url: str
) -> None:
    server = start_server(production_env(migrated_postgres_url))
    health = request("GET", server.url("/health"), headers=RAILWAY_PROBE)
    assert health.status == 200
    assert health.json()["status"] == "ok"
    ready = request("GET", server.url("/ready"), headers=RAILWAY_PROBE)
    assert ready.status == 200, ready.body
    assert ready.json()["checks"] == {
        "config": "ok",
        "database": "ok",
        "migrations": "ok",
        "model_provider": "ok",
    }
    preflight = request(
        "OPTIONS",
        server.url("/api/chat"),
        headers={
            "Origin": "https://app.example.test",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, x-session-id",
        },
    )
    assert preflight.status == 200
    assert preflight.header("Access-Control-Allow-Origin") == "https://app.example.test"
    public = {"Host": "chat.example.test"}
    # Plain HTTP without the proxy's header: HTML routes redirect to HTTPS, the API does not.
    assert request("GET", server.url("/admin/login/"), headers=public).status == 301
    page = request(
        "GET", server.url("/admin/login/"), headers={**public, "X-Forwarded-Proto": "https"}
    )
    assert page.status == 200
    assert "max-age=31536000" in (page.header("Strict-Transport-Security") or "")
    assert page.header("X-Content-Type-Options") == "nosniff"
    assert "script-src 'self'" in (page.header("Content-Security-Policy") or "")
    # An unknown Host is refused, and the API still answers with its envelope.
    assert request("GET", server.url("/admin/login/")).status == 400
    chat = request(
        "POST", server.url("/api/chat"), body=b"{}", headers={"Content-Type": "application/json"}
    )
    assert chat.status == 400
    assert chat.json()["failure_reason"] == "host not allowed"
    assert_no_secret_in(server.log_text())


def wait_for_ready(server: LiveServer, status: int, within: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < within:
        if request("GET", server.url("/ready"), timeout=within).status == status:
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"/ready did not turn {status} within {within}s")


def test_ready_follows_the_database_going_away_and_coming_back(
    start_server: StartServer, migrated_postgres_url: str
) -> None:
    proxy = TcpProxy(HOST, PORT)
    try:
        proxied = migrated_postgres_url.replace(f"{HOST}:{PORT}", f"127.0.0.1:{proxy.port}")
        server = start_server({"DATABASE_URL": proxied})
        assert request("GET", server.url("/ready")).status == 200
        proxy.cut()
        down = request("GET", server.url("/ready"), timeout=5)
        assert down.status == 503 or wait_for_ready(server, 503, 3.0) <= 3.0
        assert request("GET", server.url("/ready")).json()["checks"]["database"] == "fail"
        assert request("GET", server.url("/health")).status == 200
        proxy.restore()
        assert wait_for_ready(server, 200, 5.0) < 5.0
    finally:
        proxy.close()


def test_unapplied_migrations_make_the_service_not_ready(
    start_server: StartServer, tmp_path: Path
) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    server = start_server(env)
    ready = request("GET", server.url("/ready"))
    assert ready.status == 503
    assert ready.json()["checks"]["migrations"] == "fail"
    assert ready.json()["checks"]["database"] == "ok"
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    assert request("GET", server.url("/ready")).status == 200
