"""Release readiness against gunicorn with a complete production environment (DESIGN §6).

The service runs exactly as deployed (ENV=production, Postgres, a networked model — the loopback
model server), and `manage.py smoke_test` is run against it as an operator would after a deploy.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.support.http import post_json, request
from tests.support.model_server import Behaviour, ModelServer
from tests.support.servers import LiveServer, production_env, run_manage

ORIGIN = "http://127.0.0.1:3000"
GENEROUS_LIMITS = {
    "RATE_LIMIT_BURST": "100000",
    "RATE_LIMIT_SUSTAINED": "100000",
    "NEW_SESSIONS_PER_HOUR": "100000",
    "DEPLOYMENT_CHATS_PER_MINUTE": "10000000",
}


@pytest.fixture
def model_server() -> Iterator[ModelServer]:
    server = ModelServer()
    yield server
    server.stop()


def deployed_env(database_url: str, model_server: ModelServer, **overrides: str) -> dict[str, str]:
    settings = {
        "BACKEND_PUBLIC_BASE_URL": "https://127.0.0.1",
        "CORS_ORIGINS": ORIGIN,
        "MODEL_PROVIDER_BASE_URL": model_server.base_url,
        **GENEROUS_LIMITS,
        **overrides,
    }
    return production_env(database_url, **settings)


def smoke(server: LiveServer) -> tuple[int, str]:
    result = run_manage("smoke_test", "--base-url", server.base_url, "--origin", ORIGIN, env={})
    return result.returncode, result.stdout + result.stderr


def test_smoke_test_passes_against_the_production_config(
    migrated_postgres_url: str, model_server: ModelServer, tmp_path: Path
) -> None:
    server = LiveServer(deployed_env(migrated_postgres_url, model_server), tmp_path / "log")
    try:
        code, output = smoke(server)
    finally:
        server.stop()
    assert code == 0, output
    assert output.count("PASS") == 7
    assert "smoke test passed" in output
    assert len(model_server.calls) == 1  # the governed chat really went through the model


def test_smoke_test_fails_and_names_the_checks_without_cors_origins(
    migrated_postgres_url: str, model_server: ModelServer, tmp_path: Path
) -> None:
    env = deployed_env(migrated_postgres_url, model_server, CORS_ORIGINS="")
    server = LiveServer(env, tmp_path / "log")
    try:
        code, output = smoke(server)
    finally:
        server.stop()
    assert code != 0
    for name in ("ready", "governed chat", "cors allowed origin"):
        assert f"FAIL  {name}" in output
    assert "CORS_ORIGINS" in output
    assert "PASS  health" in output


def probe_latency_ms(server: LiveServer, path: str) -> float:
    started = time.perf_counter()
    assert request("GET", server.url(path), timeout=10).status == 200
    return (time.perf_counter() - started) * 1000


def test_probes_are_not_starved_by_slow_model_calls(
    migrated_postgres_url: str, model_server: ModelServer, tmp_path: Path
) -> None:
    model_server.set_default(Behaviour(reply="A slow but fine answer.", delay=2.0))
    server = LiveServer(
        deployed_env(migrated_postgres_url, model_server), tmp_path / "log", workers=2
    )
    try:
        with ThreadPoolExecutor(max_workers=32) as pool:
            question = {"user_text": "How does memory work?"}
            chats = [
                pool.submit(post_json, server.url("/api/chat"), question, timeout=30)
                for _ in range(32)
            ]
            deadline = time.monotonic() + 1.5
            while len(model_server.calls) < 32 and time.monotonic() < deadline:
                time.sleep(0.05)
            in_flight = len(model_server.calls)  # all 32 are now waiting on the model
            health = [probe_latency_ms(server, "/health") for _ in range(5)]
            ready = [probe_latency_ms(server, "/ready") for _ in range(5)]
            statuses = [chat.result().status for chat in chats]
    finally:
        server.stop()
    assert in_flight == 32
    assert statuses == [200] * 32
    assert statistics.median(health) < 100, health
    assert statistics.median(ready) < 100, ready
    assert max(health + ready) < 1000  # never queued behind a 2 s model call
