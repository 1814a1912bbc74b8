"""`python manage.py smoke_test --base-url URL [--origin ORIGIN]`: the release checklist."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from operations.smoke import LiveTarget, smoke_checks


class Command(BaseCommand):
    help = "Check a live deployment: health, readiness, governed chat, CORS, security headers."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--base-url", required=True, help="e.g. https://api.example.com")
        parser.add_argument("--origin", help="a browser origin that must be allowed by CORS")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            target = LiveTarget(options["base_url"])
        except ValueError as error:
            raise CommandError(str(error)) from None
        results = smoke_checks(target, options["origin"])
        for result in results:
            self.stdout.write(
                f"{'PASS' if result.passed else 'FAIL'}  {result.name}: {result.detail}"
            )
        failed = [result.name for result in results if not result.passed]
        if failed:
            raise CommandError(f"smoke test failed: {', '.join(failed)}")
        self.stdout.write(f"smoke test passed: {len(results)} checks")
