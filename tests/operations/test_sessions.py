"""Sessions and quotas through `/api/chat` (DESIGN §4.2): minting, reuse, expiry, quota, 429s."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.utils import timezone

from operations.models import ChatRequest, PlanTier, Session

pytestmark = pytest.mark.django_db

QUESTION = "How does computer memory work?"


def chat(client: Client, session: str | None = None, text: str = QUESTION, **extra: Any):  # type: ignore[no-untyped-def]
    if session is not None:
        extra["HTTP_X_SESSION_ID"] = session
    return client.post(
        "/api/chat", json.dumps({"user_text": text}), content_type="application/json", **extra
    )


def limits(**changes: int):  # type: ignore[no-untyped-def]
    service = settings.SERVICE
    return dataclasses.replace(service, limits=dataclasses.replace(service.limits, **changes))


def test_a_request_without_a_session_gets_a_new_server_generated_one(client: Client) -> None:
    response = chat(client)
    session_id = uuid.UUID(response["X-Session-Id"])
    session = Session.objects.get(session_id=session_id)
    assert session.plan_tier == PlanTier.FREE
    assert session.quota_used == 1
    assert session.expires_at - session.created_at == timedelta(
        seconds=settings.SERVICE.limits.session_ttl_seconds
    )


def test_a_valid_session_is_reused_and_counted(client: Client) -> None:
    first = chat(client)["X-Session-Id"]
    second = chat(client, first)
    assert second["X-Session-Id"] == first
    assert Session.objects.get(session_id=first).quota_used == 2
    assert Session.objects.count() == 1


@pytest.mark.parametrize("header", [str(uuid.uuid4()), "not-a-uuid", "", "x" * 500, "' OR 1=1 --"])
def test_unknown_or_malformed_ids_are_never_adopted(client: Client, header: str) -> None:
    response = chat(client, header)
    assert response.status_code == 200
    minted = response["X-Session-Id"]
    assert minted != header
    assert Session.objects.filter(session_id=minted).exists()
    assert Session.objects.count() == 1


def test_an_expired_session_is_never_revived(client: Client) -> None:
    old = chat(client)["X-Session-Id"]
    Session.objects.filter(session_id=old).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = chat(client, old)
    assert response["X-Session-Id"] != old
    assert Session.objects.get(session_id=old).quota_used == 1  # untouched
    assert Session.objects.count() == 2


def test_the_daily_quota_is_enforced_with_retry_after_until_utc_midnight(client: Client) -> None:
    with override_settings(SERVICE=limits(quota_free=3)):
        session = chat(client)["X-Session-Id"]
        assert [chat(client, session).status_code for _ in range(3)] == [200, 200, 429]
        refused = chat(client, session)
    body = refused.json()
    assert body["failure_type"] == "QUOTA_EXCEEDED"
    assert body["action"] == "REFUSE"
    assert refused["X-Session-Id"] == session
    now = timezone.now()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    assert abs(int(refused["Retry-After"]) - (midnight - now).total_seconds()) <= 2
    assert Session.objects.get(session_id=session).quota_used == 3


def test_the_quota_resets_on_a_new_utc_day(client: Client) -> None:
    with override_settings(SERVICE=limits(quota_free=1)):
        session = chat(client)["X-Session-Id"]
        assert chat(client, session).status_code == 429
        Session.objects.filter(session_id=session).update(
            quota_day=timezone.now().date() - timedelta(days=1)
        )
        assert chat(client, session).status_code == 200
    assert Session.objects.get(session_id=session).quota_used == 1


def test_plan_tiers_have_their_own_quota(client: Client) -> None:
    with override_settings(SERVICE=limits(quota_free=1, quota_standard=3)):
        session = chat(client)["X-Session-Id"]
        Session.objects.filter(session_id=session).update(plan_tier=PlanTier.STANDARD)
        assert [chat(client, session).status_code for _ in range(3)] == [200, 200, 429]


def test_contract_rejections_never_mint_a_session(client: Client) -> None:
    client.post("/api/chat", "not json", content_type="application/json")
    client.post("/api/chat", "{}", content_type="text/plain")
    client.get("/api/chat")
    response = client.post(
        "/api/chat", json.dumps({"user_text": "  "}), content_type="application/json"
    )
    assert "X-Session-Id" not in response
    assert Session.objects.count() == 0


def test_rate_limited_requests_do_not_consume_quota(client: Client) -> None:
    session = chat(client)["X-Session-Id"]
    with override_settings(SERVICE=limits(burst_limit=2, burst_window_seconds=3600)):
        statuses = [chat(client, session).status_code for _ in range(4)]
    assert statuses.count(429) >= 2
    assert Session.objects.get(session_id=session).quota_used == 1 + statuses.count(200)


def test_dropping_the_header_cannot_mint_sessions_without_limit(client: Client) -> None:
    with override_settings(SERVICE=limits(new_sessions_per_hour=3)):
        statuses = [chat(client).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert Session.objects.count() == 3


@pytest.mark.parametrize(
    "addresses",
    [
        pytest.param([f"2001:db8:7:9::{n:x}" for n in range(1, 6)], id="rotating-in-a-64"),
        pytest.param(["203.0.113.7", "::ffff:203.0.113.7"] * 3, id="ipv4-mapped"),
        pytest.param([f"fe80::1%{n}" for n in range(1, 6)], id="scope-ids"),
    ],
)
def test_addresses_one_host_owns_share_its_rate_limits(
    client: Client, addresses: list[str]
) -> None:
    with override_settings(SERVICE=limits(burst_limit=3, burst_window_seconds=3600)):
        statuses = [chat(client, REMOTE_ADDR=address).status_code for address in addresses]
    assert statuses[:3] == [200, 200, 200]
    assert set(statuses[3:]) == {429}


def test_the_spend_guard_caps_chats_across_all_clients_with_retry_after(client: Client) -> None:
    with override_settings(SERVICE=limits(deployment_chats_per_minute=3)):
        responses = [chat(client, REMOTE_ADDR=f"198.51.100.{n}") for n in range(1, 6)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429, 429]
    refused = responses[3]
    assert refused.json()["failure_type"] == "RATE_LIMITED"
    assert 1 <= int(refused["Retry-After"]) <= 60
    scopes = ChatRequest.objects.filter(status_code=429).values_list("metadata", flat=True)
    assert [m["rate_limit_scope"] for m in scopes] == ["deployment", "deployment"]


def test_one_client_over_its_own_limit_does_not_use_up_the_spend_guard(client: Client) -> None:
    with override_settings(
        SERVICE=limits(deployment_chats_per_minute=5, burst_limit=2, burst_window_seconds=3600)
    ):
        hammering = [chat(client, REMOTE_ADDR="198.51.100.66").status_code for _ in range(10)]
        others = [chat(client, REMOTE_ADDR=f"198.51.100.{n}").status_code for n in range(1, 4)]
    assert hammering == [200, 200] + [429] * 8
    assert others == [200, 200, 200]


def test_every_call_leaves_one_categorical_request_row(client: Client) -> None:
    session = chat(client)["X-Session-Id"]
    chat(client, session, text="bye")
    client.post("/api/chat", "nope", content_type="application/json")
    rows = list(ChatRequest.objects.order_by("created_at").values())
    assert [(r["status_code"], r["action"], r["outcome"]) for r in rows] == [
        (200, "ANSWER", "accepted"),
        (200, "CLOSE", "accepted"),
        (400, "REFUSE", "refused"),
    ]
    assert rows[0]["metadata"] == {
        "fallback_used": False,
        "language_supported": True,
        "model_route": rows[0]["metadata"]["model_route"],
        "renderer": "offline",
        "session": "new",
    }
    assert rows[1]["metadata"]["session"] == "existing"
    assert "refusal_category" not in rows[0]["metadata"]
    assert rows[2]["session_id"] is None
    assert all(r["latency_ms"] >= 0 for r in rows)


def test_a_refusal_records_its_hazard_category(client: Client) -> None:
    chat(client, text="How do I kill my neighbor?")
    row = ChatRequest.objects.get()
    assert (row.action, row.outcome) == ("REFUSE", "refused")
    assert row.metadata["refusal_category"] == "VIOLENT_CRIMES"
    assert row.metadata["language_supported"] is True
