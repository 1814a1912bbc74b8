"""The ops console's admin site: the dashboard page and a login throttled in the database.

Admin login attempts are counted per client in the `rate_limits` table (scope `admin_login`), so
the limit holds across workers and machines.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver, path
from django.utils import timezone

from operations.dashboard import dashboard_build
from operations.models import RateLimitScope
from operations.rate_limits import Window, client_address, client_key, rate_limit_hit

LOGIN_WINDOW = Window(RateLimitScope.ADMIN_LOGIN, limit=10, seconds=900)


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """At most `LOGIN_WINDOW.limit` login attempts per client per window, counted in the DB."""

    def clean(self) -> dict[str, Any]:
        if self.request is not None:
            service = settings.SERVICE
            address = client_address(
                self.request.META, service.trusted_proxy_count, service.limits.client_ipv6_prefix
            )
            key = client_key(address, settings.SECRET_KEY)
            verdict = rate_limit_hit(key=key, windows=(LOGIN_WINDOW,), now=timezone.now())
            if not verdict.allowed:
                raise forms.ValidationError(
                    "Too many login attempts. Try again in %(minutes)d minutes.",
                    code="throttled",
                    params={"minutes": max(1, verdict.retry_after_seconds // 60)},
                )
        return super().clean()


class OpsAdminSite(admin.AdminSite):
    site_header = "Governed Chat — operations"
    site_title = "Governed Chat ops"
    index_title = "Operational metadata"
    login_form = ThrottledAuthenticationForm

    def get_urls(self) -> list[URLPattern | URLResolver]:
        dashboard = path("dashboard/", self.admin_view(self.dashboard_view), name="dashboard")
        return [dashboard, *super().get_urls()]

    def dashboard_view(self, request: HttpRequest) -> HttpResponse:
        data = dashboard_build(now=timezone.now(), limits=settings.SERVICE.limits)
        context = {**self.each_context(request), "title": "Dashboard", "dashboard": data}
        return TemplateResponse(request, "admin/operations/dashboard.html", context)
