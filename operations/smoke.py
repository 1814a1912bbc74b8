"""The release checklist against a live URL (DESIGN §6): each check one small function.

Run by `python manage.py smoke_test --base-url URL [--origin ORIGIN]` after every deploy. It only
sends fixed, harmless requests, and it reports check names and statuses — never bodies.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from chat.contract import RESPONSE_KEYS, Action

UNLISTED_ORIGIN = "https://smoke-test-unlisted-origin.invalid"
TIMEOUT_SECONDS = 15


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


class LiveTarget:
    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("base URL must be http(s)://host[:port]")
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port
        self.prefix = parts.path

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> Reply:
        connection_class = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        connection = connection_class(self.host, self.port, timeout=TIMEOUT_SECONDS)
        try:
            connection.request(method, self.prefix + path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Reply(
                response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
            )
        finally:
            connection.close()

    def chat(self, body: bytes, **headers: str) -> Reply:
        return self.request(
            "POST", "/api/chat", headers={"Content-Type": "application/json", **headers}, body=body
        )

    def preflight(self, origin: str) -> Reply:
        return self.request(
            "OPTIONS",
            "/api/chat",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, x-session-id",
            },
        )


def check_health(target: LiveTarget) -> CheckResult:
    reply = target.request("GET", "/health")
    body = reply.json() or {}
    ok = reply.status == 200 and body.get("status") == "ok" and bool(body.get("version"))
    return CheckResult("health", ok, f"status {reply.status}, version {body.get('version', '?')}")


def check_ready(target: LiveTarget) -> CheckResult:
    reply = target.request("GET", "/ready")
    body = reply.json() or {}
    failing = sorted(name for name, status in body.get("checks", {}).items() if status == "fail")
    problems = body.get("missing_env", []) + body.get("invalid_env", [])
    detail = f"status {reply.status}" + (f", failing: {', '.join(failing)}" if failing else "")
    if problems:
        detail += f", env: {', '.join(problems)}"
    return CheckResult("ready", reply.status == 200 and body.get("status") == "ok", detail)


def _is_envelope(body: Any) -> bool:
    return isinstance(body, dict) and tuple(sorted(body)) == tuple(sorted(RESPONSE_KEYS))


def check_governed_chat(target: LiveTarget) -> CheckResult:
    reply = target.chat(b'{"user_text": "How does computer memory work?"}')
    body = reply.json()
    ok = (
        reply.status == 200
        and _is_envelope(body)
        and body["action"] in {a.value for a in Action}
        and bool(body["rendered_text"])
        and bool(reply.headers.get("x-session-id"))
    )
    action = body.get("action") if isinstance(body, dict) else None
    return CheckResult("governed chat", ok, f"status {reply.status}, action {action}")


def check_invalid_body(target: LiveTarget) -> CheckResult:
    reply = target.chat(b'{"user_text": 42}')
    body = reply.json()
    ok = (
        reply.status == 400
        and _is_envelope(body)
        and body["failure_type"] == "REQUEST_SCHEMA_INVALID"
    )
    return CheckResult("invalid body sanitized", ok, f"status {reply.status}")


def check_cors_allowed(target: LiveTarget, origin: str) -> CheckResult:
    reply = target.preflight(origin)
    allowed = reply.headers.get("access-control-allow-origin") == origin
    headers = reply.headers.get("access-control-allow-headers", "").lower()
    ok = reply.status in (200, 204) and allowed and "x-session-id" in headers
    return CheckResult("cors allowed origin", ok, f"status {reply.status}, allowed {allowed}")


def check_cors_denied(target: LiveTarget) -> CheckResult:
    reply = target.preflight(UNLISTED_ORIGIN)
    leaked = [name for name in reply.headers if name.startswith("access-control-")]
    return CheckResult("cors unlisted origin", not leaked, f"access-control headers: {len(leaked)}")


def check_security_headers(target: LiveTarget) -> CheckResult:
    reply = target.chat(b"{}")
    missing = [
        name
        for name, expected in (
            ("x-content-type-options", "nosniff"),
            ("cache-control", "no-store"),
        )
        if reply.headers.get(name) != expected
    ]
    if not reply.headers.get("x-request-id"):
        missing.append("x-request-id")
    if target.https and "max-age" not in reply.headers.get("strict-transport-security", ""):
        missing.append("strict-transport-security")
    return CheckResult(
        "security headers", not missing, "missing: " + (", ".join(missing) or "none")
    )


def smoke_checks(target: LiveTarget, origin: str | None) -> list[CheckResult]:
    checks: list[Callable[[], CheckResult]] = [
        lambda: check_health(target),
        lambda: check_ready(target),
        lambda: check_governed_chat(target),
        lambda: check_invalid_body(target),
        lambda: check_cors_denied(target),
        lambda: check_security_headers(target),
    ]
    if origin:
        checks.insert(4, lambda: check_cors_allowed(target, origin))
    results = []
    for index, check in enumerate(checks):
        try:
            results.append(check())
        except (OSError, http.client.HTTPException) as error:
            results.append(
                CheckResult(f"check {index + 1}", False, f"unreachable: {type(error).__name__}")
            )
    return results
