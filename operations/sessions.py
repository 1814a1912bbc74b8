"""Sessions and their daily quota, enforced atomically in the database (DESIGN §4.2).

A session id is only ever minted here (random UUID); a client's `X-Session-Id` is used only if it
names an existing, unexpired session. `expires_at` is fixed at creation (no sliding). The id is a
bearer token, so each session also gets a `fingerprint` (a short HMAC of the id keyed by the
deployment secret) that the ops console shows instead: it tells rows apart and cannot be sent
back as `X-Session-Id`.

The quota check-and-count is a single conditional UPDATE: it increments `quota_used` only while
it is under the tier's limit for the current UTC day (resetting on a new day), so concurrent
requests across processes and machines can never admit more than the quota. The happy path is
that one statement; the unknown/expired/exhausted cases take one more read to tell them apart.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Case, F, IntegerField, Q, Value, When

from config.env import Limits
from operations.models import PlanTier, Session


class Admission(enum.Enum):
    EXISTING = "existing"
    NEW = "new"
    QUOTA_EXCEEDED = "quota_exceeded"
    NEEDS_NEW_SESSION = "needs_new_session"


@dataclass(frozen=True)
class SessionVerdict:
    admission: Admission
    session_id: uuid.UUID | None
    retry_after_seconds: int = 0


def parse_session_id(header: str | None) -> uuid.UUID | None:
    if not header or len(header) > 64:
        return None
    try:
        return uuid.UUID(header.strip())
    except ValueError:
        return None


def session_fingerprint(session_id: uuid.UUID, secret: str) -> str:
    digest = hmac.new(secret.encode(), b"session-fingerprint:" + session_id.bytes, hashlib.sha256)
    return digest.hexdigest()[:16]


def tier_limit(limits: Limits) -> Case:
    return Case(
        When(plan_tier=PlanTier.FREE, then=Value(limits.quota_free)),
        When(plan_tier=PlanTier.STANDARD, then=Value(limits.quota_standard)),
        default=Value(limits.quota_max),
        output_field=IntegerField(),
    )


def seconds_until_utc_midnight(now: datetime) -> int:
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, int((tomorrow - now).total_seconds() + 0.999))


def session_admit(*, session_id: uuid.UUID | None, now: datetime, limits: Limits) -> SessionVerdict:
    """Count this request against an existing session's quota, atomically."""
    if session_id is None:
        return SessionVerdict(Admission.NEEDS_NEW_SESSION, None)
    today = now.date()
    admitted = (
        Session.objects.filter(session_id=session_id, expires_at__gt=now)
        .filter(~Q(quota_day=today) | Q(quota_used__lt=tier_limit(limits)))
        .update(
            quota_used=Case(
                When(quota_day=today, then=F("quota_used") + 1),
                default=Value(1),
                output_field=IntegerField(),
            ),
            quota_day=today,
            last_seen_at=now,
        )
    )
    if admitted:
        return SessionVerdict(Admission.EXISTING, session_id)
    if Session.objects.filter(session_id=session_id, expires_at__gt=now).exists():
        return SessionVerdict(Admission.QUOTA_EXCEEDED, session_id, seconds_until_utc_midnight(now))
    return SessionVerdict(Admission.NEEDS_NEW_SESSION, None)


def session_create(*, now: datetime, limits: Limits, secret: str) -> SessionVerdict:
    """A new server-generated session, with this request already counted."""
    session_id = uuid.uuid4()
    session = Session.objects.create(
        session_id=session_id,
        fingerprint=session_fingerprint(session_id, secret),
        created_at=now,
        expires_at=now + timedelta(seconds=limits.session_ttl_seconds),
        last_seen_at=now,
        quota_day=now.date(),
        quota_used=1 if limits.quota_free > 0 else 0,
    )
    if limits.quota_free <= 0:
        return SessionVerdict(
            Admission.QUOTA_EXCEEDED, session.session_id, seconds_until_utc_midnight(now)
        )
    return SessionVerdict(Admission.NEW, session.session_id)
