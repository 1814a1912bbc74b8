"""`python manage.py apply_retention [--dry-run] [--batch-size N]` — for cron (DESIGN §4.4)."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from django.utils import timezone

from operations.retention import BATCH_SIZE, retention_apply


class Command(BaseCommand):
    help = "Delete expired sessions, old request records and stale rate-limit rows in batches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        started = time.monotonic()
        try:
            report = retention_apply(
                now=timezone.now(),
                limits=settings.SERVICE.limits,
                dry_run=options["dry_run"],
                batch_size=options["batch_size"],
            )
        except DatabaseError as error:
            raise CommandError(f"retention failed: {type(error).__name__}") from None
        verb = "would delete" if options["dry_run"] else "deleted"
        self.stdout.write(
            f"retention: {verb} requests={report.requests} sessions={report.sessions} "
            f"rate_limits={report.rate_limits} in {time.monotonic() - started:.2f}s"
        )
