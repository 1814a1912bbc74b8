"""Aggregates for the ops dashboard (DESIGN §4.5): reads only, a fixed handful of queries.

Everything is computed from categorical columns, counters and timestamps. The request counts of
the periods asked for come from one grouped query over the longest (conditional counts give the
shorter ones); latency percentiles use Postgres' `percentile_cont` (in Python on SQLite). The
page shows one period at a time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import Count, F, IntegerField, Min, Q, Sum
from django.db.models.fields.json import KT

from chat.contract import FailureType
from config.env import Limits
from operations.models import ChatRequest, PlanTier, RateLimit, Session
from operations.sessions import tier_limit

PERIODS = {"24h": timedelta(hours=24), "7d": timedelta(days=7)}
PERIOD_NAMES = {"24h": "24 hours", "7d": "7 days"}


@dataclass(frozen=True)
class PeriodStats:
    label: str
    total: int
    by_outcome: dict[str, int]
    by_action: dict[str, int]
    by_failure_type: dict[str, int]
    throttled_by_scope: dict[str, int]
    refused_by_category: dict[str, int]
    fallback_share: float
    latency_p50_ms: float | None
    latency_p95_ms: float | None

    @property
    def name(self) -> str:
        return PERIOD_NAMES[self.label]

    @property
    def refusal_share(self) -> float:
        """REFUSE answers (governance refusals and rejected requests) among all requests."""
        return self.by_action.get("REFUSE", 0) / self.total if self.total else 0.0


@dataclass(frozen=True)
class TierUsage:
    plan_tier: str
    sessions: int
    requests_today: int
    quota_per_session: int
    at_limit: int

    @property
    def share_used(self) -> float:
        capacity = self.sessions * self.quota_per_session
        return self.requests_today / capacity if capacity else 0.0


@dataclass(frozen=True)
class RetentionStatus:
    table: str
    oldest_age_hours: float | None
    limit_hours: float

    @property
    def overdue(self) -> bool:
        return self.oldest_age_hours is not None and self.oldest_age_hours > self.limit_hours

    @property
    def share_of_limit(self) -> float | None:
        """How far the oldest row is into its retention limit (1.0 = due for deletion)."""
        return None if self.oldest_age_hours is None else self.oldest_age_hours / self.limit_hours


@dataclass(frozen=True)
class Dashboard:
    periods: tuple[PeriodStats, ...]
    tiers: tuple[TierUsage, ...]
    retention: tuple[RetentionStatus, ...]
    generated_at: datetime


def _percentiles(since: dict[str, datetime]) -> dict[str, tuple[float | None, float | None]]:
    if connection.vendor == "postgresql":
        columns = ", ".join(
            "percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY latency_ms) "
            "FILTER (WHERE created_at >= %s)"
            for _ in since
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {ChatRequest._meta.db_table} WHERE created_at >= %s",  # noqa: S608
                [*since.values(), min(since.values())],
            )
            row = cursor.fetchone()
        return {
            label: (values[0], values[1]) if values else (None, None)
            for label, values in zip(since, row, strict=True)
        }
    rows = list(
        ChatRequest.objects.filter(created_at__gte=min(since.values()))
        .order_by("latency_ms")
        .values_list("created_at", "latency_ms")
    )
    result: dict[str, tuple[float | None, float | None]] = {}
    for label, start in since.items():
        values = [latency for created, latency in rows if created >= start]
        result[label] = (
            (_interpolated(values, 0.5), _interpolated(values, 0.95)) if values else (None, None)
        )
    return result


def _interpolated(ordered: list[int], fraction: float) -> float:
    """Linear interpolation between closest ranks, as Postgres' percentile_cont computes it."""
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _period_stats(now: datetime, labels: tuple[str, ...]) -> tuple[PeriodStats, ...]:
    since = {label: now - PERIODS[label] for label in labels}
    grouped = (
        ChatRequest.objects.filter(created_at__gte=min(since.values()))
        .values(
            "outcome",
            "action",
            "failure_type",
            scope=KT("metadata__rate_limit_scope"),
            refusal=KT("metadata__refusal_category"),
        )
        .annotate(
            **{
                f"n_{label}": Count("id", filter=Q(created_at__gte=start))
                for label, start in since.items()
            }
        )
        .order_by()
    )
    counters: dict[str, dict[str, Counter[str]]] = {
        label: {
            dimension: Counter()
            for dimension in ("outcome", "action", "failure", "throttled", "refusal")
        }
        for label in since
    }
    rows: list[dict[str, Any]] = [dict(row) for row in grouped]
    for row in rows:
        for label in since:
            n = row[f"n_{label}"]
            if not n:
                continue
            counters[label]["outcome"][row["outcome"]] += n
            counters[label]["action"][row["action"]] += n
            if row["failure_type"]:
                counters[label]["failure"][row["failure_type"]] += n
            if row["refusal"]:
                counters[label]["refusal"][row["refusal"]] += n
            if row["failure_type"] == FailureType.QUOTA_EXCEEDED:
                counters[label]["throttled"]["quota"] += n
            elif row["failure_type"] == FailureType.RATE_LIMITED:
                counters[label]["throttled"][row["scope"] or "unknown"] += n
    percentiles = _percentiles(since)
    stats = []
    for label in since:
        total = sum(counters[label]["outcome"].values())
        fallbacks = counters[label]["failure"][FailureType.MODEL_FAILED_FALLBACK_USED]
        stats.append(
            PeriodStats(
                label=label,
                total=total,
                by_outcome=dict(counters[label]["outcome"].most_common()),
                by_action=dict(counters[label]["action"].most_common()),
                by_failure_type=dict(counters[label]["failure"].most_common()),
                throttled_by_scope=dict(counters[label]["throttled"].most_common()),
                refused_by_category=dict(counters[label]["refusal"].most_common()),
                fallback_share=fallbacks / total if total else 0.0,
                latency_p50_ms=percentiles[label][0],
                latency_p95_ms=percentiles[label][1],
            )
        )
    return tuple(stats)


