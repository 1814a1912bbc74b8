"""CORS (DESIGN §1.5): configured origins only, only on /api/, X-Session-Id allowed and exposed."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

APP_ORIGIN = "https://app.example.test"


def preflight(client: Client, origin: str, path: str = "/api/chat"):  # type: ignore[no-untyped-def]
    return client.options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type, x-session-id",
    )


def access_control_headers(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [name for name in response.headers if name.lower().startswith("access-control-")]


@override_settings(CORS_ALLOWED_ORIGINS=[APP_ORIGIN])
def test_preflight_from_a_configured_origin_succeeds() -> None:
    response = preflight(Client(), APP_ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert "POST" in response["Access-Control-Allow-Methods"]
    allowed = response["Access-Control-Allow-Headers"].lower()
    assert "content-type" in allowed
    assert "x-session-id" in allowed
    assert "Access-Control-Allow-Credentials" not in response


@override_settings(CORS_ALLOWED_ORIGINS=[APP_ORIGIN])
def test_actual_request_exposes_the_session_header() -> None:
    response = Client().post(
        "/api/chat", "{}", content_type="application/json", HTTP_ORIGIN=APP_ORIGIN
    )
    assert response["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert "x-session-id" in response["Access-Control-Expose-Headers"].lower()


@override_settings(CORS_ALLOWED_ORIGINS=[APP_ORIGIN])
@pytest.mark.parametrize("origin", ["https://evil.example.test", "http://app.example.test", "null"])
def test_preflight_from_any_other_origin_gets_no_access_control_headers(origin: str) -> None:
    assert access_control_headers(preflight(Client(), origin)) == []


@override_settings(CORS_ALLOWED_ORIGINS=[APP_ORIGIN])
def test_only_api_paths_send_cors_headers() -> None:
    assert access_control_headers(preflight(Client(), APP_ORIGIN, "/health")) == []
    assert access_control_headers(preflight(Client(), APP_ORIGIN, "/admin/login/")) == []


def test_development_defaults_allow_local_front_ends(client: Client) -> None:
    for origin in ("http://localhost:3000", "http://127.0.0.1:3000", "http://127.0.0.1:8000"):
        assert preflight(client, origin)["Access-Control-Allow-Origin"] == origin
    assert access_control_headers(preflight(client, "http://localhost:4000")) == []
