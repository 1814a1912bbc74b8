"""/health and /ready in-process: shapes, host independence, fail-closed gate, request log."""

from __future__ import annotations

import json
import logging
import time

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from config.env import REQUIRED_IN_PRODUCTION, load_config
from config.logging import JsonFormatter
from operations.probes import Readiness
from tests.support.servers import PRODUCTION_SECRETS, production_env

pytestmark = pytest.mark.django_db

PRODUCTION_MISSING_ALL = load_config({"ENV": "production"})


def test_health_reports_status_version_and_uptime(client: Client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"status", "version", "uptime_seconds"}
    assert body["status"] == "ok"
    assert body["version"] == "0.1.0"
    assert isinstance(body["uptime_seconds"], int)
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", ["/health", "/ready"])
def test_probes_answer_whatever_the_host_header(client: Client, path: str) -> None:
    response = client.get(path, HTTP_HOST="healthcheck.railway.app")
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/health", "/ready"])
def test_probes_answer_any_host_in_production_too(client: Client, path: str) -> None:
    with override_settings(SERVICE=PRODUCTION_MISSING_ALL, ALLOWED_HOSTS=[]):
        response = client.get(path, HTTP_HOST="healthcheck.railway.app")
    assert response.status_code == (200 if path == "/health" else 503)


def test_ready_in_development_is_ok_with_offline_model(client: Client) -> None:
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "env": "development",
        "checks": {
            "config": "ok",
            "database": "ok",
            "migrations": "ok",
            "model_provider": "offline",
        },
        "missing_env": [],
        "invalid_env": [],
    }
    assert response["Cache-Control"] == "no-store"


def test_ready_in_production_with_nothing_set_names_every_missing_variable(client: Client) -> None:
    with override_settings(SERVICE=PRODUCTION_MISSING_ALL):
        response = client.get("/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not_ready"
    assert body["env"] == "production"
    assert body["checks"]["config"] == "fail"
    assert body["checks"]["model_provider"] == "fail"
    assert set(body["missing_env"]) == set(REQUIRED_IN_PRODUCTION)


def test_ready_names_invalid_variables_without_their_values(client: Client) -> None:
    service = load_config(
        production_env(
            "postgresql://u:SECRETPW@db.example.test/app?sslmode=disable",
            CORS_ORIGINS="*",
            BACKEND_PUBLIC_BASE_URL="http://chat.example.test",
        )
    )
    with override_settings(SERVICE=service):
        response = client.get("/ready")
    assert response.status_code == 503
    body = response.json()
    assert set(body["invalid_env"]) == {"CORS_ORIGINS", "BACKEND_PUBLIC_BASE_URL", "DATABASE_URL"}
    text = response.content.decode()
    for value in [*PRODUCTION_SECRETS.values(), "SECRETPW", "chat.example.test"]:
        assert value not in text


def test_production_without_a_model_key_is_not_ready_never_silently_offline(client: Client) -> None:
    service = load_config(production_env("postgresql://u@127.0.0.1/app", MODEL_PROVIDER_API_KEY=""))
    with override_settings(SERVICE=service):
        ready = client.get("/ready")
        chat = client.post("/api/chat", {"user_text": "hi"}, content_type="application/json")
    assert ready.status_code == 503
    assert ready.json()["checks"]["model_provider"] == "fail"
    assert ready.json()["missing_env"] == ["MODEL_PROVIDER_API_KEY"]
    assert chat.status_code == 503


def test_probes_only_accept_get_and_head(client: Client) -> None:
    response = client.post("/health")
    assert response.status_code == 405
    assert client.head("/ready").status_code == 200


def test_production_not_ready_serves_only_the_probes(client: Client) -> None:
    with override_settings(SERVICE=PRODUCTION_MISSING_ALL):
        admin = client.get("/admin/login/")
        chat = client.post("/api/chat", {"user_text": "hi"}, content_type="application/json")
        health = client.get("/health")
    assert admin.status_code == 503
    assert admin["Retry-After"]
    assert chat.status_code == 503
    assert chat.json() == {
        "action": "FALLBACK",
        "rendered_text": chat.json()["rendered_text"],
        "failure_type": "SERVICE_UNAVAILABLE",
        "failure_reason": "service unavailable",
    }
    assert chat["Retry-After"]
    assert health.status_code == 200


def test_every_response_has_a_fresh_request_id(client: Client) -> None:
    first = client.get("/health", HTTP_X_REQUEST_ID="client-chosen")
    second = client.get("/health")
    assert len(first["X-Request-ID"]) == 32
    assert first["X-Request-ID"] not in (second["X-Request-ID"], "client-chosen")


def test_one_json_log_line_per_request_without_query_string(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="gcs.http"):
        response = client.get("/health?token=abc123")
    records = [r for r in caplog.records if r.name == "gcs.http"]
    assert len(records) == 1
    line = json.loads(JsonFormatter().format(records[0]))
    assert line["event"] == "http_request"
    assert line["request_id"] == response["X-Request-ID"]
    assert line["method"] == "GET"
    assert line["path"] == "/health"
    assert line["status"] == 200
    assert isinstance(line["latency_ms"], float)
    assert "abc123" not in json.dumps(line)


def test_a_successful_readiness_result_is_reused_briefly_and_a_failure_never() -> None:
    ready = Readiness(reuse_seconds=0.2)
    development = load_config({})
    with CaptureQueriesContext(connection) as first:
        assert ready(development)[0]
    with CaptureQueriesContext(connection) as reused:
        for _ in range(20):
            assert ready(development)[0]
    assert len(first) >= 1 and len(reused) == 0  # a probe flood costs no database round trips
    time.sleep(0.25)
    with CaptureQueriesContext(connection) as expired:
        assert ready(development)[0]
    assert len(expired) >= 1
    for _ in range(2):  # not ready: every probe checks again
        with CaptureQueriesContext(connection) as failing:
            assert not ready(PRODUCTION_MISSING_ALL)[0]
        assert len(failing) >= 1
