"""The public contract of `POST /api/chat` (DESIGN §1.1): enums, limits and fixed phrases.

Everything a client can observe about the endpoint is named here, once. The governance pipeline,
the view and the error handler import these; none of them invents its own strings.
"""

from __future__ import annotations

import enum

MAX_BODY_BYTES = 16_384
MAX_USER_TEXT_CHARS = 2_000
MAX_FAILURE_REASON_CHARS = 200
RESPONSE_KEYS = ("action", "rendered_text", "failure_type", "failure_reason")


class Action(enum.StrEnum):
    ANSWER = "ANSWER"
    ASK_ONE_QUESTION = "ASK_ONE_QUESTION"
    REFUSE = "REFUSE"
    CLOSE = "CLOSE"
    FALLBACK = "FALLBACK"


class FailureType(enum.StrEnum):
    MODEL_FAILED_FALLBACK_USED = "MODEL_FAILED_FALLBACK_USED"
    REQUEST_SCHEMA_INVALID = "REQUEST_SCHEMA_INVALID"
    EMPTY_INPUT = "EMPTY_INPUT"
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    RATE_LIMITED = "RATE_LIMITED"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    INTERNAL_ERROR_SANITIZED = "INTERNAL_ERROR_SANITIZED"


class FailureReason(enum.StrEnum):
    """The only phrases `failure_reason` can carry: short, fixed, free of input and internals."""

    INVALID_JSON = "invalid json"
    INVALID_FRAMING = "invalid chunked framing"
    BAD_HOST = "host not allowed"
    NOT_AN_OBJECT = "body must be a json object"
    MISSING_FIELD = "missing field: user_text"
    UNKNOWN_FIELD = "unknown field"
    NOT_A_STRING = "user_text must be a string"
    TOO_LONG = "too long"
    EMPTY = "empty input"
    TOO_LARGE = "request body too large"
    TIMEOUT = "request body not received in time"
    MEDIA_TYPE = "content type must be application/json"
    METHOD = "method not allowed"
    RATE_LIMITED = "rate limit exceeded"
    QUOTA_EXCEEDED = "daily quota exceeded"
    UNAVAILABLE = "service unavailable"
    INTERNAL = "internal error"
    MODEL_FALLBACK = "model unavailable; fallback served"


# How each rejected request is served: HTTP status, the action reported, the default reason.
# (A model failure is not here: it is served with the plan's own action and status 200.)
FAILURES: dict[FailureType, tuple[int, Action, FailureReason]] = {
    FailureType.REQUEST_SCHEMA_INVALID: (400, Action.REFUSE, FailureReason.INVALID_JSON),
    FailureType.EMPTY_INPUT: (400, Action.REFUSE, FailureReason.EMPTY),
    FailureType.REQUEST_TOO_LARGE: (413, Action.REFUSE, FailureReason.TOO_LARGE),
    FailureType.REQUEST_TIMEOUT: (408, Action.REFUSE, FailureReason.TIMEOUT),
    FailureType.UNSUPPORTED_MEDIA_TYPE: (415, Action.REFUSE, FailureReason.MEDIA_TYPE),
    FailureType.METHOD_NOT_ALLOWED: (405, Action.REFUSE, FailureReason.METHOD),
    FailureType.RATE_LIMITED: (429, Action.REFUSE, FailureReason.RATE_LIMITED),
    FailureType.QUOTA_EXCEEDED: (429, Action.REFUSE, FailureReason.QUOTA_EXCEEDED),
    FailureType.SERVICE_UNAVAILABLE: (503, Action.FALLBACK, FailureReason.UNAVAILABLE),
    FailureType.INTERNAL_ERROR_SANITIZED: (500, Action.FALLBACK, FailureReason.INTERNAL),
}

# What the client reads when a request is not served; deterministic and free of internals.
FAILURE_TEXTS: dict[FailureType, str] = {
    FailureType.REQUEST_SCHEMA_INVALID: 'Send a JSON object with one field: "user_text".',
    FailureType.EMPTY_INPUT: "Please type a message first.",
    FailureType.REQUEST_TOO_LARGE: "That message is too large to process.",
    FailureType.REQUEST_TIMEOUT: "The message did not arrive in time. Please send it again.",
    FailureType.UNSUPPORTED_MEDIA_TYPE: "Send the message as application/json.",
    FailureType.METHOD_NOT_ALLOWED: "Use POST to send a message.",
    FailureType.RATE_LIMITED: "Too many messages at once. Please wait a moment and try again.",
    FailureType.QUOTA_EXCEEDED: "You have reached today's message limit. Please come back later.",
    FailureType.SERVICE_UNAVAILABLE: "The service is unavailable right now. Please try again soon.",
    FailureType.INTERNAL_ERROR_SANITIZED: "Something went wrong on our side. Please try again.",
}


class ContractViolation(Exception):
    """A request the contract rejects; the exception handler serves it as its failure type."""

    def __init__(self, failure_type: FailureType, reason: FailureReason | None = None) -> None:
        super().__init__(failure_type)
        self.failure_type = failure_type
        self.reason = reason
