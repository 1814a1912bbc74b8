"""Each dashboard panel equals the same aggregate computed directly from the database."""

from __future__ import annotations

import random
import statistics
from datetime import timedelta

import pytest
from django.conf import settings
from django.db.models import Count, Min
from django.test import Client
from django.utils import timezone

from chat.contract import Action, FailureType
from operations.console.dashboard import dashboard_build
from operations.models import ChatRequest, Outcome, PlanTier, RateLimit, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> None:
    rng = random.Random(7)
    now = timezone.now()
    sessions = []
    for i, tier in enumerate([PlanTier.FREE] * 5 + [PlanTier.STANDARD] * 3 + [PlanTier.MAX] * 2):
        sessions.append(
            Session.objects.create(
                plan_tier=tier,
                expires_at=now + timedelta(hours=2 - i % 3 * 2),
                quota_day=now.date(),
                quota_used=rng.choice([0, 3, 50, 300, 1500]),
                created_at=now - timedelta(hours=i),
            )
        )
    rows = []
    for _ in range(400):
        failure = rng.choice([None] * 6 + list(FailureType))
        scope = rng.choice(["burst", "sustained", "new_session"])
        action = rng.choice(list(Action))
        metadata: dict[str, object] = (
            {"rate_limit_scope": scope} if failure == FailureType.RATE_LIMITED else {}
        )
        if action is Action.REFUSE and failure is None:
            metadata["refusal_category"] = rng.choice(["HATE", "SELF_HARM", "PROMPT_ATTACK"])
        rows.append(
            ChatRequest(
                session=rng.choice(sessions),
                created_at=now - timedelta(hours=rng.uniform(0, 24 * 9)),
                action=action.value,
                outcome=rng.choice(list(Outcome)).value,
                failure_type=failure.value if failure else None,
                status_code=rng.choice([200, 400, 429, 503]),
                latency_ms=rng.randint(1, 3000),
                metadata=metadata,
            )
        )
    ChatRequest.objects.bulk_create(rows)
    RateLimit.objects.create(
        key="k" * 64, scope="burst", window_start=now - timedelta(hours=30), hits=1
    )


def period(label: str):  # type: ignore[no-untyped-def]
    data = dashboard_build(now=timezone.now(), limits=settings.SERVICE.limits)
    return next(p for p in data.periods if p.label == label), data


def since(label: str):  # type: ignore[no-untyped-def]
    span = timedelta(hours=24) if label == "24h" else timedelta(days=7)
    return ChatRequest.objects.filter(created_at__gte=timezone.now() - span)


def grouped(queryset, field: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {
        row[field]: row["n"] for row in queryset.values(field).annotate(n=Count("id")).order_by()
    }


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("label", ["24h", "7d"])
def test_counts_by_outcome_action_and_failure_type(label: str) -> None:
    stats, _ = period(label)
    assert stats.total == since(label).count()
    assert stats.by_outcome == grouped(since(label), "outcome")
    assert stats.by_action == grouped(since(label), "action")
    assert stats.by_failure_type == grouped(since(label).exclude(failure_type=None), "failure_type")


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("label", ["24h", "7d"])
def test_fallback_share_and_429s_by_scope(label: str) -> None:
    stats, _ = period(label)
    fallbacks = since(label).filter(failure_type=FailureType.MODEL_FAILED_FALLBACK_USED).count()
    assert stats.fallback_share == pytest.approx(fallbacks / since(label).count())
    expected = {
        scope: since(label)
        .filter(failure_type=FailureType.RATE_LIMITED, metadata__rate_limit_scope=scope)
        .count()
        for scope in ("burst", "sustained", "new_session")
    }
    expected["quota"] = since(label).filter(failure_type=FailureType.QUOTA_EXCEEDED).count()
    assert stats.throttled_by_scope == {k: v for k, v in expected.items() if v}


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("label", ["24h", "7d"])
def test_refusals_by_hazard_category(label: str) -> None:
    stats, _ = period(label)
    expected = {
        category: since(label).filter(metadata__refusal_category=category).count()
        for category in ("HATE", "SELF_HARM", "PROMPT_ATTACK")
    }
    assert stats.refused_by_category == {k: v for k, v in expected.items() if v}
    assert sum(stats.refused_by_category.values()) > 0


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("label", ["24h", "7d"])
def test_latency_percentiles(label: str) -> None:
    stats, _ = period(label)
    latencies = list(since(label).values_list("latency_ms", flat=True))
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    assert stats.latency_p50_ms == pytest.approx(cuts[49])
    assert stats.latency_p95_ms == pytest.approx(cuts[94])


@pytest.mark.usefixtures("seeded")
def test_quota_usage_by_plan_tier() -> None:
    _, data = period("24h")
    now = timezone.now()
    limits = settings.SERVICE.limits
    quotas = {"FREE": limits.quota_free, "STANDARD": limits.quota_standard, "MAX": limits.quota_max}
    for tier in data.tiers:
        active = Session.objects.filter(
            plan_tier=tier.plan_tier, expires_at__gt=now, quota_day=now.date()
        )
        assert tier.sessions == active.count()
        assert tier.requests_today == sum(active.values_list("quota_used", flat=True))
        assert tier.at_limit == active.filter(quota_used__gte=quotas[tier.plan_tier]).count()
        assert tier.quota_per_session == quotas[tier.plan_tier]


@pytest.mark.usefixtures("seeded")
def test_retention_status_reports_the_oldest_rows() -> None:
    _, data = period("24h")
    status = {row.table: row for row in data.retention}
    oldest = ChatRequest.objects.aggregate(m=Min("created_at"))["m"]
    assert status["requests"].oldest_age_hours == pytest.approx(
        (timezone.now() - oldest).total_seconds() / 3600, abs=0.01
    )
    assert status["requests"].limit_hours == settings.SERVICE.limits.request_retention_days * 24
    assert status["requests"].overdue is (status["requests"].oldest_age_hours > 14 * 24)
    assert status["rate_limits"].oldest_age_hours == pytest.approx(30, abs=0.01)


def test_dashboard_page_shows_one_period_with_percentages_units_and_empty_states(
    admin_client: Client,
) -> None:
    ChatRequest.objects.create(action="ANSWER", outcome="accepted", status_code=200, latency_ms=5)
    page = admin_client.get("/admin/dashboard/")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<meta http-equiv="refresh" content="60">' in html  # auto-refresh without script
    assert html.count('class="ops-period"') == 1 and 'id="period-24h"' in html
    assert '<strong aria-current="page">Last 24 hours</strong>' in html
    assert 'href="?period=7d"' in html
    assert "Last 24 hours: 1 request" in html
    assert "1 (100 %)" in html  # counts with their share of the period
    assert "No 429 responses in the last 24 hours." in html
    assert "No hazard refusals in the last 24 hours." in html
    assert "latency p50 <strong>5.0 ms</strong>" in html
    assert "14.0 days" in html  # the requests retention limit, in days
    assert html.count('<svg role="img"') == 4  # outcome, action, quota shares, retention shares
    week = admin_client.get("/admin/dashboard/?period=7d").content.decode()
    assert 'id="period-7d"' in week and 'id="period-24h"' not in week
    assert 'id="period-24h"' in admin_client.get("/admin/dashboard/?period=bogus").content.decode()
