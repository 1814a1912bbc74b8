"""Reading and validating a `/api/chat` request body (DESIGN §1.1).

The body is read with a hard cap of `MAX_BODY_BYTES`: a declared length over the cap is refused
before reading, and a chunked body is read in slices and abandoned as soon as it passes the cap,
so a huge upload never sits in memory. A body that ends before its declared length or before its
chunked framing is complete was cut at the server's read deadline (config/worker.py) or
abandoned: 408 `REQUEST_TIMEOUT`. Malformed chunked framing is a 400. Validation is strict:
exactly `{"user_text": <string>}`, no coercion, 1..2000 characters after stripping surrounding
whitespace.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from gunicorn.http.errors import NoMoreData, ParseException

from chat.contract import (
    MAX_BODY_BYTES,
    MAX_USER_TEXT_CHARS,
    ContractViolation,
    FailureReason,
    FailureType,
)

READ_SLICE_BYTES = 4096


def _too_large() -> ContractViolation:
    return ContractViolation(FailureType.REQUEST_TOO_LARGE)


def _cut_short() -> ContractViolation:
    return ContractViolation(FailureType.REQUEST_TIMEOUT)


def _invalid(reason: FailureReason) -> ContractViolation:
    return ContractViolation(FailureType.REQUEST_SCHEMA_INVALID, reason)


def require_json_content_type(request: HttpRequest) -> None:
    media_type = request.META.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise ContractViolation(FailureType.UNSUPPORTED_MEDIA_TYPE)


def read_bounded_body(request: HttpRequest) -> bytes:
    declared = request.META.get("CONTENT_LENGTH") or ""
    if declared:
        try:
            length = int(declared)
        except ValueError:
            raise _invalid(FailureReason.INVALID_JSON) from None
        if length > MAX_BODY_BYTES:
            raise _too_large()
        body = request.read(length)
        if len(body) < length:
            raise _cut_short()
        return body
    if "chunked" not in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
        return b""
    # No declared length: Django would read nothing, so read the server's stream in slices.
    stream = request.META["wsgi.input"]
    received = bytearray()
    try:
        while chunk := stream.read(READ_SLICE_BYTES):
            received += chunk
            if len(received) > MAX_BODY_BYTES:
                raise _too_large()
    except NoMoreData:
        raise _cut_short() from None
    except ParseException:
        raise _invalid(FailureReason.INVALID_FRAMING) from None
    return bytes(received)


def _reject_constant(_name: str) -> Any:
    raise ValueError("non-standard JSON constant")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def parse_user_text(body: bytes) -> str:
    try:
        payload = json.loads(
            body.decode("utf-8"), parse_constant=_reject_constant, object_pairs_hook=_unique_keys
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _invalid(FailureReason.INVALID_JSON) from None
    if not isinstance(payload, dict):
        raise _invalid(FailureReason.NOT_AN_OBJECT)
    if set(payload) - {"user_text"}:
        raise _invalid(FailureReason.UNKNOWN_FIELD)
    if "user_text" not in payload:
        raise _invalid(FailureReason.MISSING_FIELD)
    user_text = payload["user_text"]
    if not isinstance(user_text, str):
        raise _invalid(FailureReason.NOT_A_STRING)
    stripped = user_text.strip()
    if not stripped:
        raise ContractViolation(FailureType.EMPTY_INPUT)
    if len(stripped) > MAX_USER_TEXT_CHARS:
        raise _invalid(FailureReason.TOO_LONG)
    return stripped


def read_user_text(request: HttpRequest) -> str:
    require_json_content_type(request)
    return parse_user_text(read_bounded_body(request))
