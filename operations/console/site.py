"""The ops console's admin site: the dashboard, the plan-tier form and a throttled login.

Admin login attempts are counted in the `rate_limits` table per client address (scope
`admin_login`) and per account name (scope `admin_account`), so the limits hold across workers
and machines and rotating addresses does not reset them. The dashboard needs the
`operations.view_dashboard` permission ("ops viewer" group); changing a session's plan tier is
for superusers, by the session's fingerprint (the id never appears in the console).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver, path
from django.utils import timezone

from operations.console.dashboard import PERIOD_NAMES, PERIODS, dashboard_build
from operations.models import PlanTier, RateLimitScope, Session
from operations.rate_limits import Window, client_address, client_key, rate_limit_hit

LOGIN_WINDOW = Window(RateLimitScope.ADMIN_LOGIN, limit=10, seconds=900)
ACCOUNT_LOGIN_WINDOW = Window(RateLimitScope.ADMIN_LOGIN_ACCOUNT, limit=10, seconds=900)
DEFAULT_PERIOD = "24h"
DASHBOARD_REFRESH_SECONDS = 60  # a meta refresh: no script, so the strict CSP holds


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """At most 10 login attempts per client address and per account name per 15 minutes."""

    def clean(self) -> dict[str, Any]:
        if self.request is not None:
            service = settings.SERVICE
            address = client_address(
                self.request.META, service.trusted_proxy_count, service.limits.client_ipv6_prefix
            )
            account = "account:" + str(self.data.get("username", "")).strip().casefold()
            now = timezone.now()
            verdict = rate_limit_hit(
                key=client_key(address, settings.SECRET_KEY), windows=(LOGIN_WINDOW,), now=now
            )
            if verdict.allowed:
                verdict = rate_limit_hit(
                    key=client_key(account, settings.SECRET_KEY),
                    windows=(ACCOUNT_LOGIN_WINDOW,),
                    now=now,
                )
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
        plan_tier = path(
            "operations/session/plan-tier/",
            self.admin_view(self.plan_tier_view),
            name="operations_session_plan_tier",
        )
        return [dashboard, plan_tier, *super().get_urls()]

    def dashboard_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm("operations.view_dashboard"):
            raise PermissionDenied
        chosen = request.GET.get("period", "")
        period = chosen if chosen in PERIODS else DEFAULT_PERIOD
        data = dashboard_build(
            now=timezone.now(), limits=settings.SERVICE.limits, periods=(period,)
        )
        context = {
            **self.each_context(request),
            "title": "Dashboard",
            "dashboard": data,
            "period": data.periods[0],
            "period_choices": [(label, PERIOD_NAMES[label]) for label in PERIODS],
            "refresh_seconds": DASHBOARD_REFRESH_SECONDS,
        }
        return TemplateResponse(request, "admin/operations/dashboard.html", context)

    def plan_tier_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.is_superuser:
            raise PermissionDenied
        form = PlanTierForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            fingerprint, tier = form.cleaned_data["fingerprint"], form.cleaned_data["plan_tier"]
            if Session.objects.filter(fingerprint=fingerprint).update(plan_tier=tier):
                messages.success(request, f"Session {fingerprint} is now on the {tier} tier.")
                return redirect("admin:operations_session_changelist")
            form.add_error("fingerprint", "No session has this fingerprint.")
        context = {**self.each_context(request), "title": "Change a plan tier", "form": form}
        return TemplateResponse(request, "admin/operations/session/plan_tier.html", context)


class PlanTierForm(forms.Form):
    fingerprint = forms.RegexField(regex=r"^[0-9a-f]{16}$", max_length=16, strip=True)
    plan_tier = forms.ChoiceField(choices=PlanTier.choices)
