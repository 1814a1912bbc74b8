"""Prometheus metrics (DESIGN §1.6): what the service counts, and `GET /metrics`.

Every label value comes from a fixed enum (action, outcome, failure type, refusal category,
rate-limit scope, model-call result): never an id, an address or text. Under gunicorn the
metrics are multiprocess (config/gunicorn.py gives every worker one shared directory), so a
scrape reaching any worker sees the whole instance; elsewhere (runserver, tests) they live in the
process. `/metrics` needs `Authorization: Bearer $METRICS_TOKEN`: unset, it does not exist (404);
a wrong or missing token is a 401. The token is compared in constant time and never logged.

Quota exhaustions are `gcs_chat_requests_total{failure_type="QUOTA_EXCEEDED"}`; 5xx and 503 are
the `outcome="aborted"` rows of the same counter with their failure types.
"""

from __future__ import annotations

import hmac
from typing import Any

from django.http import HttpRequest, HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from config.env import ServiceConfig

CHAT_REQUESTS = Counter(
    "gcs_chat_requests",
    "POST /api/chat responses by action, outcome and failure type.",
    ["action", "outcome", "failure_type"],
)
CHAT_REFUSALS = Counter(
    "gcs_chat_refusals", "Governance refusals by hazard category.", ["category"]
)
CHAT_RATE_LIMITED = Counter(
    "gcs_chat_rate_limited", "429 RATE_LIMITED responses by limit scope.", ["scope"]
)
CHAT_LATENCY = Histogram(
    "gcs_chat_latency_seconds",
    "Time to answer POST /api/chat.",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40),
)
MODEL_CALLS = Counter(
    "gcs_model_calls",
    "Model calls by result: ok (text returned), timeout, error, skipped_kill_switch, "
    "skipped_breaker, skipped_bulkhead; rejected_by_verify counts ok replies verify refused.",
    ["result"],
)
MODEL_LATENCY = Histogram(
    "gcs_model_latency_seconds",
    "Time a model call took, whatever its result.",
    buckets=(0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
)
MODEL_IN_FLIGHT = Gauge(
    "gcs_model_calls_in_flight", "Model calls waiting on the provider.", multiprocess_mode="livesum"
)
BREAKER_OPEN = Gauge(
    "gcs_model_breaker_open",
    "1 while the circuit breaker of any live worker is open, else 0.",
    multiprocess_mode="livemax",
)


def chat_observed(
    *,
    action: str,
    outcome: str,
    failure_type: str | None,
    metadata: dict[str, Any],
    seconds: float,
) -> None:
    CHAT_REQUESTS.labels(action, outcome, failure_type or "none").inc()
    CHAT_LATENCY.observe(seconds)
    if "refusal_category" in metadata:
        CHAT_REFUSALS.labels(metadata["refusal_category"]).inc()
    if "rate_limit_scope" in metadata:
        CHAT_RATE_LIMITED.labels(metadata["rate_limit_scope"]).inc()


def _exposition(service: ServiceConfig) -> bytes:
    if service.metrics_multiprocess_dir:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=service.metrics_multiprocess_dir)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def metrics_response(request: HttpRequest, service: ServiceConfig) -> HttpResponse:
    if not service.metrics_token:
        return HttpResponse("Not found.\n", status=404, content_type="text/plain; charset=utf-8")
    sent = request.headers.get("Authorization", "")
    expected = f"Bearer {service.metrics_token}"
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        response = HttpResponse(
            "Unauthorized.\n", status=401, content_type="text/plain; charset=utf-8"
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(_exposition(service), content_type=CONTENT_TYPE_LATEST)
