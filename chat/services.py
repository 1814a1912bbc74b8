"""The governed chat service: one call from validated text to the reply the view serves."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from chat.contract import Action, FailureReason, FailureType
from chat.governance import govern
from chat.governance.render import OfflineRenderer, Renderer


@dataclass(frozen=True)
class ChatReply:
    action: Action
    rendered_text: str
    failure_type: FailureType | None
    failure_reason: FailureReason | None


@cache
def deployment_canary() -> str:
    """A per-deployment token planted in the system prompt; output containing it is rejected."""
    digest = hmac.new(settings.SECRET_KEY.encode(), b"governance-canary", hashlib.sha256)
    return "cnry-" + digest.hexdigest()[:16]


def active_renderer() -> Renderer:
    return OfflineRenderer()


def chat_reply(*, user_text: str) -> ChatReply:
    governed = govern(user_text, renderer=active_renderer(), canary=deployment_canary())
    if governed.model_failed:
        return ChatReply(
            governed.action,
            governed.text,
            FailureType.MODEL_FAILED_FALLBACK_USED,
            FailureReason.MODEL_FALLBACK,
        )
    return ChatReply(governed.action, governed.text, None, None)
