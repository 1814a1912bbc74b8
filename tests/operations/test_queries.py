"""Database round trips per chat request (DESIGN §7: at most 3 on the happy path)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_chat_with_an_existing_session_takes_three_round_trips(
    client: Client, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"user_text": "How does computer memory work?"})
    session = client.post("/api/chat", body, content_type="application/json")["X-Session-Id"]
    # rate-limit upsert, conditional quota UPDATE, requests INSERT
    with django_assert_num_queries(3):
        response = client.post(
            "/api/chat", body, content_type="application/json", HTTP_X_SESSION_ID=session
        )
    assert response.status_code == 200
