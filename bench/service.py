"""The service under load on loopback (DESIGN §7), against the framework ceiling in the same run.

    .venv/bin/python bench/service.py [--seconds S]

Starts, on a throwaway Postgres database, the real service under gunicorn (production settings
on loopback, generous limits) and the stand-in OpenAI-compatible model server, plus a bare
Django JSON view under identical gunicorn settings. A threaded keep-alive client then measures
throughput and p50/p99 latency for: /health, the bare view, /api/chat with an instant model,
and /api/chat with a 1 s model at 64 concurrent clients (with /health probed alongside). It
also counts database round trips per chat and the in-process pipeline cost. Medians and ratios
only; the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.postgres import throwaway_database  # noqa: E402
from tests.support.servers import LiveServer, free_port, production_env, run_manage  # noqa: E402

GENEROUS = {
    "RATE_LIMIT_BURST": "1000000",
    "DEPLOYMENT_CHATS_PER_MINUTE": "10000000",
    "RATE_LIMIT_SUSTAINED": "1000000",
    "NEW_SESSIONS_PER_HOUR": "1000000",
    "QUOTA_FREE_PER_DAY": "1000000",
}
CHAT_BODY = json.dumps({"user_text": "How does computer memory work?"}).encode()


@dataclass(frozen=True)
class Result:
    name: str
    clients: int
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def load(
    name: str,
    port: int,
    method: str,
    path: str,
    *,
    clients: int,
    seconds: float,
    body: bytes | None = None,
) -> Result:
    headers = {"Content-Type": "application/json"} if body else {}
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        own = dict(headers)  # each client is its own user: it keeps the session it is given
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers=own)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                if response.getheader("X-Session-Id"):
                    own["X-Session-Id"] = response.getheader("X-Session-Id") or ""
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            if ok:
                mine.append((time.perf_counter() - started) * 1000)
            else:
                with lock:
                    errors[0] += 1
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(name, clients, len(latencies), time.monotonic() - started, latencies, errors[0])


def row(result: Result, note: str = "") -> str:
    return (
        f"{result.name:<34} {result.clients:>3} {result.throughput:>9.1f} "
        f"{statistics.median(result.latencies_ms) if result.latencies_ms else 0:>9.2f} "
        f"{result.percentile(0.99):>9.2f} {result.errors:>6}  {note}"
    )


def queries_per_chat(database_url: str) -> str:
    code = (
        "import django, json; django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "c = Client(); body = json.dumps({'user_text': 'How does computer memory work?'})\n"
        "s = c.post('/api/chat', body, content_type='application/json')['X-Session-Id']\n"
        "with CaptureQueriesContext(connection) as q:\n"
        "    c.post('/api/chat', body, content_type='application/json', HTTP_X_SESSION_ID=s)\n"
        "print(len(q.captured_queries))\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DATABASE_URL": database_url,
        **GENEROUS,
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip().splitlines()[-1]


def pipeline_micros() -> str:
    # bench/pipeline.py exits 1 when the governance targets are missed; its report says so.
    result = subprocess.run(
        [sys.executable, "bench/pipeline.py", "--rounds", "5"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() or f"bench/pipeline.py failed: {result.stderr.strip()[-500:]}"


@contextmanager
def service_with_model(url: str, tmp: str, *, delay: float) -> Iterator[LiveServer]:
    """The service (2 workers) with a stand-in model in its own process, warmed up."""
    port = free_port()
    model = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.model_server",
            "--port",
            str(port),
            "--reply",
            "Memory holds bits in cells the CPU addresses.",
            "--delay",
            str(delay),
        ],
        cwd=REPO,
    )
    env = production_env(
        url,
        BACKEND_PUBLIC_BASE_URL="https://127.0.0.1",
        MODEL_PROVIDER_BASE_URL=f"http://127.0.0.1:{port}/v1",
        **GENEROUS,
    )
    service = LiveServer(env, Path(tmp) / f"service-{delay}.log", workers=2)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", service.port, timeout=30)
        connection.request(
            "POST", "/api/chat", body=CHAT_BODY, headers={"Content-Type": "application/json"}
        )
        connection.getresponse().read()
        yield service
    finally:
        service.stop()
        model.terminate()
        model.wait()


def emit(line: str) -> None:
    """One line of the report on standard output."""
    sys.stdout.write(f"{line}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    seconds = parser.parse_args().seconds
    slow_seconds = max(2 * seconds, 10.0)
    results: list[tuple[Result, str]] = []
    with throwaway_database("gcs_bench") as url, tempfile.TemporaryDirectory() as tmp:
        assert run_manage("migrate", "--noinput", env={"DATABASE_URL": url}).returncode == 0
        bare = LiveServer({}, Path(tmp) / "bare.log", workers=2, app="bench.bare_app")
        try:
            load("warm-up", bare.port, "GET", "/bare", clients=16, seconds=1)
            ceiling = load(
                "GET bare Django view (ceiling)",
                bare.port,
                "GET",
                "/bare",
                clients=16,
                seconds=seconds,
            )
        finally:
            bare.stop()

        def against_ceiling(result: Result) -> tuple[Result, str]:
            return result, f"{result.throughput / ceiling.throughput:.2f}x ceiling"

        results.append((ceiling, "baseline"))
        with service_with_model(url, tmp, delay=0.0) as service:
            load("warm-up", service.port, "GET", "/health", clients=16, seconds=1)
            results.append(
                against_ceiling(
                    load("GET /health", service.port, "GET", "/health", clients=16, seconds=seconds)
                )
            )
            results.append(
                against_ceiling(
                    load(
                        "POST /api/chat (instant model)",
                        service.port,
                        "POST",
                        "/api/chat",
                        clients=16,
                        seconds=seconds,
                        body=CHAT_BODY,
                    )
                )
            )
        with service_with_model(url, tmp, delay=1.0) as service:
            probes: list[Result] = []

            def probe() -> None:
                probes.append(
                    load(
                        "GET /health during 1 s model load",
                        service.port,
                        "GET",
                        "/health",
                        clients=1,
                        seconds=slow_seconds - 1,
                    )
                )

            prober = threading.Thread(target=probe)
            prober.start()
            slow = load(
                "POST /api/chat (1 s model)",
                service.port,
                "POST",
                "/api/chat",
                clients=64,
                seconds=slow_seconds,
                body=CHAT_BODY,
            )
            prober.join()
        ideal = 64 / 1.0
        results.append((slow, f"{slow.throughput / ideal:.0%} of ideal {ideal:.0f}/s"))
        results.append((probes[0], "target p99 < 50 ms"))
        queries = queries_per_chat(url)

    emit(f"{'scenario':<34} {'c':>3} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'errors':>6}  note")
    for result, note in results:
        emit(row(result, note))
    emit(f"database round trips per chat (existing session): {queries} (target <= 3)")
    emit(pipeline_micros())


if __name__ == "__main__":
    main()
