"""Retention at scale: 1 000 000 expired `requests` rows on Postgres, with chat traffic alongside.

Usage: .venv/bin/python bench/retention.py [--rows N]

Seeds a throwaway database, then measures chat latency (gunicorn on loopback, offline renderer)
first alone (the baseline) and then while `apply_retention` deletes the rows, and prints the
retention time and both latency medians/p99s with their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.http import post_json
from tests.support.postgres import throwaway_database
from tests.support.servers import REPO, LiveServer, run_manage

UNLIMITED = {
    "RATE_LIMIT_BURST": "1000000",
    "DEPLOYMENT_CHATS_PER_MINUTE": "10000000",
    "RATE_LIMIT_SUSTAINED": "1000000",
    "QUOTA_FREE_PER_DAY": "1000000",
}


def chat_latencies(server: LiveServer, stop: threading.Event, limit: int) -> list[float]:
    session = post_json(server.url("/api/chat"), {"user_text": "hello"}).header("X-Session-Id")
    latencies: list[float] = []
    while not stop.is_set() and len(latencies) < limit:
        started = time.perf_counter()
        reply = post_json(
            server.url("/api/chat"),
            {"user_text": "How does computer memory work?"},
            headers={"X-Session-Id": session or ""},
        )
        assert reply.status == 200, reply.status
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def summary(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):6.2f} ms  p99 {p99:6.2f} ms  (n={len(ordered)})"


def emit(line: str) -> None:
    """One line of the report on standard output."""
    sys.stdout.write(f"{line}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with throwaway_database("gcs_bench") as url, tempfile.TemporaryDirectory() as tmp:
        assert run_manage("migrate", "--noinput", env={"DATABASE_URL": url}).returncode == 0
        with psycopg.connect(url, autocommit=True) as connection:
            started = time.perf_counter()
            connection.execute(
                "INSERT INTO requests (id, created_at, action, outcome, status_code, latency_ms,"
                " metadata) SELECT gen_random_uuid(), %s - (g || ' seconds')::interval, 'ANSWER',"
                " 'accepted', 200, 1, '{}' FROM generate_series(1, %s) g",
                (datetime.now(UTC) - timedelta(days=30), args.rows),
            )
            connection.execute("VACUUM ANALYZE requests")
            emit(f"seeded {args.rows:,} expired rows in {time.perf_counter() - started:.1f}s")

        server = LiveServer({"DATABASE_URL": url, **UNLIMITED}, Path(tmp) / "server.log", workers=2)
        try:
            baseline = chat_latencies(server, threading.Event(), 300)
            stop = threading.Event()
            during: list[float] = []
            worker = threading.Thread(
                target=lambda: during.extend(chat_latencies(server, stop, 10**9))
            )
            worker.start()
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "manage.py", "apply_retention"],
                cwd=REPO,
                env={"PATH": "/usr/bin:/bin", "DATABASE_URL": url},
                capture_output=True,
                text=True,
                check=True,
            )
            elapsed = time.perf_counter() - started
            stop.set()
            worker.join()
        finally:
            server.stop()

    emit(result.stdout.strip())
    emit(f"retention: {elapsed:.1f}s for {args.rows:,} rows ({args.rows / elapsed:,.0f} rows/s)")
    emit(f"chat alone            {summary(baseline)}")
    emit(f"chat during retention {summary(during)}")
    ratio = statistics.median(during) / statistics.median(baseline)
    emit(f"median latency ratio (during / alone): {ratio:.2f}")


if __name__ == "__main__":
    main()
