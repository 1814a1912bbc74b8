"""The ops console in a real browser: Playwright driving Debian's headless Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from operations.console.permissions import OPS_VIEWER
from operations.models import ChatRequest
from tests.support.browser import chromium_page

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-Long-unusual-passphrase-42"


def test_staff_sees_dashboard_charts_and_the_requests_list(live_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    staff = User.objects.create_user("staff", password=PASSWORD, is_staff=True)
    staff.groups.add(Group.objects.get(name=OPS_VIEWER))
    for outcome, action in (("accepted", "ANSWER"), ("refused", "REFUSE"), ("aborted", "ANSWER")):
        ChatRequest.objects.create(action=action, outcome=outcome, status_code=200, latency_ms=12)

    with chromium_page() as (page, errors):
        page.goto(f"{live_server.url}/admin/dashboard/")
        assert "/admin/login/" in page.url
        page.fill("#id_username", "staff")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/dashboard/")
        assert page.locator("#ops-dashboard svg rect").count() >= 6
        assert page.locator("#ops-dashboard table.ops-table").count() == 3
        assert page.get_by_text("Requests by outcome").first.is_visible()
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        page.click("text=Last 7 days")
        page.wait_for_url(f"{live_server.url}/admin/dashboard/?period=7d")
        assert page.locator("#period-7d").is_visible()
        page.set_viewport_size({"width": 390, "height": 844})  # a phone
        page.goto(f"{live_server.url}/admin/dashboard/")
        page.screenshot(path=str(tmp_path / "dashboard-phone.png"), full_page=True)
        charts = page.locator("#ops-dashboard figure svg")
        widths = [charts.nth(i).bounding_box()["width"] for i in range(charts.count())]  # type: ignore[index]
        assert widths and max(widths) <= 390, widths  # charts shrink to the screen
        page.set_viewport_size({"width": 1280, "height": 800})

        page.goto(f"{live_server.url}/admin/operations/chatrequest/")
        assert page.locator("#result_list tbody tr").count() == 3
        assert page.locator("#changelist-filter").is_visible()
        page.screenshot(path=str(tmp_path / "requests.png"), full_page=True)

    assert (tmp_path / "dashboard.png").stat().st_size > 0
    assert errors == []
