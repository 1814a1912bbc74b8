"""The ops console (DESIGN §4.5): permissions, read-only-ness, categorical fields only."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import models
from django.test import Client
from django.utils import timezone

from operations.admin import ChatRequestAdmin, SessionAdmin
from operations.models import ChatRequest, PlanTier, Session

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-unusual-passphrase-42"


def make_session() -> Session:
    now = timezone.now()
    return Session.objects.create(
        expires_at=now + timezone.timedelta(hours=1), quota_day=now.date()
    )


def make_request(session: Session | None = None) -> ChatRequest:
    return ChatRequest.objects.create(
        session=session, action="ANSWER", outcome="accepted", status_code=200, latency_ms=9
    )


def logged_in(*, superuser: bool) -> Client:
    user = User.objects.create_user(
        "root" if superuser else "staff", password=PASSWORD, is_staff=True, is_superuser=superuser
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/dashboard/",
        "/admin/operations/session/",
        "/admin/operations/chatrequest/",
    ],
)
def test_anonymous_users_are_sent_to_login(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_can_view_but_not_add_change_or_delete() -> None:
    client = logged_in(superuser=False)
    session = make_session()
    record = make_request(session)
    assert client.get("/admin/operations/session/").status_code == 200
    assert client.get("/admin/operations/chatrequest/").status_code == 200
    assert client.get("/admin/dashboard/").status_code == 200
    for model, pk in (("session", session.pk), ("chatrequest", record.pk)):
        assert client.get(f"/admin/operations/{model}/add/").status_code == 403
        assert (
            client.post(f"/admin/operations/{model}/{pk}/delete/", {"post": "yes"}).status_code
            == 403
        )
    page = client.get(f"/admin/operations/session/{session.pk}/change/")
    assert page.status_code == 200
    assert b'name="plan_tier"' not in page.content  # shown read-only
    client.post(f"/admin/operations/session/{session.pk}/change/", {"plan_tier": "MAX"})
    session.refresh_from_db()
    assert session.plan_tier == PlanTier.FREE
    assert Session.objects.count() == 1 and ChatRequest.objects.count() == 1


def test_superuser_can_change_plan_tier_and_nothing_else() -> None:
    client = logged_in(superuser=True)
    session = make_session()
    make_request(session)
    page = client.get(f"/admin/operations/session/{session.pk}/change/")
    assert b'name="plan_tier"' in page.content
    assert b'name="quota_used"' not in page.content
    response = client.post(
        f"/admin/operations/session/{session.pk}/change/",
        {"plan_tier": "STANDARD", "quota_used": "0", "expires_at": "2099-01-01"},
    )
    assert response.status_code == 302
    before_expiry = session.expires_at
    session.refresh_from_db()
    assert session.plan_tier == PlanTier.STANDARD
    assert session.expires_at == before_expiry
    assert client.get("/admin/operations/session/add/").status_code == 403
    assert (
        client.post(f"/admin/operations/session/{session.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    record = ChatRequest.objects.get()
    assert (
        client.post(
            f"/admin/operations/chatrequest/{record.pk}/change/", {"status_code": "500"}
        ).status_code
        == 403
    )
    assert client.get("/admin/operations/chatrequest/add/").status_code == 403


CATEGORICAL = (
    models.UUIDField,
    models.DateTimeField,
    models.DateField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.ForeignKey,
)


@pytest.mark.parametrize("admin_class", [SessionAdmin, ChatRequestAdmin])
def test_admin_shows_only_categorical_fields_timestamps_counters_and_ids(admin_class) -> None:  # type: ignore[no-untyped-def]
    model = admin_class.model if hasattr(admin_class, "model") else None
    model = model or (Session if admin_class is SessionAdmin else ChatRequest)
    shown = set(admin_class.list_display) | set(admin_class.fields)
    for name in shown - {"session_ref"}:
        field = model._meta.get_field(name)
        if isinstance(field, models.CharField):
            assert field.choices, f"{name} is free text"
        elif isinstance(field, models.JSONField):
            assert name == "metadata"  # whitelisted keys and values, enforced on save
        else:
            assert isinstance(field, CATEGORICAL), name
    assert not getattr(admin_class, "search_fields", ())


def test_metadata_outside_the_whitelist_cannot_be_stored() -> None:
    with pytest.raises(ValueError, match="not whitelisted"):
        ChatRequest.objects.create(
            action="ANSWER",
            outcome="accepted",
            status_code=200,
            latency_ms=1,
            metadata={"user_text": "hello"},
        )
    with pytest.raises(ValueError, match="not whitelisted"):
        ChatRequest.objects.create(
            action="ANSWER",
            outcome="accepted",
            status_code=200,
            latency_ms=1,
            metadata={"fallback_used": 1},
        )


def test_admin_login_is_throttled_in_the_database(client: Client) -> None:
    User.objects.create_user("staff", password=PASSWORD, is_staff=True)
    for _ in range(10):
        client.post("/admin/login/", {"username": "staff", "password": "wrong"})
    blocked = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})
    assert blocked.status_code == 200
    assert b"Too many login attempts" in blocked.content
    assert "_auth_user_id" not in client.session
