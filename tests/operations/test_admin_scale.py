"""The ops console on a big table (200 000 requests, Postgres): a bounded number of queries.

Render times on the same data are measured by bench/admin.py (medians, not timed unit tests).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

ROWS = 200_000


@pytest.fixture
def big_requests_table() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("backend: runs in the Postgres pass (.ci/run) — needs generate_series at scale")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO requests (id, created_at, action, outcome, failure_type, status_code,"
            " latency_ms, metadata) SELECT gen_random_uuid(), %s - (g * interval '3 seconds'),"
            " (ARRAY['ANSWER','REFUSE','CLOSE','ASK_ONE_QUESTION'])[1 + g %% 4],"
            " (ARRAY['accepted','refused','aborted'])[1 + g %% 3],"
            " CASE WHEN g %% 10 = 0 THEN 'RATE_LIMITED' END, 200, g %% 2000,"
            " CASE WHEN g %% 10 = 0 THEN '{\"rate_limit_scope\": \"burst\"}'::jsonb ELSE '{}' END"
            " FROM generate_series(1, %s) g",
            [timezone.now() - timedelta(seconds=1), ROWS],
        )
        cursor.execute("ANALYZE requests")


@pytest.mark.usefixtures("big_requests_table")
def test_requests_changelist_issues_a_bounded_number_of_queries(
    admin_client: Client, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    with django_assert_max_num_queries(8):
        page = admin_client.get("/admin/operations/chatrequest/")
    assert page.status_code == 200
    assert page.content.count(b"<tr") >= 50


@pytest.mark.usefixtures("big_requests_table")
def test_dashboard_issues_a_bounded_number_of_queries(
    admin_client: Client, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    for period, heading in (("24h", b"Last 24 hours: "), ("7d", b"Last 7 days: ")):
        with django_assert_max_num_queries(10):
            page = admin_client.get(f"/admin/dashboard/?period={period}")
        assert page.status_code == 200
        assert heading in page.content
