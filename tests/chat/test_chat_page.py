"""`GET /` and the static export, without a browser: headers, configuration, no secrets."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from config.env import load_config
from tests.support.servers import PRODUCTION_SECRETS, production_env

pytestmark = pytest.mark.django_db


def test_page_is_served_with_a_strict_csp_and_no_inline_script(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    html = response.content.decode()
    assert "<script>" not in html and "<script " in html  # only the external script tag
    assert 'src="/static/chat/chat.js"' in html
    assert 'data-api-base=""' in html


def test_page_html_contains_no_secret_value() -> None:
    service = load_config(
        production_env(
            "postgresql://u:DBPASS123@127.0.0.1/app", SUPABASE_URL="https://p.example.test"
        )
    )
    with override_settings(SERVICE=service):
        html = Client().get("/").content.decode()
    for value in [*PRODUCTION_SECRETS.values(), "DBPASS123", service.secret_key]:
        assert value not in html


def test_configured_api_base_reaches_the_page_and_its_csp(client: Client) -> None:
    service = dataclasses.replace(settings.SERVICE, chat_api_base="https://api.example.test")
    with override_settings(SERVICE=service):
        response = client.get("/")
    assert 'data-api-base="https://api.example.test"' in response.content.decode()
    assert "connect-src 'self' https://api.example.test" in response["Content-Security-Policy"]


def test_export_writes_a_static_page_that_calls_the_given_api(tmp_path: Path) -> None:
    call_command(
        "export_chat_page", "--api-base", "https://api.example.test/", "--out", str(tmp_path)
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "chat.css",
        "chat.js",
        "favicon.svg",
        "index.html",
    ]
    html = (tmp_path / "index.html").read_text()
    assert 'data-api-base="https://api.example.test"' in html
    assert 'src="chat.js"' in html
    assert "Content-Security-Policy" in html and "frame-ancestors" not in html


def test_export_rejects_an_api_base_with_a_path(tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="origin"):
        call_command(
            "export_chat_page", "--api-base", "https://api.example.test/v1", "--out", str(tmp_path)
        )
