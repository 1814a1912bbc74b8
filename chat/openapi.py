"""The OpenAPI 3.1 document of the public API (DESIGN §1.6), built from `chat/contract.py`.

Generated from the contract's own enums and tables rather than from the view code (drf-spectacular
would describe DRF's serializers, which this endpoint does not use, and would need the envelope,
its per-status failure types and the headers written out again by hand): one source, so the
document cannot drift from what the service answers. `GET /api/schema` serves it and
`docs/openapi.json` is its committed copy (`python manage.py openapi_schema > docs/openapi.json`;
a test keeps them equal). Clients can generate types from it (docs/DEPLOY.md).
"""

from __future__ import annotations

from typing import Any

from chat.contract import (
    FAILURES,
    MAX_FAILURE_REASON_CHARS,
    MAX_USER_TEXT_CHARS,
    Action,
    FailureReason,
    FailureType,
)

API_VERSION = "1.0.0"
SERVED = 200


def _failure_types_by_status() -> dict[int, list[str | None]]:
    statuses: dict[int, list[str | None]] = {SERVED: [None, FailureType.MODEL_FAILED_FALLBACK_USED]}
    for failure_type, (status, _action, _reason) in FAILURES.items():
        statuses.setdefault(status, []).append(str(failure_type))
    return dict(sorted(statuses.items()))


def _header(description: str, schema: dict[str, Any], *, required: bool = True) -> dict[str, Any]:
    return {"description": description, "required": required, "schema": schema}


def _envelope(failure_types: list[str | None]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["action", "rendered_text", "failure_type", "failure_reason"],
        "properties": {
            "action": {"$ref": "#/components/schemas/Action"},
            "rendered_text": {"type": "string", "description": "Show as text, never as HTML."},
            "failure_type": {"enum": failure_types},
            "failure_reason": {
                "oneOf": [{"$ref": "#/components/schemas/FailureReason"}, {"type": "null"}]
            },
        },
    }


def _chat_response(status: int, failure_types: list[str | None]) -> dict[str, Any]:
    headers: dict[str, Any] = {
        "X-Request-ID": _header("A fresh random id, also in the server's log line.", _TOKEN),
        "Cache-Control": _header("Always no-store.", {"const": "no-store"}),
    }
    if status in (SERVED, 429):
        headers["X-Session-Id"] = _header(
            "The session used; send it back as X-Session-Id. Absent on a rate-limit 429.",
            {"type": "string", "format": "uuid"},
            required=status == SERVED,
        )
    if status in (429, 503):
        headers["Retry-After"] = _header(
            "Seconds to wait.", {"type": "string", "pattern": "^\\d+$"}
        )
    described = ", ".join(str(name) for name in failure_types if name) or "none"
    return {
        "description": f"failure_type: {described}" + (" or null" if None in failure_types else ""),
        "headers": headers,
        "content": {"application/json": {"schema": _envelope(failure_types)}},
    }


_TOKEN = {"type": "string", "pattern": "^[0-9a-f]{32}$"}
_READY_CHECK = {"enum": ["ok", "fail", "offline"]}
_NAMES = {"type": "array", "items": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"}}
_READY_BODY = {
    "type": "object",
    "additionalProperties": False,
    "required": ["status", "env", "checks", "missing_env", "invalid_env"],
    "properties": {
        "status": {"enum": ["ok", "not_ready"]},
        "env": {"enum": ["development", "production"]},
        "checks": {
            "type": "object",
            "additionalProperties": False,
            "required": ["config", "database", "migrations", "model_provider"],
            "properties": {
                name: _READY_CHECK
                for name in ("config", "database", "migrations", "model_provider")
            },
        },
        "missing_env": _NAMES,
        "invalid_env": _NAMES,
    },
}


def _probe(summary: str, responses: dict[str, Any]) -> dict[str, Any]:
    return {"get": {"summary": summary, "operationId": summary.split()[0].lower(), **responses}}


def openapi_document() -> dict[str, Any]:
    chat_responses = {
        str(status): _chat_response(status, failure_types)
        for status, failure_types in _failure_types_by_status().items()
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Governed Chat Service",
            "version": API_VERSION,
            "description": "Every message passes a deterministic governance layer; nothing users "
            "write is stored or logged. See README.md and docs/DEPLOY.md.",
        },
        "paths": {
            "/api/chat": {
                "post": {
                    "summary": "One governed chat turn",
                    "operationId": "chat",
                    "parameters": [
                        {
                            "name": "X-Session-Id",
                            "in": "header",
                            "required": False,
                            "description": "The session from a previous response; an unknown, "
                            "expired or malformed id gets a new session (ids are never adopted).",
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ChatRequest"}
                            }
                        },
                    },
                    "responses": chat_responses,
                }
            },
            "/health": _probe(
                "Liveness (no I/O)",
                {
                    "responses": {
                        "200": {
                            "description": "Alive.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "additionalProperties": False,
                                        "required": ["status", "version", "uptime_seconds"],
                                        "properties": {
                                            "status": {"const": "ok"},
                                            "version": {"type": "string"},
                                            "uptime_seconds": {"type": "integer", "minimum": 0},
                                        },
                                    }
                                }
                            },
                        }
                    }
                },
            ),
            "/ready": _probe(
                "Readiness (config, database, migrations, model provider)",
                {
                    "responses": {
                        status: {
                            "description": description,
                            "content": {"application/json": {"schema": _READY_BODY}},
                        }
                        for status, description in (
                            ("200", "Ready to serve chat."),
                            ("503", "Not ready: the checks and variable names say why."),
                        )
                    }
                },
            ),
        },
        "components": {
            "schemas": {
                "ChatRequest": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["user_text"],
                    "properties": {
                        "user_text": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": MAX_USER_TEXT_CHARS,
                            "description": f"1..{MAX_USER_TEXT_CHARS} characters after surrounding "
                            "whitespace is stripped; the whole body is at most 16,384 bytes.",
                        }
                    },
                },
                "Action": {"enum": [str(action) for action in Action]},
                "FailureReason": {
                    "enum": [str(reason) for reason in FailureReason],
                    "maxLength": MAX_FAILURE_REASON_CHARS,
                },
            }
        },
    }
