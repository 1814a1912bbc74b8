"""One `requests` row per `/api/chat` call (DESIGN §4.3) — categorical fields only."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from django.db import DatabaseError

from chat.contract import Action, FailureType
from operations.models import ChatRequest, Outcome, validate_metadata

logger = logging.getLogger("gcs.telemetry")


def outcome_for(*, status: int, action: str, failure_type: str | None) -> Outcome:
    if status >= 500 or failure_type == FailureType.MODEL_FAILED_FALLBACK_USED:
        return Outcome.ABORTED
    if status >= 400 or action == Action.REFUSE:
        return Outcome.REFUSED
    return Outcome.ACCEPTED


def chat_request_record(
    *,
    session_id: uuid.UUID | None,
    created_at: datetime,
    status: int,
    action: str,
    failure_type: str | None,
    latency_ms: int,
    metadata: dict[str, Any],
) -> None:
    """Write the row; a database that cannot take it must not turn a served reply into an error."""
    try:
        ChatRequest.objects.create(
            session_id=session_id,
            created_at=created_at,
            action=action,
            outcome=outcome_for(status=status, action=action, failure_type=failure_type),
            failure_type=failure_type,
            status_code=status,
            latency_ms=latency_ms,
            metadata=validate_metadata(metadata),
        )
    except DatabaseError:
        logger.warning("request_record_failed", extra={"status": status})
