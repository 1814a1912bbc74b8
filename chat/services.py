"""The governed chat service: one call from validated text to the reply the view serves."""

from __future__ import annotations

import hashlib
import hmac
import threading
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from chat.contract import Action, FailureReason, FailureType
from chat.governance import govern
from chat.governance.render import OfflineRenderer, Renderer
from chat.policy import RefusalCategory
from chat.provider import CircuitBreaker, OpenAICompatibleRenderer
from config.env import ServiceConfig
from operations.metrics import MODEL_CALLS

OFFLINE_RENDERER = OfflineRenderer()
_RENDERER_LOCK = threading.Lock()


@dataclass(frozen=True)
class ChatReply:
    action: Action
    rendered_text: str
    failure_type: FailureType | None
    failure_reason: FailureReason | None
    metadata: dict[str, str | bool]  # categorical only: see operations.models.METADATA_WHITELIST


@cache
def _canary(secret_key: str) -> str:
    digest = hmac.new(secret_key.encode(), b"governance-canary", hashlib.sha256)
    return "cnry-" + digest.hexdigest()[:16]


def deployment_canary() -> str:
    """A per-deployment token planted in the system prompt; output containing it is rejected."""
    return _canary(settings.SECRET_KEY)


@cache
def _networked_renderer(service: ServiceConfig) -> OpenAICompatibleRenderer:
    assert service.model_api_key is not None
    return OpenAICompatibleRenderer(
        api_key=service.model_api_key,
        base_url=service.model_base_url,
        timeout_seconds=service.model_timeout_seconds,
        reasoning_model=service.reasoning_model,
        expression_model=service.expression_model,
        calls_enabled=service.model_calls_enabled,
        breaker=CircuitBreaker(
            threshold=service.breaker_threshold,
            cooldown_seconds=service.breaker_cooldown_seconds,
        ),
        max_concurrent_calls=service.model_max_concurrent_calls,
    )


def active_renderer() -> Renderer:
    """With a key: the shared networked renderer. Development without one: the offline renderer.

    Production without a key never renders offline; the fail-closed gate answers 503 before this.
    """
    service = settings.SERVICE
    if service.model_api_key:
        with _RENDERER_LOCK:  # building the SDK client costs ~0.2 s: once, not once per thread
            return _networked_renderer(service)
    if service.is_production:
        raise ImproperlyConfigured("production needs MODEL_PROVIDER_API_KEY")
    return OFFLINE_RENDERER


def chat_reply(*, user_text: str) -> ChatReply:
    renderer = active_renderer()
    governed = govern(
        user_text,
        renderer=renderer,
        canary=deployment_canary(),
        policy=settings.SERVICE.governance_policy,
    )
    metadata: dict[str, str | bool] = {
        "fallback_used": governed.model_failed,
        "language_supported": governed.language_supported,
    }
    if governed.refusal is not RefusalCategory.NONE:
        metadata["refusal_category"] = governed.refusal.value
    if governed.model_route is not None:
        metadata["model_route"] = str(governed.model_route)
        metadata["renderer"] = "offline" if renderer is OFFLINE_RENDERER else "networked"
    if governed.candidate_rejected and renderer is not OFFLINE_RENDERER:
        MODEL_CALLS.labels("rejected_by_verify").inc()
    if governed.model_failed:
        return ChatReply(
            governed.action,
            governed.text,
            FailureType.MODEL_FAILED_FALLBACK_USED,
            FailureReason.MODEL_FALLBACK,
            metadata,
        )
    return ChatReply(governed.action, governed.text, None, None, metadata)
