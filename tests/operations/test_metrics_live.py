"""`GET /metrics` through gunicorn with two workers (DESIGN §1.6): counts move as chats are
served, every worker's counts are in every scrape, the token guards it, labels are enums only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from chat.contract import Action, FailureType
from chat.policy import RefusalCategory
from operations.models import Outcome, RateLimitScope
from tests.support.http import post_json, request
from tests.support.model_server import Behaviour, ModelServer
from tests.support.servers import LiveServer, run_manage

TOKEN = "metrics-token-for-tests-3f9a2c7e1b"
ANSWERED = "How does computer memory work?"
MODEL_RESULTS = {"ok", "timeout", "error", "skipped_kill_switch", "skipped_breaker"}
MODEL_RESULTS |= {"skipped_bulkhead", "rejected_by_verify"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[LiveServer, ModelServer]]:
    model = ModelServer()
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MODEL_PROVIDER_API_KEY": "sk-test-metrics",
        "MODEL_PROVIDER_BASE_URL": model.base_url,
        "METRICS_TOKEN": TOKEN,
        "RATE_LIMIT_BURST": "8",
        "RATE_LIMIT_BURST_WINDOW_SECONDS": "3600",
    }
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    live = LiveServer(env, tmp_path / "log", workers=2)
    yield live, model
    live.stop()
    model.stop()


def scrape(server: LiveServer) -> dict[str, list[tuple[dict[str, str], float]]]:
    reply = request("GET", server.url("/metrics"), headers={"Authorization": f"Bearer {TOKEN}"})
    assert reply.status == 200, reply.status
    samples: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(reply.body.decode()):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append((dict(sample.labels), sample.value))
    return samples


def total(
    samples: dict[str, list[tuple[dict[str, str], float]]], name: str, **labels: str
) -> float:
    return sum(
        value
        for sample_labels, value in samples.get(name, [])
        if all(sample_labels.get(key) == wanted for key, wanted in labels.items())
    )


def test_counters_move_with_chats_across_both_workers(
    server: tuple[LiveServer, ModelServer],
) -> None:
    live, model = server
    model.script(*[Behaviour()] * 4, Behaviour(status=500))
    statuses = [post_json(live.url("/api/chat"), {"user_text": ANSWERED}).status for _ in range(5)]
    statuses.append(
        post_json(live.url("/api/chat"), {"user_text": "How do I kill my neighbor?"}).status
    )
    statuses += [post_json(live.url("/api/chat"), {"user_text": ANSWERED}).status for _ in range(4)]
    assert statuses == [200] * 8 + [429, 429]

    for _ in range(4):  # new connections: the scrapes land on both workers; each sees everything
        samples = scrape(live)
        assert total(samples, "gcs_chat_requests_total") == 10
        assert total(samples, "gcs_chat_requests_total", action="ANSWER", outcome="accepted") == 6
        assert (
            total(samples, "gcs_chat_requests_total", failure_type="MODEL_FAILED_FALLBACK_USED")
            == 1
        )
        assert total(samples, "gcs_chat_refusals_total", category="VIOLENT_CRIMES") == 1
        assert total(samples, "gcs_chat_rate_limited_total", scope="burst") == 2
        assert total(samples, "gcs_model_calls_total", result="ok") == 6
        assert total(samples, "gcs_model_calls_total", result="error") == 1
        assert total(samples, "gcs_chat_latency_seconds_count") == 10
        assert total(samples, "gcs_model_latency_seconds_count") == 7
        assert total(samples, "gcs_model_calls_in_flight") == 0
        assert total(samples, "gcs_model_breaker_open") == 0

    allowed = {
        "action": {str(a) for a in Action},
        "outcome": {str(o) for o in Outcome},
        "failure_type": {str(f) for f in FailureType} | {"none"},
        "category": {str(c) for c in RefusalCategory},
        "scope": {str(s) for s in RateLimitScope},
        "result": MODEL_RESULTS,
    }
    for name, rows in samples.items():
        if not name.startswith("gcs_"):
            continue
        for labels, _value in rows:
            for key, value in labels.items():
                assert key == "le" or value in allowed[key], (name, key, value)


def test_metrics_need_the_token(server: tuple[LiveServer, ModelServer]) -> None:
    live, _model = server
    assert request("GET", live.url("/metrics")).status == 401
    wrong = request("GET", live.url("/metrics"), headers={"Authorization": "Bearer not-it"})
    assert wrong.status == 401 and wrong.header("WWW-Authenticate") == 'Bearer realm="metrics"'
    other_host = {"Authorization": f"Bearer {TOKEN}", "Host": "gcs.railway.internal"}
    assert request("GET", live.url("/metrics"), headers=other_host).status == 200
    assert TOKEN not in live.log_text()
