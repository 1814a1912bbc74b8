"""`manage.py openapi_schema > docs/openapi.json`: the committed copy of `GET /api/schema`."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand

from chat.openapi import openapi_document


class Command(BaseCommand):
    help = "Print the OpenAPI 3.1 document of the public API (what GET /api/schema serves)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(json.dumps(openapi_document(), indent=2, ensure_ascii=False))
