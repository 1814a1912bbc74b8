"""Retention (DESIGN §4.4): exact counts, dry run, batches, and two runs at once."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from operations.models import ChatRequest, PlanTier, RateLimit, RateLimitScope, Session
from operations.retention import retention_apply
from tests.support.postgres import connect, database_env, direct_url, throwaway_database
from tests.support.servers import REPO, run_manage

SUMMARY = re.compile(r"requests=(\d+) sessions=(\d+) rate_limits=(\d+)")


def seed(now: datetime) -> None:
    live = Session.objects.create(
        expires_at=now + timedelta(hours=1), quota_day=now.date(), plan_tier=PlanTier.FREE
    )
    expired = [
        Session.objects.create(expires_at=now - timedelta(seconds=1), quota_day=now.date())
        for _ in range(3)
    ]
    old = now - timedelta(days=settings.SERVICE.limits.request_retention_days, seconds=1)
    for created_at, session in [
        (now, live),
        (now, expired[0]),
        (old, live),
        (old, None),
        (old, expired[1]),
    ]:
        ChatRequest.objects.create(
            session=session,
            created_at=created_at,
            action="ANSWER",
            outcome="accepted",
            status_code=200,
            latency_ms=5,
        )
    for age in (timedelta(minutes=1), timedelta(days=3), timedelta(days=4)):
        RateLimit.objects.create(
            key="k" * 64, scope=RateLimitScope.BURST, window_start=now - age, hits=1
        )


@pytest.mark.django_db
def test_deletes_exactly_what_is_past_its_time() -> None:
    now = timezone.now()
    seed(now)
    report = retention_apply(now=now, limits=settings.SERVICE.limits, batch_size=2)
    assert (report.requests, report.sessions, report.rate_limits) == (3, 3, 2)
    assert Session.objects.count() == 1
    assert ChatRequest.objects.count() == 2
    # The fresh request of an expired session survives, detached from it.
    assert ChatRequest.objects.filter(session__isnull=True).count() == 1
    assert RateLimit.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_counts_and_deletes_nothing() -> None:
    now = timezone.now()
    seed(now)
    report = retention_apply(now=now, limits=settings.SERVICE.limits, dry_run=True)
    assert (report.requests, report.sessions, report.rate_limits) == (3, 3, 2)
    assert (Session.objects.count(), ChatRequest.objects.count(), RateLimit.objects.count()) == (
        4,
        5,
        3,
    )


@pytest.mark.django_db
def test_the_command_prints_one_summary_line_and_is_idempotent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed(timezone.now())
    call_command("apply_retention", "--batch-size", "2")
    call_command("apply_retention")
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert SUMMARY.search(lines[0]).groups() == ("3", "3", "2")  # type: ignore[union-attr]
    assert SUMMARY.search(lines[1]).groups() == ("0", "0", "0")  # type: ignore[union-attr]


def test_the_command_exits_non_zero_when_the_database_fails(tmp_path) -> None:  # type: ignore[no-untyped-def]
    unmigrated = {"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    result = run_manage("apply_retention", env=unmigrated)
    assert result.returncode != 0
    assert "retention failed" in result.stderr


def test_two_concurrent_runs_delete_each_row_once() -> None:
    with throwaway_database() as url:
        assert (
            run_manage("migrate", "--noinput", env={"DATABASE_URL": direct_url(url)}).returncode
            == 0
        )
        now = datetime.now(UTC)
        with connect(url, autocommit=True) as connection:
            connection.execute(
                "INSERT INTO sessions SELECT gen_random_uuid(), %s, %s, 'FREE', %s, %s, 0"
                " FROM generate_series(1, 2000)",
                (now, now - timedelta(hours=1), now, now.date()),
            )
            connection.execute(
                "INSERT INTO requests (id, created_at, action, outcome, status_code, latency_ms,"
                " metadata) SELECT gen_random_uuid(), %s, 'ANSWER', 'accepted', 200, 1, '{}'"
                " FROM generate_series(1, 30000)",
                (now - timedelta(days=30),),
            )
        command = [sys.executable, "manage.py", "apply_retention", "--batch-size", "500"]
        env = {"PATH": "/usr/bin:/bin", **database_env(url)}
        runs = [
            subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outputs = [run.communicate(timeout=120)[0] for run in runs]
        assert [run.returncode for run in runs] == [0, 0]
        totals = [tuple(map(int, SUMMARY.search(out).groups())) for out in outputs]  # type: ignore[union-attr]
        assert sum(t[0] for t in totals) == 30_000
        assert sum(t[1] for t in totals) == 2_000
        with connect(url) as connection:
            assert connection.execute("SELECT count(*) FROM requests").fetchone() == (0,)
            assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
