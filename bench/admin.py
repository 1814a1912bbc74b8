"""The ops console on a big table: 200 000 `requests` rows on Postgres (issue: < 1 s per page).

    .venv/bin/python bench/admin.py [--rows N] [--repeat N]

Seeds a throwaway database, starts the service under gunicorn, logs in as staff over HTTP and
times the requests changelist and the dashboard (median and max of N renders), against the
`/health` probe in the same run as the floor.
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.postgres import throwaway_database
from tests.support.servers import LiveServer, run_manage

PASSWORD = "bench-Passphrase-for-staff-42"


class Browser:
    """Just enough of a browser: cookies and the CSRF token for the admin login form."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        text = response.read().decode()
        connection.close()
        return response.status, text

    def login(self) -> None:
        _, page = self.request("GET", "/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token
        body = (
            f"csrfmiddlewaretoken={token.group(1)}&username=staff&password={PASSWORD}&next=/admin/"
        )
        status, _ = self.request("POST", "/admin/login/?next=/admin/", body)
        assert status == 302, "login failed"


def timed(browser: Browser, path: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        status, _ = browser.request("GET", path)
        times.append((time.perf_counter() - started) * 1000)
        assert status == 200, (path, status)
    return times


def emit(line: str) -> None:
    """One line of the report on standard output."""
    sys.stdout.write(f"{line}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with throwaway_database("gcs_bench") as url, tempfile.TemporaryDirectory() as tmp:
        env = {"DATABASE_URL": url}
        assert run_manage("migrate", "--noinput", env=env).returncode == 0
        staff = {
            **env,
            "DJANGO_SUPERUSER_USERNAME": "staff",
            "DJANGO_SUPERUSER_EMAIL": "s@x.invalid",
            "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        }
        assert run_manage("createsuperuser", "--noinput", env=staff).returncode == 0
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(
                "INSERT INTO requests (id, created_at, action, outcome, failure_type, status_code,"
                " latency_ms, metadata) SELECT gen_random_uuid(), %s - (g * interval '3 seconds'),"
                " (ARRAY['ANSWER','REFUSE','CLOSE','ASK_ONE_QUESTION'])[1 + g %% 4],"
                " (ARRAY['accepted','refused','aborted'])[1 + g %% 3],"
                " CASE WHEN g %% 10 = 0 THEN 'RATE_LIMITED' END, 200, g %% 2000,"
                ' CASE WHEN g %% 10 = 0 THEN \'{"rate_limit_scope": "burst"}\'::jsonb'
                " ELSE '{}' END FROM generate_series(1, %s) g",
                (datetime.now(UTC), args.rows),
            )
            connection.execute("ANALYZE requests")
        server = LiveServer(env, Path(tmp) / "server.log", workers=1)
        try:
            browser = Browser(server.port)
            browser.login()
            rows = {
                "GET /health (floor)": timed(browser, "/health", args.repeat),
                "requests changelist": timed(
                    browser, "/admin/operations/chatrequest/", args.repeat
                ),
                "dashboard": timed(browser, "/admin/dashboard/", args.repeat),
            }
        finally:
            server.stop()
    emit(f"{args.rows:,} requests rows, {args.repeat} renders each (first render included)")
    emit(f"{'page':<24} {'median ms':>10} {'max ms':>8}")
    for name, times in rows.items():
        emit(f"{name:<24} {statistics.median(times):>10.1f} {max(times):>8.1f}")


if __name__ == "__main__":
    main()
