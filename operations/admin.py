"""Admin for the operational tables (DESIGN §4.5); the site itself is operations/admin_site.py.

Sessions and requests cannot be added, changed or deleted here (retention deletes); the one
exception is a session's `plan_tier`, which only a superuser may change. Every staff user may
view. Lists avoid full counts on big tables.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest
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
        return bool(request.user.is_active and request.user.is_staff)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Session)
class SessionAdmin(ReadOnlyOpsAdmin):
    fields = list_display = (
        "session_id",
        "plan_tier",
        "created_at",
        "expires_at",
        "last_seen_at",
        "quota_day",
        "quota_used",
    )
    list_filter = ("plan_tier", "created_at", "expires_at", "quota_day")
    date_hierarchy = "created_at"
    ordering = ("-created_at",)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_active and request.user.is_superuser)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        editable = ("plan_tier",) if self.has_change_permission(request, obj) else ()
        return tuple(name for name in self.fields if name not in editable)


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

    @admin.display(description="session")
    def session_ref(self, obj: ChatRequest) -> str:
        return str(obj.session_id) if obj.session_id else "—"
