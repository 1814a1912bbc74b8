"""Admin for the operational tables (DESIGN §4.5); the site itself is operations/console/site.py.

Sessions and requests cannot be added, changed or deleted here (retention deletes); the one
exception is a session's `plan_tier`, which only a superuser may change (operations/console/site.py,
by fingerprint). Viewing needs the model's view permission, which the "ops viewer" group holds
(migration 0004); staff without it get 403. A session id is a bearer token: no page shows it,
links to it or carries it in a form — sessions appear by their fingerprint, and their list has no
detail pages. Lists avoid full counts on big tables.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest
from django.urls import URLPattern, path
from django.utils.functional import cached_property

from operations.models import ChatRequest, Session

ESTIMATE_ABOVE_ROWS = 10_000


class EstimatedCountPaginator(Paginator):  # type: ignore[type-arg]
    """Unfiltered lists of a big Postgres table use the planner's row estimate, not COUNT(*)."""

    @cached_property
    def count(self) -> int:
        query = getattr(self.object_list, "query", None)
        if connection.vendor == "postgresql" and query is not None and not query.where:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE relname = %s",
                    [self.object_list.model._meta.db_table],  # type: ignore[attr-defined]
                )
                row = cursor.fetchone()
            if row and row[0] > ESTIMATE_ABOVE_ROWS:
                return int(row[0])
        return int(super().count)


class ReadOnlyOpsAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    actions = None

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        user = request.user
        codename = f"{self.opts.app_label}.view_{self.opts.model_name}"
        return bool(user.is_active and user.is_staff and user.has_perm(codename))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Session)
class SessionAdmin(ReadOnlyOpsAdmin):
    fields = list_display = (
        "fingerprint",
        "plan_tier",
        "created_at",
        "expires_at",
        "last_seen_at",
        "quota_day",
        "quota_used",
    )
    list_display_links = None  # a detail page's URL would carry the session id
    list_filter = ("plan_tier", "created_at", "expires_at", "quota_day")
    date_hierarchy = "created_at"
    ordering = ("-created_at",)
    change_list_template = "admin/operations/session/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        # Only the list: no detail, history or change page, whose URLs name the session id.
        changelist = self.admin_site.admin_view(self.changelist_view)
        return [path("", changelist, name="operations_session_changelist")]


@admin.register(ChatRequest)
class ChatRequestAdmin(ReadOnlyOpsAdmin):
    list_display = (
        "id",
        "created_at",
        "action",
        "outcome",
        "failure_type",
        "status_code",
        "latency_ms",
        "session_ref",
    )
    fields = (
        "id",
        "created_at",
        "session_ref",
        "action",
        "outcome",
        "failure_type",
        "status_code",
        "latency_ms",
        "metadata",
    )
    readonly_fields = fields
    list_filter = ("outcome", "action", "failure_type", "status_code", "created_at")
    date_hierarchy = "created_at"
    ordering = ("-created_at",)

    list_select_related = ("session",)

    @admin.display(description="session")
    def session_ref(self, obj: ChatRequest) -> str:
        return str(obj.session) if obj.session_id else "—"
