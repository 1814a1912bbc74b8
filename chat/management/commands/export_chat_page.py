"""`python manage.py export_chat_page --api-base URL --out DIR`: the chat page as static files.

The result (index.html, chat.js, chat.css, favicon.svg) can be served by any static host
(Vercel, Netlify, S3). It calls `URL/api/chat`, so the host's origin must be in the API's
`CORS_ORIGINS`. A CSP `<meta>` limits the page to its own assets and that API origin.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.template.loader import render_to_string

from chat.page import ASSET_NAMES, page_context
from config.env import parse_origin


class Command(BaseCommand):
    help = "Write the chat page as static files that call the given API origin."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--api-base", required=True, help="API origin, e.g. https://api.example.com"
        )
        parser.add_argument("--out", required=True, type=Path, help="output directory")

    def handle(self, *args: Any, **options: Any) -> None:
        api_base = options["api_base"].rstrip("/")
        if parse_origin(api_base) is None:
            raise CommandError("--api-base must be an origin: scheme://host[:port], no path")
        out: Path = options["out"]
        out.mkdir(parents=True, exist_ok=True)
        assets = {key: Path(name).name for key, name in ASSET_NAMES.items()}
        for key, name in ASSET_NAMES.items():
            source = finders.find(name)
            if source is None:
                raise CommandError(f"static file not found: {name}")
            shutil.copyfile(source, out / assets[key])
        context = page_context(
            service=settings.SERVICE, api_base=api_base, assets=assets, csp_meta=True
        )
        (out / "index.html").write_text(
            render_to_string("chat/page.html", context), encoding="utf-8"
        )
        self.stdout.write(f"exported chat page calling {api_base} to {out}")
