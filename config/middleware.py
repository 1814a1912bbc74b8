"""HTTP-wide middleware: request ids with one JSON log line per request, and the CSP header."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("gcs.http")


def content_security_policy(
    *, connect_src: tuple[str, ...] = ("'self'",), frame_ancestors: bool = True
) -> str:
    """The strict policy for HTML pages: same-origin assets only, no inline script or style.

    `frame-ancestors` only works as a header; a `<meta>` policy must leave it out.
    """
    directives = (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src " + " ".join(connect_src),
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    )
    return "; ".join((*directives, "frame-ancestors 'none'") if frame_ancestors else directives)


class RequestLogMiddleware:
    """Gives every request a fresh random id (never the client's) and logs one line for it.

    The line carries the path without its query string and the categorical fields that the chat
    envelope attaches to its response (`response.log_fields`); nothing from bodies.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        request_id = uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        logger.info(
            "http_request",
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "latency_ms": round((time.perf_counter() - started) * 1000, 1),
                **getattr(response, "log_fields", {}),
            },
        )
        return response


class ContentSecurityPolicyMiddleware:
    """A strict CSP on HTML responses: no inline script, no third-party origin."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            response.setdefault("Content-Security-Policy", content_security_policy())
        return response
