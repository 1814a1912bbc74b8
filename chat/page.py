"""The built-in chat page (DESIGN §5): served at `/` and exportable as static files.

The page is a renderer only (static/chat/chat.js). It learns where the API is from a data
attribute, so no inline script is needed and the strict CSP holds. Nothing from the environment
reaches the page except the API origin and two booleans (development banner, offline model).
"""

from __future__ import annotations

from typing import Any

from chat.contract import MAX_USER_TEXT_CHARS
from config.env import ServiceConfig
from config.middleware import content_security_policy

ASSET_NAMES = {"js": "chat/chat.js", "css": "chat/chat.css", "icon": "favicon.svg"}


def page_csp(api_base: str, *, meta: bool = False) -> str:
    connect = ("'self'", api_base) if api_base else ("'self'",)
    return content_security_policy(connect_src=connect, frame_ancestors=not meta)


def page_context(
    *, service: ServiceConfig, api_base: str, assets: dict[str, str], csp_meta: bool
) -> dict[str, Any]:
    return {
        "api_base": api_base,
        "assets": assets,
        "max_chars": MAX_USER_TEXT_CHARS,
        "banner": not service.is_production,
        "offline": not service.model_api_key,
        "csp_meta": page_csp(api_base, meta=True) if csp_meta else None,
    }
