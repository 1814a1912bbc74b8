"""Admission of one chat request: rate limits, then the session and its quota (DESIGN §4.2).

Order matters: a request refused by a rate limit never touches a quota, and a new session is
minted only after the client's new-session cap allows it (so dropping the header cannot reset a
quota). Any database error propagates: the API answers 503 and never serves without limits.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from chat.contract import FailureType
from config.env import ServiceConfig
from operations.models import RateLimitScope
from operations.rate_limits import (
    client_address,
    client_key,
    deployment_window,
    new_session_windows,
    rate_limit_hit,
    request_windows,
)
from operations.sessions import Admission, parse_session_id, session_admit, session_create


@dataclass(frozen=True)
class Admitted:
    session_id: uuid.UUID
    new_session: bool


class Rejected(Exception):
    """Refused before governance: served as a 429 envelope with `Retry-After`."""

    def __init__(
        self,
        failure_type: FailureType,
        retry_after_seconds: int,
        *,
        session_id: uuid.UUID | None = None,
        scope: RateLimitScope | None = None,
    ) -> None:
        super().__init__(failure_type)
        self.failure_type = failure_type
        self.retry_after_seconds = retry_after_seconds
        self.session_id = session_id
        self.scope = scope


def chat_admit(
    *,
    meta: Mapping[str, str],
    session_header: str | None,
    service: ServiceConfig,
    secret: str,
    now: datetime,
) -> Admitted:
    limits = service.limits
    address = client_address(meta, service.trusted_proxy_count, limits.client_ipv6_prefix)
    key = client_key(address, secret)
    verdict = rate_limit_hit(
        key=key, windows=request_windows(limits), now=now, deployment=deployment_window(limits)
    )
    if not verdict.allowed:
        raise Rejected(FailureType.RATE_LIMITED, verdict.retry_after_seconds, scope=verdict.scope)

    session = session_admit(session_id=parse_session_id(session_header), now=now, limits=limits)
    if session.admission is Admission.NEEDS_NEW_SESSION:
        cap = rate_limit_hit(key=key, windows=new_session_windows(limits), now=now)
        if not cap.allowed:
            raise Rejected(FailureType.RATE_LIMITED, cap.retry_after_seconds, scope=cap.scope)
        session = session_create(now=now, limits=limits, secret=secret)
    if session.admission is Admission.QUOTA_EXCEEDED:
        raise Rejected(
            FailureType.QUOTA_EXCEEDED, session.retry_after_seconds, session_id=session.session_id
        )
    assert session.session_id is not None
    return Admitted(session.session_id, new_session=session.admission is Admission.NEW)


def release_database_connection() -> None:
    """Hand the connection back to the pool before slow work (outside a transaction only)."""
    if not connection.in_atomic_block:
        connection.close()