def _tier_usage(now: datetime, limits: Limits) -> tuple[TierUsage, ...]:
    quotas = {
        PlanTier.FREE: limits.quota_free,
        PlanTier.STANDARD: limits.quota_standard,
        PlanTier.MAX: limits.quota_max,
    }
    rows: dict[str, dict[str, Any]] = {
        row["plan_tier"]: dict(row)
        for row in Session.objects.filter(expires_at__gt=now, quota_day=now.date())
        .values("plan_tier")
        .annotate(
            sessions=Count("session_id"),
            used=Sum("quota_used"),
            at_limit=Count(
                "session_id",
                filter=Q(quota_used__gte=tier_limit(limits)),
                output_field=IntegerField(),
            ),
        )
        .order_by()
    }
    return tuple(
        TierUsage(
            plan_tier=str(tier),
            sessions=rows.get(tier, {}).get("sessions", 0),
            requests_today=rows.get(tier, {}).get("used", 0) or 0,
            quota_per_session=quota,
            at_limit=rows.get(tier, {}).get("at_limit", 0),
        )
        for tier, quota in quotas.items()
    )


def _retention(now: datetime, limits: Limits) -> tuple[RetentionStatus, ...]:
    def age(oldest: datetime | None) -> float | None:
        return (now - oldest).total_seconds() / 3600 if oldest else None

    longest_window_hours = (
        max(limits.burst_window_seconds, limits.sustained_window_seconds, 3600) / 3600
    )
    return (
        RetentionStatus(
            "requests",
            age(ChatRequest.objects.aggregate(oldest=Min("created_at"))["oldest"]),
            limits.request_retention_days * 24.0,
        ),
        RetentionStatus(
            "sessions",
            age(Session.objects.aggregate(oldest=Min(F("created_at")))["oldest"]),
            limits.session_ttl_seconds / 3600,
        ),
        RetentionStatus(
            "rate_limits",
            age(RateLimit.objects.aggregate(oldest=Min("window_start"))["oldest"]),
            longest_window_hours + 24.0,
        ),
    )


def dashboard_build(
    *, now: datetime, limits: Limits, periods: tuple[str, ...] = tuple(PERIODS)
) -> Dashboard:
    return Dashboard(
        periods=_period_stats(now, periods),
        tiers=_tier_usage(now, limits),
        retention=_retention(now, limits),
        generated_at=now,
    )
