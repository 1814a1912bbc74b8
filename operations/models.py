"""Operational tables (DESIGN §4.1): opaque ids, timestamps, enums and counters — never content.

Nothing here can hold user text or model output: there is no free-text column, and the one JSON
column (`requests.metadata`) only accepts whitelisted categorical keys and values.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models
from django.utils import timezone

from chat.contract import Action, FailureType
from chat.policy import RefusalCategory


class PlanTier(models.TextChoices):
    FREE = "FREE"
    STANDARD = "STANDARD"
    MAX = "MAX"


class Outcome(models.TextChoices):
    ACCEPTED = "accepted"  # a governed ANSWER, ASK_ONE_QUESTION or CLOSE was served
    REFUSED = "refused"  # governance REFUSE, or the request was rejected (4xx, 429)
    ABORTED = "aborted"  # fallback after a model failure, 5xx, 503


class RateLimitScope(models.TextChoices):
    BURST = "burst"
    SUSTAINED = "sustained"
    NEW_SESSION = "new_session"
    DEPLOYMENT = "deployment"
    ADMIN_LOGIN = "admin_login"
    ADMIN_LOGIN_ACCOUNT = "admin_account"


# The only keys and values `requests.metadata` may hold.
METADATA_WHITELIST: dict[str, frozenset[Any]] = {
    "model_route": frozenset({"REASONING", "EXPRESSION"}),
    "renderer": frozenset({"offline", "networked"}),
    "fallback_used": frozenset({True, False}),
    "session": frozenset({"new", "existing"}),
    "rate_limit_scope": frozenset(RateLimitScope.values),
    "refusal_category": frozenset(
        c.value for c in RefusalCategory if c is not RefusalCategory.NONE
    ),
    "language_supported": frozenset({True, False}),
}


def validate_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """Raises ValueError unless every key and value is whitelisted (True is not 1 here)."""
    for key, value in metadata.items():
        allowed = METADATA_WHITELIST.get(key, frozenset())
        if not any(value == option and type(value) is type(option) for option in allowed):
            raise ValueError(f"metadata not whitelisted: {key}")
    return metadata


class Session(models.Model):
    session_id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)
    plan_tier = models.CharField(max_length=8, choices=PlanTier.choices, default=PlanTier.FREE)
    last_seen_at = models.DateTimeField(default=timezone.now)
    quota_day = models.DateField()
    quota_used = models.PositiveIntegerField(default=0)
    # What the ops console shows instead of the id, a bearer token (operations.sessions).
    fingerprint = models.CharField(max_length=16, null=True, blank=True)  # noqa: DJ001

    class Meta:
        db_table = "sessions"
        indexes = [models.Index(fields=["fingerprint"], name="sessions_fingerprint")]

    def __str__(self) -> str:
        return self.fingerprint or "session"


class ChatRequest(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.ForeignKey(
        Session,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        db_column="session_id",
        related_name="requests",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    action = models.CharField(max_length=16, choices=[(a.value, a.value) for a in Action])
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    failure_type = models.CharField(  # noqa: DJ001  (DESIGN §4.1: the enum, or null on success)
        max_length=32, null=True, blank=True, choices=[(f.value, f.value) for f in FailureType]
    )
    status_code = models.PositiveSmallIntegerField()
    latency_ms = models.PositiveIntegerField()
    metadata = models.JSONField(default=dict, blank=True)

    class Meta:
        db_table = "requests"
        verbose_name = "request"
        permissions = [("view_dashboard", "Can view the ops dashboard")]

    def __str__(self) -> str:
        return str(self.id)

    def save(self, *args: Any, **kwargs: Any) -> None:
        validate_metadata(self.metadata)
        super().save(*args, **kwargs)


class RateLimit(models.Model):
    # HMAC-SHA256 (hex) of the client's address group, or "deployment" for the spend guard.
    key = models.CharField(max_length=64)
    scope = models.CharField(max_length=16, choices=RateLimitScope.choices)
    window_start = models.DateTimeField(db_index=True)
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "rate_limits"
        constraints = [
            models.UniqueConstraint(
                fields=["key", "scope", "window_start"], name="rate_limits_key_scope_window"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope}@{self.window_start:%Y-%m-%dT%H:%M:%S}"
