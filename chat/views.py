"""`POST /api/chat`: validate the contract, call the governed chat service, render the envelope."""

from __future__ import annotations

from django.http import HttpResponse
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from chat.request import read_user_text
from chat.responses import envelope_response
from chat.services import chat_reply


class JsonOnlyNegotiation(BaseContentNegotiation):
    """The endpoint speaks JSON whatever the client's Accept header says (never a 406)."""

    def select_parser(self, request, parsers):  # type: ignore[no-untyped-def]
        return None

    def select_renderer(self, request, renderers, format_suffix=None):  # type: ignore[no-untyped-def]
        return JSONRenderer(), JSONRenderer.media_type


class ChatView(APIView):
    http_method_names = ["post"]
    content_negotiation_class = JsonOnlyNegotiation

    def post(self, request: Request) -> HttpResponse:
        user_text = read_user_text(request._request)
        reply = chat_reply(user_text=user_text)
        return envelope_response(
            action=reply.action,
            rendered_text=reply.rendered_text,
            failure_type=reply.failure_type,
            failure_reason=reply.failure_reason,
        )
