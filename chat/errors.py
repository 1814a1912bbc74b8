"""The one exception handler of the API: every error becomes the four-key envelope.

Registered as DRF's `EXCEPTION_HANDLER`. It never returns exception text, and it never lets an
exception escape to Django's error pages, whatever `DEBUG` says.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from rest_framework.exceptions import MethodNotAllowed

from chat.contract import ContractViolation, FailureType
from chat.responses import failure_response

logger = logging.getLogger("gcs.chat")


def exception_handler(exc: Exception, context: dict[str, Any]) -> HttpResponse:
    if isinstance(exc, ContractViolation):
        return failure_response(exc.failure_type, exc.reason)
    if isinstance(exc, MethodNotAllowed):
        response = failure_response(FailureType.METHOD_NOT_ALLOWED)
        response["Allow"] = "POST, OPTIONS"
        return response
    if isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("chat_database_unavailable", exc_info=exc)
        return failure_response(FailureType.SERVICE_UNAVAILABLE)
    logger.error("chat_internal_error", exc_info=exc)
    return failure_response(FailureType.INTERNAL_ERROR_SANITIZED)
