"""Probes and metrics that answer whatever the Host header, and the production fail-closed gate.

`ProbeMiddleware` sits above everything that validates the Host header or redirects to HTTPS:
platform probes reach the container directly with their own host names over plain HTTP
(DESIGN §1.2, §6.1), and so does a metrics scraper on the platform's private network.
`FailClosedMiddleware` answers 503 for every other route while production readiness fails
(DESIGN §1.4), and turns a database that stops answering into a 503 rather than a 500 anywhere
in the site.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse

from chat.contract import FailureType
from chat.responses import RETRY_AFTER_UNAVAILABLE_SECONDS, failure_response
from operations.metrics import metrics_response
from operations.probes import Readiness, ServingGate, health

PROBE_PATHS = ("/health", "/ready", "/metrics")


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    return response


class ProbeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.readiness = Readiness()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path not in PROBE_PATHS:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"status": "method_not_allowed"}, status=405)
            response["Allow"] = "GET, HEAD"
            return _no_store(response)
        if request.path == "/health":
            return _no_store(JsonResponse(health()))
        if request.path == "/metrics":
            return _no_store(metrics_response(request, settings.SERVICE))
        ready, body = self.readiness(settings.SERVICE)
        return _no_store(JsonResponse(body, status=200 if ready else 503))


def service_unavailable(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return failure_response(FailureType.SERVICE_UNAVAILABLE)
    response = HttpResponse(
        "Service unavailable.\n", status=503, content_type="text/plain; charset=utf-8"
    )
    response["Retry-After"] = str(RETRY_AFTER_UNAVAILABLE_SECONDS)
    return _no_store(response)


class FailClosedMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.gate = ServingGate()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self.gate.is_open(settings.SERVICE):
            return service_unavailable(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, (OperationalError, InterfaceError)):
            return service_unavailable(request)
        return None
