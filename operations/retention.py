"""Retention: delete what is past its time, in small batches (DESIGN §4.4).

What goes:
- `requests` rows older than `REQUEST_RETENTION_DAYS`;
- `sessions` past `expires_at` (their remaining `requests` rows keep their data, with the session
  reference cleared — the foreign key is SET NULL);
- `rate_limits` rows whose window ended longer ago than the longest window.

How: each batch is one short transaction that deletes at most `BATCH_SIZE` rows chosen through an
index (`created_at`, `expires_at`, `window_start`), so chat traffic never waits behind a long
lock and nothing is loaded into Python (no `QuerySet.delete()`, no `.iterator()` — both misbehave
behind Supabase's transaction pooler). On Postgres the batch is picked with `FOR UPDATE SKIP
LOCKED`: two runs at once (an overlapping cron) split the rows between them and never delete a
row twice or wait on each other. A dry run only counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction

from config.env import Limits
from operations.models import ChatRequest, RateLimit, Session

BATCH_SIZE = 5_000
# Rate-limit rows may be dropped once no window that could still count them is open.
RATE_LIMIT_GRACE = timedelta(days=1)


@dataclass(frozen=True)
class RetentionReport:
    requests: int
    sessions: int
    rate_limits: int


def _pick(table: str, key: str, column: str) -> str:
    lock = " FOR UPDATE SKIP LOCKED" if connection.vendor == "postgresql" else ""
    return f"SELECT {key} FROM {table} WHERE {column} < %s ORDER BY {column} LIMIT %s{lock}"  # noqa: S608


def _delete_batches(table: str, key: str, column: str, cutoff: datetime, batch_size: int) -> int:
    pick = _pick(table, key, column)
    if connection.vendor == "postgresql":
        sql = f"DELETE FROM {table} WHERE {key} = ANY(ARRAY({pick}))"  # noqa: S608
    else:
        sql = f"DELETE FROM {table} WHERE {key} IN ({pick})"  # noqa: S608
    cutoff_value = connection.ops.adapt_datetimefield_value(cutoff)
    deleted = 0
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [cutoff_value, batch_size])
            batch = int(cursor.rowcount)
        deleted += batch
        if batch < batch_size:
            return deleted


def _delete_session_batches(cutoff: datetime, batch_size: int) -> int:
    pick = _pick(Session._meta.db_table, "session_id", "expires_at")
    requests = ChatRequest._meta.db_table
    cutoff_value = connection.ops.adapt_datetimefield_value(cutoff)
    deleted = 0
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(pick, [cutoff_value, batch_size])
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                marks = ", ".join(["%s"] * len(ids))
                cursor.execute(
                    f"UPDATE {requests} SET session_id = NULL WHERE session_id IN ({marks})",  # noqa: S608
                    ids,
                )
                cursor.execute(
                    f"DELETE FROM {Session._meta.db_table} WHERE session_id IN ({marks})",  # noqa: S608
                    ids,
                )
                deleted += int(cursor.rowcount)
        if len(ids) < batch_size:
            return deleted


def _cutoffs(now: datetime, limits: Limits) -> tuple[datetime, datetime, datetime]:
    longest_window = max(limits.burst_window_seconds, limits.sustained_window_seconds, 3_600)
    return (
        now - timedelta(days=limits.request_retention_days),
        now,
        now - timedelta(seconds=longest_window) - RATE_LIMIT_GRACE,
    )


def retention_apply(
    *, now: datetime, limits: Limits, dry_run: bool = False, batch_size: int = BATCH_SIZE
) -> RetentionReport:
    requests_cutoff, sessions_cutoff, rate_limits_cutoff = _cutoffs(now, limits)
    if dry_run:
        return RetentionReport(
            requests=ChatRequest.objects.filter(created_at__lt=requests_cutoff).count(),
            sessions=Session.objects.filter(expires_at__lt=sessions_cutoff).count(),
            rate_limits=RateLimit.objects.filter(window_start__lt=rate_limits_cutoff).count(),
        )
    return RetentionReport(
        requests=_delete_batches(
            ChatRequest._meta.db_table, "id", "created_at", requests_cutoff, batch_size
        ),
        sessions=_delete_session_batches(sessions_cutoff, batch_size),
        rate_limits=_delete_batches(
            RateLimit._meta.db_table, "id", "window_start", rate_limits_cutoff, batch_size
        ),
    )
