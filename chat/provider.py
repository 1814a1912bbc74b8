"""The networked model provider: an OpenAI-compatible renderer with a breaker and a kill switch.

The model renders; it never decides. This module is the only place that talks to a model. It
turns every failure — timeout, transport error, HTTP status, malformed or empty reply, open
breaker, kill switch — into `RenderFailed`, which governance answers with its deterministic
fallback. Timeouts are enforced end to end: the SDK call runs on a small thread pool and the
caller waits at most `MODEL_TIMEOUT_SECONDS`, whatever the server trickles. The SDK's own retries
are off; a connection error (never a timeout) is retried once here.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import openai

from chat.governance.render import ModelRoute, RenderFailed, RenderRequest
from operations.metrics import BREAKER_OPEN, MODEL_CALLS, MODEL_IN_FLIGHT, MODEL_LATENCY

logger = logging.getLogger("gcs.model")


class CircuitBreaker:
    """Opens after `threshold` consecutive failures; after `cooldown` lets one trial call through.

    Per process, thread-safe. While open, `allow()` is False and no call reaches the provider.
    """

    def __init__(self, *, threshold: int, cooldown_seconds: float) -> None:
        self.threshold = threshold
        self.cooldown_seconds = cooldown_seconds
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False
        self._lock = threading.Lock()

    def allow(self) -> bool:
        with self._lock:
            if self._opened_at is None:
                return True
            cooled = time.monotonic() - self._opened_at >= self.cooldown_seconds
            if cooled and not self._trial_in_flight:
                self._trial_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_in_flight = False
            BREAKER_OPEN.set(0)

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial_in_flight or self._failures >= self.threshold:
                self._opened_at = time.monotonic()
                BREAKER_OPEN.set(1)
            self._trial_in_flight = False


class OpenAICompatibleRenderer:
    """One shared client per process; see the module docstring for the failure contract."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout_seconds: float,
        reasoning_model: str,
        expression_model: str,
        calls_enabled: bool,
        breaker: CircuitBreaker,
        max_concurrent_calls: int,
    ) -> None:
        self.client = openai.OpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0
        )
        self.timeout_seconds = timeout_seconds
        self.models = {
            ModelRoute.REASONING: reasoning_model,
            ModelRoute.EXPRESSION: expression_model,
        }
        self.calls_enabled = calls_enabled
        self.breaker = breaker
        # A bulkhead: at most this many calls wait on the model per process; beyond it the
        # fallback serves at once, so request threads stay free for probes and other traffic.
        self._slots = threading.BoundedSemaphore(max_concurrent_calls)
        self._pool = ThreadPoolExecutor(
            max_workers=max_concurrent_calls, thread_name_prefix="model"
        )

    def render(self, request: RenderRequest) -> str:
        if not self.calls_enabled:
            MODEL_CALLS.labels("skipped_kill_switch").inc()
            raise RenderFailed("model calls disabled")
        if not self.breaker.allow():
            MODEL_CALLS.labels("skipped_breaker").inc()
            raise RenderFailed("circuit open")
        if not self._slots.acquire(blocking=False):
            MODEL_CALLS.labels("skipped_bulkhead").inc()
            raise self._failed("busy")
        started = time.monotonic()
        deadline = started + self.timeout_seconds
        MODEL_IN_FLIGHT.inc()
        try:
            text = self._call_with_one_connect_retry(request, deadline)
        except RenderFailed as failure:
            self.breaker.record_failure()
            MODEL_CALLS.labels("timeout" if str(failure) == "timeout" else "error").inc()
            raise
        finally:
            self._slots.release()
            MODEL_IN_FLIGHT.dec()
            MODEL_LATENCY.observe(time.monotonic() - started)
        self.breaker.record_success()
        MODEL_CALLS.labels("ok").inc()
        return text

    def _call_with_one_connect_retry(self, request: RenderRequest, deadline: float) -> str:
        try:
            return self._call(request, deadline)
        except openai.APITimeoutError:
            raise self._failed("timeout") from None
        except openai.APIConnectionError:
            logger.warning("model_connect_retry", extra={"model_route": str(request.route)})
        try:
            return self._call(request, deadline)
        except openai.OpenAIError as error:
            raise self._failed(type(error).__name__) from None

    def _call(self, request: RenderRequest, deadline: float) -> str:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._failed("timeout")
        future = self._pool.submit(self._complete, request, remaining)
        try:
            return future.result(timeout=remaining)
        except FutureTimeout:
            future.cancel()
            raise self._failed("timeout") from None
        except (openai.APITimeoutError, openai.APIConnectionError):
            raise
        except Exception as error:  # status errors, malformed bodies, empty choices
            raise self._failed(type(error).__name__) from None

    def _complete(self, request: RenderRequest, timeout: float) -> str:
        completion = self.client.chat.completions.create(
            model=self.models[request.route],
            messages=[
                {"role": "system", "content": request.system_prompt},
                {"role": "user", "content": request.user_text},
            ],
            temperature=0,
            max_tokens=request.max_tokens,
            timeout=timeout,
        )
        if not completion.choices or not isinstance(completion.choices[0].message.content, str):
            raise ValueError("no text in the completion")
        return completion.choices[0].message.content

    @staticmethod
    def _failed(kind: str) -> RenderFailed:
        logger.warning("model_call_failed", extra={"error_kind": kind})
        return RenderFailed(kind)
