"""Optional error tracking (DESIGN §6): sentry-sdk, only when `SENTRY_DSN` is set.

Nothing users write may leave the process, so the SDK is configured to collect little, and every
event is then rebuilt from an allowlist before it is sent (`scrub_event`): the exception's type
and module and its stack frames (file, function, line: no local variables, no source lines), the
request's method and path (no query, headers, cookies or body), the release and environment.
Dropped: exception messages (they may quote input), log messages, breadcrumbs, users, extra
data, tags and contexts. The logging integration is off: log lines go to stdout through the
content filter (config/logging.py), never to Sentry. Without `SENTRY_DSN` the SDK is never
initialised.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.transport import Transport

from config.env import ServiceConfig

_FRAME_KEYS = ("filename", "module", "function", "lineno", "in_app")
_EVENT_KEYS = ("event_id", "timestamp", "level", "platform", "release", "environment", "sdk")


def _frames(stacktrace: dict[str, Any] | None) -> dict[str, Any]:
    frames = (stacktrace or {}).get("frames") or []
    return {
        "frames": [{key: frame[key] for key in _FRAME_KEYS if key in frame} for frame in frames]
    }


def scrub_event(event: dict[str, Any], _hint: dict[str, Any]) -> dict[str, Any] | None:
    """The event as sent: only the allowlisted, content-free fields (see the module docstring)."""
    scrubbed = {key: event[key] for key in _EVENT_KEYS if key in event}
    exceptions = (event.get("exception") or {}).get("values") or []
    if exceptions:
        scrubbed["exception"] = {
            "values": [
                {
                    "type": value.get("type"),
                    "module": value.get("module"),
                    "mechanism": {"type": (value.get("mechanism") or {}).get("type", "generic")},
                    "stacktrace": _frames(value.get("stacktrace")),
                }
                for value in exceptions
            ]
        }
    else:
        scrubbed["message"] = "event without an exception (content dropped)"
    request = event.get("request") or {}
    if request.get("method"):
        scrubbed["request"] = {
            "method": request.get("method"),
            "url": urlsplit(str(request.get("url", ""))).path,
        }
    return scrubbed


def error_tracking_init(service: ServiceConfig, *, transport: Transport | None = None) -> bool:
    """Initialise sentry-sdk if `SENTRY_DSN` is set; True when it was."""
    if not service.sentry_dsn:
        return False
    sentry_sdk.init(
        dsn=service.sentry_dsn,
        release=service.release,
        environment=service.env,
        default_integrations=False,
        auto_enabling_integrations=False,
        integrations=[DjangoIntegration()],
        data_collection={
            "user_info": False,
            "http_bodies": [],
            "stack_frame_variables": False,
            "frame_context_lines": 0,
            "database_query_data": False,
            "queues": False,
        },
        include_local_variables=False,
        include_source_context=False,
        max_request_body_size="never",
        max_breadcrumbs=0,
        attach_stacktrace=False,
        traces_sample_rate=None,
        enable_logs=False,
        send_client_reports=False,
        before_send=scrub_event,  # type: ignore[arg-type]
        before_breadcrumb=lambda _crumb, _hint: None,
        transport=transport,
    )
    return True
