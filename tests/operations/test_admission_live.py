"""Quotas and rate limits across OS processes, and failing closed, against gunicorn + Postgres."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.http import post_json
from tests.support.postgres import HOST, PORT, connect
from tests.support.servers import LiveServer
from tests.support.tcp_proxy import TcpProxy

QUESTION = {"user_text": "How does computer memory work?"}
UNLIMITED = {
    "RATE_LIMIT_BURST": "1000000",
    "RATE_LIMIT_SUSTAINED": "1000000",
    "DEPLOYMENT_CHATS_PER_MINUTE": "10000000",
}


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[LiveServer]]:
    started: list[LiveServer] = []
    yield started
    for server in started:
        server.stop()


def insert_session(database_url: str, *, quota_used: int = 0) -> str:
    session_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    with connect(database_url, autocommit=True) as connection:
        connection.execute(
            "INSERT INTO sessions (session_id, created_at, expires_at, plan_tier, last_seen_at,"
            " quota_day, quota_used) VALUES (%s, %s, %s, 'FREE', %s, %s, %s)",
            (session_id, now, now + timedelta(days=1), now, now.date(), quota_used),
        )
    return session_id


def fire(server: LiveServer, session_id: str, count: int) -> Counter[tuple[int, str | None]]:
    def one(_: int) -> tuple[int, str | None]:
        reply = post_json(
            server.url("/api/chat"), QUESTION, headers={"X-Session-Id": session_id}, timeout=60
        )
        return reply.status, reply.json()["failure_type"]

    with ThreadPoolExecutor(max_workers=64) as pool:
        return Counter(pool.map(one, range(count)))


def test_quota_holds_exactly_across_four_worker_processes(
    servers: list[LiveServer], migrated_postgres_url: str, tmp_path: Path
) -> None:
    server = LiveServer(
        {"DATABASE_URL": migrated_postgres_url, **UNLIMITED}, tmp_path / "log", workers=4
    )
    servers.append(server)
    session_id = insert_session(migrated_postgres_url)
    results = fire(server, session_id, 200)
    assert results == Counter({(200, None): 50, (429, "QUOTA_EXCEEDED"): 150})
    with connect(migrated_postgres_url) as connection:
        used = connection.execute(
            "SELECT quota_used FROM sessions WHERE session_id = %s", (session_id,)
        ).fetchone()
    assert used == (50,)


def test_burst_rate_limit_holds_exactly_across_four_worker_processes(
    servers: list[LiveServer], migrated_postgres_url: str, tmp_path: Path
) -> None:
    env = {
        "DATABASE_URL": migrated_postgres_url,
        "RATE_LIMIT_BURST": "30",
        "RATE_LIMIT_BURST_WINDOW_SECONDS": "3600",
        "RATE_LIMIT_SUSTAINED": "1000000",
        "QUOTA_FREE_PER_DAY": "1000000",
    }
    server = LiveServer(env, tmp_path / "log", workers=4)
    servers.append(server)
    session_id = insert_session(migrated_postgres_url)
    seconds_into_hour = time.time() % 3600
    if seconds_into_hour > 3590:  # do not straddle a fixed window boundary
        time.sleep(3600 - seconds_into_hour + 1)
    results = fire(server, session_id, 100)
    assert results == Counter({(200, None): 30, (429, "RATE_LIMITED"): 70})


def test_chat_fails_closed_while_the_database_is_gone_and_recovers(
    servers: list[LiveServer], migrated_postgres_url: str, tmp_path: Path
) -> None:
    proxy = TcpProxy(HOST, PORT)
    try:
        proxied = migrated_postgres_url.replace(f"{HOST}:{PORT}", f"127.0.0.1:{proxy.port}")
        server = LiveServer({"DATABASE_URL": proxied}, tmp_path / "log")
        servers.append(server)
        assert post_json(server.url("/api/chat"), QUESTION).status == 200
        proxy.cut()
        started = time.monotonic()
        reply = post_json(server.url("/api/chat"), QUESTION, timeout=10)
        assert time.monotonic() - started < 3
        assert reply.status == 503
        assert reply.json()["failure_type"] == "SERVICE_UNAVAILABLE"
        assert reply.header("Retry-After")
        proxy.restore()
        deadline = time.monotonic() + 5
        while post_json(server.url("/api/chat"), QUESTION).status != 200:
            assert time.monotonic() < deadline, "chat did not recover within 5 s"
            time.sleep(0.1)
    finally:
        proxy.close()
