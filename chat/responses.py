"""The one response envelope of `/api/chat` (DESIGN §1.1): four keys, always, with its headers."""

from __future__ import annotations

from django.http import JsonResponse

from chat.contract import FAILURE_TEXTS, FAILURES, Action, FailureReason, FailureType

RETRY_AFTER_UNAVAILABLE_SECONDS = 30


def envelope_response(
    *,
    action: Action,
    rendered_text: str,
    failure_type: FailureType | None = None,
    failure_reason: FailureReason | None = None,
    status: int = 200,
    retry_after: int | None = None,
) -> JsonResponse:
    body = {
        "action": str(action),
        "rendered_text": rendered_text,
        "failure_type": str(failure_type) if failure_type else None,
        "failure_reason": str(failure_reason) if failure_reason else None,
    }
    response = JsonResponse(body, status=status)
    response.log_fields = {"action": body["action"], "failure_type": body["failure_type"]}  # type: ignore[attr-defined]
    response["Cache-Control"] = "no-store"
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def failure_response(
    failure_type: FailureType,
    reason: FailureReason | None = None,
    *,
    retry_after: int | None = None,
) -> JsonResponse:
    """A request that was not served: status, action and text come from the contract table."""
    status, action, default_reason = FAILURES[failure_type]
    if retry_after is None and failure_type is FailureType.SERVICE_UNAVAILABLE:
        retry_after = RETRY_AFTER_UNAVAILABLE_SECONDS
    return envelope_response(
        action=action,
        rendered_text=FAILURE_TEXTS[failure_type],
        failure_type=failure_type,
        failure_reason=reason or default_reason,
        status=status,
        retry_after=retry_after,
    )
