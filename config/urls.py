"""Routes. `/health` and `/ready` are answered by `operations.middleware.ProbeMiddleware`, ahead of
host validation, so they do not appear here."""

from django.contrib import admin
from django.urls import path

from chat.views import ChatView, api_schema, chat_page

urlpatterns = [
    path("", chat_page, name="chat-page"),
    path("api/chat", ChatView.as_view(), name="chat"),
    path("api/schema", api_schema, name="api-schema"),
    path("admin/", admin.site.urls),
]

handler400 = "chat.errors.bad_request"
handler500 = "chat.errors.server_error"
