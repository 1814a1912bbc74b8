"""`POST /api/chat` (validate, admit, govern, record), `GET /api/schema`, `GET /` (the page)."""

from __future__ import annotations

import time
import uuid
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.http import require_GET
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from chat.contract import FailureType
from chat.openapi import openapi_document
from chat.page import ASSET_NAMES, page_context, page_csp
from chat.request import read_user_text
from chat.responses import envelope_response
from chat.services import chat_reply
from operations.admission import Rejected, chat_admit, release_database_connection
from operations.metrics import chat_observed
from operations.telemetry import chat_request_record, outcome_for


class JsonOnlyNegotiation(BaseContentNegotiation):
    """The endpoint speaks JSON whatever the client's Accept header says (never a 406)."""

    def select_parser(self, request, parsers):  # type: ignore[no-untyped-def]
        return None

    def select_renderer(self, request, renderers, format_suffix=None):  # type: ignore[no-untyped-def]
        return JSONRenderer(), JSONRenderer.media_type


class ChatView(APIView):
    http_method_names = ["post"]
    content_negotiation_class = JsonOnlyNegotiation

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        started = time.perf_counter()
        self.received_at = timezone.now()
        self.session_id: uuid.UUID | None = None
        self.metadata: dict[str, Any] = {}
        response = super().dispatch(request, *args, **kwargs)
        if self.session_id is not None:
            response["X-Session-Id"] = str(self.session_id)
        fields = response.log_fields  # type: ignore[attr-defined]
        fields["outcome"] = str(outcome_for(status=response.status_code, **fields))
        chat_observed(**fields, metadata=self.metadata, seconds=time.perf_counter() - started)
        if fields["failure_type"] != FailureType.SERVICE_UNAVAILABLE:  # the database is the problem
            chat_request_record(
                session_id=self.session_id,
                created_at=self.received_at,
                status=response.status_code,
                action=fields["action"],
                failure_type=fields["failure_type"],
                latency_ms=int((time.perf_counter() - started) * 1000),
                metadata=self.metadata,
            )
        return response

    def post(self, request: Request) -> HttpResponse:
        user_text = read_user_text(request._request)
        try:
            admitted = chat_admit(
                meta=request.META,
                session_header=request.headers.get("X-Session-Id"),
                service=settings.SERVICE,
                secret=settings.SECRET_KEY,
                now=self.received_at,
            )
        except Rejected as rejected:
            self.session_id = rejected.session_id
            if rejected.scope is not None:
                self.metadata = {"rate_limit_scope": str(rejected.scope)}
            raise
        self.session_id = admitted.session_id
        release_database_connection()  # no pooled connection is held while the model renders
        reply = chat_reply(user_text=user_text)
        self.metadata = {**reply.metadata, "session": "new" if admitted.new_session else "existing"}
        return envelope_response(
            action=reply.action,
            rendered_text=reply.rendered_text,
            failure_type=reply.failure_type,
            failure_reason=reply.failure_reason,
        )


@require_GET
def chat_page(request: HttpRequest) -> HttpResponse:
    """`GET /`: the renderer-only chat page, calling the configured API origin (default: own)."""
    service = settings.SERVICE
    assets = {key: static(name) for key, name in ASSET_NAMES.items()}
    context = page_context(
        service=service, api_base=service.chat_api_base, assets=assets, csp_meta=False
    )
    response = render(request, "chat/page.html", context)
    response["Content-Security-Policy"] = page_csp(service.chat_api_base)
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def api_schema(request: HttpRequest) -> HttpResponse:
    """`GET /api/schema`: the OpenAPI 3.1 document of the public API (chat/openapi.py)."""
    response = JsonResponse(openapi_document())
    response["Cache-Control"] = "no-cache"
    return response
