"""`/metrics` in-process: absent without a token, guarded with one (DESIGN §1.6)."""

from __future__ import annotations

import dataclasses

import pytest
from django.conf import settings
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

TOKEN = "metrics-token-for-tests-3f9a2c7e1b"


def test_without_a_token_there_is_no_metrics_endpoint(client: Client) -> None:
    assert settings.SERVICE.metrics_token is None
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 404


def test_with_a_token_only_its_bearer_reads_the_metrics(client: Client) -> None:
    client.post("/api/chat", '{"user_text": "hello"}', content_type="application/json")
    with override_settings(SERVICE=dataclasses.replace(settings.SERVICE, metrics_token=TOKEN)):
        assert client.get("/metrics").status_code == 401
        assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}x").status_code == 401
        assert client.get("/metrics", HTTP_AUTHORIZATION=TOKEN).status_code == 401
        page = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/plain")
    assert page["Cache-Control"] == "no-store"
    assert b'gcs_chat_requests_total{action="ANSWER",failure_type="none",outcome="accepted"}' in (
        page.content
    )
