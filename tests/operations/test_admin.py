"""The ops console (DESIGN §4.5): permissions, read-only-ness, categorical fields only."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import models
from django.test import Client
from django.utils import timezone

from config.env import Limits, load_config
from operations.console.admin import ChatRequestAdmin, SessionAdmin
from operations.console.permissions import OPS_VIEWER
from operations.models import ChatRequest, PlanTier, Session
from operations.sessions import session_create

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-unusual-passphrase-42"


def make_session() -> Session:
    now = timezone.now()
    verdict = session_create(now=now, limits=Limits(), secret=settings.SECRET_KEY)
    return Session.objects.get(session_id=verdict.session_id)


def make_request(session: Session | None = None) -> ChatRequest:
    return ChatRequest.objects.create(
        session=session, action="ANSWER", outcome="accepted", status_code=200, latency_ms=9
    )


def logged_in(*, superuser: bool = False, viewer: bool = False) -> Client:
    user = User.objects.create_user(
        "root" if superuser else "staff", password=PASSWORD, is_staff=True, is_superuser=superuser
    )
    if viewer:
        user.groups.add(Group.objects.get(name=OPS_VIEWER))
    client = Client()
    client.force_login(user)
    return client


OPS_PAGES = ("/admin/dashboard/", "/admin/operations/session/", "/admin/operations/chatrequest/")


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


def test_staff_without_the_ops_viewer_permission_see_nothing() -> None:
    client = logged_in()
    make_request(make_session())
    for path in OPS_PAGES:
        assert client.get(path).status_code == 403, path
    assert b"operations/session" not in client.get("/admin/").content


def test_ops_viewers_can_view_but_not_add_change_or_delete() -> None:
    client = logged_in(viewer=True)
    session = make_session()
    record = make_request(session)
    for path in OPS_PAGES:
        assert client.get(path).status_code == 200, path
    for model, pk in (("session", session.pk), ("chatrequest", record.pk)):
        assert client.get(f"/admin/operations/{model}/add/").status_code in (403, 404)
        assert client.post(
            f"/admin/operations/{model}/{pk}/delete/", {"post": "yes"}
        ).status_code in (
            403,
            404,
        )
    assert client.get(f"/admin/operations/session/{session.pk}/change/").status_code == 404
    tier_form = {"fingerprint": session.fingerprint, "plan_tier": "MAX"}
    assert client.post("/admin/operations/session/plan-tier/", tier_form).status_code == 403
    session.refresh_from_db()
    assert session.plan_tier == PlanTier.FREE
    assert Session.objects.count() == 1 and ChatRequest.objects.count() == 1


def test_no_console_page_shows_a_session_id_and_its_fingerprint_is_no_token(
    client: Client,
) -> None:
    sessions = [make_session() for _ in range(3)]
    records = [make_request(session) for session in sessions]
    pages = [*OPS_PAGES, "/admin/", f"/admin/operations/chatrequest/{records[0].pk}/change/"]
    viewer = logged_in(viewer=True)
    for console in (logged_in(superuser=True), viewer):
        for path in pages:
            page = console.get(path)
            assert page.status_code == 200, path
            for session in sessions:
                for spelling in (str(session.pk), session.pk.hex):
                    assert spelling.encode() not in page.content, path
    listed = viewer.get("/admin/operations/session/").content
    assert all(
        session.fingerprint and session.fingerprint.encode() in listed for session in sessions
    )
    reply = client.post(
        "/api/chat",
        '{"user_text": "hello"}',
        content_type="application/json",
        HTTP_X_SESSION_ID=sessions[0].fingerprint,
    )
    assert reply.status_code == 200
    assert reply["X-Session-Id"] not in {str(session.pk) for session in sessions}


def test_superuser_can_change_plan_tier_by_fingerprint_and_nothing_else() -> None:
    client = logged_in(superuser=True)
    session = make_session()
    make_request(session)
    assert b"plan-tier" in client.get("/admin/operations/session/").content
    form = client.get("/admin/operations/session/plan-tier/")
    assert form.status_code == 200 and str(session.pk).encode() not in form.content
    unknown = client.post(
        "/admin/operations/session/plan-tier/", {"fingerprint": "0" * 16, "plan_tier": "MAX"}
    )
    assert b"No session has this fingerprint" in unknown.content
    response = client.post(
        "/admin/operations/session/plan-tier/",
        {"fingerprint": session.fingerprint, "plan_tier": "STANDARD", "quota_used": "0"},
    )
    assert response.status_code == 302
    before = (session.expires_at, session.quota_used)
    session.refresh_from_db()
    assert session.plan_tier == PlanTier.STANDARD
    assert (session.expires_at, session.quota_used) == before
    assert client.get("/admin/operations/session/add/").status_code == 404
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
    for name in shown - {"session_ref", "fingerprint"}:
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


def test_admin_login_is_throttled_per_account_across_addresses(client: Client) -> None:
    User.objects.create_user("staff", password=PASSWORD, is_staff=True)
    for n in range(10):
        client.post(
            "/admin/login/", {"username": "Staff", "password": "wrong"}, REMOTE_ADDR=f"192.0.2.{n}"
        )
    blocked = client.post(
        "/admin/login/", {"username": "staff", "password": PASSWORD}, REMOTE_ADDR="192.0.2.99"
    )
    assert b"Too many login attempts" in blocked.content
    assert "_auth_user_id" not in client.session
    other = User.objects.create_user("other", password=PASSWORD, is_staff=True)
    client.post(
        "/admin/login/", {"username": "other", "password": PASSWORD}, REMOTE_ADDR="192.0.2.98"
    )
    assert client.session["_auth_user_id"] == str(other.pk)


def test_admin_logins_last_at_most_twelve_hours_by_default(client: Client) -> None:
    User.objects.create_user("staff", password=PASSWORD, is_staff=True)
    response = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})
    assert response.status_code == 302
    assert 0 < int(response.cookies["sessionid"]["max-age"]) <= 12 * 3600
    assert load_config({}).admin_session_hours == 12
    assert load_config({"ADMIN_SESSION_HOURS": "2"}).admin_session_hours == 2


def test_admin_login_is_throttled_in_the_database(client: Client) -> None:
    User.objects.create_user("staff", password=PASSWORD, is_staff=True)
    for _ in range(10):
        client.post("/admin/login/", {"username": "staff", "password": "wrong"})
    blocked = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})
    assert blocked.status_code == 200
    assert b"Too many login attempts" in blocked.content
    assert "_auth_user_id" not in client.session
