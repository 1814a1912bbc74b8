"""The one exception handler of the API: every error becomes the four-key envelope.

Registered as DRF's `EXCEPTION_HANDLER`. It never returns exception text, and it never lets an
exception escape to Django's error pages, whatever `DEBUG` says.
"""

from __future__ import annotations

import logging
from typing import Any

import sentry_sdk
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.views import defaults
from rest_framework.exceptions import MethodNotAllowed

from chat.contract import ContractViolation, FailureReason, FailureType
from chat.responses import failure_response
from operations.admission import Rejected

logger = logging.getLogger("gcs.chat")


def exception_handler(exc: Exception, context: dict[str, Any]) -> HttpResponse:
    if isinstance(exc, ContractViolation):
        return failure_response(exc.failure_type, exc.reason)
    if isinstance(exc, Rejected):
        return failure_response(exc.failure_type, retry_after=exc.retry_after_seconds)
    if isinstance(exc, MethodNotAllowed):
        response = failure_response(FailureType.METHOD_NOT_ALLOWED)
        response["Allow"] = "POST, OPTIONS"
        return response
    if isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("chat_database_unavailable", exc_info=exc)
        return failure_response(FailureType.SERVICE_UNAVAILABLE)
    logger.error("chat_internal_error", exc_info=exc)
    sentry_sdk.capture_exception(exc)  # a no-op unless SENTRY_DSN is set (config/error_tracking.py)
    return failure_response(FailureType.INTERNAL_ERROR_SANITIZED)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Django's 400 handler: on the API (e.g. an unknown Host header) it is still the envelope."""
    if request.path.startswith("/api/"):
        return failure_response(
            FailureType.REQUEST_SCHEMA_INVALID,
            FailureReason.BAD_HOST if isinstance(exception, DisallowedHost) else None,
        )
    return defaults.bad_request(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 handler: on the API it is still the sanitized envelope."""
    if request.path.startswith("/api/"):
        return failure_response(FailureType.INTERNAL_ERROR_SANITIZED)
    return defaults.server_error(request)
